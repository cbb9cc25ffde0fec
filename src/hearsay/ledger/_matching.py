"""Deciding an entity's canonical entity: candidates by key, shared context, and the bare-surname rules.

The thresholds below were chosen on the ECB+ dev topics (docs/EVALUATION.md); the rules they
serve are described in :mod:`hearsay.ledger.entities`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from hearsay.extract.entities.mentions import GENERATIONAL_SUFFIXES, legal_forms, same_facility, team_nickname
from hearsay.ledger._keys import _RETYPE, _STRONG, _WEAK, _Keys, _match_kind, _rank, group_of
from hearsay.ledger.names import Name, analyse_name, country_of_form, looks_transliterated, one_letter_apart, vessel_prefixes
from hearsay.model import Entity
from hearsay.store import schema

# Context needed to accept a weak match: the summed weight of entities the article shares
# with the candidate's recent articles, each weighted by how rare it is (a country named in
# half the store says little). Chosen on the ECB+ dev topics (docs/EVALUATION.md).
CONTEXT_MIN = 1.0
# The same for a name that already matches a stored one closely on a key of two or more words —
# the same full name under another NER type, a longer or shorter form, a one-letter spelling —
# and for a bare surname that is no one's given name: the name itself is half the evidence, so
# two rare shared entities suffice (session 16). A one-word key of a weak match (a team's
# nickname, a company's first word) and a word the lexicon lists as a given name ("a son, Mark")
# still need ``CONTEXT_MIN``.
NAME_CONTEXT_MIN = 0.7
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
_PROFILE_DOCS = 100  # recent articles of a candidate its context profile is drawn from


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
        if kind == "initials" and not _acronym_of(conn, cid, keys, key, mine):
            continue  # the letters of a spelt-out name meet only a name written as an acronym
        if mine == "placeform" and keys.main is not None and _other_country(conn, cid, key, keys.main.key):
            continue  # the entity already holds another country's organisation of that name
        if kind == "variant" and translit and keys.main is not None and key == keys.main.variant:
            # a full name spelt as romanised names are (Sergei Shoygu): the spelling variant
            # is the expected difference, not a different person
            kind = "translit"
        if cid not in found or _rank(kind) < _rank(found[cid][0]):
            found[cid] = (kind, key)
    one_word = keys.main is not None and len(keys.main.key.split()) == 1
    if (not found and group in _RETYPE and keys.main is not None and keys.main.specific
            and (not one_word or group != "PER")):
        # the same full name under another type group (NER typed it differently): a weak
        # candidate; a country is never one (it is found by its code, not its name). A one-word
        # name only between groups that are no person's ("Lionsgate" GPE / ORG, "Scientology" LOC /
        # ORG, "Queens" ORG / GPE: ECB+ and GUM gold); a one-word "person" has its own rule
        blocks = sorted(_RETYPE - {"PER"}) if one_word else sorted(_RETYPE)
        kinds = _retype_kinds(keys.main.key) if one_word else ["name", "alias"]
        retyped = conn.execute(select(k.c.canonical_id).join(ce, ce.c.id == k.c.canonical_id)
                            .where(k.c.key == keys.main.key, k.c.block != group, k.c.block.in_(blocks),
                                   k.c.kind.in_(kinds), ce.c.iso3.is_(None))).all()
        company = group == "ORG" and any(_incorporated_name(n.text) for n, _ in keys.names)
        for (other,) in retyped:
            if company or (group != "ORG" and incorporated(conn, other)):
                # a company ("Sierra Nevada Corporation") is never the place or the person it is
                # named after: the range typed LOC joined the aerospace firm (merge audit 24)
                continue
            found.setdefault(other, ("retype", keys.main.key))
    return found


def _acronym_of(conn: Connection, cid: int, keys: _Keys, key: str, mine: str) -> bool:
    """True when the side of an ``initials`` match that is a name is written as an acronym: this
    entity's own name ("THR" meeting The Hollywood Reporter's letters), or a name canonical
    ``cid`` was seen under (The Hollywood Reporter meeting a stored "THR")."""
    if mine != "initials":
        return keys.main is not None and keys.main.acronym and keys.main.key == key
    return written_as_acronym(conn, cid, [key])


def written_as_acronym(conn: Connection, cid: int, keys: Iterable[str]) -> bool:
    """True when canonical ``cid`` was seen under a name written in capitals whose letters are
    one of ``keys`` ("THR", "A.M.P.A.S.")."""
    cn = schema.canonical_names
    wanted = set(keys)
    for name in conn.execute(select(cn.c.name).where(cn.c.canonical_id == cid)).scalars():
        letters = re.sub(r"[.\s]", "", str(name))
        if letters.isupper() and letters.lower() in wanted:
            return True
    return False


def _incorporated_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and words[-1].strip(".,").lower() in legal_forms()


def incorporated(conn: Connection, cid: int) -> bool:
    """True when canonical ``cid`` has been written with a company's legal form ("Sierra Nevada
    Corp.", "Ford Motor Co"): an organisation, whatever type NER gives its bare name elsewhere."""
    cn, ce = schema.canonical_names, schema.canonical_entities
    kind = conn.execute(select(ce.c.type).where(ce.c.id == cid)).scalar_one_or_none()
    if kind is None or group_of(str(kind)) != "ORG":
        return False
    return any(_incorporated_name(str(r.name)) for r in conn.execute(select(cn.c.name).where(cn.c.canonical_id == cid)))


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



def _rival_full_names(conn: Connection, found: dict[int, tuple[str, str]],
                      strong: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """The candidates that hold the strong match's key only as a form of a full name whose middle
    names conflict with the strong candidate's own full name (George H. W. / George W. Bush)."""
    (held, (_, key)), = strong.items()
    ce = schema.canonical_entities
    row = conn.execute(select(ce.c.name, ce.c.type).where(ce.c.id == held)).one()
    if row.type != "PERSON" or (name := analyse_name(row.name, row.type)) is None:
        return {}
    return {cid: m for cid, m in found.items()
            if m[0] == "form" and m[1] == key and cid != held and _middles_conflict(conn, cid, name)}


def _decide(found: dict[int, tuple[str, str]], context: _Context, main: Name | None = None,
            given: _Given | None = None) -> _Decision:
    strong = {cid: m for cid, m in found.items() if m[0] in _STRONG}
    if strong and main is not None and not main.acronym and len(strong) == 1:
        rivals = _rival_full_names(context.conn, found, strong)
        if rivals:
            # the name is also a short form of another stored full name that is another person
            # ("George Bush": George W. Bush has it as a name, George H. W. Bush as a form): no
            # exact join, the context chooses between them as between weak candidates (merge
            # audit 25). A longer form of the same person ("Mark Jay Heller") is no rival.
            found = {**strong, **rivals}
            strong = {}
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
    # a key of one word (a team's nickname, a company's first word: "Lions" is the Detroit Lions
    # and Penn State's Nittany Lions, merge audit 30) says less than a full name: the full bar
    bar = NAME_CONTEXT_MIN if len(key.lstrip("~").split()) > 1 else CONTEXT_MIN
    if score >= bar and (score, full) > runner_up:
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
# a subject pronoun a few lower-case words after a bare surname, in its sentence, with no other
# name, possessive or clause boundary between: it refers back to the surname ("Clinton came into
# office, what did he do?"), and says which of two namesakes the article means (merge audit 32)
_PRONOUN_AFTER = re.compile(r"(?:[ \t,]+[a-z][a-z-]*){0,6}?[ \t,]+(he|she)\b")
_PRONOUN_GENDERS = {"he": "m", "she": "f"}


def _refers_back(between: list[str]) -> bool:
    """True when nothing in the words between a bare surname and a pronoun offers the pronoun
    another antecedent: no relative word opening a clause ("met a woman who said she") and no
    person noun ("the wife", "a nurse")."""
    from hearsay.extract.entities._vocabulary import person_nouns

    words = [w.strip(",").lower() for w in between]
    return not any(w in {"who", "whom", "whose", "which", "that"} or w in person_nouns() or w.rstrip("s") in person_nouns()
                   for w in words)


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
            if (pronoun := _PRONOUN_AFTER.match(text, end)) is not None and _refers_back(pronoun.group(0).split()[:-1]):
                seen.add(_PRONOUN_GENDERS[pronoun.group(1)])
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
    shares enough rare context with it (``NAME_CONTEXT_MIN``; ``CONTEXT_MIN`` for a word that is
    also a given name) and clearly more than with any other
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
    rows = context.conn.execute(select(ce.c.id, ce.c.name, ce.c.n_documents, ce.c.type)
                                .where(ce.c.id.in_(wanted))).all() if wanted else []
    full = [r for r in rows if len(str(r.name).split()) >= 2 and _bears_names(r.name, r.type)
            and not (given is not None and given.contradicts(str(r.name)))]
    documents = {r.id: int(r.n_documents) for r in full}
    options = sorted(documents)
    if not options:
        return _bare_link(rows, context, main)
    scored = sorted(((*context.shared(cid), cid) for cid in options), key=lambda t: (t[0], -t[2]), reverse=True)
    score, shared, cid = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if score < _surname_context_min(main):
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


def _bears_names(name: object, entity_type: object) -> bool:
    """True when a stored entity may bear a surname: the store knows it as a person, or its name
    opens with a given name of the lexicon (NER types a person an organisation now and then) or
    a ship's prefix ("INS Mysore" is called "Mysore", round 24). A film or a place that one
    article typed a person ("New Moon") offers a "surname" key, but a bare "Moon" is no mention
    of it (merge audit 32)."""
    from hearsay.extract.statements.speakers import given_names

    first = str(name).split()[0].lower()
    return entity_type == "PERSON" or first in given_names() or first in vessel_prefixes()


def _surname_context_min(main: Name) -> float:
    """Return the shared context a bare surname needs: more for a word that is also a given name."""
    from hearsay.extract.statements.speakers import given_names

    return CONTEXT_MIN if main.key in given_names() else NAME_CONTEXT_MIN


def likely_bearer(found: dict[int, tuple[str, str]], context: _Context, main: Name | None,
                  given: _Given | None = None) -> int | None:
    """Return the one full name a bare surname would most likely be, before any context: the only
    namesake (or the one in ``PROMINENCE`` times as many articles as any other) already named in
    ``SURNAME_MIN_DOCS`` articles, that the article's given name or gender does not rule out.

    Not a link: it is what another bare surname of the same article may count as context (an
    article that says only "Obama" and "Gupta" is about Barack Obama and Sanjay Gupta when the
    store's stories of each name the other), never proof on its own.
    """
    if main is None or main.specific or len(main.key.split()) != 1:
        return None
    wanted = [cid for cid, (kind, _) in found.items() if kind == "surname"]
    if not wanted:
        return None
    ce = schema.canonical_entities
    rows = [r for r in context.conn.execute(select(ce.c.id, ce.c.name, ce.c.n_documents, ce.c.type).where(ce.c.id.in_(wanted)))
            if len(str(r.name).split()) >= 2 and _bears_names(r.name, r.type)]
    if any(r.id in context.ids for r in rows):
        return None  # the article names someone of that surname in full and kept this one apart
    full = sorted(((int(r.n_documents), int(r.id)) for r in rows
                   if not (given is not None and given.contradicts(str(r.name)))), reverse=True)
    if not full or full[0][0] < SURNAME_MIN_DOCS:
        return None
    if len(full) > 1 and full[0][0] < PROMINENCE * full[1][0]:
        return None
    return full[0][1]


def supported_surname_link(found: dict[int, tuple[str, str]], context: _Context, main: Name | None,
                           given: _Given | None, support: dict[int, str]) -> _Decision | None:
    """Judge a bare surname again with the likely bearers of the article's other bare surnames
    (``support``: canonical id -> the surname that proposed it) counted as context.

    Two rare surnames of one article whose likely bearers the store's articles name together
    support each other; every other condition of ``_surname_link`` (the context minimum, the
    margin over namesakes, the article's own given names) still holds. A supporter that is one of
    this surname's own namesakes never counts.
    """
    own = set(found)
    extra = {cid: word for cid, word in support.items() if cid not in own and cid not in context.ids}
    if not extra:
        return None
    before = context.ids
    context.ids = before | set(extra)
    try:
        decision = _surname_link(found, context, main, given)
    finally:
        context.ids = before
    if decision is not None and not decision.evidence.get("bare"):
        decision.evidence["supported_by"] = sorted(extra.values())
        return decision
    return None


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
                               k.c.kind.in_(_retype_kinds(main.key)), ce.c.iso3.is_(None))).all()
    return {cid: ("retype", main.key) for (cid,) in rows}


def _retype_kinds(key: str) -> list[str]:
    """The stored key kinds a one-word name typed otherwise may meet: a full name or alias, and
    for a team's nickname ("Jaguars", which NER calls a person or a place as often as a team) the
    nickname form a team's full name offers (``names._team_form``)."""
    return ["name", "alias", "form"] if team_nickname([key]) else ["name", "alias"]


def only_bare(conn: Connection, candidates: dict[int, tuple[str, str]]) -> bool:
    """True when every candidate is a one-word "person" no full name backs: other articles'
    bare mentions of the word, not a person of the store ("TMZ" NER called a person in three
    articles is still no one's surname)."""
    if not candidates or any(kind != "surname" for kind, _ in candidates.values()):
        return False
    ce = schema.canonical_entities
    names = conn.execute(select(ce.c.name).where(ce.c.id.in_(list(candidates)))).scalars().all()
    return all(len(str(name).split()) == 1 for name in names)


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

