#!/usr/bin/env python3
"""Time and memory of every hostile input in tests/hostile (the README's "Bounds" table).

    python benchmarks/hostile_bounds.py

Each case runs in a fresh child process: wall seconds for `newsclean.clean` alone, and the
child's peak RSS (ru_maxrss, which includes the interpreter and newsclean, ~60 MiB).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

from generate import CASES  # noqa: E402

CHILD = """
import resource, sys, time, json
import newsclean
page = open(sys.argv[1], "rb").read()
start = time.perf_counter()
try:
    newsclean.clean(page)
    outcome = "article"
except newsclean.NewscleanError as exc:
    outcome = exc.kind
seconds = time.perf_counter() - start
print(json.dumps({"outcome": outcome, "seconds": seconds,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> int:
    import tempfile

    print("| input | size | outcome | seconds | peak RSS MiB |\n|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, make, _ in CASES:
            data = make()
            path = Path(tmp) / "page"
            path.write_bytes(data)
            r = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=False)
            if r.returncode != 0:
                print(f"| {name} | {len(data):,} B | crashed: {r.stderr.strip().splitlines()[-1:]} | - | - |")
                continue
            m = json.loads(r.stdout)
            print(f"| {name} | {len(data):,} B | {m['outcome']} | {m['seconds']:.2f} | {m['peak_mib']:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
