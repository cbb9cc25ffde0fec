"""Round 9 selection rule (run once, from the project root: python3 benchmarks/data/figures-news/select_round9.py), fixed before any candidate text was read.
Genres: round 7's (sport {7,29}; disasters {8,14,19,23}; politics/elections {11,28,34}; science {9};
military/piracy {12}; markets = MEANTIME stock; earnings = MEANTIME gm/airbus/apple whose title names a result word)
plus courts and crime {3,16,21,22,24,26,32,33}, entertainment {1,2,6} and business (MEANTIME gm/airbus/apple, other titles).
Quota: 12, two per genre (a genre short of candidates passes its slots on), genres by ascending current dev count
(ties: the order above). Within a genre: most numerals (\\d[\\d,.]*\\d|\\d), ties smaller id, at most one per topic
unless the genre has a single topic. Filters as round 7: unused, never a check topic (4, 13, 18, 27, 31) or topic % 5 == 0,
never a held-out MEANTIME position (i % 5 == 4), not in wikinews-statements, CREATION_TIME present, 600-2,200 chars
(ECB+ URL line dropped), no 60+ character sentence shared with an article already in the set.
Feed: the picks at positions i % 4 == 3 (0-based, pick order) are fed garbled (mojibake) when their text holds a
non-ASCII character, else flattened (line breaks as spaces); eval_figures.py applies the feed named in articles.tsv.
"""
import gzip, json, re, os, collections, importlib.util
from pathlib import Path
FN = Path(__file__).resolve().parent
DS = FN.parents[2].parent / 'shared' / 'datasets'
rows = [l.split('\t') for l in (FN/'articles.tsv').read_text().splitlines()[1:] if l.strip()][:74]  # the set before round 9
used = {r[4].strip() for r in rows}
ECBG = {'sport': {7, 29}, 'disaster': {8, 14, 19, 23}, 'politics': {11, 28, 34}, 'science': {9}, 'military': {12},
        'courts': {3, 16, 21, 22, 24, 26, 32, 33}, 'entertainment': {1, 2, 6}}
RES = re.compile(r'profit|loss|revenue|earning|sales|quarter|result|billion|million|\$|percent|jobs|cut', re.I)
def genre_of(r):
    if r[2] == 'ecbplus':
        t = int(r[3])
        for g, s in ECBG.items():
            if t in s: return g
        return 'other'
    if r[3] == 'stock': return 'markets'
    return 'earnings' if RES.search(r[4]) else 'business'
cur = collections.Counter(genre_of(r) for r in rows if r[1] == 'dev')
print('current dev', dict(cur))
NUM = re.compile(r'\d[\d,.]*\d|\d')
cands = collections.defaultdict(list)
seen = set()
for r in rows:
    for ln in (FN/(r[0]+'.txt')).read_text().splitlines():
        if len(ln) >= 60: seen.add(re.sub(r'\W+', '', ln.lower())[:80])
def dup(text):
    return any(re.sub(r'\W+', '', ln.lower())[:80] in seen for ln in text.splitlines() if len(ln) >= 60)
texts = {}
for l in gzip.open(DS/'ecbplus-entities/dev.jsonl.gz', 'rt'):
    r = json.loads(l); t = int(r['id'].split('_')[0])
    if r['id'] in used or t in {4,13,18,27,31} or t % 5 == 0: continue
    g = [g for g, s in ECBG.items() if t in s]
    if not g: continue
    text = r['text']
    if text.startswith('http'): text = text.split('\n', 1)[1] if '\n' in text else ''
    if not 600 <= len(text) <= 2200 or dup(text): continue
    cands[g[0]].append((-len(NUM.findall(text)), r['id'], t)); texts[r['id']] = text
spec = importlib.util.spec_from_file_location('b', FN.parent / 'statements-extra' / 'build_texts.py')
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
wkids = {p.name.split('.')[0] for p in (DS/'wikinews-statements').iterdir()}
root = DS/'meantime-en/intra-doc_annotation'
for topic in ['stock', 'gm', 'airbus', 'apple']:
    files = sorted(os.listdir(root/f'corpus_{topic}'))
    for i, f in enumerate(files):
        src = f'corpus_{topic}/{f}'
        if i % 5 == 4 or src in used or f.split('_')[0] in wkids: continue
        raw = (root/src).read_text()
        if 'CREATION_TIME' not in raw.upper(): continue
        text = m.build(root/src)
        if not 600 <= len(text) <= 2200 or dup(text): continue
        g = 'markets' if topic == 'stock' else ('earnings' if RES.search(f) else 'business')
        cands[g].append((-len(NUM.findall(text)), src, topic)); texts[src] = text
order = ['sport', 'disaster', 'politics', 'science', 'military', 'markets', 'earnings', 'courts', 'entertainment', 'business']
order.sort(key=lambda g: cur.get(g, 0))  # stable: the order above on ties
print('genre order', [(g, cur.get(g, 0), len(cands[g])) for g in order])
picks = []
for g in order:
    if len(picks) >= 12: break
    topics_seen = set(); n = 0
    for negn, i, t in sorted(cands[g]):
        single = len({c[2] for c in cands[g]}) == 1
        if not single and t in topics_seen: continue
        topics_seen.add(t); picks.append((g, i, -negn)); n += 1
        if n == 2 or len(picks) >= 12: break
for k, p in enumerate(picks):
    feed = ('mojibake' if any(ord(c) > 127 for c in texts[p[1]]) else 'flatten') if k % 4 == 3 else 'plain'
    print(*p, feed, sep='\t')
