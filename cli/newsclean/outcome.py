"""One input's outcome: an article or an error naming the input and the reason.

Every input yields exactly one Outcome, whatever goes wrong: library errors keep
their kind; anything unexpected (a bug) becomes kind "internal" rather than a crash.
"""

from __future__ import annotations

import dataclasses
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

from newsclean.errors import NewscleanError
from newsclean.model import Article
from newsclean.options import Options
from newsclean.pipeline import clean
from newsclean.render.jsonout import article_dict, error_dict
from newsclean.text import clean_control


@dataclass(frozen=True, slots=True)
class Outcome:
    source: str
    article: Article | None = None
    error: str | None = None
    kind: str | None = None
    # fields carried from the input into the output record (batch: id, url, record id)
    extra: dict[str, object] = field(default_factory=dict)
    trace: str | None = None  # the traceback of an internal error, shown with --debug

    @property
    def ok(self) -> bool:
        return self.article is not None

    def record(self, *, links: bool = True) -> dict[str, object]:
        """The JSON record: the article's fields, or {"source", "error", "kind"}."""
        if self.article is None:
            return error_dict(self.source, self.error or "failed", self.kind or "error", self.extra)
        record = article_dict(self.article, links=links)
        record.update(self.extra)
        return record

    def message(self) -> str:
        """The one line a terminal gets for a failed input (control characters removed)."""
        return clean_control(f"newsclean: {self.source}: {self.error}").replace("\n", " ")


def run(source: str, read: Callable[[], bytes], *, url: str | None = None,
        options: Options = Options(), extra: dict[str, object] | None = None) -> Outcome:
    """Read and clean one input; never raises (but for KeyboardInterrupt and SystemExit)."""
    extra = extra or {}
    try:
        article = clean(read(), url=url, options=options)
    except NewscleanError as exc:
        return Outcome(source, error=str(exc), kind=exc.kind, extra=extra)
    except RecursionError:
        return Outcome(source, error="the page is nested too deeply", kind="too-deep", extra=extra)
    except MemoryError:
        return Outcome(source, error="out of memory on this page", kind="too-large", extra=extra)
    except Exception as exc:  # a bug in newsclean: report it as this input's error, carry on
        return Outcome(source, error=f"internal error: {type(exc).__name__}: {exc}", kind="internal",
                       extra=extra, trace=traceback.format_exc())
    return Outcome(source, article=dataclasses.replace(article, source=source), extra=extra)
