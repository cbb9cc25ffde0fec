"""Select the statements-rich8 articles by a rule fixed before any article was read (issue 14, round 17).

Usage (from the project root): python3 benchmarks/data/statements-rich8/select.py [--write]

Pool: GUM's Wikinews news documents copied under ``benchmarks/data/gum-entities/`` (text CC BY 2.5).
Rule, written and committed before any of these texts was read for statements:
- genre ``news`` (Wikinews articles; the interviews are question/answer turns, not reported speech,
  so they are left out);
- not one of GUM's own held-out documents (``gum_entities.GUM_HELD_OUT``: issue 12's check split);
- not already in a statements set: no statements-set text (wikinews-statements, statements-extra,
  -extra2, -ecb, -rich .. -rich7) holds the document's headline or its first body sentence
  (the check prints only whether a match was found);
- in file-name order from ``GUM_news_korea`` on (the half of the news documents gum-b copied),
  taken while the running total of words (tokens with a letter or digit) stays <= WORD_CAP;
  a document that would pass the cap is skipped and the next one tried.
Text form (``--write``): the text gum_entities.py rebuilds, with the headline and the Wikinews
dateline each on a line, and the body's line breaks made spaces: GUM gives no paragraph breaks, so
the body arrives as one run of text, like a scraped corpus; it is kept that way (no feed variant).
"""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
SHARED = HERE.parents[3] / "shared" / "datasets"
FIRST = "GUM_news_korea"
WORD_CAP = 3600
STATEMENT_SETS = [SHARED / "wikinews-statements"] + [DATA / f"statements-{s}" for s in
                  ("extra", "extra2", "ecb", "rich", "rich2", "rich3", "rich4", "rich5", "rich6", "rich7")]

_SPEC = importlib.util.spec_from_file_location("gum_entities", DATA.parent / "gum_entities.py")
assert _SPEC and _SPEC.loader
GUM = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(GUM)


def unparagraphed(text: str) -> str:
    """Return headline line, dateline line, then the body with its line breaks made spaces."""
    lines = text.rstrip("\n").split("\n")
    return "\n".join(lines[:2]) + "\n" + " ".join(lines[2:]) + "\n"


def _squash(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def _in_statement_sets(probes: list[str]) -> bool:
    probes = [_squash(p) for p in probes if len(_squash(p)) > 20]
    for folder in STATEMENT_SETS:
        for path in folder.glob("*.txt"):
            body = _squash(path.read_text(encoding="utf-8"))
            if any(p in body for p in probes):
                return True
    return False


def picks() -> list[tuple[str, int, dict]]:
    out, total = [], 0
    for path in sorted(GUM.ROOT.glob("GUM_news_*.conll")):
        name = path.stem
        if name < FIRST or name in GUM.GUM_HELD_OUT:
            continue
        row = GUM.gum_row(path)
        lines = row["text"].split("\n")
        words = sum(1 for w in re.findall(r"\S+", row["text"]) if re.search(r"\w", w))
        if _in_statement_sets([lines[0], lines[2] if len(lines) > 2 else ""]):
            print(f"{name}: already in a statements set, skipped")
            continue
        if total + words > WORD_CAP:
            print(f"{name}: {words} words would pass the cap, skipped")
            continue
        total += words
        out.append((name, words, row))
    print(f"{len(out)} picks, {total} words")
    return out


if __name__ == "__main__":
    chosen = picks()
    for name, words, row in chosen:
        print(f"{name}\t{words}\t{row['published']}")
        if "--write" in sys.argv:
            (HERE / f"gum_{row['id']}.txt").write_text(unparagraphed(row["text"]), encoding="utf-8")
