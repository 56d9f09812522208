"""Work items: every input a batch will clean, found lazily and in a deterministic order.

- files and directories (recursively, sorted): .html, .htm, .txt and their .gz forms
- glob patterns ("crawl/**/*.html.gz")
- JSON Lines dumps (.jsonl, .jsonl.gz, .ndjson): one page per line, the HTML in a field
  (`html` unless told otherwise), `url` and `id` fields carried into the output
- WARC archives (.warc, .warc.gz), read with warcio: every response record with an HTML
  payload, its target URI and record id carried into the output

An item is small and picklable: a file is sent to a worker as its path, a dump's page as
its text. An input that cannot be read still yields an item, whose reading fails in the
worker with a clear error, so it gets its error record like any other.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsclean.inputs import is_page_file

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True, slots=True)
class Item:
    """One page to clean: where it comes from, and how to get its bytes."""

    source: str  # path, "dump.jsonl:17", or "crawl.warc.gz#<record id>"
    path: str | None = None  # read the page from this file ...
    data: bytes | None = None  # ... or here are its bytes
    url: str | None = None
    relative: str | None = None  # the path under the directory it was found in (for --output-dir)
    extra: dict[str, object] = field(default_factory=dict)  # carried into the output record
    error: str | None = None  # the input could not even be listed (a broken dump line)
    charset: str | None = None  # the HTTP charset a WARC record declared

    def read(self) -> bytes:
        from newsclean.inputs import Source

        if self.data is not None:
            return self.data
        if self.path is None:
            return b""
        return Source(self.source, Path(self.path)).read()


def _kind(path: str) -> str:
    name = path.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    return "file"


def discover(inputs: Iterable[str], html_field: str = "html") -> Iterator[Item]:
    """Items for command-line inputs (files, directories, globs, dumps, archives), in order."""
    for raw in inputs:
        if any(ch in raw for ch in "*?[") and not Path(raw).exists():
            matches = sorted(glob.glob(raw, recursive=True))
            yield from (item for match in matches for item in _one(match, html_field, None))
        else:
            yield from _one(raw, html_field, None)


def _one(raw: str, html_field: str, root: Path | None) -> Iterator[Item]:
    path = Path(raw)
    if path.is_dir():
        for found in sorted(p for p in path.rglob("*") if p.is_file()):
            if is_page_file(found) or _kind(str(found)) != "file":
                yield from _one(str(found), html_field, path)
        return
    kind = _kind(raw)
    if kind == "jsonl":
        yield from jsonl_items(path, html_field)
    elif kind == "warc":
        yield from warc_items(path)
    else:
        relative = str(path.relative_to(root)) if root is not None else path.name
        yield Item(source=raw, path=raw, relative=relative)


def _open_text(path: Path) -> io.TextIOBase:
    if path.name.lower().endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


def jsonl_items(path: Path, html_field: str = "html") -> Iterator[Item]:
    """One item per line of a JSON Lines dump; a line that is not a page becomes an error item."""
    try:
        handle = _open_text(path)
    except OSError as exc:
        yield Item(source=str(path), error=f"cannot open the dump ({exc.strerror or exc})")
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            source = f"{path}:{number}"
            try:
                record = json.loads(line)
            except ValueError:
                yield Item(source=source, extra={"line": number}, error="not a JSON line")
                continue
            if not isinstance(record, dict):
                yield Item(source=source, extra={"line": number}, error="the line is not a JSON object")
                continue
            extra: dict[str, object] = {"line": number}
            url = record.get("url") if isinstance(record.get("url"), str) else None
            if url:
                extra["input_url"] = url
            ident = record.get("id")
            if isinstance(ident, (str, int)) and not isinstance(ident, bool):
                extra["id"] = ident
            page = record.get(html_field)
            if not isinstance(page, str):
                yield Item(source=source, url=url, extra=extra, error=f"no {html_field!r} field with the page")
                continue
            yield Item(source=source, data=page.encode("utf-8", errors="surrogatepass"), url=url, extra=extra)


def _charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("'\"")
    return None


def warc_items(path: Path) -> Iterator[Item]:
    """One item per HTML response record of a WARC file (warcio reads plain and gzipped WARCs)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        yield Item(source=str(path), error="reading WARC files needs warcio: pip install 'newsclean[warc]'")
        return
    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response":
                    continue
                content_type = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if content_type and not content_type.lower().startswith(HTML_TYPES):
                    continue
                record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
                url = record.rec_headers.get_header("WARC-Target-URI")
                data = record.content_stream().read()
                extra: dict[str, object] = {"record_id": record_id}
                if url:
                    extra["input_url"] = url
                yield Item(source=f"{path}#{record_id}", data=data, url=url, extra=extra,
                           charset=_charset(content_type))
    except (OSError, ArchiveLoadFailed) as exc:
        yield Item(source=str(path), error=f"broken WARC archive ({exc})")
