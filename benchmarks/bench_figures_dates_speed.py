"""Time figures and dates against the spaCy parse they run on (issue 4: at most 15% added).

Usage (from the project root)::

    .venv/bin/python benchmarks/bench_figures_dates_speed.py            # 200 news texts
    .venv/bin/python benchmarks/bench_figures_dates_speed.py -n 100 --repeat 3

The texts are the first ``n`` articles of the benchmark corpus (``benchmarks/corpus.py``: Wikinews,
MEANTIME, re3d, saved news pages). Each repeat parses them with ``nlp.pipe`` (timed), then runs
``find_times`` and ``find_figures`` on the parsed docs (timed apart). Zones and the entity index,
which the two extractors take as inputs but do not own, are built beforehand and not counted.
The best repeat of each part is reported (least disturbed by other work on a shared machine).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def main(argv: list[str] | None = None) -> int:
    """Print parse time, extractor time and the extractors' share of the parse."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=200, help="articles (default 200)")
    ap.add_argument("--repeat", type=int, default=3, help="repeats; the best is reported (default 3)")
    args = ap.parse_args(argv)

    from corpus import count_words, load_corpus

    from hearsay.config import load_settings
    from hearsay.extract.times.expressions import find_times
    from hearsay.extract.entities.mentions import find_entities
    from hearsay.extract.figures.amounts import find_figures
    from hearsay.extract.zones import find_zones
    from hearsay.nlp.parser import load_pipeline

    articles, info = load_corpus(args.n)
    settings = load_settings({"store": False}, environ={})
    nlp = load_pipeline(settings.model, settings.model_version)
    texts = [a.text for a in articles]
    anchors = [a.published for a in articles]
    print("corpus  :", info.describe())
    print("pipeline:", ", ".join(nlp.pipe_names))
    list(nlp.pipe(texts[:5]))  # warm-up

    best = {"parse": [1e9, 1e9], "find_times": [1e9, 1e9], "find_figures": [1e9, 1e9]}
    n_times = n_figures = 0
    for _ in range(args.repeat):
        w, c = _clock()
        docs = list(nlp.pipe(texts, batch_size=settings.batch_size))
        w2, c2 = _clock()
        best["parse"] = [min(best["parse"][0], w2 - w), min(best["parse"][1], c2 - c)]
        inputs = []
        for doc in docs:
            zones = find_zones(doc.text)
            inputs.append((doc, zones, find_entities(doc, zones, settings)))
        w, c = _clock()
        all_times = [find_times(doc, anchor, zones, settings) for (doc, zones, _), anchor in zip(inputs, anchors, strict=True)]
        w2, c2 = _clock()
        best["find_times"] = [min(best["find_times"][0], w2 - w), min(best["find_times"][1], c2 - c)]
        w, c = _clock()
        figures = [find_figures(doc, ents, [], times, zones, settings)[0]
                   for (doc, zones, ents), times in zip(inputs, all_times, strict=True)]
        w2, c2 = _clock()
        best["find_figures"] = [min(best["find_figures"][0], w2 - w), min(best["find_figures"][1], c2 - c)]
        n_times, n_figures = sum(map(len, all_times)), sum(map(len, figures))

    words = sum(count_words(t) for t in texts)
    print(f"texts   : {len(texts)} ({words} words); found {n_times} times and {n_figures} figures\n")
    print(f"{'part':<14} {'wall s':>8} {'cpu s':>8} {'ms/text':>8} {'of parse':>9}")
    parse_cpu = best["parse"][1]
    for name, (wall, cpu) in best.items():
        share = "" if name == "parse" else f"{cpu / parse_cpu:9.1%}"
        print(f"{name:<14} {wall:8.2f} {cpu:8.2f} {cpu / len(texts) * 1000:8.1f} {share}")
    added = (best["find_times"][1] + best["find_figures"][1]) / parse_cpu
    print(f"\nfigures + dates add {added:.1%} to the spaCy parse (cpu; issue 4 target <= 15%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
