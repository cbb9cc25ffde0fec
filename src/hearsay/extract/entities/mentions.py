"""Entities: spaCy NER grouped under canonical names.

Three rules group mentions (docs/entities.md):

1. the bundled country gazetteer maps names, capitals, seats of government, demonyms and
   nicknames to one country (North Korea = DPRK = Pyongyang = North Korean = the Hermit
   Kingdom), with fuzzy matching for misspellings ("Kreamlin" -> Kremlin -> Russia);
2. within a document, a person's shorter mentions join the full name whose tokens contain
   theirs once titles are stripped ("Secretary Shoigu" -> "Sergey Shoigu"); an organisation's
   parenthesised acronym and its later uses join the full name (MSMT); a place followed by an
   administrative-unit word is the place ("Kursk Oblast" = "Kursk");
3. everything else groups by its folded text.

Roles come from the noun phrase a person's name heads ("Secretary of the Russian Security
Council Sergey Shoigu", "Russian President Vladimir Putin") and from appositions ("Shoigu, the
secretary of ..."); the person named after "About the Author" gets the role "author".

The steps live in ``_candidates`` (NER spans and gazetteer aliases, with ``_edges`` trimming a
name's edges and ``_headlines`` cutting a headline's span back to the name), ``_people`` (people,
kin and roles), ``_institutions`` (facilities, short forms, acronyms and the first pass),
``_places`` (capitals as towns, demonyms, teams) and ``_works``; ``_vocabulary`` holds the word
lists they share. This module links them in :func:`find_entities`; the public names of the steps
are still importable from here.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from hearsay.config import Settings
from hearsay.extract.entities.index import EntityIndex, clean_mention
from hearsay.extract.entities.gazetteer import fold, load_gazetteer
from hearsay.extract.entities._retypes import retype_named_bodies
from hearsay.extract.entities._compounds import administration_of
from hearsay.extract.entities._descriptions import description_spans
from hearsay.extract.entities._nested import org_before_country
from hearsay.extract.entities._family_names import given_name_before, people_typed_org, second_family_names
from hearsay.extract.zones import Zones
from hearsay.model import Mention
from hearsay.extract.entities._vocabulary import (
    GENERATIONAL_SUFFIXES,
    LABELS,
    _COMPANY_WORDS,
    _SURNAME_LABELS,
    admin_units,
    degree_abbreviations,
    _wordlist,
    legal_forms,
    person_nouns,
    positions,
    titles,
    trade_words,
)
from hearsay.extract.entities._headlines import _trim_headline_spans
from hearsay.extract.entities._nationals import (
    continent_of,
    description,
    language_named,
    nationality_compound,
    pair_names_people,
    prefixed_continent,
    tied_person,
)
from hearsay.extract.entities._handles import handle_owners
from hearsay.extract.entities._nicknames import blend_nicknames
from hearsay.extract.entities._parties import party_members
from hearsay.extract.entities._name_ends import name_ends
from hearsay.extract.entities._leads import lead_descriptions
from hearsay.extract.entities._edges import _trim, _trim_common_words
from hearsay.extract.entities._qualified import namesake_city, qualified_state
from hearsay.extract.entities._places import (
    _building,
    _capitals_as_towns,
    _individual,
    _language,
    _locative,
    _place_object,
    _place_prefixed_tails,
    _subnational_countries,
    field_position_places,
    league_team_heads,
    team_context,
    team_nickname,
    team_parts,
)
from hearsay.extract.entities._candidates import (
    _candidates,
    _cut_titles,
    _majority_labels,
    _names_in_longer_names,
    _repeated_names,
    _vessels,
    vessel_short_forms,
)
from hearsay.extract.entities._offices import bare_offices, holder_offices, office_span
from hearsay.extract.entities._people import (
    _CREDENTIALS,
    _add_person,
    _after_title,
    _missed_full_names,
    _particle_full_names,
    _join_split_names,
    _retype_people,
    _namesakes,
    _nicknamed_people,
    _seed_people,
    _split_people,
    position_prefix,
)
from hearsay.extract.entities._institutions import (
    _ACRONYM,
    _add_acronym_uses,
    _facility_variants,
    _plan,
    _short_forms,
    facility_reductions,
    same_facility,
    trade_short_forms,
)
from hearsay.extract.entities._works import _QUOTE_MARKS, _named_work, _quoted_work, series_after, work_title


def _acts_as_person(doc: Doc, start: int, end: int, label: str) -> bool:
    """True when a one-word place name stands where a person does: NER calls it a person, or it is
    the subject or the possessor in its clause ("Paris said", "Paris was born", "Paris's lawyer"),
    and it is no place one is in or goes to ("moved to Paris")."""
    if _locative(doc, start, end):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return label == "PERSON" or (span is not None and span.root.dep_ in {"nsubj", "nsubjpass", "poss"})


def find_entities(doc: Doc, zones: Zones, settings: Settings) -> EntityIndex:
    """Return the document's entities, grouped under canonical names.

    Args:
        doc: the parsed article.
        zones: page furniture (the author biography gives the author role).
        settings: ``fuzzy_threshold`` for misspelt gazetteer names.
    """
    gaz = load_gazetteer()
    index = EntityIndex()
    people: dict[str, list[str]] = {}
    types: dict[str, dict[str, int]] = {}
    doc_text = doc.text  # spaCy re-joins every token on each .text call: read it once
    candidates = field_position_places(doc_text, _candidates(doc, doc_text, gaz))  # "the Indianapolis 2 yd line"
    candidates = org_before_country(doc, doc_text, candidates, gaz)  # "CNN Philippines" (round 30)
    candidates = _retype_people(doc_text, _trim_headline_spans(doc, doc_text, candidates), gaz)
    candidates = people_typed_org(doc, doc_text, candidates, gaz)  # "Wanda Vázquez Garced" ORG (round 30)
    candidates = _join_split_names(doc, doc_text, candidates, gaz)
    candidates = _cut_titles(doc_text, _split_people(doc_text, _nicknamed_people(doc_text, candidates)))
    candidates = _names_in_longer_names(doc, doc_text, gaz, _repeated_names(doc_text, candidates))
    candidates = _particle_full_names(doc, doc_text, _missed_full_names(doc, doc_text, candidates, gaz), gaz)  # round 27
    candidates = second_family_names(doc, doc_text, candidates, gaz)  # "Ricardo Rosselló Nevares" (round 30)
    candidates = given_name_before(doc, doc_text, candidates, gaz)  # "Carmen Yulín Cruz" (round 32)
    candidates = _vessels(doc_text, candidates)
    candidates = _without_edge_space(doc_text, candidates)  # "Betty Ford Center\n" (round 22)
    candidates, lent = retype_named_bodies(doc_text, candidates, gaz)  # "Surrey Police", "Internet Explorer" (round 25)
    candidates, blends = blend_nicknames(doc_text, candidates)  # "LiLo" for Lindsay Lohan (round 21)
    variants = _facility_variants(doc_text, candidates)  # the Betty Ford Clinic is the Betty Ford Center
    places, acronyms, org_heads = _plan(doc_text, candidates, gaz, variants)
    for initials, lent_key in lent.items():
        acronyms.setdefault(initials, lent_key)  # "IE" of an "Internet Explorer" NER called a person
    short_forms = _short_forms(doc, doc_text, candidates, gaz, variants)
    for short, vessel in vessel_short_forms(doc_text, candidates, gaz).items():
        short_forms.setdefault(short, vessel)  # "INS Sukanya" ... "Sukanya intercepted" (round 24)
    tails, team_heads = _place_prefixed_tails(doc_text, candidates, gaz)
    league = league_team_heads(doc_text, candidates, team_heads)  # "the Colts" ... "Indianapolis (10 - 5)"
    league_joined: set[str] = set()  # the keys of those teams whose place stands for them somewhere
    for place, (team_key, _full) in league.items():
        team_heads[place] = team_key
        tails.setdefault(team_key.removeprefix("name:"), team_key)
    majority = _majority_labels(doc_text, candidates)
    redirect: dict[str, str] = {}
    prominent: dict[str, str] = {}
    surnames = _seed_people(doc_text, candidates, people, redirect, zones, prominent)
    for blend, full in blends.items():
        if redirect.get(full, full) in people:
            redirect[blend] = redirect.get(full, full)
    namesakes = _namesakes(doc_text, candidates, people, redirect, zones)
    person_starts = sorted(s for s, _, label in candidates if label == "PERSON")
    firsts: dict[str, set[str]] = {}  # each given name with the family names it opens
    for words in people.values():
        if words[-1].strip(".") not in _COMPANY_WORDS:  # "Saturn Corporation" NER called a person
            firsts.setdefault(words[0], set()).add(re.sub(r"['’]s?$", "", words[-1]))
    for short, full_key in trade_short_forms(doc_text, candidates, gaz).items():
        if not surnames.get(short) and short not in firsts:
            # "AirTran" (NER: a place) after "AirTran Airways": the airline; not a person's family or
            # given name ("Ford" of Henry Ford beside the Ford Motor Company; round 28)
            places.setdefault(short, full_key)
    credentials: set[int] = set()  # where a degree after a person's name ends
    towns = _capitals_as_towns(doc, doc_text, candidates, gaz)
    # the titles of works: a country's name or demonym inside one is no mention of the country
    titles_at = [(s, e) for s, e, label in candidates if label != "GPE" and work_title(doc, s, e)]
    subnational = _subnational_countries(doc_text, candidates, gaz)
    # each word NER writes in a person's name, with how many such mentions: a word another
    # mention calls a person is no misspelt place (one mention alone may be: "the Kreamlin")
    # how often NER calls each name an organisation: a name it calls one twice is no person's short form
    org_counts = Counter(fold(doc_text[s:e]) for s, e, label in candidates if label == "ORG")
    person_words = Counter(fold(w) for s, e, label in candidates if label == "PERSON" for w in doc_text[s:e].split())
    people_spans = [(s, e) for s, e, label in candidates if label == "PERSON"]
    ties: dict[str, list[tuple[int, int]]] = {}  # a country's demonym → the names it modifies
    nationals: list[tuple[str, tuple[int, int]]] = []  # descriptions by nationality
    role_spans: list[tuple[int, int, int]] = []  # role words NER took for a name, before a person's name
    person_at = {s: e for s, e, label in candidates if label == "PERSON"}
    # the offices the article names each person in, and its offices named alone (round 27)
    holders = [(s, e, holder_offices(doc, doc_text, s, e)) for s, e, label in candidates if label == "PERSON"]
    held = {key for _, _, keys in holders for key in keys}
    offices: list[tuple[str, int, int]] = []
    members = party_members(doc_text, candidates, gaz)  # "Democrats" beside the Democratic Party (round 31)
    groups: list[tuple[tuple[int, int], Mention, str]] = []  # group mentions of a party, attached after the loop
    ends = name_ends(doc_text, candidates, gaz)  # "the Court" after "the US Supreme Court" (round 32)
    owners = handle_owners(doc_text, candidates)  # "Sthaisy Smith (@Staisy09)" (round 33)
    # "New York, New York": the towns the article names by their state's name (round 36)
    towns_named = {fold(doc_text[s:e]): city for s, e, label in candidates if label in {"GPE", "LOC"}
                   and (city := namesake_city(doc_text, s, e, candidates)) is not None}
    for start, end, label in candidates:
        if zones.kind_at(start, end) in {"credit", "rights", "residue", "social"}:
            continue  # page furniture names photo agencies and social handles, not actors
        text = doc_text[start:end]
        mention = Mention(start, end, text)
        handle_of = owners.get((start, end))
        owner_id = index.lookup(*handle_of) if handle_of is not None else None
        if owner_id is not None and index.entity(owner_id).type in {"PERSON", "ORG"}:
            # "Sthaisy Smith (@Staisy09)", "@FelipeCalderon" after "Felipe Calderón": the account is
            # a mention of its owner, not a name of its own (round 33)
            index.add_mention(owner_id, mention)
            continue
        after = _person_after_role(doc_text, start, end, person_at)
        if after is not None:
            # "Actress Esther Williams Dies at 91": NER's "Actress" is no name but the title of the
            # person named right after it, a description of that person (round 22)
            role_spans.append((start, end, after))
            continue
        office = office_span(doc_text, start, end, lambda w: gaz.lookup(w) is not None, set(person_at)) if label == "PERSON" else None
        if office is not None and office in held:
            # "the US President-elect has asked …" in an article that names the president-elect:
            # the office NER called a person is a description of its holder, never a key (round 27)
            offices.append((office, start, end))
            continue
        # a town NER calls a person where the team's name begins with it ("Jacksonville (5 - 10)
        # fell"), not the given name of someone named in full ("Dallas" of Dallas Clark; round 17)
        team = team_heads.get(fold(text)) if label in {"GPE", "LOC"} or label == "PERSON" and fold(text) not in firsts else None
        if team is not None and team_context(doc, doc_text, start, end):
            # "the Indianapolis defense", "Indianapolis (10 - 5) clinched": in an article about the
            # Indianapolis Colts the place's name stands for the team (issue 12: a city joined to its team)
            index.add(team, clean_mention(text), "ORG", mention)
            if fold(text) in league:
                league_joined.add(team)
            continue
        series = series_after(doc_text, start, end)
        if series and label not in {"GPE", "LOC", "NORP", "FAC"}:
            # "Meyer's 'Twilight' series", "the American Pie franchise", "the Harry Potter books": the
            # series, not the film, the person or the book the series is named after
            name = f"{clean_mention(text).strip(_QUOTE_MARKS)} {series.group(1).lower()}"
            index.add("work:" + fold(name), name, "WORK_OF_ART", mention)
            continue
        if _quoted_work(doc_text, start, end) or _named_work(doc, start, end):
            # 'her own daytime talk show "Ellen,"': the show, not the host it is named after
            index.add("work:" + fold(text), clean_mention(text), "WORK_OF_ART", mention)
            continue
        state = qualified_state(doc_text, start, end, candidates) if label in {"GPE", "LOC"} else None
        if state is not None:
            # "White Plains, New York", "the state of New York": the state, under the name that keeps it
            # apart from its city of one name ("New York State"; round 35)
            index.add("name:" + fold(state), state, "GPE", mention, fixed_name=True)
            continue
        city = towns_named.get(fold(text)) if label in {"GPE", "LOC"} else None
        if city is not None:
            # "reporters in New York, New York … Cengiz traveled to New York": the article names the city
            # by its state's name, then the state; its other plain mentions of the name are the city, as
            # beside a "New York City" the article writes out (round 36)
            index.add("name:" + fold(city), city, "GPE", mention, fixed_name=True)
            continue
        hit = gaz.lookup(text)
        if (hit is None and label in {"GPE", "ORG", "PERSON", "NORP", "LOC", "FAC"} and " " not in text
                and person_words[fold(text)] <= (label == "PERSON") and not _after_title(doc_text, start)):
            # a misspelt place ("the Kreamlin"), never a person's name one letter from one
            # ("President Hollande", "Hollande said": not Holland)
            hit = gaz.lookup_fuzzy(text, settings.fuzzy_threshold)
        if hit is not None and any(ws <= start and end <= we and we - ws > end - start for ws, we in titles_at):
            continue  # "American" in "Weitz co-directed American Pie": part of a title, not the country
        if hit is not None and hit.kind == "demonym":
            tie = tied_person(doc, start, end, people_spans)
            if tie is not None:
                ties.setdefault(hit.country.iso3, []).append(tie)
            described = description(doc, start, end)
            if described is not None:
                # "The Ukrainian champion", "the American's chin": one person, not the country;
                # the person the article ties to the nationality, if any, after the loop (round 21)
                nationals.append((hit.country.iso3, described))
                continue
        if hit is not None and hit.kind == "demonym" and _individual(doc, start, end):
            continue  # "the 40-year-old American", "an Iranian": a person, not the country
        if hit is not None and hit.kind == "demonym" and _language(doc, start, end):
            continue  # "speaks French", "translated into Japanese": the language, not the country
        demonym = hit is not None and hit.kind == "demonym" or hit is None and continent_of(text) is not None
        if demonym and (language_named(doc_text, start, end)
                        or nationality_compound(doc_text, start, end, gaz) and pair_names_people(doc, start, end)):
            # "Portuguese language pages", "the Spanish-language press": the language; "Cuban-American
            # women", "Afro-Brazilians": an origin and a nationality together, neither country (round 33);
            # "Israeli-Palestinian talks" is a relation of both countries and mentions each (session 22)
            continue
        if (hit is not None and hit.kind != "demonym" and " " not in text.strip() and surnames.get(fold(text), 0) >= 1
                and label in {"PERSON", "GPE", "ORG", "NORP"} and _acts_as_person(doc, start, end, label)):
            # "Paris said" in an article about Valeska Paris, "Jordan scored" after Michael Jordan:
            # the surname of the person the article names in full, not the capital or the country
            # (GUM gold, issue 12); "in Paris", "a Paris street" stay the place
            hit, label = None, "PERSON"
        if text.replace(".", "").lower() in _CREDENTIALS and any(
                (label2 == "PERSON" or e2 in credentials) and 0 <= start - e2 <= 3 and doc_text[e2:start].strip() in {",", ""}
                for _, e2, label2 in candidates):
            credentials.add(end)
            continue  # "Regina Benjamin, MD, MBA": degrees after a person's name, not Maryland
        if hit is not None and hit.kind == "capital" and (fold(text) in towns or _locative(doc, start, end)):
            # "in Athens" is the city; "Moscow said", "aid to Pyongyang" stand for the state
            index.add("name:" + fold(text), clean_mention(text), "GPE", mention, {"iso3": hit.country.iso3})
            continue
        if hit is not None and hit.kind == "metonym" and _building(doc, start, end):
            # "At the White House, Trump said", "a White House hallway": the building, not the
            # state it stands for in "the White House said" (mention audit 2, issue 12 round 19)
            index.add("name:" + fold(text), clean_mention(text), "FAC", mention)
            continue
        if hit is not None and hit.kind == "name" and fold(text) in subnational:
            # "Atlanta, Georgia", "Georgia state lawmakers": the US state, not the country
            index.add("name:" + fold(text), clean_mention(text), "GPE", mention)
            continue
        if hit is not None:
            index.add(f"gpe:{hit.country.iso3}", hit.country.name, "GPE", mention, {"iso3": hit.country.iso3}, fixed_name=True)
            continue
        continent = continent_of(text) if label in {"NORP", "GPE", "LOC"} else None
        if continent is None and label in {"NORP", "GPE", "LOC", "ORG"}:
            continent = prefixed_continent(text)  # "pan-African", "intra-Africa" NER typed ORG (round 32)
        if (continent is not None and not _individual(doc, start, end) and description(doc, start, end) is None
                and not _language(doc, start, end)):
            # "African leaders", "the Asian markets": the continent, as a country's demonym is the
            # country; "an African", "the African champion" stay people (round 31)
            # the continent's own name, even where the article named it before ("Africa" … "African")
            index.set_name(index.add("name:" + fold(continent), continent, "LOC", mention), continent)
            continue
        folded = fold(text)
        if label == "NORP" and folded in members:
            groups.append((members[folded], mention, label))  # the party may be named later
            continue
        whole = ends.get((start, end)) if label == "ORG" else None
        body = index.lookup(*whole) if whole is not None else None
        if body is not None and index.entity(body).type in {"ORG", "FAC"}:
            # "the Court" after "the US Supreme Court", "the House" after "the House of
            # Representatives": the one organisation of the article whose name ends so (round 32)
            index.add_mention(body, mention)
            continue
        if label == "ORG" and (administration := administration_of(text, gaz)) is not None:
            # "the Clinton White House", "Obama White House": the administration, named as other
            # articles name it (round 26; round 19 read the compound as an organisation)
            index.add("name:" + fold(administration), administration, "ORG", mention, fixed_name=True)
            continue
        key = acronyms.get(text) or places.get(folded)
        if (key is None and label in _SURNAME_LABELS and surnames.get(folded, 0) >= 1 and not index.by_key("name:" + folded)
                and not (label == "ORG" and folded in org_heads)):
            # NER called the surname of a person named in full an organisation ("Assange"); not
            # when it is also the first word of the one organisation the article named in full
            # before: "Ford" is Ford Motor Company, not its chairman William Clay Ford Jr.
            label = "PERSON"
        elif not surnames.get(folded):
            # NER may type one name differently in two places ("Colts" ORG four times, PERSON
            # once; "Bettie Page" PERSON, then ORG): every mention takes the name's majority
            # type, the first mention's on a tie, so the article has one entity per name; a
            # surname of someone named in full is left to the rule above
            label = majority.get(folded, label)
            if (key is None and len(firsts.get(folded, ())) == 1 and " " not in folded
                    and (label in _SURNAME_LABELS - {"ORG"}
                         or label == "ORG" and folded not in org_heads and org_counts[folded] == 1
                         and _acts_as_person(doc, start, end, label))
                    and not index.by_key("name:" + folded) and not _place_object(doc, start, end)):
                # the given name of the one person the article names in full with it, which NER
                # called a place or a product ("Kathina", "Jermayne" of Kathina Thomas and
                # Jermayne Timmons); not where it is a place one is in or goes to, nor for an
                # organisation's name ("Saturn" beside a "Saturn Corporation" NER called a person).
                # An organisation's label gives way only where the word acts as a person does, as
                # subject or possessor, opens no organisation's name and is called one only
                # there ("Najib said" after "Najib Razak"; not the Colts four times beside a
                # headline's "Colts Beat"; issue 12 round 16)
                label = "PERSON"
        if (key is None and label in {"PERSON", "NORP"} and folded in tails and team_nickname(folded.split())
                and not surnames.get(folded)):
            # "the Jaguars", "Texans" beside the Jacksonville Jaguars, the Houston Texans: the team's
            # nickname, which NER calls a person or a group; no person's name is a plural (round 17).
            # Not the family name of someone named in full: "Jobs" of Steve Jobs beside "U.S. Jobs"
            key, label = tails[folded], "ORG"
        if key is None and folded in short_forms:
            key, label = short_forms[folded]  # "at Betty Ford": the Betty Ford Center the article named
        if key is None and label != "PERSON" or index.by_key("name:" + folded):
            # a name already known as an organisation or place stays one even when NER
            # calls a later mention a person ("Northrop Grumman")
            key = key or (org_heads.get(folded) if label == "ORG" else None) or tails.get(folded) or "name:" + folded
        if key is None:
            _add_person(doc, doc_text, index, zones, people, redirect, prominent, start, end, text, mention,
                        namesakes, person_starts)
            continue
        eid = index.add(key, clean_mention(text), label, mention)
        types.setdefault(eid, {}).setdefault(label, 0)
        types[eid][label] += 1
        acr = _ACRONYM.match(doc_text, end) if label == "ORG" else None
        if acr and acronyms.get(acr.group(1)) == key:
            index.add(key, clean_mention(text), "ORG", Mention(acr.start(1), acr.end(1), acr.group(1)))
    for eid, counts in types.items():  # NER may label one name differently in two places
        current = index.entity(eid).type
        index.set_type(eid, max(counts, key=lambda label: (counts[label], label == current)))
    for start, end, _label in candidates:
        # "the U.S. automaker GM", "European aircraft manufacturer, Airbus": the business noun the parse
        # links to an organisation's name is a description of it, as a role word is of a person (round 28)
        body = index.lookup(start, end)
        span = doc.char_span(start, end, alignment_mode="expand") if body is not None else None
        if (body is None or span is None or index.entity(body).type != "ORG"
                or zones.kind_at(start, end) in {"credit", "rights", "residue", "social"}):
            continue
        for s, e in description_spans(span.root, start, end, doc_text, _wordlist("business_nouns.txt")):
            index.add_description(body, Mention(s, e, doc_text[s:e]))
    for team_key, full in {key: full for key, full in league.values() if key in league_joined}.items():
        team_eid = index.by_key(team_key)
        if team_eid is not None and index.entity(team_eid).type == "ORG":
            # the team the article calls "the Colts" and, as a team, "Indianapolis" is the
            # Indianapolis Colts, the name other articles write in full; a nickname whose place
            # never acts as a team keeps its own name ("the Cardinals" beside "in St. Louis")
            index.set_name(team_eid, full)
    for (party_start, party_end), mention, label in groups:
        party = index.lookup(party_start, party_end)
        if party is not None and index.entity(party).type == "ORG":
            index.add_mention(party, mention)
        else:
            index.add("name:" + fold(mention.text), clean_mention(mention.text), label, mention)
    _add_acronym_uses(doc_text, index, acronyms)
    _describe_nationals(doc_text, index, ties, nationals)
    for start, end, after in role_spans:
        holder = index.lookup(after, person_at[after])
        if holder is not None and index.entity(holder).type == "PERSON":
            index.add_description(holder, Mention(start, end, doc_text[start:end]))
    for office, start, end in offices + bare_offices(doc, doc_text, candidates, set(person_at)):
        # "the caretaker Prime Minister" after "Prime Minister Abhisit Vejjajiva": the one person the
        # article names in that office (round 27); two holders or none, and it names no one
        named = {found for s, e, keys in holders if office in keys and (s, e) != (start, end)
                 if (found := index.lookup(s, e)) is not None}
        if len(named) == 1 and index.entity(owner := min(named)).type == "PERSON":
            index.add_description(owner, Mention(start, end, doc_text[start:end]))
    for eid, start, end in lead_descriptions(doc, index):
        # "A suspected Mafia boss … has been found dead. Gaetano Lo Presti … was found …": the
        # description the lead gives before the name is a mention of that person (round 22)
        index.add_description(eid, Mention(start, end, doc_text[start:end]))
    return index


def _person_after_role(doc_text: str, start: int, end: int, person_at: dict[int, int]) -> int | None:
    """Return where the person's name starts that the span ``start..end`` stands right before
    (spaces only between, or a second role after "and": "Actress and champion swimmer Esther
    Williams"), when every word of the span is a role word (lexicon/person_nouns.txt, titles,
    positions): "Actress" of "Actress Esther Williams" is a name of its own nowhere."""
    words = doc_text[start:end].split()
    if not words or not all(w.lower().strip(".") in _wordlist("person_nouns.txt") for w in words):
        return None  # the nouns themselves, not the title words ("State" of "Secretary of State Rice")
    gap = _ROLE_GAP.match(doc_text, end)
    if gap is None or gap.group(1) and gap.group(1).split()[-1] not in person_nouns():
        return None
    nxt = gap.end()
    return nxt if nxt in person_at and nxt != start else None


# spaces, or a second role joined by "and" ("Actress and champion swimmer Esther Williams")
_ROLE_GAP = re.compile(r" {1,2}(?:and ((?:[a-z][a-z-]* ){1,3}))?")


def _without_edge_space(doc_text: str, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Return the candidates without the white space NER or a run-on step left at their edges: a
    headline's "Betty Ford Center" ran on over the line break after it (round 22, ECB+ dev)."""
    out = []
    for start, end, label in candidates:
        text = doc_text[start:end]
        stripped = text.strip()
        if stripped and stripped != text:
            start += len(text) - len(text.lstrip())
            end = start + len(stripped)
        out.append((start, end, label))
    return sorted(set(out))


def _describe_nationals(doc_text: str, index: EntityIndex, ties: dict[str, list[tuple[int, int]]],
                        nationals: list[tuple[str, tuple[int, int]]]) -> None:
    """Give each description by nationality to the one person the article ties to it ("American
    challenger Tony Thompson" ... "the American's chin"); with none or two it names no one."""
    for iso3, (start, end) in nationals:
        people = {index.lookup(s, e) for s, e in ties.get(iso3, [])} - {None}
        if len(people) == 1:
            eid = people.pop()
            if eid is not None and index.entity(eid).type == "PERSON":
                index.add_description(eid, Mention(start, end, doc_text[start:end]))


# the public names callers import from here (the steps' private ``_trim``, ``_trim_common_words``
# and ``_place_prefixed_tails``, which tests import, stay importable too)
__all__ = ["GENERATIONAL_SUFFIXES", "LABELS", "admin_units", "degree_abbreviations", "facility_reductions", "find_entities", "legal_forms",
           "position_prefix", "positions", "same_facility", "team_context", "team_nickname", "team_parts", "titles",
           "trade_words"]
