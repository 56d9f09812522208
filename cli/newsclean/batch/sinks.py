"""Where batch results go, atomically, with what a resumed run needs to know.

- JSON Lines (a file or stdout): records in input order. A file is written to
  "<name>.partial" as results come, flushed line by line, and renamed into place when
  the run completes; `--resume` keeps the complete lines of a partial file and goes on
  from there, so the final file is byte-identical to an uninterrupted run's.
- Parquet (optional extra): the same records, in row groups, renamed into place at the end.
- A directory: one document per input, each written atomically; `--resume` skips inputs
  whose document exists (a document that exists is complete).
- Errors (`--errors FILE.jsonl`): every error record, also written to a ".partial" first.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from newsclean.batch.work import Result
from newsclean.output import write_atomic

PARTIAL = ".partial"


class ResumeError(Exception):
    """A partial output that does not belong to these inputs."""


class JsonlFile:
    """Records as JSON Lines in a file, resumable."""

    def __init__(self, path: Path, resume: bool) -> None:
        self.path = path
        self.partial = path.with_name(path.name + PARTIAL)
        self.done_sources: list[str] = []
        if resume:
            self.done_sources = _complete_lines(self.partial)
        elif self.partial.exists():
            self.partial.unlink()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.handle: TextIO = open(self.partial, "a", encoding="utf-8", newline="\n")  # noqa: SIM115

    def write(self, result: Result) -> None:
        self.handle.write(result.line + "\n")
        self.handle.flush()

    def finish(self) -> None:
        self.handle.close()
        os.replace(self.partial, self.path)

    def abort(self) -> None:
        self.handle.close()  # the partial file stays, for --resume


def _complete_lines(partial: Path) -> list[str]:
    """The sources of the complete records in a partial file; a torn last line is cut off."""
    if not partial.exists():
        return []
    data = partial.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):
        with open(partial, "r+b") as f:
            f.truncate(end)
    sources = []
    for line in data[:end].splitlines():
        try:
            sources.append(str(json.loads(line)["source"]))
        except (ValueError, KeyError, TypeError):
            raise ResumeError(f"{partial} is not a newsclean output; remove it to start again") from None
    return sources


class JsonlStdout:
    def __init__(self) -> None:
        self.done_sources: list[str] = []

    def write(self, result: Result) -> None:
        sys.stdout.write(result.line + "\n")
        sys.stdout.flush()

    def finish(self) -> None:
        pass

    def abort(self) -> None:
        pass


class Directory:
    """One document per input; the names come from the Namer, in input order."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.done_sources: list[str] = []

    def target(self, name: str) -> Path:
        path = (self.root / name).resolve()
        if self.root not in path.parents:  # belt and braces: the Namer already made it safe
            raise ValueError(f"refusing to write outside {self.root}: {name}")
        return path

    def exists(self, name: str) -> bool:
        return self.target(name).exists()

    def write_document(self, name: str, result: Result) -> None:
        """The document, or for an input that failed its error record as "<name>.error.json"
        (so every input leaves a file; a resumed run retries the failed ones)."""
        if result.document is not None:
            write_atomic(self.target(name), result.document)
        else:
            stem = name.rsplit(".", 1)[0]
            write_atomic(self.target(stem + ".error.json"), result.line + "\n")

    def write(self, result: Result) -> None:
        pass

    def finish(self) -> None:
        pass

    def abort(self) -> None:
        pass


class ParquetFile:
    """Records in a Parquet file (pyarrow), written in row groups, renamed into place at the end."""

    ROWS_PER_GROUP = 2000

    def __init__(self, path: Path) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise SystemExit("newsclean: Parquet output needs pyarrow: pip install 'newsclean[parquet]'") from None
        self.path = path
        self.partial = path.with_name(path.name + PARTIAL)
        self.rows: list[dict[str, object]] = []
        self.writer: Any = None
        self.done_sources: list[str] = []

    def write(self, result: Result) -> None:
        record = dict(result.record or json.loads(result.line))
        record["removed"] = json.dumps(record.get("removed", []), ensure_ascii=False)  # nested lists as JSON text
        if record.get("id") is not None:
            record["id"] = str(record["id"])
        self.rows.append(record)
        if len(self.rows) >= self.ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self.rows:
            return
        table = pa.Table.from_pylist(self.rows, schema=_parquet_schema())
        if self.writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.writer = pq.ParquetWriter(str(self.partial), table.schema)
        self.writer.write_table(table)
        self.rows = []

    def finish(self) -> None:
        self._flush()
        if self.writer is None:
            import pyarrow as pa
            import pyarrow.parquet as pq

            pq.write_table(pa.Table.from_pylist([], schema=_parquet_schema()), str(self.partial))
        else:
            self.writer.close()
        os.replace(self.partial, self.path)

    def abort(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.partial.unlink(missing_ok=True)


def _parquet_schema() -> Any:
    import pyarrow as pa

    text = pa.string()
    fields = [(name, text) for name in ("source", "url", "title", "subtitle", "byline", "published", "updated",
                                        "author_kind", "site_name", "language", "section", "image", "text",
                                        "markdown", "bio", "disclaimer", "editors_note", "corrections", "removed",
                                        "newsclean_version", "error", "kind", "record_id", "input_url")]
    fields += [("authors", pa.list_(text)), ("tags", pa.list_(text)), ("line", pa.int64()), ("id", text)]
    return pa.schema(fields)


class ErrorsFile:
    def __init__(self, path: Path, resume: bool) -> None:
        self.sink = JsonlFile(path, resume)

    def write(self, result: Result) -> None:
        if not result.ok:
            self.sink.write(result)

    def finish(self) -> None:
        self.sink.finish()

    def abort(self) -> None:
        self.sink.abort()
