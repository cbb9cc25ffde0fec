"""Select the statements-rich11 articles by a rule fixed before any article was read (issue 14, round 21).

Usage (from the project root): python3 benchmarks/data/statements-rich11/select.py [--write]

Round 21 changes to round 19's rule (rich10's select.py), fixed here before any text was read:
- **dev topics only**: ECB+ topics divisible by 5 are issue 12's check split and are never taken;
- rich10 joins the sets whose articles are not taken again;
- at least 15 articles are wanted, so each article holds MIN_WORDS..MAX_WORDS words (100..260) and
  the running total stays <= WORD_CAP (3,300) and the picks stop at N_PICKS (16);
- the order key is ``"rich11:" + doc id``.

Pool: the ECB+ development articles as converted under
``/work/shared/datasets/ecbplus-entities/dev.jsonl.gz`` (CC BY 3.0; news from many outlets, not
Wikinews). Every ECB+ development topic is now taken by some statements set, so this round takes
*articles* no statements set takes. Rule, written and committed before any of these texts was read
for statements:
- not already in a statements set: no article of wikinews-statements, statements-extra, -extra2,
  -ecb, -rich .. -rich9 has its doc id ``<topic>_<n>ecb[plus]`` (file name or articles.tsv row),
  and no statements-set text holds its first sentence (the check prints only whether it matched);
- not Wikinews: an article whose text names "wikinews" is skipped (the held-out sets are other
  outlets);
- at most one article per topic, so the set spreads over stories;
- order: ascending SHA-256 of ``"rich10:" + doc id`` (a fixed pseudo-random order nobody chose);
- articles under MIN_WORDS words are skipped (a headline stub measures nothing);
- taken in that order while the running total of words (tokens with a letter or digit) stays
  <= WORD_CAP; an article that would pass the cap is skipped and the next tried.
Text form (``--write``): the converted text exactly as it is (one sentence a line, the corpus
tokenisation's spacing) plus a final newline, with one change made after the first attempt to score
(round 19): whitespace at the end of a line is removed, as hearsay's ingest removes it (20_2ecbplus's
date line ended in two tabs, and the scorer needs the stored text to be the text hearsay keeps). ECB+ keeps no paragraph breaks, so paragraphs are
*not* present; they are kept that way.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
SHARED = HERE.parents[3] / "shared" / "datasets"
WORD_CAP = 3300
MIN_WORDS = 100
MAX_WORDS = 260
N_PICKS = 16
STATEMENT_SETS = [SHARED / "wikinews-statements"] + [DATA / f"statements-{s}" for s in
                  ("extra", "extra2", "ecb", "rich", "rich2", "rich3", "rich4", "rich5", "rich6", "rich7", "rich8", "rich9", "rich10")]


_spec = importlib.util.spec_from_file_location("rich10_select", DATA / "statements-rich10" / "select.py")
assert _spec is not None and _spec.loader is not None
_rich10 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rich10)  # round 19's rule (by path: "select" is also a standard module)


def picks() -> list[tuple[str, int, str]]:
    """Return the picks as (doc id, words, text)."""
    return _rich10.picks("rich11", STATEMENT_SETS, WORD_CAP, MIN_WORDS, MAX_WORDS, N_PICKS, dev_topics_only=True)


def main(argv: list[str]) -> int:
    return int(_rich10.main(argv, picks(), HERE))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
