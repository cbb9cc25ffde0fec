"""Round 13 selection rule (run once, from the project root: python3 benchmarks/data/figures-news/select_round13.py), fixed and
committed before any candidate text was read. Round 12's rule unchanged except that the fill-up line is part of it from the start.
One draw, a fresh blind dev sample of 10 (issue 15, figures round 13), from the candidates left after rounds 2-12 (all 128 rows,
check and check2 included, so nothing already used is drawn):
- ECB+ dev topics already in dev (never a check topic 4, 13, 18, 27, 31), one per genre of round 10's grouping (science and
  health {9, 1, 34}, sport {7, 29}, disasters {8, 14, 19, 23}, conflict {12}, crime and courts {3, 16, 21, 22, 24, 26, 32, 33},
  politics {11, 28}) (6);
- one MEANTIME development file from each of the four topics (stock, gm, airbus, apple) (4);
- if fewer than 10 (a topic with no candidate), a second ECB+ article per genre in the order above until 10.
Within a draw: most numerals, ties smaller id. Filters as round 11: unused by figures-news, never
topic % 5 == 0, never a held-out MEANTIME position (i % 5 == 4), not in wikinews-statements, CREATION_TIME present,
600-1,500 characters (ECB+ URL line dropped; 1,500 so that ten articles can be annotated in the round's time), no 60+
character sentence shared with an article already in the set or picked before it. re3d texts are not drawn.
Feed: the picks at positions i % 4 == 3 (0-based, pick order) are fed garbled (mojibake) when their text holds a non-ASCII
character, else flattened, as in rounds 9-12.
Prints doc_id, split, corpus, topic, source, feed rows for articles.tsv (no text is printed).
"""
import gzip, json, re, os, collections, importlib.util
from pathlib import Path
FN = Path(__file__).resolve().parent
DS = FN.parents[2].parent / 'shared' / 'datasets'
rows = [l.split('\t') for l in (FN/'articles.tsv').read_text().splitlines()[1:] if l.strip()]  # every row before round 13
used = {r[4].strip() for r in rows}
CHECK = [4, 13, 18, 27, 31]
GENRES = {'science and health': {9, 1, 34}, 'sport': {7, 29}, 'disasters': {8, 14, 19, 23}, 'conflict': {12},
          'crime and courts': {3, 16, 21, 22, 24, 26, 32, 33}, 'politics': {11, 28}}
NUM = re.compile(r'\d[\d,.]*\d|\d')
seen = set()
def key(ln): return re.sub(r'\W+', '', ln.lower())[:80]
for r in rows:
    for ln in (FN/(r[0]+'.txt')).read_text().splitlines():
        if len(ln) >= 60: seen.add(key(ln))
def dup(text): return any(key(ln) in seen for ln in text.splitlines() if len(ln) >= 60)
def take(text):
    for ln in text.splitlines():
        if len(ln) >= 60: seen.add(key(ln))
ecb = []  # (-numerals, id, topic, text)
for l in gzip.open(DS/'ecbplus-entities/dev.jsonl.gz', 'rt'):
    r = json.loads(l); t = int(r['id'].split('_')[0])
    if r['id'] in used or t % 5 == 0: continue
    text = r['text']
    if text.startswith('http'): text = text.split('\n', 1)[1] if '\n' in text else ''
    if not 600 <= len(text) <= 1500: continue
    ecb.append((-len(NUM.findall(text)), r['id'], t, text))
ecb.sort()
spec = importlib.util.spec_from_file_location('b', FN.parent / 'statements-extra' / 'build_texts.py')
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
wkids = {p.name.split('.')[0] for p in (DS/'wikinews-statements').iterdir()}
root = DS/'meantime-en/intra-doc_annotation'
mt = collections.defaultdict(list)
for topic in ['stock', 'gm', 'airbus', 'apple']:
    for i, f in enumerate(sorted(os.listdir(root/f'corpus_{topic}'))):
        src = f'corpus_{topic}/{f}'
        if i % 5 == 4 or src in used or f.split('_')[0] in wkids: continue
        raw = (root/src).read_text()
        if 'CREATION_TIME' not in raw.upper(): continue
        text = m.build(root/src)
        if not 600 <= len(text) <= 1500: continue
        mt[topic].append((-len(NUM.findall(text)), src, topic, text))
for v in mt.values(): v.sort()
have = collections.Counter(r[4].split('/')[0][len('corpus_'):] for r in rows if r[2] != 'ecbplus')
topics_by_need = sorted(mt, key=lambda t: (have[t], t))
def pick(cands, n, topic_ok, per_topic):
    out, count = [], collections.Counter()
    for negn, i, t, text in cands:
        if len(out) == n: break
        if not topic_ok(t) or count[t] >= per_topic or dup(text): continue
        count[t] += 1; out.append((i, t, text)); take(text)
    return out
blind = []
for g, s in GENRES.items():
    blind += [('ecbplus', i, tt, x) for i, tt, x in pick(ecb, 1, lambda u, s=s: u in s and u not in CHECK, 1)]
for t in ['stock', 'gm', 'airbus', 'apple']:
    blind += [('meantime', i, tt, x) for i, tt, x in pick(mt[t], 1, lambda u: True, 1)]
# Round 12's fill-up (part of the rule from the start): up to 10 with a second ECB+ article per genre, in the genre order above.
for g, s in GENRES.items():
    if len(blind) >= 10: break
    blind += [('ecbplus', i, tt, x) for i, tt, x in pick(ecb, 1, lambda u, s=s: u in s and u not in CHECK, 1)]
def doc_id(corpus, i):
    if corpus == 'ecbplus':
        a, b = i.split('_'); return 'ecb' + a + '_' + re.sub(r'\D', '', b) + ('p' if 'plus' in b else '')
    return 'mt' + i.split('/')[1].split('_')[0]
for split, picks in (('dev', blind),):
    for k, (corpus, i, t, text) in enumerate(picks):
        feed = ('mojibake' if any(ord(c) > 127 for c in text) else 'flatten') if k % 4 == 3 else 'plain'
        print(doc_id(corpus, i), split, corpus, t, i, feed, sep='\t')
