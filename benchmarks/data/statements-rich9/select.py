"""Select the statements-rich9 articles by a rule fixed before any article was read (issue 14, round 18).

Usage (from the project root): python3 benchmarks/data/statements-rich9/select.py [--write]

Pool: the ECB+ development topics as converted under
``/work/shared/datasets/ecbplus-entities/dev.jsonl.gz`` (CC BY 3.0; news from many outlets, not
Wikinews). Rule, written and committed before any of these texts was read for statements:
- only ECB+ topics that no statements set takes: a topic is taken if any article of
  wikinews-statements, statements-extra, -extra2, -ecb, -rich .. -rich8 is an ECB+ article of it
  (its doc id ``<topic>_<n>ecb[plus]``);
- not already in a statements set: no statements-set text holds the article's first sentence
  (the check prints only whether a match was found);
- topics in ascending number; in each topic the lowest-numbered ``ecb`` article and the
  lowest-numbered ``ecbplus`` article (two seminal events per topic, so two stories);
- taken in that order while the running total of words (tokens with a letter or digit) stays
  <= WORD_CAP; an article that would pass the cap is skipped and the next tried.
Text form (``--write``): the converted text exactly as it is (one sentence a line, the corpus
tokenisation's spacing) plus a final newline. ECB+ keeps no paragraph breaks: sentence lines
only, so paragraphs are *not* present; they are kept that way.
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
SHARED = HERE.parents[3] / "shared" / "datasets"
ECB = SHARED / "ecbplus-entities" / "dev.jsonl.gz"
WORD_CAP = 3600
STATEMENT_SETS = [SHARED / "wikinews-statements"] + [DATA / f"statements-{s}" for s in
                  ("extra", "extra2", "ecb", "rich", "rich2", "rich3", "rich4", "rich5", "rich6", "rich7", "rich8")]
DOC_RE = re.compile(r"^(\d+)_(\d+)(ecb|ecbplus)$")


def _squash(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def taken_topics() -> set[int]:
    """Return the ECB+ topics any statements set already takes."""
    topics = set()
    for folder in STATEMENT_SETS:
        for path in folder.glob("*.txt"):
            m = DOC_RE.match(path.stem)
            if m:
                topics.add(int(m.group(1)))
        tsv = folder / "articles.tsv"
        if tsv.exists():
            for ln in tsv.read_text(encoding="utf-8").splitlines()[1:]:
                m = DOC_RE.match(ln.split("\t")[0])
                if m:
                    topics.add(int(m.group(1)))
    return topics


def _in_statement_sets(probe: str) -> bool:
    p = _squash(probe)
    if len(p) <= 20:
        return False
    return any(p in _squash(path.read_text(encoding="utf-8"))
               for folder in STATEMENT_SETS for path in folder.glob("*.txt"))


def picks() -> list[tuple[str, int, str]]:
    """Return the picks as (doc id, words, text)."""
    rows = {}
    with gzip.open(ECB, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            m = DOC_RE.match(r["id"])
            if m:
                rows[r["id"]] = (int(m.group(1)), int(m.group(2)), m.group(3), r["text"])
    taken = taken_topics()
    free = sorted({t for t, _, _, _ in rows.values()} - taken)
    print("free topics:", free)
    out, total = [], 0
    for topic in free:
        for half in ("ecb", "ecbplus"):
            docs = sorted((n, d) for d, (t, n, h, _) in rows.items() if t == topic and h == half)
            for _, doc in docs:
                text = rows[doc][3]
                first = text.split("\n")[0]
                if _in_statement_sets(first):
                    print(f"{doc}: already in a statements set, skipped")
                    continue
                words = sum(1 for w in re.findall(r"\S+", text) if re.search(r"\w", w))
                if total + words > WORD_CAP:
                    print(f"{doc}: {words} words would pass the cap, skipped")
                    continue
                total += words
                out.append((doc, words, text))
                break
    print(f"{len(out)} picks, {total} words")
    return out


def main(argv: list[str]) -> int:
    for doc, words, text in picks():
        print(f"{doc}\t{words}")
        if "--write" in argv:
            (HERE / f"{doc}.txt").write_text(text.rstrip("\n") + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
