"""newsclean on Dask: the same cleaning, distributed with dask.distributed.

For people who already have a Dask bag of pages (from WARC files, JSON Lines, a data lake):

    import dask.bag as db
    from newsclean.dask import clean_bag

    pages = db.read_text("s3://bucket/dump-*.jsonl.gz").map(json.loads)   # {"html", "url", "id"}
    records = clean_bag(pages)                    # a bag of newsclean JSON records (dicts)
    records.map(json.dumps).to_textfiles("s3://bucket/clean-*.jsonl.gz")

Items may be page bytes or str, or dicts with the page under `html` (or `html_field`)
and optional `url` and `id`. Every item gives one record: the article, or an error record.
`newsclean batch --dask tcp://scheduler:8786` (or `--dask local`) runs a batch this way.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import Any

from newsclean.batch.items import Item
from newsclean.batch.work import Render, Result, process
from newsclean.options import Options

CHUNK_PER_WORKER = 64  # items submitted to the cluster at a time, per worker thread


def clean_record(page: Any, options: Options = Options(), html_field: str = "html",
                 links: bool = True) -> dict[str, object]:
    """One bag item to one newsclean record (a plain dict, as in JSON output)."""
    if isinstance(page, dict):
        html = page.get(html_field)
        extra = {k: page[k] for k in ("id",) if page.get(k) is not None}
        url = page.get("url") if isinstance(page.get("url"), str) else None
        if url:
            extra["input_url"] = url
        source = str(page.get("id", page.get("url", "-")))
        if not isinstance(html, (str, bytes)):
            item = Item(source=source, url=url, extra=extra, error=f"no {html_field!r} field with the page")
        else:
            data = html.encode("utf-8", errors="surrogatepass") if isinstance(html, str) else html
            item = Item(source=source, data=data, url=url, extra=extra)
    else:
        data = page.encode("utf-8", errors="surrogatepass") if isinstance(page, str) else bytes(page)
        item = Item(source="-", data=data)
    result = process(0, item, options, Render(links=links, keep_record=True), timeout=None)
    return result.record or {}


def clean_bag(bag: Any, options: Options = Options(), html_field: str = "html", links: bool = True) -> Any:
    """A Dask bag of pages to a Dask bag of newsclean records."""
    return bag.map(clean_record, options=options, html_field=html_field, links=links)


def _client(address: str) -> Any:
    from dask.distributed import Client, LocalCluster

    if address == "local":
        return Client(LocalCluster(processes=True, dashboard_address=None))
    return Client(address)


def results_on_cluster(planned: Iterator[tuple[int, Item]], address: str, options: Options, how: Render,
                       jobs: int) -> Iterator[Result]:
    """Batch results computed on a Dask cluster, chunk by chunk, in input order."""
    client = _client(address)
    try:
        workers = max(1, sum(client.nthreads().values())) if client.nthreads() else jobs
        chunk_size = workers * CHUNK_PER_WORKER
        while True:
            chunk = list(islice(planned, chunk_size))
            if not chunk:
                return
            futures = client.map(process, [s for s, _ in chunk], [i for _, i in chunk], options=options, how=how,
                                 timeout=None, pure=False)
            yield from client.gather(futures)
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and address == "local":
            cluster.close()
