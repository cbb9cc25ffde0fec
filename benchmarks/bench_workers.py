"""Scaling on this machine: 1 vs 2 worker processes, and Dask LocalClusters of 1 and 2 workers.

The same N articles go through each runner; articles/s are given two ways:
- ``total``: from the call to the last record, including starting workers and loading the model;
- ``net``: start-up excluded, the rate a long ingest sees. Start-up is measured by a run of the
  same runner on one short article just before (fresh workers each time) and subtracted.
The serial in-process run (:func:`analyze_articles`, model loaded beforehand) is the reference.

    .venv/bin/python benchmarks/bench_workers.py [-n 200] [--runners serial,proc1,proc2,dask1,dask2]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def _run(make, items) -> tuple[float, int, int]:  # type: ignore[no-untyped-def]
    """Return (seconds, records, failures) for one complete run of a fresh runner."""
    start = time.perf_counter()
    count = failures = 0
    for item in make(iter(items)):
        count += 1
        failures += type(item).__name__ == "Failure"
    return time.perf_counter() - start, count, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=200, help="articles (default 200)")
    parser.add_argument("--runners", default="serial,proc1,proc2,dask1,dask2")
    parser.add_argument("--exclude", action="append", default=[], metavar="ID",
                        help="leave out a source article by id (repeatable; see docs/PERFORMANCE.md)")
    args = parser.parse_args()

    from corpus import load_corpus, load_line, run_header

    from hearsay.config import load_settings

    print(run_header("python benchmarks/bench_workers.py " + " ".join(sys.argv[1:])))
    articles, info = load_corpus(args.n, tuple(args.exclude))
    print("corpus  :", info.describe())
    settings = load_settings({"store": False})
    words = info.words
    rates: dict[str, tuple[float, float]] = {}
    probe = articles[:1]
    for runner in args.runners.split(","):
        if runner == "serial":
            from hearsay.pipeline import analyze_articles
            from hearsay.nlp.parser import load_pipeline

            load_pipeline(settings.model, settings.model_version)  # loading is not part of the rate
            make = lambda items: analyze_articles(items, settings)  # noqa: E731
        elif runner.startswith("proc"):
            from hearsay.batch import analyze_parallel

            make = lambda items, w=int(runner[4:]): analyze_parallel(items, settings, workers=w)  # noqa: E731
        elif runner.startswith("dask"):
            from hearsay.batch.dask import analyze_on_dask

            make = lambda items, w=int(runner[4:]): analyze_on_dask(items, settings, f"local:{w}")  # noqa: E731
        else:
            raise SystemExit(f"unknown runner {runner}")
        startup, _, _ = _run(make, probe)
        seconds, count, failures = _run(make, articles)
        assert count == len(articles), (count, len(articles))
        total, net = count / seconds, count / max(seconds - startup, 1e-9)
        rates[runner] = (total, net)
        print(f"{runner:7} total {total:6.2f} articles/s  net {net:6.2f} articles/s ({net * words / count:6.0f} words/s)"
              f"  [{seconds:.1f}s, start-up {startup:.1f}s]{'  failures: %d' % failures if failures else ''}", flush=True)
    for one, two in (("proc1", "proc2"), ("dask1", "dask2")):
        if one in rates and two in rates:
            print(f"{two} / {one}: {rates[two][1] / rates[one][1]:.2f}x net, {rates[two][0] / rates[one][0]:.2f}x total")
    print(load_line())


if __name__ == "__main__":
    main()
