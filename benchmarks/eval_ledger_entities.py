"""Score the ledger's cross-document entity identity against ECB+ gold coreference (issue 12).

Usage (from the project root):
    .venv/bin/python benchmarks/eval_ledger_entities.py [--set ecb|meantime|gum] [--split dev|check|both]
        [--topics 1,2,3] [--records-cache DIR] [--db PATH] [--json] [--errors N] [--analyse]

``--set meantime`` and ``--set gum`` score the other gold sets (``meantime_entities.py``,
``gum_entities.py``; GUM: Wikipedia titles are the cross-document ids, the genre is the topic, a
``names only`` view keeps the mentions of titled chains, and ``--gum-match`` says how nested gold
mentions are matched).

Split of ECB+ topics 1-35 (../shared/datasets/ecbplus-entities; topics 15 and 17 are absent):
**check** = topics whose number % 5 == 0 (5, 10, 20, 25, 30, 35: 134 articles) — never tune on
them; **dev** = the other 27 topics (638 articles). ``--topics`` scores just those topics.

For each split every article of its topics is analysed and stored in ONE fresh SQLite store
through :func:`hearsay.service.ingest_articles` (what ``hearsay ingest`` runs), so the
ledger links entities exactly as in production and a wrong merge across topics counts. Records
come from the records cache (``--records-cache``, default /work/cache/records; see
``open_corpus.py``): after the first run only the ledger runs again, in well under a minute.

Each gold mention is mapped to the hearsay entity mention that overlaps it most (offsets go
through a character alignment when normalisation changed the text); gold mentions with no
overlapping entity mention are left out and counted. On the matched mentions:

- gold clusters: ``X:`` ids are cross-document; ``I:`` and ``S:`` ids are prefixed with their
  article id (they never cross articles);
- systems: **ledger** = the canonical entity (``entity_links.canonical_id``); **oracle linker** =
  each per-article entity put in the gold cluster of most of its mentions (a ceiling that uses
  gold: what a perfect linker could score over hearsay's per-article entities); **same name** =
  identical case-folded per-article entity name; **same name, names only** = the same, but a
  description the ledger keeps to its article ("police", "the coroner": no name key, by the
  issue's rule) stays there too; **same surface** = identical case-folded
  mention text; **article only** = the per-article entity, never linked across articles;
- B-cubed P/R/F1 (Bagga and Baldwin 1998) over the mentions, and pairwise P/R/F1 over mention
  pairs that lie in different articles (precision: of the cross-article pairs a system puts
  together, the share gold puts together).

ECB+ gives ``S:`` (singleton) ids to mentions its annotators did not chain, among them many
repeats of a name that is in an ``X:`` cluster in the same article ("LaRue" next to "Fred LaRue"),
so a perfect linker loses precision on them. The table therefore also shows every system
without the ``S:`` mentions (``X:`` and ``I:`` chains only); the issue's targets are on all
matched mentions.

``--errors N`` (dev split only) prints the N worst wrong merges (ledger entities spanning most
X:/I: gold clusters) and the N largest missed links (gold clusters split over most ledger entities).
"""

from __future__ import annotations

import argparse
import bisect
import difflib
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

DEFAULT_CACHE = "/work/cache/records"
SYSTEMS = ("ledger", "oracle linker", "same name", "same name, names only", "same surface", "article only")


# -- scorers -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 (0/0 counts as 1.0: nothing claimed, nothing wrong)."""

    p: float
    r: float
    f1: float

    @classmethod
    def of(cls, p: float, r: float) -> PRF:
        return cls(p, r, 0.0 if p + r == 0 else 2 * p * r / (p + r))


def _ratio(num: float, den: float) -> float:
    return 1.0 if den == 0 else num / den


def bcubed(gold: Sequence[Hashable], system: Sequence[Hashable]) -> PRF:
    """Return B-cubed P/R/F1 of ``system`` against ``gold``: item i is in clusters gold[i], system[i].

    Per item, precision = |its system cluster ∩ its gold cluster| / |its system cluster| and
    recall = the same over |its gold cluster|; both are averaged over the items.
    """
    if len(gold) != len(system):
        raise ValueError("gold and system label different numbers of items")
    if not gold:
        return PRF(1.0, 1.0, 1.0)
    cell = Counter(zip(gold, system))
    g_size, s_size = Counter(gold), Counter(system)
    p = sum(cell[(g, s)] / s_size[s] for g, s in zip(gold, system)) / len(gold)
    r = sum(cell[(g, s)] / g_size[g] for g, s in zip(gold, system)) / len(gold)
    return PRF.of(p, r)


def _cross_pairs(groups: Counter[Any], by_doc: Counter[Any]) -> int:
    """Cross-document pairs inside each group: C(n, 2) minus the pairs within one document."""
    total = sum(n * (n - 1) // 2 for n in groups.values())
    return total - sum(n * (n - 1) // 2 for n in by_doc.values())


def pairwise_cross_doc(gold: Sequence[Hashable], system: Sequence[Hashable], docs: Sequence[Hashable]) -> tuple[PRF, dict[str, int]]:
    """Return pairwise P/R/F1 over pairs of items in different documents, and the pair counts.

    A pair is predicted when both items share a system cluster, true when they share a gold
    cluster; pairs of items of the same document are ignored.
    """
    if not len(gold) == len(system) == len(docs):
        raise ValueError("gold, system and docs label different numbers of items")
    sys_pairs = _cross_pairs(Counter(system), Counter(zip(system, docs)))
    gold_pairs = _cross_pairs(Counter(gold), Counter(zip(gold, docs)))
    both = _cross_pairs(Counter(zip(gold, system)), Counter(zip(gold, system, docs)))
    counts = {"system_pairs": sys_pairs, "gold_pairs": gold_pairs, "correct_pairs": both}
    return PRF.of(_ratio(both, sys_pairs), _ratio(both, gold_pairs)), counts


# -- data --------------------------------------------------------------------------------------

def split_topics(split: str, topics: list[int]) -> list[int]:
    """Return the topics of ``split``: check = topic % 5 == 0, dev = the rest."""
    if split == "check":
        return [t for t in topics if t % 5 == 0]
    return [t for t in topics if t % 5 != 0]


class OffsetMap:
    """Maps offsets of the dataset text to the stored (normalised) text by character alignment."""

    def __init__(self, source: str, target: str) -> None:
        self.identity = source == target
        self.src: list[int] = []
        self.dst: list[int] = []
        if not self.identity:
            matcher = difflib.SequenceMatcher(None, source, target, autojunk=False)
            for block in matcher.get_matching_blocks():
                for k in range(block.size):
                    self.src.append(block.a + k)
                    self.dst.append(block.b + k)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Return the stored-text span of the characters ``start..end`` that survived, or None."""
        if self.identity:
            return start, end
        i, j = bisect.bisect_left(self.src, start), bisect.bisect_left(self.src, end)
        if i >= j:
            return None
        return self.dst[i], self.dst[j - 1] + 1


@dataclass
class Matched:
    """One gold mention matched to a hearsay entity mention, with every system's cluster."""

    doc: str
    gold: str
    text: str
    surface: str
    entity: int
    name: str
    canonical: int
    canonical_name: str
    entity_type: str = ""
    rule: str = ""


def _store_rows(db: Path) -> tuple[dict[str, Any], dict[int, list[Any]]]:
    import sqlite3

    con = sqlite3.connect(db)
    docs = {r[1]: (r[0], r[2]) for r in con.execute("SELECT id, doc_id, text FROM documents")}
    mentions: dict[int, list[Any]] = defaultdict(list)
    query = """
        SELECT m.document_id, m.char_start, m.char_end, m.text, e.id, e.name, COALESCE(l.canonical_id, -e.id), COALESCE(c.name, e.name),
               e.type, COALESCE(l.rule, '')
        FROM mentions m JOIN entities e ON e.id = m.entity_id
        LEFT JOIN entity_links l ON l.entity_id = e.id LEFT JOIN canonical_entities c ON c.id = l.canonical_id"""
    for row in con.execute(query):
        mentions[row[0]].append(row[1:])
    con.close()
    return docs, mentions


def match_mentions(rows: list[dict[str, Any]], articles: dict[str, Any], db: Path,
                   one_to_one: bool = False) -> tuple[list[Matched], dict[str, int]]:
    """Return the gold mentions matched to stored entity mentions, and match counts.

    ``one_to_one`` (GUM, whose gold nests every mention: "Malaysia's Prime Minister" holds
    "Malaysia's", a headline event holds the names in it): a hearsay mention keeps only the gold
    mention that fits it best (largest overlap over union; the shorter on a tie); the others are
    counted as ``nested_dropped``. ECB+ and MEANTIME keep every overlapping gold mention.
    """
    docs, mentions = _store_rows(db)
    stats = Counter(gold_mentions=0, matched=0, unaligned=0, texts_differ=0, missing_articles=0, unmatched_capitalised=0,
                    nested_dropped=0)
    out: list[Matched] = []
    for row in rows:
        article = articles[row["id"]]
        stats["gold_mentions"] += len(row["mentions"])
        if article.doc_id not in docs:
            stats["missing_articles"] += 1
            continue
        key, stored = docs[article.doc_id]
        if stored != article.text:
            raise SystemExit(f"stored text of {article.doc_id} differs from the analysed text")
        stats["texts_differ"] += stored != row["text"]
        omap = OffsetMap(row["text"], stored)
        claims: dict[tuple[int, int], tuple[float, int, Matched]] = {}
        for gm in row["mentions"]:
            span = omap.span(gm["start"], gm["end"])
            if span is None:
                stats["unaligned"] += 1
                continue
            best, best_overlap = None, 0
            for m in mentions.get(key, []):
                overlap = min(span[1], m[1]) - max(span[0], m[0])
                if overlap > best_overlap or (overlap == best_overlap and best is not None and overlap > 0 and m[1] - m[0] < best[1] - best[0]):
                    best, best_overlap = m, overlap
            if best is None:
                # a capitalised gold mention with no hearsay mention: a name NER missed (or a
                # sentence-initial word); the matching ceiling is reported from these
                stats["unmatched_capitalised"] += gm["text"][:1].isupper() and gm["text"].split()[0].lower() not in _FUNCTION
                continue
            cluster = gm["cluster"] if gm["cluster"].startswith("X:") else f"{row['id']}/{gm['cluster']}"
            item = Matched(row["id"], cluster, gm["text"], best[2], best[3], best[4], best[5], best[6], best[7], best[8])
            if not one_to_one:
                out.append(item)
                stats["matched"] += 1
                continue
            fit = best_overlap / (max(span[1], best[1]) - min(span[0], best[0]))
            spot = (best[0], best[1])
            held = claims.get(spot)
            if held is None or (fit, -(span[1] - span[0])) > (held[0], -held[1]):
                stats["nested_dropped"] += held is not None
                claims[spot] = (fit, span[1] - span[0], item)
            else:
                stats["nested_dropped"] += 1
        for _, _, item in claims.values():
            out.append(item)
            stats["matched"] += 1
    return out, dict(stats)


_FUNCTION = frozenset("he she it they we i you his her its their our the a an this that these those who which".split())


def _singleton(m: Matched) -> bool:
    return m.gold.split("/", 1)[-1].startswith("S:")


def system_labels(matched: list[Matched]) -> dict[str, list[Hashable]]:
    """Return each system's cluster label per matched mention."""
    # the ceiling of any linker over hearsay's per-article entities: each per-article entity
    # joined to the gold cluster most of its matched mentions belong to (uses gold; a bound,
    # not a system)
    votes: dict[int, Counter[str]] = defaultdict(Counter)
    for m in matched:
        votes[m.entity][m.gold] += 1
    oracle = {e: c.most_common(1)[0][0] for e, c in votes.items()}
    return {
        "ledger": [m.canonical for m in matched],
        "oracle linker": [oracle[m.entity] for m in matched],
        "same name": [m.name.casefold() for m in matched],
        # the same, but a description the ledger keeps to its article ("police", "the coroner":
        # no name, by the rule) stays there too: the baseline of joining names only
        "same name, names only": [m.entity if m.rule == "local" else m.name.casefold() for m in matched],
        "same surface": [m.surface.casefold() for m in matched],
        "article only": [m.entity for m in matched],
    }


def _topic(doc: str) -> str:
    return doc.split("_", 1)[0]


def score(matched: list[Matched], within_topic: bool = False) -> dict[str, Any]:
    """Return B-cubed and cross-document pairwise scores of every system on ``matched``.

    ``within_topic``: ECB+ annotates coreference inside each topic only (of its 666 dev ``X:``
    clusters, 4 span two topics: Greece, Athens, Brooklyn, NYPD, Bush each get one cluster per
    topic), so a correct link of one real entity across topics counts as wrong. This view scores
    each topic apart — system clusters are cut at topic borders — which hides wrong merges
    across topics; both views are reported.
    """
    gold = [m.gold for m in matched]
    docs = [m.doc for m in matched]
    systems = system_labels(matched)
    if within_topic:
        gold = [(_topic(m.doc), g) for m, g in zip(matched, gold, strict=True)]  # type: ignore[misc]
        systems = {name: [(_topic(m.doc), x) for m, x in zip(matched, labels, strict=True)] for name, labels in systems.items()}
    out: dict[str, Any] = {}
    for name, labels in systems.items():
        pw, counts = pairwise_cross_doc(gold, labels, docs)
        out[name] = {"bcubed": asdict(bcubed(gold, labels)), "pairwise": asdict(pw), **counts}
    return out


# -- errors ------------------------------------------------------------------------------------

def worst_merges(matched: list[Matched], n: int) -> list[dict[str, Any]]:
    """Return the ``n`` ledger entities whose matched mentions span most gold clusters.

    Ranked by distinct X:/I: gold clusters first: S: singletons are often unchained repeats of
    a name (see the module docstring), so counting them would rank correct entities first.
    """
    by_sys: dict[int, list[Matched]] = defaultdict(list)
    for m in matched:
        by_sys[m.canonical].append(m)
    rows = []
    for cid, ms in by_sys.items():
        golds = Counter(m.gold for m in ms)
        if len(golds) < 2:
            continue
        chained = len({m.gold for m in ms if not _singleton(m)})
        shown = Counter(" ".join(m.surface.split()) for m in ms).most_common(8)
        rows.append({"canonical": ms[0].canonical_name, "chained_gold_clusters": chained, "gold_clusters": len(golds), "mentions": len(ms),
                     "articles": len({m.doc for m in ms}), "surfaces": [f"{s} x{k}" for s, k in shown]})
    rows.sort(key=lambda r: (-r["chained_gold_clusters"], -r["gold_clusters"], -r["mentions"]))
    return rows[:n]


def missed_links(matched: list[Matched], n: int) -> list[dict[str, Any]]:
    """Return the ``n`` gold clusters with most cross-article pairs the ledger did not join."""
    by_gold: dict[str, list[Matched]] = defaultdict(list)
    for m in matched:
        by_gold[m.gold].append(m)
    rows = []
    for gid, ms in by_gold.items():
        gold_pairs = _cross_pairs(Counter({gid: len(ms)}), Counter(m.doc for m in ms))
        joined = _cross_pairs(Counter(m.canonical for m in ms), Counter((m.canonical, m.doc) for m in ms))
        if gold_pairs - joined <= 0:
            continue
        parts = Counter(" ".join(m.canonical_name.split()) for m in ms).most_common(6)
        rows.append({"gold": gid, "missed_pairs": gold_pairs - joined, "mentions": len(ms),
                     "articles": len({m.doc for m in ms}), "ledger_entities": len({m.canonical for m in ms}),
                     "gold_text": Counter(m.text for m in ms).most_common(3), "split_into": [f"{s} x{k}" for s, k in parts]})
    rows.sort(key=lambda r: -r["missed_pairs"])
    return rows[:n]


def _word_count(text: str) -> int:
    return len([w for w in text.replace("'s", "").split() if w[:1].isalnum()])


def _place_kind(m: Matched) -> str | None:
    """Return the gazetteer kind of the mention's text (name, capital, demonym, ...), if any."""
    from hearsay.extract.entities.gazetteer import load_gazetteer

    hit = load_gazetteer().lookup(m.surface)
    return hit.kind if hit else None


def wrong_pair_category(a: Matched, b: Matched, chained: dict[int, set[str]]) -> str:
    """Return why two mentions of different gold clusters share a ledger entity (first rule wins)."""
    for m in (a, b):
        if _singleton(m) and " ".join(m.surface.casefold().split()) in chained.get(m.canonical, set()):
            return "gold S: repeat of a name chained elsewhere in the entity"
    if _singleton(a) or _singleton(b):
        return "gold S: other (unchained mention, text not chained in the entity)"
    if _topic(a.doc) != _topic(b.doc):
        return "one entity, gold chains per topic (cross-topic pair)"
    kinds = {_place_kind(a), _place_kind(b)}
    if "demonym" in kinds:
        return "demonym read as the country (gold: a person or group)"
    if kinds & {"capital", "metonym"}:
        return "capital/seat of government read as the country"
    if " ".join(a.surface.casefold().split()) == " ".join(b.surface.casefold().split()):
        return "identical text, gold: two entities of one topic"
    return "different names joined"


def missed_pair_category(a: Matched, b: Matched) -> str:
    """Return why two mentions of one gold cluster in different articles sit in different ledger entities."""
    from hearsay.ledger.entities import group_of
    from hearsay.ledger.names import analyse_name

    na, nb = analyse_name(a.name, a.entity_type), analyse_name(b.name, b.entity_type)
    if a.entity_type and b.entity_type and group_of(a.entity_type) != group_of(b.entity_type):
        if na is not None and nb is not None and na.key == nb.key:
            return "same name, NER type group differs"
        if na is not None and nb is not None and set(na.key.split()) & set(nb.key.split()):
            return "names share a word, NER type group differs"
        return "gold mention inside another entity's mention (place, nationality, role), type differs"
    if na is None or nb is None or "local" in (a.rule, b.rule):
        return "description or common noun (no name key)"
    if na.key == nb.key:
        return "same name key, not joined"
    if any(_place_kind(m) for m in (a, b)):
        return "mention inside a place/demonym entity"
    if not na.specific or not nb.specific:
        return "bare surname or first name (stays in its article)"
    if na.acronym or nb.acronym:
        return "acronym vs full name"
    ka, kb = set(na.key.split()), set(nb.key.split())
    if ka & kb:
        if ka < kb or kb < ka:
            return "one name contains the other (extra words: headline, role, place)"
        return "name variants sharing a word"
    return "different names (nickname, description, misspelling)"


def error_categories(matched: list[Matched]) -> dict[str, Counter[str]]:
    """Count wrong cross-article pairs and missed cross-article pairs by category."""
    chained: dict[int, set[str]] = defaultdict(set)
    for m in matched:
        if not _singleton(m):
            chained[m.canonical].add(" ".join(m.surface.casefold().split()))
    wrong: Counter[str] = Counter()
    by_sys: dict[int, list[Matched]] = defaultdict(list)
    for m in matched:
        by_sys[m.canonical].append(m)
    for ms in by_sys.values():
        for i, a in enumerate(ms):
            for b in ms[i + 1:]:
                if a.doc != b.doc and a.gold != b.gold:
                    wrong[wrong_pair_category(a, b, chained)] += 1
    missed: Counter[str] = Counter()
    by_gold: dict[str, list[Matched]] = defaultdict(list)
    for m in matched:
        by_gold[m.gold].append(m)
    memo: dict[tuple[int, int], str] = {}
    for ms in by_gold.values():
        for i, a in enumerate(ms):
            for b in ms[i + 1:]:
                if a.doc != b.doc and a.canonical != b.canonical:
                    pair = (min(a.entity, b.entity), max(a.entity, b.entity))
                    if pair not in memo:
                        memo[pair] = missed_pair_category(a, b)
                    missed[memo[pair]] += 1
    return {"wrong_pairs": wrong, "missed_pairs": missed}


# -- running -----------------------------------------------------------------------------------

def run_split(split: str, topics: list[Any], rows_all: list[dict[str, Any]], cache_dir: str, db: str | None,
              errors: int, analyse: bool = False, make_article: Any = None, variant: str | None = None,
              one_to_one: bool = False, names_view: bool = False) -> dict[str, Any]:
    """Ingest the topics into one fresh store, match the gold mentions and score.

    ``one_to_one``: see :func:`match_mentions`. ``names_view`` adds the scores over the gold
    mentions of cross-document (``X:``) chains only: for GUM, the chains with a Wikipedia title.

    ``variant``: ``flatten`` gives hearsay every article with its line breaks as spaces (offsets
    unchanged), ``mojibake`` its UTF-8 bytes decoded as cp1252 (ingest must repair it; the gold
    offsets then go through the character alignment), as scraped corpora arrive.
    """
    from eval_statements import flatten, mojibake
    from open_corpus import RecordsCache, ecb_article, ingest_cached

    rows = [r for r in rows_all if r["topic"] in set(topics)]
    if variant == "flatten":
        rows = [{**r, "text": flatten(r["text"])} for r in rows]
    make = make_article or ecb_article
    articles = {r["id"]: make({**r, "text": mojibake(r["text"])} if variant == "mojibake" else r) for r in rows}
    cache = RecordsCache(cache_dir)
    with tempfile.TemporaryDirectory(prefix="hearsay-ecb-") as tmp:
        path = Path(db) if db else Path(tmp) / f"{split}.db"
        if path.exists():
            raise SystemExit(f"{path} exists: the benchmark needs a fresh store")
        t0 = time.perf_counter()
        summary = ingest_cached(articles.values(), path, cache)
        seconds = time.perf_counter() - t0
        if summary.failures:
            print(f"warning: {len(summary.failures)} articles failed: {summary.failures[:3]}", file=sys.stderr)
        matched, stats = match_mentions(rows, articles, path, one_to_one)
    result: dict[str, Any] = {
        "split": split, "topics": topics, "articles": len(rows), "stored": summary.stored,
        "cache": {"hits": cache.hits, "misses": cache.misses, "folder": str(cache.folder)},
        "ingest_seconds": round(seconds, 1), **stats,
        "gold_clusters": len({m.gold for m in matched}), "scores": score(matched),
        "without_singletons": {"matched": sum(not _singleton(m) for m in matched),
                               "scores": score([m for m in matched if not _singleton(m)])},
        "within_topic": {"matched": len(matched), "scores": score(matched, within_topic=True)},
    }
    if names_view:
        named = [m for m in matched if m.gold.startswith("X:")]
        result["names_only"] = {"matched": len(named), "scores": score(named)}
    if errors and split.endswith("dev"):
        result["worst_merges"] = worst_merges(matched, errors)
        result["missed_links"] = missed_links(matched, errors)
    if analyse:
        cats = error_categories(matched)
        result["error_categories"] = {k: dict(v.most_common()) for k, v in cats.items()}
        result["per_topic"] = per_topic(matched)
    return result


def per_topic(matched: list[Matched]) -> dict[str, dict[str, float]]:
    """Return, per topic and without ``S:`` singletons, the ledger's and the same-name baseline's
    cross-article F1: whether the ledger's margin is broad or rests on a few stories."""
    by_topic: dict[str, list[Matched]] = defaultdict(list)
    for m in matched:
        if not _singleton(m):
            by_topic[_topic(m.doc)].append(m)
    out = {}
    for topic, group in sorted(by_topic.items(), key=lambda kv: int(kv[0]) if kv[0].isdigit() else 0):
        scores = score(group)
        out[topic] = {"ledger": scores["ledger"]["pairwise"]["f1"], "same name": scores["same name"]["pairwise"]["f1"]}
    return out


def print_table(result: dict[str, Any]) -> None:
    share = result["matched"] / max(result["gold_mentions"], 1)
    print(f"\n== {result['split']}: topics {','.join(map(str, result['topics']))}")
    print(f"{result['articles']} articles ({result['stored']} stored; records cache {result['cache']['hits']} hits, "
          f"{result['cache']['misses']} analysed; ingest {result['ingest_seconds']} s)")
    print(f"gold mentions {result['gold_mentions']}, matched to a hearsay entity mention {result['matched']} ({share:.1%}); "
          f"{result['gold_clusters']} gold clusters among them; {result['texts_differ']} texts changed by normalisation; "
          f"{result['unmatched_capitalised']} capitalised gold mentions with no hearsay mention"
          + (f"; {result['nested_dropped']} nested gold mentions dropped (one-to-one)" if result.get("nested_dropped") else ""))
    print(f"{'system':21} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} | {'xdoc P':>6} {'xdoc R':>6} {'xdoc F1':>7} | pairs sys/gold/correct")
    for name, s in result["scores"].items():
        b, p = s["bcubed"], s["pairwise"]
        print(f"{name:21} {b['p']:6.3f} {b['r']:6.3f} {b['f1']:6.3f} | {p['p']:6.3f} {p['r']:6.3f} {p['f1']:7.3f} | "
              f"{s['system_pairs']}/{s['gold_pairs']}/{s['correct_pairs']}")
    for view, label in (("without_singletons", "without gold S: singletons ({n} matched mentions in X: and I: chains)"),
                        ("within_topic", "each topic apart, as ECB+ annotates it ({n} matched mentions)"),
                        ("names_only", "names only: gold mentions of chains with a corpus-wide id ({n} matched mentions)")):
        if view not in result:
            continue
        x = result[view]
        print(f"-- the same {label.format(n=x['matched'])}:")
        for name, s in x["scores"].items():
            b, p = s["bcubed"], s["pairwise"]
            print(f"{name:21} {b['p']:6.3f} {b['r']:6.3f} {b['f1']:6.3f} | {p['p']:6.3f} {p['r']:6.3f} {p['f1']:7.3f} | "
                  f"{s['system_pairs']}/{s['gold_pairs']}/{s['correct_pairs']}")
    if result.get("per_topic"):
        rows = result["per_topic"]
        below = [t for t, f in rows.items() if f["ledger"] < f["same name"]]
        print(f"\nx-doc F1 per topic without S: (ledger / same name); ledger below the baseline in {len(below)} of {len(rows)}")
        print("  " + "; ".join(f"{t}: {f['ledger']:.3f}/{f['same name']:.3f}" for t, f in rows.items()))
    for kind, cats in result.get("error_categories", {}).items():
        total = sum(cats.values())
        print(f"\n{kind.replace('_', ' ')} of the ledger by category ({total} cross-article pairs)")
        for cat, n in cats.items():
            print(f"  {n:7d} {n / max(total, 1):6.1%}  {cat}")
    if "worst_merges" in result:
        print("\nworst wrong merges (ledger entity: distinct X:/I: gold clusters (all incl. S:), mentions, articles: surfaces)")
        for r in result["worst_merges"]:
            print(f"  {r['canonical']!r}: {r['chained_gold_clusters']} gold ({r['gold_clusters']}), {r['mentions']} m, "
                  f"{r['articles']} art: {'; '.join(r['surfaces'])}")
        print("\nlargest missed links (gold cluster: missed cross-article pairs, ledger entities it is split into)")
        for r in result["missed_links"]:
            texts = ", ".join(f"{t} x{k}" for t, k in r["gold_text"])
            print(f"  {r['gold']} [{texts}]: {r['missed_pairs']} missed, {r['ledger_entities']} entities: {'; '.join(r['split_into'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="gold_set", choices=["ecb", "meantime", "gum"], default="ecb",
                        help="gold: ECB+ topics (default), MEANTIME's entity instances (benchmarks/meantime_entities.py) "
                             "or GUM's Wikipedia-linked chains (benchmarks/gum_entities.py)")
    parser.add_argument("--gum-match", choices=["one-to-one", "overlap"], default="one-to-one",
                        help="GUM: a hearsay mention keeps only its best-fitting gold mention (default), or every "
                             "overlapping one as for ECB+")
    parser.add_argument("--variant", choices=["flatten", "mojibake"],
                        help="text as scraped corpora arrive: line breaks as spaces, or UTF-8 read as cp1252")
    parser.add_argument("--split", choices=["dev", "check", "both"], default="dev",
                        help="ECB+: check = topics %% 5 == 0; MEANTIME: check = the README's test files")
    parser.add_argument("--topics", help="comma-separated ECB+ topic numbers (overrides the split's topics)")
    parser.add_argument("--records-cache", default=DEFAULT_CACHE, metavar="DIR", help="hearsay/1 records cache folder")
    parser.add_argument("--db", help="keep the store at this path (must not exist; one split only)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--analyse", action="store_true", help="count wrong and missed pairs by category (dev topics only)")
    parser.add_argument("--errors", type=int, default=20, metavar="N", help="worst merges / missed links to list (dev only)")
    args = parser.parse_args(argv)
    if args.gold_set == "meantime":
        return _main_meantime(args)
    if args.gold_set == "gum":
        return _main_gum(args)
    from open_corpus import load_ecb

    rows = load_ecb()
    all_topics = sorted({r["topic"] for r in rows})
    if args.topics:
        try:
            wanted = sorted({int(t) for t in args.topics.split(",") if t.strip()})
        except ValueError:
            print(f"error: --topics must be comma-separated numbers, not {args.topics!r}", file=sys.stderr)
            return 2
        unknown = set(wanted) - set(all_topics)
        if unknown or not wanted:
            print(f"error: no such ECB+ topic(s): {sorted(unknown) or args.topics}", file=sys.stderr)
            return 2
        checks = [t for t in wanted if t % 5 == 0]
        if checks and args.split == "dev":
            print(f"error: topics {checks} belong to the check split; pass --split check or both", file=sys.stderr)
            return 2
        label = "check" if len(checks) == len(wanted) else "dev" if not checks else "mixed"
        plans = [(label, wanted)]
    else:
        splits = ["dev", "check"] if args.split == "both" else [args.split]
        plans = [(s, split_topics(s, all_topics)) for s in splits]
    if args.db and len(plans) > 1:
        print("error: --db keeps one store; use it with one split", file=sys.stderr)
        return 2
    results = [run_split(name, topics, rows, args.records_cache, args.db, args.errors,
                         args.analyse and name == "dev", variant=args.variant) for name, topics in plans]
    return _report(results, args.json)


def _report(results: list[dict[str, Any]], as_json: bool) -> int:
    if as_json:
        print(json.dumps(results if len(results) > 1 else results[0], indent=1, ensure_ascii=False))
    else:
        for result in results:
            print_table(result)
    return 0


def _split_args_error(args: argparse.Namespace, gold: str) -> int | None:
    """Exit status 2, with a one-line error, for options a gold scored by split cannot take."""
    if args.topics:
        print(f"error: --topics selects ECB+ topics; {gold} is scored by split", file=sys.stderr)
        return 2
    if args.db and args.split == "both":
        print("error: --db keeps one store; use it with one split", file=sys.stderr)
        return 2
    return None


def _main_meantime(args: argparse.Namespace) -> int:
    """MEANTIME: dev = the files the dataset README does not hold out, check = its test files."""
    from meantime_entities import load_meantime_entities, meantime_article

    if (bad := _split_args_error(args, "MEANTIME")) is not None:
        return bad
    rows = load_meantime_entities()
    stories = sorted({r["topic"] for r in rows})
    results = []
    for name in (["dev", "check"] if args.split == "both" else [args.split]):
        part = [r for r in rows if r["split"] == ("test" if name == "check" else "dev")]
        results.append(run_split(f"meantime {name}", stories, part, args.records_cache, args.db,
                                 args.errors if name == "dev" else 0, args.analyse and name == "dev", meantime_article,
                                 args.variant))
    return _report(results, args.json)


def gum_gold_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return GUM rows with the scorer's cluster prefixes: a Wikipedia title is cross-document
    (``X:``), a ``<doc>#<N>`` chain stays in its article (``I:``)."""
    return [{**r, "mentions": [{**m, "cluster": ("I:" if "#" in m["cluster"] else "X:") + m["cluster"]}
                               for m in r["mentions"]]} for r in rows]


def _main_gum(args: argparse.Namespace) -> int:
    """GUM: check = GUM's own dev and test documents (held out), dev = every other document."""
    from gum_entities import gum_article, load_gum_entities

    if (bad := _split_args_error(args, "GUM")) is not None:
        return bad
    rows = gum_gold_rows(load_gum_entities())
    genres = sorted({r["topic"] for r in rows})
    results = []
    for name in (["dev", "check"] if args.split == "both" else [args.split]):
        part = [r for r in rows if r["split"] == name]
        results.append(run_split(f"gum {name}", genres, part, args.records_cache, args.db,
                                 args.errors if name == "dev" else 0, args.analyse and name == "dev", gum_article,
                                 args.variant, one_to_one=args.gum_match == "one-to-one", names_view=True))
    return _report(results, args.json)


if __name__ == "__main__":
    sys.exit(main())
