"""Interruptions and limits: a killed run resumed gives the same bytes; Ctrl-C stops cleanly;
a page over the time limit becomes a timeout record; Parquet and Dask outputs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SAMPLES

NAMES = ["alarabiya-like-opinion", "wordpress-news-theme", "drupal-news", "guardian-like", "bbc-like", "amp-page",
         "arc-xp-news", "wire-story", "german-news", "editors-note-correction"]


@pytest.fixture
def many(tmp_path: Path) -> Path:
    """A few hundred pages: enough for a run to be interrupted part of the way through."""
    root = tmp_path / "pages"
    root.mkdir()
    for i in range(300):
        name = NAMES[i % len(NAMES)]
        (root / f"{i:04d}-{name}.html").write_bytes((SAMPLES / name / "input.html").read_bytes())
    return root


def _start(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "newsclean", "batch", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def _wait_for_lines(path: Path, lines: int, limit: float = 60) -> None:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if path.exists() and path.read_bytes().count(b"\n") >= lines:
            return
        time.sleep(0.05)
    raise AssertionError(f"{path} never reached {lines} lines")


def test_killed_run_resumed_is_byte_identical(many: Path, tmp_path: Path):
    whole = tmp_path / "whole.jsonl"
    assert subprocess.run([sys.executable, "-m", "newsclean", "batch", str(many), "-o", str(whole), "-j", "2", "-q"],
                          capture_output=True, timeout=300, check=False).returncode == 0
    out = tmp_path / "resumed.jsonl"
    partial = tmp_path / "resumed.jsonl.partial"
    proc = _start(str(many), "-o", str(out), "-j", "1", "-q")
    _wait_for_lines(partial, 40)
    proc.kill()  # SIGKILL: no chance to tidy up
    proc.wait(timeout=30)
    assert not out.exists() and partial.exists()
    r = subprocess.run([sys.executable, "-m", "newsclean", "batch", str(many), "-o", str(out), "-j", "2", "-q",
                        "--resume"], capture_output=True, timeout=300, check=False)
    assert r.returncode == 0, r.stderr
    assert out.read_bytes() == whole.read_bytes()
    assert not partial.exists()


def _running(marker: str) -> list[int]:
    """Pids of live processes whose command line mentions `marker` (Linux /proc)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            state = (entry / "stat").read_text().split(") ", 1)[1][:1]
        except OSError:
            continue
        if marker.encode() in cmdline and state != "Z":
            pids.append(int(entry.name))
    return pids


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs Linux /proc")
def test_workers_do_not_outlive_a_killed_batch(many: Path, tmp_path: Path):
    out = tmp_path / "orphans.jsonl"
    proc = _start(str(many), "-o", str(out), "-j", "2", "-q")
    _wait_for_lines(tmp_path / "orphans.jsonl.partial", 20)
    assert len(_running(str(out))) == 3  # the batch and its two workers
    proc.kill()
    proc.wait(timeout=30)
    end = time.monotonic() + 30
    while _running(str(out)) and time.monotonic() < end:
        time.sleep(0.1)
    left = _running(str(out))
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "workers kept running after their batch was killed"


def test_ctrl_c_stops_cleanly(many: Path, tmp_path: Path):
    out = tmp_path / "out.jsonl"
    proc = _start(str(many), "-o", str(out), "-j", "1", "--summary")
    _wait_for_lines(tmp_path / "out.jsonl.partial", 20)
    proc.send_signal(signal.SIGINT)
    _stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert not out.exists()  # no half-written final file; the partial one is there for --resume
    lines = (tmp_path / "out.jsonl.partial").read_bytes().splitlines()
    assert all(json.loads(line)["source"] for line in lines)
    assert b"--resume" in stderr and b"Traceback" not in stderr


def test_a_page_over_the_time_limit_becomes_a_timeout_record(tmp_path: Path):
    pages = tmp_path / "pages"
    pages.mkdir()
    slow = "<html><body>" + "<i>a</i>" * 3_000_000 + "<p>end of a very slow page</p></body></html>"
    (pages / "1-slow.html").write_text(slow, encoding="utf-8")
    (pages / "2-fine.html").write_bytes((SAMPLES / "drupal-news" / "input.html").read_bytes())
    r = subprocess.run([sys.executable, "-m", "newsclean", "batch", str(pages), "--timeout", "1", "-j", "1"],
                       capture_output=True, timeout=300, check=False)
    assert r.returncode == 1
    recs = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert recs[0]["kind"] == "timeout" and recs[0]["source"].endswith("1-slow.html")
    assert recs[1]["title"] == "Council backs four-day week trial for depot staff"


def test_parquet_output(many: Path, tmp_path: Path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "articles.parquet"
    r = subprocess.run([sys.executable, "-m", "newsclean", "batch", str(many), "-o", str(out), "-q"],
                       capture_output=True, timeout=300, check=False)
    assert r.returncode == 0, r.stderr
    table = pq.read_table(out)
    assert table.num_rows == 300
    assert table.column("title")[2].as_py() == "Council backs four-day week trial for depot staff"
    assert table.column("authors")[0].as_py() == ["Nadia Haddad"]


def test_dask_local_cluster_gives_the_same_records(tmp_path: Path):
    pytest.importorskip("dask.distributed")
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in NAMES[:4]:
        (pages / f"{name}.html").write_bytes((SAMPLES / name / "input.html").read_bytes())
    local = subprocess.run([sys.executable, "-m", "newsclean", "batch", str(pages), "-q"], capture_output=True,
                           timeout=300, check=False)
    dasked = subprocess.run([sys.executable, "-m", "newsclean", "batch", str(pages), "-q", "--dask", "local"],
                            capture_output=True, timeout=300, check=False)
    assert dasked.returncode == 0, dasked.stderr
    assert dasked.stdout == local.stdout


def test_clean_bag_on_a_local_cluster():
    db = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("dask.distributed")
    from newsclean.dask import clean_bag

    page = (SAMPLES / "bbc-like" / "input.html").read_text(encoding="utf-8")
    items = [{"html": page, "url": "https://northshire.example/a", "id": "n1"}, {"id": "n2"}, page.encode()]
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        recs = clean_bag(db.from_sequence(items, npartitions=2)).compute()
    assert recs[0]["title"] == "Mountain rescue teams report record callouts" and recs[0]["id"] == "n1"
    assert recs[0]["input_url"] == "https://northshire.example/a"
    assert recs[1]["kind"] == "unreadable" and recs[1]["id"] == "n2"
    assert recs[2]["authors"] == ["Ewan MacLeod"]
