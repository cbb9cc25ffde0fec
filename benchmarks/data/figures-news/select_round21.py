"""Round 21 selection rule (run from the project root: python3 benchmarks/data/figures-news/select_round21.py [N]), fixed and
committed before it was run and before any candidate text was read. A fresh blind dev sample (issue 15, figures round 21)
from openly licensed news text whose hand figures no set scores:
- MEANTIME first (English Wikinews, CC BY 4.0; attribution as in README): development files of the four topics (never a
  held-out position i % 5 == 4 of the sorted topic folder), not a figures-news row, not a wikinews-statements text (that
  set's figures set scores all 40 of its articles), rebuilt by statements-extra's ``build`` (one line per sentence, no
  paragraph breaks). No length window and no CREATION_TIME requirement (figures-news is scored without an anchor): the
  window of earlier rounds is what left these files over. MEANTIME's own VALUE spans of these texts stay in the MEANTIME
  VALUE dev set (spans only, first sentences only), as for the 44 MEANTIME rows drawn before.
- Then, only if the MEANTIME files hold fewer than 60 figures: round 20's two pools in round 20's order (ECB+ and GUM
  Wikinews dev documents in turn, ECB+ first, at most two ECB+ per genre counted over round 21's picks).
- Every candidate: not a row of articles.tsv (all rounds, check and check2 included), no 60+ character line shared with an
  article already in figures-news, a wikinews-statements text, or a pick before it.
- Order: MEANTIME by the most numerals (``\\d[\\d,.]*\\d|\\d``) first, ties to the smaller file name. The first N (default
  all MEANTIME candidates) picks are printed in draw order; the annotator annotates them in that order, one at a time, and
  stops after the pick that brings the count to 60 figures or more; fixed now, before any text is read.
- Feed, so that flattened text (as scrapers deliver it) is in the sample: positions k % 4 == 1 flattened; k % 4 == 3
  garbled (UTF-8 read as Windows-1252) when non-ASCII, else flattened; the rest plain. Every pick is also scored with
  ``--flatten`` and ``--mojibake``.
Prints doc_id, split, corpus, topic, source, feed rows for articles.tsv, then lengths and numeral counts (no text).
"""
import importlib.util
import os
import sys
from pathlib import Path

FN = Path(__file__).resolve().parent
sys.path.insert(0, str(FN))
from _seen_lines import NUM, ecb_doc_id, ecb_pool, GENRE_OF, seen_before  # noqa: E402
sys.path.insert(0, str(FN.parents[1]))
import gum_entities  # noqa: E402

DS = FN.parents[2].parent / 'shared' / 'datasets'
rows = [l.split('\t') for l in (FN / 'articles.tsv').read_text().splitlines()[1:] if l.strip()]
rows = rows[:[r[0] for r in rows].index('ecb12_9') + 1]  # every row before round 21 (ecb12_9 is round 20's last row)
used = {r[4].strip() for r in rows}
used_ids = {r[0] for r in rows}
seen = seen_before(rows)
spec = importlib.util.spec_from_file_location('b', FN.parent / 'statements-extra' / 'build_texts.py')
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
wkids = {p.name.split('.')[0] for p in (DS / 'wikinews-statements').iterdir()}
root = DS / 'meantime-en/intra-doc_annotation'
mt = []
for topic in ['airbus', 'apple', 'gm', 'stock']:
    for i, f in enumerate(sorted(os.listdir(root / f'corpus_{topic}'))):
        src = f'corpus_{topic}/{f}'
        if i % 5 == 4 or src in used or f.split('_')[0] in wkids:
            continue
        text = m.build(root / src)
        mt.append((-len(NUM.findall(text)), src, topic, text))
mt.sort()
ecb = sorted((n, i, GENRE_OF[t], text) for n, i, t, text in ecb_pool(used))
gum = sorted((-len(NUM.findall(r['text'])), r['id'], r['topic'], r['text']) for r in gum_entities.load_gum_entities()
             if r['topic'] in ('news', 'interview') and r['split'] == 'dev' and 'gum_' + r['id'] not in used_ids)

picks: list = []
taken: set = set()
for negn, src, topic, text in mt:
    if seen.dup(text):
        continue
    seen.remember(text)
    picks.append(('meantime', src, topic, text, -negn))
N = int(sys.argv[1]) if len(sys.argv) > 1 else len(picks)
per: dict = {}
turn = 0
while len(picks) < N:
    src_name = 'ecb' if turn % 2 == 0 else 'gum'
    turn += 1
    for negn, i, g, text in (ecb if src_name == 'ecb' else gum):
        if i in taken or seen.dup(text) or (src_name == 'ecb' and per.get(g, 0) >= 2):
            continue
        if src_name == 'ecb':
            per[g] = per.get(g, 0) + 1
        seen.remember(text)
        taken.add(i)
        picks.append(('ecbplus' if src_name == 'ecb' else 'gum', i, g, text, -negn))
        break
    else:
        if turn > 2 * N:
            break
picks = picks[:N]
for k, (corpus, i, g, text, n) in enumerate(picks):
    feed = 'flatten' if k % 4 == 1 else ('mojibake' if any(ord(c) > 127 for c in text) else 'flatten') if k % 4 == 3 else 'plain'
    if corpus == 'meantime':
        print('mt' + i.split('/')[1].split('_')[0], 'dev', corpus, g, i, feed, sep='\t')
    elif corpus == 'ecbplus':
        print(ecb_doc_id(i), 'dev', corpus, i.split('_')[0], i, feed, sep='\t')
    else:
        print('gum_' + i, 'dev', 'gum', g, f'GUM_{i}.conll', feed, sep='\t')
for corpus, i, g, text, n in picks:
    print(f'# {i} ({g}): {len(text)} characters, {n} numerals', file=sys.stderr)
