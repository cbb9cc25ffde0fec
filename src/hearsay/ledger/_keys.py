"""Name keys: what an article's entity may be found by across articles, and how two keys match.

An entity offers its exact name, its variants, weak forms and aliases (:func:`keys_of`); a
stored key meets a looked-up key with a strength (:func:`_match_kind`, ranked by :func:`_rank`).
Only names are keys: titles, role words and wrongly grouped in-article aliases never are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from hearsay.extract.entities.mentions import GENERATIONAL_SUFFIXES
from hearsay.ledger._placed import placed_key
from hearsay.ledger.names import Name, analyse_name, compatible, initials, institutional, mission_of, scoped, spelling_key
from hearsay.model import Entity

_GROUPS = {"PERSON": "PER", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
_STRONG = {"name", "alias", "acronym", "authority", "translit"}
# "short" keys (an organisation's leading word: "MacBook" of "MacBook Air", "Hanwha" of
# "Hanwha Q Cells") are stored but never matched: the audit found them joining a product line
# to a model and a group to its subsidiary far more often than naming one organisation.
_WEAK = {"form", "variant", "retype", "initials"}
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


# "the British government", "UK Government", "Government of India", "the US federal government":
# a country's government named as a body is the country (the founding annotation's convention)
_GOVERNMENT_LEVELS = frozenset({"federal", "national", "central"})


def government_country(entity: Entity) -> str | None:
    """Return the ISO3 code of the country whose government ``entity`` names, else ``None``.

    NER types "UK Government" or "the Iranian Government" an organisation, so no country code
    reaches it and it stayed an entity of its own in every article, apart from the country
    (identity-wikinews dev, session 19). Only the country's own name or demonym counts: a
    capital's government ("the Seoul government") is the city's, and "the Morrison government"
    a cabinet; a longer body ("UK Government Digital Service") is no government by itself.
    """
    from hearsay.extract.entities.gazetteer import load_gazetteer

    if entity.type not in {"ORG", "GPE", "NORP"}:
        return None
    words = entity.name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    folded = [w.casefold() for w in words]
    if len(words) >= 3 and folded[0] == "government" and folded[1] == "of":
        country = words[2:]
    elif len(words) >= 2 and folded[-1] == "government":
        country = words[:-2] if len(words) >= 3 and folded[-2] in _GOVERNMENT_LEVELS else words[:-1]
    else:
        return None
    hit = load_gazetteer().lookup(" ".join(country)) if country else None
    return hit.country.iso3 if hit is not None and hit.kind in {"name", "demonym"} else None


@dataclass(slots=True)
class _Keys:
    """The names an article's entity offers: its main name and its compatible aliases."""

    main: Name | None
    names: list[tuple[Name, str]] = field(default_factory=list)  # (name, key kind)

    def rows(self) -> list[tuple[str, str]]:
        """Return ``(key, kind)`` pairs to store: exact keys, then variant keys."""
        out: list[tuple[str, str]] = []
        for name, kind in self.names:
            out.append((name.key, kind))  # a ``placed`` key is stored as itself only: no variant, no skeleton
            if kind in {"name", "alias"} and name.variant != name.key:
                out.append((name.variant, "variant"))
            if kind in {"name", "alias"}:
                out.extend((form, "form") for form in name.forms)
                out.extend((form, _place_form_kind(form)) for form in name.place_forms)
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
        for name, kind in self.names:
            if kind in {"initials", "placed"}:
                wanted.setdefault(name.key, kind)  # looked up too: the acronym may be the stored one
        for name, kind in looked:
            if kind in {"name", "alias"}:
                wanted.setdefault(name.variant, "variant")
                for form in name.forms:
                    wanted.setdefault(form, "form")
                for form in name.place_forms:
                    wanted.setdefault(form, _place_form_kind(form))
                if not name.acronym and (skeleton := spelling_key(name.key)):
                    wanted.setdefault(skeleton, "variant")  # one letter apart: checked, then weak
                for key in name.country_keys:
                    wanted.setdefault(key, "alias")  # "U.S. Air Force" is "United States Air Force"
        return wanted


def _place_form_kind(form: str) -> str:
    """Return the key kind of a name's place form: a state body's name keyed in its country
    ("senate @usa" of "United States Senate") is an ``alias``, as strong as the bare "Senate" an
    article places in the United States, whose key it is (round 34: as a weak form it needed the
    shared context two bare names never need, and "United States Senate" stayed apart in MEANTIME
    dev); any other form without its country ("surgeon general") a weak ``placeform``."""
    return "alias" if " @" in form else "placeform"


def _scope(name: Name, iso3: str) -> Name:
    key = scoped(name.key, iso3)
    return Name(name.text, key, key, True, False)


def keys_of(entity: Entity, country_of: Callable[..., str | None] | None = None,
            placed_of: Callable[[Entity], str | None] | None = None) -> _Keys:
    """Return the names ``entity`` may be found by (and found under) across articles.

    ``country_of`` gives the country the article places an institutional name in ("Supreme
    Court", "Foreign Ministry": one body in each country; asked only for such a name); the name
    is keyed in that country, and with no country it is no key at all. Called with a second
    argument, a country code, it leaves that country out: an embassy is keyed in its host.
    ``placed_of`` gives the country the article places any other organisation's name in (its
    states and cities counted as their country): the name keyed there is what a country-prefixed
    name of another article meets it by (:func:`_placed.placed_key`).
    """
    if (entity.ids or {}).get("group") == "joint":
        return _Keys(None)  # joint speakers of one article ("Reuters and NBC"): each member is keyed itself
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
    elif entity.type in {"ORG", "FAC", "GPE"} and (sender := mission_of(main.text)) is not None:
        # one embassy of a country in each host country: keyed in the host the article places
        # it in (another country than the sender), and no key when the article names none
        host = country_of(entity, sender) if country_of else None
        if host is None:
            return _Keys(None)
        hosted = _scope(main, host)
        return _Keys(hosted, [(hosted, "name")])
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
    if placed_of is not None and (placed := placed_key(entity, main, placed_of)) is not None and placed.key not in seen:
        seen.add(placed.key)
        names.append((placed, "placed"))
    if entity.type == "ORG" and main.specific and not main.acronym:
        # after the article's own acronyms: one it spells out ("(EMET)") is a strong key
        for letters in organisation_initials(main):
            if letters not in seen:
                seen.add(letters)
                names.append((Name(letters.upper(), letters, letters, True, True), "initials"))
    return _Keys(main, names)




def organisation_initials(main: Name) -> list[str]:
    """The acronyms an organisation's spelt-out name may be written as in an article that never
    spells it out: the initials of its words past function words ("ampas" for the Academy of
    Motion Picture Arts and Sciences), and with the leading "The" many such names are written
    with and NER leaves out ("thr" for The Hollywood Reporter). Three letters at least: two
    letters name too many bodies."""
    words = main.key.split()
    if len(words) < 2 or any(not w.isalpha() for w in words):
        return []
    letters = initials(main.key)
    return [found for found in (letters, "t" + letters) if len(found) >= 3]


def _match_kind(mine: str, stored: str) -> str | None:
    """Return the strength of a key match from the kinds on both sides, ``None`` for no match."""
    if "placed" in (mine, stored):
        # a bare name keyed in the country its article places it in meets only a country-prefixed
        # name's form keyed in that country ("national hurricane center @usa"; round 36)
        return "alias" if {mine, stored} == {"placed", "alias"} else None
    if "initials" in (mine, stored):
        # a spelt-out name's initials meet only an acronym's own name (checked by the caller):
        # a weak match, joined on shared context
        return "initials" if {mine, stored} == {"initials", "name"} else None
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
    return ["authority", "name", "alias", "placed", "acronym", "translit", "form", "placeform", "retype", "short", "surname", "variant",
            "initials", "within"].index(kind)

