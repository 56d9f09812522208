"""`newsclean clean`: one or more pages to clean articles on stdout or in a file."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from newsclean.options import Favor, InputKind
from newsclean.render.formats import Format

HELP = """Clean one or more scraped pages (HTML or text dumps; plain or .gz; - for stdin).

\b
Examples:
  newsclean clean page.html                          # Markdown with front matter
  curl -s https://example.com/story | newsclean clean - --format json --url https://example.com/story | jq .authors
  newsclean clean dump/*.html.gz --format jsonl > articles.jsonl

Several inputs with --format json give JSON Lines, one line per input, in order;
an input that fails gives {"source", "error", "kind"} there and one line on stderr.
Exit codes: 0 all inputs cleaned, 1 some inputs failed, 2 usage error.
"""


def register(app: typer.Typer) -> None:
    app.command("clean", help=HELP, no_args_is_help=False)(clean_command)


def clean_command(
    paths: list[str] = typer.Argument(None, metavar="[PATH|-]...", show_default=False,
                                      help="Pages or directories of pages; - (or nothing, when piped) reads stdin."),
    fmt: Format = typer.Option(Format.MARKDOWN, "--format", "-f", help="Output format."),
    output: str = typer.Option(None, "--output", "-o", help="Write here (atomically) instead of stdout."),
    url: str = typer.Option(None, "--url", help="The page's URL (resolves links; one input only)."),
    input_kind: InputKind = typer.Option(InputKind.AUTO, "--input-format",
                                         help="Treat input as HTML or as a text dump (default: detect)."),
    links: bool = typer.Option(True, "--links/--no-links", help="Keep links in Markdown, JSON markdown and HTML."),
    front_matter: bool = typer.Option(True, "--front-matter/--no-front-matter",
                                      help="Markdown: YAML front matter with the metadata."),
    favor: Favor = typer.Option(Favor.BALANCED, "--favor", help="Precision/recall trade-off."),
    charset: str = typer.Option(None, "--charset", help="The pages' charset, if known (overrides detection)."),
    rules: Path = typer.Option(None, "--rules", help="A directory of extra site rules (TOML).",
                               exists=True, file_okay=False),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors."),
) -> None:
    from newsclean.inputs import STDIN, Source, expand
    from newsclean.options import Options
    from newsclean.outcome import run
    from newsclean.output import destination
    from newsclean.render.formats import render

    if not paths:
        if sys.stdin.isatty():
            raise typer.BadParameter("give a page to clean, or - to read stdin", param_hint="PATH")
        paths = [STDIN]
    sources: list[Source] = list(expand(paths))
    if not sources:
        raise typer.BadParameter("no pages found in the given directories", param_hint="PATH")
    if url and len(sources) > 1:
        raise typer.BadParameter("--url applies to a single input", param_hint="--url")
    if rules:
        from newsclean.rules import RuleError, load_dir

        try:
            load_dir(str(rules))
        except RuleError as exc:
            raise typer.BadParameter(str(exc), param_hint="--rules") from None
    options = Options(input_kind=input_kind, favor=favor, charset=charset,
                      rules_dir=str(rules) if rules else None)
    several = len(sources) > 1
    if fmt is Format.JSON and several:
        fmt = Format.JSONL
    failed = 0
    with destination(output) as out:
        for source in sources:
            outcome = run(source.name, source.read, url=url, options=options)
            if not outcome.ok:
                failed += 1
                sys.stderr.write(outcome.message() + "\n")
                if debug and outcome.trace:
                    sys.stderr.write(outcome.trace)
                if fmt is Format.JSONL or fmt is Format.JSON:
                    from newsclean.render.jsonout import dumps

                    out.write(dumps(outcome.record()) + "\n")
                continue
            assert outcome.article is not None
            out.write(render(outcome.article, fmt, front_matter=front_matter, links=links,
                             pretty=fmt is Format.JSON))
    if failed:
        raise typer.Exit(1)
