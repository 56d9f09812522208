"""The explain table for a terminal: one row per text block, coloured by what became of it."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsclean.explain.core import BODY, REMOVED, UNACCOUNTED, Explanation
from newsclean.text import clean_control, truncate

STYLES = {BODY: "green", REMOVED: "red", UNACCOUNTED: "bold yellow"}
PART_STYLE = "cyan"
TEXT_WIDTH = 70
RULE_WIDTH = 26
TEXT_MIN_WIDTH = 24


def print_table(explanation: Explanation, console: Console) -> None:
    a = explanation.article
    console.print(Text.assemble(("Source: ", "bold"), clean_control(explanation.source or "-"),
                                ("   content found by: ", "bold"), explanation.strategy))
    if a.title:
        console.print(Text.assemble(("Title: ", "bold"), clean_control(a.title)))
    table = Table(show_lines=False, header_style="bold", expand=True)
    for column in ("#", "tag", "verdict", "category"):
        table.add_column(column, no_wrap=True)
    table.add_column("rule", max_width=RULE_WIDTH, no_wrap=True, overflow="ellipsis")
    table.add_column("text", no_wrap=True, overflow="ellipsis", ratio=1, min_width=TEXT_MIN_WIDTH)
    for d in explanation.decisions:
        style = STYLES.get(d.verdict, PART_STYLE)
        table.add_row(str(d.index), d.tag, Text(d.verdict, style=style), d.category or "", d.rule,
                      Text(truncate(clean_control(d.text), TEXT_WIDTH)))
    console.print(table)
    counts = ", ".join(f"{k} {n}" for k, n in sorted(explanation.counts().items()))
    console.print(Text.assemble(("Blocks: ", "bold"), counts))
