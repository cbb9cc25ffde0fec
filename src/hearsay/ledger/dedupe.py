"""Near-duplicate articles: MinHash over word shingles, LSH buckets kept in the store.

Wire copies and republications share most of their 5-word shingles (Broder 1997, "On the
resemblance and containment of documents"). Each article's MinHash signature and its LSH band
buckets are stored (``dedupe_signatures``, ``dedupe_bands``), so finding the candidates of a new
article is one indexed query and ingesting stays incremental. Candidates are confirmed on the
estimated Jaccard similarity; the group's original is its earliest published article (then the
earliest ingested).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH
from sqlalchemy import Connection, and_, or_, select

from hearsay.store import schema

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.7  # confirmed Jaccard similarity for "the same story"
_WORD = re.compile(r"\w+", re.UNICODE)
# banding tuned by datasketch for a slightly lower threshold, so borderline copies still meet
_LSH = MinHashLSH(threshold=THRESHOLD - 0.1, num_perm=NUM_PERM)
BANDS, ROWS = _LSH.b, _LSH.r


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Return the set of ``size``-word shingles of ``text`` (lower-cased words)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> np.ndarray:
    """Return the MinHash signature (``NUM_PERM`` unsigned 64-bit values) of ``text``."""
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return np.asarray(m.hashvalues, dtype=np.uint64)


def buckets(sig: np.ndarray) -> list[str]:
    """Return one LSH bucket key per band of ``sig``."""
    return [hashlib.sha1(sig[b * ROWS:(b + 1) * ROWS].tobytes()).hexdigest()[:32] for b in range(BANDS)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Return the Jaccard similarity the two signatures estimate."""
    return float(np.count_nonzero(a == b)) / len(a)


def _encode(sig: np.ndarray) -> str:
    return "".join(f"{int(v):016x}" for v in sig)


def _decode(text: str) -> np.ndarray:
    return np.array([int(text[i:i + 16], 16) for i in range(0, len(text), 16)], dtype=np.uint64)


def _candidates(conn: Connection, doc_key: int, keys: Sequence[str]) -> list[int]:
    t = schema.dedupe_bands
    cond = or_(*(and_(t.c.band == i, t.c.bucket == k) for i, k in enumerate(keys)))
    rows = conn.execute(select(t.c.document_id).where(cond, t.c.document_id != doc_key).distinct())
    return [r[0] for r in rows]


def link_duplicates(conn: Connection, doc_key: int, text: str) -> int:
    """Store the signature of article ``doc_key`` and join it to its near-duplicates' group.

    Returns:
        the key of the group's original article (``doc_key`` itself when it has no copies).
    """
    sig = signature(text)
    keys = buckets(sig)
    conn.execute(schema.dedupe_signatures.insert().values(document_id=doc_key, signature=_encode(sig)))
    conn.execute(schema.dedupe_bands.insert(), [{"document_id": doc_key, "band": i, "bucket": k} for i, k in enumerate(keys)])
    matches: dict[int, float] = {}
    candidates = _candidates(conn, doc_key, keys)
    if candidates:
        s = schema.dedupe_signatures
        for key, stored in conn.execute(select(s.c.document_id, s.c.signature).where(s.c.document_id.in_(candidates))):
            score = similarity(sig, _decode(stored))
            if score >= THRESHOLD:
                matches[key] = score
    d = schema.duplicates
    if not matches:
        conn.execute(d.insert().values(document_id=doc_key, group_id=doc_key, original_id=doc_key, similarity=1.0))
        return doc_key
    groups = {r[0] for r in conn.execute(select(d.c.group_id).where(d.c.document_id.in_(list(matches))))}
    group = min(groups)
    # one story may bridge two groups (A~B, B~C): merge them under the smallest group key
    conn.execute(d.update().where(d.c.group_id.in_(list(groups))).values(group_id=group))
    conn.execute(d.insert().values(document_id=doc_key, group_id=group, original_id=doc_key, similarity=max(matches.values())))
    return _elect_original(conn, group)


def _elect_original(conn: Connection, group: int) -> int:
    d, docs = schema.duplicates, schema.documents
    rows = conn.execute(
        select(docs.c.id, docs.c.published).join(d, d.c.document_id == docs.c.id).where(d.c.group_id == group)
    ).all()
    # earliest published first; undated articles after dated ones; then ingestion order
    original = min(rows, key=lambda r: (r.published is None, r.published or "", r.id)).id
    conn.execute(d.update().where(d.c.group_id == group).values(original_id=original))
    return int(original)


__all__ = ["BANDS", "NUM_PERM", "ROWS", "THRESHOLD", "buckets", "link_duplicates", "shingles", "signature", "similarity"]
