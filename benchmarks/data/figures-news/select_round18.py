"""Round 18 selection rule (run once, from the project root: python3 benchmarks/data/figures-news/select_round18.py), fixed and
committed before it was run and before any candidate text was read. A fresh blind dev sample (issue 15, figures round 18)
nearer the held-out outlets: news text of other outlets than Wikinews, so ECB+ only (CC BY 3.0); no MEANTIME or GUM
(Wikinews), no re3d (the re3d figures set scores every re3d document).
- Pool: rounds 16-17's ECB+ pool unchanged (``_seen_lines.ecb_pool``: ECB+ dev articles of round 10's genre grouping, never a
  figures-news check topic (4, 13, 18, 27, 31), never topic % 5 == 0 (issue 12's check split), URL line dropped,
  600-2,500 characters).
- Every candidate: not a row of articles.tsv (all rounds, check and check2 included), not a wikinews-statements text, no 60+
  character line shared with an article already in figures-news, a wikinews-statements text, or a pick before it.
- Draw: the most numerals (``\\d[\\d,.]*\\d|\\d``) first, ties to the smaller id, at most two per genre, 8 articles; printed
  in draw order. If the 8 hold fewer than 60 annotated figures, the next articles of the same order (the rule continued,
  at most two per genre lifted to three) are annotated until 60 are reached; this is fixed now, before any text is read.
- Feed: round 9's rule (positions i % 4 == 3 garbled when non-ASCII, else flattened).
Prints doc_id, split, corpus, topic, source, feed rows for articles.tsv, then lengths and numeral counts (no text).
"""
import sys
from pathlib import Path

FN = Path(__file__).resolve().parent
sys.path.insert(0, str(FN))
from _seen_lines import ecb_doc_id, ecb_pool, GENRE_OF, seen_before  # noqa: E402
rows = [l.split('\t') for l in (FN / 'articles.tsv').read_text().splitlines()[1:] if l.strip()]
rows = rows[:[r[0] for r in rows].index('mt264435') + 1]  # every row before round 18 (mt264435 is round 17's last)
used = {r[4].strip() for r in rows}
seen = seen_before(rows)
ecb = [(n, i, GENRE_OF[t], text) for n, i, t, text in ecb_pool(used)]
N = int(sys.argv[1]) if len(sys.argv) > 1 else 8  # more than 8: the continuation (the first 8 unchanged)


def draw(cands, n, per_genre, out, per):
    for negn, i, g, text in sorted(cands):
        if len(out) == n:
            break
        if any(i == o[0] for o in out) or per.get(g, 0) >= per_genre or seen.dup(text):
            continue
        per[g] = per.get(g, 0) + 1
        seen.remember(text)
        out.append((i, g, text, -negn))
    return out


picks: list = []
per: dict = {}
draw(ecb, 8, 2, picks, per)
draw(ecb, N, 3, picks, per)
for k, (i, g, text, n) in enumerate(picks):
    feed = ('mojibake' if any(ord(c) > 127 for c in text) else 'flatten') if k % 4 == 3 else 'plain'
    print(ecb_doc_id(i), 'dev', 'ecbplus', i.split('_')[0], i, feed, sep='\t')
for i, g, text, n in picks:
    print(f'# {i} ({g}): {len(text)} characters, {n} numerals', file=sys.stderr)
