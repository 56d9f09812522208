"""`newsclean batch`: many pages at once, in worker processes or on a Dask cluster."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from newsclean.options import Favor, InputKind
from newsclean.render.formats import Format

HELP = """Clean many pages: files, directories, globs, JSON Lines dumps (.jsonl) and WARC archives
(.warc, .warc.gz), in worker processes, in input order; every input gives exactly one record.

\b
Examples:
  newsclean batch crawl/ --output articles.jsonl --errors errors.jsonl --jobs 4
  newsclean batch dump.jsonl.gz --html-field body --output - | jq -r .title
  newsclean batch crawl.warc.gz --output-dir clean/ --format markdown --resume
  newsclean batch --from-list urls-done.txt --output articles.parquet
  newsclean batch big/ --dask tcp://scheduler:8786 --output articles.jsonl
  newsclean batch crawl/ --output articles.jsonl --report run.html   # then open run.html

Exit codes: 0 every input cleaned, 1 some inputs failed (see --errors / stderr), 2 usage, 130 interrupted
(partial outputs are kept: run again with --resume to finish).
"""


def register(app: typer.Typer) -> None:
    app.command("batch", help=HELP)(batch_command)


def _from_list(path: str) -> list[str]:
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    with stream:
        return [line.strip() for line in stream if line.strip() and not line.startswith("#")]


def batch_command(
    inputs: list[str] = typer.Argument(None, metavar="[INPUT]...", show_default=False,
                                       help="Files, directories, globs, .jsonl dumps, .warc archives."),
    from_list: str = typer.Option(None, "--from-list", help="Read input paths from FILE (- for stdin)."),
    output: str = typer.Option(None, "--output", "-o",
                               help="FILE.jsonl, FILE.parquet, or - for stdout (the default)."),
    output_dir: Path = typer.Option(None, "--output-dir", help="One file per input here, mirroring the inputs."),
    fmt: Format = typer.Option(Format.MARKDOWN, "--format", "-f", help="File format in --output-dir."),
    errors: Path = typer.Option(None, "--errors", help="Also write every error record to this JSON Lines file."),
    jobs: int = typer.Option(os.cpu_count() or 1, "--jobs", "-j", min=1, help="Worker processes."),
    timeout: float = typer.Option(30.0, "--timeout", min=0, help="Seconds per page (0: no limit)."),
    resume: bool = typer.Option(False, "--resume", help="Skip inputs a previous, interrupted run finished."),
    unordered: bool = typer.Option(False, "--unordered", help="Write results as they come, not in input order."),
    html_field: str = typer.Option("html", "--html-field", help="The field holding the page in .jsonl dumps."),
    dask: str = typer.Option(None, "--dask", help="Run on Dask: 'local' or a scheduler address."),
    input_kind: InputKind = typer.Option(InputKind.AUTO, "--input-format", help="html, text or auto."),
    favor: Favor = typer.Option(Favor.BALANCED, "--favor", help="Precision/recall trade-off."),
    rules: Path = typer.Option(None, "--rules", help="A directory of extra site rules (TOML).",
                               exists=True, file_okay=False),
    links: bool = typer.Option(True, "--links/--no-links", help="Keep links in Markdown and JSON markdown."),
    summary: bool = typer.Option(None, "--summary/--no-summary",
                                 help="Print a summary table on stderr (default: when stderr is a terminal)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no error lines on stderr."),
    report: Path = typer.Option(None, "--report",
                                help="Write a summary page of the run (HTML), linking per-page explain reports."),
    report_pages: int = typer.Option(100, "--report-pages", min=0,
                                     help="Explain reports for the first N pages (and every page without an article)."),
) -> None:
    from newsclean.batch import BatchOptions, run_batch
    from newsclean.batch.progress import Reporter
    from newsclean.batch.sinks import ResumeError
    from newsclean.options import Options

    paths = list(inputs or []) + (_from_list(from_list) if from_list else [])
    if not paths:
        raise typer.BadParameter("give inputs, or --from-list FILE", param_hint="INPUT")
    if output and output_dir:
        raise typer.BadParameter("--output and --output-dir do not go together", param_hint="--output")
    if resume and not (output_dir or (output and output != "-")):
        raise typer.BadParameter("--resume needs --output FILE or --output-dir", param_hint="--resume")
    opts = BatchOptions(
        output=output, output_dir=str(output_dir) if output_dir else None, document=fmt,
        errors=str(errors) if errors else None, jobs=jobs, timeout=timeout or None, resume=resume,
        ordered=not unordered, html_field=html_field, dask=dask, links=links, progress=not quiet, quiet=quiet,
        report=str(report) if report else None, report_pages=report_pages,
        options=Options(input_kind=input_kind, favor=favor, rules_dir=str(rules) if rules else None),
    )
    reporter = Reporter(enabled=False)
    show_summary = summary if summary is not None else reporter.console.is_terminal
    try:
        result = run_batch(paths, opts)
    except ResumeError as exc:
        sys.stderr.write(f"newsclean: {exc}\n")
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        sys.stderr.write("newsclean: interrupted; run again with --resume to finish\n")
        raise typer.Exit(130) from None
    if show_summary:
        reporter.print_summary(result)
    if result.failed:
        raise typer.Exit(1)
