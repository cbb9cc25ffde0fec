"""Issue 13, round 7 (diagnostic): would comparing *any* undated total on its story add real pairs?

Tolls, magnitudes and ages are compared within a story (ledger/stories.py) when they carry no date of their own. This
lists every other undated total point pair of one subject and one variable in two articles of one story (same_story:
dated within 3 days, a shared place, overlapping words; not near-duplicates) whose values disagree beyond rounding, with
both sentences, so each can be judged by hand before any rule is written.

    python benchmarks/claims_story_candidates.py /work/cache/claims9      # the --cache of eval_contradictions.py link
"""
import sys
from pathlib import Path
from collections import defaultdict
from sqlalchemy import select
from hearsay.store import open_store, schema
from hearsay.ledger.stories import same_story
from hearsay.ledger.contradictions import disjoint_beyond_rounding, _group, event_frame
from hearsay.ledger.variables import sentence_of

if len(sys.argv) != 2 or not (Path(sys.argv[1]) / "eval.db").exists():
    sys.exit("error: give the cache directory holding eval.db (run eval_contradictions.py link first)")
store = open_store(f"sqlite:///{sys.argv[1]}/eval.db", create=False)
p, f, d, ce = schema.series_points, schema.figures, schema.documents, schema.canonical_entities
with store.engine.connect() as conn:
    rows = conn.execute(select(p, f.c.char_start, f.c.char_end, f.c.text.label("ft")).join(f, f.c.id == p.c.figure_id)
                        .where(p.c.subject_id.is_not(None), p.c.variable.is_not(None), p.c.period.is_(None))).all()
    names = {r.id: r.name for r in conn.execute(select(ce.c.id, ce.c.name))}
    ids = {r.id: r.doc_id for r in conn.execute(select(d.c.id, d.c.doc_id))}
    groups = defaultdict(list)
    for r in rows:
        if r.basis == "total" and event_frame(r.variable) is None:
            groups[(r.subject_id, r.variable)].append(r)
    cache, words, texts = {}, {}, {}
    n_story = n = 0
    for (s, v), pts in groups.items():
        docs = {r.document_id for r in pts}
        if len(docs) < 2:
            continue
        for i, a in enumerate(pts):
            for b in pts[i + 1:]:
                if a.document_id == b.document_id or _group(conn, a.document_id) == _group(conn, b.document_id):
                    continue
                st = same_story(conn, a.document_id, b.document_id, cache, words)
                if st is None:
                    continue
                n_story += 1
                if not disjoint_beyond_rounding(a, b):
                    continue
                n += 1
                for x in (a, b):
                    if x.document_id not in texts:
                        texts[x.document_id] = conn.execute(select(d.c.text).where(d.c.id == x.document_id)).scalar_one()
                sa = texts[a.document_id][slice(*sentence_of(texts[a.document_id], a.char_start, a.char_end))]
                sb = texts[b.document_id][slice(*sentence_of(texts[b.document_id], b.char_start, b.char_end))]
                print(f"{names[s]} / {v}: {ids[a.document_id]} {a.ft!r} vs {ids[b.document_id]} {b.ft!r}\n   A: {sa[:220]}\n   B: {sb[:220]}")
    print(f"same-story pairs of one subject and variable: {n_story}; disagreeing beyond rounding: {n}")
