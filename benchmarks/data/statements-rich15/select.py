"""Select the statements-rich15 articles by a rule fixed before any article was read (issue 14, round 30).

Usage (from the project root): python3 benchmarks/data/statements-rich15/select.py [--write]

Source: English Wikinews articles of 2019 as held in the public repository vanatteveldt/wikinews,
``data/wikinews_2019.csv`` (commit b134aa9d261fe904f5c50a82b4d3cb001f8771bf; licence CC BY 2.5, stated in
the repository's README and LICENSE). The repository is read through the project's file look-up tool
only, so each data row examined is transcribed verbatim (the CSV's text field, title first) into
``source/row-NNN.txt`` (NNN = the 1-based data row in file order), in file order from row 1, and no
row is skipped unread. The rule, fixed here before the file was opened:

- **order**: file order (the scraper's order, not chosen by content); rows are examined one by one;
- **tests** (each row, mechanically): not a title, first sentence or near-duplicate (>= 30 % of 8-word
  shingles) of any text in the statements sets (wikinews-statements = MEANTIME, extra, extra2, ecb,
  rich..rich14), MEANTIME's Wikinews or GUM's news documents (``benchmarks/data/gum-entities``);
  at least MIN_CUES attribution marks (rich12's pattern); MIN_WORDS..MAX_WORDS words of body;
- **stop** at N_PICKS picks or when the next pick would pass WORD_CAP words in all;
- **layout**: every third pick (positions 0, 3, 6) is stored FLATTENED (line breaks made single
  spaces); the others keep one paragraph a line. Boilerplate after the body (a line that is exactly
  one of CUT_LINES, and everything after it) is cut before counting.
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
SHARED = HERE.parents[3] / "shared" / "datasets"
N_PICKS = 8
MIN_WORDS = 120
MAX_WORDS = 450
WORD_CAP = 2600
FLAT_EVERY = 3
CUT_LINES = ("Sources", "Related news", "Related articles", "External links", "See also", "Share this:",
             "Have an opinion on this story?", "Interviews", "References")

_spec = importlib.util.spec_from_file_location("rich14_select", DATA / "statements-rich14" / "select.py")
assert _spec is not None and _spec.loader is not None
_rich14 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rich14)  # the earlier rounds' helpers and constants (by path)
_rich10, _rich12 = _rich14._rich12._rich10, _rich14._rich12

STATEMENT_SETS = _rich14.STATEMENT_SETS + [DATA / "statements-rich14"]


def _gum_news_texts() -> list[str]:
    out = []
    for path in sorted((DATA / "gum-entities").glob("GUM_news_*.conll")):
        words = [ln.split("\t")[1] for ln in path.read_text(encoding="utf-8").splitlines()
                 if ln and not ln.startswith("#") and "\t" in ln]
        out.append(" ".join(words))
    return out


def _meantime_texts() -> list[str]:
    out = []
    for path in (SHARED / "meantime-en").rglob("*.xml"):
        raw = path.read_text(encoding="utf-8", errors="replace")
        out.append(" ".join(re.findall(r"<token[^>]*>([^<]*)</token>", raw)))
    return out


def body(raw: str) -> str:
    """Return a row's text with trailing boilerplate cut and lines stripped (title kept as the first line)."""
    lines = [ln.rstrip() for ln in raw.replace("\r\n", "\n").split("\n")]
    for i, ln in enumerate(lines):
        if ln.strip() in CUT_LINES:
            lines = lines[:i]
            break
    return "\n".join(ln for ln in lines if ln.strip())


def words_of(text: str) -> int:
    return sum(1 for w in re.findall(r"\S+", text) if re.search(r"\w", w))


def picks(verbose: bool = True) -> list[tuple[str, int, str]]:
    """Return the picks as (row id, words, text), examining the transcribed rows in file order."""
    corpus = _rich10._statement_texts(STATEMENT_SETS)
    others = [_rich10._squash(t) for t in _gum_news_texts() + _meantime_texts()]
    corpus_all = corpus + "\n" + "\n".join(others)
    seen = [_rich10._shingles(p.read_text(encoding="utf-8", errors="replace"))
            for d in STATEMENT_SETS for p in d.rglob("*.txt")]
    seen += [_rich10._shingles(t) for t in others]
    out: list[tuple[str, int, str]] = []
    total = 0
    for path in sorted(SOURCE.glob("row-*.txt")):
        if len(out) >= N_PICKS:
            break
        text = body(path.read_text(encoding="utf-8"))
        lines = text.split("\n")
        title, first = _rich10._squash(lines[0]), _rich10._squash(lines[1] if len(lines) > 1 else "")
        words = words_of("\n".join(lines[1:]))
        own = _rich10._shingles(text)
        reason = ""
        if (len(title) > 20 and title in corpus_all) or (len(first) > 20 and first[:120] in corpus_all):
            reason = "title or first sentence in an existing set"
        elif own and max(len(own & o) for o in seen if o) >= _rich12.MAX_SHINGLE * len(own):
            reason = "near-duplicate of an existing set's text"
        elif len(_rich12.CUE_RE.findall(text)) < _rich12.MIN_CUES:
            reason = "fewer than %d attribution marks" % _rich12.MIN_CUES
        elif words < MIN_WORDS or words > MAX_WORDS:
            reason = f"{words} words, outside {MIN_WORDS}..{MAX_WORDS}"
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


def flattened(position: int) -> bool:
    """Return whether the pick at ``position`` (0-based, in the rule's order) is stored flattened."""
    return position % FLAT_EVERY == 0


def main(argv: list[str]) -> int:
    chosen = picks()
    for i, (doc, words, text) in enumerate(chosen):
        print(f"{doc}\t{words}\t{'flat' if flattened(i) else ''}")
        if "--write" in argv:
            # runs of spaces (Wikinews' double space after a full stop) made one, as ingest normalises
            # them: the stored text must be the normalised text the gold offsets point into
            lines = [re.sub(r" {2,}", " ", ln).strip() for ln in text.split("\n")]
            out = " ".join(lines) if flattened(i) else "\n".join(lines)
            (HERE / f"{doc}.txt").write_text(out + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
