"""Cross-document entities: each article's entities resolved to one canonical entity.

Identity needs evidence (issue 12). An article's entity is linked to an existing canonical
entity by one of these rules, recorded with its evidence on the link (``entity_links.rule`` and
``evidence``):

- ``country``: a gazetteer country, by its ISO 3166 code;
- ``exact``: a specific name (a person's full name, an organisation's or place's name, an
  acronym) equal to a name the canonical entity carries, within the same type group;
- ``context``: a weaker match — a shorter form of a full name (W. Mark Felt / Mark Felt), a
  spelling variant of a name that does not look romanised — accepted only when the article
  shares enough co-mentioned entities with the candidate's articles (and only one candidate
  qualifies), or the same multi-word name under another NER type group (``retype``: "Wladimir
  Klitschko" typed GPE in one article, PERSON in another; a one-word "person" no person of the
  store is called, and an organisation or place of that word: "Lionsgate"), or a bare surname in an article that
  never gives the full name ("Obama"), joined to a full name only when that name is already in
  ``SURNAME_MIN_DOCS`` articles, the article shares clearly more context with it than with any
  namesake (``SURNAME_MARGIN``), and no given name or gendered title in the article rules it out
  ("Adam (Pacman) Jones", "Mr Jenkin"). A first name alone never joins another article (the
  merge audits found such links joined namesakes: Jackson, Mitchell, Thomas, Jenkin);
- ``authority``: a name of an entity loaded from an authority list (``hearsay entity load``);
- ``new``: no candidate: a new canonical entity;
- ``local``: not a name at all ("officials", "the statement", "Both sides"): a canonical entity
  of its own that no other article can join.

Only names are keys (``canonical_keys``): titles, role words and wrongly grouped in-article
aliases never are, so one article's mistake cannot bridge two entities in later ones. The
canonical name is the most frequent full form (``canonical_names``), unless a curator set it.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select

from hearsay.extract.entities.mentions import GENERATIONAL_SUFFIXES, same_facility
from hearsay.ledger.names import (
    Name,
    analyse_name,
    compatible,
    country_of_form,
    institutional,
    looks_transliterated,
    name_key,
    one_letter_apart,
    scoped,
    spelling_key,
)
from hearsay.model import Entity, Record
from hearsay.store import schema

_GROUPS = {"PERSON": "PER", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
# Context needed to accept a weak match: the summed weight of entities the article shares
# with the candidate's recent articles, each weighted by how rare it is (a country named in
# half the store says little). Chosen on the ECB+ dev topics (docs/EVALUATION.md).
CONTEXT_MIN = 1.0
# A bare surname joins the namesake it shares most context with only when that context is this
# many times what the next namesake shares (issue 12 round 3).
SURNAME_MARGIN = 2.0
# ... and only to a full name already named in this many articles: a person a reader knows by
# surname alone ("Obama", "Nixon"), not a relative met once in one story.
SURNAME_MIN_DOCS = 3
# Two bare surnames (no full name known for either) join only on at least this much shared
# context: twice what a weak match needs.
BARE_CONTEXT = 2.0
# When namesakes of one story share its context (Vincent and his brother Louis Gigante), the
# bare surname is the story's subject if that full name is in this many times more articles than
# any namesake near it in context (round 5).
PROMINENCE = 3.0
# An acronym of at most this many letters that meets another article's spelt-out name only
# through that name's acronym needs some shared context (round 6 audit: "UCS").
SHORT_ACRONYM = 3
# An organisation's full name and its short name ("Apple Computer", "Apple") join after the fact
# when their articles' profiles share this much rare context (``_adopt_forms``, round 7).
FORM_ADOPT_MIN = 3.0
# ... judged at each of its first articles up to this many, then at the milestones: two forms
# of one name in a small story (three or four articles each) never reach a milestone together.
FORM_ADOPT_EARLY = 8
_PROFILE_DOCS = 100  # recent articles of a candidate its context profile is drawn from
_STRONG = {"name", "alias", "acronym", "authority", "translit"}
# "short" keys (an organisation's leading word: "MacBook" of "MacBook Air", "Hanwha" of
# "Hanwha Q Cells") are stored but never matched: the audit found them joining a product line
# to a model and a group to its subsidiary far more often than naming one organisation.
_WEAK = {"form", "variant", "retype"}
# Type groups the small NER model confuses for one name (issue 12 round 2, ECB+ dev: "Wladimir
# Klitschko" tagged GPE in one article and PERSON in the next; a club, a centre or a show tagged
# ORG, FAC, WORK_OF_ART or PRODUCT; a book or film tagged LAW). The same multi-word name in another of these groups is a
# weak ``retype`` candidate: it joins only on shared context, like a short form.
_RETYPE = frozenset({"PER", "ORG", "PLACE", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def group_of(entity_type: str) -> str:
    """Return the type group names are matched within (GPE, LOC and FAC are all places)."""
    return _GROUPS.get(entity_type, entity_type)


def country_code(entity: Entity) -> str | None:
    """Return the ISO3 code that *identifies* ``entity``: only a place is its country.

    People, organisations and regions carry ``ids.iso3`` too (the event coder's actor
    country: Shoigu -> RUS); that says where they belong, not who they are, so it must never
    merge them into the country (issue 6: "Sergey Shoigu" was answered with Russia). A
    country entity is the gazetteer's country of that code, under the gazetteer's name.
    """
    from hearsay.extract.entities.gazetteer import load_gazetteer

    iso3 = (entity.ids or {}).get("iso3")
    country = load_gazetteer().countries.get(iso3) if iso3 and entity.type == "GPE" else None
    # a region coded with its country (Michigan -> USA) is not the country either
    return iso3 if country is not None and country.name == entity.name else None


@dataclass(slots=True)
class _Keys:
    """The names an article's entity offers: its main name and its compatible aliases."""

    main: Name | None
    names: list[tuple[Name, str]] = field(default_factory=list)  # (name, key kind)

    def rows(self) -> list[tuple[str, str]]:
        """Return ``(key, kind)`` pairs to store: exact keys, then variant keys."""
        out: list[tuple[str, str]] = []
        for name, kind in self.names:
            out.append((name.key, kind))
            if kind in {"name", "alias"} and name.variant != name.key:
                out.append((name.variant, "variant"))
            if kind in {"name", "alias"}:
                out.extend((form, "form") for form in name.forms)
                out.extend((form, "placeform") for form in name.place_forms)
                if not name.acronym and (skeleton := spelling_key(name.key)):
                    out.append((skeleton, "variant"))
                out.extend((key, "alias") for key in name.country_keys)
        return out

    def lookup(self) -> dict[str, str]:
        """Return the keys to look the entity up by, with their kind.

        The main name, its other full forms and acronyms, and their variants. The surnames and
        leading words an entity *stores* are never looked up: a full name must not meet another
        full name through a part they share ("United States Senate" is not "United Auto
        Workers", "Apple Corps" is not "Apple Inc"). They stay stored for curation (a split
        moves them), but a bare surname resolves inside its own article only.
        """
        wanted: dict[str, str] = {}
        looked = [(name, kind) for i, (name, kind) in enumerate(self.names) if i == 0 or kind in {"name", "alias", "acronym"}]
        for name, kind in looked:  # full forms first: a weaker reading of a key never hides a stronger one
            wanted.setdefault(name.key, kind)
        for name, kind in looked:
            if kind in {"name", "alias"}:
                wanted.setdefault(name.variant, "variant")
                for form in name.forms:
                    wanted.setdefault(form, "form")
                for form in name.place_forms:
                    wanted.setdefault(form, "placeform")
                if not name.acronym and (skeleton := spelling_key(name.key)):
                    wanted.setdefault(skeleton, "variant")  # one letter apart: checked, then weak
                for key in name.country_keys:
                    wanted.setdefault(key, "alias")  # "U.S. Air Force" is "United States Air Force"
        return wanted


def _scope(name: Name, iso3: str) -> Name:
    key = scoped(name.key, iso3)
    return Name(name.text, key, key, True, False)


def keys_of(entity: Entity, country_of: Callable[[Entity], str | None] | None = None) -> _Keys:
    """Return the names ``entity`` may be found by (and found under) across articles.

    ``country_of`` gives the country the article places an institutional name in ("Supreme
    Court", "Foreign Ministry": one body in each country; asked only for such a name); the name
    is keyed in that country, and with no country it is no key at all.
    """
    main = analyse_name(entity.name, entity.type)
    if main is None:
        return _Keys(None)
    found: list[str | None] = []

    def country() -> str | None:  # asked at most once, and only for an institutional name
        if not found:
            found.append(country_of(entity) if country_of else None)
        return found[0]

    if entity.type == "ORG" and institutional(main.key):
        if (iso3 := country()) is None:
            return _Keys(None)  # which country's Supreme Court the article does not say
        main = _scope(main, iso3)
    names: list[tuple[Name, str]] = [(main, "name" if main.specific else "surname")]
    seen = {main.key}
    words = main.text.split()
    if len(words) >= 2:
        # a person's surname, an organisation's leading word: weak keys a later bare mention
        # ("Shoigu", "Boeing") may propose, to be confirmed by context
        if entity.type == "PERSON":  # the family name, before any Jr., Sr. or III
            while len(words) > 2 and words[-1].lower().rstrip(".") in GENERATIONAL_SUFFIXES:
                words = words[:-1]
        part = analyse_name(words[-1] if entity.type == "PERSON" else words[0], entity.type)
        if part is not None and part.key not in seen and not part.acronym:
            seen.add(part.key)
            names.append((part, "surname" if entity.type == "PERSON" else "short"))
    for alias_text in entity.aliases:
        alias = analyse_name(alias_text, entity.type)
        if alias is not None and entity.type == "ORG" and institutional(alias.key):
            alias = _scope(alias, iso3) if (iso3 := country()) else None
        if alias is None or alias.key in seen:
            continue
        kind = compatible(main, alias, entity.type)
        if kind is not None:
            seen.add(alias.key)
            names.append((alias, kind if alias.specific or kind in _WEAK else "surname"))
    return _Keys(main, names)


@dataclass(slots=True)
class _Decision:
    canonical: int | None
    rule: str
    score: float
    evidence: dict[str, Any]


class _Context:
    """The canonical entities the article has resolved so far, and each one's rarity."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.ids: set[int] = set()
        total = conn.execute(select(func.count()).select_from(schema.ledger_documents)).scalar_one()
        self.total = max(1, int(total))

    def weight(self, n_documents: int) -> float:
        # normalised inverse document frequency: 1.0 for an entity of one article, 0.5 for one
        # in sqrt(N) of N, 0 for one in all; a store counts as at least 100 articles so that
        # a new store's few entities still count
        total = max(self.total, 100)
        return max(0.0, math.log(total / max(1, n_documents)) / math.log(total))

    def shared(self, candidate: int) -> tuple[float, list[str]]:
        """Return how much the article shares with ``candidate``'s recent articles, and what."""
        if not self.ids:
            return 0.0, []
        el, ce = schema.entity_links, schema.canonical_entities
        docs = (select(el.c.document_id).where(el.c.canonical_id == candidate)
                .order_by(el.c.document_id.desc()).limit(_PROFILE_DOCS).scalar_subquery())
        other = el.alias("other")
        rows = self.conn.execute(
            select(ce.c.id, ce.c.name, ce.c.n_documents).distinct()
            .join(other, other.c.canonical_id == ce.c.id)
            .where(other.c.document_id.in_(docs), ce.c.id.in_(self.ids), ce.c.id != candidate)
        ).all()
        score = sum(self.weight(r.n_documents) for r in rows)
        return score, sorted(r.name for r in rows)


def _candidates(conn: Connection, group: str, keys: _Keys) -> dict[int, tuple[str, str]]:
    """Return canonical entities sharing a key, with the best (kind, key) of the match."""
    k, ce = schema.canonical_keys, schema.canonical_entities
    wanted = keys.lookup()
    if not wanted:
        return {}
    found: dict[int, tuple[str, str]] = {}
    rows = conn.execute(select(k.c.canonical_id, k.c.key, k.c.kind).join(ce, ce.c.id == k.c.canonical_id)
                        .where(k.c.key.in_(list(wanted)), k.c.block == group)).all()
    translit = keys.main is not None and keys.main.specific and looks_transliterated(keys.main.key)
    for cid, key, stored_kind in rows:
        mine = wanted[key]
        if mine == stored_kind == "acronym":
            # both articles spell the acronym out, as two names (a name match would have come
            # first): "Ultimate Collector Series (UCS)" is not the Union of Concerned Scientists
            continue
        matched = _match_kind(mine, stored_kind)
        if matched is None:
            continue
        if key.startswith("~") and not _misspelt(conn, cid, keys, group):
            continue  # equal skeletons of names more than one letter apart
        kind = matched
        if mine == "placeform" and keys.main is not None and _other_country(conn, cid, key, keys.main.key):
            continue  # the entity already holds another country's organisation of that name
        if kind == "variant" and translit and keys.main is not None and key == keys.main.variant:
            # a full name spelt as romanised names are (Sergei Shoygu): the spelling variant
            # is the expected difference, not a different person
            kind = "translit"
        if cid not in found or _rank(kind) < _rank(found[cid][0]):
            found[cid] = (kind, key)
    if not found and group in _RETYPE and keys.main is not None and keys.main.specific and len(keys.main.key.split()) >= 2:
        # the same full name under another type group (NER typed it differently): a weak
        # candidate; a country is never one (it is found by its code, not its name)
        retyped = conn.execute(select(k.c.canonical_id).join(ce, ce.c.id == k.c.canonical_id)
                            .where(k.c.key == keys.main.key, k.c.block != group, k.c.block.in_(sorted(_RETYPE)),
                                   k.c.kind.in_(["name", "alias"]), ce.c.iso3.is_(None))).all()
        for (other,) in retyped:
            found.setdefault(other, ("retype", keys.main.key))
    return found


def _misspelt(conn: Connection, cid: int, keys: _Keys, group: str) -> bool:
    """True when a name of canonical ``cid`` is one letter from one of this entity's full names
    (round 11: "Duncan Rait" / "Duncan Raite"; ``names.one_letter_apart``)."""
    k = schema.canonical_keys
    stored = conn.execute(select(k.c.key).where(k.c.canonical_id == cid, k.c.kind.in_(["name", "alias"]))).scalars().all()
    mine = [name.key for name, kind in keys.names if kind in {"name", "alias"}]
    return any(one_letter_apart(a, b, person=group == "PER") for a in mine for b in stored)


def _other_country(conn: Connection, cid: int, form: str, mine: str) -> bool:
    """True when canonical ``cid`` holds a name that is another country's ``form`` than ``mine``
    ("british foreign office" for "irish foreign office"): a bare "Foreign Office" joined to the
    British one must not bring the Irish one in through it (round 8)."""
    k = schema.canonical_keys
    country = country_of_form(mine, form)
    names = conn.execute(select(k.c.key).where(k.c.canonical_id == cid, k.c.kind.in_(["name", "alias"]),
                                               k.c.key.like(f"% {form}"))).scalars()
    return any(other != mine and country_of_form(other, form) not in {None, country} for other in names)


def _match_kind(mine: str, stored: str) -> str | None:
    """Return the strength of a key match from the kinds on both sides, ``None`` for no match."""
    if "placeform" in (mine, stored):
        # a name without its country meets a name, never another such form (round 8): "U.S.
        # Surgeon General" meets "Surgeon General"; two countries' ministries never meet by it
        return "form" if {mine, stored} - {"placeform"} <= {"name", "alias"} and mine != stored else None
    if mine == "variant" or stored == "variant":
        return "variant"
    if mine == "form" or stored == "form":
        # a short form meets a name or another short form, never a bare surname or word
        return "form" if mine not in {"surname", "short"} and stored not in {"surname", "short"} else None
    if "short" in (mine, stored):
        return None
    if "surname" in (mine, stored):
        return "surname"
    if stored == "authority":
        return "authority"
    if "acronym" in (mine, stored):
        return "acronym"
    return "name"


def _rank(kind: str) -> int:
    return ["authority", "name", "alias", "acronym", "translit", "form", "placeform", "retype", "short", "surname", "variant"].index(kind)


def _decide(found: dict[int, tuple[str, str]], context: _Context, main: Name | None = None,
            given: _Given | None = None) -> _Decision:
    strong = {cid: m for cid, m in found.items() if m[0] in _STRONG}
    # A weak match never joins an entity this article already links another of its entities
    # to: the article itself told them apart (Patrick and Teresa Nielsen Hayden), and its own
    # co-mentions would count as shared context.
    pool = strong or {cid: m for cid, m in found.items() if m[0] in _WEAK and cid not in context.ids
                      and not (m[0] == "form" and main is not None and _middles_conflict(context.conn, cid, main))}
    if not pool:
        return _surname_link(found, context, main, given) or _Decision(None, "new", 1.0, {})
    scored = []
    for cid, (kind, key) in pool.items():
        score, shared = context.shared(cid)
        # on equal context a candidate known by a full name beats one known only by a bare
        # surname (which is most likely the same person, from an article that gave no more)
        scored.append((score, _full_name(context.conn, cid), -cid, cid, kind, key, shared))
    scored.sort(reverse=True)
    if strong and main is not None and main.acronym and len(main.key) <= SHORT_ACRONYM:
        # a short acronym the article never spells out, sharing nothing with the name it
        # abbreviates elsewhere: too many names give the same three letters (UCS: the Union
        # of Concerned Scientists, a LEGO series)
        kept = [row for row in scored if not (row[4] == "acronym" and row[0] <= 0)]
        if not kept:
            return _Decision(None, "new", 1.0, {"rejected": scored[0][5], "match": "acronym", "context": 0.0})
        scored = kept
    score, full, _, cid, kind, key, shared = scored[0]
    evidence: dict[str, Any] = {"key": key, "match": kind, "shared": shared[:12], "context": round(score, 3)}
    if strong:
        if len(scored) > 1:
            evidence["others"] = len(scored) - 1
        return _Decision(cid, "authority" if kind == "authority" else "exact", 1.0, evidence)
    runner_up = scored[1][:2] if len(scored) > 1 else (0.0, False)
    if score >= CONTEXT_MIN and (score, full) > runner_up:
        return _Decision(cid, "context", round(min(0.95, 0.5 + score / 10), 3), evidence)
    return _Decision(None, "new", 1.0, {"rejected": key, "match": kind, "context": round(score, 3)})


# a capitalised word right before a mention, past a nickname in brackets or quotes (plain,
# curly or PTB-style ``...''): "Adam (Pacman) Jones", "Adam `` Pacman '' Jones"
_BEFORE = re.compile(r"([A-Z][\w’'.-]*)(?:\s+(?:\([^()]{1,30}\)|(?:``|[\"“'‘])[^\"”'’`]{1,30}(?:''|[\"”'’])))?\s+$")
# a nickname in brackets or quotes, then a capitalised word, right after a mention: the mention
# is the given name of someone whose surname NER left out ("Thomas (Tommy Ryan) Eboli")
_NICKNAME_THEN_SURNAME = re.compile(r"\s*(?:\([^()]{1,30}\)|(?:``|[\"“'‘])[^\"”'’`]{1,30}(?:''|[\"”'’]))\s+[A-Z][a-z]")
_FAMILY = re.compile(r"(?:\s+crime)?\s+(?:family|families|clan|dynasty)\b", re.IGNORECASE)
_GENDER_TITLES = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "miss": "f", "ms": "f", "ms.": "f"}


@dataclass(frozen=True, slots=True)
class _Given:
    """What the article itself says of a bare surname: a given name written before it, a gender."""

    names: frozenset[str]
    gender: str | None
    family: bool = False  # "the Genovese (crime) family": the family, not one of its members
    given: bool = False  # "Thomas (Tommy Ryan) Eboli": the word is a given name, a surname follows

    @classmethod
    def of(cls, entity: Entity, text: str) -> _Given:
        return cls.of_spans(entity.name, [(m.start, m.end) for m in entity.mentions], text)

    @classmethod
    def of_spans(cls, name: str, spans: Iterable[tuple[int, int]], text: str) -> _Given:
        from hearsay.extract.statements.speakers import given_names

        genders = given_names()
        names: set[str] = set()
        seen: set[str] = set()
        family = given = False
        for start, end in spans:
            family = family or bool(_FAMILY.match(text, end))
            given = given or bool(_NICKNAME_THEN_SURNAME.match(text, end))
            before = _BEFORE.search(text, max(0, start - 48), start)
            if before is None:
                continue
            word = before.group(1).lower()
            if word in _GENDER_TITLES:
                seen.add(_GENDER_TITLES[word])
            elif genders.get(word) in {"m", "f", "any"}:
                names.add(word)  # "Adam (Pacman) Jones", "Pierre Thomas": a given name NER left out
        title = name.split()[0].lower() if len(name.split()) > 1 else ""
        if title in _GENDER_TITLES:
            seen.add(_GENDER_TITLES[title])
        return cls(frozenset(names), next(iter(seen)) if len(seen) == 1 else None, family, given)

    def contradicts(self, full_name: str) -> bool:
        """True when the article's given name or gender rules out the full name ``full_name``."""
        from hearsay.extract.statements.speakers import given_names

        if self.family or self.given:
            return True
        words = [w.strip(".,").lower() for w in full_name.split()]
        first = words[0] if len(words) >= 2 else ""
        if self.names and first not in self.names:
            return True
        gender = given_names().get(first)
        return self.gender is not None and gender in {"m", "f"} and gender != self.gender


def _surname_link(found: dict[int, tuple[str, str]], context: _Context, main: Name | None,
                  given: _Given | None = None, retyped: bool = False) -> _Decision | None:
    """Link a bare surname (the article never gives the full name) to one full name, on context.

    Articles often name a well-known person by surname only ("Obama", "Klitschko"). The
    surname proposes every stored full name ending in it; one is taken only when the article
    shares enough rare context with it (``CONTEXT_MIN``) and clearly more than with any other
    namesake (``SURNAME_MARGIN``): a husband and wife, or two brothers, in one story share the
    same context, so neither is taken.
    """
    if main is None or main.specific or len(main.key.split()) != 1:
        return None
    if any(kind == "surname" and cid in context.ids for cid, (kind, _) in found.items()):
        # the article names someone of that surname in full and kept the bare surname apart
        # from them (John and Katie Jenkin of one story): it is ambiguous, here and elsewhere
        return None
    ce = schema.canonical_entities
    wanted = [cid for cid, (kind, _) in found.items() if kind == "surname" and cid not in context.ids]
    rows = context.conn.execute(select(ce.c.id, ce.c.name, ce.c.n_documents).where(ce.c.id.in_(wanted))).all() if wanted else []
    full = [r for r in rows if len(str(r.name).split()) >= 2 and not (given is not None and given.contradicts(str(r.name)))]
    documents = {r.id: int(r.n_documents) for r in full}
    options = sorted(documents)
    if not options:
        return _bare_link(rows, context, main)
    scored = sorted(((*context.shared(cid), cid) for cid in options), key=lambda t: (t[0], -t[2]), reverse=True)
    score, shared, cid = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if score < CONTEXT_MIN:
        return None
    prominent = False
    if score < SURNAME_MARGIN * runner_up:
        if retyped:
            return None  # a name NER typed otherwise ("Ford" the carmaker) is no story's subject
        # namesakes of one story share its context: the surname alone names the story's
        # subject, when one of them is in far more articles than every other of that story
        story = sorted((t for t in scored if t[0] * SURNAME_MARGIN >= score), key=lambda t: documents[t[2]], reverse=True)
        if documents[story[0][2]] < PROMINENCE * documents[story[1][2]]:
            return None
        score, shared, cid = story[0]
        prominent = True
    if documents[cid] < SURNAME_MIN_DOCS:
        return None  # a full name seen once or twice is no one a reader would name by surname alone
    evidence: dict[str, Any] = {"key": main.key, "match": "surname", "shared": shared[:12], "context": round(score, 3)}
    if prominent:
        evidence["prominent"] = True
    if len(scored) > 1:
        evidence["others"] = len(scored) - 1
    return _Decision(cid, "context", round(min(0.95, 0.5 + score / 10), 3), evidence)


def _bare_link(rows: Sequence[Any], context: _Context, main: Name) -> _Decision | None:
    """Link a bare surname to another article's bare surname when no full name is known.

    Two stories that name "Hargrove" alone are one person only on strong evidence: at least
    ``BARE_CONTEXT`` of rare shared context, and ``SURNAME_MARGIN`` times more than with any
    other entity of that surname.
    """
    bare = [r.id for r in rows if len(str(r.name).split()) == 1]
    if not bare:
        return None
    scored = sorted(((*context.shared(cid), cid) for cid in bare), key=lambda t: (t[0], -t[2]), reverse=True)
    score, shared, cid = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if score < BARE_CONTEXT or score < SURNAME_MARGIN * runner_up:
        return None
    evidence: dict[str, Any] = {"key": main.key, "match": "surname", "shared": shared[:12], "context": round(score, 3), "bare": True}
    return _Decision(cid, "context", round(min(0.95, 0.5 + score / 10), 3), evidence)


def _middles_conflict(conn: Connection, cid: int, main: Name) -> bool:
    """True when two full names share first and last word but differ in between (George
    H. W. Bush / George W. Bush), or one marks a generation the other, with a name of its own,
    does not (Ike LaRue III / Ike Parsons LaRue): their short form proves nothing."""
    name = conn.execute(select(schema.canonical_entities.c.name, schema.canonical_entities.c.type)
                        .where(schema.canonical_entities.c.id == cid)).one()
    other = analyse_name(name.name, name.type)
    if other is None:
        return False
    a, b = main.key.split(), other.key.split()
    if name.type != "PERSON" and same_facility(a, b):
        return False  # "Betty Ford Treatment Center" / "Betty Ford Center": a qualifier, not a middle name
    if (a[-1] in GENERATIONAL_SUFFIXES) != (b[-1] in GENERATIONAL_SUFFIXES):
        # one name marks a generation (Ike LaRue III), the other does not and gives a name the
        # first lacks (Ike Parsons LaRue): the father or son, not a fuller form of the same man
        suffixed, plain = (a, b) if a[-1] in GENERATIONAL_SUFFIXES else (b, a)
        return bool(set(plain) - set(suffixed))
    return len(a) >= 3 and len(b) >= 3 and a[0] == b[0] and a[-1] == b[-1] and a[1:-1] != b[1:-1]


def _full_name(conn: Connection, cid: int) -> bool:
    name = conn.execute(select(schema.canonical_entities.c.name).where(schema.canonical_entities.c.id == cid)).scalar_one()
    return len(str(name).split()) >= 2


_NEAR_CHARS = 200  # how far before (half as far after) a mention a country names its institution


def _countries_near(record: Record) -> Callable[[Entity], str | None]:
    """Return a function giving the country an article places one of its entities in.

    The country named nearest before (or just after) each of the entity's mentions in its
    paragraph ("Pakistan's Supreme Court", "the court in Islamabad" when the capital stands for
    the state), by most mentions; else the country the article names most, if one does.
    """
    text = record.article.text
    spots: list[tuple[int, str]] = []
    totals: dict[str, int] = {}
    for entity in record.entities:
        iso3 = country_code(entity)
        if iso3:
            spots.extend((m.start, iso3) for m in entity.mentions)
            totals[iso3] = totals.get(iso3, 0) + len(entity.mentions)
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])
    main = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None

    def country(entity: Entity) -> str | None:
        votes: dict[str, int] = {}
        for m in entity.mentions:
            near = [(abs(m.start - at), iso3) for at, iso3 in spots
                    if (m.start - _NEAR_CHARS <= at < m.start or m.end <= at <= m.end + _NEAR_CHARS // 2)
                    and "\n" not in text[min(at, m.start):max(at, m.start)]]
            if near:
                best = min(near)[1]
                votes[best] = votes.get(best, 0) + 1
        if votes:
            top = sorted(votes.items(), key=lambda kv: -kv[1])
            if len(top) == 1 or top[0][1] > top[1][1]:
                return top[0][0]
        return main

    return country


def link_entities(conn: Connection, doc_key: int, record: Record) -> dict[str, int]:
    """Resolve the entities of stored article ``doc_key`` to canonical entities.

    Countries and strong (exact) matches are resolved first, so the weak matches decided
    after them see every entity the article surely names as context.

    Returns:
        a map from each entity's local id (``e3``) to its canonical entity key.
    """
    ce = schema.canonical_entities
    published = record.article.published.isoformat() if record.article.published else None
    rows = {r.local_id: r.id for r in conn.execute(select(schema.entities.c.local_id, schema.entities.c.id)
                                                   .where(schema.entities.c.document_id == doc_key))}
    context = _Context(conn)
    out: dict[str, int] = {}
    weak: list[tuple[Entity, _Keys, dict[int, tuple[str, str]]]] = []
    mistyped: list[tuple[Entity, _Keys, _Keys, dict[int, tuple[str, str]]]] = []
    countries = _countries_near(record)
    for entity in record.entities:
        keys = keys_of(entity, countries)
        iso3 = country_code(entity)
        person = _as_surname(entity) if not iso3 else None
        if person is not None:
            found_people = _candidates(conn, "PER", person)
            if found_people:  # decided with the weak matches, once the article's context is known
                mistyped.append((entity, keys, person, found_people))
                continue
        if iso3:
            found = conn.execute(select(ce.c.id).where(ce.c.iso3 == iso3)).first()
            decision = _Decision(found[0] if found else None, "country" if found else "new", 1.0, {"iso3": iso3})
        elif keys.main is None:
            decision = _Decision(None, "local", 1.0, {})
        else:
            candidates = _candidates(conn, group_of(entity.type), keys)
            if not any(kind in _STRONG for kind, _ in candidates.values()) and candidates or _short_acronym(keys, candidates):
                weak.append((entity, keys, candidates))  # decided once the article's context is known
                continue
            if not candidates and (word := _word_retype(conn, entity, keys)):
                weak.append((entity, keys, word))
                continue
            decision = _decide(candidates, context, keys.main)
        out[entity.id] = _link(conn, doc_key, rows[entity.id], entity, keys, decision, iso3, published, context)
    for entity, keys, candidates in weak:
        decision = _decide(candidates, context, keys.main, _Given.of(entity, record.article.text))
        out[entity.id] = _link(conn, doc_key, rows[entity.id], entity, keys, decision, None, published, context)
    for entity, keys, person, found_people in mistyped:
        surname = _surname_link(found_people, context, person.main, _Given.of(entity, record.article.text), retyped=True)
        own = _candidates(conn, group_of(entity.type), keys) if keys.main else {}
        if surname is not None and surname.evidence.get("bare") and any(kind in _STRONG for kind, _ in own.values()):
            # another article's one-word "person" of that word is no known person: the name
            # as NER typed it has a home already ("Evansville" the team, "Biloxi" the city)
            surname = None
        if surname is not None:
            surname.evidence["retyped_from"] = entity.type
            out[entity.id] = _link(conn, doc_key, rows[entity.id], entity, person, surname, None, published, context, group="PER")
            continue
        # not a known person's surname: the name as NER typed it
        decision = _decide(own, context, keys.main) if keys.main else _Decision(None, "local", 1.0, {})
        out[entity.id] = _link(conn, doc_key, rows[entity.id], entity, keys, decision, None, published, context)
    gone: set[int] = set()
    for cid in sorted(set(out.values())):
        if cid in gone:
            continue  # absorbed by an entity of this article adopted before it
        adopted = _adopt_surnames(conn, cid) | _adopt_forms(conn, cid) | _adopt_names(conn, cid)
        gone |= adopted
        out.update({local: cid for local, old in out.items() if old in adopted})
    return out


def _adopt_surnames(conn: Connection, cid: int) -> set[int]:
    """Join to ``cid`` the bare surnames of articles ingested before it was well attested.

    A bare surname joins a full name only once that name is in ``SURNAME_MIN_DOCS`` articles,
    so an article that said only "Obama" before then stayed a person of its own. When a full
    name reaches that count (and each time it doubles: ``_milestone``), each such earlier surname entity is judged as the rule would judge
    it now, with its own article's context and given-name and gender vetoes, and joined when
    every one of its articles passes. Linking is then the same whichever order the articles
    came in. Returns the absorbed entity ids.
    """
    ce, k, el = schema.canonical_entities, schema.canonical_keys, schema.entity_links
    row = conn.execute(select(ce.c.name, ce.c.type, ce.c.n_documents).where(ce.c.id == cid)).one()
    if row.type != "PERSON" or not _milestone(int(row.n_documents)) or len(str(row.name).split()) < 2:
        return set()
    surnames = [r.key for r in conn.execute(select(k.c.key).where(k.c.canonical_id == cid, k.c.kind == "surname", k.c.block == "PER"))]
    if not surnames:
        return set()
    orphans = conn.execute(
        select(ce.c.id, ce.c.name).join(k, k.c.canonical_id == ce.c.id)
        .where(k.c.key.in_(surnames), k.c.block == "PER", k.c.kind == "surname", ce.c.id != cid,
               ce.c.n_documents < SURNAME_MIN_DOCS, ce.c.name_locked.is_not(True), ce.c.authority_id.is_(None))).all()
    adopted: set[int] = set()
    for orphan in orphans:
        if len(str(orphan.name).split()) != 1:
            continue
        links = conn.execute(select(el.c.entity_id, el.c.document_id).where(el.c.canonical_id == orphan.id)).all()
        if all(_surname_holds(conn, cid, orphan.id, link.entity_id, link.document_id) for link in links):
            from hearsay.ledger.curation import merge_entities

            conn.execute(el.update().where(el.c.canonical_id == orphan.id).values(
                rule="context", evidence=json.dumps({"key": orphan.name.lower(), "match": "surname", "late": True})))
            merge_entities(conn, cid, orphan.id, record=False)
            adopted.add(orphan.id)
    return adopted


def _profile(conn: Connection, cid: int) -> set[int]:
    """Return the canonical entities named in ``cid``'s recent articles (its context profile)."""
    el = schema.entity_links
    docs = (select(el.c.document_id).where(el.c.canonical_id == cid)
            .order_by(el.c.document_id.desc()).limit(_PROFILE_DOCS).scalar_subquery())
    return {r[0] for r in conn.execute(select(el.c.canonical_id).distinct().where(el.c.document_id.in_(docs)))}


def _adopt_forms(conn: Connection, cid: int) -> set[int]:
    """Join an organisation's full name and its short name once their stories show they are one.

    "Apple Computer" offers "Apple" as a weak ``form`` (``names._trade_form``), and "General
    Motors (GM)" the acronym "GM", accepted on the article's shared context (a short acronym
    needs it too: ``SHORT_ACRONYM``). The first such article often shares nothing yet with the
    few "Apple" (or "GM") articles stored, so the two stay apart and every later article joins
    one or the other by its exact name. At the same milestones as bare surnames (``_milestone``), an
    organisation compares its context profile with that of the one organisation its form or
    acronym (or name) is the other's name (or form or acronym) of; at ``FORM_ADOPT_MIN`` of rare shared context, the
    other joins it (the canonical name then goes by frequency). People too: "Mark Jay Heller"
    offers "Mark Heller" and "Frederick C. LaRue" offers "Fred LaRue" as weak forms, and an
    article that met the other form before it shared enough context started a person of its own
    (ECB+ dev: the two Hellers of one lawyer stayed apart on 0.99 of context). A name with a
    generation mark is never adopted either way: Mark Felt Jr.'s stories are his father's.
    Returns the absorbed ids.
    """
    ce, k = schema.canonical_entities, schema.canonical_keys
    row = conn.execute(select(ce.c.name, ce.c.type, ce.c.n_documents).where(ce.c.id == cid)).one()
    n = int(row.n_documents)
    if row.type not in {"ORG", "PERSON"} or not (SURNAME_MIN_DOCS <= n <= FORM_ADOPT_EARLY or _milestone(n)):
        return set()
    block = group_of(row.type)
    if row.type == "PERSON" and _generational(str(row.name)):
        return set()  # "Mark Felt Jr." offers "Mark Felt", his father: stories of both share all
    mine = conn.execute(select(k.c.key, k.c.kind).where(k.c.canonical_id == cid, k.c.block == block)).all()
    names = [r.key for r in mine if r.kind in {"name", "alias"}]
    others: dict[int, str] = {}
    for short_kind in ("form", "acronym"):
        # the full name, its short form or acronym stored: the organisation called by that
        # short name ("GM" of an article that never spells it out); and the other way round
        shorts = [r.key for r in mine if r.kind == short_kind]
        if shorts:
            others.update((r[0], short_kind) for r in conn.execute(select(k.c.canonical_id).where(
                k.c.key.in_(shorts), k.c.block == block, k.c.kind.in_(["name", "alias"]), k.c.canonical_id != cid)))
        if names:
            others.update((r[0], short_kind) for r in conn.execute(select(k.c.canonical_id).where(
                k.c.key.in_(names), k.c.block == block, k.c.kind == short_kind, k.c.canonical_id != cid)))
    if len(others) != 1:
        return set()  # two organisations (or people) of that short name: the profiles cannot choose
    other, kind = next(iter(others.items()))
    target = conn.execute(select(ce.c.name, ce.c.type, ce.c.n_documents, ce.c.name_locked, ce.c.authority_id)
                          .where(ce.c.id == other)).one()
    if target.type != row.type or (row.type == "PERSON" and _generational(str(target.name))):
        return set()
    locked = conn.execute(select(ce.c.name_locked, ce.c.authority_id).where(ce.c.id == cid)).one()
    if target.name_locked or target.authority_id is not None or locked.name_locked or locked.authority_id is not None:
        return set()  # a curator or an authority list decided these names
    context = _Context(conn)
    shared = (_profile(conn, cid) & _profile(conn, other)) - {cid, other}
    if not shared:
        return set()
    rows = conn.execute(select(ce.c.name, ce.c.n_documents).where(ce.c.id.in_(shared))).all()
    score = sum(context.weight(int(r.n_documents)) for r in rows)
    if score < FORM_ADOPT_MIN:
        return set()
    from hearsay.ledger.curation import merge_entities

    el = schema.entity_links
    conn.execute(el.update().where(el.c.canonical_id == other).values(
        rule="context", evidence=json.dumps({"match": kind, "late": True, "shared": sorted(str(r.name) for r in rows)[:12],
                                             "context": round(score, 3)})))
    merge_entities(conn, cid, other, record=False)  # the canonical name goes by frequency
    return {other}


def _adopt_names(conn: Connection, cid: int) -> set[int]:
    """Join to organisation or place ``cid`` the others that now hold one of its full names.

    An exact full name joins articles on its own (``_decide``), but only the names stored when
    an article arrives: "Betty Ford Clinic" started an entity of its own, and a later article
    that calls the clinic both "Betty Ford Center" and "Betty Ford Clinic" (or the FBI both
    "FBI" and "Federal Bureau of Investigation") joined the Center, leaving two entities under
    one name. Such an other entity, of the same type, is joined as it would have been had the
    articles come in the other order. Never for people (the in-article alias "George Bush" of
    "George W. Bush" also names his father), countries (found by code), an entity a curator
    named or split, or one an authority list seeded. Returns the absorbed ids.
    """
    ce, k = schema.canonical_entities, schema.canonical_keys
    row = conn.execute(select(ce.c.name, ce.c.type, ce.c.iso3, ce.c.name_locked, ce.c.authority_id).where(ce.c.id == cid)).one()
    if row.type == "PERSON" or row.iso3 or row.name_locked or row.authority_id is not None:
        return set()
    block = group_of(row.type)
    strong = ["name", "alias", "acronym"]  # an acronym key is a full name its article spelt out
    mine = {r.key: r.kind for r in conn.execute(select(k.c.key, k.c.kind).where(
        k.c.canonical_id == cid, k.c.block == block, k.c.kind.in_(strong)))}
    if not mine:
        return set()
    rows = conn.execute(
        select(ce.c.id, ce.c.name, k.c.key, k.c.kind).join(k, k.c.canonical_id == ce.c.id)
        .where(k.c.key.in_(list(mine)), k.c.block == block, k.c.kind.in_(strong), ce.c.id != cid,
               ce.c.type == row.type, ce.c.iso3.is_(None), ce.c.name_locked.is_not(True),
               ce.c.authority_id.is_(None))).all()
    # only a full name of two words or more: a bare acronym ("UCS") needs shared context to
    # meet the name it abbreviates (``SHORT_ACRONYM``), and two spelt-out acronyms meet no more
    # here than at linking (``_candidates``)
    shared: dict[int, tuple[str, str]] = {}
    for r in rows:
        if len(str(r.key).split()) >= 2 and not (mine[r.key] == r.kind == "acronym"):
            shared.setdefault(int(r.id), (str(r.name), str(r.key)))
    if not shared:
        return set()
    split = [json.loads(a) for (a,) in conn.execute(select(schema.entity_curations.c.args)
                                                     .where(schema.entity_curations.c.op == "split"))]
    curated = {name_key(str(n)) for args in split for n in [*args.get("names", []), args.get("entity", {}).get("name", "")]}
    if curated & {name_key(str(row.name)), *mine}:
        return set()  # a curator split these names apart: a later article does not undo it
    from hearsay.ledger.curation import merge_entities

    el = schema.entity_links
    adopted: set[int] = set()
    for other, (name, key) in sorted(shared.items()):
        if name_key(name) in curated:
            continue
        conn.execute(el.update().where(el.c.canonical_id == other).values(
            rule="exact", evidence=json.dumps({"key": key, "match": "name", "late": True})))
        merge_entities(conn, cid, other, record=False)
        adopted.add(other)
    return adopted


def _generational(name: str) -> bool:
    """True when a person's name ends in a generation mark ("Jr.", "III")."""
    words = name.split()
    return len(words) > 2 and words[-1].lower().rstrip(".") in GENERATIONAL_SUFFIXES


def _milestone(n_documents: int) -> bool:
    """True at the article counts where earlier bare surnames are judged again: when a name
    reaches ``SURNAME_MIN_DOCS`` and each time its count doubles after that (it may since have
    become the prominent one of its story), so the work stays logarithmic in its articles."""
    steps = n_documents / SURNAME_MIN_DOCS
    return n_documents >= SURNAME_MIN_DOCS and steps == int(steps) and int(steps) & (int(steps) - 1) == 0


def _surname_holds(conn: Connection, cid: int, orphan: int, entity_row: int, doc_key: int) -> bool:
    """True when the bare-surname rule, run now, would link the article's entity to ``cid``."""
    el, e, m = schema.entity_links, schema.entities, schema.mentions
    context = _Context(conn)
    context.ids = {r[0] for r in conn.execute(select(el.c.canonical_id).where(el.c.document_id == doc_key, el.c.canonical_id != orphan))}
    if cid in context.ids:
        return False  # the article names the full name too and kept the surname apart
    name, entity_type = conn.execute(select(e.c.name, e.c.type).where(e.c.id == entity_row)).one()
    main = analyse_name(name, "PERSON")
    if main is None:
        return False
    spans = [(r.char_start, r.char_end) for r in conn.execute(select(m.c.char_start, m.c.char_end).where(m.c.entity_id == entity_row))]
    text = conn.execute(select(schema.documents.c.text).where(schema.documents.c.id == doc_key)).scalar_one()
    found = _candidates(conn, "PER", _Keys(main, [(main, "surname")]))
    decision = _surname_link(found, context, main, _Given.of_spans(name, spans, text), retyped=entity_type != "PERSON")
    return decision is not None and decision.canonical == cid


def _short_acronym(keys: _Keys, candidates: dict[int, tuple[str, str]]) -> bool:
    """True when a short acronym meets a spelt-out name only through that name's acronym: it
    needs shared context, so it is decided with the weak matches."""
    main = keys.main
    return (main is not None and main.acronym and len(main.key) <= SHORT_ACRONYM
            and any(kind == "acronym" for kind, _ in candidates.values()))


def _word_retype(conn: Connection, entity: Entity, keys: _Keys) -> dict[int, tuple[str, str]]:
    """Return the other-typed entities of a one-word "person" no person of the store is called.

    NER calls a team, a studio or a town a person now and then ("Drake", "Lionsgate", "Biloxi").
    When no person of the store bears that word, the same word already stored as an organisation
    or a place (never a country, which is found by its code) is a weak ``retype`` candidate,
    joined only on shared context, as a multi-word name typed otherwise is.
    """
    main = keys.main
    if entity.type != "PERSON" or main is None or main.specific or len(main.key.split()) != 1:
        return {}
    k, ce = schema.canonical_keys, schema.canonical_entities
    rows = conn.execute(select(k.c.canonical_id).join(ce, ce.c.id == k.c.canonical_id)
                        .where(k.c.key == main.key, k.c.block != "PER", k.c.block.in_(sorted(_RETYPE)),
                               k.c.kind.in_(["name", "alias"]), ce.c.iso3.is_(None))).all()
    return {cid: ("retype", main.key) for (cid,) in rows}


# NER types a one-word surname is often mistaken for ("Lohan" GPE, "Klitschko" NORP)
_SURNAME_MISTYPES = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG", "PRODUCT", "WORK_OF_ART"})


def _as_surname(entity: Entity) -> _Keys | None:
    """Return person keys for a one-word name NER typed otherwise that may be a known surname.

    Only a capitalised word the gazetteer does not know (a country, capital or demonym is what
    its type says) and no acronym. Such a name joins a person only through the bare-surname
    rule, with all its conditions; otherwise it is linked as NER typed it.
    """
    from hearsay.extract.entities.gazetteer import load_gazetteer

    words = entity.name.split()
    if entity.type not in _SURNAME_MISTYPES or len(words) != 1 or not words[0][:1].isupper() or words[0].isupper():
        return None
    if load_gazetteer().lookup(entity.name) is not None:
        return None
    main = analyse_name(entity.name, "PERSON")
    if main is None or main.specific:
        return None
    return _Keys(main, [(main, "surname")])


def _link(conn: Connection, doc_key: int, row_id: int, entity: Entity, keys: _Keys, decision: _Decision,
          iso3: str | None, published: str | None, context: _Context, group: str | None = None) -> int:
    ce, links = schema.canonical_entities, schema.entity_links
    cid = decision.canonical
    if cid is None:
        name = keys.main.text if keys.main is not None and not iso3 else entity.name
        cid = conn.execute(ce.insert().values(
            name=name, type=entity.type, iso3=iso3, aliases="[]", roles="[]", first_seen=published, n_documents=0,
        )).inserted_primary_key[0]  # type: ignore[index]
    assert cid is not None
    if decision.rule != "local":
        add_keys(conn, cid, group or group_of(entity.type), keys.rows())
        context.ids.add(cid)
    _update(conn, cid, entity, keys, published)
    seen = conn.execute(select(func.count()).select_from(links).where(links.c.canonical_id == cid, links.c.document_id == doc_key)).scalar_one()
    if not seen:
        conn.execute(ce.update().where(ce.c.id == cid).values(n_documents=ce.c.n_documents + 1))
    conn.execute(links.insert().values(entity_id=row_id, canonical_id=cid, document_id=doc_key, score=decision.score,
                                       rule=decision.rule, evidence=json.dumps(decision.evidence, ensure_ascii=False)))
    return cid


def add_keys(conn: Connection, canonical: int, group: str, keys: Iterable[tuple[str, str]]) -> None:
    """Record ``(key, kind)`` pairs under ``canonical`` (each key once; the stronger kind wins)."""
    k = schema.canonical_keys
    have = {r.key: r.kind for r in conn.execute(select(k.c.key, k.c.kind).where(k.c.canonical_id == canonical))}
    rows = []
    for key, kind in keys:
        key = key[:300]
        if not key:
            continue
        if key in have:
            if _rank(kind) < _rank(have[key]) and have[key] != "authority":
                conn.execute(k.update().where(k.c.canonical_id == canonical, k.c.key == key).values(kind=kind))
                have[key] = kind
            continue
        have[key] = kind
        rows.append({"canonical_id": canonical, "key": key, "kind": kind, "block": group})
    if rows:
        conn.execute(k.insert(), rows)


def merge_json(old: str, new: Iterable[str], exclude: str) -> str:
    """Return the JSON list ``old`` with the new non-empty values of ``new`` (never ``exclude``) appended."""
    values = json.loads(old)
    for v in new:
        if v and v != exclude and v not in values:
            values.append(v)
    return json.dumps(values, ensure_ascii=False)


def count_name(conn: Connection, canonical: int, name: str, n: int = 1) -> None:
    """Add ``n`` sightings of ``name`` as a full form of ``canonical``."""
    cn = schema.canonical_names
    name = name[:300]
    updated = conn.execute(cn.update().where(cn.c.canonical_id == canonical, cn.c.name == name).values(n=cn.c.n + n)).rowcount
    if not updated:
        conn.execute(cn.insert().values(canonical_id=canonical, name=name, n=n))


def best_name(conn: Connection, canonical: int, entity_type: str, current: str | None = None) -> str | None:
    """Return the most frequent full form of ``canonical`` (a person's full names first);
    ``current`` stays on a tie, so a name changes only when another form is seen more often."""
    cn = schema.canonical_names
    rows = conn.execute(select(cn.c.name, cn.c.n).where(cn.c.canonical_id == canonical)).all()
    if not rows:
        return None
    def rank(row: Any) -> tuple[int, int, int]:
        full = entity_type != "PERSON" or len(row.name.split()) >= 2
        return (int(full), int(row.n), int(row.name == current))
    return str(max(rows, key=rank).name)


def _update(conn: Connection, cid: int, entity: Entity, keys: _Keys, published: str | None) -> None:
    ce = schema.canonical_entities
    # FOR UPDATE (PostgreSQL; SQLite serialises writers anyway): two ingests merging aliases
    # into the same canonical entity must not overwrite each other's additions.
    row = conn.execute(select(ce).where(ce.c.id == cid).with_for_update()).one()
    values: dict[str, Any] = {}
    name = row.name
    if keys.main is not None and not row.iso3:
        count_name(conn, cid, keys.main.text)
        if not row.name_locked:
            best = best_name(conn, cid, row.type, row.name)
            if best and best != row.name:
                name = values["name"] = best
    shown = list(entity.aliases) if row.iso3 else [n.text for n, _ in keys.names] if keys.main is not None else [entity.name]
    aliases = merge_json(row.aliases, [row.name, *shown], exclude=name)
    if aliases != row.aliases:
        values["aliases"] = aliases
    roles = merge_json(row.roles, entity.roles, exclude="")
    if roles != row.roles:
        values["roles"] = roles
    if published and (row.first_seen is None or published < row.first_seen):
        values["first_seen"] = published
    if values:
        conn.execute(ce.update().where(ce.c.id == cid).values(**values))


__all__ = ["CONTEXT_MIN", "add_keys", "best_name", "count_name", "country_code", "group_of", "keys_of", "link_entities", "merge_json"]
