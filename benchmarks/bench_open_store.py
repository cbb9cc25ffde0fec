"""Time opening a store that is already up to date: the migration check every command pays (issue 18).

Usage: python benchmarks/bench_open_store.py sqlite:///bench.db [N]

The first open creates (or upgrades) the store and is not counted; the next N (default 50) are.
"""

from __future__ import annotations

import sys
import time


def main() -> None:
    started = time.perf_counter()
    from hearsay.store import open_store

    imported = time.perf_counter()
    url = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    open_store(url).close()
    timer = time.perf_counter()
    for _ in range(n):
        open_store(url).close()
    per_open = (time.perf_counter() - timer) / n
    print(f"import {imported - started:.2f} s; open_store on an up-to-date store: {per_open * 1000:.1f} ms ({n} opens)")


if __name__ == "__main__":
    main()
