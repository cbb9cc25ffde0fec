"""Select the statements-rich13 articles by a rule fixed before any article was read (issue 14, round 26).

Usage (from the project root): python3 benchmarks/data/statements-rich13/select.py [--write]

Round 26 changes to round 25's rule (statements-rich12/select.py), fixed here before any text was read:
- rich12 joins the sets whose articles are not taken again (doc id, first sentence, 8-word shingles);
- the order key is ``"rich13:" + doc id``;
- **text as scrapers deliver it**: every third pick in the order (positions 0, 3, 6, 9, 12: five of
  fifteen, a third) is stored FLATTENED, its line breaks made single spaces (the shape of scraped
  corpora and CSV datasets; ``eval_statements.py --flatten`` does the same to every article); the
  others keep the conversion's one sentence a line. ``articles.tsv``'s ``feed`` column says which.
Everything else is rich12's rule: ECB+ development articles
(``/work/shared/datasets/ecbplus-entities/dev.jsonl.gz``, CC BY 3.0), dev topics only (topics
divisible by 5 are issue 12's check split), no doc id and no first sentence any statements set holds,
not naming Wikinews, one per topic, at least MIN_CUES attribution marks (said / says / told /
according, opening quotation marks), no article sharing MAX_SHINGLE (30 %) or more of its 8-word
shingles with a statements text, MIN_WORDS..MAX_WORDS words (100..260), running total <= WORD_CAP,
at most N_PICKS (15). Text form (``--write``): the converted text, line-final whitespace removed,
plus a final newline.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
FLAT_EVERY = 3  # picks at positions 0, 3, 6 ... are stored flattened

_spec = importlib.util.spec_from_file_location("rich12_select", DATA / "statements-rich12" / "select.py")
assert _spec is not None and _spec.loader is not None
_rich12 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rich12)  # round 25's settings and rich10's helpers (by path)

STATEMENT_SETS = _rich12.STATEMENT_SETS + [DATA / "statements-rich12"]


def picks() -> list[tuple[str, int, str]]:
    """Return the picks as (doc id, words, text): rich12's rule with this round's order key and sets."""
    return _rich12._rich10.picks("rich13", STATEMENT_SETS, _rich12.WORD_CAP, _rich12.MIN_WORDS, _rich12.MAX_WORDS,
                                 _rich12.N_PICKS, dev_topics_only=True, cues=_rich12.CUE_RE,
                                 min_cues=_rich12.MIN_CUES, max_shingle=_rich12.MAX_SHINGLE)


def flattened(position: int) -> bool:
    """Return whether the pick at ``position`` (0-based, in the rule's order) is stored flattened."""
    return position % FLAT_EVERY == 0


def main(argv: list[str]) -> int:
    chosen = picks()
    for i, (doc, words, text) in enumerate(chosen):
        print(f"{doc}\t{words}\t{'flat' if flattened(i) else ''}")
        if "--write" in argv:
            lines = [ln.rstrip() for ln in text.rstrip("\n").split("\n")]
            body = " ".join(ln for ln in lines if ln) if flattened(i) else "\n".join(lines)
            (HERE / f"{doc}.txt").write_text(body + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
