"""A text block made of several pieces of the output.

A block's inline bits can go different ways: a hidden "Helpful?" label pruned on its own
and the vote count beside it cut as a machine value, a "Posted in" label removed and the
section name swallowed by the header removed around it. No one piece holds the block, but
the block reads as the concatenation of whole pieces, the first of which may be the end of
a longer piece and the last the start of one (`cover`). Or inline bits were cut out of it
(an "Author:" label, a comment count), and what is left is a piece or sits in one
(`subtract`). Text that is really lost does not read so.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from functools import lru_cache

# a piece's end or start stands for the block's first or last stretch only if it is this long
# (one character, a "0" or a "|", ends and starts half the pieces of any page); so long too
# must a piece be to be taken out of a block as an inline cut
MIN_EDGE_CHARS = 3
# what is left of a block once its inline cuts are taken out may sit inside a longer piece
# only if it is this long (two or three letters sit somewhere in any page)
MIN_LEFT_CHARS = 6
# Bounds, so a hostile page costs little: blocks cut apart are labels, bylines and menus, not
# pages of prose (a longer block is not read so), and a block is read as at most this many
# stretches; one short cut is looked for in a byline-sized rest only.
MAX_SPELLED_CHARS = 1000
MAX_STRETCHES = 64
MAX_SHORT_CUT_REST = 200


def cover(key: str, pieces: Sequence[str], texts: Mapping[str, str]) -> list[tuple[int, str]] | None:
    """The pieces that, end to end, spell `key` (each with how many of its characters it
    gives), or None. Whole pieces in the middle; the first may give only its end and the
    last only its start, cut where a word of it ends ("Next" is not the start of "Nextdoor
    app"). `pieces` are compacted like `key`, `texts` holds their text; empty ones are ignored."""
    n = len(key)
    if not n or n > MAX_SPELLED_CHARS:
        return None
    starts: dict[int, list[tuple[int, str]]] = {0: []}
    for piece in pieces if n > MIN_EDGE_CHARS else ():  # the first stretch: the end of a longer piece
        for at in _suffix_starts(key, piece):
            if at not in _word_ends(texts.get(piece, "")):
                continue
            end = len(piece) - at
            if end not in starts:
                starts[end] = [(end, piece)]
    heap = list(starts)
    heapq.heapify(heap)
    done: set[int] = set()
    while heap and len(done) < MAX_STRETCHES:
        i = heapq.heappop(heap)
        if i in done:
            continue
        done.add(i)
        path = starts[i]
        rest = n - i
        for piece in pieces:
            if piece and key.startswith(piece, i):
                j = i + len(piece)
                if j not in starts:
                    starts[j] = [*path, (len(piece), piece)]
                    heapq.heappush(heap, j)
                if j == n:
                    return starts[j]
            elif (rest >= MIN_EDGE_CHARS and len(piece) > rest and piece.startswith(key[i:])
                  and rest in _word_ends(texts.get(piece, ""))):
                return [*path, (rest, piece)]  # the last stretch: the start of a longer piece
    return None


@lru_cache(maxsize=4096)
def _word_ends(text: str) -> frozenset[int]:
    """Where, in the compacted text, its words end."""
    ends, at = [], 0
    for word in text.split():
        at += len(word.casefold())
        ends.append(at)
    return frozenset(ends)


def _suffix_starts(key: str, piece: str) -> list[int]:
    """Where in `piece` an end of it begins that `key` starts with (at least MIN_EDGE_CHARS
    long, shorter than the piece and than the key: a whole piece or a piece holding the
    whole key is matched before this is asked)."""
    head = key[:MIN_EDGE_CHARS]
    found = []
    at = piece.find(head, max(1, len(piece) - len(key) + 1))  # an end shorter than the key
    while at != -1:
        end = len(piece) - at
        if end < len(key) and key.startswith(piece[at:]):
            found.append(at)
        at = piece.find(head, at + 1)
    return found


def subtract(key: str, cuts: Sequence[str], pieces: Sequence[str], texts: Mapping[str, str]) -> str | None:
    """The piece that holds what is left of `key` once the shorter `cuts` found inside it are
    taken out (in their order: longest first), or None. What is left must be a whole piece of
    `pieces`, a long enough stretch of one, or whole pieces end to end (`cover`)."""
    if len(key) > MAX_SPELLED_CHARS:
        return None
    rest = key
    whole = set(pieces) - {""}
    for cut in cuts:
        if MIN_EDGE_CHARS <= len(cut) < len(rest) and cut in rest:  # not the rest itself: its holder
            rest = rest.replace(cut, "")
            if rest in whole:  # before a shorter cut takes a name out of the piece left
                return rest
    short = next((rest[:at] + rest[at + len(cut):] for cut in cuts if 0 < len(cut) < MIN_EDGE_CHARS
                  for at in _places(rest, cut) if rest[:at] + rest[at + len(cut):] in whole),
                 None) if len(rest) <= MAX_SHORT_CUT_REST else None
    if short is not None:  # one short cut ("11" comments) out of a piece's exact text
        return short
    if rest == key:
        return None
    if len(rest) >= MIN_LEFT_CHARS:
        holder = next((piece for piece in pieces if rest in piece), None)
        if holder is not None:
            return holder
    spelled = cover(rest, pieces, texts)
    return max(spelled, key=lambda part: part[0])[1] if spelled else None


def _places(text: str, part: str) -> list[int]:
    found, at = [], text.find(part)
    while at != -1:
        found.append(at)
        at = text.find(part, at + 1)
    return found
