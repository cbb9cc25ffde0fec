"""Throughput: the same N articles through bare spaCy and through full hearsay, in one run.

(a) bare: ``nlp.pipe`` over the texts with exactly the pipeline hearsay loads
    (:func:`hearsay.nlp.parser.load_pipeline`, same components, same batch size);
(b) hearsay: :func:`hearsay.pipeline.analyze_articles` (parse + every extractor + record);
(c) with ``--store``: (b) plus :meth:`Store.save` of every record to a fresh SQLite file.

The corpus is cut into rounds of ``--round`` articles and each round runs (a), (b) [and (c)]
back to back, alternating which goes first, so load from other processes on this shared machine
hits every variant alike. Wall and CPU (process) time are both reported; the ratio is
bare time / hearsay time, i.e. hearsay's throughput as a share of bare spaCy's.

    .venv/bin/python benchmarks/bench_throughput.py [-n 500] [--store] [--round 50]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def _timed(fn):  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=500, help="articles (default 500)")
    parser.add_argument("--round", type=int, default=50, help="articles per interleaved round")
    parser.add_argument("--store", action="store_true", help="also time hearsay + SQLite writes")
    parser.add_argument("--batch-size", type=int, default=None, help="override Settings.batch_size")
    parser.add_argument("--exclude", action="append", default=[], metavar="ID",
                        help="leave out a source article by id (repeatable; see docs/PERFORMANCE.md)")
    args = parser.parse_args()

    from corpus import count_words, load_corpus, load_line, run_header

    from hearsay.pipeline import analyze_articles
    from hearsay.config import load_settings
    from hearsay.nlp.parser import load_pipeline

    print(run_header("python benchmarks/bench_throughput.py " + " ".join(sys.argv[1:])))
    articles, info = load_corpus(args.n, tuple(args.exclude))
    print("corpus  :", info.describe())
    settings = load_settings({"store": False, "batch_size": args.batch_size})
    nlp = load_pipeline(settings.model, settings.model_version)
    print("pipeline:", ", ".join(nlp.pipe_names), f"(batch_size {settings.batch_size})")

    warm = [a.text for a in articles[:10]]
    list(nlp.pipe(warm, batch_size=settings.batch_size))
    list(analyze_articles(articles[:10], settings))

    store = None
    if args.store:
        from hearsay.store import open_store

        tmp = tempfile.mkdtemp(prefix="hearsay-bench-")
        store = open_store(f"sqlite:///{tmp}/bench.db")

    def bare(chunk):  # type: ignore[no-untyped-def]
        return lambda: [None for _ in nlp.pipe([a.text for a in chunk], batch_size=settings.batch_size)]

    def full(chunk):  # type: ignore[no-untyped-def]
        return lambda: [None for _ in analyze_articles(chunk, settings)]

    def stored(chunk):  # type: ignore[no-untyped-def]
        return lambda: [store.save(r) for r in analyze_articles(chunk, settings)]

    variants = {"bare spaCy": bare, "hearsay": full}
    if store is not None:
        variants["hearsay+store"] = stored
    totals = {name: [0.0, 0.0] for name in variants}
    for k, start in enumerate(range(0, len(articles), args.round)):
        chunk = articles[start:start + args.round]
        order = list(variants.items())
        if k % 2:
            order.reverse()
        for name, make in order:
            wall, cpu = _timed(make(chunk))
            totals[name][0] += wall
            totals[name][1] += cpu
        print(f"  round {k + 1}: " + ", ".join(f"{n} {totals[n][0]:.1f}s" for n in variants), file=sys.stderr)

    words = sum(count_words(a.text) for a in articles)
    print(f"\n{'variant':<15} {'wall s':>8} {'cpu s':>8} {'articles/s':>11} {'words/s':>9}")
    for name, (wall, cpu) in totals.items():
        print(f"{name:<15} {wall:8.1f} {cpu:8.1f} {len(articles) / wall:11.2f} {words / wall:9.0f}")
    bw, bc = totals["bare spaCy"]
    hw, hc = totals["hearsay"]
    print(f"\nhearsay / bare spaCy throughput: {bw / hw:.1%} wall, {bc / hc:.1%} cpu (target >= 70%)")
    if store is not None:
        sw, _ = totals["hearsay+store"]
        print(f"hearsay+store / bare spaCy throughput: {bw / sw:.1%} wall; store writes cost {(sw - hw) / len(articles) * 1000:.1f} ms/article")
        store.close()
    print(load_line())


if __name__ == "__main__":
    main()
