"""Where hearsay's own time goes: per-extractor cost, then a pyinstrument profile of a full run.

1. Parse N articles once; then run :func:`hearsay.pipeline.analyze_doc` over the parsed docs with
   every ``find_*`` function it calls wrapped in a timer (the wrappers are installed on the
   ``hearsay.pipeline`` module, so new extractors and changed signatures are picked up as the
   extractors evolve). "record assembly" is analyze_doc's time outside the extractors.
2. Profile ``analyze_articles`` over the same articles with pyinstrument and print the functions
   with the most self time, and the hearsay functions with the most total time. The HTML
   profile is written to ``benchmarks/.cache/profile.html``.

    .venv/bin/python benchmarks/bench_profile.py [-n 500] [--top 15] [--no-pyinstrument]
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def extractor_costs(articles, settings):  # type: ignore[no-untyped-def]
    """Return ``(parse s, {extractor: cpu s}, analyze_doc cpu s, [(cpu s, id, words)] slowest first)``."""
    import hearsay.pipeline as analysis
    from hearsay.nlp.parser import parse_texts

    start = time.process_time()
    docs = list(parse_texts([a.text for a in articles], settings))
    parse = time.process_time() - start

    costs: dict[str, float] = defaultdict(float)
    per_article: list[tuple[float, str, int]] = []
    originals = {name: fn for name, fn in vars(analysis).items() if name.startswith("find_") and callable(fn)}

    def timed(name, fn):  # type: ignore[no-untyped-def]
        @functools.wraps(fn)
        def wrapper(*a, **k):  # type: ignore[no-untyped-def]
            t = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                costs[name] += time.process_time() - t
        return wrapper

    try:
        for name, fn in originals.items():
            setattr(analysis, name, timed(name, fn))
        start = time.process_time()
        for article, doc in zip(articles, docs, strict=True):
            t = time.process_time()
            analysis.analyze_doc(article, doc, settings)
            per_article.append((time.process_time() - t, article.id, len(article.text.split())))
        total = time.process_time() - start
    finally:
        for name, fn in originals.items():
            setattr(analysis, name, fn)
    return parse, dict(costs), total, sorted(per_article, reverse=True)


def component_costs(texts, nlp):  # type: ignore[no-untyped-def]
    """Return ``{component: cpu seconds}`` for the tokenizer and each pipe over ``texts``."""
    costs = {}
    t = time.process_time()
    docs = [nlp.make_doc(x) for x in texts]
    costs["tokenizer"] = time.process_time() - t
    for name, proc in nlp.pipeline:
        t = time.process_time()
        docs = list(proc.pipe(docs, batch_size=64)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        costs[name] = time.process_time() - t
    return costs


def hot_spots(session, top: int) -> tuple[list, list]:  # type: ignore[no-untyped-def]
    """Return (top self-time functions, top total-time hearsay functions) of a pyinstrument session."""
    self_time: dict[tuple, float] = defaultdict(float)
    total_time: dict[tuple, float] = defaultdict(float)

    def walk(frame, stack):  # type: ignore[no-untyped-def]
        key = (frame.function, frame.file_path_short or "", frame.line_no or 0)
        self_time[key] += frame.time - sum(c.time for c in frame.children)
        if key not in stack:  # count recursive calls once
            total_time[key] += frame.time
        for child in frame.children:
            walk(child, stack | {key})

    root = session.root_frame()
    if root is not None:
        walk(root, frozenset())
    by_self = sorted(self_time.items(), key=lambda kv: -kv[1])[:top]
    ours = [(k, v) for k, v in total_time.items() if "hearsay" in k[1] and "benchmarks" not in k[1]]
    by_total = sorted(ours, key=lambda kv: -kv[1])[:top]
    return by_self, by_total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=500, help="articles (default 500)")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--no-pyinstrument", action="store_true")
    parser.add_argument("--exclude", action="append", default=[], metavar="ID",
                        help="leave out a source article by id (repeatable; see docs/PERFORMANCE.md)")
    args = parser.parse_args()

    from corpus import CACHE, load_corpus, load_line, run_header

    from hearsay.pipeline import analyze_articles
    from hearsay.config import load_settings
    from hearsay.nlp.parser import load_pipeline

    print(run_header("python benchmarks/bench_profile.py " + " ".join(sys.argv[1:])))
    articles, info = load_corpus(args.n, tuple(args.exclude))
    print("corpus  :", info.describe())
    settings = load_settings({"store": False})
    load_pipeline(settings.model, settings.model_version)
    list(analyze_articles(articles[:5], settings))  # warm caches (gazetteers, regexes)

    comp = component_costs([a.text for a in articles], load_pipeline(settings.model, settings.model_version))
    spacy_total = sum(comp.values())
    print(f"\nspaCy components, CPU per article ({spacy_total / len(articles) * 1000:.1f} ms in all):")
    print("  " + ", ".join(f"{k} {v / len(articles) * 1000:.1f} ms ({v / spacy_total:.0%})" for k, v in comp.items()))

    parse, costs, total, slowest = extractor_costs(articles, settings)
    whole = parse + total
    print(f"\nper-article CPU cost over {len(articles)} articles (parse once, then each extractor):")
    print(f"  {'spaCy parse (nlp.pipe)':<28} {parse / len(articles) * 1000:8.1f} ms  {parse / whole:6.1%}")
    for name, sec in sorted(costs.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<28} {sec / len(articles) * 1000:8.1f} ms  {sec / whole:6.1%}")
    rest = total - sum(costs.values())
    print(f"  {'record assembly':<28} {rest / len(articles) * 1000:8.1f} ms  {rest / whole:6.1%}")
    print(f"  hearsay's own work is {total / parse:.1%} of the parse time "
          f"(=> at most {parse / whole:.1%} of bare-spaCy throughput)")

    print("  slowest articles (hearsay's own CPU, excluding the parse): " + ", ".join(
        f"{aid} {sec:.2f}s/{words} words" for sec, aid, words in slowest[:5]))

    if args.no_pyinstrument:
        print(load_line())
        return
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.001)
    profiler.start()
    for _ in analyze_articles(articles, settings):
        pass
    profiler.stop()
    session = profiler.last_session
    CACHE.mkdir(exist_ok=True)
    (CACHE / "profile.html").write_text(profiler.output_html(), encoding="utf-8")
    by_self, by_total = hot_spots(session, args.top)
    dur = session.duration
    print(f"\npyinstrument, full analyze_articles run ({dur:.1f}s wall); top {args.top} by self time:")
    for (fn, path, line), sec in by_self:
        print(f"  {sec:7.2f}s {sec / dur:6.1%}  {fn}  {path}:{line}")
    print(f"\nhearsay functions by total time (including callees):")
    for (fn, path, line), sec in by_total:
        print(f"  {sec:7.2f}s {sec / dur:6.1%}  {fn}  {path}:{line}")
    print(f"\nHTML profile: {CACHE / 'profile.html'}")
    print(load_line())


if __name__ == "__main__":
    main()
