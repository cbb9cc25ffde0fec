"""Select the statements-rich19 articles by a rule fixed before any article was read (issue 14, round 35).

Usage (from the project root): python3 benchmarks/data/statements-rich19/select.py [--write]

Source: the same file as statements-rich15 — English Wikinews articles of 2019 in the public repository
vanatteveldt/wikinews, ``data/wikinews_2019.csv`` (commit b134aa9d261fe904f5c50a82b4d3cb001f8771bf;
licence CC BY 2.5, stated in the repository's README and LICENSE) — continuing where rich18 stopped:
**data row 43 onward** (rich15 examined rows 1-15, rich16 rows 16-26, rich17 rows 27-32, rich18 rows
33-42); rows from LAST_ROW + 1 = 60 on are reserved for another corpus this session and are never opened.
The 2020 file is not used (another helper's). The file is read through the project's file look-up tool
only, so each data row examined is transcribed verbatim (the CSV's text field, title first) into
``source/row-NNN.txt`` (NNN = the 1-based data row in file order), in file order from row 43, and no row
is skipped unread. The rule, fixed here before the file was opened at row 43, is rich18's (that is
rich16's, run by ``statements-rich16/select.py``) unchanged but for:

- **start** at data row FIRST_ROW = 43, and never past LAST_ROW = 59;
- **tests** also reject a duplicate or near-duplicate of statements-rich18;
- **stop** at N_PICKS = 6 picks or when the next pick would pass WORD_CAP = 2,000 words in all (as rich16
  to rich18), or at row 59, whichever comes first (fewer picks if the rows run out);
- **layout**: every third pick (positions 0, 3) is stored FLATTENED, as in rich15.
Rows examined and failed are listed by ``main`` with their reason.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
SOURCE = HERE / "source"
FIRST_ROW = 43
LAST_ROW = 59
N_PICKS = 6
WORD_CAP = 2000

_spec = importlib.util.spec_from_file_location("rich16_select", DATA / "statements-rich16" / "select.py")
assert _spec is not None and _spec.loader is not None
_rich16 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rich16)  # rich16's rule (itself rich15's), run below with this round's start and sets

STATEMENT_SETS = _rich16._rich15.STATEMENT_SETS + [DATA / "statements-rich15", DATA / "statements-rich16",
                                                 DATA / "statements-rich17", DATA / "statements-rich18"]


def picks(verbose: bool = True) -> list[tuple[str, int, str]]:
    """Return the picks as (row id, words, text): rich16's rule from FIRST_ROW to LAST_ROW, against STATEMENT_SETS."""
    return _rich16.picks(verbose, source=SOURCE, first_row=FIRST_ROW, last_row=LAST_ROW, sets=STATEMENT_SETS,
                         n_picks=N_PICKS, word_cap=WORD_CAP)


def main(argv: list[str]) -> int:
    return int(_rich16.main(argv, chosen=picks(), here=HERE))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
