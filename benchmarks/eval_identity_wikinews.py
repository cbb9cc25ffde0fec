"""Cross-article entity identity on consecutive 2019 and 2020 Wikinews articles, labelled entity by entity (issue 12).

Usage (from the project root):
    .venv/bin/python benchmarks/eval_identity_wikinews.py build --db PATH [--split SPLIT] [--records-cache DIR]
    .venv/bin/python benchmarks/eval_identity_wikinews.py sheet --db PATH --out FILE.tsv [--part K/N]
    .venv/bin/python benchmarks/eval_identity_wikinews.py score --db PATH LABELS.tsv [...] [--errors N] [--json]
    .venv/bin/python benchmarks/eval_identity_wikinews.py agree --second SECOND.tsv FIRST.tsv [...]

The ECB+, MEANTIME and GUM golds (``eval_ledger_entities.py``) were tuned on for many rounds and
their held-out splits score below their dev splits. This set widens the identity dev data with
different text: every article of ``benchmarks/data/identity-wikinews/source`` (consecutive rows of
English Wikinews 2020, selected by the rule in that folder's README), which share many entities
across articles (countries, the WHO, officials, the outbreak).

**Splits** (``SPLITS``): rows 47-90 of the 2020 file are **dev** (read and tuned on from session
18); rows from 91 on are **check** (selected by the same rule, never read for rules; score them
once, at the end of a session). The 2019 part (``source-2019``, README rule 4, session 19) has its
own pair: rows 60-79 of the 2019 file are **dev2019**, rows 80-99 **check2019**. ``build --split``
picks one; each split is its own store, so no link crosses them.

``build`` analyses the articles of one split and stores them in ONE fresh SQLite store through
:func:`hearsay.service.ingest_articles` (what ``hearsay ingest`` runs), with records from the
records cache (see ``open_corpus.py``).

``sheet`` writes a labelling sheet: one row per per-article entity hearsay found (article, local
id, name, type, its mention forms with counts, up to three contexts and the article's title and
date) and empty ``referent`` and ``note`` columns. It never shows the canonical entity: the
annotator says what each per-article entity denotes, not whether the ledger joined it right.
``--part K/N`` writes the K-th of N parts (whole articles), so several annotators can work apart.

Labelling rule (``referent``): the real-world entity the per-article entity denotes in its
article, written as its English Wikipedia title when it has one ("World Health Organization",
"Donald Trump", "Wuhan"), else ``new:`` and a name unique to that entity ("new:Jane Roe, Ohio
nurse"), spelled the same in every row that denotes it; ``-`` when it denotes no particular
entity (a generic "people", "officials" of no one body, a common noun, a date or number read as
a name); ``mixed`` when its mentions denote two or more different entities.

``score`` reads the labels and scores the store's canonical entities (``entity_links``) over the
labelled per-article entities whose referent is neither ``-`` nor ``mixed`` (each entity one item).
Since round 34 (``--keying offsets``, the default) an entity of the store takes the referent most of
the labelled mentions it holds at the same offsets carry: the sheet's contexts mark the first
mention of each form, found again in the stored text, so an entity a later per-article step merged
into another, renamed or retyped is still scored, and one holding two referents' mentions equally is
ambiguous. An entity holding no labelled mention falls back to the key used up to round 33
(``--keying name``): article, case-folded name and type, so a store built by later code scores the
entities it still finds under the same names; the others are counted as unlabelled, and two
entities of one article with the same key but different referents as ambiguous:

- B-cubed P/R/F1 over the items, and pairwise P/R/F1 over pairs of items in different articles;
- next to the baselines **same name** (identical case-folded per-article names), **same name,
  names only** (the same, but an entity with no capital letter in its name stays in its article,
  as the ledger keeps descriptions local) and **article only** (no link across articles);
- the share of ``mixed`` and ``-`` rows (per-article errors and non-entities), and with
  ``--errors N`` the N largest wrong merges and missed links.

``agree`` compares a second annotator's labels of some rows with the first's: the share of rows
given the same kind of label (a title, a ``new:`` name, ``-``, ``mixed``), the same label (a
``new:`` name is the annotator's own spelling, so two ``new:`` labels count as the same here), and,
over every pair of rows both gave a referent, the share of pairs both call the same entity or both
call different ones (what the scores above depend on).
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import sys
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_ledger_entities import PRF, bcubed, pairwise_cross_doc  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FIRST_CHECK_ROW = 91  # rows before it are dev (benchmarks/data/identity-wikinews/README.md, rule 3)
SOURCE = ROOT / "benchmarks" / "data" / "identity-wikinews" / "source"
SOURCE_2019 = ROOT / "benchmarks" / "data" / "identity-wikinews" / "source-2019"
SOURCE_GV = ROOT / "benchmarks" / "data" / "globalvoices-2012" / "source"  # Global Voices, May 2012 (rule 1)


@dataclass(frozen=True)
class Split:
    """One split: the transcribed rows of one source file between two row numbers (inclusive).

    A Global Voices split (``gv_split`` set) ignores the row numbers: its files are named by post id,
    and it takes the posts whose split in the corpus's ``posts.tsv`` is ``gv_split``.
    """

    source: Path
    year: int
    first_row: int
    last_row: int
    gv_split: str = ""


SPLITS = {
    "dev": Split(SOURCE, 2020, 1, FIRST_CHECK_ROW - 1),
    "check": Split(SOURCE, 2020, FIRST_CHECK_ROW, 10**6),
    "dev2019": Split(SOURCE_2019, 2019, 60, 79),  # README rule 4
    "check2019": Split(SOURCE_2019, 2019, 80, 99),
    "dev2019b": Split(SOURCE_2019, 2019, 112, 122),  # README rule 5
    "check2019b": Split(SOURCE_2019, 2019, 123, 134),
    "gvdev": Split(SOURCE_GV, 2012, 0, 0, "dev"),  # globalvoices-2012 README rule 1: posts 1-15
    "gvcheck": Split(SOURCE_GV, 2012, 0, 0, "check"),  # posts 16 on: never read for rules
}
DEFAULT_CACHE = "/work/cache/records"
SHEET_COLUMNS = ["article", "entity", "name", "type", "forms", "contexts", "title", "referent", "note"]
NO_REFERENT = "-"
MIXED = "mixed"
AMBIGUOUS = "ambiguous"  # two entities of one article, same name and type, different referents


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


# -- corpus -------------------------------------------------------------------------------------

def read_source(path: Path, year: int = 2020) -> dict[str, str]:
    """Return one transcribed row: title (line 1), date (line 2), url (line 3), text (after the blank line)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    if len(lines) < 5 or lines[3].strip():
        raise ValueError(f"{path}: expected title, date and URL lines, then a blank line")
    doc = path.stem if path.stem.startswith("gv-") else f"wn{year}-{path.stem.split('-')[1]}"
    return {"id": doc, "title": lines[0].strip(), "published": lines[1].strip(),
            "url": lines[2].strip(), "text": "\n".join(lines[4:]).strip() + "\n"}


def split_of(path: Path) -> str:
    """``dev`` or ``check`` for a transcribed row file (``row-NNN.txt``)."""
    return "check" if int(path.stem.split("-")[1]) >= FIRST_CHECK_ROW else "dev"


def split_files(split: str) -> list[Path]:
    """The transcribed row files of ``split`` (a key of ``SPLITS``), in row order."""
    part = SPLITS[split]
    if part.gv_split:
        rows = (part.source.parent / "posts.tsv").read_text(encoding="utf-8").splitlines()[1:]
        cells = [r.split("\t") for r in rows if r.strip()]
        return [part.source / f"gv-{c[1]}.txt" for c in cells if c[4] == part.gv_split]
    return [p for p in sorted(part.source.glob("row-*.txt"))
            if part.first_row <= int(p.stem.split("-")[1]) <= part.last_row]


def articles(split: str = "dev") -> list[Any]:
    """Return the hearsay Articles of every transcribed row of ``split``, in row order."""
    from hearsay.ingest.readers import make_article

    year = SPLITS[split].year
    rows = [read_source(p, year) for p in split_files(split)]
    outlet = "Global Voices" if SPLITS[split].gv_split else f"Wikinews {year}"
    origin = "globalvoices" if SPLITS[split].gv_split else f"wikinews{year}"
    return [make_article(text=r["text"], origin=f"{origin}:{r['id']}",
                         meta={"id": r["id"], "url": r["url"], "published": r["published"], "title": r["title"],
                               "source": outlet})
            for r in rows]


def build(db: str, cache_dir: str, split: str = "dev") -> int:
    """Analyse and store every article of ``split`` in ``db`` (which must not exist yet)."""
    from open_corpus import RecordsCache, ingest_cached

    if Path(db).exists():
        print(f"error: {db} exists; build writes a fresh store", file=sys.stderr)
        return 2
    items = articles(split)
    if not items:
        print(f"error: no transcribed {split} articles in {SPLITS[split].source}", file=sys.stderr)
        return 2
    cache = RecordsCache(cache_dir)
    summary = ingest_cached(items, db, cache)
    con = sqlite3.connect(db)
    n_entities = con.execute("SELECT COUNT(*) FROM entities").fetchone()[0]
    n_canon = con.execute("SELECT COUNT(*) FROM canonical_entities").fetchone()[0]
    con.close()
    print(f"{len(items)} {split} articles: {summary.stored} stored, {summary.skipped} already stored, "
          f"{len(summary.failures)} failed; records cache {cache.hits} hits, {cache.misses} analysed; "
          f"{n_entities} per-article entities, {n_canon} canonical entities")
    return 1 if summary.failures else 0


# -- labelling sheet ----------------------------------------------------------------------------

def _context(text: str, start: int, end: int, width: int = 160) -> str:
    left = max(0, start - width)
    right = min(len(text), end + width)
    return _clean(f"{'…' if left else ''}{text[left:start]}[[{text[start:end]}]]{text[end:right]}{'…' if right < len(text) else ''}")


def sheet(db: str, out: str, part: tuple[int, int] = (1, 1)) -> int:
    """Write the labelling sheet of every per-article entity (of part ``K/N`` of the articles)."""
    con = sqlite3.connect(db)
    docs = con.execute("SELECT id, doc_id, title, published, text FROM documents ORDER BY doc_id").fetchall()
    if not docs:
        print(f"error: {db} holds no article (run build first)", file=sys.stderr)
        return 2
    k, n = part
    chosen = [d for i, d in enumerate(docs) if i * n // len(docs) == k - 1]
    rows = 0
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(SHEET_COLUMNS)
        for key, doc_id, title, published, text in chosen:
            entities = con.execute("SELECT id, local_id, name, type FROM entities WHERE document_id = ? ORDER BY id",
                                   (key,)).fetchall()
            for eid, local_id, name, etype in entities:
                mentions = con.execute("SELECT text, char_start, char_end FROM mentions WHERE entity_id = ? "
                                       "ORDER BY char_start", (eid,)).fetchall()
                forms = Counter(_clean(m[0]) for m in mentions)
                firsts: dict[str, tuple[int, int]] = {}
                for m_text, start, end in mentions:
                    firsts.setdefault(_fold(m_text), (start, end))
                contexts = [_context(text, s, e) for s, e in list(firsts.values())[:3]]
                writer.writerow([doc_id, local_id, _clean(name), etype,
                                 " | ".join(f"{f} x{c}" for f, c in forms.most_common()),
                                 " || ".join(contexts), f"{_clean(title or '')} ({published or '?'})", "", ""])
                rows += 1
    con.close()
    print(f"wrote {rows} per-article entities of {len(chosen)} articles to {out}")
    return 0


# -- scoring ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Item:
    """One labelled per-article entity found again in the store."""

    article: str
    name: str
    type: str
    referent: str
    canonical: int
    canonical_name: str


@dataclass(frozen=True)
class LabelRow:
    """One labelled row of a sheet: its key, its referent and its contexts (``[[mention]]`` marked)."""

    article: str
    name: str
    type: str
    referent: str
    contexts: str


def read_label_rows(paths: Sequence[str]) -> list[LabelRow]:
    """Return every row with a referent of the sheets ``paths``; refuse one row labelled in two files."""
    rows: list[LabelRow] = []
    source: dict[tuple[str, str, str], str] = {}
    for path in paths:
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                referent = _clean(row.get("referent") or "")
                if not referent:
                    continue
                key = (row["article"], _fold(row["name"]), row["type"])
                if source.setdefault(key, path) != path:
                    raise ValueError(f"{key} is labelled in {source[key]} and {path}: score one annotator's sheets "
                                     "(identity-wikinews-[123].tsv), not a second annotator's sample")
                rows.append(LabelRow(row["article"], row["name"], row["type"], referent, row.get("contexts") or ""))
    return rows


def read_labels(paths: Sequence[str]) -> dict[tuple[str, str, str], str]:
    """Return the referent of each (article, folded name, type). Two entities of one article with
    the same name and type but different referents cannot be told apart in a later store: both
    become ``AMBIGUOUS`` and are left out of the scores (and counted)."""
    return _name_labels(read_label_rows(paths))


def _name_labels(rows: Sequence[LabelRow]) -> dict[tuple[str, str, str], str]:
    labels: dict[tuple[str, str, str], str] = {}
    for row in rows:
        key = (row.article, _fold(row.name), row.type)
        labels[key] = AMBIGUOUS if key in labels and labels[key] != row.referent else row.referent
    return labels


def _cleaned_with_offsets(text: str) -> tuple[str, list[int]]:
    """Return ``text`` with whitespace runs made one space (as ``_clean`` does, ends kept) and, for
    each character of it, its offset in ``text``."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            ch = " "
        out.append(ch)
        offsets.append(i)
    return "".join(out), offsets


def locate_mentions(text: str, contexts: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets in ``text`` of the marked mention of each context of a sheet
    row (``sheet`` writes the first mention of each form with up to 160 characters either side,
    whitespace folded); a context not found in ``text`` gives nothing."""
    cleaned, offsets = _cleaned_with_offsets(text)
    spans: list[tuple[int, int]] = []
    for context in contexts.split(" || ") if contexts else []:
        if "[[" not in context or "]]" not in context:
            continue
        left, rest = context.split("[[", 1)
        mention, right = rest.split("]]", 1)
        left, right = left.removeprefix("…"), right.removesuffix("…")
        at = cleaned.find(left + mention + right)
        if at < 0 or not mention:
            continue
        start = at + len(left)
        spans.append((offsets[start], offsets[start + len(mention) - 1] + 1))
    return spans


def offset_labels(db: str, rows: Sequence[LabelRow]) -> dict[str, list[tuple[int, int, str]]]:
    """Return, per article, the located mention spans of the labelled rows with their referents."""
    con = sqlite3.connect(db)
    texts = dict(con.execute("SELECT doc_id, text FROM documents").fetchall())
    con.close()
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for row in rows:
        if row.article in texts:
            spans[row.article] += [(s, e, row.referent) for s, e in locate_mentions(texts[row.article], row.contexts)]
    return spans


def _offset_referent(mentions: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int, str]]) -> str | None:
    """The referent of the labelled mentions a store entity holds at the same offsets: the one most
    of them carry, ``AMBIGUOUS`` on a tie between two referents (two labelled entities merged into
    one, or one span labelled twice), None when the entity holds none. Only equal spans count: a
    country inside an organisation's name ("Trinidad" of "Trinidad Guardian") overlaps both."""
    held = set(mentions)
    votes = Counter(ref for start, end, ref in spans if (start, end) in held)
    if not votes:
        return None
    (best, n), *rest = votes.most_common(2) + [("", 0)]
    return best if n > rest[0][1] else AMBIGUOUS


def load_items(db: str, labels: dict[tuple[str, str, str], str],
               spans: dict[str, list[tuple[int, int, str]]] | None = None) -> tuple[list[Item], Counter[str]]:
    """Return the store's labelled entities with a referent, and counts of the other rows.

    With ``spans`` (offset keying, ``offset_labels``) an entity takes the referent of the labelled
    mentions it holds at the same offsets (``_offset_referent``), so an entity a later per-article
    step merged, renamed or retyped is still scored; an entity holding none falls back to its
    (article, name, type) key (counted as ``by name``). Without, every entity is keyed by (article,
    name, type)."""
    con = sqlite3.connect(db)
    rows = con.execute("""
        SELECT d.doc_id, e.id, e.name, e.type, l.canonical_id, c.name
        FROM entities e JOIN documents d ON d.id = e.document_id
        JOIN entity_links l ON l.entity_id = e.id JOIN canonical_entities c ON c.id = l.canonical_id
        ORDER BY d.doc_id, e.id""").fetchall()
    mentions: dict[int, list[tuple[int, int]]] = defaultdict(list)
    if spans is not None:
        for eid, start, end in con.execute("SELECT entity_id, char_start, char_end FROM mentions"):
            mentions[eid].append((start, end))
    con.close()
    items: list[Item] = []
    counts: Counter[str] = Counter()
    for article, eid, name, etype, canonical, canonical_name in rows:
        referent = None if spans is None else _offset_referent(mentions[eid], spans.get(article, []))
        if spans is not None and referent is None and (article, _fold(name), etype) in labels:
            counts["by name"] += 1
        if referent is None:
            referent = labels.get((article, _fold(name), etype))
        if referent is None:
            counts["unlabelled"] += 1
        elif referent == AMBIGUOUS:
            counts["ambiguous"] += 1
        elif referent == NO_REFERENT:
            counts["no referent"] += 1
        elif referent == MIXED:
            counts["mixed"] += 1
        else:
            items.append(Item(article, name, etype, referent, canonical, canonical_name))
    return items, counts


def systems(items: list[Item]) -> dict[str, list[Hashable]]:
    """The clusterings compared: the ledger and the baselines."""
    def names_only(item: Item) -> Hashable:
        return _fold(item.name) if any(ch.isupper() for ch in item.name) else (item.article, _fold(item.name))

    return {
        "ledger": [i.canonical for i in items],
        "same name": [_fold(i.name) for i in items],
        "same name, names only": [names_only(i) for i in items],
        "article only": [(i.article, _fold(i.name)) for i in items],
    }


def score(items: list[Item]) -> dict[str, dict[str, float]]:
    """B-cubed and cross-article pairwise figures of each system."""
    gold = [i.referent for i in items]
    docs = [i.article for i in items]
    out: dict[str, dict[str, float]] = {}
    for name, labels in systems(items).items():
        b3: PRF = bcubed(gold, labels)
        pw, counts = pairwise_cross_doc(gold, labels, docs)
        out[name] = {"b3_p": b3.p, "b3_r": b3.r, "b3_f1": b3.f1, "xdoc_p": pw.p, "xdoc_r": pw.r, "xdoc_f1": pw.f1,
                     **{k: float(v) for k, v in counts.items()}}
    return out


def errors(items: list[Item], n: int) -> tuple[list[str], list[str]]:
    """The ``n`` canonical entities joining most wrong cross-article pairs, and the ``n`` referents
    with most missed cross-article pairs."""
    by_canonical: dict[int, list[Item]] = defaultdict(list)
    by_referent: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_canonical[item.canonical].append(item)
        by_referent[item.referent].append(item)

    def wrong(group: list[Item]) -> int:
        return sum(1 for a in range(len(group)) for b in range(a + 1, len(group))
                   if group[a].article != group[b].article and group[a].referent != group[b].referent)

    def missed(group: list[Item]) -> int:
        return sum(1 for a in range(len(group)) for b in range(a + 1, len(group))
                   if group[a].article != group[b].article and group[a].canonical != group[b].canonical)

    merges = sorted(((wrong(g), cid) for cid, g in by_canonical.items() if wrong(g)), reverse=True)[:n]
    splits = sorted(((missed(g), ref) for ref, g in by_referent.items() if missed(g)), reverse=True)[:n]
    merge_lines = [f"{w:4d} wrong pairs  {by_canonical[cid][0].canonical_name!r}: "
                   + "; ".join(f"{ref} x{c}" for ref, c in Counter(i.referent for i in by_canonical[cid]).most_common())
                   for w, cid in merges]
    split_lines = [f"{m:4d} missed pairs {ref!r}: "
                   + "; ".join(f"{i.name} ({i.type}, {i.article}) -> #{i.canonical}" for i in by_referent[ref][:8])
                   for m, ref in splits]
    return merge_lines, split_lines


def report(db: str, label_files: Sequence[str], n_errors: int, as_json: bool, keying: str = "offsets") -> int:
    rows = read_label_rows(label_files)
    labels = _name_labels(rows)
    if not labels:
        print("error: no labelled row in " + ", ".join(label_files), file=sys.stderr)
        return 2
    items, counts = load_items(db, labels, offset_labels(db, rows) if keying == "offsets" else None)
    result = score(items)
    if as_json:
        print(json.dumps({"items": len(items), "other_rows": dict(counts), "systems": result}, indent=2))
        return 0
    referents = Counter(i.referent for i in items)
    print(f"{len(items)} labelled entities with a referent ({len(referents)} referents, "
          f"{sum(1 for c in referents.values() if c > 1)} in 2+ entities); "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print(f"{'system':24} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} | {'xdoc P':>6} {'xdoc R':>6} {'xdoc F1':>7} | pairs sys/gold/correct")
    for name, r in result.items():
        print(f"{name:24} {r['b3_p']:6.3f} {r['b3_r']:6.3f} {r['b3_f1']:6.3f} | {r['xdoc_p']:6.3f} {r['xdoc_r']:6.3f} "
              f"{r['xdoc_f1']:7.3f} | {int(r['system_pairs'])}/{int(r['gold_pairs'])}/{int(r['correct_pairs'])}")
    if n_errors:
        merges, splits = errors(items, n_errors)
        print("\nwrong merges (canonical entity: referents)")
        print("\n".join(merges) or "  none")
        print("\nmissed links (referent: per-article entities -> canonical id)")
        print("\n".join(splits) or "  none")
    return 0


def _kind(referent: str) -> str:
    if referent in (NO_REFERENT, MIXED):
        return referent
    return "new" if referent.startswith("new:") else "title"


def agree(first: Sequence[str], second: str) -> int:
    """Print how far a second annotator's labels (``second``) agree with the first labels of the same
    rows (in the ``first`` sheets)."""
    def rows(paths: Sequence[str]) -> dict[tuple[str, str], str]:
        out: dict[tuple[str, str], str] = {}
        for path in paths:
            with open(path, encoding="utf-8", newline="") as fh:
                out.update({(r["article"], r["entity"]): _clean(r.get("referent") or "") for r in csv.DictReader(fh, delimiter="\t")})
        return out

    a, b = rows(first), rows([second])
    common = sorted(k for k in a.keys() & b.keys() if a[k] and b[k])
    if not common:
        print(f"error: {second} shares no labelled row with {', '.join(first)}", file=sys.stderr)
        return 2
    same_kind = sum(_kind(a[k]) == _kind(b[k]) for k in common)
    same = sum(a[k] == b[k] or _kind(a[k]) == _kind(b[k]) == "new" for k in common)
    named = [k for k in common if _kind(a[k]) in {"title", "new"} and _kind(b[k]) in {"title", "new"}]
    pairs = [(x, y) for i, x in enumerate(named) for y in named[i + 1:]]
    pair_agree = sum((a[x] == a[y]) == (b[x] == b[y]) for x, y in pairs)
    joined = [(x, y) for x, y in pairs if a[x] == a[y] or b[x] == b[y]]
    joined_agree = sum((a[x] == a[y]) == (b[x] == b[y]) for x, y in joined)
    print(f"{len(common)} rows labelled by both: same kind {same_kind} ({same_kind / len(common):.3f}), "
          f"same label {same} ({same / len(common):.3f})")
    print(f"{len(pairs)} pairs of rows with a referent from both: same/different entity agreed on {pair_agree} "
          f"({pair_agree / max(1, len(pairs)):.3f}); of the {len(joined)} pairs either calls one entity, {joined_agree} agreed")
    for k in common:
        if not (a[k] == b[k] or _kind(a[k]) == _kind(b[k]) == "new"):
            print(f"  {k[0]} {k[1]}: {a[k]!r} vs {b[k]!r}")
    return 0


def _part(text: str) -> tuple[int, int]:
    try:
        k, n = (int(x) for x in text.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"--part wants K/N, got {text!r}") from None
    if not 1 <= k <= n:
        raise argparse.ArgumentTypeError(f"--part {text}: K must be between 1 and N")
    return k, n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_build = sub.add_parser("build", help="analyse and store the articles in a fresh SQLite store")
    p_build.add_argument("--db", required=True)
    p_build.add_argument("--records-cache", default=DEFAULT_CACHE)
    p_build.add_argument("--split", choices=tuple(SPLITS), default="dev",
                         help="dev and check: the 2020 rows; dev2019 and check2019: the 2019 part (rule 4); "
                              "dev2019b and check2019b: its second part (rule 5)")
    p_sheet = sub.add_parser("sheet", help="write the labelling sheet of the per-article entities")
    p_sheet.add_argument("--db", required=True)
    p_sheet.add_argument("--out", required=True)
    p_sheet.add_argument("--part", type=_part, default=(1, 1), metavar="K/N")
    p_score = sub.add_parser("score", help="score the store's canonical entities against labelled sheets")
    p_score.add_argument("--db", required=True)
    p_score.add_argument("labels", nargs="+")
    p_score.add_argument("--errors", type=int, default=0, metavar="N")
    p_score.add_argument("--json", action="store_true")
    p_score.add_argument("--keying", choices=("offsets", "name"), default="offsets",
                         help="offsets (round 34): a store entity takes the referent of the labelled mentions it "
                              "holds; name: (article, name, type) only, as up to round 33")
    p_agree = sub.add_parser("agree", help="compare a second annotator's labels with the first's")
    p_agree.add_argument("first", nargs="+", help="the first labels (the sheets the rows were drawn from)")
    p_agree.add_argument("--second", required=True, help="the second annotator's labels of some of those rows")
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            return build(args.db, args.records_cache, args.split)
        if args.command == "sheet":
            return sheet(args.db, args.out, args.part)
        if args.command == "agree":
            return agree(args.first, args.second)
        return report(args.db, args.labels, args.errors, args.json, args.keying)
    except (OSError, ValueError, sqlite3.Error) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
