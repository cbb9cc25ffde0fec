"""Round 20 selection rule (run from the project root: python3 benchmarks/data/figures-news/select_round20.py [N]), fixed and
committed before it was run and before any candidate text was read. A fresh blind dev sample (issue 15, figures round 20)
from two sources no figures set has used these documents of, taken in turn so that the sample mixes outlets and layouts:
- ECB+ (CC BY 3.0; many outlets, paragraphed): rounds 16-18's pool unchanged (``_seen_lines.ecb_pool``: ECB+ dev articles of
  round 10's genre grouping, never a figures-news check topic (4, 13, 18, 27, 31), never topic % 5 == 0, URL line dropped,
  600-2,500 characters); at most two picks per genre this round.
- GUM (Wikinews news and interview documents, text CC BY 2.5; one line per sentence, no paragraph breaks): GUM **dev**
  documents only (never GUM's own held-out documents), rebuilt by ``benchmarks/gum_entities.py`` as in rounds 14-15.
- Every candidate: not a row of articles.tsv (all rounds, check and check2 included), not a wikinews-statements text, no 60+
  character line shared with an article already in figures-news, a wikinews-statements text, or a pick before it.
- Draw: ECB+ and GUM alternately, ECB+ first; within each source the most numerals (``\\d[\\d,.]*\\d|\\d``) first, ties to
  the smaller id. The first N (default 6) picks are printed in draw order; the annotator annotates them in that order, one
  at a time, and goes on with the same order (a larger N, the first picks unchanged) until at least 60 figures are
  annotated; fixed now, before any text is read.
- Feed: round 9's rule (positions i % 4 == 3 garbled when non-ASCII, else flattened). Every pick is also scored with
  ``--flatten`` and ``--mojibake``.
Prints doc_id, split, corpus, topic, source, feed rows for articles.tsv, then lengths and numeral counts (no text).
"""
import sys
from pathlib import Path

FN = Path(__file__).resolve().parent
sys.path.insert(0, str(FN))
from _seen_lines import NUM, ecb_doc_id, ecb_pool, GENRE_OF, seen_before  # noqa: E402
sys.path.insert(0, str(FN.parents[1]))
import gum_entities  # noqa: E402

rows = [l.split('\t') for l in (FN / 'articles.tsv').read_text().splitlines()[1:] if l.strip()]
rows = rows[:[r[0] for r in rows].index('ecb12_14') + 1]  # every row before round 20 (ecb12_14 is round 18's last)
used = {r[4].strip() for r in rows}
used_ids = {r[0] for r in rows}
seen = seen_before(rows)
N = int(sys.argv[1]) if len(sys.argv) > 1 else 6
ecb = sorted((n, i, GENRE_OF[t], text) for n, i, t, text in ecb_pool(used))
gum = sorted((-len(NUM.findall(r['text'])), r['id'], r['topic'], r['text']) for r in gum_entities.load_gum_entities()
             if r['topic'] in ('news', 'interview') and r['split'] == 'dev' and 'gum_' + r['id'] not in used_ids)


def next_pick(cands, per, taken):
    for negn, i, g, text in cands:
        if i in taken or seen.dup(text) or (per is not None and per.get(g, 0) >= 2):
            continue
        if per is not None:
            per[g] = per.get(g, 0) + 1
        seen.remember(text)
        taken.add(i)
        return (i, g, text, -negn)
    return None


picks: list = []
per: dict = {}
taken: set = set()
while len(picks) < N:
    src = 'ecb' if len(picks) % 2 == 0 else 'gum'
    p = next_pick(ecb if src == 'ecb' else gum, per if src == 'ecb' else None, taken)
    if p is None:
        break
    picks.append((src,) + p)
for k, (src, i, g, text, n) in enumerate(picks):
    feed = ('mojibake' if any(ord(c) > 127 for c in text) else 'flatten') if k % 4 == 3 else 'plain'
    if src == 'ecb':
        print(ecb_doc_id(i), 'dev', 'ecbplus', i.split('_')[0], i, feed, sep='\t')
    else:
        print('gum_' + i, 'dev', 'gum', g, f'GUM_{i}.conll', feed, sep='\t')
for src, i, g, text, n in picks:
    print(f'# {i} ({g}): {len(text)} characters, {n} numerals', file=sys.stderr)
