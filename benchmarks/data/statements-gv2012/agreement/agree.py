"""Agreement of an annotator who worked apart on a sample (f: posts 317304, 318342 and 316445, one of each of
annotators a, c and d) with the first labels: statements matched by content overlap (half the shorter span), then speakers by name
or alias. Run from the project root:
python3 benchmarks/data/statements-gv2012/agreement/agree.py [annotations_f.py]"""
import importlib.util, sys, re
sys.path.insert(0, 'benchmarks/data')
from statements_gold import statements_of
D = 'benchmarks/data/statements-gv2012/'
def load(p, name):
    spec = importlib.util.spec_from_file_location(name, p); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m.A
first = {}
for part in 'abcde':
    first.update(load(D + f'annotations_{part}.py', part))
SECOND = sys.argv[1] if len(sys.argv) > 1 else 'annotations_f.py'
second = load(D + 'agreement/' + SECOND, SECOND[-4])
def norm(s): return re.sub(r'\W+', ' ', (s or '').lower()).strip()
tot = dict(a=0, b=0, m=0, spk=0)
for doc, ann in second.items():
    text = open(D + f'{doc}.txt', encoding='utf-8').read()
    A = statements_of(doc, text, first[doc]); B = statements_of(doc, text, ann)
    used = set()
    for s in A:
        best = None
        for j, t in enumerate(B):
            if j in used: continue
            ov = min(s['end'], t['end']) - max(s['start'], t['start'])
            if ov > 0 and ov >= 0.5 * min(s['end'] - s['start'], t['end'] - t['start']):
                best = j; break
        if best is None:
            print(f"  {doc} only first : {s['speaker']} | {s['cue']} | {s['content'][:90]}")
            continue
        used.add(best); tot['m'] += 1
        t = B[best]
        na = {norm(x) for x in [s['speaker']] + first[doc]['entities'][s['speaker']][1]}
        nb = {norm(x) for x in [t['speaker']] + ann['entities'][t['speaker']][1]}
        ok = bool(na & nb) or any(x in y or y in x for x in na for y in nb if x and y)
        tot['spk'] += ok
        if not ok: print(f"  {doc} speaker: {s['speaker']} vs {t['speaker']}")
    for j, t in enumerate(B):
        if j not in used: print(f"  {doc} only second: {t['speaker']} | {t['cue']} | {t['content'][:90]}")
    tot['a'] += len(A); tot['b'] += len(B)
print(tot, 'matched/first %.3f matched/second %.3f' % (tot['m'] / tot['a'], tot['m'] / tot['b']))
