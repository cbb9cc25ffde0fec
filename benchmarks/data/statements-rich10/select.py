"""Select the statements-rich10 articles by a rule fixed before any article was read (issue 14, round 19).

Usage (from the project root): python3 benchmarks/data/statements-rich10/select.py [--write]

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

import gzip
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
SHARED = HERE.parents[3] / "shared" / "datasets"
ECB = SHARED / "ecbplus-entities" / "dev.jsonl.gz"
WORD_CAP = 2800
MIN_WORDS = 120
STATEMENT_SETS = [SHARED / "wikinews-statements"] + [DATA / f"statements-{s}" for s in
                  ("extra", "extra2", "ecb", "rich", "rich2", "rich3", "rich4", "rich5", "rich6", "rich7", "rich8", "rich9")]
DOC_RE = re.compile(r"^(\d+)_(\d+)(ecb|ecbplus)$")


def _squash(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def taken_docs(sets: list[Path] = STATEMENT_SETS) -> set[str]:
    """Return the ECB+ doc ids any of ``sets`` already takes."""
    docs = set()
    for folder in sets:
        for path in folder.rglob("*.txt"):
            if DOC_RE.match(path.stem):
                docs.add(path.stem)
        for tsv in folder.rglob("*.tsv"):
            for ln in tsv.read_text(encoding="utf-8").splitlines()[1:]:
                for cell in ln.split("\t"):
                    if DOC_RE.match(cell):
                        docs.add(cell)
    return docs


def _statement_texts(sets: list[Path] = STATEMENT_SETS) -> str:
    return "\n".join(_squash(p.read_text(encoding="utf-8", errors="replace"))
                     for folder in sets for p in folder.rglob("*.txt"))


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 8]) for i in range(len(words) - 7)}


def picks(tag: str = "rich10", sets: list[Path] = STATEMENT_SETS, word_cap: int = WORD_CAP, min_words: int = MIN_WORDS,
          max_words: int | None = None, n_picks: int | None = None, dev_topics_only: bool = False,
          cues: re.Pattern[str] | None = None, min_cues: int = 0, max_shingle: float | None = None) -> list[tuple[str, int, str]]:
    """Return the picks as (doc id, words, text); the arguments are the knobs later rounds changed
    (statements-rich11/select.py: its own order key, sets, word limits, a pick count, dev topics only;
    statements-rich12/select.py: at least ``min_cues`` matches of ``cues``, and no article sharing
    ``max_shingle`` or more of its 8-word shingles with a statements text)."""
    rows = {}
    with gzip.open(ECB, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            m = DOC_RE.match(r["id"])
            if m:
                rows[r["id"]] = (int(m.group(1)), r["text"])
    taken = taken_docs(sets)
    corpus = _statement_texts(sets)
    seen = [_shingles(p.read_text(encoding="utf-8", errors="replace")) for d in sets for p in d.rglob("*.txt")] if max_shingle else []
    order = sorted((d for d in rows if d not in taken),
                   key=lambda d: hashlib.sha256(f"{tag}:{d}".encode()).hexdigest())
    out, total, topics = [], 0, set()
    for doc in order:
        topic, text = rows[doc]
        if topic in topics or dev_topics_only and topic % 5 == 0:
            continue
        if n_picks is not None and len(out) >= n_picks:
            break
        if cues is not None and len(cues.findall(text)) < min_cues:
            continue
        first = _squash(text.split("\n")[0])
        if len(first) > 20 and first in corpus:
            print(f"{doc}: first sentence already in a statements set, skipped")
            continue
        if "wikinews" in text.lower():
            print(f"{doc}: names Wikinews, skipped")
            continue
        own = _shingles(text) if max_shingle else set()
        if own and max(len(own & o) for o in seen) >= max_shingle * len(own):  # type: ignore[operator]
            print(f"{doc}: near-duplicate of a statements text, skipped")
            continue
        words = sum(1 for w in re.findall(r"\S+", text) if re.search(r"\w", w))
        if words < min_words or max_words is not None and words > max_words:
            continue
        if total + words > word_cap:
            print(f"{doc}: {words} words would pass the cap, skipped")
            continue
        total += words
        topics.add(topic)
        out.append((doc, words, text))
    print(f"{len(taken)} ECB+ articles taken by statements sets; {len(out)} picks, {total} words")
    return out


def main(argv: list[str], chosen: list[tuple[str, int, str]] | None = None, here: Path = HERE) -> int:
    """Print each pick and its word count; with ``--write`` store its text in ``here`` (later
    rounds pass their own picks and folder)."""
    for doc, words, text in picks() if chosen is None else chosen:
        print(f"{doc}\t{words}")
        if "--write" in argv:
            text = "\n".join(ln.rstrip() for ln in text.rstrip("\n").split("\n"))
            (here / f"{doc}.txt").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
