"""What a worker does with one item: clean it, render it, under a time limit."""

from __future__ import annotations

import dataclasses
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

from newsclean.batch.items import Item
from newsclean.errors import PageTimeoutError
from newsclean.options import Options
from newsclean.outcome import Outcome, run
from newsclean.render.formats import Format, render
from newsclean.render.jsonout import dumps


@dataclass(frozen=True, slots=True)
class Render:
    """How results are written: the record format, and the document format for --output-dir."""

    document: Format | None = None  # markdown/json/text/html file per input, or None for records only
    links: bool = True
    front_matter: bool = True
    keep_record: bool = False  # send the record as a dict too (else only its JSON line crosses processes)
    explain: bool = False  # make explain reports (HTML): for the first `explain_first` pages ...
    explain_first: int = 0  # ... and for every page without an article


@dataclass(frozen=True, slots=True)
class Result:
    seq: int
    source: str
    ok: bool
    kind: str | None
    message: str | None
    line: str  # the JSON record, one line, no newline
    document: str | None = None
    record: dict[str, object] | None = None  # kept for sinks that need fields (Parquet)
    seconds: float = 0.0  # time spent cleaning (for batch reports; never in the records)
    strategy: str | None = None
    report: str | None = None  # the page's explain report, when asked for


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise PageTimeoutError("took longer than the time limit")


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """SIGALRM after `seconds` (worker processes run one page at a time, in their main thread)."""
    if not seconds:
        yield
        return
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def process(seq: int, item: Item, options: Options, how: Render, timeout: float | None) -> Result:
    """Clean one item (never raises): an article, or an error record naming the input."""
    start = time.perf_counter()
    if item.error is not None:
        outcome = Outcome(item.source, error=item.error, kind="unreadable", extra=dict(item.extra))
    else:
        opts = dataclasses.replace(options, charset=item.charset) if item.charset else options
        with _time_limit(timeout):
            outcome = run(item.source, item.read, url=item.url, options=opts, extra=dict(item.extra))
    result = to_result(seq, outcome, how)
    seconds = time.perf_counter() - start
    result = dataclasses.replace(result, seconds=seconds)
    if how.explain and (seq < how.explain_first or outcome.kind == "no-article"):
        left = timeout - seconds if timeout else None  # the report shares the page's time limit
        if left is None or left > 0.1:
            result = dataclasses.replace(result, report=_explain_report(item, options, left))
    return result


def _explain_report(item: Item, options: Options, timeout: float | None) -> str | None:
    """The page's explain report, or None when it cannot be made (unreadable, too slow)."""
    from newsclean.errors import NewscleanError
    from newsclean.explain import explain
    from newsclean.explain.report import render_report

    opts = dataclasses.replace(options, charset=item.charset) if item.charset else options
    try:
        with _time_limit(timeout):
            return render_report(explain(item.read(), url=item.url, options=opts, source=item.source,
                                         no_article_ok=True))
    except (NewscleanError, OSError, RecursionError, MemoryError):
        return None


def to_result(seq: int, outcome: Outcome, how: Render) -> Result:
    record = outcome.record(links=how.links)
    document = None
    if outcome.article is not None and how.document is not None:
        document = render(outcome.article, how.document, front_matter=how.front_matter, links=how.links,
                          pretty=how.document is Format.JSON)
    strategy = outcome.article.strategy if outcome.article is not None else None
    return Result(seq, outcome.source, outcome.ok, outcome.kind, outcome.error, dumps(record), document,
                  record if how.keep_record else None, strategy=strategy)
