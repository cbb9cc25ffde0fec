"""What event coding adds to the spaCy pipeline's time (issue 5: at most 15%).

Usage (from the project root):
    .venv/bin/python benchmarks/bench_events_speed.py [N] [--repeat R] [--json]

Takes N news texts (default 200) from ``wikinews-statements`` and ``meantime-en`` (the
benchmark corpus of ``benchmarks/corpus.py``; its 121 unique texts are cycled, each copy
made distinct), then times separately:

* ``parse``: spaCy over the texts (``hearsay.nlp.parser.parse_texts``, as analysis runs it);
* ``events``: :func:`hearsay.extract.events.coding.find_events` on the parsed docs, given the
  entities, times and statements it consumes (computed beforehand, not timed). Each of the R
  repeats builds fresh entity indexes, since the coder adds role-noun actors to them; the
  fastest repeat is reported.

The figure is ``events / parse``. Other extractors are not timed here
(``bench_profile.py`` has the per-extractor cost).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import corpus

from hearsay.config import load_settings
from hearsay.extract.times.expressions import find_times
from hearsay.extract.entities.mentions import find_entities
from hearsay.extract.events.coding import find_events
from hearsay.extract.statements.quotes import find_statements
from hearsay.extract.zones import find_zones
from hearsay.nlp.parser import load_pipeline, parse_texts

SOURCES = ("wikinews-statements", "meantime-en")


def news_articles(n: int) -> list:  # type: ignore[type-arg]
    """Return ``n`` Articles from the news sources, cycled with distinct copies."""
    rows, _ = corpus._load_unique()
    rows = [r for r in rows if r["source"].split("/")[0] in SOURCES]
    return [corpus._article(rows[i % len(rows)], i // len(rows)) for i in range(n)]


def measure(n: int, repeat: int) -> dict[str, float]:
    """Return parse and event-coding seconds over ``n`` news texts, and their ratio."""
    settings = load_settings({"store": False}, environ={})
    arts = news_articles(n)
    load_pipeline(settings.model, settings.model_version)
    list(parse_texts([arts[0].text], settings))  # warm up
    t0 = time.perf_counter()
    docs = list(parse_texts([a.text for a in arts], settings))
    parse_s = time.perf_counter() - t0
    best = float("inf")
    n_events = 0
    for _ in range(repeat):
        inputs = []
        for art, doc in zip(arts, docs, strict=True):
            zones = find_zones(art.text, art)
            entities = find_entities(doc, zones, settings)
            times = find_times(doc, art.published, zones, settings)
            statements, _ = find_statements(doc, entities, times, zones, settings)
            inputs.append((doc, entities, statements, times, zones))
        t0 = time.perf_counter()
        n_events = sum(len(find_events(*args, settings)) for args in inputs)
        best = min(best, time.perf_counter() - t0)
    words = sum(corpus.count_words(a.text) for a in arts)
    return {"texts": n, "words": words, "parse_s": parse_s, "events_s": best, "events": n_events,
            "events_share_of_parse": best / parse_s}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    res = measure(args.n, args.repeat)
    if args.json:
        print(json.dumps(res, indent=1))
        return 0
    print(corpus.run_header("python benchmarks/bench_events_speed.py " + " ".join(argv or sys.argv[1:])))
    print(f"texts {res['texts']} ({res['words']} words), {res['events']} events")
    print(f"spaCy parse   {res['parse_s']:8.2f} s")
    print(f"find_events   {res['events_s']:8.2f} s (best of {args.repeat})")
    print(f"added by event coding: {100 * res['events_share_of_parse']:.1f}% of parse time (target <= 15%)")
    print(corpus.load_line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
