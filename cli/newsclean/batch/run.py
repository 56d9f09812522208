"""One batch run: discover the inputs, skip what a resumed run already did, clean the rest in
worker processes (or on a Dask cluster), write every result in input order."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsclean.batch.items import Item, discover
from newsclean.batch.naming import Namer
from newsclean.batch.progress import Reporter, Summary
from newsclean.batch.report import RunReport
from newsclean.batch.sinks import Directory, ErrorsFile, JsonlFile, JsonlStdout, ParquetFile, ResumeError
from newsclean.batch.work import Render, Result
from newsclean.options import Options
from newsclean.render.formats import Format
from newsclean.text import clean_control

SUFFIXES = {Format.MARKDOWN: ".md", Format.JSON: ".json", Format.JSONL: ".json", Format.TEXT: ".txt",
            Format.HTML: ".html"}


@dataclass(frozen=True, slots=True)
class BatchOptions:
    output: str | None = None  # FILE.jsonl, FILE.parquet or "-" (stdout); ignored with output_dir
    output_dir: str | None = None
    document: Format = Format.MARKDOWN  # the format of the files in output_dir
    errors: str | None = None
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    timeout: float | None = 30.0
    resume: bool = False
    ordered: bool = True
    html_field: str = "html"
    options: Options = field(default_factory=Options)
    links: bool = True
    front_matter: bool = True
    dask: str | None = None  # "local" or a scheduler address
    progress: bool = True
    quiet: bool = False  # no error lines on stderr
    report: str | None = None  # a summary page of the run (HTML), with per-page explain reports
    report_pages: int = 100  # explain reports for the first N pages (and every page without an article)


def _sink(opts: BatchOptions) -> Any:
    if opts.output_dir:
        return Directory(Path(opts.output_dir))
    if opts.output and opts.output != "-":
        path = Path(opts.output)
        return ParquetFile(path) if path.suffix.lower() == ".parquet" else JsonlFile(path, opts.resume)
    return JsonlStdout()


def _plan(items: Iterable[Item], sink: Any, namer: Namer | None, summary: Summary,
          names: dict[int, str]) -> Iterator[tuple[int, Item]]:
    """(seq, item) for the items still to do; resumed ones are counted and passed over."""
    done = list(getattr(sink, "done_sources", []))
    seq = 0
    for index, item in enumerate(items):
        if index < len(done):
            if done[index] != item.source:
                raise ResumeError(f"the partial output does not match the inputs at {item.source!r}")
            summary.skipped += 1
            continue
        name = namer.name(item) if namer is not None else None
        if name is not None and isinstance(sink, Directory) and sink.exists(name):
            summary.skipped += 1
            continue
        if name is not None:
            names[seq] = name
        yield seq, item
        seq += 1


def _results(planned: Iterator[tuple[int, Item]], opts: BatchOptions, how: Render, pool: Any) -> Iterator[Result]:
    if pool is not None:
        yield from pool.map(planned)
        return
    from newsclean.dask import results_on_cluster

    yield from results_on_cluster(planned, opts.dask or "local", opts.options, how, opts.jobs)


def _pool(opts: BatchOptions, how: Render) -> Any:
    """The local worker pool (None on Dask), started before any thread (see batch.pool)."""
    if opts.dask:
        return None
    from newsclean.batch.pool import Pool

    return Pool(opts.jobs, opts.options, how, opts.timeout, opts.ordered)


def run_batch(inputs: Iterable[str], opts: BatchOptions) -> Summary:
    """Clean every input; KeyboardInterrupt stops cleanly (partial outputs kept for --resume)."""
    summary = Summary()
    sink = _sink(opts)
    errors = ErrorsFile(Path(opts.errors), opts.resume) if opts.errors else None
    namer = Namer(SUFFIXES[opts.document]) if opts.output_dir else None
    how = Render(document=opts.document if opts.output_dir else None, links=opts.links,
                 front_matter=opts.front_matter, explain=bool(opts.report), explain_first=opts.report_pages)
    report = RunReport(Path(opts.report), opts.report_pages) if opts.report else None
    names: dict[int, str] = {}
    pool = _pool(opts, how)
    reporter = Reporter(opts.progress)
    start = time.monotonic()
    try:
        planned = _plan(discover(inputs, opts.html_field), sink, namer, summary, names)
        for result in _results(planned, opts, how, pool):
            _write(result, sink, errors, names, summary, opts.quiet)
            if report is not None:
                report.add(result)
            summary.seconds = time.monotonic() - start
            reporter.update(summary)
    except KeyboardInterrupt:
        summary.interrupted = True
        sink.abort()
        if errors:
            errors.abort()
        raise
    finally:
        if pool is not None:
            pool.close()
        summary.seconds = time.monotonic() - start
        reporter.stop()
        if report is not None:  # also for an interrupted run: what it did so far
            report.write(summary)
    sink.finish()
    if errors:
        errors.finish()
    return summary


def _write(result: Result, sink: Any, errors: ErrorsFile | None, names: dict[int, str], summary: Summary,
           quiet: bool) -> None:
    name = names.pop(result.seq, None)
    if isinstance(sink, Directory) and name is not None:
        sink.write_document(name, result)
    else:
        sink.write(result)
    if errors is not None:
        errors.write(result)
    if result.ok:
        summary.ok += 1
    else:
        summary.errors[result.kind or "error"] += 1
        if not quiet:
            sys.stderr.write(clean_control(f"newsclean: {result.source}: {result.message}").replace("\n", " ") + "\n")
