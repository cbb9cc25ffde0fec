"""Select the statements-rich16 articles by a rule fixed before any article was read (issue 14, round 31).

Usage (from the project root): python3 benchmarks/data/statements-rich16/select.py [--write]

Source: the same file as statements-rich15 — English Wikinews articles of 2019 in the public repository
vanatteveldt/wikinews, ``data/wikinews_2019.csv`` (commit b134aa9d261fe904f5c50a82b4d3cb001f8771bf;
licence CC BY 2.5, stated in the repository's README and LICENSE) — continuing where rich15 stopped:
**data row 16 onward** (rich15 examined rows 1-15). The 2020 file is not used (another helper's). The
file is read through the project's file look-up tool only, so each data row examined is transcribed
verbatim (the CSV's text field, title first) into ``source/row-NNN.txt`` (NNN = the 1-based data row in
file order), in file order from row 16, and no row is skipped unread. The rule, fixed here before the
file was opened at row 16, is rich15's (``statements-rich15/select.py``) with these changes only:

- **start** at data row FIRST_ROW = 16;
- **tests** also reject a duplicate or near-duplicate of statements-rich15;
- **stop** at N_PICKS = 6 picks or when the next pick would pass WORD_CAP = 2,000 words in all (smaller
  than rich15's 8 / 2,600: this round's time box is about ninety minutes for the whole round);
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
FIRST_ROW = 16
N_PICKS = 6
WORD_CAP = 2000

_spec = importlib.util.spec_from_file_location("rich15_select", DATA / "statements-rich15" / "select.py")
assert _spec is not None and _spec.loader is not None
_rich15 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rich15)  # rich15's rule and helpers (by path)
_rich10, _rich12 = _rich15._rich10, _rich15._rich12

STATEMENT_SETS = _rich15.STATEMENT_SETS + [DATA / "statements-rich15"]


def picks(verbose: bool = True, *, source: Path = SOURCE, first_row: int = FIRST_ROW, last_row: int | None = None,
          sets: list[Path] = STATEMENT_SETS, n_picks: int = N_PICKS, word_cap: int = WORD_CAP) -> list[tuple[str, int, str]]:
    """Return the picks as (row id, words, text), examining the transcribed rows of ``source`` in file
    order from ``first_row`` (to ``last_row``), against the statement ``sets`` already made. The
    later rounds (rich17, rich18) run this rule with their own start, sets and source."""
    others = [_rich10._squash(t) for t in _rich15._gum_news_texts() + _rich15._meantime_texts()]
    corpus_all = _rich10._statement_texts(sets) + "\n" + "\n".join(others)
    seen = [_rich10._shingles(p.read_text(encoding="utf-8", errors="replace"))
            for d in sets for p in d.glob("*.txt")]
    seen += [_rich10._shingles(t) for t in others]
    out: list[tuple[str, int, str]] = []
    total = 0
    for path in sorted(source.glob("row-*.txt")):
        row = int(path.stem.split("-")[1])
        if row < first_row or last_row is not None and row > last_row:
            continue
        if len(out) >= n_picks:
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
        elif total + words > word_cap:
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


def main(argv: list[str], *, chosen: list[tuple[str, int, str]] | None = None, here: Path = HERE) -> int:
    """Print the picks (``chosen``, else this round's) and with ``--write`` write them into ``here``."""
    chosen = picks() if chosen is None else chosen
    for i, (doc, words, text) in enumerate(chosen):
        flat = _rich15.flattened(i)
        print(f"{doc}\t{words}\t{'flat' if flat else ''}")
        if "--write" in argv:
            # runs of spaces made one, as ingest normalises them (rich15's first run stopped on it)
            lines = [re.sub(r" {2,}", " ", ln).strip() for ln in text.split("\n")]
            out = " ".join(lines) if flat else "\n".join(lines)
            (here / f"{doc}.txt").write_text(out + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
