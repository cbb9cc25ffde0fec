"""Agreement of a second annotator who worked apart on a sample with the first annotators' gold.

Statements are matched by content overlap (at least half the shorter span), then their speakers by
name or alias (a shared or contained normalised name). Used by each set's ``agreement/agree.py``.
"""
from __future__ import annotations

import pathlib
import re
from typing import Any

from statements_gold import load_annotation as load, statements_of


def _norm(s: str | None) -> str:
    return re.sub(r"\W+", " ", (s or "").lower()).strip()


def agree(folder: pathlib.Path, first_parts: list[str], second: pathlib.Path) -> dict[str, int]:
    """Print the unmatched statements and speaker differences, then the totals; return the totals."""
    first: dict[str, Any] = {}
    for part in first_parts:
        first.update(load(folder / part))
    other = load(second)
    tot = dict(a=0, b=0, m=0, spk=0)
    for doc, ann in other.items():
        text = (folder / f"{doc}.txt").read_text(encoding="utf-8")
        gold_a, gold_b = statements_of(doc, text, first[doc]), statements_of(doc, text, ann)
        used: set[int] = set()
        for s in gold_a:
            best = next((j for j, t in enumerate(gold_b) if j not in used
                         and (ov := min(s["end"], t["end"]) - max(s["start"], t["start"])) > 0
                         and ov >= 0.5 * min(s["end"] - s["start"], t["end"] - t["start"])), None)
            if best is None:
                print(f"  {doc} only first : {s['speaker']} | {s['cue']} | {s['content'][:90]}")
                continue
            used.add(best)
            tot["m"] += 1
            t = gold_b[best]
            na = {_norm(x) for x in [s["speaker"], *first[doc]["entities"][s["speaker"]][1]]}
            nb = {_norm(x) for x in [t["speaker"], *ann["entities"][t["speaker"]][1]]}
            ok = bool(na & nb) or any(x in y or y in x for x in na for y in nb if x and y)
            tot["spk"] += ok
            if not ok:
                print(f"  {doc} speaker: {s['speaker']} vs {t['speaker']}")
        for j, t in enumerate(gold_b):
            if j not in used:
                print(f"  {doc} only second: {t['speaker']} | {t['cue']} | {t['content'][:90]}")
        tot["a"] += len(gold_a)
        tot["b"] += len(gold_b)
    print(tot, "matched/first %.3f matched/second %.3f" % (tot["m"] / tot["a"], tot["m"] / tot["b"]))
    return tot
