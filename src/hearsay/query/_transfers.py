"""Transfers between states: AID and COOPERATE events coded with two countries, the goods their
sentences name, and the (giver, receiver) pairs."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func, select

from hearsay.errors import QueryError
from hearsay.query._cache import _args, _kept
from hearsay.query._entities import _entities_of, resolve_entity
from hearsay.query._rows import _all, _ce, _d, _page
from hearsay.store import Store, schema


TRANSFER_TYPES = ("AID", "COOPERATE")  # PLOVER types under which one state provides something to another
# what a transfer carries, read off the words of its sentence (singular forms; a plural "s" is dropped)
TRANSFER_GOODS: dict[str, frozenset[str]] = {
    "troops": frozenset({"troop", "soldier", "personnel", "fighter", "serviceman", "servicemen", "volunteer", "force",
                         "battalion", "brigade", "unit", "mercenary", "mercenaries", "officer"}),
    "arms and systems": frozenset({"weapon", "arm", "ammunition", "shell", "missile", "rocket", "artillery", "ordnance",
                                   "munition", "drone", "howitzer", "launcher", "tank", "materiel", "system", "gun",
                                   "rifle", "warplane", "jet", "air-defence", "air-defense"}),
    "technology": frozenset({"technology", "technologies", "know-how", "expertise", "satellite", "nuclear", "space",
                             "component", "chip", "semiconductor"}),
    "money": frozenset({"money", "fund", "funding", "loan", "cash", "dollar", "rouble", "ruble", "payment", "credit",
                        "financing", "financial", "investment", "$", "€"}),
    "fuel": frozenset({"fuel", "oil", "petroleum", "gas", "diesel", "gasoline", "petrol"}),
    "food": frozenset({"food", "grain", "rice", "wheat", "fertiliser", "fertilizer"}),
}
_WORD = re.compile(r"[\w$€][\w-]*", re.UNICODE)


def transfer_goods(sentence: str) -> list[str]:
    """Return the kinds of goods (:data:`TRANSFER_GOODS`) a sentence names, in table order."""
    words = set()
    for w in _WORD.findall(sentence.lower()):
        words.add(w)
        if w.endswith("ies"):
            words.add(w[:-3] + "y")
        elif w.endswith("s") and len(w) > 3:
            words.add(w[:-1])
    return [kind for kind, cues in TRANSFER_GOODS.items() if words & cues]


def transfers(store: Store, giver: str | None = None, receiver: str | None = None, *,
              limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
    """Return reported transfers between two states: AID and COOPERATE events whose actor and
    target are coded with different countries, oldest first, each with ``giver``/``receiver``
    (ISO3), ``goods`` read off its sentence, the figures in that sentence, status, date,
    source (who said so, else the outlet) and article. ``giver``/``receiver`` take an ISO3
    code, a country name or key.

    Raises:
        QueryError: an unknown country or a bad page.
    """
    _page(limit, offset)
    ev = schema.events
    where, left, right = _transfer_where(_country_code(store, giver), _country_code(store, receiver))
    start = func.coalesce(ev.c.sentence_start, ev.c.char_start)
    end = func.coalesce(ev.c.sentence_end, ev.c.char_end)
    rows = _all(store, select(ev.c.id, ev.c.local_id, ev.c.document_id, ev.c.type, ev.c.mode, ev.c.trigger, ev.c.status,
                              ev.c.date, ev.c.actor, ev.c.target, ev.c.source, left.label("giver"), right.label("receiver"),
                              start.label("sentence_start"), end.label("sentence_end"),
                              func.substr(_d.c.text, start + 1, end - start).label("sentence"),
                              _d.c.title, _d.c.source.label("outlet"), _d.c.published)
                .join(_d, _d.c.id == ev.c.document_id).where(*where)
                .order_by(func.coalesce(ev.c.date, _d.c.published).nulls_last(), ev.c.id).limit(limit).offset(offset))
    f = schema.figures
    docs = sorted({r["document_id"] for r in rows})
    by_doc: dict[int, list[dict[str, Any]]] = {}
    for x in (_all(store, select(f.c.id, f.c.local_id, f.c.document_id, f.c.text, f.c.quantity, f.c.hedge, f.c.low, f.c.high,
                                 f.c.char_start, f.c.char_end).where(f.c.document_id.in_(docs))) if docs else []):
        by_doc.setdefault(x["document_id"], []).append(x)
    people = _entities_of(store, {(r["document_id"], str(r[k])) for r in rows for k in ("actor", "target", "source") if r.get(k)})
    for r in rows:
        for k in ("actor", "target", "source"):
            r[k] = people.get((r["document_id"], str(r[k]))) if r.get(k) else None
        r["goods"] = transfer_goods(r["sentence"] or "")
        r["figures"] = [{k: x[k] for k in ("id", "local_id", "text", "quantity", "hedge", "low", "high")}
                        for x in by_doc.get(r["document_id"], [])
                        if r["sentence_start"] <= x["char_start"] and x["char_end"] <= r["sentence_end"]]
    names = {c: n for c, n in _country_names(store, {r["giver"] for r in rows} | {r["receiver"] for r in rows}).items()}
    for r in rows:
        r["giver_name"], r["receiver_name"] = names.get(r["giver"]), names.get(r["receiver"])
    return rows


def _country_code(store: Store, ref: str | None) -> str | None:
    """Return the ISO3 code ``ref`` names (an ISO3 code, a country's name, alias or key).

    Raises:
        QueryError: ``ref`` names no country with an ISO3 code.
    """
    if ref is None or not ref.strip():
        return None
    ref = ref.strip()
    if len(ref) == 3 and ref.isalpha() and ref.isupper():
        return ref
    iso = resolve_entity(store, ref).get("iso3")
    if not iso:
        raise QueryError(f"{ref!r} is not a country with an ISO3 code")
    return str(iso)


def _transfer_where(giver_code: str | None, receiver_code: str | None) -> tuple[list[Any], Any, Any]:
    """Return the conditions selecting transfer events (and the giver and receiver code expressions)."""
    ev = schema.events
    left, right = func.substr(ev.c.actor_code, 1, 3), func.substr(ev.c.target_code, 1, 3)
    where = [ev.c.type.in_(TRANSFER_TYPES), ev.c.actor_code.is_not(None), ev.c.target_code.is_not(None), left != right]
    if giver_code:
        where.append(left == giver_code)
    if receiver_code:
        where.append(right == receiver_code)
    return where, left, right


def transfers_total(store: Store, giver: str | None = None, receiver: str | None = None) -> int:
    """Return how many transfers :func:`transfers` lists over all its pages for these states."""
    codes = [_country_code(store, giver), _country_code(store, receiver)]
    where, _, _ = _transfer_where(codes[0], codes[1])
    ev = schema.events
    return _kept(store, "transfers_total", _args(giver=codes[0], receiver=codes[1]),
                 lambda: int(_all(store, select(func.count().label("n")).select_from(ev).where(*where))[0]["n"]))


def _country_names(store: Store, codes: set[str]) -> dict[str, str]:
    if not codes:
        return {}
    rows = _all(store, select(_ce.c.iso3, _ce.c.name).where(_ce.c.iso3.in_(sorted(codes))).order_by(_ce.c.n_documents.desc()))
    out: dict[str, str] = {}
    for r in rows:
        out.setdefault(r["iso3"], r["name"])
    return out


def transfer_pairs(store: Store) -> list[dict[str, Any]]:
    """Return every (giver, receiver) pair of :func:`transfers` with its number of reports,
    first and last date and the goods named, most reported first."""
    return _kept(store, "transfer_pairs", (), lambda: _transfer_pairs(store))


def _transfer_pairs(store: Store) -> list[dict[str, Any]]:
    # one pass over the transfer events' codes, dates and sentences: no per-event entity or figure reads
    ev = schema.events
    where, left, right = _transfer_where(None, None)
    start = func.coalesce(ev.c.sentence_start, ev.c.char_start)
    end = func.coalesce(ev.c.sentence_end, ev.c.char_end)
    rows = _all(store, select(left.label("giver"), right.label("receiver"), func.coalesce(ev.c.date, _d.c.published).label("when"),
                              func.substr(_d.c.text, start + 1, end - start).label("sentence"))
                .join(_d, _d.c.id == ev.c.document_id).where(*where).order_by(ev.c.id))
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        when = r["when"]
        pair = pairs.setdefault((r["giver"], r["receiver"]), {"giver": r["giver"], "receiver": r["receiver"],
                                                              "reports": 0, "first": when, "last": when, "goods": []})
        pair["reports"] += 1
        if when:
            pair["first"] = min(x for x in (pair["first"], when) if x)
            pair["last"] = max(x for x in (pair["last"], when) if x)
        pair["goods"] += [g for g in transfer_goods(r["sentence"] or "") if g not in pair["goods"]]
    names = _country_names(store, {c for p in pairs for c in p})
    for (giver, receiver), pair in pairs.items():
        pair["giver_name"], pair["receiver_name"] = names.get(giver), names.get(receiver)
    return sorted(pairs.values(), key=lambda p: (-p["reports"], p["giver"], p["receiver"]))
