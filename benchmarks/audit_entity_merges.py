"""Merge-precision audit of the ledger's canonical entities on the open corpus (issue 12).

Usage (from the project root):
    .venv/bin/python benchmarks/audit_entity_merges.py build --db PATH [--records-cache DIR] [--held-out]
    .venv/bin/python benchmarks/audit_entity_merges.py sample --db PATH --n 80 --seed S --out FILE.tsv
    .venv/bin/python benchmarks/audit_entity_merges.py links --db PATH --match surname --out FILE.tsv
    .venv/bin/python benchmarks/audit_entity_merges.py mentions --db PATH --n 40 --seed S --out FILE.tsv
    .venv/bin/python benchmarks/audit_entity_merges.py score FILE.tsv [FILE.tsv ...]

``build`` ingests the open corpus (``open_corpus.py``: ECB+, Wikinews, MEANTIME, the
article-extraction-benchmark pages, GUM's Wikinews documents and re3d; 1,019 articles) into the
store at PATH through :func:`hearsay.service.ingest_articles`, the function behind ``hearsay
ingest``, with records from the records cache (default /work/cache/records). The identity check
splits (ECB+ topics divisible by 5, MEANTIME's test files, GUM's held-out documents) are left
out, so no audit finding can come from held-out text; ``--held-out`` puts them back (audits up to
round 23 were drawn from the 1,073 articles of ECB+, Wikinews, MEANTIME and the benchmark pages,
check topics included).

``sample`` draws ``--n`` canonical entities, uniformly with ``random.Random(seed)``, among those
whose linked per-article entities carry 2+ distinct names (case-folded, spaces collapsed), and
writes a TSV: canonical id, canonical name, type, number of names and articles, every name with
its count, one context sentence per name (the name's first mention, marked ``[[...]]``, with its
article id), and empty ``label`` and ``note`` columns.

Label each row ``correct`` or ``wrong`` by reading the contexts: a merge is correct only if every
name in it denotes the same real-world entity. ``score`` prints the share correct among labelled
rows with a 95 % Wilson interval.

``links`` audits one linking rule link by link: every ``entity_links`` row whose evidence
``match`` is ``--match`` (e.g. ``surname``: a bare surname joined to a full name), with the
article's name, the canonical name it joined, the co-mentioned entities that counted as
evidence and the first mention in context. Label each row as above: correct only if the name
in that article denotes the canonical entity.

``mentions`` audits what the name-level samples cannot see: the mentions an article attaches to
an entity without naming it. Every stored mention is put in one of three kinds — ``pronoun``
(a row of ``lexicon/pronouns.tsv``: "he", "they"), ``description`` (a common-noun phrase: its
first word is lower-case or a determiner: "the company", "police", "The spokesman") and ``short``
(a capitalised form other than the entity's name: "Blair" for "Tony Blair", "GM") — and ``--n``
mentions of each kind are drawn with ``random.Random(seed)``. Each row shows the article's
entity name, the canonical entity's name and the text before the mention (up to the paragraph or
``--width`` characters) so the antecedent is in view. Label each row ``correct`` only if the
mention, in its article, denotes the entity the article's entity name denotes. ``score`` prints
the share per kind as well as overall. Labelled files live in ``benchmarks/labels/``.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import re
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

DEFAULT_CACHE = "/work/cache/records"
COLUMNS = ["canonical_id", "name", "type", "n_names", "n_articles", "names", "contexts", "label", "note"]
LABELS = ("correct", "wrong")


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def build(db: str, cache_dir: str, held_out: bool = False) -> int:
    """Ingest the open corpus into ``db`` and print what was stored."""
    from collections import Counter

    from open_corpus import RecordsCache, ingest_cached, iter_open_corpus

    skipped: Counter[str] = Counter()
    items = list(iter_open_corpus(skipped=skipped, held_out=held_out))
    by_set = Counter(i.dataset for i in items)
    cache = RecordsCache(cache_dir)
    summary = ingest_cached([i.article for i in items], db, cache)
    print(f"{len(items)} articles ({', '.join(f'{k} {v}' for k, v in by_set.items())}; reader skipped {sum(skipped.values())})")
    print(f"{summary.stored} stored, {summary.skipped} already stored, {summary.linked} near-duplicates, "
          f"{len(summary.failures)} failed; records cache {cache.hits} hits, {cache.misses} analysed ({cache.folder})")
    con = sqlite3.connect(db)
    n_canon = con.execute("SELECT COUNT(*) FROM canonical_entities").fetchone()[0]
    n_multi = len(candidates(con))
    con.close()
    print(f"{n_canon} canonical entities, {n_multi} of them merge 2+ distinct names")
    return 1 if summary.failures else 0


def candidates(con: sqlite3.Connection) -> dict[int, dict[str, list[Any]]]:
    """Return, per canonical entity with 2+ distinct names, its mentions grouped by folded name."""
    rows = con.execute("""
        SELECT l.canonical_id, e.name, d.doc_id, d.id, m.char_start, m.char_end
        FROM entity_links l JOIN entities e ON e.id = l.entity_id JOIN documents d ON d.id = e.document_id
        LEFT JOIN mentions m ON m.entity_id = e.id
        ORDER BY l.canonical_id, d.id, m.char_start""")
    names: dict[int, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for cid, name, doc_id, key, start, end in rows:
        names[cid][_fold(name)].append((name, doc_id, key, start, end))
    return {cid: by for cid, by in names.items() if len(by) >= 2}


def context(text: str, start: int | None, end: int | None, width: int = 220) -> str:
    """Return the sentence around ``start..end`` with the mention marked ``[[...]]``."""
    if start is None or end is None:
        return ""
    left = max(text.rfind("\n", 0, start), *(text.rfind(p, 0, start) + 1 for p in (". ", "? ", "! ")))
    left = max(left + 1, start - width)
    found = [i for i in (text.find("\n", end), *(text.find(p, end) for p in (". ", "? ", "! "))) if i >= 0]
    right = min(min(found, default=len(text)) + 1, end + width, len(text))
    return _clean(f"{text[left:start]}[[{text[start:end]}]]{text[end:right]}")


def sample(db: str, n: int, seed: int, out: str) -> int:
    """Write a TSV of ``n`` canonical entities with 2+ names drawn with ``seed``."""
    con = sqlite3.connect(db)
    pool = candidates(con)
    if not pool:
        print(f"error: {db} has no canonical entity with 2+ names (run build first)", file=sys.stderr)
        return 2
    chosen = random.Random(seed).sample(sorted(pool), min(n, len(pool)))
    texts: dict[int, str] = {}
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        for cid in chosen:
            name, etype = con.execute("SELECT name, type FROM canonical_entities WHERE id = ?", (cid,)).fetchone()
            by_name = sorted(pool[cid].items(), key=lambda kv: (-len({r[2] for r in kv[1]}), kv[0]))
            articles = {r[2] for _, rs in by_name for r in rs}
            shown, contexts = [], []
            for _, rs in by_name:
                first = rs[0]
                shown.append(f"{first[0]} ({len({r[2] for r in rs})} art)")
                if first[2] not in texts:
                    texts[first[2]] = con.execute("SELECT text FROM documents WHERE id = ?", (first[2],)).fetchone()[0]
                contexts.append(f"{first[0]}: {context(texts[first[2]], first[3], first[4])} <{first[1]}>")
            writer.writerow([cid, _clean(name), etype, len(by_name), len(articles), " | ".join(map(_clean, shown)),
                             " || ".join(contexts), "", ""])
    con.close()
    print(f"wrote {len(chosen)} of {len(pool)} candidate entities to {out}")
    return 0


MENTION_COLUMNS = ["mention_id", "kind", "mention", "entity", "canonical", "type", "article", "context", "label", "note"]
MENTION_KINDS = ("pronoun", "description", "short")
_DETERMINERS = frozenset("the a an this that these those its his her their our your my".split())


def _pronoun_forms() -> frozenset[str]:
    from hearsay import lexicon

    return frozenset(r["pronoun"].casefold() for r in lexicon.load("pronouns.tsv"))


def mention_kind(text: str, name: str, pronouns: frozenset[str]) -> str | None:
    """Return the audit kind of a mention ``text`` of the entity called ``name``; None for the name itself."""
    folded = _fold(text)
    if not folded or folded == _fold(name):
        return None
    if folded in pronouns:
        return "pronoun"
    first = text.split()[0]
    if first[:1].islower() or first.casefold() in _DETERMINERS:
        return "description"
    return "short"


def preceding(text: str, start: int, end: int, width: int) -> str:
    """Return the text before ``start..end`` back to ``width`` characters, to the sentence end after it."""
    left = max(0, start - width)
    if left:
        left = text.find(" ", left) + 1 or left
    found = [i for i in (text.find("\n", end), *(text.find(p, end) for p in (". ", "? ", "! "))) if i >= 0]
    right = min(min(found, default=len(text)) + 1, end + 160, len(text))
    return _clean(f"{'…' if left else ''}{text[left:start]}[[{text[start:end]}]]{text[end:right]}")


def mentions(db: str, n: int, seed: int, out: str, width: int = 600) -> int:
    """Write a TSV of ``n`` mentions per kind (pronoun, description, short form) drawn with ``seed``."""
    con = sqlite3.connect(db)
    pronouns = _pronoun_forms()
    rows = con.execute("""
        SELECT m.id, m.text, e.name, c.name, e.type, d.doc_id, d.id, m.char_start, m.char_end
        FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN documents d ON d.id = m.document_id
        LEFT JOIN entity_links l ON l.entity_id = e.id LEFT JOIN canonical_entities c ON c.id = l.canonical_id
        ORDER BY m.id""").fetchall()
    pools: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        kind = mention_kind(row[1], row[2], pronouns)
        if kind:
            pools[kind].append(row)
    if not pools:
        print(f"error: {db} has no mention other than names (run build first)", file=sys.stderr)
        return 2
    rng = random.Random(seed)
    texts: dict[int, str] = {}
    written = 0
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(MENTION_COLUMNS)
        for kind in MENTION_KINDS:
            pool = pools.get(kind, [])
            for mid, text, name, canonical, etype, doc_id, key, start, end in rng.sample(pool, min(n, len(pool))):
                if key not in texts:
                    texts[key] = con.execute("SELECT text FROM documents WHERE id = ?", (key,)).fetchone()[0]
                writer.writerow([mid, kind, _clean(text), _clean(name), _clean(canonical or ""), etype, doc_id,
                                 preceding(texts[key], start, end, width), "", ""])
                written += 1
    con.close()
    sizes = ", ".join(f"{k} {len(pools.get(k, []))}" for k in MENTION_KINDS)
    print(f"wrote {written} mentions to {out} (pool: {sizes} of {len(rows)} stored mentions)")
    return 0


LINK_COLUMNS = ["entity_id", "article", "name", "canonical", "context_score", "shared", "context", "label", "note"]


def links(db: str, match: str, out: str) -> int:
    """Write a TSV of every link made by evidence ``match``, one row per linked article entity."""
    con = sqlite3.connect(db)
    rows = con.execute("""
        SELECT l.entity_id, d.doc_id, d.id, e.name, c.name, l.evidence,
               (SELECT m.char_start FROM mentions m WHERE m.entity_id = e.id ORDER BY m.char_start LIMIT 1),
               (SELECT m.char_end FROM mentions m WHERE m.entity_id = e.id ORDER BY m.char_start LIMIT 1)
        FROM entity_links l JOIN entities e ON e.id = l.entity_id JOIN documents d ON d.id = l.document_id
        JOIN canonical_entities c ON c.id = l.canonical_id
        WHERE json_extract(l.evidence, '$.match') = ? ORDER BY l.entity_id""", (match,)).fetchall()
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(LINK_COLUMNS)
        for link_id, doc_id, key, name, canonical, evidence, start, end in rows:
            ev = json.loads(evidence or "{}")
            text = con.execute("SELECT text FROM documents WHERE id = ?", (key,)).fetchone()[0]
            writer.writerow([link_id, doc_id, _clean(name), _clean(canonical), ev.get("context", ""),
                             "; ".join(ev.get("shared", [])), context(text, start, end), "", ""])
    con.close()
    print(f"wrote {len(rows)} links made by {match!r} to {out}")
    return 0


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Return the Wilson score interval of ``k`` successes in ``n`` trials."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    mid = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, mid - half), min(1.0, mid + half)


def score(paths: list[str]) -> int:
    """Print the share of labelled rows marked correct in each labels file."""
    for path in paths:
        try:
            with open(path, encoding="utf-8", newline="") as fh:
                rows = list(csv.DictReader(fh, delimiter="\t"))
        except OSError as exc:
            print(f"error: cannot read {path}: {exc.strerror}", file=sys.stderr)
            return 2
        if rows and "label" not in rows[0]:
            print(f"error: {path} has no 'label' column", file=sys.stderr)
            return 2
        labels = [(r.get("label") or "").strip().lower() for r in rows]
        bad = sorted({x for x in labels if x and x not in LABELS})
        if bad:
            print(f"error: {path}: labels must be correct or wrong, found {', '.join(bad)}", file=sys.stderr)
            return 2
        done = [x for x in labels if x]
        k = done.count("correct")
        lo, hi = wilson(k, len(done))
        share = k / len(done) if done else 0.0
        print(f"{path}: {len(done)} of {len(rows)} rows labelled, {k} correct = {share:.1%} (95% Wilson {lo:.1%}-{hi:.1%})")
        kinds = sorted({r.get("kind") or "" for r in rows} - {""})
        for kind in kinds:
            sub = [x for x, r in zip(labels, rows, strict=True) if x and r.get("kind") == kind]
            k = sub.count("correct")
            lo, hi = wilson(k, len(sub))
            print(f"  {kind}: {k} of {len(sub)} correct = {k / len(sub) if sub else 0.0:.1%} (95% Wilson {lo:.1%}-{hi:.1%})")
    return 0


def _read_labels(path: str) -> list[dict[str, str]] | None:
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh, delimiter="\t"))
    except OSError as exc:
        print(f"error: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return None


def agree(first: str, second: str) -> int:
    """Print how often two annotators' labels of the same sample agree, with Cohen's kappa."""
    a, b = _read_labels(first), _read_labels(second)
    if a is None or b is None:
        return 2
    key = next((c for c in ("canonical_id", "entity_id", "mention_id") if a and c in a[0]), None)
    if key is None or [r.get(key) for r in a] != [r.get(key) for r in b]:
        print(f"error: {first} and {second} are not labels of the same rows", file=sys.stderr)
        return 2
    pairs = [((x.get("label") or "").strip().lower(), (y.get("label") or "").strip().lower()) for x, y in zip(a, b, strict=True)]
    pairs = [(x, y) for x, y in pairs if x and y]
    if not pairs:
        print("error: no row is labelled in both files", file=sys.stderr)
        return 2
    n = len(pairs)
    observed = sum(x == y for x, y in pairs) / n
    chance = sum((sum(x == lab for x, _ in pairs) / n) * (sum(y == lab for _, y in pairs) / n) for lab in LABELS)
    kappa = (observed - chance) / (1 - chance) if chance < 1 else 1.0
    print(f"{n} rows labelled in both: {sum(x == y for x, y in pairs)} agree = {observed:.1%}, Cohen's kappa {kappa:.2f}")
    for (x, y), row in zip(pairs, a, strict=False):
        if x != y:
            print(f"  {row.get(key)} {row.get('name') or row.get('mention', '')}: {x} / {y}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="ingest the open corpus into a store")
    b.add_argument("--db", required=True)
    b.add_argument("--records-cache", default=DEFAULT_CACHE, metavar="DIR")
    b.add_argument("--held-out", action="store_true",
                   help="also ingest the identity check splits (left out by default: audits must not read them)")
    s = sub.add_parser("sample", help="draw canonical entities that merge 2+ names into a TSV to label")
    s.add_argument("--db", required=True)
    s.add_argument("--n", type=int, default=80)
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--out", required=True)
    k = sub.add_parser("links", help="every link one rule made, one row per article, into a TSV to label")
    k.add_argument("--db", required=True)
    k.add_argument("--match", required=True, help="evidence match kind, e.g. surname, retype, translit")
    k.add_argument("--out", required=True)
    t = sub.add_parser("mentions", help="draw pronoun, description and short-form mentions into a TSV to label")
    t.add_argument("--db", required=True)
    t.add_argument("--n", type=int, default=40, help="mentions per kind (default 40)")
    t.add_argument("--seed", type=int, required=True)
    t.add_argument("--width", type=int, default=600, help="characters of text shown before a mention")
    t.add_argument("--out", required=True)
    c = sub.add_parser("score", help="share of labelled rows marked correct")
    c.add_argument("files", nargs="+")
    g = sub.add_parser("agree", help="agreement of two annotators' labels of one sample")
    g.add_argument("first")
    g.add_argument("second")
    args = parser.parse_args(argv)
    if args.command == "agree":
        return agree(args.first, args.second)
    if args.command == "build":
        return build(args.db, args.records_cache, args.held_out)
    if not args.command == "score" and not Path(args.db).exists():
        print(f"error: no store at {args.db}", file=sys.stderr)
        return 2
    if args.command == "sample":
        return sample(args.db, args.n, args.seed, args.out)
    if args.command == "links":
        return links(args.db, args.match, args.out)
    if args.command == "mentions":
        return mentions(args.db, args.n, args.seed, args.out, args.width)
    return score(args.files)


if __name__ == "__main__":
    sys.exit(main())
