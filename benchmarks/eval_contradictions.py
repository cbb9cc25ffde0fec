"""Issue 13: contradiction precision / recall and series coherence on >= 1,000 multi-source articles.

Corpus (all openly licensed, ../shared/datasets):
- ecbplus-entities: 772 articles from many outlets, grouped by topic (two seminal events per
  topic: earthquakes, shootings, arrests, launches...), no publication dates (none is invented);
- the Wikinews/MEANTIME articles (wikinews-statements 40 + the other meantime-en ones) and the
  article-extraction-benchmark HTML pages, read as benchmarks/corpus.py reads them;
- re3d (round 6): the 90 documents of its six permissive folders (press releases and Wikipedia pages on the
  Syria/Iraq conflict; BBC Online, CC BY-NC, was never copied); no publication dates.

Steps (each reuses the previous one's files under --cache, default /work/cache/claims):
  analyse   analyse every article once, cache its hearsay/1 record (records.jsonl)
  link      build a fresh SQLite store from the cached records (ledger included): eval.db
  sample    write a seeded random sample of the reported pairs to label (labels/contradictions-sample.jsonl
            rows get "label": "real" | "false" and a "note" by hand; existing labels are kept)
  series    write the points of the 10 largest series to label (labels/contradictions-series.jsonl,
            "measures": true | false by hand)
  words     content-word cosine of ECB+ article pairs by class (how stories.SIMILARITY_MIN was chosen)
  score     precision of the labelled sample, recall of the hand-found conflicts
            (labels/contradictions-handfound.jsonl), series coherence; dev and test apart.

A pair is "test" when either article is in a dataset's held-out split (meantime / wikinews /
article-extraction-benchmark / re3d (per folder, by _id) i % 5 == 4 as their READMEs define;
ecbplus-entities here holds dev topics only).

    python benchmarks/eval_contradictions.py analyse link sample series score
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
DATASETS = HERE.parent.parent / "shared" / "datasets"
LABELS = HERE / "labels"
SAMPLE = LABELS / "contradictions-sample.jsonl"
HANDFOUND = LABELS / "contradictions-handfound.jsonl"
NOT_DISAGREEMENTS = ("update", "other event")
SERIES = LABELS / "contradictions-series.jsonl"
SEED = 13


def _split_ids() -> set[str]:
    """Article ids in a held-out split."""
    test = set()
    for line in (DATASETS / "wikinews-statements" / "articles.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if cols[1] == "test":
            test.add(f"wikinews-{cols[0]}")
    root = DATASETS / "meantime-en" / "intra-doc_annotation"
    for folder in sorted(root.glob("corpus_*")):
        for i, path in enumerate(sorted(folder.glob("*.xml"))):
            if i % 5 == 4:
                test.add(f"meantime-{path.stem.split('_')[0]}")
    pages = sorted(p.name.split(".")[0] for p in (DATASETS / "article-extraction-benchmark" / "html").glob("*.html.gz"))
    test |= {f"aeb-{k[:12]}" for i, k in enumerate(pages) if i % 5 == 4}
    for path in sorted((DATASETS / "re3d").glob("*/documents.json")):  # re3d README: per folder, by _id, i % 5 == 4
        ids = sorted(json.loads(line)["_id"] for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip())
        test |= {f"re3d-{k[:12]}" for i, k in enumerate(ids) if i % 5 == 4}
    return test


def placeholder_date(ecb_id: str) -> str:
    """DIAGNOSTIC ONLY (--placeholder-dates): a made-up publication date, one per ECB+ seminal event
    (topic N, "ecb" or "ecbplus" article), 40 days apart, so relative dates resolve the same way
    inside one event and never across events. ECB+ gives no dates; these are not real ones."""
    topic, rest = ecb_id.split("_", 1)
    index = int(topic) * 2 + rest.endswith("ecbplus")
    return date.fromordinal(date(2000, 1, 1).toordinal() + 40 * index).isoformat()


def corpus(placeholder_dates: bool = False, include_re3d: bool = True) -> list[dict]:
    """The articles: ECB+ first (topic order), then the Wikinews/MEANTIME/re3d/AEB ones of benchmarks/corpus.py.

    re3d (round 6): the 90 documents of its six permissive folders (BBC Online, CC BY-NC, was never copied);
    the documents carry no publication date, so only those whose text gives one (a dateline) can join a story.
    include_re3d=False gives the 1,073-article corpus of rounds 1-5."""
    from corpus import build_unique  # benchmarks/corpus.py

    rows = []
    with gzip.open(DATASETS / "ecbplus-entities" / "dev.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            rows.append({"id": f"ecb-{obj['id']}", "text": obj["text"], "source": "ecbplus-entities", "topic": obj["topic"],
                         "published": placeholder_date(obj["id"]) if placeholder_dates else None})
    unique, _ = build_unique()
    rows += [r for r in unique if include_re3d or not str(r["source"]).startswith("re3d")]
    return rows


def analyse(cache: Path, placeholder_dates: bool = False, ecb_only: bool = False) -> None:
    from hearsay.pipeline import analyze
    from hearsay.config import Settings
    from hearsay.errors import HearsayError
    from hearsay.ingest.readers import make_article
    from hearsay.record import to_dict

    settings = Settings()
    out = cache / "records.jsonl"
    done = set()
    if out.exists():
        done = {json.loads(line)["meta"]["id"] for line in out.open(encoding="utf-8")}
    t0, n = time.time(), 0
    with out.open("a", encoding="utf-8") as fh:
        for row in corpus(placeholder_dates):
            if row["id"] in done or (ecb_only and not row["id"].startswith("ecb-")):
                continue
            meta = {"id": row["id"], "published": row.get("published"), "url": row.get("url"), "source": row["source"]}
            try:
                art = make_article(text=row["text"], origin=row["id"], meta={k: v for k, v in meta.items() if v})
                rec = analyze(art, settings)
            except HearsayError as exc:
                print(f"skip {row['id']}: {exc}", file=sys.stderr)
                continue
            fh.write(json.dumps({"meta": {**meta, "topic": row.get("topic")}, "record": to_dict(rec)}) + "\n")
            n += 1
    print(f"analysed {n} new articles in {time.time() - t0:.0f} s ({len(done) + n} cached)")


def link(cache: Path) -> None:
    from hearsay.ledger import update_ledger
    from hearsay.record import from_dict
    from hearsay.store import open_store

    db = cache / "eval.db"
    db.unlink(missing_ok=True)
    store = open_store(f"sqlite:///{db}")
    t0, n = time.time(), 0
    for line in (cache / "records.jsonl").open(encoding="utf-8"):
        store.save_linked(from_dict(json.loads(line)["record"]), update_ledger)
        n += 1
    print(f"linked {n} articles in {time.time() - t0:.0f} s")
    store.close()


def _store(cache: Path):  # type: ignore[no-untyped-def]
    from hearsay.store import open_store

    return open_store(f"sqlite:///{cache / 'eval.db'}", create=False)


def _doc_ids(store) -> dict[int, str]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from hearsay.store import schema

    d = schema.documents
    with store.engine.connect() as conn:
        return {r.id: r.doc_id for r in conn.execute(select(d.c.id, d.c.doc_id))}


def reported(store) -> list[dict]:  # type: ignore[no-untyped-def]
    """Every stored contradiction as a labelling row keyed by article ids and texts (store keys change)."""
    from hearsay.query import contradictions

    ids = _doc_ids(store)
    rows, offset = [], 0
    while True:
        page = contradictions(store, limit=500, offset=offset)
        if not page:
            break
        offset += len(page)
        for c in page:
            vals = _values(store, c) if c["kind"] == "figure" else (None, None)
            rows.append({"left_value": vals[0], "right_value": vals[1],"kind": c["kind"], "subject": c["subject"], "variable": c["quantity"], "period": c["period"],
                         "left_doc": ids[c["left"]["document_id"]], "right_doc": ids[c["right"]["document_id"]],
                         "left": c["left"]["text"], "right": c["right"]["text"], "confidence": c["confidence"],
                         "left_sentence": c["left_sentence"], "right_sentence": c["right_sentence"], "reason": c["reason"]})
    return rows


def _values(store, c: dict) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    """The numbers each figure of a pair states (value, low, high), for matching hand-found conflicts."""
    from sqlalchemy import select

    from hearsay.store import schema

    f, p = schema.figures, schema.series_points
    out = []
    with store.engine.connect() as conn:
        for side in ("left", "right"):
            row = conn.execute(select(f.c.value, f.c.low, f.c.high).where(f.c.id == c[side]["id"])).one()
            # and the values the ledger read ("5. 9" split by tokenisation is read whole as 5.9)
            read = conn.execute(select(p.c.value, p.c.low, p.c.high).where(p.c.figure_id == c[side]["id"])).first()
            out.append(sorted({v for v in (*row, *(read or ())) if v is not None}))
    return out[0], out[1]


def _matches(hand: dict, r: dict) -> bool:
    """A reported pair finds a hand-found conflict: same two articles, each side stating the hand value."""
    for a, b in (("left", "right"), ("right", "left")):
        if (r[f"{a}_doc"], r[f"{b}_doc"]) == (hand["left_doc"], hand["right_doc"]) and \
                hand["left_value"] in (r[f"{a}_value"] or []) and hand["right_value"] in (r[f"{b}_value"] or []):
            return True
    return False


def _key(r: dict) -> tuple:
    return tuple(sorted([(r["left_doc"], r["left"]), (r["right_doc"], r["right"])]))


def sample(cache: Path, n: int) -> None:
    store = _store(cache)
    rows = reported(store)
    store.close()
    old = {}
    if SAMPLE.exists():
        old = {_key(r): r for r in map(json.loads, SAMPLE.read_text(encoding="utf-8").splitlines()) if r.get("label")}
    picked = random.Random(SEED).sample(rows, min(n, len(rows)))
    LABELS.mkdir(exist_ok=True)
    with SAMPLE.open("w", encoding="utf-8") as fh:
        for r in picked:
            prev = old.get(_key(r), {})
            fh.write(json.dumps({**r, "label": prev.get("label", ""), "note": prev.get("note", "")}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} pairs reported; {len(picked)} sampled into {SAMPLE.relative_to(HERE.parent)}")


def series(cache: Path, k: int = 10) -> None:
    from hearsay.query import series as one_series
    from hearsay.query import series_keys

    store = _store(cache)
    ids = _doc_ids(store)
    old = {}
    if SERIES.exists():
        old = {(r["series"], r["doc"], r["text"]): r for r in map(json.loads, SERIES.read_text(encoding="utf-8").splitlines())}
    with SERIES.open("w", encoding="utf-8") as fh:
        for key in [s for s in series_keys(store, limit=200) if s["subject_id"] is not None][:k]:
            data = one_series(store, key["subject_id"], key["quantity"])
            name = f"{key['subject']} / {key['quantity']}"
            for p in data["points"] + data["undated"]:
                prev = old.get((name, ids[p["document_id"]], p["text"]), {})
                fh.write(json.dumps({"series": name, "doc": ids[p["document_id"]], "text": p["text"], "as_of": p["as_of"],
                                     "sentence": _sentence(store, p), "measures": prev.get("measures", ""),
                                     "note": prev.get("note", "")}, ensure_ascii=False) + "\n")
    store.close()
    print(f"series points written to {SERIES.relative_to(HERE.parent)}")


def _sentence(store, p: dict) -> str:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from hearsay.ledger.variables import sentence_of
    from hearsay.store import schema

    with store.engine.connect() as conn:
        text = conn.execute(select(schema.documents.c.text).where(schema.documents.c.id == p["document_id"])).scalar_one()
    lo, hi = sentence_of(text, p["char_start"], p["char_end"])
    return text[lo:hi].strip()


def score(cache: Path) -> None:
    test = _split_ids()
    store = _store(cache)
    rows = reported(store)
    with store.engine.connect() as conn:
        from hearsay.ledger.contradictions import check_store

        problems = check_store(conn)
    store.close()
    print(f"reported pairs: {len(rows)} ({sum(r['kind'] == 'figure' for r in rows)} figure, "
          f"{sum(r['kind'] == 'statement' for r in rows)} statement); invariant problems: {len(problems)}")
    labelled = [r for r in map(json.loads, SAMPLE.read_text(encoding="utf-8").splitlines()) if r.get("label")] if SAMPLE.exists() else []
    for part, keep in (("dev", lambda r: r["left_doc"] not in test and r["right_doc"] not in test),
                       ("test", lambda r: r["left_doc"] in test or r["right_doc"] in test)):
        lab = [r for r in labelled if keep(r)]
        real = sum(r["label"] == "real" for r in lab)
        print(f"precision ({part}): {real}/{len(lab)}" + (f" = {real / len(lab):.2f}" if lab else ""))
    if HANDFOUND.exists():
        hand = [json.loads(x) for x in HANDFOUND.read_text(encoding="utf-8").splitlines() if x.strip()]
        hits = [h for h in hand if any(_matches(h, r) for r in rows if r["kind"] == "figure")]
        print(f"recall of hand-found conflicts: {len(hits)}/{len(hand)}" + (f" = {len(hits) / len(hand):.2f}" if hand else ""))
        # round 12: rows marked "kind": "update" are a toll that rose between reports of different days (no disagreement);
        # round 14: "other event" rows give the values of two different events (read again: no disagreement either)
        real = [h for h in hand if h.get("kind") not in NOT_DISAGREEMENTS]
        real_hits = [h for h in hits if h.get("kind") not in NOT_DISAGREEMENTS]
        apart = ", ".join(f"{sum(h.get('kind') == k for h in hand)} {k}s" for k in NOT_DISAGREEMENTS)
        print(f"recall of hand-found disagreements (without {apart}): {len(real_hits)}/{len(real)}"
              + (f" = {len(real_hits) / len(real):.2f}" if real else ""))
        old_real = [h for h in hand if h.get("kind") != "update"]  # round 12's count, for comparison across rounds
        print(f"recall as rounds 12-13 counted it (only updates apart): {sum(h in hits for h in old_real)}/{len(old_real)}")
        kinds: dict[str, list[int]] = {}
        for h in hand:  # rows without "variable" are the casualty/turnout conflicts of rounds 1-3
            kinds.setdefault(h.get("variable", "tolls and turnout (rounds 1-3)"), [0, 0])
            kinds[h.get("variable", "tolls and turnout (rounds 1-3)")][0] += h in hits
            kinds[h.get("variable", "tolls and turnout (rounds 1-3)")][1] += 1
        for name, (hit, n) in kinds.items():
            print(f"  recall, {name}: {hit}/{n} = {hit / n:.2f}")
    if SERIES.exists():
        pts = [json.loads(x) for x in SERIES.read_text(encoding="utf-8").splitlines()]
        lab = [p for p in pts if p["measures"] in (True, False)]
        ok = sum(p["measures"] is True for p in lab)
        print(f"series coherence (10 largest series): {ok}/{len(lab)} points measure their series' variable"
              + (f" = {ok / len(lab):.2f}" if lab else "") + f" ({len(pts)} points listed)")
        for part, keep in (("dev", lambda p: p["doc"] not in test), ("test", lambda p: p["doc"] in test)):
            sub = [p for p in lab if keep(p)]
            good = sum(p["measures"] is True for p in sub)
            print(f"  series coherence ({part} points): {good}/{len(sub)}" + (f" = {good / len(sub):.2f}" if sub else ""))


def words() -> None:
    """Content-word cosine (ledger/stories.py) of ECB+ dev article pairs: same seminal event, same topic
    but the other event, different topics (3,000 seeded pairs each). How SIMILARITY_MIN was chosen."""
    from hearsay.ledger.stories import SIMILARITY_MIN, content_words, cosine

    docs = []
    with gzip.open(DATASETS / "ecbplus-entities" / "dev.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            docs.append((obj["topic"], obj["id"].endswith("plus"), content_words(obj["text"])))
    classes: dict[str, list[tuple[int, int]]] = {"same event": [], "same topic, other event": [], "other topic": []}
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            same_topic = docs[i][0] == docs[j][0]
            key = ("same event" if docs[i][1] == docs[j][1] else "same topic, other event") if same_topic else "other topic"
            classes[key].append((i, j))
    rng = random.Random(SEED)
    for name, pairs in classes.items():
        vals = sorted(cosine(docs[i][2], docs[j][2]) for i, j in rng.sample(pairs, min(3000, len(pairs))))
        share = sum(v >= SIMILARITY_MIN for v in vals) / len(vals)
        print(f"{name}: median {vals[len(vals) // 2]:.2f}, >= {SIMILARITY_MIN}: {share:.1%} of {len(vals)} pairs")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("steps", nargs="+", choices=["analyse", "link", "sample", "series", "score", "words"])
    ap.add_argument("--cache", type=Path, default=Path("/work/cache/claims"))
    ap.add_argument("--sample", type=int, default=60)
    ap.add_argument("--placeholder-dates", action="store_true",
                    help="DIAGNOSTIC: give ECB+ articles made-up dates, one per seminal event (use another --cache)")
    ap.add_argument("--ecb-only", action="store_true", help="analyse the ECB+ articles only")
    ap.add_argument("--tag", default="", help="suffix of the sample and series label files (e.g. -dated)")
    args = ap.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    global SAMPLE, SERIES
    SAMPLE = LABELS / f"contradictions-sample{args.tag}.jsonl"
    SERIES = LABELS / f"contradictions-series{args.tag}.jsonl"
    for step in args.steps:
        {"analyse": lambda: analyse(args.cache, args.placeholder_dates, args.ecb_only), "link": lambda: link(args.cache), "sample": lambda: sample(args.cache, args.sample),
         "series": lambda: series(args.cache), "score": lambda: score(args.cache), "words": words}[step]()


if __name__ == "__main__":
    main()
