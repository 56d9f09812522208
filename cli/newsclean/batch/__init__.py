"""Batch cleaning: many inputs, worker processes, ordered streaming output, resume, Dask.

    from newsclean.batch import BatchOptions, run_batch
    summary = run_batch(["pages/", "dump.jsonl", "crawl.warc.gz"], BatchOptions(output="out.jsonl"))
"""

from newsclean.batch.items import Item, discover
from newsclean.batch.run import BatchOptions, Summary, run_batch

__all__ = ["BatchOptions", "Item", "Summary", "discover", "run_batch"]
