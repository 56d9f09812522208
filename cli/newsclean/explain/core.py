"""Matching a page's text blocks to what `clean` made of them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from newsclean import textdump
from newsclean.decode import decode
from newsclean.errors import NoArticleError
from newsclean.explain.cover import cover, subtract
from newsclean.explain.units import Unit, html_units, text_units
from newsclean.model import Article, Figure, Removal, Role, Table, inline_text
from newsclean.options import DEFAULT_OPTIONS, InputKind, Options
from newsclean.parse import parse_html, sniff
from newsclean.pipeline import clean
from newsclean.render.text import block_text
from newsclean.text import compact, words

BODY = "body"
REMOVED = "removed"
UNACCOUNTED = "unaccounted"
# a block whose words are mostly in the body was kept, even if an inline bit of it was cut
MIN_KEPT_WORD_SHARE = 0.8
# a block broken by more block children than this is not read stretch by stretch (a hostile
# page's one <div> around ten thousand others would cost a match per stretch)
MAX_RUNS = 50
PART_FIELDS = (("title", "title"), ("subtitle", "subtitle"), ("byline", "byline"), ("bio", "bio"),
               ("disclaimer", "disclaimer"), ("editors_note", "editors_note"), ("corrections", "corrections"))


DEFAULT_PART_RULES = {"title": "headline", "subtitle": "dek",
                      "byline": "byline element or author metadata"}


@dataclass(frozen=True, slots=True)
class Decision:
    index: int
    tag: str
    text: str
    verdict: str  # "body", a part's name ("title", "bio" ...), "removed" or "unaccounted"
    category: str | None  # the removal category, for removed blocks
    rule: str

    def to_dict(self) -> dict[str, object]:
        return {"index": self.index, "tag": self.tag, "verdict": self.verdict, "category": self.category,
                "rule": self.rule, "text": self.text}


@dataclass(frozen=True, slots=True)
class Explanation:
    source: str | None
    strategy: str
    decisions: tuple[Decision, ...]
    article: Article

    def counts(self) -> Counter[str]:
        return Counter(d.category or d.verdict for d in self.decisions)

    def to_dict(self) -> dict[str, object]:
        return {"source": self.source, "strategy": self.strategy,
                "counts": dict(sorted(self.counts().items())),
                "decisions": [d.to_dict() for d in self.decisions]}


def explain(page: bytes | str, *, url: str | None = None, options: Options = DEFAULT_OPTIONS,
            source: str | None = None, no_article_ok: bool = False) -> Explanation:
    """Clean a page and account for every text block of it.

    With `no_article_ok`, a page without an article is still explained: every block is shown
    as not in the output (for batch reports on the pages where nothing was found)."""
    try:
        article = clean(page, url=url, options=options)
    except NoArticleError as exc:
        if not no_article_ok:
            raise
        article = Article(source=source, strategy=f"none: {exc}")
    text = decode(page, charset=options.charset, max_bytes=options.max_bytes)
    if sniff(text, options.input_kind) is InputKind.TEXT:
        units = text_units(textdump.units(text))
    else:
        units = html_units(parse_html(text, url).body)
    matcher = _Matcher(article)
    return Explanation(source, article.strategy, tuple(matcher.decide(u) for u in units), article)


class _Matcher:
    """Finds, for each text block of the page, the piece of the output that holds it: the
    piece that is exactly the block if there is one (each used once), else the shortest
    piece that contains it (so "Views" in a menu matches the menu, not the disclaimer)."""

    def __init__(self, article: Article) -> None:
        self.strategy = article.strategy
        kept = [block_text(b) for b in article.blocks]
        kept += [inline_text(b.caption) for b in article.blocks if isinstance(b, (Figure, Table)) and b.caption]
        pieces: list[tuple[str, str, Removal | None]] = [(BODY, t, None) for t in kept if t]
        pieces += [(name, value, None) for name, attr in PART_FIELDS
                   if isinstance(value := getattr(article, attr), str) and value]
        pieces += [(REMOVED, r.text, r) for r in article.removed]
        self.pieces = sorted(((kind, compact(text), removal) for kind, text, removal in pieces),
                             key=lambda piece: len(piece[1]))
        self.texts = {compact(text): text for _, text, _ in reversed(pieces)}  # what each piece reads
        self.by_key = {piece[1]: piece for piece in reversed(self.pieces)}  # the first of equal ones
        self.keys = list(self.by_key)  # longest first
        self.set_apart = [k for k in self.keys if self.by_key[k][0] == REMOVED]
        self.read_up_to: dict[int, int] = {}  # how far into a piece earlier blocks have matched
        self.exact: dict[str, list[tuple[str, str, Removal | None]]] = {}
        for piece in self.pieces:  # each piece matches one block exactly, once
            self.exact.setdefault(piece[1], []).append(piece)
        self.kept_words = set(words(" ".join(kept)))
        self.part_rules = {p.role.value: p.rule for p in article.parts}
        self.part_rules["corrections"] = self.part_rules.get(Role.CORRECTION.value, "correction wording")
        self.removed_words = {r: set(words(r.text)) for r in article.removed}

    def decide(self, unit: Unit) -> Decision:
        key = compact(unit.text)
        same = self.exact.get(key)
        if same:
            found: tuple[str, str, Removal | None] | None = same.pop(0)
        else:
            found = self._continued(key) or next((piece for piece in self.pieces if key in piece[1]), None)
            if found is not None:
                self.read_up_to[id(found)] = found[1].index(key) + len(key)
        if found is not None:
            return self._decision(unit, found[0], found[2])
        spelled = cover(key, self.keys, self.texts)
        if spelled is not None:  # the block's bits went different ways: the one with most of it
            _, biggest = max(spelled, key=lambda part: part[0])
            piece = self.by_key[biggest]
            return self._decision(unit, piece[0], piece[2])
        # inline bits of it were cut (set apart as parts or removals, else kept on their own)
        holder = (subtract(key, self.set_apart, self.keys, self.texts)
                  or subtract(key, self.keys, self.keys, self.texts))
        if holder is not None:  # the piece holding the rest
            piece = self.by_key[holder]
            return self._decision(unit, piece[0], piece[2])
        if self._mostly_kept(unit.text):
            return self._decision(unit, BODY, None)
        best = self._best_removal(unit.text)
        if best is not None:
            return self._decision(unit, REMOVED, best)
        if 1 < len(unit.runs) <= MAX_RUNS:  # its stretches between block children, one by one: each must be found
            parts = [self.decide(Unit(unit.index, unit.tag, run)) for run in unit.runs]
            if all(d.verdict != UNACCOUNTED for d in parts):
                d = max(parts, key=lambda d: len(d.text))
                return Decision(unit.index, unit.tag, unit.text, d.verdict, d.category, d.rule)
        return Decision(unit.index, unit.tag, unit.text, UNACCOUNTED, None, "not found in the output")

    def _continued(self, key: str) -> tuple[str, str, Removal | None] | None:
        """A piece this block continues: several blocks of one removed menu read in a row."""
        for piece in self.pieces:
            start = self.read_up_to.get(id(piece))
            if start is not None and piece[1].startswith(key, start):
                return piece
        return None

    def _decision(self, unit: Unit, kind: str, removal: Removal | None) -> Decision:
        if removal is not None:
            return Decision(unit.index, unit.tag, unit.text, REMOVED, removal.category.value, removal.rule)
        if kind == BODY:
            return Decision(unit.index, unit.tag, unit.text, BODY, None, f"kept ({self.strategy})")
        rule = self.part_rules.get(kind, DEFAULT_PART_RULES.get(kind, "metadata"))
        return Decision(unit.index, unit.tag, unit.text, kind, None, rule)

    def _best_removal(self, text: str) -> Removal | None:
        """The removal sharing most of a block's words (a block whose inline pieces went to
        different removals), if it shares most of them."""
        found = set(words(text))
        if not found:
            return None
        best, share = None, 0.0
        for removal in self.removed_words:
            overlap = len(found & self.removed_words[removal]) / len(found)
            if overlap > share:
                best, share = removal, overlap
        return best if share >= MIN_KEPT_WORD_SHARE else None

    def _mostly_kept(self, text: str) -> bool:
        found = words(text)
        if len(found) < 3:
            return False
        return sum(w in self.kept_words for w in found) >= MIN_KEPT_WORD_SHARE * len(found)
