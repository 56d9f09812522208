"""The whole method, one call per stage:

decode -> parse -> (read metadata) -> prune -> find content -> reduce -> split parts -> Article
"""

from __future__ import annotations

import dataclasses

from newsclean import metadata, rules, strategies, textdump
from newsclean.assemble import assemble, assemble_dump
from newsclean.decode import decode
from newsclean.errors import NoArticleError
from newsclean.model import Article, Category
from newsclean.options import DEFAULT_OPTIONS, InputKind, Options
from newsclean.parse import parse_html, sniff
from newsclean.prune import prune
from newsclean.reduce import Reducer
from newsclean.surroundings import outside
from newsclean.verdicts import TUNINGS


def clean(page: bytes | str, *, url: str | None = None, options: Options = DEFAULT_OPTIONS) -> Article:
    """Turn one scraped page (HTML or a text dump, as bytes or str) into a clean Article.

    A pure function: no network, no globals, no files. Raises a NewscleanError subclass
    for input that holds no article.
    """
    text = decode(page, charset=options.charset, max_bytes=options.max_bytes)
    if sniff(text, options.input_kind) is InputKind.TEXT:
        return assemble_dump(textdump.read(text), url)
    return clean_html(text, url, options)


def clean_html(text: str, url: str | None, options: Options = DEFAULT_OPTIONS) -> Article:
    """An HTML page to an Article; a discussion thread (a forum topic, a guest book) whose posts
    are marked up as comments gets its posts as the content."""
    try:
        article: Article | None = _clean_html(text, url, options)
    except NoArticleError:
        article = None
    if article is not None and not _thread_like(article):
        return article
    try:
        thread = _clean_html(text, url, options, keep=THREAD_KEEPS)
    except NoArticleError:
        if article is None:
            raise
        return article
    if article is not None and len(thread.text) <= len(article.text):
        return article
    return dataclasses.replace(thread, strategy=f"{thread.strategy} (a thread: comments kept)")


THREAD_KEEPS = frozenset({Category.COMMENTS})
# a page is a thread when the content finder was unsure of what it found beside the comments
# (it fell back to readability-lxml, or found less than this) ...
THREAD_MAX_BODY = strategies.MIN_CONFIDENT_PROSE
# ... and the comments hold this many times more text (and at least this much). A blog post
# with a long discussion under it is found with confidence and keeps its comments out.
THREAD_COMMENT_FACTOR = 4
THREAD_MIN_COMMENTS = 1000


def _thread_like(article: Article) -> bool:
    """Whether the posts cut as comments are most of what the page has to say."""
    body = len(article.text)
    if body > THREAD_MAX_BODY and article.strategy != strategies.READABILITY:
        return False
    comments = sum(len(r.text) for r in article.removed if r.category is Category.COMMENTS)
    return comments >= THREAD_MIN_COMMENTS and comments >= THREAD_COMMENT_FACTOR * body


def _clean_html(text: str, url: str | None, options: Options, keep: frozenset[Category] = frozenset()) -> Article:
    page = parse_html(text, url)
    meta = metadata.read(page, url)
    rule = rules.for_url(meta.url or url, options.rules_dir)
    ruled = rules.apply(rule, page.body) if rule else None
    pruned = prune(page.body, protect=ruled.body if ruled else None, spare_kinds=keep)
    found = strategies.find(page.body, pruned.spared, meta.body_hint, text, url, ruled)
    tuning = TUNINGS[options.favor]
    reduction = Reducer(meta.base, meta.title, found.measures, pruned.spared, tuning).run(found.element)
    return assemble(meta, pruned, found, reduction, outside(found.element, page.body, reduction.lead), ruled)
