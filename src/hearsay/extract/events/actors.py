"""Actor codes: an ISO-3166 alpha-3 country and a PLOVER/CAMEO sector for event actors.

A country entity from the gazetteer already carries ``ids["iso3"]``. Everything else that
takes part in an event (a person, an organisation, a group) gets its codes from the noun
phrase it is named in and from its roles (docs/events.md, "Actor codes"):

* country: a country mention modifying the phrase ("Serbian President Vojislav Kostunica",
  "Kyiv's forces") or its complement ("the president of Armenia", "soldiers from the DPRK"),
  or a country named in one of the entity's roles ("Secretary of the Russian Security
  Council" -> RUS);
* sector: a role noun of ``lexicon/sectors.tsv`` heading or modifying the phrase ("North Korean
  troops" -> MIL, "the Kremlin" -> GOV), else a role word; intergovernmental and
  non-governmental organisations by name (``org`` rows: the UN -> IGO), which also stand in
  for the country code, as in the PLOVER gold records.

Codes are stored on the entity with ``EntityIndex.set_id(id, "iso3" | "sector", code)``;
the first code an entity gets is kept. A country entity gets no sector: "Russia" is the
state in one sentence and its army in the next, so the sector of a country mention belongs to
the event, not the entity.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Span, Token

from hearsay import lexicon
from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.entities.gazetteer import fold, load_gazetteer
from hearsay.extract.events._places import phrase_place_country, place_country, shared_name_country, span_place_country
from hearsay.extract.events._sources import Ranges, outside, source_ranges
from hearsay.model import Mention
from hearsay.nlp.text import doc_text

_MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod", "nummod", "appos"}
_COMPLEMENT_PREPS = {"of", "from", "in"}


@dataclass(frozen=True, slots=True)
class Sectors:
    """The role-noun and organisation tables of ``lexicon/sectors.tsv``."""

    roles: dict[str, str]
    orgs: dict[str, str]

    def role(self, word: str) -> str | None:
        """Return the sector of a role noun ("troops" -> MIL), else ``None``."""
        return self.roles.get(word.lower())

    def org(self, name: str) -> str | None:
        """Return IGO/NGO for a known organisation name, else ``None``."""
        key = fold(name).replace("’", "'")
        if key in self.orgs:
            return self.orgs[key]
        for org, code in self.orgs.items():  # "the U.N. Security Council" ends in a known name
            if len(org) > 3 and key.endswith(" " + org):
                return code
        return None


@functools.lru_cache(maxsize=1)
def load_sectors() -> Sectors:
    """Return the packaged sector tables, parsed once per process."""
    roles: dict[str, str] = {}
    orgs: dict[str, str] = {}
    for row in lexicon.load("sectors.tsv"):
        (roles if row["kind"] == "role" else orgs)[row["term"].lower()] = row["sector"]
    return Sectors(roles, orgs)


@functools.lru_cache(maxsize=1)
def load_organisations() -> dict[str, tuple[str, str]]:
    """Return ``lexicon/organisations.tsv`` as folded name -> ``(iso3, sector)``."""
    return {fold(row["name"]): (row["iso3"], row["sector"]) for row in lexicon.load("organisations.tsv")}


def _country_entity(entities: EntityIndex, tok: Token) -> str | None:
    """Return the entity id of a country mentioned at ``tok``, if it is one."""
    eid = entities.lookup(tok.idx, tok.idx + len(tok.text))
    if eid is not None and "iso3" in entities.entity(eid).ids:
        return eid
    return None


def phrase_country(entities: EntityIndex, head: Token, depth: int = 0, skip: str | None = None) -> str | None:
    """Return the country entity named inside the noun phrase headed by ``head``.

    Looks at the head itself, its modifiers (and their conjuncts) and its of/from/in
    complement, nearest first; ``skip`` is an entity never returned (the phrase's own).
    """
    own = _country_entity(entities, head)
    if own is not None and own != skip:
        return own
    for child in head.children:
        if child.dep_ in _MODIFIER_DEPS and child.i < head.i:
            for tok in (child, *child.children):
                hit = _country_entity(entities, tok)
                if hit is not None and hit != skip:
                    return hit
    if depth < 2:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in _COMPLEMENT_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        hit = phrase_country(entities, pobj, depth + 1, skip)
                        if hit is not None:
                            return hit
    return None


def _demonym_country(entities: EntityIndex, head: Token) -> str | None:
    """Return the country of a demonym modifying ``head`` inside the argument's own mention ("A French
    minister" tagged as one person): the tagger's mention hides the adjective's country entity, so the
    sentence's other countries decided instead ("… against German goods … Franco-German relations" ->
    DEU; issue 15 round 19). Only a modifier inside the mention that holds ``head``."""
    own = entities.lookup(head.idx, head.idx + len(head.text))
    for child in head.children:
        if child.dep_ not in {"amod", "compound"} or child.i > head.i or child.ent_type_ not in {"NORP", "GPE"}:
            continue
        if own is None or entities.lookup(child.idx, child.idx + len(child.text)) != own:
            continue
        hit = load_gazetteer().lookup(child.text)
        if hit is not None and hit.kind in {"demonym", "name"}:
            return hit.country.iso3
    return None


def _names_own_country(head: Token) -> bool:
    """True when the noun phrase headed by ``head`` itself names a country or its people ("a Russian rights group",
    "the Egyptian Organization for Human Rights"), leaving out its clauses and appositions, which may name the
    subject matter ("…, a human rights group protested": the parser's apposition to the clause before it)."""
    skip = {t.i for c in head.children if c.dep_ in {"acl", "relcl", "appos", "advcl"} for t in c.subtree}
    gazetteer = load_gazetteer()
    for tok in head.subtree:
        if tok.i in skip or tok.ent_type_ not in {"GPE", "NORP"}:
            continue
        hit = gazetteer.lookup(tok.text)
        if hit is not None and hit.kind in {"demonym", "name"}:
            return True
    return False


def phrase_sector(head: Token, sectors: Sectors | None = None) -> str | None:
    """Return the sector of the noun phrase headed by ``head`` ("North Korean troops" -> MIL)."""
    sectors = sectors or load_sectors()
    hit = sectors.role(head.lower_) or sectors.role(head.lemma_)
    if hit:
        return hit
    for child in sorted(head.children, key=lambda t: -t.i):  # nearest modifier first
        if child.dep_ in {"compound", "amod", "nmod"} and child.i < head.i:
            if child.i > 0 and child.doc[child.i - 1].text == "-":
                continue  # "Secretary-General", "Attorney-General": part of a title, not a rank
            hit = sectors.role(child.lower_) or sectors.role(child.lemma_)
            if hit:
                return hit
    return None


def code_actor(entities: EntityIndex, entity_id: str, head: Token) -> tuple[str | None, str | None]:
    """Return ``(iso3, sector)`` for an event argument and store them on a non-country entity.

    Args:
        entities: the document's entity index (codes are written with ``set_id``).
        entity_id: the entity the argument resolved to.
        head: the head token of the argument's noun phrase.

    Returns:
        The country code (or IGO/NGO) and sector of this mention; either may be ``None``.
    """
    sectors = load_sectors()
    draft = entities.entity(entity_id)
    sector = phrase_sector(head, sectors)
    if "iso3" in draft.ids and _is_ethnic(head):  # "ethnic Albanians in south Serbia" -> SRB
        home = _residence(entities, head, draft.ids["iso3"])
        if home is not None:
            return home, sector
    if sector == "NGO" and draft.type not in {"GPE", "NORP", "LOC"} and sectors.org(draft.name) is None \
            and not _names_own_country(head):
        # a body named by its kind ("a human rights group", "the Third World Water Forum") stands, like a
        # known NGO, for its own code: a country elsewhere in the sentence is its subject matter, not its
        # home (issue 15 round 23; CAMEO's NGO, as the PLOVER gold codes these)
        entities.set_id(entity_id, "sector", "NGO")
        return "NGO", "NGO"
    if "iso3" in draft.ids and sectors.org(draft.name) is not None:
        # the European Union has a code in the country gazetteer (EUR) but acts as an
        # intergovernmental organisation, as CAMEO (IGOEUREEC) and the PLOVER gold code it (issue 15 round 6)
        org = sectors.org(draft.name)
        return org, org
    if "iso3" in draft.ids:
        if head.lower_ in load_gazetteer().by_alias and sector is None:
            kind = load_gazetteer().by_alias[head.lower_].kind
            sector = "GOV" if kind in {"metonym", "capital"} else None
        return draft.ids["iso3"], sector or draft.ids.get("sector")
    org = sectors.org(draft.name)
    if org is not None:
        entities.set_id(entity_id, "sector", org)
        return org, org
    national = load_organisations().get(fold(draft.name)) if draft.type in {"ORG", "NORP"} else None
    if national is not None:  # "the Federal Reserve" -> USA GOV: a national institution's own country
        entities.set_id(entity_id, "iso3", national[0])
        return national[0], sector or national[1]
    org = _phrase_org(entities, head, sectors)
    if org is not None:  # "U.N. Secretary-General Kofi Annan" acts for the UN
        return org, org
    country = phrase_country(entities, head)
    iso3 = entities.entity(country).ids["iso3"] if country else (
        _demonym_country(entities, head) or _role_country(draft.roles, entities))
    if sector is None:
        sector = _role_sector(draft.roles, sectors)
    if iso3 is None:  # "Putin offered ...", "the Bush administration": a known figure's country
        known = _known_figure(entities, entity_id, head)
        if known is not None:
            iso3, sector = known[0], sector or known[1]
    if iso3 is None and draft.type == "PERSON":  # "Jeff Rathke, the State Department Spokesperson" (round 14)
        served = institution_served(draft.roles, head)
        if served is not None:
            iso3, sector = served[0], sector or served[1]
    if iso3 is None and draft.type == "ORG":  # "the U.S. Air Force", "Syrian Democratic Forces" (round 12)
        iso3 = name_country(draft.name, entities)
    if iso3 is None:  # "Sindh ordered ...", "Texas Governor ...": a state, region or city and its country
        # ("Georgia sued …" where the article reads Georgia as the US state: round 16)
        iso3 = (place_country(draft.name) or shared_name_country(entities, draft.name)) if draft.type in {"GPE", "LOC"} \
            else phrase_place_country(head)
    if iso3:
        entities.set_id(entity_id, "iso3", iso3)
    if sector:
        entities.set_id(entity_id, "sector", sector)
    return iso3, sector


# sectors whose role nouns name an institution rather than a group of people
_INSTITUTION_SECTORS = {"GOV", "MIL", "COP", "LEG", "JUD", "PTY", "MED", "BUS", "IGO", "NGO"}
# quantity heads whose "of" complement names the group ("tens of thousands of students")
_QUANTITY_HEADS = {"hundred", "thousand", "million", "dozen", "ten", "score", "group", "number", "band",
                   "handful", "crowd", "crowds", "some", "many", "most", "all", "several", "one", "two", "three",
                   "member", "majority", "contingent", "delegation", "faction", "wing", "section", "team", "unit",
                   "body", "rest", "half", "part", "few", "each", "both", "none", "dozens", "scores", "hundreds",
                   "thousands", "millions", "tens", "third", "thirds", "quarter", "quarters", "fifth", "tenth"}
QUANTITY_HEADS = frozenset(_QUANTITY_HEADS)
ROLE_KEY = _ROLE_KEY = "role:"
# a bare plural count standing for people ("Thousands marched in Cairo", "Dozens rioted"): a crowd
_CROWD_COUNTS = {"dozens", "scores", "hundreds", "thousands", "millions", "tens"}


def bare_crowd(head: Token) -> bool:
    """True for a plural count with no "of" complement and no noun it counts ("thousands marched")."""
    return (head.lower_ in _CROWD_COUNTS and head.tag_ == "NNS"
            and not any(c.dep_ in {"prep", "nummod", "compound"} and (c.dep_ != "prep" or c.lower_ == "of") for c in head.children))


@dataclass(frozen=True, slots=True)
class Others:
    """The countries the other parties of an event name as their own: an actor's guessed country is
    never one of them ("The Prime Minister and President Hollande met": not France; "The Foreign
    Secretary met Russian Foreign Minister Sergei Lavrov": not Russia). Empty for a domestic act,
    whose actor is read as the recipient's own state (issue 15 round 13)."""

    codes: frozenset[str] = frozenset()


NO_OTHERS = Others()
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
# state organs that act abroad: one acting on a country is, outside domestic acts, another country's
# (a foreign secretary meeting a Russian minister is not Russian); the police act at home, and a
# party, union, rebel or civilian group is read as living where it acts, as before (issue 15 round 13)
OUTWARD_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG"})


def dominant_country(entities: EntityIndex, span: Span, others: Others = NO_OTHERS, skip: Ranges = ()) -> str | None:
    """Return the ISO3 code of the country mentioned most often in ``span`` (first on ties), else the
    country of the first sub-national place ``span`` names (``lexicon/places.tsv``); mentions
    of a country in ``others`` (another party's own) or inside ``skip`` (a reporting source's words,
    :func:`source_ranges`) are not counted."""
    counts, first = _country_counts(entities, span, others, skip)
    if counts:
        return max(counts, key=lambda c: (counts[c], -first[c]))
    # no country named: a city, state or region named, else a national institution (issue 15 round 5)
    hit = span_place_country(span) or _institution_country(entities, span)
    return hit if hit not in others.codes else None


def sole_country(entities: EntityIndex, span: Span, others: Others = NO_OTHERS, skip: Ranges = ()) -> str | None:
    """Return the one country ``span`` names (counted as :func:`dominant_country` counts, the other
    parties' own included) unless it is in ``others``; with none named, a sub-national place's or a
    national institution's. ``None`` when two or more are named, where a guess would be a coin toss
    ("a mediation between the Emirates and Saudi Arabia … with Tehran") (issue 15 round 27)."""
    counts, _first = _country_counts(entities, span, NO_OTHERS, skip)
    if len(counts) > 1:  # the other parties' countries count here: they make the sentence ambiguous
        return None
    return dominant_country(entities, span, others, skip)


def _country_counts(entities: EntityIndex, span: Span, others: Others,
                    skip: Ranges) -> tuple[Counter[str], dict[str, int]]:
    """Count the country mentions of ``span`` (see :func:`dominant_country`) with each one's first offset."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for start, _end, eid in entities.mentions_in(span.start_char, span.end_char):
        if not outside(skip, start):
            continue
        draft = entities.entity(eid)
        iso3 = draft.ids.get("iso3")
        if iso3 and draft.type in {"GPE", "NORP", "LOC"} and not draft.key.startswith(_ROLE_KEY) \
                and iso3 not in others.codes:
            counts[iso3] += 1
            first.setdefault(iso3, start)
    return counts, first


def _institution_country(entities: EntityIndex, span: Span) -> str | None:
    """Return the country of the first national institution ``span`` names ("NYPD spokesman ..." ->
    USA; ``lexicon/organisations.tsv``)."""
    known = load_organisations()
    for _start, _end, eid in entities.mentions_in(span.start_char, span.end_char):
        draft = entities.entity(eid)
        hit = known.get(fold(draft.name)) if draft.type in {"ORG", "NORP"} else None
        if hit is not None:
            return hit[0]
        named = name_country(draft.name, entities) if draft.type == "ORG" else None
        if named is not None:  # "… for the U.S. Air Force": an institution whose name holds its country (round 12)
            return named
    return None


def led_country(head: Token) -> str | None:
    """Return the country that leads the group ``head`` names ("U.S.-led coalition aircraft" -> USA,
    "the Saudi-led coalition" -> SAU): a modifier "<country>-led", one token or three, else ``None``.
    CAMEO codes a coalition's acts by the country that leads it (issue 15 round 12)."""
    gazetteer = load_gazetteer()
    for child in head.children:
        if child.dep_ not in {"amod", "compound", "nmod"} or child.i > head.i:
            continue
        word = child.text
        if word.lower().endswith("-led"):
            leader = word[:-4]
        elif child.lower_ == "led" and child.i >= 2 and child.doc[child.i - 1].text == "-":
            leader = child.doc[child.i - 2].text
        else:
            continue
        hit = gazetteer.lookup(leader)
        if hit is not None and hit.kind in {"name", "demonym"}:
            return hit.country.iso3
    return None


def name_country(name: str, entities: EntityIndex | None = None) -> str | None:
    """Return the country an organisation's name opens with ("the U.S. Air Force" -> USA, "Russian Defence
    Ministry" -> RUS): a country name or demonym of the gazetteer followed by more words, else ``None``.
    NER tags the whole name as one ORG, so the country inside it is no entity of its own (issue 15 round 12).
    A country's name the article (``entities``) reads as a sub-national place gives that place's country:
    "the Georgia Department of Corrections" in an Atlanta story is American (round 16)."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    gazetteer = load_gazetteer()
    for n in (2, 1):
        if len(words) > n:
            hit = gazetteer.lookup(" ".join(words[:n]))
            if hit is not None and hit.kind in {"name", "demonym"}:
                place = shared_name_country(entities, " ".join(words[:n])) if entities is not None else None
                return place or hit.country.iso3
    return _place_body_country(words)


def _place_body_country(words: list[str]) -> str | None:
    """Return the country of a public body named after the sub-national place its name opens with:
    "the Albany County Sheriff's Department", "Woodburn Police", "the Texas Department of Public Safety"
    (``lexicon/places.tsv``). The name's head (its last word, or the last before "of") must be a word of
    a state body (``institution_words.txt``: department, police, court, office, council …), so that a
    newspaper, a team or a company named after a city ("the New York Times", "Atlanta Braves") is never
    placed by it (issue 15 round 17)."""
    lower = [w.lower() for w in words]
    core = lower[:lower.index("of", 1)] if "of" in lower[1:] else lower
    if len(core) < 2 or core[-1] not in _body_heads():
        return None
    for n in (3, 2, 1):
        if len(words) > n:
            hit = place_country(" ".join(words[:n]))
            if hit is not None:
                return hit
    return None


@functools.lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """The words of ``institution_words.txt`` that can end a body's name (not of, for, and, the, on)."""
    return lexicon.words("institution_words.txt") - {"of", "for", "and", "the", "on"}


def _group_head(head: Token, depth: int = 0) -> Token:
    """Follow "hundreds of thousands of people" to the noun that names the group."""
    if depth < 3 and head.lemma_.lower() in _QUANTITY_HEADS:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return _group_head(pobj, depth + 1)
    return head


def _role_head(head: Token) -> Token | None:
    """Return the role noun a (possibly quantified) phrase names: the group of "thousands of
    protesters" / "some of the students", else the head itself ("a crowd of 5,000")."""
    sectors = load_sectors()
    group = _group_head(head)
    for tok in (group, head):
        if tok.pos_ in {"NOUN", "PROPN"} and (sectors.role(tok.lower_) or sectors.role(tok.lemma_)):
            return tok
    if bare_crowd(head):
        return head
    if group.pos_ == "NOUN":  # "opposition supporters", "government loyalists": the role modifying the group
        for child in sorted((c for c in group.children if c.dep_ == "compound" and c.i < group.i), key=lambda t: -t.i):
            if child.pos_ in {"NOUN", "PROPN"} and (sectors.role(child.lower_) or sectors.role(child.lemma_)):
                return child
    return None


# nouns for the members of a grouping of states: "the G7 nations", "the fifteen countries from the Eurogroup"
_MEMBER_NOUNS = {"nation", "nations", "country", "countries", "state", "states", "member", "members", "economies"}


def _member_org(head: Token) -> Token | None:
    """Return the organisation token of a phrase naming its member states ("The G7 nations", "the
    fifteen countries from the Eurogroup"): a compound or of/from complement that is an IGO of
    ``lexicon/sectors.tsv`` (issue 15 round 11; NER tags neither name, so no entity stands for them)."""
    if head.lower_ not in _MEMBER_NOUNS or head.pos_ != "NOUN":
        return None
    sectors = load_sectors()
    near = [c for c in head.children if c.dep_ == "compound"]
    near += [p for prep in head.children if prep.dep_ == "prep" and prep.lower_ in {"of", "from", "in"}
             for p in prep.children if p.dep_ == "pobj"]
    for tok in near:
        if tok.pos_ == "PROPN" and sectors.org(tok.text) == "IGO":
            return tok
    return None


def role_sector(head: Token) -> str | None:
    """Return the sector when ``head`` heads a role-noun phrase ("tens of thousands of students" -> EDU)."""
    role = _role_head(head)
    if role is None:
        return "IGO" if _member_org(head) is not None else None
    sectors = load_sectors()
    return sectors.role(role.lower_) or sectors.role(role.lemma_) or ("CVL" if bare_crowd(role) else None)


def role_actor(entities: EntityIndex, head: Token, others: Others = NO_OTHERS, publisher: str | None = None) -> str | None:
    """Return an entity for a role-noun phrase that names no entity ("rebels", "the government").

    PLOVER codes unnamed groups by country and sector ("Rebels in the Ivory Coast" -> CIV REB).
    The entity is keyed ``role:<ISO3><lemma>`` so repeated mentions in one document merge;
    its country comes from a demonym or place in the phrase, else the country named most in
    the sentence, else in the document (a domestic actor is the default reading of an
    unmodified "police" or "the opposition"). A state organ's guessed country leaves out
    ``others``, the countries of the event's other parties (:class:`Others`). In a government's
    release (``publisher``, its country) a government office named without a country ("The Foreign
    Secretary met …") is the publisher's, before any guess from the sentence (:func:`publisher_office`).

    Returns:
        The entity id, or ``None`` when ``head`` is not a role noun of ``lexicon/sectors.tsv``.
    """
    role = _role_head(head)
    if role is None:
        org = _member_org(head)
        if org is None:
            return None
        text = doc_text(head.doc)
        s, e = org.idx, org.idx + len(org.text)
        return entities.add(_ROLE_KEY + "IGO" + org.lower_, text[s:e], "ORG", Mention(s, e, text[s:e]), ids={"sector": "IGO"})
    head = role
    sector = role_sector(head)
    if sector is None:
        return None
    country = phrase_country(entities, head)
    iso3 = entities.entity(country).ids.get("iso3") if country else phrase_place_country(head)
    if sector not in OUTWARD_SECTORS:
        others = NO_OTHERS
    # a reporting source's words are no guess for the actor's country ("…, ABC of Australia reported": round 26)
    skip = source_ranges(head) if iso3 is None else ()
    iso3 = iso3 or led_country(head) or publisher_office(head, sector, publisher, others) \
        or dominant_country(entities, head.sent, others, skip) or dominant_country(entities, head.doc[:], others, skip)
    start = head
    for child in sorted((c for c in head.children if c.i < head.i), key=lambda t: -t.i):
        # the role's own modifiers ("university students"), stopping at a named entity
        if child.dep_ not in {"compound", "amod"} or child.i != start.i - 1:
            break
        if entities.lookup(child.idx, child.idx + len(child.text)) is not None:
            break
        start = child
    doc = head.doc
    s, e = start.idx, head.idx + len(head.text)
    ids = {"sector": sector, **({"iso3": iso3} if iso3 else {})}
    type_ = "ORG" if sector in _INSTITUTION_SECTORS else "NORP"
    key = _ROLE_KEY + (iso3 or "") + head.lemma_.lower()
    text = doc_text(doc)
    return entities.add(key, text[s:e], type_, Mention(s, e, text[s:e]), ids=ids)


# possessives that make an office the writer's own ("our Foreign Secretary"); any other possessor names
# another party's office ("his government", "Iraq's Prime Minister")
_OWN_POSSESSIVES = {"our", "my"}


def publisher_office(head: Token, sector: str | None, publisher: str | None, others: Others = NO_OTHERS) -> str | None:
    """Return ``publisher`` when the role phrase at ``head`` is one office of the publishing
    government: a singular GOV role noun that is a person's title (``lexicon/titles.txt``: "The
    Foreign Secretary", "the Prime Minister"), owned by nobody but the writer, whose country no
    other party of the event names as its own. Plural roles ("The ministers discussed …", which
    counts the other side too), institutions ("regime bombardment", "the government": a release
    names other states' too) and offices owned by someone ("his minister") are left to the
    sentence (issue 15 round 16)."""
    if publisher is None or sector != "GOV" or publisher in others.codes:
        return None
    if head.tag_ not in {"NN", "NNP"} or head.lower_ not in lexicon.words("titles.txt"):
        return None
    if any(c.dep_ == "poss" and c.lower_ not in _OWN_POSSESSIVES for c in head.children):
        return None
    return publisher


def institution_served(roles: tuple[str, ...], head: Token) -> tuple[str, str] | None:
    """Return ``(iso3, sector)`` of the national institution (``lexicon/organisations.tsv``) that a
    person's title names: in a stored role ("spokesman for the Federal Reserve", "NYPD Commissioner")
    or in an appositive ("Jeff Rathke, the State Department Spokesperson", which the tagger may take
    for one organisation name). The longest name found wins (issue 15 round 14)."""
    texts = [*roles, *(" ".join(t.text for t in c.subtree) for c in head.children if c.dep_ == "appos")]
    known = load_organisations()
    best: tuple[int, tuple[str, str]] | None = None
    for text in texts:
        raw = " " + re.sub(r"[,;:()]", " ", text.replace("’", "'")) + " "
        low = raw.lower()
        for name, code in known.items():
            at = low.find(f" {name} ")
            # a name, capitalised as names are ("a man who fed the homeless" names no Fed)
            if at >= 0 and raw[at + 1].isupper() and (best is None or len(name) > best[0]):
                best = (len(name), code)
    return best[1] if best is not None else None


def _phrase_org(entities: EntityIndex, head: Token, sectors: Sectors) -> str | None:
    """Return IGO/NGO when a known organisation modifies the phrase ("NATO chief ...")."""
    for child in head.children:
        if child.dep_ in {"compound", "nmod", "poss"} and child.i < head.i:
            for tok in (child, *child.children):
                eid = entities.lookup(tok.idx, tok.idx + len(tok.text))
                if eid is not None:
                    org = sectors.org(entities.entity(eid).name)
                    if org is not None:
                        return org
    return None


def _is_ethnic(head: Token) -> bool:
    """True for an ethnic group named by its demonym ("ethnic Albanians", "ethnic Turks"), or a group a
    demonym so qualified modifies ("ethnic Albanian guerrillas", "ethnic Serb militias": issue 15 round 17)."""
    if any(c.lower_ == "ethnic" for c in head.children) or (head.i > 0 and head.doc[head.i - 1].lower_ == "ethnic"):
        return True
    return any(c.dep_ in {"amod", "compound"} and c.i < head.i and c.ent_type_ == "NORP"
               and (any(g.lower_ == "ethnic" for g in c.children) or c.i > 0 and head.doc[c.i - 1].lower_ == "ethnic")
               for c in head.children)


def _residence(entities: EntityIndex, head: Token, own: str) -> str | None:
    """Return the country an ethnic group lives in: its own "in" complement, else the first other
    country of the sentence (CAMEO codes an ethnic group by its country of residence, not by the
    country its name comes from)."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for pobj in child.children:
                hit = phrase_country(entities, pobj, 1) if pobj.dep_ == "pobj" else None
                if hit is not None and entities.entity(hit).ids["iso3"] != own:
                    return entities.entity(hit).ids["iso3"]
    sent = head.sent
    for _start, _end, eid in entities.mentions_in(sent.start_char, sent.end_char):
        draft = entities.entity(eid)
        iso3 = draft.ids.get("iso3")
        if iso3 and iso3 != own and draft.type in {"GPE", "LOC"} and not draft.key.startswith(_ROLE_KEY):
            return iso3
    return None


def _fold_name(name: str) -> str:
    """Fold a person's name for the leaders table: lower case, no accents ("François" = "francois")."""
    return "".join(c for c in unicodedata.normalize("NFKD", fold(name)) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1)
def load_figures() -> dict[str, tuple[str, str]]:
    """Return ``lexicon/leaders.tsv`` as folded name or alias -> ``(iso3, sector)``."""
    out: dict[str, tuple[str, str]] = {}
    for row in lexicon.load("leaders.tsv"):
        for name in (row["name"], *(a for a in (row["aliases"] or "").split("|") if a)):
            out[_fold_name(name)] = (row["iso3"], row["sector"])
    return out


def _known_figure(entities: EntityIndex, entity_id: str, head: Token) -> tuple[str, str] | None:
    """Return ``(iso3, sector)`` of a person the leaders table knows, named as the argument or as its
    modifier ("the Bush administration"); PLOVER codes such a person by nationality."""
    figures = load_figures()
    draft = entities.entity(entity_id)
    if draft.type == "PERSON":
        hit = figures.get(_fold_name(draft.name))
        if hit is None:  # "President Hollande" kept with its title by the entity step (round 16)
            words = draft.name.split()
            titles = lexicon.words("titles.txt")
            while len(words) > 1 and words[0].lower().strip(".") in titles:
                words = words[1:]
            hit = figures.get(_fold_name(" ".join(words))) if len(words) < len(draft.name.split()) else None
        if hit is not None:
            return hit
    for child in head.children:
        if child.dep_ in {"compound", "poss"} and child.i < head.i:
            # the person's own mention, also where the body is an entity over both words ("the Bush
            # administration" is an organisation with "Bush" a mention of the person inside it)
            inside = [eid for _, _, eid in entities.mentions_in(child.idx, child.idx + len(child.text))]
            for eid in [*inside, entities.lookup(child.idx, child.idx + len(child.text))]:
                if eid is not None and eid != entity_id and entities.entity(eid).type == "PERSON":
                    hit = figures.get(_fold_name(entities.entity(eid).name))
                    if hit is not None:
                        return hit[0], "GOV" if head.lower_ in ("administration", "government", "cabinet") else hit[1]
    return None


def own_country(entities: EntityIndex, entity_id: str | None, head: Token) -> str | None:
    """Return the country a party names as its own: a country or its people, a national institution, a
    person the leaders table knows, an organisation whose name opens with its country, or a country
    named in its phrase ("Iraqi officials", "the Saudi-led coalition"); never a country guessed from
    the rest of the sentence nor a city's ("Kimani Gray in Brooklyn" is where, not whose)."""
    if entity_id is not None:
        draft = entities.entity(entity_id)
        if draft.type in {"GPE", "NORP", "LOC"} and "iso3" in draft.ids and not draft.key.startswith(_ROLE_KEY):
            return draft.ids["iso3"]
        national = load_organisations().get(fold(draft.name)) if draft.type in {"ORG", "NORP"} else None
        if national is not None:
            return national[0]
        known = _known_figure(entities, entity_id, head)
        if known is not None:
            return known[0]
        if draft.type == "ORG" and name_country(draft.name, entities):
            return name_country(draft.name, entities)
    # the party's own stored code may be a guess (a city's country); only what its phrase names counts
    named = phrase_country(entities, head, skip=entity_id)
    if named is not None and place_country(entities.entity(named).name) is None:
        return entities.entity(named).ids.get("iso3")  # a country named in the phrase, not a city in it
    return led_country(head)


def _role_country(roles: tuple[str, ...], entities: EntityIndex | None = None) -> str | None:
    """Return the country a role names ("Secretary of the Russian Security Council" -> RUS); a country's
    name the article reads as a sub-national place gives that place's country ("Georgia Governor" in
    an Atlanta story -> USA, round 16)."""
    gaz = load_gazetteer()
    for role in roles:
        words = role.replace("’", "'").split()
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                text = " ".join(words[i:i + n]).strip(",.'")
                hit = gaz.lookup(text)
                if hit is not None:
                    place = shared_name_country(entities, text) if entities is not None and hit.kind == "name" else None
                    return place or hit.country.iso3
    return None


def _role_sector(roles: tuple[str, ...], sectors: Sectors) -> str | None:
    for role in roles:
        for word in role.lower().replace(",", " ").split():
            hit = sectors.role(word)
            if hit:
                return hit
    return None


__all__ = ["Sectors", "code_actor", "dominant_country", "institution_served", "load_figures", "load_organisations", "led_country", "load_sectors", "name_country",
           "phrase_country", "phrase_sector", "publisher_office",
           "role_actor", "role_sector", "QUANTITY_HEADS", "bare_crowd"]
