"""The article vocabulary: small frozen dataclasses every stage agrees on.

The body is reduced to seven block kinds (heading, paragraph, list, quote, table,
figure, code) made of inline spans, so renderers never see site markup.
Everything here is immutable and picklable, so articles cross process boundaries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Style(StrEnum):
    """How an inline span is set."""

    PLAIN = "plain"
    STRONG = "strong"
    EM = "em"
    CODE = "code"
    BREAK = "break"  # a hard line break (<br>); its text is "\n"


@dataclass(frozen=True, slots=True)
class Span:
    """A run of inline text, optionally a link, in one style."""

    text: str
    href: str | None = None
    style: Style = Style.PLAIN


Inline = tuple[Span, ...]


def inline_text(spans: Inline) -> str:
    """The plain text of a run of spans."""
    return "".join(s.text for s in spans)


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    spans: Inline


@dataclass(frozen=True, slots=True)
class Paragraph:
    spans: Inline


@dataclass(frozen=True, slots=True)
class ListItem:
    spans: Inline
    children: tuple[ListBlock, ...] = ()


@dataclass(frozen=True, slots=True)
class ListBlock:
    items: tuple[ListItem, ...]
    ordered: bool = False
    start: int = 1


@dataclass(frozen=True, slots=True)
class Quote:
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class Table:
    rows: tuple[tuple[Inline, ...], ...]
    caption: Inline = ()


@dataclass(frozen=True, slots=True)
class Figure:
    src: str | None
    alt: str
    caption: Inline = ()


@dataclass(frozen=True, slots=True)
class Code:
    text: str
    language: str | None = None


Block = Heading | Paragraph | ListBlock | Quote | Table | Figure | Code


class Category(StrEnum):
    """Why a piece of the page is not part of the article."""

    NAVIGATION = "navigation"
    BREADCRUMB = "breadcrumb"
    READER_WIDGET = "reader-widget"
    SHARE = "share"
    TRENDING = "trending"
    RELATED = "related"
    NEWSLETTER = "newsletter"
    PAYWALL = "paywall"
    COOKIE_BANNER = "cookie-banner"
    ADVERTISEMENT = "advertisement"
    COMMENTS = "comments"
    AUTHOR_BOX = "author-box"
    FOOTER = "footer"
    HEADER = "header"
    SIDEBAR = "sidebar"
    EMPTY_LABEL = "empty-label"
    HIDDEN = "hidden"
    PULL_QUOTE = "pull-quote"
    DUPLICATE = "duplicate"
    METADATA = "metadata"  # a date or label line, read as metadata and kept out of the body
    BOILERPLATE = "boilerplate"
    OUTSIDE = "outside-article"


class Role(StrEnum):
    """What a block of the page is, when it belongs to the article but not to its body."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    BIO = "bio"
    DISCLAIMER = "disclaimer"
    EDITORS_NOTE = "editors_note"
    CORRECTION = "corrections"


@dataclass(frozen=True, slots=True)
class Part:
    """A piece of the article that is not body: its role, its text, the rule that found it."""

    role: Role
    text: str
    rule: str


@dataclass(frozen=True, slots=True)
class Removal:
    """One piece of page text that is not in the article, and the rule that said so."""

    category: Category
    rule: str
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"category": self.category.value, "rule": self.rule, "text": self.text}


@dataclass(frozen=True)
class Article:
    """A cleaned article: metadata, body blocks, split-off parts and the removal audit."""

    blocks: tuple[Block, ...] = ()
    source: str | None = None
    url: str | None = None
    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    # what the authors are: "person", "organization" (a team, desk or company credited where
    # no person is), or None when there are no authors
    author_kind: str | None = None
    byline: str | None = None
    published: str | None = None
    # the declared first publication, where `published` is the revision the page is dated by
    first_published: str | None = None
    updated: str | None = None
    site_name: str | None = None
    language: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    image: str | None = None
    bio: str | None = None
    disclaimer: str | None = None
    editors_note: str | None = None
    corrections: str | None = None
    removed: tuple[Removal, ...] = ()
    strategy: str = field(default="", compare=False)
    # the split-off parts with the rules that found them (for `explain`; not in the JSON record)
    parts: tuple[Part, ...] = field(default=(), compare=False)

    @property
    def text(self) -> str:
        """The body as plain text, blocks separated by a blank line."""
        from newsclean.render.text import render_text

        return render_text(self.blocks)

    @property
    def markdown(self) -> str:
        """The body as Markdown, without front matter or title."""
        from newsclean.render.markdown import render_body

        return render_body(self.blocks)

    def to_dict(self) -> dict[str, object]:
        """The article in the documented JSON shape (see schema/article.schema.json)."""
        from newsclean.render.jsonout import article_dict

        return article_dict(self)
