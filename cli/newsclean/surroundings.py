"""What lies outside the chosen container: recorded, so the audit accounts for every text."""

from __future__ import annotations

import itertools
from collections.abc import Collection

from lxml import etree

from newsclean.model import Category, Removal
from newsclean.phrases import TAG_LABEL
from newsclean.prune import element_text, text_without
from newsclean.text import compact, squash
from newsclean.textblocks import text_blocks
from newsclean.verdicts import judge_line


def outside(container: etree._Element, body: etree._Element,
            taken: Collection[etree._Element] = ()) -> list[Removal]:
    """One removal per sibling subtree of the container and of its ancestors, and per run of
    text between them (a wrapper's own text, a sibling's tail), in page order; the blocks
    `taken` into the body from outside the container (a lead printed beside the headline)
    are left out of them."""
    if container is body:
        return []
    if not any(anc is body for anc in container.iterancestors()):
        return beside_foreign(container, body)
    path = [container]
    for anc in container.iterancestors():
        path.append(anc)
        if anc is body:
            break
    path.reverse()  # body ... container
    # the sibling subtrees, and the loose text between them (a parent's text, a sibling's tail)
    before: list[etree._Element | str] = []
    after_levels: list[list[etree._Element | str]] = []
    for parent, child in itertools.pairwise(path):
        after: list[etree._Element | str] = []
        if parent.text:
            before.append(parent.text)
        side = before
        for sibling in parent:
            if sibling is child:
                side = after
            elif isinstance(sibling.tag, str):
                side.append(sibling)
            if sibling.tail:
                side.append(sibling.tail)
        after_levels.append(after)
    ordered = before + [item for level in reversed(after_levels) for item in level]
    removals = []
    kept = set(taken)
    inside = {anc for el in kept for anc in el.iterancestors()}
    for item in ordered:
        if isinstance(item, str):
            text = squash(item) if not item.isspace() else ""
        elif item in kept:
            continue
        else:
            text = text_without(item, kept) if item in inside else element_text(item)
        if text:
            verdict = judge_line(text)  # a known kind of clutter says more than "outside"
            if verdict is None and TAG_LABEL.match(text):
                verdict = (Category.NAVIGATION, "tag links")
            category, rule = verdict if verdict else (Category.OUTSIDE, "outside the article container")
            removals.append(Removal(category, rule, text))
    return removals


def beside_foreign(container: etree._Element, body: etree._Element) -> list[Removal]:
    """For an article from a tree of its own (readability-lxml reads the page again): each text
    block of the pruned page that the article does not hold, so the audit still covers the page."""
    held = compact(" ".join(container.itertext()))
    removals = []
    for block in text_blocks(body):
        for text in block.runs or (block.text,):
            if compact(text) in held:
                continue
            verdict = judge_line(text)
            category, rule = verdict if verdict else (Category.OUTSIDE, "not in the article readability-lxml found")
            removals.append(Removal(category, rule, text))
    return removals
