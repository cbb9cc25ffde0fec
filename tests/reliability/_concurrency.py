"""The concurrency run shared by ``tests/reliability/test_concurrency.py`` and
``benchmarks/concurrency_test.py``: two ``hearsay ingest`` processes over overlapping inputs
and ``hearsay serve`` answering API and page requests, all on one store, started together on
an empty store (so they also race to create the schema).

Pass: both ingests exit 0 with nothing on stderr (no "locked", no traceback, no ``Error:``,
no failed article), every HTTP response is 200, and afterwards every input article is stored
exactly once and completely seen by the ledger (:func:`reliability._crash.check_store`).
"""

from __future__ import annotations

import statistics
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from reliability._crash import HEARSAY, ROOT, Reference, check_store, env, kill, serving

# What the analysts' side asks while articles arrive: every list endpoint, search (FTS5 /
# tsvector), an article's full record and page as soon as one exists, and the pages.
PATHS = ("/api/articles?limit=50", "/api/search?q=said", "/api/statements", "/api/figures", "/api/series",
         "/api/contradictions", "/api/duplicates", "/", "/?q=police", "/series", "/contradictions", "/duplicates")


@dataclass
class ConcurrencyStats:
    """What one run did; ``problems`` is empty when nothing was lost or shown to a user."""

    backend: str
    articles: int = 0  # distinct input articles
    stored: list[int] = field(default_factory=list)  # "N stored" of each ingest
    skipped: list[int] = field(default_factory=list)  # "M already stored" of each ingest
    requests: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def latency(self, q: float) -> float:
        """Return the ``q`` quantile of request latency in ms (0 with no requests)."""
        if len(self.latencies) < 2:
            return 1000 * (self.latencies[0] if self.latencies else 0.0)
        return 1000 * statistics.quantiles(self.latencies, n=100, method="inclusive")[int(q * 100) - 1]


def _summary_numbers(stdout: str) -> tuple[int, int]:
    """Return (stored, already stored) from an ingest's summary line."""
    for line in stdout.splitlines():
        if " stored, " in line:
            parts = line.split()
            return int(parts[0]), int(parts[2])
    return -1, -1


def _poll(base: str, stop: threading.Event, stats: ConcurrencyStats, lock: threading.Lock) -> None:
    import httpx

    with httpx.Client(base_url=base, timeout=60) as client:
        i = 0
        while not stop.is_set():
            path = PATHS[i % len(PATHS)]
            i += 1
            if i % 5 == 0:  # the newest article's record and page, while it is fresh
                page = client.get("/api/articles?limit=1")
                items = page.json().get("items", []) if page.status_code == 200 else []
                if items:
                    path = f"/api/articles/{items[0]['key']}" if i % 10 == 0 else f"/articles/{items[0]['key']}"
            start = time.monotonic()
            try:
                status = client.get(path).status_code
            except httpx.HTTPError as exc:
                status = -1
                with lock:
                    stats.problems.append(f"GET {path}: {type(exc).__name__}: {exc}")
            with lock:
                stats.requests += 1
                stats.latencies.append(time.monotonic() - start)
                stats.statuses[status] = stats.statuses.get(status, 0) + 1
                if status != 200:
                    stats.problems.append(f"GET {path} answered {status}")


def run_concurrency(backend: str, url: str, first: list[Path], second: list[Path], ref: Reference, workdir: Path, *,
                    src: Path | None = None, clients: int = 2, timeout: float = 600) -> ConcurrencyStats:
    """Run two ingests (``first``, ``second``) and a server with ``clients`` polling threads.

    Args:
        ref: the input articles (counts may be empty: then only presence is checked).
        src: import hearsay from this copy of ``src/`` (see :func:`reliability._crash.snapshot`).
    """
    stats = ConcurrencyStats(backend, articles=len(ref.order))
    workdir.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    procs = []
    for n, sources in enumerate((first, second)):
        out, err = (open(workdir / f"ingest{n}.{s}", "wb") for s in ("out", "err"))
        with out, err:
            procs.append(subprocess.Popen([*HEARSAY, "ingest", *map(str, sources), "--db", url, "--quiet"],
                                          stdout=out, stderr=err, env=env(src), cwd=ROOT))
    stop, lock = threading.Event(), threading.Lock()
    try:
        with serving(url, workdir / "serve.err", src) as base:
            threads = [threading.Thread(target=_poll, args=(base, stop, stats, lock), daemon=True) for _ in range(clients)]
            for t in threads:
                t.start()
            for proc in procs:
                proc.wait(timeout=max(1.0, timeout - (time.monotonic() - start)))
            stop.set()
            for t in threads:
                t.join(timeout=120)
    finally:
        stop.set()
        for proc in procs:
            kill(proc)
    stats.seconds = time.monotonic() - start
    for n, proc in enumerate(procs):
        stderr = (workdir / f"ingest{n}.err").read_text(errors="replace")
        stored, skipped = _summary_numbers((workdir / f"ingest{n}.out").read_text(errors="replace"))
        stats.stored.append(stored)
        stats.skipped.append(skipped)
        if proc.returncode != 0:
            stats.problems.append(f"ingest {n} exited with {proc.returncode}")
        if stderr.strip():  # --quiet: any stderr is a lock error, a traceback or a failed article
            stats.problems.append(f"ingest {n} stderr: {stderr.strip()[:1000]}")
    serve_err = (workdir / "serve.err").read_text(errors="replace")
    for bad in ("Traceback", "locked", "Error"):
        if bad in serve_err:
            stats.problems.append(f"hearsay serve stderr holds {bad!r}: {serve_err[:1000]}")
    if stats.requests == 0:
        stats.problems.append("no HTTP request was answered while the ingests ran")
    if sum(stats.stored) != stats.articles and min(stats.stored) >= 0:
        stats.problems.append(f"the ingests stored {stats.stored} articles between them, expected {stats.articles} in all")
    stats.problems += check_store(url, ref, complete=True)
    return stats


__all__ = ["PATHS", "ConcurrencyStats", "run_concurrency"]
