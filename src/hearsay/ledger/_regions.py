"""Places of one name in different regions (issue 12, session 9).

Many towns share a name: Huntsville in Texas and in Alabama, Birmingham in England and in
Alabama, Perth in Scotland and in Western Australia. Articles say which one by the region they
place it in: a comma qualifier ("Huntsville, Texas", "Birmingham, England") or a region named
next to it ("the University of Alabama's Huntsville campus"). The ledger keys places by name, so
without this two towns of one name were one entity (merge audit 18: Huntsville, Alabama joined
Huntsville, Texas).

A place's own qualifiers are stored on its canonical entity as ``within:<region>`` keys (kind
``within``; never looked up as names). A candidate canonical place is vetoed when every region
it was placed in conflicts with every region the new article places its mention in. Two regions
conflict when they lie in different countries, or are two different states, provinces or
nations of one country; a region and its own country never conflict ("Texas" and "United
States"). The regions are the states, provinces and nations of ``lexicon/places.tsv``, the
gazetteer's countries, and the AP abbreviations of US states after a comma
(``lexicon/state_abbreviations.tsv``: "Huntsville, Ala.").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from sqlalchemy import Connection, select

from hearsay import lexicon
from hearsay.extract.entities._places import shared_country_names
from hearsay.extract.entities.gazetteer import fold, load_gazetteer
from hearsay.ledger._keys import country_code
from hearsay.model import Entity, Record
from hearsay.store import schema

WITHIN = "within"  # the key kind of a region a canonical place was placed in
_NEAR_BEFORE = 60  # how far before a mention a region right beside it is looked for
_QUALIFIER = re.compile(r"[ \t]*,[ \t]*((?:[A-Z][\w.'’-]*)(?:[ \t]+(?:and[ \t]+)?[A-Z][\w.'’-]*){0,3})")
# a list of places, not a qualifier: "San Antonio, New York, Atlanta and New Jersey" (teams by city)
_LIST_AFTER = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)[A-Z]")
_MODIFIER_AFTER = re.compile(r"[ \t]+[a-z]")
_MONEY_AFTER = re.compile(r"[$€£¥\d]")
_LIST_BEFORE = re.compile(r"[A-Z][\w.'’-]*[ \t]*,[ \t]*$")
# a capitalised run ending in a possessive or followed by at most one lower-case noun right before
# the place ("University of Alabama's Huntsville", "the Texas city of" is not read)
_JUST_BEFORE = re.compile(r"((?:[A-Z][\w.'’-]*[ \t]+(?:of[ \t]+)?){0,3}[A-Z][\w.-]*)(?:['’]s)?[ \t]+"
                          r"(?:(?!(?:and|or|nor|but|to|from|with|than|vs|versus|at|in|on|by|for)[ \t])[a-z]+[ \t]+)?$")
# "Huntsville in Alabama", "Huntsville, in Texas": in or of a region right after the place
_JUST_AFTER = re.compile(r",?[ \t]+(?:in|of)[ \t]+(?:the[ \t]+state[ \t]+of[ \t]+)?([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})")


@functools.lru_cache(maxsize=1)
def regions() -> dict[str, tuple[str, bool]]:
    """Return region keys: folded name -> (ISO3 of its country, whether it is the country itself)."""
    out: dict[str, tuple[str, bool]] = {}
    gaz = load_gazetteer()
    for key, hit in gaz.by_alias.items():
        if hit.kind == "name":
            out[key] = (hit.country.iso3, True)
    for row in lexicon.load("places.tsv"):
        if row["kind"] in {"state", "province", "nation"}:
            out.setdefault(fold(row["name"]), (row["iso3"], False))
    for name, (key, iso3) in _abbreviated().items():
        out.setdefault(key, (iso3, False))
    for key, iso3 in shared_country_names().items():
        out.setdefault(f"{key}@{iso3.lower()}", (iso3, False))
    return out


@functools.lru_cache(maxsize=1)
def _subnational() -> dict[str, str]:
    """Return the states, provinces, nations and cities of ``lexicon/places.tsv``: folded name -> ISO3."""
    return {fold(row["name"]): row["iso3"] for row in lexicon.load("places.tsv")}


def region_country(entity: Entity) -> str | None:
    """Return the country of a place ``entity`` the table names below the country ("Florida", "West
    Palm Beach" -> "USA"), else ``None``; a country, an organisation or a person is none."""
    if entity.type not in {"GPE", "LOC"} or country_code(entity):
        return None
    return _subnational().get(fold(entity.name))


@functools.lru_cache(maxsize=1)
def _abbreviated() -> dict[str, tuple[str, str]]:
    """Return AP state abbreviations ("Ala.") -> (region key, ISO3). A state whose name is also a
    country's or a capital's ("Ga.", "Wash.") gets a key of its own ("georgia@usa"), so that it
    is never the country Georgia or the capital Washington."""
    table = {fold(row["name"]): row["iso3"] for row in lexicon.load("places.tsv") if row["kind"] == "state"}
    out: dict[str, tuple[str, str]] = {}
    for row in lexicon.load("state_abbreviations.tsv"):
        key = fold(row["name"])
        out[row["abbreviation"]] = (key, table[key]) if key in table else (f"{key}@usa", "USA")
    return out


def _region_at(text: str) -> str | None:
    """Return the region key a run of capitalised words begins with (longest first), else ``None``."""
    words = text.split()
    table = regions()
    for n in range(len(words), 0, -1):
        key = fold(" ".join(words[:n]))
        if key in table:
            return key
    return None


def conflict(a: str, b: str) -> bool:
    """True when regions ``a`` and ``b`` cannot both hold one place."""
    if a == b:
        return False
    table = regions()
    (ca, a_country), (cb, b_country) = table[a], table[b]
    if ca != cb:
        return True
    return not (a_country or b_country)  # a state and its own country agree; two states do not


def vetoed(placed: Iterable[str], named: Iterable[str]) -> bool:
    """True when no region a canonical place was ``placed`` in agrees with any region ``named``
    for the new mention (either side empty: no evidence, no veto)."""
    placed, named = set(placed), set(named)
    return bool(placed and named) and all(conflict(p, n) for p in placed for n in named)


def qualifiers(record: Record, entity: Entity) -> set[str]:
    """Regions the article places ``entity`` in by a comma qualifier ("Huntsville, Texas")."""
    if fold(entity.name) in regions():
        return set()  # "Texas, Oklahoma and Kansas": a list of regions qualifies none of them
    text = record.article.text
    out: set[str] = set()
    shared = shared_country_names()
    for m in entity.mentions:
        found = _QUALIFIER.match(text, m.end)
        if not found or _LIST_BEFORE.search(text, max(0, m.start - 40), m.start):
            continue
        first = found.group(1).split()[0]
        if first in _abbreviated():  # "Huntsville, Ala.": with its period, right after the comma
            key = _abbreviated()[first][0]
            end = found.start(1) + len(first)
        else:
            region = _region_at(found.group(1))
            if region is None or region == fold(entity.name):
                continue
            end = found.start(1) + _region_length(found.group(1), region)
            key = region
            if region in shared and not _reads_as_country(record, found.start(1)):
                key = f"{region}@{shared[region].lower()}"  # "Atlanta, Georgia": the state the article reads
        if (_LIST_AFTER.match(text, end) or _MODIFIER_AFTER.match(text, end) and text[found.start(1):end].isupper()
                or _MONEY_AFTER.match(text, end)):
            continue  # a list of places; "in Europe, US officials said", "from Europe, US$200,000"
        out.add(key)
    return out


def _region_length(run: str, key: str) -> int:
    """Return how many characters of ``run`` the region ``key`` takes (its words, as written)."""
    words = list(re.finditer(r"\S+", run))
    for n in range(len(words), 0, -1):
        if fold(run[:words[n - 1].end()]) == key:
            return words[n - 1].end()
    return len(run)


def _reads_as_country(record: Record, start: int) -> bool:
    """True when the article's entity mentioned at ``start`` is the gazetteer country (the entity
    step reads a name shared with a US state, "Georgia", as one or the other per article)."""
    for entity in record.entities:
        if any(m.start == start for m in entity.mentions):
            return country_code(entity) is not None
    return True  # no entity there: the gazetteer's reading


def named_near(record: Record, entity: Entity) -> set[str]:
    """States, provinces and nations an article names right beside ``entity``'s mentions, for an
    article that gives the place no comma qualifier: as a possessive or a modifier just before
    it ("the University of Alabama's Huntsville campus", "Texas city Huntsville") or after "in"
    or "of" just after it ("Huntsville in Alabama"). Nothing further away: a list of cities
    ("flights to New York, Boston, Chicago, Dubai") places none of them. Countries are left out:
    a town is often named beside a country it is not in ("Mosul, near the border with Syria")."""
    text = record.article.text
    own = fold(entity.name)
    shared = shared_country_names()
    out: set[str] = set()
    for m in entity.mentions:
        found: list[tuple[str, int]] = []
        before = _JUST_BEFORE.search(text, max(0, m.start - _NEAR_BEFORE), m.start)
        if before is not None:
            run = before.group(1)
            words = list(re.finditer(r"\S+", run))
            for word in words:  # "University of Alabama's": the region inside the run, ending it
                key = _region_at(run[word.start():])
                if key is not None and fold(run[word.start():]) == key:
                    found.append((key, before.start(1) + word.start()))
                    break
        after = _JUST_AFTER.match(text, m.end)
        if after is not None and (key := _region_at(after.group(1))) is not None:
            found.append((key, after.start(1)))
        for key, at in found:
            if key == own:
                continue
            if key in shared and not _reads_as_country(record, at):
                key = f"{key}@{shared[key].lower()}"  # the US state Georgia the article reads
            if not regions()[key][1]:
                out.add(key)
    return out


def placed_in(conn: Connection, canonical: int) -> set[str]:
    """Regions canonical place ``canonical`` was placed in by its articles' comma qualifiers."""
    k = schema.canonical_keys
    rows = conn.execute(select(k.c.key).where(k.c.canonical_id == canonical, k.c.kind == WITHIN)).scalars()
    return {str(key).split(":", 1)[1] for key in rows}


def within_keys(found: Iterable[str]) -> list[tuple[str, str]]:
    """Return the ``(key, kind)`` rows that record the regions a place was placed in."""
    return [(f"{WITHIN}:{key}", WITHIN) for key in sorted(found)]


__all__ = ["WITHIN", "conflict", "named_near", "placed_in", "qualifiers", "region_country", "regions", "vetoed", "within_keys"]
