"""Peak memory of a worker process on 1x and 10x the input: flat, because input is streamed.

Each measurement runs in a fresh child process (``--child``), so peaks never mix:

- ``worker``: :func:`hearsay.batch.analyze_parallel` with one worker process over a lazily
  generated stream of ``base * repeat`` articles; the worker's peak RSS is read from
  ``getrusage(RUSAGE_CHILDREN)`` after the pool has shut down, and its RSS is also sampled
  (psutil) at 25/50/75/100% of the run to show the curve is flat.
- ``serial``: :func:`hearsay.pipeline.analyze_articles` in the measuring process itself
  (peak from ``RUSAGE_SELF``), plus the size of spaCy's StringStore, the one structure that
  grows with genuinely new vocabulary.

The corpus is cycled (see corpus.py), so after the first pass almost no new strings appear; the
StringStore growth on the first, all-new pass is printed so growth on novel text can be estimated.

    .venv/bin/python benchmarks/bench_memory.py [--base 100] [--repeat 10]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def _child(mode: str, n: int, base: int, exclude: tuple[str, ...]) -> dict:
    import psutil
    from corpus import iter_corpus

    from hearsay.config import load_settings

    settings = load_settings({"store": False})
    samples: list[tuple[int, float]] = []
    done = [0]
    if mode == "serial":
        from hearsay.pipeline import analyze_articles
        from hearsay.nlp.parser import load_pipeline

        nlp = load_pipeline(settings.model, settings.model_version)
        strings0 = len(nlp.vocab.strings)
        me = psutil.Process()
        strings_after_first_pass = None
        for i, _ in enumerate(analyze_articles(iter_corpus(base, n // base, exclude), settings), 1):
            if i == base:
                strings_after_first_pass = len(nlp.vocab.strings)
            if i % max(1, n // 4) == 0:
                samples.append((i, me.memory_info().rss / 2**20))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return {"mode": mode, "articles": n, "peak_mb": peak, "samples": samples, "strings_start": strings0,
                "strings_after_first_pass": strings_after_first_pass, "strings_end": len(nlp.vocab.strings)}

    from hearsay.batch import analyze_parallel

    me = psutil.Process()
    stop = threading.Event()
    worker_rss: list[float] = []

    def sample() -> None:
        while not stop.wait(0.5):
            kids = [p for p in me.children(recursive=True) if "resource_tracker" not in " ".join(p.cmdline())]
            try:
                worker_rss.append(max((p.memory_info().rss for p in kids), default=0) / 2**20)
            except psutil.Error:
                pass

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    for i, _ in enumerate(analyze_parallel(iter_corpus(base, n // base, exclude), settings, workers=1), 1):
        if i % max(1, n // 4) == 0:
            samples.append((i, worker_rss[-1] if worker_rss else 0.0))
    stop.set()
    t.join()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mode": mode, "articles": n, "peak_mb": peak, "parent_peak_mb": parent, "samples": samples}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", type=int, default=100, help="articles in the 1x run (default 100)")
    parser.add_argument("--repeat", type=int, default=10, help="multiplier of the big run (default 10)")
    parser.add_argument("--modes", default="worker,serial")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "N", "BASE"), help=argparse.SUPPRESS)
    parser.add_argument("--exclude", action="append", default=[], metavar="ID",
                        help="leave out a source article by id (repeatable; see docs/PERFORMANCE.md)")
    args = parser.parse_args()
    if args.child:
        mode, n, base = args.child
        print(json.dumps(_child(mode, int(n), int(base), tuple(args.exclude))))
        return

    from corpus import load_line, run_header

    print(run_header("python benchmarks/bench_memory.py " + " ".join(sys.argv[1:])))
    for mode in args.modes.split(","):
        for n in (args.base, args.base * args.repeat):
            start = time.perf_counter()
            out = subprocess.run([sys.executable, __file__, "--child", mode, str(n), str(args.base),
                                  *[f"--exclude={x}" for x in args.exclude]],
                                 capture_output=True, text=True, check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            curve = ", ".join(f"{i}: {mb:.0f}" for i, mb in r["samples"])
            extra = f"; parent {r['parent_peak_mb']:.0f} MB" if "parent_peak_mb" in r else ""
            if mode == "serial":
                extra += (f"; StringStore {r['strings_start']:,} -> {r['strings_after_first_pass']:,} after the first "
                          f"{args.base} (all new) -> {r['strings_end']:,} at the end")
            print(f"{mode:6} {n:5} articles: peak RSS {r['peak_mb']:.0f} MB ({time.perf_counter() - start:.0f}s){extra}")
            print(f"       RSS MB after article: {curve}")
    print(load_line())


if __name__ == "__main__":
    main()
