"""Issue 13, round 12 (diagnostic): figure pairs inside the open corpus's known multi-report stories, dev parts only.

ECB+ is made of topics whose articles report one seminal event each (topic N, "ecb" or "ecbplus" articles: two
events a topic), from many outlets; MEANTIME's four folders follow one story each (Airbus, Apple, GM, stocks) over
many Wikinews articles. Dev parts only: ECB+ topics with topic % 5 != 0, MEANTIME files with i % 5 != 4 (per folder,
sorted, as benchmarks/eval_contradictions.py splits them).

For each story it lists (1) the pairs the ledger reported between two of its articles and (2) every pair of
undated total points of one event measure (killed, injured, missing, casualties, magnitude; `event_frame`) in two
of its articles whose values disagree beyond rounding, with the reason the story rule did not compare them (an
article undated, dates more than STORY_DAYS apart, no shared specific place, words too far apart) - the pairs a
reader sees, so each can be labelled by reading both sentences; and (3) dated points of one subject and variable
whose values disagree beyond rounding in another period (two reports of one variable the period rule never compares).

    python benchmarks/claims_dev_stories.py /work/cache/claims14 [--json out.jsonl]
"""
import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATASETS = HERE.parent.parent / "shared" / "datasets"


def story_of() -> dict[str, str]:
    """Corpus article id -> story name, dev parts only."""
    out: dict[str, str] = {}
    import gzip
    with gzip.open(DATASETS / "ecbplus-entities" / "dev.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj["topic"] % 5 != 0:
                out[f"ecb-{obj['id']}"] = f"ecb+ {obj['topic']} {'ecbplus' if obj['id'].endswith('plus') else 'ecb'}"
    wiki = {}
    for line in (DATASETS / "wikinews-statements" / "articles.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if cols[7]:
            wiki[cols[7]] = f"wikinews-{cols[0]}"
    root = DATASETS / "meantime-en" / "intra-doc_annotation"
    for folder in sorted(root.glob("corpus_*")):
        for i, path in enumerate(sorted(folder.glob("*.xml"))):
            if i % 5 != 4:
                rel = f"{folder.name}/{path.name}"
                out[wiki.get(rel, f"meantime-{path.stem.split('_')[0]}")] = f"meantime {folder.name[7:]}"
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cache", type=Path)
    ap.add_argument("--json", type=Path, help="write every listed pair as a labelling row")
    args = ap.parse_args()
    if not (args.cache / "eval.db").exists():
        sys.exit(f"error: no eval.db under {args.cache} (run eval_contradictions.py analyse link first)")
    from sqlalchemy import select

    from hearsay.ledger.contradictions import _group, disjoint_beyond_rounding, event_frame
    from hearsay.ledger.stories import STORY_DAYS, SIMILARITY_MIN, anchor, content_words, cosine, same_story
    from hearsay.ledger.variables import sentence_of
    from hearsay.store import open_store, schema

    stories = story_of()
    store = open_store(f"sqlite:///{args.cache / 'eval.db'}", create=False)
    p, f, d, c, ce = schema.series_points, schema.figures, schema.documents, schema.contradictions, schema.canonical_entities
    rows_out = []
    with store.engine.connect() as conn:
        docs = {r.id: r.doc_id for r in conn.execute(select(d.c.id, d.c.doc_id))}
        key_of = {k: stories[v] for k, v in docs.items() if v in stories}
        names = {r.id: r.name for r in conn.execute(select(ce.c.id, ce.c.name))}
        members: dict[str, list[int]] = defaultdict(list)
        for k, s in key_of.items():
            members[s].append(k)
        dates: dict = {}
        texts: dict[int, str] = {}

        def sent(doc: int, lo: int, hi: int) -> str:
            if doc not in texts:
                texts[doc] = conn.execute(select(d.c.text).where(d.c.id == doc)).scalar_one()
            a, b = sentence_of(texts[doc], lo, hi)
            return " ".join(texts[doc][a:b].split())

        dated = sum(anchor(conn, k, dates) is not None for k in key_of)
        print(f"dev stories: {len(members)} ({sum(s.startswith('ecb') for s in members)} ECB+ events, "
              f"{sum(s.startswith('meantime') for s in members)} MEANTIME folders); articles {len(key_of)}, dated {dated}")
        rep = conn.execute(select(c)).all()
        n_rep = 0
        for r in rep:
            if r.left_document_id in key_of and r.right_document_id in key_of:
                n_rep += 1
                same = key_of[r.left_document_id] == key_of[r.right_document_id]
                print(f"REPORTED [{key_of[r.left_document_id]}{'' if same else ' / ' + key_of[r.right_document_id]}] "
                      f"{r.quantity}: {r.reason[:160]}\n   L {docs[r.left_document_id]}: {r.left_sentence[:240]}\n"
                      f"   R {docs[r.right_document_id]}: {r.right_sentence[:240]}")
                rows_out.append({"list": "reported", "story": key_of[r.left_document_id], "variable": r.quantity,
                                 "left_doc": docs[r.left_document_id], "right_doc": docs[r.right_document_id],
                                 "left_sentence": r.left_sentence, "right_sentence": r.right_sentence, "label": "", "note": ""})
        print(f"reported pairs inside dev stories: {n_rep}")
        pts = conn.execute(select(p, f.c.char_start, f.c.char_end, f.c.text.label("ft"))
                           .join(f, f.c.id == p.c.figure_id).where(p.c.document_id.in_(list(key_of)),
                                                                   p.c.variable.is_not(None))).all()
        words: dict = {}
        counts: dict[str, int] = defaultdict(int)
        seen_pairs = set()
        by_story: dict[tuple[str, str], list] = defaultdict(list)
        for r in pts:
            fr = event_frame(r.variable)
            if fr and r.period is None and r.basis == "total":
                by_story[(key_of[r.document_id], fr)].append(r)
        for (s, fr), group in sorted(by_story.items()):
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    if a.document_id == b.document_id or not disjoint_beyond_rounding(a, b):
                        continue
                    if _group(conn, a.document_id) == _group(conn, b.document_id):
                        continue
                    da, db = anchor(conn, a.document_id, dates), anchor(conn, b.document_id, dates)
                    if da is None or db is None:
                        why = "undated"
                    elif abs((da - db).days) > STORY_DAYS:
                        why = f"dates {da} / {db} more than {STORY_DAYS} days apart"
                    elif same_story(conn, a.document_id, b.document_id, dates, words) is None:
                        for k in (a.document_id, b.document_id):
                            words.setdefault(k, content_words(sent(k, 0, 0) and texts[k]))
                        sim = cosine(words[a.document_id], words[b.document_id])
                        why = "no shared specific place" if sim >= SIMILARITY_MIN else f"similarity {sim:.2f}"
                    else:
                        why = "one story (place / date guard or self-disagreement)"
                    reported = (min(a.figure_id, b.figure_id), max(a.figure_id, b.figure_id)) in {
                        (x.left_id, x.right_id) for x in rep}
                    if reported:
                        why = "REPORTED"
                    counts[why.split(" ")[0]] += 1
                    seen_pairs.add((a.figure_id, b.figure_id))
                    print(f"TOLL [{s}] {fr}: {a.ft!r} ({names.get(a.subject_id)}) vs {b.ft!r} ({names.get(b.subject_id)}) -- {why}\n"
                          f"   A {docs[a.document_id]} {da}: {sent(a.document_id, a.char_start, a.char_end)[:240]}\n"
                          f"   B {docs[b.document_id]} {db}: {sent(b.document_id, b.char_start, b.char_end)[:240]}")
                    rows_out.append({"list": "toll", "story": s, "variable": fr, "why": why, "left_doc": docs[a.document_id],
                                     "right_doc": docs[b.document_id], "left": a.ft, "right": b.ft,
                                     "left_sentence": sent(a.document_id, a.char_start, a.char_end),
                                     "right_sentence": sent(b.document_id, b.char_start, b.char_end), "label": "", "note": ""})
        print(f"undated toll/magnitude pairs disagreeing beyond rounding inside dev stories: {sum(counts.values())} {dict(counts)}")
        groups: dict[tuple, list] = defaultdict(list)
        for r in pts:
            if r.subject_id is not None and r.period is not None:
                groups[(key_of[r.document_id], r.subject_id, r.variable)].append(r)
        n_other = 0
        for (s, subj, var), group in sorted(groups.items(), key=lambda kv: str(kv[0])):
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    if a.document_id == b.document_id or a.period == b.period or not disjoint_beyond_rounding(a, b):
                        continue
                    n_other += 1
                    print(f"DATED [{s}] {names.get(subj)} / {var}: {a.ft!r} {a.period} vs {b.ft!r} {b.period}\n"
                          f"   A {docs[a.document_id]}: {sent(a.document_id, a.char_start, a.char_end)[:200]}\n"
                          f"   B {docs[b.document_id]}: {sent(b.document_id, b.char_start, b.char_end)[:200]}")
        print(f"dated pairs of one subject and variable in different periods, disagreeing: {n_other}")
    store.close()
    if args.json:
        args.json.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows_out), encoding="utf-8")


if __name__ == "__main__":
    main()
