"""Round 14 selection rule (run once, from the project root: python3 benchmarks/data/figures-news/select_round14.py), fixed and
committed before any candidate text was read. A fresh blind dev sample (issue 15, figures round 14) from a source no figures set
uses: GUM's Wikinews documents (``benchmarks/data/gum-entities/``, news and interviews, CC BY 2.5 text), rebuilt by
``benchmarks/gum_entities.py`` (headline and dateline on lines of their own, a line per safe sentence end, no paragraph breaks).
- Candidates: the GUM ``news`` and ``interview`` documents that are GUM **dev** (never GUM's own dev/test documents,
  ``gum_entities.GUM_HELD_OUT``, which the identity work holds out), with no 60+ character line shared with an article already
  in figures-news or with a wikinews-statements text, or with a document picked before it.
- Draw: the 4 news documents and the 2 interview documents with the most numerals (``\\d[\\d,.]*\\d|\\d``), ties to the smaller
  id, news first; six documents, because a GUM document is 3-4 times an ECB+ article's length.
- Feed: the picks at positions i % 4 == 3 (0-based, pick order) are fed garbled (mojibake) when their text holds a non-ASCII
  character, else flattened, as in rounds 9-13.
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

rows = [l.split('\t') for l in (FN / 'articles.tsv').read_text().splitlines()[1:] if l.strip()]  # every row before round 14
NUM = re.compile(r'\d[\d,.]*\d|\d')
seen = seen_before(rows)
cands = {'news': [], 'interview': []}
for row in gum_entities.load_gum_entities():
    if row['topic'] in cands and row['split'] == 'dev':
        cands[row['topic']].append((-len(NUM.findall(row['text'])), row['id'], row['text']))
picks = []
for genre, n in (('news', 4), ('interview', 2)):
    got = 0
    for negn, i, text in sorted(cands[genre]):
        if got == n: break
        if seen.dup(text): continue
        seen.remember(text); picks.append((i, genre, text, -negn)); got += 1
for k, (i, genre, text, n) in enumerate(picks):
    feed = ('mojibake' if any(ord(c) > 127 for c in text) else 'flatten') if k % 4 == 3 else 'plain'
    print('gum_' + i, 'dev', 'gum', genre, f'GUM_{i}.conll', feed, sep='\t')
for i, genre, text, n in picks:
    print(f'# {i}: {len(text)} characters, {n} numerals', file=sys.stderr)
