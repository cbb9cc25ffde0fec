"""Round 10 selection rule (run once, from the project root: python3 benchmarks/data/figures-news/select_round10.py), fixed before any candidate text was read.
A fresh blind sample over the genres the issue names: economy (MEANTIME gm/airbus/apple/stock, one per topic), science and
health (ECB+ 9 endangered species, 1 a celebrity's rehab, 34 a surgeon-general nomination), sport {7, 29}, disasters
{8, 14, 23}, conflict (military and piracy 12, riots 19) and crime and courts {3, 16, 21, 22, 24, 26, 32, 33}.
Quota: 12, two per genre in that order (a genre short of candidates passes its slots on to the next).
Within a genre: most numerals (\\d[\\d,.]*\\d|\\d), ties smaller id, at most one per topic.
Filters as round 9: unused by figures-news, never a check topic (4, 13, 18, 27, 31) or topic % 5 == 0, never a held-out
MEANTIME position (i % 5 == 4), not in wikinews-statements, CREATION_TIME present, 600-2,200 chars (ECB+ URL line
dropped), no 60+ character sentence shared with an article already in the set. re3d texts are not drawn: the re3d
figures set uses them.
Feed: the picks at positions i % 4 == 3 (0-based, pick order) are fed garbled (mojibake) when their text holds a
non-ASCII character, else flattened (line breaks as spaces), as in round 9.
"""
import gzip, json, re, os, collections, importlib.util
from pathlib import Path
FN = Path(__file__).resolve().parent
DS = FN.parents[2].parent / 'shared' / 'datasets'
rows = [l.split('\t') for l in (FN/'articles.tsv').read_text().splitlines()[1:] if l.strip()][:86]  # the set before round 10
used = {r[4].strip() for r in rows}
ECBG = {'science and health': {9, 1, 34}, 'sport': {7, 29}, 'disasters': {8, 14, 23}, 'conflict': {12, 19},
        'crime and courts': {3, 16, 21, 22, 24, 26, 32, 33}}
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
        cands['economy'].append((-len(NUM.findall(text)), src, topic)); texts[src] = text
order = ['economy', 'science and health', 'sport', 'disasters', 'conflict', 'crime and courts']
print('candidates', [(g, len(cands[g])) for g in order])
picks = []
carry = 0
for g in order:
    want = 2 + carry; topics_seen = set(); n = 0
    for negn, i, t in sorted(cands[g]):
        if t in topics_seen: continue
        topics_seen.add(t); picks.append((g, i, -negn)); n += 1
        if n == want: break
    carry = want - n
for k, p in enumerate(picks):
    feed = ('mojibake' if any(ord(c) > 127 for c in texts[p[1]]) else 'flatten') if k % 4 == 3 else 'plain'
    print(*p, feed, sep='\t')
