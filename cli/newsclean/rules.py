"""Site rules: data, not code. One TOML file per site, with CSS selectors for its parts.

    name = "Example News"
    domains = ["example.com"]          # the host or any subdomain of it
    [select]                           # each: a list of selectors, the first that matches wins
    body = ["div.story-body"]
    title = ["h1.headline"]
    subtitle = ["p.standfirst"]
    byline = [".byline"]
    bio = [".author-bio"]
    disclaimer = [".opinion-disclaimer"]
    [[drop]]                           # clutter to remove first, with the category it is
    css = ".font-size-tools, .read-mode"
    category = "reader-widget"

Bundled rules live in newsclean/rules/; `--rules DIR` (Options.rules_dir) adds a
directory whose rules are tried first. A rule only ever narrows what the general
pipeline does: when its selectors match nothing, the page is cleaned as if it had none.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from lxml import etree

from newsclean.errors import NewscleanError
from newsclean.model import Category, Part, Removal, Role

BUNDLED = Path(__file__).with_name("rules")
PART_FIELDS = ("body", "title", "subtitle", "byline", "bio", "disclaimer")


class RuleError(NewscleanError):
    kind = "bad-rule"


@dataclass(frozen=True, slots=True)
class Drop:
    css: str
    category: Category
    xpath: etree.XPath


@dataclass(frozen=True, slots=True)
class SiteRule:
    name: str
    domains: tuple[str, ...]
    select: dict[str, tuple[etree.XPath, ...]]
    drops: tuple[Drop, ...]
    path: str

    def matches(self, host: str) -> bool:
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def first(self, field: str, root: etree._Element) -> etree._Element | None:
        """The first element a field's selectors find that holds any text."""
        for xpath in self.select.get(field, ()):
            for el in xpath(root):
                if isinstance(el, etree._Element) and "".join(el.itertext()).strip():
                    return el
        return None


def _compile(css: str, where: str) -> etree.XPath:
    from cssselect import GenericTranslator, SelectorError  # imported here: only rules need it

    try:
        return etree.XPath(GenericTranslator().css_to_xpath(css))
    except (SelectorError, etree.XPathSyntaxError) as exc:
        raise RuleError(f"{where}: bad selector {css!r} ({exc})") from None


def _as_list(value: object, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    raise RuleError(f"{where}: expected a selector or a list of selectors")


def parse_rule(data: dict[str, object], path: str) -> SiteRule:
    """A SiteRule from a parsed TOML document, with every selector compiled and checked."""
    name = data.get("name")
    domains = data.get("domains")
    if not isinstance(name, str) or not name:
        raise RuleError(f"{path}: 'name' is missing")
    if not isinstance(domains, list) or not domains or not all(isinstance(d, str) for d in domains):
        raise RuleError(f"{path}: 'domains' must be a non-empty list of host names")
    select_raw = data.get("select", {})
    if not isinstance(select_raw, dict):
        raise RuleError(f"{path}: [select] must be a table")
    unknown = set(select_raw) - set(PART_FIELDS)
    if unknown:
        raise RuleError(f"{path}: unknown [select] fields {sorted(unknown)}; known: {list(PART_FIELDS)}")
    select = {
        field: tuple(_compile(css, f"{path} [select] {field}") for css in _as_list(value, f"{path} {field}"))
        for field, value in select_raw.items()
    }
    drops = []
    drop_items = data.get("drop", [])
    if not isinstance(drop_items, list):
        raise RuleError(f"{path}: [[drop]] must be an array of tables")
    for i, item in enumerate(drop_items):
        if not isinstance(item, dict) or not isinstance(item.get("css"), str):
            raise RuleError(f"{path}: [[drop]] #{i + 1} needs a 'css' selector")
        try:
            category = Category(item.get("category", "boilerplate"))
        except ValueError:
            raise RuleError(f"{path}: [[drop]] #{i + 1} has an unknown category {item.get('category')!r}") from None
        drops.append(Drop(item["css"], category, _compile(item["css"], f"{path} [[drop]] #{i + 1}")))
    return SiteRule(name, tuple(d.lower().lstrip(".") for d in domains), select, tuple(drops), path)


def _read(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"{path}: {exc}") from None


@lru_cache(maxsize=16)
def load_dir(directory: str) -> tuple[SiteRule, ...]:
    """Every rule in a directory (*.toml, sorted by file name), compiled; a broken file is an error."""
    return tuple(parse_rule(_read(path), str(path)) for path in sorted(Path(directory).glob("*.toml")))


@lru_cache(maxsize=16)
def _domain_index(directory: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """(domains, path) per rule file, from the TOML alone: matching a host compiles no selector.

    One page needs at most one rule, so compiling every bundled rule's selectors (and importing
    cssselect) on each start would be paid by every `newsclean clean` for nothing.
    """
    index = []
    for path in sorted(Path(directory).glob("*.toml")):
        domains = _read(path).get("domains")
        if isinstance(domains, list):
            index.append((tuple(str(d).lower().lstrip(".") for d in domains), str(path)))
    return tuple(index)


@lru_cache(maxsize=64)
def _load_one(path: str) -> SiteRule:
    return parse_rule(_read(Path(path)), path)


def for_url(url: str | None, extra_dir: str | None = None) -> SiteRule | None:
    """The rule for a page's host: the user's rules first, then the bundled ones."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    if not host:
        return None
    directories = ([extra_dir] if extra_dir else []) + [str(BUNDLED)]
    for directory in directories:
        for domains, path in _domain_index(directory):
            if any(host == d or host.endswith("." + d) for d in domains):
                return _load_one(path)
    return None


@dataclass(slots=True)
class Applied:
    """What a rule found on a page: removals, split-off parts, the body and title elements."""

    rule: SiteRule
    removed: list[Removal]
    parts: list[Part]
    body: etree._Element | None
    title: str | None


_PART_ROLES = (("subtitle", Role.SUBTITLE), ("byline", Role.BYLINE), ("bio", Role.BIO),
               ("disclaimer", Role.DISCLAIMER))


def apply(rule: SiteRule, body: etree._Element) -> Applied:
    """Run a rule over the page: drop its clutter, take out its parts, find its body."""
    from newsclean.prune import detach, element_text, line_text

    label = f"site rule {rule.name}"
    removed = []
    for drop in rule.drops:
        for el in drop.xpath(body):
            if isinstance(el, etree._Element) and el.getparent() is not None:
                text = element_text(el)
                detach(el)
                if text:
                    removed.append(Removal(drop.category, f"{label}: {drop.css}", text))
    parts = []
    for field, role in _PART_ROLES:
        el = rule.first(field, body)
        if el is not None:
            parts.append(Part(role, line_text(el), label))
            detach(el)
    title_el = rule.first("title", body)
    title = element_text(title_el) if title_el is not None else None
    return Applied(rule, removed, parts, rule.first("body", body), title)
