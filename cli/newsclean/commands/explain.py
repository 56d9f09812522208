"""`newsclean explain`: what was kept, split out or removed from a page, and why."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer

from newsclean.options import Favor, InputKind

HELP = """Show every text block of a page and what newsclean did with it: kept in the body,
assigned to the title, byline, bio, disclaimer ..., or removed, with the category and rule.

\b
Examples:
  newsclean explain page.html                        # a table in the terminal
  newsclean explain page.html --format json | jq '.counts'
  newsclean explain page.html --html report.html     # a self-contained page to open offline
"""


class ExplainFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


def register(app: typer.Typer) -> None:
    app.command("explain", help=HELP)(explain_command)


def explain_command(
    path: str = typer.Argument(..., metavar="PATH|-", help="The page (HTML or text dump; - for stdin)."),
    fmt: ExplainFormat = typer.Option(ExplainFormat.TABLE, "--format", "-f", help="table or json."),
    html: Path = typer.Option(None, "--html", help="Also write the explanation as a self-contained HTML page."),
    url: str = typer.Option(None, "--url", help="The page's URL."),
    input_kind: InputKind = typer.Option(InputKind.AUTO, "--input-format", help="html, text or auto."),
    favor: Favor = typer.Option(Favor.BALANCED, "--favor", help="Precision/recall trade-off."),
    rules: Path = typer.Option(None, "--rules", help="A directory of extra site rules (TOML).",
                               exists=True, file_okay=False),
) -> None:
    from newsclean.errors import NewscleanError
    from newsclean.explain import explain
    from newsclean.inputs import STDIN, Source
    from newsclean.options import Options

    source = Source(STDIN, None) if path == STDIN else Source(path, Path(path))
    options = Options(input_kind=input_kind, favor=favor, rules_dir=str(rules) if rules else None)
    try:
        explanation = explain(source.read(), url=url, options=options, source=source.name)
    except NewscleanError as exc:
        sys.stderr.write(f"newsclean: {source.name}: {exc}\n")
        raise typer.Exit(1) from None
    if html is not None:
        from newsclean.explain.report import render_report
        from newsclean.output import write_atomic

        write_atomic(html, render_report(explanation))
    if fmt is ExplainFormat.JSON:
        from newsclean.render.jsonout import dumps

        sys.stdout.write(dumps(explanation.to_dict(), indent=2) + "\n")
    else:
        from rich.console import Console

        from newsclean.explain.terminal import print_table

        print_table(explanation, Console())
