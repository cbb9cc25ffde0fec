"""Select the statements-rich12 articles by a rule fixed before any article was read (issue 14, round 25).

Usage (from the project root): python3 benchmarks/data/statements-rich12/select.py [--write]

Round 25 changes to round 21's rule (statements-rich11/select.py), fixed here before any text was read:
- rich11 joins the sets whose articles are not taken again;
- **rich in attribution**: an article is taken only when its text holds at least MIN_CUES
  attribution marks, counted mechanically (the words said / says / told / according, and opening
  quotation marks ``, “ or a straight " ), since the round measures speakers and rich11's rule left
  five of sixteen articles with no statement; the test runs before the one-per-topic rule, so an
  article that fails it does not use up its topic;
- at most N_PICKS (15) articles of MIN_WORDS..MAX_WORDS words (100..260), running total <= WORD_CAP;
- the order key is ``"rich12:" + doc id``;
- **added after the first selection was read** (round 25; stated in the README): an article sharing
  MAX_SHINGLE (30 %) or more of its 8-word shingles with any statements text is a near-duplicate of
  text hearsay was tuned on and is skipped (24_7ecbplus 62 % with rich10's 24_10ecbplus, 28_8ecbplus
  68 % with rich10's 28_9ecbplus: the same wire story); the next article in the order is taken.
Everything else is rich10's rule as rich11 ran it: ECB+ development articles
(``/work/shared/datasets/ecbplus-entities/dev.jsonl.gz``, CC BY 3.0), dev topics only (topics
divisible by 5 are issue 12's check split), no doc id and no first sentence any statements set holds,
not naming Wikinews, one per topic. Text form (``--write``): the converted text, one sentence a
line, line-final whitespace removed, plus a final newline.
"""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
SHARED = HERE.parents[3] / "shared" / "datasets"
WORD_CAP = 3300
MIN_WORDS = 100
MAX_WORDS = 260
N_PICKS = 15
MIN_CUES = 3
MAX_SHINGLE = 0.30
CUE_RE = re.compile(r"\b(?:said|says|told|according)\b|``|“|(?:^|\s)\"(?=\w)", re.IGNORECASE)
STATEMENT_SETS = [SHARED / "wikinews-statements"] + [DATA / f"statements-{s}" for s in
                  ("extra", "extra2", "ecb", "rich", "rich2", "rich3", "rich4", "rich5", "rich6", "rich7", "rich8",
                   "rich9", "rich10", "rich11")]

_spec = importlib.util.spec_from_file_location("rich10_select", DATA / "statements-rich10" / "select.py")
assert _spec is not None and _spec.loader is not None
_rich10 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rich10)  # round 19's helpers (by path: "select" is also a standard module)


def picks() -> list[tuple[str, int, str]]:
    """Return the picks as (doc id, words, text): rich10's rule with this round's settings."""
    return _rich10.picks("rich12", STATEMENT_SETS, WORD_CAP, MIN_WORDS, MAX_WORDS, N_PICKS, dev_topics_only=True,
                         cues=CUE_RE, min_cues=MIN_CUES, max_shingle=MAX_SHINGLE)


def main(argv: list[str]) -> int:
    return int(_rich10.main(argv, picks(), HERE))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
