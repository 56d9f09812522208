"""Worker processes for a batch: ordered streaming results, per-page time limits, recycling.

Each worker cleans one item at a time under an alarm (SIGALRM); a page that overruns
becomes a "timeout" error record and its worker exits and is replaced, so a page that
left it in a bad state cannot affect the next one. A worker stuck in C code, deaf to the
alarm, is killed when it passes the limit by a grace period. At most `window` items are
in flight or waiting to be written, so memory stays flat however many inputs there are.

Workers are forked from this process while it has no other thread: they start with
newsclean already imported (a fresh interpreter importing it costs ~0.2 s per worker, a
fifth of a 181-page run). Once a thread runs (the progress bar), replacements come from a
forkserver instead, since forking a threaded process can copy a held lock.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from newsclean.batch.items import Item
from newsclean.batch.work import Render, Result, process, to_result
from newsclean.options import Options
from newsclean.outcome import Outcome

GRACE_S = 5.0  # past the time limit, a worker that did not answer is killed
POLL_S = 0.2
WINDOW_PER_JOB = 8


def _worker_main(conn: Connection, options: Options, how: Render, timeout: float | None,
                 inherited: tuple[int, ...] = ()) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    # A forked worker holds copies of the parent's ends of the pipes; closed, a parent that
    # dies (even by SIGKILL) leaves this end at EOF, and the worker exits instead of waiting.
    for fd in inherited:
        with contextlib.suppress(OSError):
            os.close(fd)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the parent is gone (a reset when it died mid-send)
            return
        if message is None:
            return
        seq, item = message
        result = process(seq, item, options, how, timeout)
        try:
            conn.send(result)
        except OSError:  # the parent is gone: nobody to answer
            return
        if result.kind == "timeout":
            return  # recycled: the parent starts a fresh worker


def _context() -> Any:
    methods = mp.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return mp.get_context("fork")
    return mp.get_context("forkserver" if "forkserver" in methods else "spawn")


@dataclass(slots=True)
class _Worker:
    process: mp.process.BaseProcess
    conn: Connection
    task: tuple[int, Item, float] | None = None  # (seq, item, started)


class Pool:
    """A fixed number of worker processes, each cleaning one item at a time."""

    def __init__(self, jobs: int, options: Options, how: Render, timeout: float | None, ordered: bool = True):
        self.jobs, self.options, self.how, self.timeout, self.ordered = jobs, options, how, timeout, ordered
        self.workers: list[_Worker] = []
        for _ in range(max(1, jobs)):
            self.workers.append(self._spawn())

    def _spawn(self) -> _Worker:
        ctx = _context()
        parent, child = ctx.Pipe()
        # only a forked child inherits the parent's descriptors: its own pipe's other end and
        # those of the workers started before it
        inherited = tuple(c.fileno() for c in (parent, *(w.conn for w in self.workers)) if not c.closed)
        inherited = inherited if ctx.get_start_method() == "fork" else ()
        proc = ctx.Process(target=_worker_main, args=(child, self.options, self.how, self.timeout, inherited),
                           daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def _replace(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()
        self.workers[self.workers.index(worker)] = self._spawn()

    def close(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(OSError, BrokenPipeError):
                worker.conn.send(None)
        for worker in self.workers:
            worker.process.join(timeout=2)
            if worker.process.is_alive():
                worker.process.kill()

    def map(self, items: Iterable[tuple[int, Item]]) -> Iterator[Result]:
        """Results for (seq, item) pairs: in seq order, or as they come if not `ordered`."""
        source = iter(items)
        exhausted = False
        ready: dict[int, Result] = {}
        order: list[int] = []  # seqs in dispatch order, for ordered output
        window = max(1, self.jobs) * WINDOW_PER_JOB
        while True:
            busy = sum(1 for w in self.workers if w.task is not None)
            for worker in self.workers:
                if exhausted or worker.task is not None or busy + len(ready) >= window:
                    continue
                try:
                    seq, item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                worker.conn.send((seq, item))
                worker.task = (seq, item, time.monotonic())
                order.append(seq)
                busy += 1
            for result in self._collect():
                ready[result.seq] = result
            while order and (order[0] in ready if self.ordered else ready):
                seq = order.pop(0) if self.ordered else next(iter(ready))
                if not self.ordered:
                    order.remove(seq)
                yield ready.pop(seq)
            if exhausted and not order:
                return

    def _collect(self) -> list[Result]:
        busy = [w for w in self.workers if w.task is not None]
        if not busy:
            return []
        results: list[Result] = []
        for conn in wait([w.conn for w in busy], timeout=POLL_S):
            worker = next(w for w in busy if w.conn is conn)
            try:
                result: Result = worker.conn.recv()
            except (EOFError, OSError):
                results.append(self._failed(worker, "the worker process died on this page", "internal"))
                continue
            worker.task = None
            results.append(result)
            if result.kind == "timeout":
                self._replace(worker)
        now = time.monotonic()
        for worker in busy:
            if worker.task is None:
                continue
            if not worker.process.is_alive():
                results.append(self._failed(worker, "the worker process died on this page", "internal"))
            elif self.timeout and now - worker.task[2] > self.timeout + GRACE_S:
                results.append(self._failed(worker, "took longer than the time limit", "timeout"))
        return results

    def _failed(self, worker: _Worker, message: str, kind: str) -> Result:
        assert worker.task is not None
        seq, item, _ = worker.task
        worker.task = None
        self._replace(worker)
        outcome = Outcome(item.source, error=message, kind=kind, extra=dict(item.extra))
        return to_result(seq, outcome, self.how)
