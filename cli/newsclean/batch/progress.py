"""Progress and the end-of-run summary, on stderr (never mixed with the data on stdout)."""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table


@dataclass(slots=True)
class Summary:
    ok: int = 0
    skipped: int = 0  # already done in an earlier run (--resume)
    errors: Counter[str] = field(default_factory=Counter)  # by kind
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def failed(self) -> int:
        return sum(self.errors.values())

    @property
    def done(self) -> int:
        return self.ok + self.failed

    @property
    def pages_per_s(self) -> float:
        return self.done / self.seconds if self.seconds else 0.0


class Reporter:
    """A rich progress bar when stderr is a terminal (and not quiet); silent otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.console = Console(file=sys.stderr)
        self.progress: Progress | None = None
        if enabled and self.console.is_terminal:
            self.progress = Progress(TextColumn("[bold]cleaning"), BarColumn(), MofNCompleteColumn(),
                                     TextColumn("{task.fields[rate]} pages/s"), TextColumn("{task.fields[errors]}"),
                                     TimeElapsedColumn(), console=self.console, transient=True)
            self.task = self.progress.add_task("clean", total=None, rate="-", errors="")
            self.progress.start()

    def update(self, summary: Summary) -> None:
        if self.progress is not None:
            errors = f"[red]{summary.failed} errors" if summary.failed else ""
            self.progress.update(self.task, completed=summary.done, rate=f"{summary.pages_per_s:.0f}", errors=errors)

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()

    def print_summary(self, summary: Summary) -> None:
        table = Table(title="newsclean batch" + (" (interrupted)" if summary.interrupted else ""), show_header=False)
        table.add_column("", style="bold")
        table.add_column("", justify="right")
        table.add_row("cleaned", str(summary.ok))
        if summary.skipped:
            table.add_row("already done (resumed)", str(summary.skipped))
        for kind, count in sorted(summary.errors.items()):
            table.add_row(f"failed: {kind}", str(count))
        table.add_row("pages/s", f"{summary.pages_per_s:.1f}")
        table.add_row("seconds", f"{summary.seconds:.1f}")
        self.console.print(table)
