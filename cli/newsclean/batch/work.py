"""What a worker does with one item: clean it, render it, under a time limit."""

from __future__ import annotations

import dataclasses
import signal
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


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise PageTimeoutError("took longer than the time limit")


def process(seq: int, item: Item, options: Options, how: Render, timeout: float | None) -> Result:
    """Clean one item (never raises): an article, or an error record naming the input."""
    if item.error is not None:
        outcome = Outcome(item.source, error=item.error, kind="unreadable", extra=dict(item.extra))
    else:
        opts = dataclasses.replace(options, charset=item.charset) if item.charset else options
        if timeout:
            signal.signal(signal.SIGALRM, _alarm)
            signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            outcome = run(item.source, item.read, url=item.url, options=opts, extra=dict(item.extra))
        finally:
            if timeout:
                signal.setitimer(signal.ITIMER_REAL, 0)
    return to_result(seq, outcome, how)


def to_result(seq: int, outcome: Outcome, how: Render) -> Result:
    record = outcome.record(links=how.links)
    document = None
    if outcome.article is not None and how.document is not None:
        document = render(outcome.article, how.document, front_matter=how.front_matter, links=how.links,
                          pretty=how.document is Format.JSON)
    return Result(seq, outcome.source, outcome.ok, outcome.kind, outcome.error, dumps(record), document, record)
