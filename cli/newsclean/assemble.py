"""The last step: stage results into one Article (split parts joined, removals in order)."""

from __future__ import annotations

from lxml import etree

from newsclean import dates, parts
from newsclean.authors import split_names
from newsclean.content import Found
from newsclean.credits import PERSON
from newsclean.errors import NoArticleError
from newsclean.metadata import Meta
from newsclean.model import Article, Block, Category, Paragraph, Part, Removal, Role, inline_text
from newsclean.prune import Pruning, element_text, text_without
from newsclean.reduce import Reduction
from newsclean.rules import Applied
from newsclean.text import compact, key
from newsclean.textdump import Dump


def _joined(split: parts.Split, role: Role) -> str | None:
    texts = split.texts(role)
    return "\n\n".join(dict.fromkeys(texts)) if texts else None


def _first(split: parts.Split, role: Role) -> str | None:
    texts = split.texts(role)
    return texts[0] if texts else None


def author_boxes(boxes: list[etree._Element], authors: list[str]) -> tuple[list[Part], list[Removal]]:
    """An author box about one of the article's authors is its bio; any other is clutter."""
    bios: list[Part] = []
    removed: list[Removal] = []
    author_keys = [key(a) for a in authors]
    for box in boxes:
        paras = [element_text(p) for p in box.iter("p")]
        text = "\n\n".join(p for p in paras if p) or element_text(box)
        if not text:
            continue
        box_key = key(text)
        names_author = author_keys and any(a and a in box_key for a in author_keys)
        if names_author and box_key in author_keys:  # the name alone: a byline, read as metadata
            removed.append(Removal(Category.METADATA, "author box with the author's name only", text))
        elif names_author:
            bios.append(Part(Role.BIO, text, "author box naming the author"))
        else:
            removed.append(Removal(Category.AUTHOR_BOX, "author box class", text))
        if not paras:
            continue  # the text is the box's whole text
        for heading in box.iter(*_HEADINGS):  # "About Jane Doe", "Her favourite books"
            label = element_text(heading)
            if label and label not in text:
                removed.append(Removal(Category.AUTHOR_BOX, "author box heading", label))
        loose = text_without(box, set(box.iter("p", *_HEADINGS)))  # a date, a "Follow" link
        if loose:
            removed.append(Removal(Category.AUTHOR_BOX, "author box text beside its paragraphs", loose))
    return bios, removed


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _authors(split: parts.Split, site: str | None) -> list[str]:
    if split.authors:
        return split.authors
    for text in split.texts(Role.BYLINE):
        names = split_names(text, site)
        if names:
            return names
    return []


def _credited(split: parts.Split, site: str | None, meta: Meta | None) -> tuple[tuple[str, ...], str | None]:
    """(authors, author_kind): the people the article names; failing any, the credit it gives
    as its author (an organisation's, mostly); else nobody."""
    names = _authors(split, site)
    if names:
        return tuple(names), PERSON
    if meta is not None and meta.credit:
        return (meta.credit,), meta.credit_kind
    return (), None


def assemble(meta: Meta, pruned: Pruning, found: Found, reduction: Reduction,
             outside: list[Removal], ruled: Applied | None = None) -> Article:
    bios, box_removals = author_boxes(pruned.author_boxes, meta.authors)
    rule_parts = ruled.parts if ruled else []
    split = parts.split(reduction.blocks, rule_parts + reduction.parts + bios, reduction.pull_quotes,
                        meta.authors, meta.site_name)
    if not split.blocks:
        raise NoArticleError("no article text found")
    published = meta.published or _published_in_text(reduction.removed + outside, split.blocks, meta)
    authors, author_kind = _credited(split, meta.site_name, meta)
    title = (ruled.title if ruled and ruled.title else None) or meta.title or _first(split, Role.TITLE)
    subtitle = _first(split, Role.SUBTITLE) or meta.subtitle
    byline = _first(split, Role.BYLINE) or meta.byline
    return Article(
        blocks=tuple(split.blocks),
        url=meta.url,
        title=title,
        subtitle=subtitle,
        authors=authors,
        author_kind=author_kind,
        byline=byline,
        published=published,
        first_published=meta.first_published,
        updated=meta.updated,
        site_name=meta.site_name,
        language=meta.language,
        section=meta.section,
        tags=tuple(meta.tags),
        image=meta.image,
        bio=_joined(split, Role.BIO),
        disclaimer=_joined(split, Role.DISCLAIMER),
        editors_note=_joined(split, Role.EDITORS_NOTE),
        corrections=_joined(split, Role.CORRECTION),
        removed=tuple((ruled.removed if ruled else []) + pruned.removed + box_removals + outside
                      + reduction.removed + split.removed + unkept_parts(split.parts, title, subtitle, byline)),
        strategy=found.strategy,
        parts=tuple(split.parts),
    )


def unkept_parts(found: list[Part], title: str | None, subtitle: str | None, byline: str | None) -> list[Removal]:
    """The titles, deks and bylines set apart from the body that the record does not hold
    (a second byline further down, a headline worded otherwise than the declared title):
    removals, so the audit shows them."""
    kept = {role: compact(value or "") for role, value in
            ((Role.TITLE, title), (Role.SUBTITLE, subtitle), (Role.BYLINE, byline))}
    out = []
    for part in found:
        if part.role in kept and compact(part.text) not in kept[part.role]:
            out.append(Removal(Category.METADATA, f"another {part.role.value} ({part.rule})", part.text))
    return out


# a dateline opens the first paragraph: "Karlsruhe, (12.11.2021). ..." or "01.02.2022 – ..."
DATELINE_CHARS = 40


def _published_in_text(removed: list[Removal], blocks: list[Block], meta: Meta) -> str | None:
    """When the page declares no date: a date line set apart from the article, or the page text
    around the headline outside the article's container, else a dateline at the start of the
    first paragraph."""
    dayfirst = dates.day_first(meta.language)
    title = key(meta.title)[:40] if meta.title else None
    for removal in removed:
        header = removal.category is Category.OUTSIDE and title and title in key(removal.text)
        if removal.category is Category.METADATA or header:
            found = dates.in_text(removal.text, dayfirst=dayfirst)
            if found:
                return found
    first = next((b for b in blocks if isinstance(b, Paragraph)), None)
    if first is None:
        return None
    return dates.in_text(inline_text(first.spans)[:DATELINE_CHARS], dayfirst=dayfirst)


def assemble_dump(dump: Dump, url: str | None) -> Article:
    split = parts.split(dump.blocks, dump.parts, set(), dump.authors)
    if not split.blocks:
        raise NoArticleError("no article text found")
    authors, author_kind = _credited(split, None, None)
    subtitle, byline = _first(split, Role.SUBTITLE), _first(split, Role.BYLINE)
    return Article(
        blocks=tuple(split.blocks),
        url=url,
        title=dump.title,
        subtitle=subtitle,
        authors=authors,
        author_kind=author_kind,
        byline=byline,
        published=dump.published,
        bio=_joined(split, Role.BIO),
        disclaimer=_joined(split, Role.DISCLAIMER),
        editors_note=_joined(split, Role.EDITORS_NOTE),
        corrections=_joined(split, Role.CORRECTION),
        removed=tuple(dump.removed + split.removed + unkept_parts(split.parts, dump.title, subtitle, byline)),
        strategy="text dump",
        parts=tuple(split.parts),
    )
