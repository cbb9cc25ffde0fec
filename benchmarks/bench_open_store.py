"""Time opening a store that is already up to date (the migration check every command pays), issue 18.

Usage: python benchmarks/bench_open_store.py sqlite:///bench.db
"""

import sys, time
t0 = time.perf_counter()
from hearsay.store import open_store
t1 = time.perf_counter()
url = sys.argv[1]
open_store(url).close()
n = 50
t = time.perf_counter()
for _ in range(n):
    open_store(url).close()
print(f"import {t1-t0:.2f}s; open_store on an up-to-date store: {(time.perf_counter()-t)/n*1000:.1f} ms")
