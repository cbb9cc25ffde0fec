"""Round 15 selection rule (run once, from the project root: python3 benchmarks/data/figures-news/select_round15.py), fixed and
committed before any candidate text was read. A fresh blind dev sample (issue 15, figures round 15) from the GUM Wikinews
documents round 14 did not take (``benchmarks/data/gum-entities/``, news and interviews, CC BY 2.5 text), rebuilt by
``benchmarks/gum_entities.py`` as in round 14.
- Candidates: the GUM ``news`` and ``interview`` documents that are GUM **dev** (never GUM's own held-out documents), not already
  a row of articles.tsv (round 14's six are rows), with no 60+ character line shared with an article already in figures-news,
  with a wikinews-statements text, or with a document picked before it.
- Draw: the 3 documents (news and interview pooled) with the most numerals (``\\d[\\d,.]*\\d|\\d``), ties to the smaller id.
  Three, not six: the round has one hour, and a GUM document is 3-4 times an ECB+ article's length.
- Feed: round 9's rule (positions i % 4 == 3 garbled or flattened); with three picks every pick is plain.
Prints doc_id, split, corpus, topic, source, feed rows for articles.tsv, then each pick's length and numeral count (no text).
"""
import re
import sys
from pathlib import Path

FN = Path(__file__).resolve().parent
sys.path.insert(0, str(FN))
from _seen_lines import seen_before  # noqa: E402
sys.path.insert(0, str(FN.parents[1]))
import gum_entities  # noqa: E402

rows = [l.split('\t') for l in (FN / 'articles.tsv').read_text().splitlines()[1:] if l.strip()]  # every row before round 15
NUM = re.compile(r'\d[\d,.]*\d|\d')
used = {r[0] for r in rows}
seen = seen_before(rows)
cands = []
for row in gum_entities.load_gum_entities():
    if row['topic'] in ('news', 'interview') and row['split'] == 'dev' and 'gum_' + row['id'] not in used:
        cands.append((-len(NUM.findall(row['text'])), row['id'], row['topic'], row['text']))
picks = []
for negn, i, genre, text in sorted(cands):
    if len(picks) == 3: break
    if seen.dup(text): continue
    seen.remember(text); picks.append((i, genre, text, -negn))
for k, (i, genre, text, n) in enumerate(picks):
    feed = ('mojibake' if any(ord(c) > 127 for c in text) else 'flatten') if k % 4 == 3 else 'plain'
    print('gum_' + i, 'dev', 'gum', genre, f'GUM_{i}.conll', feed, sep='\t')
for i, genre, text, n in picks:
    print(f'# {i}: {len(text)} characters, {n} numerals', file=sys.stderr)
