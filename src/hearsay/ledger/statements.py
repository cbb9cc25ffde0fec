"""The same statement reported by several articles, clustered with its first-seen date.

A statement joins a cluster of the same (canonical) speaker whose content it matches closely
(rapidfuzz token-set ratio over normalised words, lengths within a factor of two so a short
fragment does not swallow a long quote) and that does not say the opposite (see
:mod:`hearsay.ledger.contradictions`). Statements without a resolved speaker only join a
cluster with the same normalised words.
"""

from __future__ import annotations

import functools

import hashlib
import re

from rapidfuzz import fuzz
from sqlalchemy import Connection, func, select

from hearsay import lexicon
from hearsay.model import Record, Statement
from hearsay.store import schema

SAME_MIN = 85  # rapidfuzz token_set_ratio for two reports of one statement
_WORD = re.compile(r"[\w’']+", re.UNICODE)
NEGATIONS = frozenset({"not", "no", "never", "none", "nothing", "neither", "nor", "nobody", "n’t", "n't",
                       "cannot", "denied", "denies", "deny", "false", "untrue"})
_NEG_SUFFIX = ("n't", "n’t")


def words(text: str) -> list[str]:
    """Return the lower-cased words of ``text`` with negative contractions split off ("isn't" -> "is", "n't")."""
    out = []
    for w in _WORD.findall(text.lower()):
        for suffix in _NEG_SUFFIX:
            if w.endswith(suffix) and len(w) > 3:
                out.extend([w[: -len(suffix)], suffix])
                break
        else:
            out.append(w)
    return out


def polarity(statement: Statement) -> tuple[bool, str]:
    """Return ``(negated, content without negation words)``: odd negations (or a denial cue) negate."""
    return polarity_of(statement.content, statement.cue)


@functools.lru_cache(maxsize=200_000)
def polarity_of(content: str, cue: str | None = None) -> tuple[bool, str]:
    """:func:`polarity` of a content and cue; cached, as a speaker's history is compared again
    for every new statement of theirs (the ledger's costliest step, docs/perf-query.md)."""
    ws = words(content)
    count = sum(1 for w in ws if w in NEGATIONS)
    if cue and cue.split() and cue.lower().split()[0] in lexicon.words("denial_cues.txt"):
        count += 1
    return count % 2 == 1, " ".join(w for w in ws if w not in NEGATIONS)


def same_statement(a: str, b: str) -> float:
    """Return 0..1: how closely two normalised contents match (0 when lengths differ too much)."""
    la, lb = len(a.split()), len(b.split())
    if not la or not lb or min(la, lb) * 2 < max(la, lb):
        return 0.0
    return fuzz.token_set_ratio(a, b) / 100


def _block(speaker: int | None, norm: str) -> str:
    if speaker is not None:
        return f"speaker:{speaker}"
    return "text:" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:40]


def link_statements(conn: Connection, doc_key: int, record: Record, canonical: dict[str, int]) -> list[tuple[int, int | None]]:
    """Cluster the statements of stored article ``doc_key`` with the ones already stored.

    Args:
        canonical: local entity id -> canonical entity key (from :func:`link_entities`).

    Returns:
        ``(statement row key, canonical speaker)`` for each statement.
    """
    c, links, st = schema.statement_clusters, schema.statement_links, schema.statements
    published = record.article.published.isoformat() if record.article.published else None
    keys = {r.local_id: r.id for r in conn.execute(select(st.c.local_id, st.c.id).where(st.c.document_id == doc_key))}
    out = []
    for s in record.statements:
        speaker = canonical.get(s.speaker) if s.speaker else None
        negated, core = polarity(s)
        norm = " ".join(words(s.content))
        block = _block(speaker, norm)
        best: tuple[int | None, float] = (None, 0.0)
        for cid, content in conn.execute(select(c.c.id, c.c.content).where(c.c.block == block)):
            other_negated, other_core = polarity_of(content)
            score = same_statement(core, other_core) if other_negated == negated else 0.0
            if score >= SAME_MIN / 100 and score > best[1]:
                best = (cid, score)
        cluster = best[0]
        if cluster is None:
            cluster = conn.execute(c.insert().values(
                speaker_id=speaker, content=s.content, block=block, first_seen=published, first_document_id=doc_key, n_documents=0,
            )).inserted_primary_key[0]  # type: ignore[index]
            best = (cluster, 1.0)
        conn.execute(links.insert().values(statement_id=keys[s.id], cluster_id=cluster, document_id=doc_key,
                                           speaker_id=speaker, similarity=best[1]))
        _refresh(conn, cluster, doc_key, published)
        out.append((keys[s.id], speaker))
    return out


def _refresh(conn: Connection, cluster: int, doc_key: int, published: str | None) -> None:
    c, links = schema.statement_clusters, schema.statement_links
    n = conn.execute(select(func.count(links.c.document_id.distinct())).where(links.c.cluster_id == cluster)).scalar_one()
    row = conn.execute(select(c.c.first_seen).where(c.c.id == cluster)).one()
    values: dict[str, object] = {"n_documents": n}
    if published and (row.first_seen is None or published < row.first_seen):
        values.update(first_seen=published, first_document_id=doc_key)
    conn.execute(c.update().where(c.c.id == cluster).values(**values))


__all__ = ["NEGATIONS", "SAME_MIN", "link_statements", "polarity", "same_statement", "words"]
