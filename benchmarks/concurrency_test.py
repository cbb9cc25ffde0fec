"""Concurrency of ``hearsay ingest`` and ``hearsay serve`` on one store (issue 8), with figures.

Per round, on a new store: two ingests (articles 0-10, and 4-14 in reverse order: 7 shared)
and a server with two polling clients (every list endpoint, search, fresh article records and
pages) start together. Checks as in ``tests/reliability/_concurrency.py``; figures: wall time,
articles stored by each ingest, requests, status counts, latency p50/p95/max.

    .venv/bin/python benchmarks/concurrency_test.py --db sqlite --rounds 3
    .venv/bin/python benchmarks/concurrency_test.py --db postgres --rounds 3

Exits non-zero if any round lost or doubled an article or showed an error.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from contextlib import nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from reliability._concurrency import run_concurrency  # noqa: E402
from reliability._crash import corpus, pg_database, pg_server_url, reference, snapshot, sqlite_url  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--clients", type=int, default=2, help="polling HTTP clients (default 2)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    results, failed = [], False
    with tempfile.TemporaryDirectory(prefix="hearsay-conc-") as tmp:
        work = Path(tmp)
        paths = corpus(work / "articles", 15)
        src = snapshot(work / "src")  # others may edit src/ during the run
        ref = reference(paths, src)  # full counts: every stored article must be complete
        server = pg_server_url() if args.db == "postgres" else None
        for n in range(args.rounds):
            ctx = pg_database(server) if server else nullcontext(sqlite_url(work / f"r{n}"))
            (work / f"r{n}").mkdir()
            with ctx as url:
                stats = run_concurrency(args.db, url, paths[:11], paths[4:][::-1], ref, work / f"r{n}", src=src,
                                        clients=args.clients)
            row = {"round": n + 1, "backend": args.db, "seconds": round(stats.seconds, 1), "articles": stats.articles,
                   "stored_by_each": stats.stored, "skipped_by_each": stats.skipped, "requests": stats.requests,
                   "statuses": stats.statuses, "p50_ms": round(stats.latency(0.5)), "p95_ms": round(stats.latency(0.95)),
                   "max_ms": round(1000 * max(stats.latencies, default=0)), "problems": stats.problems}
            print(json.dumps(row), flush=True)
            results.append(row)
            failed |= bool(stats.problems)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
