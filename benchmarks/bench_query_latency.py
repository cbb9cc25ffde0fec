"""Query latency on a store of 20,000 synthetic-but-realistic articles (issue 6).

Two steps:

``load``  generates N records with :mod:`synthetic` (varied copies of real analysed articles;
          no spaCy) and stores each one the way ``hearsay ingest`` does after analysis:
          ``Store.save_linked(record, update_ledger)``, one transaction per article with its
          ledger updates. Prints the load rate every ``--every`` articles (the ledger's cost
          grows with the store) and the store size at the end.

``run``   times the read functions the CLI, API and web share (``hearsay.query``) over
          ``--samples`` random targets: ``entity_page`` and ``entity_overview`` (the web entity
          page) for entities drawn by their number of articles (half uniformly over all
          entities, half weighted by articles, so popular ones are measured as users meet
          them), ``series`` and ``figures(subject, quantity)`` (what the web series page reads) over
          (subject, quantity) keys drawn the same way, ``statements(speaker=...)`` and
          ``search`` over words drawn from the stored texts. Optionally ``--http`` times the
          same entity and series requests through the FastAPI app (TestClient, in-process):
          ``GET /api/entities/{id}`` (entity_overview) and ``GET /series/view`` (web chart).
          Prints median, p95 and max per function.

``about`` times ``statements(about=...)`` as it was before commit 7e634a9 (a correlated
          EXISTS, with its query plan) and as it is, on the same entities.

Examples::

    .venv/bin/python benchmarks/bench_query_latency.py load --n 20000 --db /tmp/hearsay-20k.db
    .venv/bin/python benchmarks/bench_query_latency.py run --db /tmp/hearsay-20k.db --samples 200
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from corpus import load_line, run_header  # noqa: E402


def _size(path: Path) -> str:
    total = sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())
    return f"{total / 2**20:.0f} MiB"


def load(args: argparse.Namespace) -> None:
    import synthetic
    from sqlalchemy import text

    from hearsay.ledger import update_ledger
    from hearsay.store import open_store

    path = Path(args.db)
    if path.exists() and not args.append:
        sys.exit(f"{path} exists; remove it or pass --append")
    print(run_header(" ".join(sys.argv)))
    store = open_store(f"sqlite:///{path}")
    gen = synthetic.Generator(seed=args.seed)
    t0 = last = time.perf_counter()
    check_time = 0.0
    stored = 0
    for i, data in enumerate(gen.records(args.n), 1):
        t = time.perf_counter()
        synthetic.check(data, with_schema=i % args.schema_every == 0)
        record = synthetic.to_record(data)
        check_time += time.perf_counter() - t
        key, created = store.save_linked(record, update_ledger)
        stored += created
        if i % args.every == 0 or i == args.n:
            now = time.perf_counter()
            print(f"{i:>6} articles  {args.every / (now - last):6.1f}/s over the last {args.every}  "
                  f"{i / (now - t0 - check_time):6.1f}/s overall (store only)  store {_size(path)}", flush=True)
            last = now
    elapsed = time.perf_counter() - t0
    counts = store.table_counts()
    with store.engine.connect() as conn:
        copies = conn.execute(text("SELECT count(*) FROM duplicates WHERE original_id <> document_id")).scalar_one()
    store.close()
    print(f"stored {stored} of {args.n} generated ({copies} linked as near-duplicate copies) in {elapsed:.0f} s "
          f"(generation + checks {check_time:.0f} s): {stored / (elapsed - check_time):.1f} articles/s through "
          f"save_linked; store {_size(path)}")
    print("rows: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print(load_line())


# -- replicate: a small store loaded through the ledger, copied up to N articles ---------------
# Loading 20,000 articles through save_linked takes over an hour on two shared cores; the web
# pages' latency depends on row counts and their distribution, not on how the rows came in. So
# ``replicate`` copies every article of a store loaded with ``load`` (real analysed records,
# varied by synthetic.py, linked by the real ledger) with new keys: each copy keeps its text,
# entities, statements, figures, events and ledger links (same canonical entities, so a popular
# entity becomes popular in every copy), gets a new sha256 and doc_id, and its publication date
# (and full-day statement and event dates) moved by the same number of days within 2024-2025.
# Contradictions are copied with their sides; duplicate groups within each copy. MinHash
# signatures are not copied (no page reads them).

# table -> (key column or None, {column: table whose key it holds})
_COPIED = {
    "documents": ("id", {}),
    "entities": ("id", {"document_id": "documents"}),
    "mentions": ("id", {"document_id": "documents", "entity_id": "entities"}),
    "statements": ("id", {"document_id": "documents"}),
    "figures": ("id", {"document_id": "documents"}),
    "times": ("id", {"document_id": "documents"}),
    "events": ("id", {"document_id": "documents"}),
    "rejected": ("id", {"document_id": "documents"}),
    "ledger_documents": (None, {"document_id": "documents"}),
    "duplicates": (None, {"document_id": "documents", "group_id": "documents", "original_id": "documents"}),
    "entity_links": (None, {"entity_id": "entities", "document_id": "documents"}),
    "statement_links": (None, {"statement_id": "statements", "document_id": "documents"}),
    "series_points": (None, {"figure_id": "figures", "document_id": "documents"}),
    "contradictions": ("id", {"left_document_id": "documents", "right_document_id": "documents"}),
}


def _shift(col: str, k: int) -> str:
    """SQL moving a full ISO day in ``col`` by a per-copy number of days, kept within 2024-2025."""
    days = f"((CAST(julianday(substr({col}, 1, 10)) - julianday('2024-01-01') AS INTEGER) + {k * 53}) % 731 + 731) % 731"
    return (f"CASE WHEN {col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' "
            f"THEN date('2024-01-01', '+' || {days} || ' days') || substr({col}, 11) ELSE {col} END")


def replicate(args: argparse.Namespace) -> None:
    """Copy the articles of --db (with their ledger rows) until it holds --n articles."""
    import sqlite3

    print(run_header(" ".join(sys.argv)))
    conn = sqlite3.connect(args.db)
    base = conn.execute("SELECT count(*), max(id) FROM documents").fetchone()
    if base[0] != base[1]:
        sys.exit("replicate wants a store whose article keys run 1..N (a fresh `load`)")
    maxes = {t: conn.execute(f"SELECT coalesce(max({key}), 0) FROM {t}").fetchone()[0]
             for t, (key, _) in _COPIED.items() if key}
    copies = -(-args.n // base[0])  # ceil: the base counts as copy 0
    t0 = time.perf_counter()
    for k in range(1, copies):
        wanted = min(base[0], args.n - k * base[0])
        if wanted <= 0:
            break
        for table, (key, refs) in _COPIED.items():
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            exprs = []
            for c in cols:
                if c == key:
                    exprs.append(f"{c} + {k * maxes[table]}")
                elif c in refs:
                    exprs.append(f"{c} + {k * maxes[refs[c]]}")
                elif table == "contradictions" and c in ("left_id", "right_id"):
                    exprs.append(f"{c} + CASE kind WHEN 'figure' THEN {k * maxes['figures']} ELSE {k * maxes['statements']} END")
                elif table == "documents" and c == "sha256":
                    exprs.append("lower(hex(randomblob(32)))")
                elif table == "documents" and c == "doc_id":
                    exprs.append(f"doc_id || '~{k}'")
                elif (table, c) in (("documents", "published"), ("statements", "date"), ("events", "date")):
                    exprs.append(_shift(c, k))
                else:
                    exprs.append(c)
            doc = "id" if table == "documents" else ("left_document_id" if table == "contradictions" else "document_id")
            where = f"{doc} <= {wanted}" + (f" AND right_document_id <= {wanted}" if table == "contradictions" else "")
            conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(exprs)} FROM {table} "
                         f"WHERE {where} AND {doc} <= {base[1]}")
        conn.commit()
        print(f"copy {k}: {k * base[0] + wanted} articles, {time.perf_counter() - t0:.0f} s", flush=True)
    factor = conn.execute("SELECT count(*) FROM documents").fetchone()[0] / base[0]
    conn.execute("UPDATE canonical_entities SET n_documents = (SELECT count(DISTINCT document_id) FROM entity_links l "
                 "WHERE l.canonical_id = canonical_entities.id)")
    conn.execute("UPDATE statement_clusters SET n_documents = (SELECT count(DISTINCT document_id) FROM statement_links l "
                 "WHERE l.cluster_id = statement_clusters.id)")
    conn.commit()
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("documents", "statements", "figures", "events", "series_points", "contradictions", "canonical_entities")}
    conn.close()
    print(f"x{factor:.1f}: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + f"; store {_size(Path(args.db))}")
    print(load_line())


# -- timing ------------------------------------------------------------------------------------

def _time(fn: Callable[[], Any]) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def _report(name: str, times: list[float]) -> str:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return f"{name:<28} n={len(times):<4} median {statistics.median(times):8.1f} ms  p95 {p95:8.1f} ms  max {times[-1]:8.1f} ms"


def _targets(store: Any, rng: random.Random, samples: int) -> dict[str, list[Any]]:
    from sqlalchemy import text

    with store.engine.connect() as conn:
        ents = conn.execute(text("SELECT id, n_documents FROM canonical_entities ORDER BY id")).all()
        keys = conn.execute(text(
            "SELECT subject_id, quantity, count(*) FROM series_points p WHERE subject_id IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM duplicates d WHERE d.document_id = p.document_id AND d.original_id <> d.document_id) "
            "GROUP BY subject_id, quantity ORDER BY subject_id, quantity")).all()
        speakers = conn.execute(text(
            "SELECT speaker_id, count(*) FROM statement_links WHERE speaker_id IS NOT NULL GROUP BY speaker_id ORDER BY speaker_id")).all()
        texts = [r[0] for r in conn.execute(text("SELECT content FROM statements ORDER BY id LIMIT 5000"))]

    def mix(rows: list[Any], weight: Callable[[Any], float]) -> list[Any]:
        half = samples // 2
        uniform = [rng.choice(rows) for _ in range(samples - half)]
        weighted = rng.choices(rows, weights=[weight(r) for r in rows], k=half)
        return uniform + weighted

    words = [w for t in texts for w in t.split() if w.isalpha() and len(w) > 4]
    queries = [" ".join(rng.sample(words, rng.choice([1, 1, 2]))) for _ in range(samples)]
    return {
        "entities": [r[0] for r in mix(ents, lambda r: r[1])],
        "series": [(r[0], r[1]) for r in mix(keys, lambda r: r[2])],
        "speakers": [r[0] for r in mix(speakers, lambda r: r[1])],
        "queries": queries,
    }


def run(args: argparse.Namespace) -> None:
    from hearsay import query
    from hearsay.store import open_store

    path = Path(args.db)
    print(run_header(" ".join(sys.argv)))
    store = open_store(f"sqlite:///{path}")
    counts = store.table_counts()
    print(f"store: {path} ({_size(path)}), {counts['documents']} articles, {counts['canonical_entities']} canonical entities, "
          f"{counts['series_points']} series points, {counts['statements']} statements, {counts['contradictions']} contradictions")
    rng = random.Random(args.seed)
    targets = _targets(store, rng, args.samples)
    # one untimed pass over a few targets warms SQLite's page cache the way a running server is warm
    for e in targets["entities"][:5]:
        query.entity_page(store, e)
    cases: list[tuple[str, list[Callable[[], Any]]]] = [
        ("query.entity_page", [lambda e=e: query.entity_page(store, e) for e in targets["entities"]]),
        ("query.series", [lambda k=k: query.series(store, k[0], k[1]) for k in targets["series"]]),
        ("query.figures(subject,qty)", [lambda k=k: query.figures(store, k[0], k[1], limit=query.MAX_LIMIT)
                                        for k in targets["series"]]),
        ("query.statements(speaker)", [lambda s=s: query.statements(store, speaker=s) for s in targets["speakers"]]),
        ("query.search", [lambda q=q: query.search(store, q) for q in targets["queries"]]),
    ]
    if args.overview:
        cases.insert(1, ("query.entity_overview", [lambda e=e: query.entity_overview(store, e) for e in targets["entities"]]))
    if args.only:
        cases = [c for c in cases if any(o in c[0] for o in args.only.split(","))]
    for name, calls in cases:
        times = [_time(c) for c in calls]
        print(_report(name, times), flush=True)
        if args.slowest:
            worst = sorted(zip(times, range(len(calls))), reverse=True)[: args.slowest]
            print("   slowest:", ", ".join(f"{t:.0f} ms (#{i})" for t, i in worst))
    if args.http:
        _http(store, targets)
    store.close()
    print(load_line())


def _old_about(target: int, limit: int = 50) -> Any:
    """The statements(about=...) query as it was before commit 7e634a9: a correlated EXISTS."""
    from sqlalchemy import exists, select

    from hearsay import query
    from hearsay.store import schema

    s, d, m, el = schema.statements, schema.documents, schema.mentions, schema.entity_links
    return (query._statement_query().where(exists(select(m.c.id).join(el, el.c.entity_id == m.c.entity_id).where(
        el.c.canonical_id == target, m.c.document_id == s.c.document_id,
        m.c.char_start >= s.c.char_start, m.c.char_end <= s.c.char_end)))
        .order_by(d.c.published.desc().nulls_last(), s.c.document_id.desc(), s.c.char_start).limit(limit))


def about(args: argparse.Namespace) -> None:
    """Time statements(about=...) before and after commit 7e634a9 on the same entities; check equal rows."""
    from hearsay import query
    from hearsay.store import open_store

    print(run_header(" ".join(sys.argv)))
    store = open_store(f"sqlite:///{args.db}")
    print(f"store: {args.db}, {store.count()} articles, {store.count('statements')} statements")
    targets = _targets(store, random.Random(args.seed), args.samples)["entities"]
    with store.engine.connect() as conn:
        plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(_old_about(targets[0]).compile(
            store.engine, compile_kwargs={"literal_binds": True}))).all()
    print("plan before:", "; ".join(r[3] for r in plan))
    before = [_time(lambda e=e: query._all(store, _old_about(e))) for e in targets]
    after = [_time(lambda e=e: query.statements(store, about=e)) for e in targets]
    same = all(query._all(store, _old_about(e)) == query.statements(store, about=e) for e in targets[:20])
    print(_report("statements(about) before", before))
    print(_report("statements(about) after", after))
    print(f"same rows on the first 20 entities: {same}")
    store.close()


def _http(store: Any, targets: dict[str, list[Any]]) -> None:
    from fastapi.testclient import TestClient

    from hearsay.server import create_app

    client = TestClient(create_app(store=store))
    ent = [_time(lambda e=e: client.get(f"/api/entities/{e}").raise_for_status()) for e in targets["entities"]]
    print(_report("GET /api/entities/{id}", ent))
    ser = [_time(lambda k=k: client.get("/series/view", params={"subject": k[0], "quantity": k[1]}).raise_for_status())
           for k in targets["series"]]
    print(_report("GET /series/view (web)", ser))


# -- pages: the workbench's pages and API lists over HTTP (issue 17) ----------------------------

def _page_cases(store: Any, rng: random.Random, samples: int) -> list[tuple[str, list[str]]]:
    """(name, URLs) for each page timed: fixed pages repeated, entity pages over drawn targets."""
    from sqlalchemy import text

    t = _targets(store, rng, samples)
    with store.engine.connect() as conn:
        n_docs = conn.execute(text("SELECT count(*) FROM documents")).scalar_one()
        n_st = conn.execute(text("SELECT count(*) FROM statements")).scalar_one()
        n_fig = conn.execute(text("SELECT count(*) FROM series_points")).scalar_one()
        n_con = conn.execute(text("SELECT count(*) FROM contradictions")).scalar_one()
        pairs = conn.execute(text("SELECT DISTINCT substr(actor_code, 1, 3), substr(target_code, 1, 3) FROM events "
                                  "WHERE type IN ('AID', 'COOPERATE') AND substr(actor_code, 1, 3) <> substr(target_code, 1, 3) "
                                  "ORDER BY 1, 2")).all()
        con_ids = [r[0] for r in conn.execute(text("SELECT id FROM contradictions ORDER BY id"))]
    deep = {"/": n_docs - 50, "/statements": n_st // 2, "/figures": n_fig // 2}

    def same(url: str) -> list[str]:
        return [url] * samples

    ents, spk = t["entities"], t["speakers"]
    return [
        ("/ (articles)", same("/")),
        ("/?offset=deep", same(f"/?offset={deep['/']}")),
        ("/?sort=title&offset=deep", same(f"/?sort=title&offset={deep['/']}")),
        ("/?q=word", [f"/?q={q}" for q in t["queries"]]),
        ("/statements", same("/statements")),
        ("/statements?offset=deep", same(f"/statements?offset={deep['/statements']}")),
        ("/statements?sort=-speaker", same("/statements?sort=-speaker")),
        ("/statements?sort=outlet&offset=deep", same(f"/statements?sort=outlet&offset={deep['/statements']}")),
        ("/statements?speaker=", [f"/statements?speaker={e}" for e in spk]),
        ("/statements?speaker=&kind&dates", [f"/statements?speaker={e}&kind=direct&since=2024-06&until=2025-06" for e in spk]),
        ("/statements?about=", [f"/statements?about={e}" for e in ents]),
        ("/statements?about=&sort=date", [f"/statements?about={e}&sort=date" for e in ents]),
        ("/figures", same("/figures")),
        ("/figures?offset=deep", same(f"/figures?offset={deep['/figures']}")),
        ("/figures?sort=-value", same("/figures?sort=-value")),
        ("/figures?subject=", [f"/figures?subject={k[0]}" for k in t["series"]]),
        ("/events", same("/events")),
        ("/events?sort=type&offset=5000", same("/events?sort=type&offset=5000")),
        ("/events?entity=", [f"/events?entity={e}" for e in ents]),
        ("/series", same("/series")),
        ("/series?sort=subject&offset=500", same("/series?sort=subject&offset=500")),
        ("/series/view", [f"/series/view?subject={k[0]}&quantity={k[1]}" for k in t["series"]]),
        ("/contradictions", same("/contradictions")),
        ("/contradictions?sort=-confidence&offset=deep", same(f"/contradictions?sort=-confidence&offset={n_con // 2}")),
        ("/contradictions/{id}", [f"/contradictions/{rng.choice(con_ids)}" for _ in range(samples)] if con_ids else []),
        ("/entities", same("/entities")),
        ("/entities?sort=name&offset=1000", same("/entities?sort=name&offset=1000")),
        ("/entities/{key}", [f"/entities/{e}" for e in ents]),
        ("/transfers", same("/transfers")),
        ("/transfers?from=&to=", [f"/transfers?from={a}&to={b}" for a, b in rng.choices(pairs, k=samples)] if pairs else []),
        ("/review", same("/review")),
        ("/api/articles?sort=-published", same("/api/articles?sort=-published")),
        ("/api/statements", same("/api/statements")),
        ("/api/statements?offset=deep&sort=-date", same(f"/api/statements?offset={deep['/statements']}&sort=-date")),
        ("/api/statements?speaker=", [f"/api/statements?speaker={e}" for e in spk]),
        ("/api/statements/facets", same("/api/statements/facets")),
        ("/api/figures", same("/api/figures")),
        ("/api/figures/facets", same("/api/figures/facets")),
        ("/api/events", same("/api/events")),
        ("/api/events/facets", same("/api/events/facets")),
        ("/api/series", same("/api/series")),
        ("/api/contradictions", same("/api/contradictions")),
        ("/api/entities?sort=-documents", same("/api/entities?sort=-documents")),
        ("/api/export/statements?speaker=", [f"/api/export/statements?format=csv&speaker={e}" for e in spk]),
    ]


def pages(args: argparse.Namespace) -> None:
    """Time the web pages and API lists (TestClient, in-process). Each page's first request is
    timed apart ("first": before anything is kept for it), then --samples requests (p50, p95)."""
    from fastapi.testclient import TestClient

    from hearsay.server import create_app
    from hearsay.store import open_store

    print(run_header(" ".join(sys.argv)))
    store = open_store(f"sqlite:///{args.db}")
    counts = store.table_counts()
    print(f"store: {args.db} ({_size(Path(args.db))}), {counts['documents']} articles, {counts['statements']} statements, "
          f"{counts['series_points']} series points, {counts['events']} events, {counts['contradictions']} contradictions, "
          f"{counts['canonical_entities']} canonical entities")
    from hearsay import query

    client = TestClient(create_app(store=store))
    kept = getattr(query, "_CACHE", None)  # counts kept per store state (issue 17); absent before it
    if args.cold:
        print("--cold: nothing kept between requests (every request is the first after an ingest)")

    def get(url: str) -> Any:
        if args.cold and kept is not None:
            kept.clear()
        return client.get(url)

    cases = _page_cases(store, random.Random(args.seed), args.samples)
    if args.only:
        cases = [c for c in cases if any(o in c[0] for o in args.only.split(","))]
    for name, urls in cases:
        if not urls:
            print(f"{name:<44} (nothing to time in this store)")
            continue
        t0 = time.perf_counter()
        first = get(urls[0])
        cold = (time.perf_counter() - t0) * 1000  # the first request of a page: nothing kept yet for it
        if first.status_code != 200:
            print(f"{name:<44} status {first.status_code}: not served")
            continue
        times, bad = [], 0
        for url in urls:
            t0 = time.perf_counter()
            r = get(url)
            times.append((time.perf_counter() - t0) * 1000)
            bad += r.status_code != 200
        print(_report(name, times).replace(f"{name:<28}", f"{name:<44}") + f"  first {cold:8.1f} ms"
              + (f"  ({bad} not 200)" if bad else ""), flush=True)
    store.close()
    print(load_line())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("load", help="generate and store N synthetic articles")
    p.add_argument("--n", type=int, default=20000)
    p.add_argument("--db", default=os.environ.get("BENCH_DB", "/tmp/hearsay-20k.db"))
    p.add_argument("--seed", type=int, default=6)
    p.add_argument("--every", type=int, default=1000, help="print the rate every this many articles")
    p.add_argument("--schema-every", type=int, default=10,
                   help="run the JSON Schema check on every k-th record (offsets are checked on all)")
    p.add_argument("--append", action="store_true")
    p.set_defaults(func=load)
    c = sub.add_parser("replicate", help="copy a loaded store's articles, with new keys and dates, up to N")
    c.add_argument("--n", type=int, default=20000)
    c.add_argument("--db", default=os.environ.get("BENCH_DB", "/tmp/hearsay-20k.db"))
    c.set_defaults(func=replicate)
    r = sub.add_parser("run", help="time the query functions")
    r.add_argument("--db", default=os.environ.get("BENCH_DB", "/tmp/hearsay-20k.db"))
    r.add_argument("--samples", type=int, default=200)
    r.add_argument("--seed", type=int, default=1)
    r.add_argument("--overview", action="store_true", help="also time query.entity_overview (the web entity page)")
    r.add_argument("--http", action="store_true", help="also time the API through FastAPI's TestClient")
    r.add_argument("--only", help="comma-separated substrings of the function names to time")
    r.add_argument("--slowest", type=int, default=0, help="list the k slowest calls of each function")
    r.set_defaults(func=run)
    w = sub.add_parser("pages", help="time the web pages and API lists of the workbench over HTTP")
    w.add_argument("--db", default=os.environ.get("BENCH_DB", "/tmp/hearsay-20k.db"))
    w.add_argument("--samples", type=int, default=20)
    w.add_argument("--seed", type=int, default=1)
    w.add_argument("--only", help="comma-separated substrings of the page names to time")
    w.add_argument("--cold", action="store_true", help="keep no counts between requests (the first view after an ingest)")
    w.set_defaults(func=pages)
    a = sub.add_parser("about", help="time statements(about=...) before and after its rewrite")
    a.add_argument("--db", default=os.environ.get("BENCH_DB", "/tmp/hearsay-20k.db"))
    a.add_argument("--samples", type=int, default=100)
    a.add_argument("--seed", type=int, default=1)
    a.set_defaults(func=about)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
