#!/usr/bin/env python3
"""The audit over the shared corpora: how many pages have text `explain` cannot find in the output.

    python benchmarks/audit.py                      # every page of the three corpora, 2 processes
    python benchmarks/audit.py --limit 300 wcxb-dev-articles --show 40

A page counts when one of its text blocks is "unaccounted": in neither the body, a part, nor
`removed`. Each such block is either text the pipeline dropped without a record or a block the
matcher fails to see; tests/test_audit.py holds a ceiling for the first pages of each corpus.
"""

from __future__ import annotations

import argparse
import gzip
from multiprocessing import Pool
from pathlib import Path

import newsclean
from newsclean.explain import explain

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
CORPORA = ("scrapinghub", "trafilatura-eval", "wcxb-dev-articles")


def unaccounted(path: Path) -> tuple[str, list[str] | None]:
    """The page's unaccounted blocks (None when it holds no article)."""
    try:
        decisions = explain(gzip.decompress(path.read_bytes())).decisions
    except newsclean.NewscleanError:
        return path.name, None
    return path.name, [d.text for d in decisions if d.verdict == "unaccounted"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="*", default=list(CORPORA))
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages of each corpus, by name")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", type=int, default=10, help="pages listed with their first blocks")
    args = parser.parse_args()
    with Pool(args.jobs) as pool:
        for corpus in args.corpora:
            pages = sorted((CORPUS / corpus / "html").glob("*.html.gz"))
            pages = pages[: args.limit] if args.limit else pages
            results = pool.map(unaccounted, pages, chunksize=8)
            explained = [(name, lost) for name, lost in results if lost is not None]
            bad = [(name, lost) for name, lost in explained if lost]
            print(f"{corpus}: {len(bad)} of {len(explained)} pages with unaccounted text "
                  f"({sum(len(lost) for _, lost in bad)} blocks)")
            for name, lost in bad[: args.show]:
                print(f"  {name}: {[text[:70] for text in lost[:3]]}")


if __name__ == "__main__":
    main()
