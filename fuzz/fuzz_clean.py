#!/usr/bin/env python3
"""atheris fuzz target: any bytes given to newsclean.clean give an Article or a NewscleanError.

Short run (CI, via tests/test_fuzz.py):
    python fuzz/fuzz_clean.py -runs=3000 -max_len=8192 fuzz/seeds
Long run (documented in README; finds more, takes hours):
    python fuzz/fuzz_clean.py -max_total_time=7200 -max_len=65536 -jobs=2 fuzz/seeds
A crash writes crash-<hash> with the input; add it to tests/hostile/crashes/ as a regression test.
"""

import sys

import atheris

with atheris.instrument_imports(include=["newsclean"]):
    import newsclean


def test_one_input(data: bytes) -> None:
    try:
        article = newsclean.clean(data)
    except newsclean.NewscleanError:
        return
    record = article.to_dict()
    article.text.encode("utf-8")
    assert isinstance(record["removed"], list)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
