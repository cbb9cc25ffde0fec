"""Median server time of the web pages and API views added for the analyst's workbench (issue 17).

    .venv/bin/python benchmarks/bench_web_pages.py --db sqlite:////tmp/ledger.db [--runs 15]

Without ``--db`` it builds the API tests' ledger (tests/api/_ledger.py: 9 articles) in a temporary
folder. Times are in-process (Starlette TestClient), so they include routing, queries and
rendering but no network.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

PATHS = ["/", "/?q=Shoygu", "/statements", "/statements?speaker=Shoigu&about=PRK&kind=direct&since=2025-05&until=2025-05-31",
         "/figures?subject=PRK", "/events?entity=PRK", "/transfers", "/transfers?from=PRK&to=RUS", "/entities/PRK",
         "/entities/PRK/review", "/review", "/statements/4", "/api/statements?speaker=Shoigu",
         "/api/statements/facets", "/api/export/statements?format=csv", "/api/series?subject=PRK&quantity=troops"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="store URL (default: build the API tests' ledger)")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

    from hearsay.server import create_app
    from hearsay.config import load_settings

    url = args.db
    if url is None:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from api._ledger import build_ledger

        url = build_ledger(Path(tempfile.mkdtemp())).url
    client = TestClient(create_app(load_settings({"db_url": url, "store": False}, environ={})))
    for path in PATHS:
        status = client.get(path).status_code  # warm up
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - t0) * 1000)
        print(f"{statistics.median(times):7.1f} ms  {status}  {path}")


if __name__ == "__main__":
    main()
