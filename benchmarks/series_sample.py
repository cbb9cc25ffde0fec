"""Issue 13, round 7: a seeded random sample of series points to label by hand, and its score.

The ten largest series of the corpus hold about 20 points (round 6: 21), too few to tell one
rule's effect from noise. This script samples points from every series with a subject and at
least two points (dated or not: one point is no timeline) of a store built by
``eval_contradictions.py link``, and writes them to a labels file *without* saying what any later
rule does to them, so each sentence is labelled before anyone sees whether a rule kept it:

    python benchmarks/series_sample.py sample --cache /work/cache/claims9 --out labels/series-points-r7.jsonl
    (label each row by hand: "measures": true | false, and a "note")
    python benchmarks/series_sample.py score --cache /work/cache/claims9 --out labels/series-points-r7.jsonl

A second, fresh sample leaves out the points of the first (``--seed 8 --exclude labels/series-points-r7.jsonl``):
round 7 wrote its rules from the first sample's false points, so only a sample drawn apart measures them.

``score`` reads the store as it is now (rebuild it after a rule change with ``eval_contradictions.py
link``) and splits the labelled points into those still in the same series, those moved to another
series (their label was given for the old name, so they are listed, not counted) and those dropped
(no longer in a series of two or more points). Coherence is the share of kept points labelled true,
dev and held-out apart (held-out as ``eval_contradictions.py`` defines it).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
SEED = 7


def points(cache: Path) -> dict[tuple[str, int, int], dict]:
    """Every point of a series with a subject and >= 2 points, keyed by (article id, start, end) of its figure."""
    from sqlalchemy import func, select

    from eval_contradictions import _doc_ids, _sentence, _store  # type: ignore[attr-defined]
    from hearsay.store import schema

    store = _store(cache)
    ids = _doc_ids(store)
    p, f, ce = schema.series_points, schema.figures, schema.canonical_entities
    out = {}
    with store.engine.connect() as conn:
        sizes = {(r.subject_id, r.variable): r.n for r in conn.execute(
            select(p.c.subject_id, p.c.variable, func.count().label("n"))
            .where(p.c.subject_id.is_not(None), p.c.variable.is_not(None)).group_by(p.c.subject_id, p.c.variable))}
        names = {r.id: r.name for r in conn.execute(select(ce.c.id, ce.c.name))}
        rows = conn.execute(select(p.c.subject_id, p.c.variable, p.c.document_id, p.c.as_of, f.c.text, f.c.char_start,
                                   f.c.char_end).join(f, f.c.id == p.c.figure_id)
                            .where(p.c.subject_id.is_not(None), p.c.variable.is_not(None))).all()
    for r in rows:
        if sizes[(r.subject_id, r.variable)] < 2:
            continue
        row = {"series": f"{names[r.subject_id]} / {r.variable}", "doc": ids[r.document_id], "text": r.text,
               "start": r.char_start, "end": r.char_end, "as_of": r.as_of}
        row["sentence"] = _sentence(store, {"document_id": r.document_id, "char_start": r.char_start, "char_end": r.char_end})
        out[(row["doc"], r.char_start, r.char_end)] = row
    store.close()
    return out


def sample(cache: Path, out: Path, n: int, seed: int = SEED, exclude: tuple[Path, ...] = ()) -> None:
    pts = points(cache)
    seen = {(r["doc"], r["start"], r["end"]) for f in exclude for r in map(json.loads, f.read_text(encoding="utf-8").splitlines())}
    keys = sorted(k for k in pts if k not in seen)
    picked = random.Random(seed).sample(keys, min(n, len(keys)))
    with out.open("w", encoding="utf-8") as fh:
        for k in picked:
            fh.write(json.dumps({**pts[k], "measures": "", "note": ""}, ensure_ascii=False) + "\n")
    print(f"{len(keys)} points in {len({p['series'] for p in pts.values()})} series of >= 2 points; {len(picked)} sampled into {out}")


def score(cache: Path, out: Path) -> None:
    from eval_contradictions import _split_ids  # type: ignore[attr-defined]

    test = _split_ids()
    pts = points(cache)
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x.strip()]
    lab = [r for r in rows if r["measures"] in (True, False)]
    kept = [r for r in lab if (now := pts.get((r["doc"], r["start"], r["end"]))) and now["series"] == r["series"]]
    moved = [r for r in lab if (now := pts.get((r["doc"], r["start"], r["end"]))) and now["series"] != r["series"]]
    dropped = [r for r in lab if (r["doc"], r["start"], r["end"]) not in pts]
    print(f"{len(lab)}/{len(rows)} labelled; as labelled: {sum(r['measures'] is True for r in lab)}/{len(lab)} measure their series")
    print(f"now: {len(kept)} kept, {len(moved)} moved to another series, {len(dropped)} dropped "
          f"(dropped: {sum(r['measures'] is True for r in dropped)} true, {sum(r['measures'] is False for r in dropped)} false)")
    for part, keep in (("all", lambda r: True), ("dev", lambda r: r["doc"] not in test), ("test", lambda r: r["doc"] in test)):
        before = [r for r in lab if keep(r)]
        after = [r for r in kept if keep(r)]
        b, a = sum(r["measures"] is True for r in before), sum(r["measures"] is True for r in after)
        print(f"  coherence ({part}): before {b}/{len(before)}" + (f" = {b / len(before):.2f}" if before else "")
              + f"; after {a}/{len(after)}" + (f" = {a / len(after):.2f}" if after else ""))
    for r in moved:
        print(f"  moved: {r['doc']} {r['text']!r}: {r['series']} -> {pts[(r['doc'], r['start'], r['end'])]['series']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", choices=["sample", "score"])
    ap.add_argument("--cache", type=Path, default=Path("/work/cache/claims"))
    ap.add_argument("--out", type=Path, required=True, help="the labels file (relative paths are under benchmarks/)")
    ap.add_argument("-n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[],
                    help="labels files whose points are left out (a fresh sample; relative paths are under benchmarks/)")
    args = ap.parse_args()
    out = args.out if args.out.is_absolute() else HERE / args.out
    if not (args.cache / "eval.db").exists():
        sys.exit(f"error: no store at {args.cache / 'eval.db'} (run eval_contradictions.py link first)")
    if args.step == "sample":
        if out.exists():
            sys.exit(f"error: {out} exists; a fresh sample goes to a new file")
        sample(args.cache, out, args.n, args.seed, tuple(e if e.is_absolute() else HERE / e for e in args.exclude))
    else:
        if not out.exists():
            sys.exit(f"error: no labels file {out}")
        score(args.cache, out)


if __name__ == "__main__":
    main()
