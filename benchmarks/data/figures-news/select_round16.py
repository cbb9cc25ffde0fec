"""Round 16 selection rule (run once, from the project root: python3 benchmarks/data/figures-news/select_round16.py), fixed and
committed before it was run and before any candidate text was read. A fresh blind dev sample (issue 15, figures round 16) from
another outlet than Wikinews (the held-out parts are other outlets): ECB+ dev articles no figures set uses (CC BY 3.0).
- Candidates: ECB+ dev articles (``shared/datasets/ecbplus-entities/dev.jsonl.gz``) of the ECB+ dev topics of round 10's genre
  grouping (science and health {9, 1, 34}, sport {7, 29}, disasters {8, 14, 19, 23}, conflict {12}, crime and courts {3, 16, 21,
  22, 24, 26, 32, 33}, politics {11, 28}); never a figures-news check topic (4, 13, 18, 27, 31), never topic % 5 == 0; not a
  row of articles.tsv (all rounds, check and check2 included); URL line dropped; 600-2,500 characters (the 600-1,500 window
  of rounds 12-13 is used up); no 60+ character line shared with an article already in figures-news, a wikinews-statements
  text, or a pick before it.
- Draw: 5 articles, the most numerals (``\\d[\\d,.]*\\d|\\d``) first, ties to the smaller id, at most one per genre.
- Feed: round 9's rule (positions i % 4 == 3 garbled when non-ASCII, else flattened).
Prints doc_id, split, corpus, topic, source, feed rows for articles.tsv, then lengths and numeral counts (no text).
"""
import sys
from pathlib import Path

FN = Path(__file__).resolve().parent
sys.path.insert(0, str(FN))
from _seen_lines import GENRE_OF, ecb_doc_id as doc_id, ecb_pool, seen_before  # noqa: E402
rows = [l.split('\t') for l in (FN / 'articles.tsv').read_text().splitlines()[1:] if l.strip()]  # every row before round 16
used = {r[4].strip() for r in rows}
seen = seen_before(rows)
cands = ecb_pool(used)
picks, genres = [], set()
for negn, i, t, text in sorted(cands):
    if len(picks) == 5: break
    if GENRE_OF[t] in genres or seen.dup(text): continue
    genres.add(GENRE_OF[t]); seen.remember(text); picks.append((i, t, text, -negn))
for k, (i, t, text, n) in enumerate(picks):
    feed = ('mojibake' if any(ord(c) > 127 for c in text) else 'flatten') if k % 4 == 3 else 'plain'
    print(doc_id(i), 'dev', 'ecbplus', t, i, feed, sep='\t')
for i, t, text, n in picks:
    print(f'# {i} ({GENRE_OF[t]}): {len(text)} characters, {n} numerals', file=sys.stderr)
