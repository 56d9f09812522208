"""What lies outside the chosen container: recorded, so the audit accounts for every text."""

from __future__ import annotations

import itertools
from collections.abc import Collection

from lxml import etree

from newsclean.model import Category, Removal
from newsclean.phrases import TAG_LABEL
from newsclean.prune import element_text
from newsclean.text import squash
from newsclean.verdicts import judge_line


def outside(container: etree._Element, body: etree._Element,
            taken: Collection[etree._Element] = ()) -> list[Removal]:
    """One removal per sibling subtree of the container and of its ancestors, in page order;
    the blocks `taken` into the body from outside the container (a lead printed beside the
    headline) are left out of them."""
    if container is body or not any(anc is body for anc in container.iterancestors()):
        return []  # the whole page, or a container from another strategy's own tree
    path = [container]
    for anc in container.iterancestors():
        path.append(anc)
        if anc is body:
            break
    path.reverse()  # body ... container
    before: list[etree._Element] = []
    after_levels: list[list[etree._Element]] = []
    for parent, child in itertools.pairwise(path):
        after: list[etree._Element] = []
        seen = False
        for sibling in parent:
            if sibling is child:
                seen = True
            elif isinstance(sibling.tag, str):
                (after if seen else before).append(sibling)
        after_levels.append(after)
    ordered = before + [el for level in reversed(after_levels) for el in level]
    removals = []
    kept = set(taken)
    inside = {anc for el in kept for anc in el.iterancestors()}
    for el in ordered:
        if el in kept:
            continue
        text = _text_without(el, kept) if el in inside else element_text(el)
        if text:
            verdict = judge_line(text)  # a known kind of clutter says more than "outside"
            if verdict is None and TAG_LABEL.match(text):
                verdict = (Category.NAVIGATION, "tag links")
            category, rule = verdict if verdict else (Category.OUTSIDE, "outside the article container")
            removals.append(Removal(category, rule, text))
    return removals


def _text_without(el: etree._Element, kept: set[etree._Element]) -> str:
    """An element's text as element_text reads it, the subtrees in `kept` left out."""
    pieces: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text and isinstance(node.tag, str):
            pieces.append(node.text)
        for child in node:
            if child not in kept:
                walk(child)
            if child.tail:
                pieces.append(child.tail)

    walk(el)
    return squash(" ".join(pieces))
