"""Select the statements-rich18 articles by a rule fixed before any article was read (issue 14, round 34).

Usage (from the project root): python3 benchmarks/data/statements-rich18/select.py [--write]

Source: the same file as statements-rich15 — English Wikinews articles of 2019 in the public repository
vanatteveldt/wikinews, ``data/wikinews_2019.csv`` (commit b134aa9d261fe904f5c50a82b4d3cb001f8771bf;
licence CC BY 2.5, stated in the repository's README and LICENSE) — continuing where rich17 stopped:
**data row 33 onward** (rich15 examined rows 1-15, rich16 rows 16-26, rich17 rows 27-32); rows from
LAST_ROW + 1 = 100 on are reserved for other work and are never opened. The 2020 file is not used (another
helper's). The file is read through the project's file look-up tool only, so each data row examined is
transcribed verbatim (the CSV's text field, title first) into ``source/row-NNN.txt`` (NNN = the 1-based
data row in file order), in file order from row 33, and no row is skipped unread. The rule, fixed here
before the file was opened at row 33, is rich17's (``statements-rich17/select.py``, itself rich16's and
rich15's) unchanged but for:

- **start** at data row FIRST_ROW = 33, and never past LAST_ROW = 99;
- **tests** also reject a duplicate or near-duplicate of statements-rich17;
- **stop** at N_PICKS = 6 picks or when the next pick would pass WORD_CAP = 2,000 words in all (as rich16
  and rich17);
- **layout**: every third pick (positions 0, 3) is stored FLATTENED, as in rich15.
Rows examined and failed are listed by ``main`` with their reason.
"""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
SOURCE = HERE / "source"
FIRST_ROW = 33
LAST_ROW = 99
N_PICKS = 6
WORD_CAP = 2000

_spec = importlib.util.spec_from_file_location("rich15_select", DATA / "statements-rich15" / "select.py")
assert _spec is not None and _spec.loader is not None
_rich15 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rich15)  # rich15's rule and helpers (by path)
_rich10, _rich12 = _rich15._rich10, _rich15._rich12

STATEMENT_SETS = _rich15.STATEMENT_SETS + [DATA / "statements-rich15", DATA / "statements-rich16",
                                         DATA / "statements-rich17"]


def picks(verbose: bool = True) -> list[tuple[str, int, str]]:
    """Return the picks as (row id, words, text), examining the transcribed rows in file order."""
    others = [_rich10._squash(t) for t in _rich15._gum_news_texts() + _rich15._meantime_texts()]
    corpus_all = _rich10._statement_texts(STATEMENT_SETS) + "\n" + "\n".join(others)
    seen = [_rich10._shingles(p.read_text(encoding="utf-8", errors="replace"))
            for d in STATEMENT_SETS for p in d.glob("*.txt")]
    seen += [_rich10._shingles(t) for t in others]
    out: list[tuple[str, int, str]] = []
    total = 0
    for path in sorted(SOURCE.glob("row-*.txt")):
        if not FIRST_ROW <= int(path.stem.split("-")[1]) <= LAST_ROW:
            continue
        if len(out) >= N_PICKS:
            break
        text = _rich15.body(path.read_text(encoding="utf-8"))
        lines = text.split("\n")
        title, first = _rich10._squash(lines[0]), _rich10._squash(lines[1] if len(lines) > 1 else "")
        words = _rich15.words_of("\n".join(lines[1:]))
        own = _rich10._shingles(text)
        reason = ""
        if (len(title) > 20 and title in corpus_all) or (len(first) > 20 and first[:120] in corpus_all):
            reason = "title or first sentence in an existing set"
        elif own and max(len(own & o) for o in seen if o) >= _rich12.MAX_SHINGLE * len(own):
            reason = "near-duplicate of an existing set's text"
        elif len(_rich12.CUE_RE.findall(text)) < _rich12.MIN_CUES:
            reason = "fewer than %d attribution marks" % _rich12.MIN_CUES
        elif words < _rich15.MIN_WORDS or words > _rich15.MAX_WORDS:
            reason = f"{words} words, outside {_rich15.MIN_WORDS}..{_rich15.MAX_WORDS}"
        elif total + words > WORD_CAP:
            if verbose:
                print(f"{path.stem}: would pass the word cap; stop")
            break
        if reason:
            if verbose:
                print(f"{path.stem}: skipped ({reason})")
            continue
        total += words
        out.append((path.stem.replace("row-", "wn2019-"), words, text))
    if verbose:
        print(f"{len(out)} picks, {total} words")
    return out


def main(argv: list[str]) -> int:
    chosen = picks()
    for i, (doc, words, text) in enumerate(chosen):
        flat = _rich15.flattened(i)
        print(f"{doc}\t{words}\t{'flat' if flat else ''}")
        if "--write" in argv:
            # runs of spaces made one, as ingest normalises them (rich15's first run stopped on it)
            lines = [re.sub(r" {2,}", " ", ln).strip() for ln in text.split("\n")]
            out = " ".join(lines) if flat else "\n".join(lines)
            (HERE / f"{doc}.txt").write_text(out + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
