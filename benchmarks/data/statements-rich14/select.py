"""Select the statements-rich14 articles by a rule fixed before any article was read (issue 14, round 28).

Usage (from the project root): python3 benchmarks/data/statements-rich14/select.py [--write]

Round 28 changes to round 26's rule (statements-rich13/select.py), fixed here before any text was read:
- rich13 joins the sets whose articles are not taken again (doc id, first sentence, 8-word shingles);
- the order key is ``"rich14:" + doc id``.
Everything else is rich13's rule: ECB+ development articles
(``/work/shared/datasets/ecbplus-entities/dev.jsonl.gz``, CC BY 3.0), dev topics only (topics
divisible by 5 are issue 12's check split), no doc id and no first sentence any statements set holds,
not naming Wikinews, one per topic, at least MIN_CUES attribution marks, no article sharing 30 % or
more of its 8-word shingles with a statements text, 100..260 words, running total <= 3,300 words, at
most 15 picks; every third pick in the order (positions 0, 3, 6, 9, 12) is stored FLATTENED (line
breaks made single spaces), the others keep the conversion's one sentence a line.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent

_spec = importlib.util.spec_from_file_location("rich13_select", DATA / "statements-rich13" / "select.py")
assert _spec is not None and _spec.loader is not None
_rich13 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rich13)  # round 26's rule and helpers (by path)
_rich12 = _rich13._rich12

STATEMENT_SETS = _rich13.STATEMENT_SETS + [DATA / "statements-rich13"]


def picks() -> list[tuple[str, int, str]]:
    """Return the picks as (doc id, words, text): rich13's rule with this round's order key and sets."""
    return _rich12._rich10.picks("rich14", STATEMENT_SETS, _rich12.WORD_CAP, _rich12.MIN_WORDS, _rich12.MAX_WORDS,
                                 _rich12.N_PICKS, dev_topics_only=True, cues=_rich12.CUE_RE,
                                 min_cues=_rich12.MIN_CUES, max_shingle=_rich12.MAX_SHINGLE)


def main(argv: list[str]) -> int:
    chosen = picks()
    for i, (doc, words, text) in enumerate(chosen):
        print(f"{doc}\t{words}\t{'flat' if _rich13.flattened(i) else ''}")
        if "--write" in argv:
            lines = [ln.rstrip() for ln in text.rstrip("\n").split("\n")]
            body = " ".join(ln for ln in lines if ln) if _rich13.flattened(i) else "\n".join(lines)
            (HERE / f"{doc}.txt").write_text(body + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
