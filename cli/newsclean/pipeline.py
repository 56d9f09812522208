"""The whole method, one call per stage:

decode -> parse -> (read metadata) -> prune -> find content -> reduce -> split parts -> Article
"""

from __future__ import annotations

from newsclean import metadata, rules, strategies, textdump
from newsclean.assemble import assemble, assemble_dump
from newsclean.decode import decode
from newsclean.model import Article
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
    page = parse_html(text, url)
    meta = metadata.read(page, url)
    rule = rules.for_url(meta.url or url, options.rules_dir)
    ruled = rules.apply(rule, page.body) if rule else None
    pruned = prune(page.body, protect=ruled.body if ruled else None)
    found = strategies.find(page.body, pruned.spared, meta.body_hint, text, url, ruled)
    tuning = TUNINGS[options.favor]
    reduction = Reducer(meta.base, meta.title, found.measures, pruned.spared, tuning).run(found.element)
    return assemble(meta, pruned, found, reduction, outside(found.element, page.body), ruled)
