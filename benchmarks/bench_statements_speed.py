"""Time spaCy parsing against statement finding on the same news texts (issue 3 speed target).

Usage (from the project root):
    .venv/bin/python benchmarks/bench_statements_speed.py [--limit 200] [--repeat 3]

Texts: the Wikinews statement set and the MEANTIME Wikinews articles (rebuilt from their tokens,
as in eval_statements.py), up to ``--limit`` texts (the two sets hold 160 news texts). Each text is parsed once with hearsay's
pipeline (``parse_texts``); entities, times and zones are computed outside the timed region,
then ``find_statements`` runs ``--repeat`` times on the parsed docs and the best run counts.
The issue's target: statement finding adds at most 15% to the time of the spaCy pipeline.
A benchmark, not a test: timings depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import eval_statements  # noqa: E402


def _texts(limit: int) -> list[str]:
    docs = eval_statements.load_wikinews("all") + eval_statements.load_meantime("all")
    return [d.text for d in docs][:limit]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=200, help="number of texts (default 200)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of the statement finder; the best counts")
    args = ap.parse_args(argv)

    from hearsay.config import load_settings
    from hearsay.extract.times.expressions import find_times
    from hearsay.extract.entities.mentions import find_entities
    from hearsay.extract.statements.quotes import find_statements
    from hearsay.extract.zones import find_zones
    from hearsay.ingest.readers import make_article
    from hearsay.nlp.parser import load_pipeline, parse_texts

    settings = load_settings({"store": False}, environ={})
    texts = _texts(args.limit)
    arts = [make_article(text=t, origin=f"bench-{i}") for i, t in enumerate(texts)]
    load_pipeline(settings.model, settings.model_version)  # model loading is not parsing
    parse_texts(["Warm-up sentence, said the benchmark."], settings)

    t0 = time.perf_counter()
    docs = list(parse_texts([a.text for a in arts], settings))
    parse_s = time.perf_counter() - t0

    inputs = []
    for art, doc in zip(arts, docs, strict=True):
        zones = find_zones(art.text, art)
        inputs.append((doc, zones, find_times(doc, art.published, zones, settings)))

    best = None
    n_statements = 0
    for _ in range(args.repeat):
        # a fresh entity index per run: find_statements adds resolved mentions to it
        prepared = [(doc, find_entities(doc, zones, settings), times, zones) for doc, zones, times in inputs]
        t0 = time.perf_counter()
        n_statements = 0
        for doc, ents, times, zones in prepared:
            statements, _ = find_statements(doc, ents, times, zones, settings)
            n_statements += len(statements)
        elapsed = time.perf_counter() - t0
        best = elapsed if best is None else min(best, elapsed)
    assert best is not None
    chars = sum(len(t) for t in texts)
    print(f"texts {len(texts)}  characters {chars:,}  statements {n_statements}")
    print(f"spaCy parse        {parse_s:8.2f} s")
    print(f"find_statements    {best:8.2f} s  (best of {args.repeat})")
    print(f"statement finding adds {100 * best / parse_s:.1f}% to the parse (target <= 15%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
