"""Round 17 selection rule (run once, from the project root: python3 benchmarks/data/figures-news/select_round17.py), fixed and
committed before it was run and before any candidate text was read. A fresh blind dev sample (issue 15, figures round 17) from
openly licensed text no figures set uses, not GUM's Wikinews (the held-out parts are other outlets):
- ECB+ (CC BY 3.0): round 16's pool unchanged: ECB+ dev articles (``shared/datasets/ecbplus-entities/dev.jsonl.gz``) of round
  10's genre grouping (science and health {9, 1, 34}, sport {7, 29}, disasters {8, 14, 19, 23}, conflict {12}, crime and courts
  {3, 16, 21, 22, 24, 26, 32, 33}, politics {11, 28}); never a figures-news check topic (4, 13, 18, 27, 31), never
  topic % 5 == 0; URL line dropped; 600-2,500 characters.
- MEANTIME (CC BY 4.0): development files of the four topics (never a held-out position i % 5 == 4 of the sorted topic
  folder), with a CREATION_TIME, rebuilt by statements-extra's ``build``, 600-2,500 characters.
- Every candidate: not a row of articles.tsv (all rounds, check and check2 included), not a wikinews-statements text, no 60+
  character line shared with an article already in figures-news, a wikinews-statements text, or a pick before it.
- Draw: 2 ECB+ articles (at most one per genre) and 2 MEANTIME files (at most one per topic), each the most numerals
  (``\\d[\\d,.]*\\d|\\d``) first, ties to the smaller id; ECB+ picks first, then MEANTIME (4 articles: a two-hour round).
- Feed: round 9's rule (positions i % 4 == 3 garbled when non-ASCII, else flattened).
Prints doc_id, split, corpus, topic, source, feed rows for articles.tsv, then lengths and numeral counts (no text).
"""
import importlib.util
import os
import sys
from pathlib import Path

FN = Path(__file__).resolve().parent
sys.path.insert(0, str(FN))
from _seen_lines import NUM, ecb_doc_id, ecb_pool, GENRE_OF, seen_before  # noqa: E402
DS = FN.parents[2].parent / 'shared' / 'datasets'
rows = [l.split('\t') for l in (FN / 'articles.tsv').read_text().splitlines()[1:] if l.strip()]  # every row before round 17
used = {r[4].strip() for r in rows}
seen = seen_before(rows)
ecb = [(n, i, GENRE_OF[t], text) for n, i, t, text in ecb_pool(used)]
spec = importlib.util.spec_from_file_location('b', FN.parent / 'statements-extra' / 'build_texts.py')
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
wkids = {p.name.split('.')[0] for p in (DS / 'wikinews-statements').iterdir()}
root = DS / 'meantime-en/intra-doc_annotation'
mt = []
for topic in ['stock', 'gm', 'airbus', 'apple']:
    for i, f in enumerate(sorted(os.listdir(root / f'corpus_{topic}'))):
        src = f'corpus_{topic}/{f}'
        if i % 5 == 4 or src in used or f.split('_')[0] in wkids: continue
        if 'CREATION_TIME' not in (root / src).read_text().upper(): continue
        text = m.build(root / src)
        if not 600 <= len(text) <= 2500: continue
        mt.append((-len(NUM.findall(text)), src, topic, text))
def draw(cands, n):
    out, groups = [], set()
    for negn, i, g, text in sorted(cands):
        if len(out) == n: break
        if g in groups or seen.dup(text): continue
        groups.add(g); seen.remember(text); out.append((i, g, text, -negn))
    return out
picks = [('ecbplus',) + p for p in draw(ecb, 2)] + [('meantime',) + p for p in draw(mt, 2)]
def doc_id(corpus, i):
    if corpus == 'ecbplus':
        return ecb_doc_id(i)
    return 'mt' + i.split('/')[1].split('_')[0]
for k, (corpus, i, g, text, n) in enumerate(picks):
    feed = ('mojibake' if any(ord(c) > 127 for c in text) else 'flatten') if k % 4 == 3 else 'plain'
    topic = i.split('_')[0] if corpus == 'ecbplus' else g
    print(doc_id(corpus, i), 'dev', corpus, topic, i, feed, sep='\t')
for corpus, i, g, text, n in picks:
    print(f'# {i} ({g}): {len(text)} characters, {n} numerals', file=sys.stderr)
