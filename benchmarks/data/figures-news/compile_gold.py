"""Compile the hand-written figure annotations (<doc_id>.figs) into <doc_id>.gold.json.

Usage (from the project root):
    python3 benchmarks/data/figures-news/compile_gold.py [--check]

The ``.figs`` files are the annotation as written by the annotator (README.md, "Annotation");
this script only locates each span in the text, in order, and writes the offsets.
``--check`` compares the gold files with a fresh compile instead of writing them.

Line format (fields separated by `` | ``, ``-`` for null, ``#`` starts a comment line)::

    text | value | low | high | unit | hedge | quantity | accept
    N text | why it is neutral

``text`` is searched from the start of the previous line's span onwards (so repeated strings are
annotated in text order). ``hedge`` is the hedge as written ("more than"), ``~`` before it marks an
approximate figure ("~about"); ``accept`` lists the label alternatives that count as right,
separated by ``;``, each a space-separated list of words that must all occur in the label.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _num(field: str) -> float | int | None:
    field = field.strip()
    if field == "-":
        return None
    value = float(field)
    return int(value) if value.is_integer() and abs(value) < 1e15 else value


def compile_one(text: str, spec: str, name: str) -> dict[str, object]:
    figures: list[dict[str, object]] = []
    neutral: list[dict[str, object]] = []
    cursor = 0
    for n, line in enumerate(spec.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split(" | ")]
        is_neutral = fields[0].startswith("N ")
        span = fields[0][2:] if is_neutral else fields[0]
        start = text.find(span, cursor)
        if start < 0:
            raise SystemExit(f"{name}:{n}: {span!r} not found after offset {cursor}")
        cursor = start + 1
        end = start + len(span)
        if is_neutral:
            if len(fields) != 2:
                raise SystemExit(f"{name}:{n}: a neutral line is 'N text | why'")
            neutral.append({"text": span, "start": start, "end": end, "layer": "figure", "why": fields[1]})
            continue
        if len(fields) != 8:
            raise SystemExit(f"{name}:{n}: expected 8 fields, got {len(fields)}")
        _, value, low, high, unit, hedge, quantity, accept = fields
        approx = hedge.startswith("~")
        hedge = hedge.lstrip("~")
        fig: dict[str, object] = {
            "text": span, "start": start, "end": end, "value": _num(value), "low": _num(low), "high": _num(high),
            "unit": None if unit == "-" else unit, "hedge": None if hedge in ("-", "") else hedge, "approx": approx,
            "quantity": quantity, "accept": [alt.split() for alt in accept.split(";") if alt.strip()],
        }
        figures.append(fig)
    return {"figures": figures, "neutral": neutral}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    rows = [ln.split("\t") for ln in (HERE / "articles.tsv").read_text(encoding="utf-8").splitlines()[1:] if ln.strip()]
    bad = 0
    for row in rows:
        doc_id = row[0]
        text = (HERE / f"{doc_id}.txt").read_text(encoding="utf-8")
        spec_path = HERE / f"{doc_id}.figs"
        gold = {"doc_id": doc_id, "split": row[1], "corpus": row[2], "source": row[4],
                **compile_one(text, spec_path.read_text(encoding="utf-8"), spec_path.name)}
        out = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
        path = HERE / f"{doc_id}.gold.json"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != out:
                print(f"differs: {path.name}", file=sys.stderr)
                bad += 1
        else:
            path.write_text(out, encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
