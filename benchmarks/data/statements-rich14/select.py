"""Select the statements-rich14 articles by a rule fixed before any article was read (issue 14, round 28).

Usage (from the project root): python3 benchmarks/data/statements-rich14/select.py [--write]

Round 28 changes to round 26's rule (statements-rich13/select.py), fixed here before any text was read:
- rich13 joins the sets whose articles are not taken again (doc id, first sentence, 8-word shingles);
- the order key is ``"rich14:" + doc id``;
- **a second article of a topic** (fixed after the first pass printed only doc ids and word counts,
  before any text was read): one article per dev topic now yields only 12 picks, so when the first
  pass gives fewer than 15, a second pass walks the same order again and takes a second article of a
  topic already picked, under the same tests, and also skipping any article sharing 30 % or more of
  its 8-word shingles with a pick already made (the same wire story twice), until 15 picks or the
  word cap. Flattening follows the final order of picks (first pass, then second).
Everything else is rich13's rule: ECB+ development articles
(``/work/shared/datasets/ecbplus-entities/dev.jsonl.gz``, CC BY 3.0), dev topics only (topics
divisible by 5 are issue 12's check split), no doc id and no first sentence any statements set holds,
not naming Wikinews, one per topic, at least MIN_CUES attribution marks, no article sharing 30 % or
more of its 8-word shingles with a statements text, 100..260 words, running total <= 3,300 words, at
most 15 picks; every third pick in the order (positions 0, 3, 6, 9, 12) is stored FLATTENED (line
breaks made single spaces), the others keep the conversion's one sentence a line.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent

_spec = importlib.util.spec_from_file_location("rich13_select", DATA / "statements-rich13" / "select.py")
assert _spec is not None and _spec.loader is not None
_rich13 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_rich13)  # round 26's rule and helpers (by path)
_rich12 = _rich13._rich12

STATEMENT_SETS = _rich13.STATEMENT_SETS + [DATA / "statements-rich13"]


def picks() -> list[tuple[str, int, str]]:
    """Return the picks as (doc id, words, text): rich13's rule with this round's order key and sets."""
    return _rich12._rich10.picks("rich14", STATEMENT_SETS, _rich12.WORD_CAP, _rich12.MIN_WORDS, _rich12.MAX_WORDS,
                                 _rich12.N_PICKS, dev_topics_only=True, cues=_rich12.CUE_RE,
                                 min_cues=_rich12.MIN_CUES, max_shingle=_rich12.MAX_SHINGLE)


def top_up(first: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """Return ``first`` plus second articles of picked topics, in the same order, up to N_PICKS."""
    r10, r12 = _rich12._rich10, _rich12
    rows = {}
    with r10.gzip.open(r10.ECB, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = r10.json.loads(line)
            m = r10.DOC_RE.match(r["id"])
            if m:
                rows[r["id"]] = (int(m.group(1)), r["text"])
    taken = r10.taken_docs(STATEMENT_SETS)
    corpus = r10._statement_texts(STATEMENT_SETS)
    seen = [r10._shingles(p.read_text(encoding="utf-8", errors="replace")) for d in STATEMENT_SETS for p in d.rglob("*.txt")]
    seen += [r10._shingles(text) for _, _, text in first]
    chosen = {doc for doc, _, _ in first}
    per_topic = {rows[doc][0]: 1 for doc in chosen}
    out, total = list(first), sum(w for _, w, _ in first)
    order = sorted((d for d in rows if d not in taken and d not in chosen),
                   key=lambda d: r10.hashlib.sha256(f"rich14:{d}".encode()).hexdigest())
    for doc in order:
        if len(out) >= r12.N_PICKS:
            break
        topic, text = rows[doc]
        if per_topic.get(topic) != 1:
            continue
        if len(r12.CUE_RE.findall(text)) < r12.MIN_CUES or "wikinews" in text.lower():
            continue
        first_line = r10._squash(text.split("\n")[0])
        if len(first_line) > 20 and first_line in corpus:
            continue
        own = r10._shingles(text)
        if own and max(len(own & o) for o in seen) >= r12.MAX_SHINGLE * len(own):
            print(f"{doc}: near-duplicate of a statements text or a pick, skipped")
            continue
        words = sum(1 for w in r10.re.findall(r"\S+", text) if r10.re.search(r"\w", w))
        if words < r12.MIN_WORDS or words > r12.MAX_WORDS or total + words > r12.WORD_CAP:
            continue
        total += words
        per_topic[topic] = 2
        seen.append(own)
        out.append((doc, words, text))
    print(f"second pass: {len(out)} picks, {total} words")
    return out


def main(argv: list[str]) -> int:
    chosen = top_up(picks())
    for i, (doc, words, text) in enumerate(chosen):
        print(f"{doc}\t{words}\t{'flat' if _rich13.flattened(i) else ''}")
        if "--write" in argv:
            lines = [ln.rstrip() for ln in text.rstrip("\n").split("\n")]
            body = " ".join(ln for ln in lines if ln) if _rich13.flattened(i) else "\n".join(lines)
            (HERE / f"{doc}.txt").write_text(body + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
