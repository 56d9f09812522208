"""Where pages come from: files, directories, stdin; each read as bytes with a name.

A directory stands for the pages under it (recursively, sorted, so runs are
deterministic): .html, .htm, .xhtml, .txt and their .gz forms.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsclean.errors import InputReadError, InputTooLargeError

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".text")
# a single input larger than this is refused before it is read into memory
MAX_INPUT_BYTES = 64 * 2**20
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Source:
    """One input: its name as the user gave it (or "-"), and where to read it."""

    name: str
    path: Path | None  # None for stdin

    def read(self, limit: int = MAX_INPUT_BYTES) -> bytes:
        if self.path is None:
            data = sys.stdin.buffer.read(limit + 1)
        else:
            try:
                with self.path.open("rb") as f:
                    data = f.read(limit + 1)
            except IsADirectoryError:
                raise InputReadError("is a directory") from None
            except FileNotFoundError:
                raise InputReadError("no such file") from None
            except PermissionError:
                raise InputReadError("permission denied") from None
            except OSError as exc:
                raise InputReadError(exc.strerror or str(exc)) from None
        if len(data) > limit:
            raise InputTooLargeError(f"larger than {limit // 2**20} MiB")
        return data


def is_page_file(path: Path) -> bool:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return name.endswith(PAGE_SUFFIXES)


def expand(paths: list[str]) -> Iterator[Source]:
    """Sources for command-line arguments, in order; directories expanded, sorted."""
    for raw in paths:
        if raw == STDIN:
            yield Source(STDIN, None)
            continue
        path = Path(raw)
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file() and is_page_file(p)):
                yield Source(str(found), found)
        else:
            yield Source(raw, path)
