"""Entity grouping on the founding article (issue 2)."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.model


def _entity(record, name):
    found = [e for e in record.entities if e.name == name]
    assert found, f"no entity named {name}"
    return found[0]


def test_entities_group_country_aliases(founding_record, founding_gold):
    for gold in founding_gold["entities"]:
        if gold["type"] != "GPE":
            continue
        entity = _entity(founding_record, gold["name"])
        names = {entity.name, *entity.aliases}
        missing = [a for a in gold["aliases"] if a not in names]
        assert not missing, f"{gold['name']} lacks {missing}"


def test_entities_misspelling_joins_gazetteer(founding_record):
    assert "Kreamlin" in _entity(founding_record, "Russia").aliases


def test_entities_person_short_forms_cluster(founding_record):
    shoigu = _entity(founding_record, "Sergey Shoigu")
    assert {m.text for m in shoigu.mentions} >= {"Sergey Shoigu", "Shoigu"}
    assert len([e for e in founding_record.entities if "Shoigu" in e.name]) == 1


def test_entities_roles_from_titles(founding_record, founding_gold):
    for gold in founding_gold["entities"]:
        if gold.get("role"):
            assert gold["role"] in _entity(founding_record, gold["name"]).roles


def test_entities_acronym_in_parentheses(founding_record):
    assert "MSMT" in _entity(founding_record, "Multilateral Sanctions Monitoring Team").aliases


# --- issue 12: per-article entities that are names ----------------------------------------

def _find(nlp, settings, text):  # type: ignore[no-untyped-def]
    from hearsay.extract.entities.mentions import find_entities
    from hearsay.extract.zones import find_zones

    doc = nlp(text)
    return find_entities(doc, find_zones(text), settings).freeze()


@pytest.mark.parametrize(("text", "surname", "full"), [
    ("Assange lost his appeal on Monday. Julian Assange's lawyers said Assange would fight on.", "Assange", "Julian Assange"),
    ("Shoigu arrived in Pyongyang. Sergey Shoigu met the leader, and Shoigu said the talks went well.", "Shoigu", "Sergey Shoigu"),
])
def test_entities_surname_joins_the_full_name_even_before_it(nlp, settings, text, surname, full):
    ents = _find(nlp, settings, text)
    person = [e for e in ents if e.name == full]
    assert person and person[0].type == "PERSON"
    assert sum(m.text == surname for m in person[0].mentions) == text.count(surname) - 1  # every bare use
    assert not [e for e in ents if e.name == surname]


def test_entities_company_word_is_not_its_chairman(nlp, settings):
    """Round 7 (MEANTIME dev): "Ford" after "Ford Motor Company" is the company, though the
    article also names William Clay Ford Jr.; the bare surname rule took every "Ford"."""
    text = ("Ford Motor Company will cut 30,000 jobs. The plan, the work of chief executive William Clay Ford Jr., "
            "is to end Ford's losses by 2008. Ford will also close two plants.")
    ents = _find(nlp, settings, text)
    person = [e for e in ents if e.type == "PERSON" and e.name.startswith("William")]
    company = [e for e in ents if e.name == "Ford Motor Company"]
    assert person and company
    assert all(m.text != "Ford" for m in person[0].mentions)
    ford_orgs = [m for e in ents if e.type == "ORG" for m in e.mentions if m.text == "Ford"]
    assert ford_orgs and all(m in company[0].mentions for m in ford_orgs)


def test_entities_shared_surname_stays_apart(nlp, settings):
    ents = _find(nlp, settings, "Boris Johnson met Dustin Johnson at the club. Johnson said nothing.")
    names = {e.name for e in ents if e.type == "PERSON"}
    assert {"Boris Johnson", "Dustin Johnson"} <= names
    for e in ents:
        if e.name in {"Boris Johnson", "Dustin Johnson"}:
            assert all(m.text != "Johnson" for m in e.mentions)


def test_entities_possessive_debris_is_trimmed(nlp, settings):
    ents = _find(nlp, settings, "The network’s Haqqani wing claimed the attack, officials said.")
    assert not [e for e in ents if e.name.startswith(("’s", "'s"))]


@pytest.mark.parametrize("word", ["Taliban", "Talibans"])
def test_entities_gazetteer_never_fuzzy_matches_a_demonym(word):
    """Issue 12: 'Taliban' was read as 'Italian' (ratio 86), so events said ASSAULT USA->ITA."""
    from hearsay.extract.entities.gazetteer import load_gazetteer

    assert load_gazetteer().lookup_fuzzy(word, 80) is None


def test_entities_gazetteer_still_corrects_a_typo():
    from hearsay.extract.entities.gazetteer import load_gazetteer

    hit = load_gazetteer().lookup_fuzzy("Kreamlin", 85)
    assert hit is not None and hit.country.iso3 == "RUS"


@pytest.mark.parametrize(("text", "full", "longer"), [
    ("Esther Williams Dies At 91\nEsther Williams, the swimmer and actress, died on Thursday.", "Esther Williams", "Esther Williams Dies"),
    ("Lindsay Lohan Checks Into Rehab\nActress Lindsay Lohan entered a clinic, her lawyer said.", "Lindsay Lohan", "Lindsay Lohan Checks"),
])
def test_entities_ner_span_past_a_name_is_that_name(nlp, settings, text, full, longer):
    ents = _find(nlp, settings, text)
    people = [e for e in ents if e.type == "PERSON"]
    assert [e.name for e in people if full in e.name] == [full]
    assert all(longer not in m.text for e in people for m in e.mentions)


@pytest.mark.parametrize(("text", "person"), [
    ("The 40-year-old American lost to Wladimir Klitschko in Bern on Saturday.", True),
    ("Klitschko knocked down the American twice in the sixth round.", True),
    ("An Iranian was arrested at the border on Monday.", True),
    ("American troops left the base in Iraq on Monday.", False),
    ("The Americans rejected the proposal in Geneva on Monday.", False),
])
def test_entities_a_demonym_heading_its_own_singular_phrase_is_a_person(nlp, settings, text, person):
    """Issue 12 round 3 (ECB+ dev): "the 40-year-old American" is the boxer, not the United
    States; a demonym modifying a noun or naming a people still stands for the country."""
    countries = {e.name for e in _find(nlp, settings, text) if e.type == "GPE" and e.ids.get("iso3") in {"USA", "IRN"}}
    assert (not countries) is person


# -- issue 12 round 4: names cut free of the ordinary words NER runs into them (ECB+ dev) --------

@pytest.mark.parametrize(("text", "name", "debris"), [
    ("Unemployed John Jenkin, 23, was arrested yesterday after a call to police.", "John Jenkin", "Unemployed"),
    ("Stunning Williams quickly achieved movie success and pin-up status.", "Williams", "Stunning"),
])
def test_entities_a_sentence_opening_adjective_is_not_part_of_the_name(nlp, settings, text, name, debris):
    names = {e.name for e in _find(nlp, settings, text)}
    assert name in names
    assert not any(debris in n for n in names)


def test_entities_a_name_never_ends_in_a_lower_case_word(nlp) -> None:
    from hearsay.extract.entities.mentions import _trim_common_words

    text = "The deal is done, but Ross doesn have a contract yet."
    doc = nlp(text)
    start = text.index("Ross")
    assert _trim_common_words(doc, start, start + len("Ross doesn")) == (start, start + len("Ross"))
    # a name with a lower-case word inside keeps it
    text = "Ships crossed the Gulf of Aden on Monday."
    doc = nlp(text)
    start = text.index("Gulf")
    assert _trim_common_words(doc, start, start + len("Gulf of Aden")) == (start, start + len("Gulf of Aden"))


@pytest.mark.parametrize(("text", "kept", "not_names"), [
    # headline words the body writes in lower case are ordinary words; a span of only those is no name
    ("Woman Killed In Queens Crash, Driver Charged\nA driver was charged after a woman was killed in Queens on Monday.",
     set(), {"Driver Charged"}),
    # ... but the head noun of a name stays, even where the body says "the clinic"
    ("Lindsay Lohan Checks Into Betty Ford Clinic\nThe actress checked into the clinic on Monday, her lawyer said.",
     {"Lindsay Lohan", "Betty Ford Clinic"}, {"Lindsay Lohan Checks"}),
])
def test_entities_headline_spans_lose_ordinary_words(nlp, settings, text, kept, not_names):
    names = {e.name for e in _find(nlp, settings, text)}
    assert kept <= names
    assert not names & not_names


@pytest.mark.parametrize(("text", "bare", "longer"), [
    # the text uses the bare name before the longer one: the longer one is something else
    ("Microsoft rushes urgent fix\nMicrosoft has released a crucial update for Internet Explorer. Apply the urgent "
     "Microsoft Fix It solution to protect it. Microsoft said the flaw is serious.\n", "Microsoft", "Microsoft Fix"),
])
def test_entities_a_bare_name_used_first_is_not_the_longer_one(nlp, settings, text, bare, longer):
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert bare in ents and len(ents[bare].mentions) >= 2
    assert all(m.text == bare for m in ents[bare].mentions)


def test_entities_a_full_name_introduced_first_takes_its_short_form(nlp, settings):
    text = "Northrop wins deal\nNorthrop Grumman Corp. won a contract on Monday. Northrop said it would hire.\n"
    (org,) = [e for e in _find(nlp, settings, text) if e.type == "ORG"]
    assert org.name.startswith("Northrop Grumman")
    assert sum(m.text == "Northrop" for m in org.mentions) == 2


@pytest.mark.parametrize(("text", "surname_joins"), [
    # the subject (named first, at least twice as often) takes the bare surname
    ("Tyler Hansbrough scored 20 points on Saturday. Tyler Hansbrough then thanked the crowd. His father, "
     "Gene Hansbrough, watched from the stands. Hansbrough said the team played well.", "Tyler Hansbrough"),
    # two people named as often: the surname stays apart
    ("John Smith and Mary Smith opened a bakery in Leeds. Smith said it was hard.", None),
    # the most named one is not the first named: apart
    ("Mary Smith opened a bakery. John Smith helped. John Smith paid. John Smith baked. Smith said it was hard.", None),
])
def test_entities_a_shared_surname_goes_to_the_articles_subject(nlp, settings, text, surname_joins):
    ents = _find(nlp, settings, text)
    last = max(m.start for e in ents for m in e.mentions if len(m.text.split()) == 1 and e.type == "PERSON")
    (owner,) = [e.name for e in ents if any(m.start == last for m in e.mentions)]
    if surname_joins:
        assert owner == surname_joins
    else:
        assert len(owner.split()) == 1  # an entity of its own, not either full name


@pytest.mark.parametrize(("text", "person", "place"), [
    # a name the text also calls by its last word alone is a person, whatever NER typed it
    ("Heavyweight Champion, Wladimir Klitschko, easily dismantled Hasim Rahman in the seventh round.\n"
     "Klitschko used his great jab and distance fighting to stay out of harm's way.", "Wladimir Klitschko", None),
    # a place is not called by its last word
    ("Flooding hit Palm Springs on Monday. Springs residents fled to the hills.", None, "Palm Springs"),
])
def test_entities_a_name_called_by_its_last_word_is_a_person(nlp, settings, text, person, place):
    ents = {e.name: e for e in _find(nlp, settings, text)}
    if person:
        assert ents[person].type == "PERSON"
        assert any(m.text == person.split()[-1] for m in ents[person].mentions)
    if place:
        assert ents[place].type in {"GPE", "LOC", "FAC"}


def test_entities_a_dateline_before_a_name_is_cut_off(nlp, settings):
    text = "Microsoft patch\n\nComputerworld - Microsoft today said that hackers exploit a flaw. Microsoft said a fix would come.\n"
    names = {e.name for e in _find(nlp, settings, text)}
    assert "Microsoft" in names and not any("Computerworld" in n for n in names)


@pytest.mark.parametrize(("text", "person", "country"), [
    ("Liverpool captain Jordan Henderson scored twice on Sunday.", "Jordan Henderson", "JOR"),
    ("The receiver Chad Johnson caught two passes.", "Chad Johnson", "TCD"),
])
def test_entities_a_person_whose_given_name_is_a_country_is_no_country(nlp, settings, text, person, country):
    """Round 4 (ECB+ dev: "protester Paris Kyriakides" became France): in running text a PERSON
    span starting with a gazetteer name is the person; the country stays out."""
    ents = _find(nlp, settings, text)
    assert person in {e.name for e in ents if e.type == "PERSON"}
    assert country not in {e.ids.get("iso3") for e in ents}


@pytest.mark.parametrize(("text", "city", "country"), [
    ("Thieves robbed a Paris jewellery store on Thursday.", "Paris", "France"),
    ("Athens police said the two suspects fled on foot.", "Athens", "Greece"),
    # round 6 (ECB+ dev: "the capital, Athens", "the streets of Athens" joined Greece)
    ("Rioters threw petrol bombs in the centre of the capital, Athens, on Wednesday.", "Athens", "Greece"),
    ("Angry protesters engulfed the streets of Athens on Wednesday.", "Athens", "Greece"),
    ("Residents of Kyiv sheltered in the metro overnight.", "Kyiv", "Ukraine"),
    ("PARIS (AP) - Four men robbed a jewellery shop on Monday.", "PARIS", "France"),
    # round-7 audit: the Waitrose of Wellington (Somerset) became New Zealand
    ("A fire has badly damaged the Waitrose supermarket in Wellington's High Street.", "Wellington", "New Zealand"),
    ("Paris's mayor said the streets were calm on Sunday.", "Paris", "France"),
])
def test_entities_a_capital_modifying_a_thing_in_it_is_the_city(nlp, settings, text, city, country):
    """Round 5 (ECB+ dev: "an upmarket central Paris shop" joined France): a capital modifying
    a noun is the city, as "in Paris" is; "Moscow officials" stay the state (next test)."""
    names = {e.name for e in _find(nlp, settings, text)}
    assert city in names and country not in names


@pytest.mark.parametrize("text", [
    "Moscow officials denied the report on Friday.",
    "Moscow: sanctions on the bank are illegal",      # a headline quote of the state, no dateline
    "The decision of Moscow surprised the West.",
    "Pyongyang sent 11,000 troops to aid Moscow.",
    "Moscow's decision surprised the West.",
])
def test_entities_a_capital_standing_for_its_government_is_the_state(nlp, settings, text):
    names = {e.name for e in _find(nlp, settings, text)}
    assert "Russia" in names and "Moscow" not in names



@pytest.mark.parametrize(("text", "people", "whole"), [
    ("Andrew Lopez and Jonathan Carrasquillo were charged. Police said Lopez and Carrasquillo fled.",
     {"Andrew Lopez", "Jonathan Carrasquillo"}, None),
    ("Procter and Gamble said profits rose, and Marks & Spencer agreed.", set(), "Procter and Gamble"),
])
def test_entities_two_people_joined_by_and_are_two_people(nlp, settings, text, people, whole):
    """Round 5 (ECB+ dev: "Lopez and Carrasquillo" was one organisation): a span joining with
    "and" two names the article gives people is split; a company's name stays whole."""
    ents = _find(nlp, settings, text)
    names = {e.name for e in ents}
    assert not any(" and " in n for n in names if n != whole)
    for person in people:
        entity = next(e for e in ents if e.name == person)
        assert entity.type == "PERSON" and sum(m.text == person.split()[-1] for m in entity.mentions) >= 1
    if whole:
        assert whole in names


def test_entities_a_team_is_called_by_its_name_after_the_city(nlp, settings):
    """Round 5 (ECB+ dev: "Colts" and "Indianapolis Colts" were two entities of one article):
    the rest of an organisation's name after a place it begins with is that organisation."""
    text = "The Indianapolis Colts won 31-24 in Indianapolis on Sunday. Colts coach Tony Dungy said the Colts played well."
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert {m.text for m in ents["Indianapolis Colts"].mentions} >= {"Indianapolis Colts", "Colts"}
    assert "Colts" not in ents


def test_entities_place_prefixed_tails_need_one_owner():
    """Two organisations ending alike after their places ("Paris Police", "Athens Police")
    give the bare "Police" to neither."""
    from hearsay.extract.entities.gazetteer import load_gazetteer
    from hearsay.extract.entities.mentions import _place_prefixed_tails

    text = "Indianapolis Colts. Paris Police. Athens Police. Indianapolis. Paris."
    cands = [(0, 18, "ORG"), (20, 32, "ORG"), (34, 47, "ORG"), (49, 61, "GPE"), (63, 68, "GPE")]
    assert [text[s:e] for s, e, _ in cands] == ["Indianapolis Colts", "Paris Police", "Athens Police", "Indianapolis", "Paris"]
    tails, heads = _place_prefixed_tails(text, cands, load_gazetteer())
    assert tails == {"colts": "name:indianapolis colts"}
    assert heads == {"indianapolis": "name:indianapolis colts"}  # "Police" is no team's nickname


def test_entities_a_place_standing_for_its_team_is_the_team(nlp, settings):
    """Issue 12 (ECB+ dev topic 29; the round-6 retype audit's "Los Angeles general manager"): in
    an article about the Indianapolis Colts, "Indianapolis (10-5)" and "the Indianapolis defense"
    are the team; "far from Indianapolis" is still the city."""
    text = ("Quarterback Andrew Luck led the Indianapolis Colts to a playoff berth on Sunday. Indianapolis (10-5) beat "
            "Kansas City 20-13, and the Indianapolis defense held late. Luck grew up far from Indianapolis.")
    ents = {e.name: e for e in _find(nlp, settings, text)}
    team = [text[m.start:m.end] for m in ents["Indianapolis Colts"].mentions]
    assert sorted(team) == ["Indianapolis", "Indianapolis", "Indianapolis Colts"]
    assert ents["Indianapolis"].type == "GPE" and len(ents["Indianapolis"].mentions) == 1
    assert ents["Indianapolis"].mentions[0].start == text.rindex("Indianapolis")


def test_entities_a_place_before_a_team_word_stays_a_place_without_a_team(nlp, settings):
    """The team reading needs a team of that place in the article: "Paris fans" and "the Paris lead"
    beside the Paris Police (no nickname) are the city's."""
    text = "The Paris Police said on Monday that Paris fans had gathered. The Paris lead in tourism is clear."
    ents = _find(nlp, settings, text)
    police = next(e for e in ents if e.name == "Paris Police")
    assert [m.text for m in police.mentions] == ["Paris Police"]


def test_entities_a_score_run_into_a_name_is_cut_and_the_name_is_a_team(nlp, settings):
    """ECB+ dev topic 31: NER's "Evansville 51 - 50" (PRODUCT) is the team Evansville."""
    text = "Indiana State defeated Evansville 51 - 50 in Friday's second quarterfinal. Evansville coach Marty Simmons said little."
    ents = _find(nlp, settings, text)
    assert not any(ch.isdigit() for e in ents for ch in e.name)
    evansville = next(e for e in ents if e.name == "Evansville")
    assert evansville.type == "ORG" and len(evansville.mentions) == 2


def test_entities_a_one_word_name_takes_its_majority_type_whatever_comes_first(nlp, settings):
    """Round 5 (ECB+ dev: "Colts" tagged PERSON once, ORG elsewhere, made two entities of one
    article when the PERSON came first)."""
    from spacy.tokens import Span

    from hearsay.extract.entities.mentions import find_entities
    from hearsay.extract.zones import find_zones

    text = "Colts won on Sunday. The Colts lost in May. Colts fans cheered loudly."
    doc = nlp(text)
    starts = [i for i, t in enumerate(doc) if t.text == "Colts"]
    doc.ents = [Span(doc, i, i + 1, label=label) for i, label in zip(starts, ["PERSON", "ORG", "ORG"])]
    ents = find_entities(doc, find_zones(text), settings).freeze()
    colts = [e for e in ents if e.name == "Colts"]
    assert len(colts) == 1 and colts[0].type == "ORG" and len(colts[0].mentions) == 3


def _with_labels(nlp, text, word, labels):
    from spacy.tokens import Span

    doc = nlp(text)
    n = len(word.split())
    starts = [i for i in range(len(doc) - n + 1) if doc[i:i + n].text == word]
    doc.ents = [Span(doc, i, i + n, label=label) for i, label in zip(starts, labels, strict=True)]
    return doc


@pytest.mark.parametrize("labels, expected", [
    (["PERSON", "ORG", "ORG"], "ORG"),       # majority, whatever comes first
    (["ORG", "PERSON", "PERSON"], "PERSON"),
    (["PERSON", "ORG"], "PERSON"),           # a tie goes to the first mention's type
    (["ORG", "PERSON"], "ORG"),
])
def test_entities_a_full_name_typed_two_ways_is_one_entity(nlp, settings, labels, expected):
    """Round 6 (ECB+ dev: "Bettie Page" tagged PERSON then ORG in one article made two
    entities, which the ledger then kept apart in every later article)."""
    from hearsay.extract.entities.mentions import find_entities
    from hearsay.extract.zones import find_zones

    sentences = ["Bettie Page died on Thursday.", "Fans of Bettie Page gathered.", "Bettie Page was 85."]
    text = " ".join(sentences[:len(labels)])
    doc = _with_labels(nlp, text, "Bettie Page", labels)
    ents = [e for e in find_entities(doc, find_zones(text), settings).freeze() if e.name == "Bettie Page"]
    assert len(ents) == 1 and ents[0].type == expected and len(ents[0].mentions) == len(labels)


@pytest.mark.parametrize("span, name", [
    ("`` Bettie Page", "Bettie Page"),            # PTB-style opening quote of a tokenised corpus
    ("Bettie Page ''", "Bettie Page"),
    ("`` American Pie ''", "American Pie"),       # a whole title in quotes
    ("“New Moon”", "New Moon"),
    ("the `` Hunger Games", "Hunger Games"),
    ('"Chin" Gigante', '"Chin" Gigante'),         # a nickname in quotes is part of the name
    ('Vincent "the Chin" Gigante', 'Vincent "the Chin" Gigante'),
    ("Jones’", "Jones"),
])
def test_entities_quote_marks_at_a_name_edge_are_trimmed(span, name):
    """Round 6 (ECB+ dev: "`` Bettie Page" and "Bettie Page" were two names of one article)."""
    from hearsay.extract.entities.mentions import _trim

    start, end = _trim(span, 0, len(span))
    assert span[start:end] == name


@pytest.mark.parametrize(("text", "person", "team"), [
    ("Browns DL Sheldon Richardson spoke on Monday. The Browns lost, and Richardson was angry.", "Sheldon Richardson", "Browns"),
    ("Colts QB Andrew Luck threw two touchdowns. Luck said the Colts were ready.", "Andrew Luck", "Colts"),
    ("Saints sign RB Joique Bell. Bell joined from the Eagles.", "Joique Bell", None),
])
def test_entities_a_team_and_position_before_a_name_are_no_part_of_it(nlp, settings, text, person, team):
    """Round 6 audit: "Browns DL Sheldon Richardson" was a person's name holding the team's
    "Browns" mentions; an abbreviated position in capitals and the team before it go."""
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert person in ents and ents[person].type == "PERSON"
    assert not any(m.text == team for m in ents[person].mentions)


@pytest.mark.parametrize(("name", "text"), [
    ("Colts QB Andrew Luck", "Andrew Luck"), ("Angels GM Tony Reagins", "Tony Reagins"), ("GM Tony DiLeo", "Tony DiLeo"),
    ("GM", "GM"), ("DE Smith", "DE Smith"),  # General Motors stays; no full name after the position
])
def test_entities_positions_are_cut_only_before_a_full_name(name, text):
    from hearsay.ledger.names import analyse_name

    found = analyse_name(name, "PERSON")
    assert found is not None and found.text == text


def test_entities_a_degree_after_a_name_is_no_place(nlp, settings):
    """Round-7 audit: "Regina Benjamin, MD, MBA" made "MD" Maryland, joined to "Baltimore, Md."."""
    text = "Regina Benjamin, MD, MBA, is the founder of the clinic. She grew up in Baltimore, Md., with her mother."
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert "MD" not in ents and "MBA" not in ents and "Regina Benjamin" in ents
    assert "Md." in ents  # after a city it is the state


def test_entities_a_name_found_once_is_found_where_ner_missed_it(nlp, settings):
    """Issue 12, flattened text (ECB+ dev 2_10ecbplus with its line breaks gone): NER found
    "Ellen DeGeneres" in the body but not in the headline run into the URL and the dateline; the
    exact name there is a mention too."""
    text = ("http: / / variety. com / 2013 / film / news / ellen - degeneres - to - host - oscars - 1200566939 / "
            "Ellen DeGeneres To Host Oscars AUGUST 2, 2013 | 08: 06AM PT Talkshow host returns for second Oscar tour "
            "And the next host of the Academy Awards is ... Ellen DeGeneres.")
    people = [e for e in _find(nlp, settings, text) if e.type == "PERSON" and "DeGeneres" in e.name]
    assert len(people) == 1 and people[0].name == "Ellen DeGeneres"
    assert sorted(m.start for m in people[0].mentions) == [m.start() for m in re.finditer("Ellen DeGeneres", text)]



# --- issue 12, round 9: short forms of institutions, headline names, full names NER missed ------

@pytest.mark.parametrize(("text", "short", "full"), [
    # ECB+ dev topic 1 (CC BY 3.0), shortened: the clinic named after a person is called by her name
    ("Lindsay Lohan has checked into the Betty Ford Center to begin a 90-day stay. Lohan was previously "
     "at Betty Ford in 2010. Her latest stay at Betty Ford comes after a judge ruled.", "Betty Ford", "Betty Ford Center"),
    ("Lohan was ordered to Morningside Recovery in Newport Beach. Unfortunately, Morningside is unlicensed. "
     "She showed up to Morningside at around noon.", "Morningside", "Morningside Recovery"),
])
def test_entities_an_institution_is_called_by_the_first_part_of_its_name(nlp, settings, text, short, full):
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert full in ents and short not in ents
    assert sum(m.text == short for m in ents[full].mentions) == text.count(short) - text.count(full)
    assert ents[full].type != "PERSON"


def test_entities_a_facility_is_called_by_its_core_name_that_ner_also_calls_an_organisation(nlp, settings):
    """Issue 12 (ECB+ dev 1_5ecbplus, shortened): NER typed the clinic's full name a work of art
    and its bare "Morningside" once an organisation, once a person. An organisation's label is
    no bar when the short form is all of the facility's name but its head or qualifier
    ("recovery"): both bare mentions are the clinic."""
    text = ("Mark Jay Heller told a judge that Lohan was settling in at Morningside Recovery and argued that the "
            "actress should be allowed to stay.\nProsecutors said she never entered Morningside.\n"
            "Superior Court Judge James R. Dabney agreed that Lohan should remain at Morningside.")
    ents = _find(nlp, settings, text)
    clinic = [e for e in ents if any(m.text.startswith("Morningside") for m in e.mentions)]
    assert len(clinic) == 1 and clinic[0].type != "PERSON"
    assert sorted(m.text for m in clinic[0].mentions) == ["Morningside", "Morningside", "Morningside Recovery"]


def test_entities_the_person_an_institution_is_named_after_stays_a_person(nlp, settings):
    """Without a place-like use ("at", "into", "entered") the short form is the person."""
    text = "Former first lady Betty Ford founded the Betty Ford Center in 1982. Betty Ford died in 2011."
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert ents["Betty Ford"].type == "PERSON" and "Betty Ford Center" in ents
    assert all(m.text == "Betty Ford Center" for m in ents["Betty Ford Center"].mentions)


def test_entities_a_headline_name_goes_on_past_a_one_word_name(nlp, settings):
    """ECB+ dev 1_13ecbplus (shortened): "Lindsay" alone in the body cut the headline's span to
    "Lindsay"; "Lohan" is written nowhere in lower case except the web address's slug, which is
    no use of a word."""
    text = ("http: / / www. contactmusic. com / news / lindsay - lohan - rehab _ 3719638\n"
            "Lindsay Lohan Checks Out Of Rehab... To Check Into Different Rehab Centre\n14 June 2013\n"
            "The actress has left the Betty Ford Centre and gone to a resort. One place Lindsay is finding this "
            "particularly hard is at home, where Lindsay checks her messages.")
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert "Lindsay Lohan" in ents and "Lindsay" not in ents
    assert len(ents["Lindsay Lohan"].mentions) == 3


def test_entities_a_full_name_ner_missed_is_found_before_its_surname(nlp, settings):
    """ECB+ dev 27_3ecbplus (shortened): NER found "Klitschko" alone (as a nationality) but not
    "Wladimir Klitschko"; the pair written twice is the full name, and the surname joins it."""
    text = ("Klitschko vs Thompson II Results: Wladimir Klitschko Cruises Again, Wins in Six\n"
            "Wladimir Klitschko won his 16th straight fight today, defending the WBA, WBO, and IBF heavyweight titles "
            "against Tony Thompson.\nKlitschko (58 - 3, 51 KO) bombed Thompson with a vicious right hand in the fifth round.\n"
            "Klitschko had beaten Thompson back in 2008.")
    people = [e for e in _find(nlp, settings, text) if "Klitschko" in e.name]
    assert len(people) == 1 and people[0].name == "Wladimir Klitschko" and people[0].type == "PERSON"
    assert len(people[0].mentions) == text.count("Klitschko")


def test_entities_a_capitalised_function_word_before_a_surname_is_no_given_name(nlp, settings):
    text = ("When Klitschko fought, When Klitschko won. Klitschko said it. Klitschko is champion. "
            "Then Klitschko left, and when the bell rang he was gone.")
    names = {e.name for e in _find(nlp, settings, text)}
    assert not any(n.startswith(("When ", "Then ")) for n in names)


def test_entities_an_organisation_is_not_the_short_form_of_its_product(nlp, settings):
    """Issue 12, round 9: "Microsoft" is the company even in an article that names the
    "Microsoft Security Response Center" and says "an update from Microsoft"."""
    text = ("Microsoft said on Monday that it would release an emergency fix. The Microsoft Security Response Center "
            "posted an advisory, and users can download an update from Microsoft today.")
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert "Microsoft" in ents and len(ents["Microsoft"].mentions) == 2


def test_entities_a_given_name_ner_mistyped_is_the_one_person_it_opens(nlp, settings):
    """ECB+ dev 41_3ecbplus-like text (topic 41, shortened): "Kathina" alone typed a place, and
    "Jermayne" a product, are the given names of the one person named in full with each; NER cut
    "Jermayne Timmons" into two one-word names once, which give way to the full name."""
    text = ("Emotional testimony is what jurors heard Tuesday in the trial of Jermayne Timmons, the teen accused of "
            "killing 10-year-old Kathina Thomas last May in Albany. The prosecutor talked about what led Jermayne Timmons "
            "to the West Hill neighborhood. \"Jermayne fired the shot,\" he said. The paramedics treated Kathina, and "
            "Kathina's mother described the scene.")
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert "Kathina" not in ents and "Jermayne" not in ents
    assert sum(m.text.startswith("Kathina") for m in ents["Kathina Thomas"].mentions) == text.count("Kathina")
    assert sum(m.text.startswith("Jermayne") for m in ents["Jermayne Timmons"].mentions) == text.count("Jermayne")


def test_entities_a_given_name_that_is_a_place_one_is_in_stays_a_place(nlp, settings):
    text = "Regina Benjamin was born in Mobile. She opened a clinic in Regina, and later moved to Regina for good."
    ents = [e for e in _find(nlp, settings, text) if e.name == "Regina Benjamin"]
    assert ents and all(m.text != "Regina" for m in ents[0].mentions)


def test_entities_a_capital_in_an_address_is_the_town(nlp, settings):
    """The open-corpus audit of round 9: the Somerset town of a Waitrose fire read as New Zealand."""
    text = ("The fire service was called at 06:00 BST to the Waitrose store in High Street, Wellington, on Sunday. "
            "Police in Wellington, Somerset, said the fire was suspicious.")
    names = {e.name for e in _find(nlp, settings, text)}
    assert "New Zealand" not in names and "Wellington" in names


def test_entities_an_organisation_after_a_capitalised_word_is_no_family_name(nlp, settings):
    """Issue 12 round 9 (MEANTIME dev, Wikinews CC BY 2.5): "Today Apple unveiled ..." twice in
    one article made "Today Apple" a person while the two one-word pieces of a split name could
    give way to a full name; an organisation NER found is never such a piece."""
    text = ("Today Apple unveiled a new iPhone at its conference in San Francisco. Apple said sales would start soon. "
            "Today Apple also cut the price of its older models, Apple said.")
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert "Today Apple" not in ents and len(ents["Apple"].mentions) == 4



@pytest.mark.parametrize(("text", "full", "acronym"), [
    # the open-corpus audit store (round 10): an acronym the article never spells out in parentheses
    ("The Centers for Disease Control recommends all individuals above age 6 months get a flu vaccine. "
     "Even the policy manual of the agency notes the CDC requirement that immigrants be vaccinated.",
     "Centers for Disease Control", "CDC"),
    # a leading demonym and a final "and ..." member are left out of the initials
    ("The Chinese Center for Disease Control and Prevention said it had conducted investigations. "
     "The CDC assured the public on Weibo that the risks were low.",
     "Chinese Center for Disease Control and Prevention", "CDC"),
])
def test_entities_an_acronym_of_the_articles_one_organisation_joins_it(nlp, settings, text, full, acronym):
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert acronym not in ents
    assert acronym in {m.text for m in ents[full].mentions}


def test_entities_an_acronym_two_organisations_share_stays_apart(nlp, settings):
    text = ("The American Medical Association and the Australian Medical Association both wrote to the minister. "
            "The AMA said it would publish the letter on Friday.")
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert not any("AMA" in {m.text for m in e.mentions} for name, e in ents.items() if name != "AMA")


def test_entities_a_capital_used_as_a_town_is_the_town_all_through(nlp, settings):
    """ECB+ dev 14_9ecbplus (CC BY 3.0), the round-10 audit: "in Wellington" is the town, and so
    is "from Wellington" — the article never names New Zealand."""
    text = ("Breaking: man charged with arson after fire at Waitrose in Wellington\n"
            "A man has been charged on suspicion of arson following a fire that devastated a Somerset supermarket.\n"
            "Robert Pitman, aged 24 and from Wellington, was charged with arson following the fire at the Waitrose "
            "supermarket in the Somerset town at the weekend.")
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert "New Zealand" not in ents
    assert len(ents["Wellington"].mentions) == 2


def test_entities_a_capital_stays_its_state_where_the_article_names_the_state(nlp, settings):
    text = ("The envoys met in Moscow on Tuesday. Moscow warned that Russia would answer any new sanctions, "
            "and Russia recalled its ambassador.")
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert "Moscow" in {m.text for m in ents["Russia"].mentions}


@pytest.mark.parametrize(("text", "name", "cut"), [
    # ECB+ dev 31_1ecb (CC BY 3.0), the round-10 audit: a school joined to the state
    ("Tar Heels coach Roy Williams watched as North Carolina Central dropped to 0-13 after a 66-51 loss.",
     "North Carolina Central", "North Carolina"),
    # ECB+ dev topic 16 (CC BY 3.0): the city of Hawaiian Gardens, not Hawaii or its people
    ("Murder charges were filed against a Hawaiian Gardens gang member accused of gunning down a deputy.",
     "Hawaiian Gardens", "Hawaiian"),
    ("The Hollywood Reporter says Ross is set to meet with the studio this week.", "Hollywood Reporter", "Hollywood"),
])
def test_entities_a_name_ner_cut_short_gets_its_last_word_back(nlp, settings, text, name, cut):
    names = {e.name for e in _find(nlp, settings, text)}
    assert name in names and cut not in names


@pytest.mark.parametrize("text", [
    "A gun was found, California Highway Patrol Officer Brad Baehr said on Monday.",
    "Microsoft Issues Emergency Patch To Fix Internet Explorer Flaw\nMicrosoft said the fix would ship on Tuesday.",
])
def test_entities_a_title_or_a_headline_word_is_no_part_of_the_name(nlp, settings, text):
    names = {e.name for e in _find(nlp, settings, text)}
    assert not any(n.endswith((" Officer", " Issues")) for n in names)


def test_entities_a_campus_after_its_university_is_part_of_the_name(nlp, settings):
    """ECB+ dev topic 34 (CC BY 3.0), the round-10 audit: "University of Alabama," cut from the
    Birmingham campus joined the Huntsville one; a list of schools stays a list."""
    ents = {e.name for e in _find(nlp, settings, "Benjamin earned her MD at the University of Alabama, Birmingham.")}
    assert "University of Alabama, Birmingham" in ents and "Birmingham" not in ents
    ents = {e.name for e in _find(nlp, settings, "She later taught at the University of Alabama, and then moved to Ohio.")}
    assert not any(n.endswith("Ohio") and n.startswith("University") for n in ents)


def test_entities_a_campus_the_parse_makes_a_conjunct_is_part_of_the_name(nlp, settings):
    """ECB+ dev 34_9ecbplus (CC BY 3.0), the round-12 audit: with the next sentence the parse makes
    the campus a conjunct of the university, not an apposition; no coordinator, so no list."""
    text = ("Dr. Benjamin received her medical degree from the University of Alabama, Birmingham.\n"
            "Dr. Benjamin has also served on the Board of Trustees for the Catholic Health Association, a position "
            "that she will resign from to take on her new job.")
    ents = {e.name for e in _find(nlp, settings, text)}
    assert "University of Alabama, Birmingham" in ents and "Birmingham" not in ents


@pytest.mark.parametrize(("text", "degree"), [
    # ECB+ dev 34_1ecbplus (CC BY 3.0), the round-12 audit: the degree had joined Maryland
    ("She was in the 2nd class at Morehouse School of Medicine and received her MD degree from the University of "
     "Alabama, Birmingham, as well as an MBA from Tulane University.", "MD"),
    ("She was in the 2nd class at Morehouse School of Medicine and received her MD degree from the University of "
     "Alabama, Birmingham, as well as an MBA from Tulane University.", "MBA"),
])
def test_entities_a_degree_is_no_place_or_organisation(nlp, settings, text, degree):
    mentions = {m.text for e in _find(nlp, settings, text) for m in e.mentions}
    assert degree not in mentions and "Tulane University" in mentions


def test_entities_a_degree_abbreviation_after_a_town_is_the_state(nlp, settings):
    text = "The man, a Bethesda, MD, native, was arrested on Friday."
    mentions = {m.text.rstrip(",") for e in _find(nlp, settings, text) for m in e.mentions}
    assert "MD" in mentions


def test_entities_a_state_code_after_a_town_is_no_organisations_initials(nlp, settings):
    """The round-12 audit (a tour list, aeb-9cb8224b660f): "MA" after "Mansfield," is
    Massachusetts; without "American", the American Music Awards' initials are "MA" too."""
    text = ("Post Malone will perform at the American Music Awards next month.\n"
            "August 3 -- Xfinity Center, Mansfield, MA\nAugust 5 -- Jiffy Lube Live, Bristow, VA")
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert "MA" not in {m.text for m in ents["American Music Awards"].mentions}


def test_entities_a_shortened_initialism_needs_three_letters(nlp, settings):
    text = ("Nominations for the American Music Awards were announced on Thursday. "
            "Fans can vote on the MA website until Friday.")
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert "MA" not in {m.text for m in ents["American Music Awards"].mentions}


def test_entities_a_quoted_title_after_a_work_noun_is_the_work(nlp, settings):
    """ECB+ dev 2_8ecbplus (CC BY 3.0), the round-10 audit: the talk show "Ellen" is no mention of its host."""
    text = ('Comedian Ellen DeGeneres will host the Oscars. DeGeneres, the star of her own daytime talk show "Ellen, " '
            "first hosted the Oscars in 2007.")
    ents = {e.name: e for e in _find(nlp, settings, text)}
    host = ents["Comedian Ellen DeGeneres"] if "Comedian Ellen DeGeneres" in ents else ents["Ellen DeGeneres"]
    assert "Ellen" not in {m.text for m in host.mentions}
    assert ents["Ellen"].type == "WORK_OF_ART"


def test_entities_the_elder_of_a_family_is_another_person(nlp, settings):
    """ECB+ dev 28_3ecbplus (CC BY 3.0), the round-10 audit: "the elder Mr. LaRue" is Fred LaRue's father."""
    text = ("Fred LaRue, a Nixon aide, died on Saturday. LaRue was 75. The elder Mr. LaRue had gone to jail for "
            "banking violations, LaRue said in 1990.")
    fred = [e for e in _find(nlp, settings, text) if e.name == "Fred LaRue"][0]
    # his names only: "a Nixon aide" is also his mention since round 20 (a linked role description)
    assert len([m for m in fred.mentions if "LaRue" in m.text]) == 3
    assert all(m.start != text.index("Mr. LaRue") + 4 and "Mr." not in m.text for m in fred.mentions)


@pytest.mark.parametrize(("text", "series", "plain"), [
    # ECB+ dev 6_8ecb (CC BY 3.0), the round-10 audit: the book series joined the film
    ("Summit is about to hire Chris Weitz as the shepherd for 'New Moon,' the second installment of Stephenie "
     "Meyer's best-selling 'Twilight' series.", "Twilight series", "Twilight"),
    ("Daniel Radcliffe read the Harry Potter books as a child.", "Harry Potter books", None),
])
def test_entities_a_name_before_series_is_the_series(nlp, settings, text, series, plain):
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert series in ents and ents[series].type == "WORK_OF_ART"
    assert plain is None or plain not in ents


def test_entities_a_possessive_before_a_series_noun_keeps_the_author(nlp, settings):
    """ECB+ dev 6_9ecbplus (CC BY 3.0), mention audit 1: "author Suzanne Collins' trilogy" is the
    author's trilogy; the apostrophe is a possessive, not the close of a quoted title."""
    text = ("Gary Ross has wowed film fans with his adaptation of the first book in author Suzanne Collins' trilogy. "
            "Collins wrote the books in Connecticut.")
    ents = {e.name: e for e in _find(nlp, settings, text)}
    person = [e for e in ents.values() if e.name.endswith("Suzanne Collins")]
    assert person and person[0].type == "PERSON"
    assert "Suzanne Collins trilogy" not in ents


def test_entities_a_place_ner_put_before_a_persons_name_is_the_given_name(nlp, settings):
    """ECB+ dev 29_7ecb (CC BY 3.0), the round-11 audit: "Dallas" (GPE) + "Clark" (PERSON) is the
    Colts' Dallas Clark, whose bare "Clark" then joined the Saints' Danny Clark across articles."""
    text = ("Reggie Wayne had 108 yards receiving and a touchdown while Dallas Clark followed up his franchise-best game. "
            "Clark caught six passes for the Colts.")
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert "Dallas" not in ents and len(ents["Dallas Clark"].mentions) == 2
    ents = {e.name for e in _find(nlp, settings, "The Colts flew to Dallas. Clark said the team was ready.")}
    assert "Dallas" in ents


def test_entities_a_work_named_after_a_work_noun_is_the_work(nlp, settings):
    """ECB+ dev 28_4ecb-like (CC BY 3.0), the round-11 audit: the 1965 television series "The FBI"
    is no mention of the bureau; a work noun modifying another noun ("the book FBI agents wrote") is not one."""
    text = ("The FBI said on Monday it was investigating. J. Edgar Hoover advised Hollywood for its 1965 television "
            "series The FBI, which ran for nine years.")
    ents = [e for e in _find(nlp, settings, text) if e.name == "FBI"]
    assert sorted(e.type for e in ents) == ["ORG", "WORK_OF_ART"]
    ents = [e for e in _find(nlp, settings, "The book FBI agents wrote was a bestseller, the FBI said.") if e.name == "FBI"]
    assert [e.type for e in ents] == ["ORG"] and len(ents[0].mentions) == 2


def test_entities_initials_alone_name_no_one(nlp, settings):
    """ECB+ dev 16_2ecbplus (CC BY 3.0), the round-11 audit: the headline's "D. A." (district
    attorney) gave Lowell Anger a mention "D."."""
    text = ("Add'l Horrific Charges; D. A. Will Now Seek Death Penalty\n"
            "The jury found Jose Luis Orozco guilty, Deputy District Attorney Lowell Anger said. Anger will seek death.")
    ents = _find(nlp, settings, text)
    assert not any(m.text.strip() in {"D.", "D. A.", "A."} for e in ents for m in e.mentions)


def test_entities_a_surname_two_people_share_is_no_company(nlp, settings):
    """The round-11 audit (an openly licensed review of John M. Ford's novels): the bare "Ford"
    NER typed an organisation, in an article naming two Fords, joined Ford Motor; a company
    named in full first keeps its bare name."""
    text = ("The novel was written by the late science fiction author John M. Ford. I would soon learn that, owing to "
            "Ford’s obscurity, his fans do things like this. Ford created an alternate-history retelling. His father, "
            "Dale Ford, kept the manuscripts. Ford died in 2006.")
    # every entity holding a bare "Ford" is a person (since round 18 they join John M. Ford, the only
    # Ford named before them, instead of a "Ford" entity of their own)
    types = {e.type for e in _find(nlp, settings, text) if any(m.text.startswith("Ford") for m in e.mentions)}
    assert types == {"PERSON"}
    text = "Ford Motor Co. said on Monday that sales fell. Ford chairman Bill Ford and his cousin Edsel Ford said Ford would cut jobs."
    company = [e for e in _find(nlp, settings, text) if e.name == "Ford Motor Co."]
    assert company and sum(m.text == "Ford" for m in company[0].mentions) >= 1


@pytest.mark.parametrize(("text", "vessel", "not_names"), [
    # ECB+ dev 12_16ecb (CC BY 3.0), the round-11 audit: "INS" had joined the Indian Naval Services
    ("Last month, marine commandos from INS Tabar were reported to have rescued two cargo vessels that were being "
     "attacked.", "INS Tabar", {"INS", "Tabar"}),
    ("The museum ship HMS Belfast is moored on the Thames in London.", "HMS Belfast", {"Belfast"}),
])
def test_entities_a_ships_prefix_and_name_are_one_vessel(nlp, settings, text, vessel, not_names):
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert ents[vessel].type == "PRODUCT"
    assert not not_names & set(ents)


def test_entities_a_vessel_prefix_stops_before_a_title(nlp, settings):
    ents = {e.name for e in _find(nlp, settings, "INS Commissioner Doris Meissner said the agency would act.")}
    assert "Doris Meissner" in ents and not any(n.startswith("INS Commissioner") for n in ents)


def _mentions_of(ents, name):  # type: ignore[no-untyped-def]
    return [m.text for e in ents if e.name == name for m in e.mentions]


def test_entities_a_first_name_after_a_family_noun_is_the_relative(nlp, settings):
    """ECB+ dev 28_7ecb (CC BY 3.0), the round-13 audit: Felt's son Mark had joined W. Mark Felt."""
    text = ("Mark Felt, FBI official who became 'Deep Throat,' dead at 95\n"
            "W. Mark Felt, who was the No. 2 official at the FBI, died Thursday. His wife died in 1984. "
            "The couple had a daughter, Joan, and a son, Mark. They and four grandsons survive Felt.")
    ents = _find(nlp, settings, text)
    son = text.index("son, Mark") + 5
    assert not any(m.start == son for e in ents if "Felt" in e.name for m in e.mentions)
    assert any(m.start == son for e in ents for m in e.mentions)


def test_entities_a_list_of_children_names_relatives(nlp, settings):
    """ECB+ dev 26_1ecbplus (CC BY 3.0), the round-13 audit: his son Vincent had joined Vincent Gigante."""
    text = ("Vincent Gigante, who feigned mental illness for decades, died on Monday. Mr. Gigante lived with "
            "Olympia Esposito, the mother of three of his eight children, Vincent, Lucia and Carmella Esposito.")
    ents = _find(nlp, settings, text)
    assert "Vincent" not in _mentions_of(ents, "Vincent Gigante")


def test_entities_a_title_of_the_other_sex_is_another_of_the_family(nlp, settings):
    """ECB+ dev 26_1ecbplus (CC BY 3.0), the round-13 audit: "Mrs. Gigante" is his mother."""
    text = ("Vincent Gigante, who feigned mental illness for decades, died on Monday. He is believed to have endeared "
            "himself to the Gigantes with a loan to pay for surgery needed by Mrs. Gigante. Mr. Gigante was 77.")
    ents = _find(nlp, settings, text)
    vincent = _mentions_of(ents, "Vincent Gigante")
    assert len(vincent) == 2 and all("Mrs" not in text[max(0, text.find(m) - 5):text.find(m)] for m in vincent)
    mention_starts = {m.start for e in ents if e.name == "Vincent Gigante" for m in e.mentions}
    assert text.index("Mrs. Gigante") + 5 not in mention_starts and text.index("Mrs. Gigante") not in mention_starts


def test_entities_a_sentence_of_names_is_no_headline(nlp, settings):
    """ECB+ dev 26_1ecbplus (CC BY 3.0), the round-13 audit: a sentence listing children looked
    like a title-case headline, so "Rita Gigante" was cut to "Gigante" and joined her father."""
    text = ("Vincent Gigante died on Monday. Mr. Gigante was 77. He is survived by three daughters and two sons.\n"
            "They are Yolanda Fyfe, Roseanne D'Cola and Rita Gigante, and Salvatore and Andrew.")
    ents = _find(nlp, settings, text)
    assert "Rita Gigante" in {e.name for e in ents}
    rita = text.index("Rita Gigante")
    assert not any(rita <= m.start < rita + 12 for e in ents if e.name == "Vincent Gigante" for m in e.mentions)


def test_entities_the_bare_first_word_of_an_award_or_a_lab_is_not_it(nlp, settings):
    """ECB+ dev 2_8ecbplus and 27_10ecb (CC BY 3.0), the round-13 audit: "the Academy" is the
    organisation behind the Academy Awards; "McAfee" the company whose lab is McAfee Avert Labs."""
    text = ("Ellen DeGeneres will make her second appearance as an Academy Awards host next year. "
            "Cheryl Boone Isaacs is the first African American president of the 6,000-member Academy.")
    ents = _find(nlp, settings, text)
    assert "Academy" not in _mentions_of(ents, "Academy Awards")
    text = ("said Dave Marcus, security research and communications manager for McAfee. "
            "McAfee Avert Labs researchers reported variants of the exploit.")
    ents = _find(nlp, settings, text)
    assert _mentions_of(ents, "McAfee Avert Labs") == ["McAfee Avert Labs"]


@pytest.mark.parametrize(("text", "unit", "short"), [
    # the open corpus (aeb-1ee91d1fce65), mention audit 1: the broadcaster, not one of its desks
    ("A VOA Extremism Watch Desk reporter found a source inside the camp. A spokesperson told VOA "
     "Pentagon correspondent Carla Babb that the convoy had left.", "VOA Extremism Watch Desk", "VOA"),
    # written for the test, the shape of MEANTIME 101354 (CC BY 4.0): the phone, not the programme
    ("Apple released the iPhone Developer Program on Thursday. Developers will build applications for "
     "the iPhone and sell them in the store.", "iPhone Developer Program", "iPhone"),
])
def test_entities_the_bare_first_word_of_a_desk_or_a_programme_is_not_it(nlp, settings, text, unit, short):
    ents = _find(nlp, settings, text)
    assert short not in _mentions_of(ents, unit)


def test_entities_a_model_word_ends_the_products_name(nlp, settings):
    """The round-13 audit (aeb-287e4d9f4af3): "Apple AirPods Pro" cut to "Apple AirPods" joined the
    older product; a repeated name is not found again inside the longer model's name."""
    text = "The Apple AirPods Pro are on sale today. Apple AirPods cost less."
    ents = _find(nlp, settings, text)
    short = [m.start for e in ents if e.name == "Apple AirPods" for m in e.mentions]
    assert text.index("Apple AirPods Pro") not in short


@pytest.mark.parametrize("text", [
    # the round-9 and round-11 audits (aeb-d0382c0d9573): the range had joined the space company
    "The northern Sierra Nevada has seen a fraction of an inch of rain, the principal meteorologist said.",
    "Showers reached the San Francisco Bay Area, the wine country and Sierra Nevada foothills.",
])
def test_entities_a_compass_word_or_a_landform_makes_a_name_a_place(nlp, settings, text):
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert ents["Sierra Nevada"].type == "LOC"


def test_entities_an_institution_after_a_compass_word_stays_one(nlp, settings):
    ents = {e.name: e for e in _find(nlp, settings, "The central Bank of Canada raised rates on Wednesday.")}
    assert ents["Bank of Canada"].type == "ORG"


# ECB+ dev topic 1 (CC BY 3.0): outlets and one article swap the head of a clinic's name, and
# NER types the headline's "Betty Ford" a person; the Betty Ford Center was four entities
_CLINIC = ("Lindsay Lohan Checks Into Betty Ford Clinic, Rehires Attorney Shawn Holley\n"
           "MAY 3, 2013 AT 1: 10PM\n"
           "A source tells The Associated Press that the Liz & Dick star is now receiving treatment at the Betty Ford "
           "Center in Rancho Mirage, Calif. where she has spent time before.\n"
           "Now that Lohan is back at Betty Ford Center, she has also decided to rehire her former attorney Shawn Holley.")
_CHECKS_OUT = ("Lindsay Lohan Checks Out Of Betty Ford Treatment Center And Into Malibu Rehab\n"
               "Posted on Thu Jun 13, 2013 08: 45 AM PDT\n"
               "Lindsay Lohan has checked out of the Betty Ford Treatment Center in Palm Springs after completing a 30 - day "
               "program, but she's not in the clear yet!")
_CHECKS_IN = ("Lindsay Lohan checks into Betty Ford Center\n"
              "May 03, 2013\n"
              "After skipping out on entering a Newport Beach rehabilitation facility, Lindsay Lohan has checked into the "
              "Betty Ford Center to begin a 90 - day court - mandated stay in her reckless driving conviction.\n"
              "Lohan was previously at Betty Ford from September 2010 to January 2011 after a probation violation.")


@pytest.mark.parametrize(("text", "names"), [
    (_CLINIC, {"Betty Ford Clinic", "Betty Ford Center"}),  # one article, two heads: one institution
    (_CHECKS_OUT, {"Betty Ford Treatment Center"}),  # the headline's "Betty Ford" runs on into the name
    (_CHECKS_IN, {"Betty Ford Center", "Betty Ford"}),  # a headline "person" ending in "Center", then "at Betty Ford"
])
def test_entities_one_clinic_under_its_names_is_one_organisation(nlp, settings, text, names):
    ents = _find(nlp, settings, text)
    holding = [e for e in ents if names & {m.text for m in e.mentions}]
    assert len(holding) == 1, [(e.name, e.type) for e in holding]
    assert holding[0].type == "ORG" and names <= {m.text for m in holding[0].mentions}
    assert not any(e.type == "PERSON" and "Betty Ford" in e.name for e in ents)


def test_entities_two_institutions_sharing_one_word_stay_apart(nlp, settings):
    """A head swap joins only names sharing two other words: a city's air traffic control centre
    and its clinic are two institutions."""
    text = ("The pilot radioed controllers at the Cleveland Center, the air traffic control hub in Oberlin, before "
            "the jet landed. Doctors at the Cleveland Clinic treated two passengers. The Cleveland Clinic said both "
            "were safe.")
    ents = _find(nlp, settings, text)
    assert not any({"Cleveland Clinic", "Cleveland Center"} <= {m.text for m in e.mentions} for e in ents)


@pytest.mark.parametrize("text", [
    # ECB+ dev 33_11ecbplus and 12_6ecbplus (CC BY 3.0): NER took a title-case headline for a name
    "http: / / www. newser. com / story / 131863 / teen - arrested - in - shooting - of - hero - brooklyn - mom. html\n"
    "Teen Arrested in Shooting of Hero Brooklyn Mom\nPosted Oct 26, 2011 8: 57 AM CDT\nAn 18 - year - old gang member has "
    "confessed to killing a pregnant mom, who died on Friday as she shielded her children from gunfire.",
    "http: / / www. freerepublic. com / focus / f - news / 2807784 / posts\n"
    "Indian Naval Ship Interdicts Three Pirate Vessels In A Single Operation\nPosted on November 15, 2011\nIndian Naval Ship "
    "Sukanya, presently deployed on anti - piracy patrols in the Gulf of Aden, thwarted a piracy attempt.",
])
def test_entities_a_headline_is_not_a_name(nlp, settings, text):
    headline = text.split("\n")[1]
    assert not any(len(m.text.split()) >= 5 and m.text.strip() in headline for e in _find(nlp, settings, text) for m in e.mentions)


def test_entities_a_long_name_the_body_repeats_stays_in_its_headline(nlp, settings):
    text = ("National Association for the Advancement of Colored People Honors Mayor\n"
            "The National Association for the Advancement of Colored People said on Monday it would honour the mayor.")
    ents = _find(nlp, settings, text)
    assert any(m.start == 0 and m.text.startswith("National Association for") for e in ents for m in e.mentions)


def test_entities_a_name_cut_from_a_longer_title_is_no_name(nlp, settings):
    """Audits 13 and 15 (an openly licensed review of John M. Ford's novels): "Angels", cut by NER
    from the novel's title at a sentence start, joined the Los Angeles Angels. The article writes
    "Web of Angels" inside a sentence too, so the capital is the title's; the team after "The"
    stays, and so does a company after a title ("the President of Microsoft")."""
    text = ("He dropped out after two years, and soon after wrote his first novel, Web of Angels, a cyberpunk book. "
            "She had represented him since 1978. Web of Angels was the first novel she ever sold. "
            "The Angels beat the Yankees on Sunday.")
    ents = _find(nlp, settings, text)
    angels = [m.start for e in ents for m in e.mentions if m.text == "Angels"]
    assert angels == [text.index("The Angels") + 4]
    text = "Brad Smith, the President of Microsoft, said the company would appeal. President of Microsoft Brad Smith spoke."
    assert any(m.text == "Microsoft" for e in _find(nlp, settings, text) for m in e.mentions)


def test_entities_a_name_after_a_surname_and_of_stays(nlp, settings):
    """ECB+ dev 6_3ecb-like apposition (the first version of the title rule dropped "Morris" of
    "Alex Kohner of Morris"): a word before "of" that is itself part of a name opens no title."""
    text = "Kohner of Morris said the deal was done. The agent, Alex Kohner of Morris, declined to comment further."
    ents = _find(nlp, settings, text)
    assert sum(m.text == "Morris" for e in ents for m in e.mentions) == 2


def test_entities_a_name_with_a_generation_mark_is_the_son(nlp, settings):
    """Audit 16 (ECB+ dev 28_3ecb, CC BY 3.0): "Mark Felt Jr." was read as a longer span of the
    father's name, so the son's mention joined W. Mark Felt."""
    text = ("Mark Felt, the FBI official who became Deep Throat, died Thursday. Felt is survived by two children, "
            "Joan Felt and Mark Felt Jr., and four grandchildren.")
    ents = _find(nlp, settings, text)
    son = text.index("Mark Felt Jr.")
    father = [e for e in ents if any(m.start == 0 for m in e.mentions)]
    assert father and not any(m.start == son for m in father[0].mentions)
    assert any(m.start == son and m.text == "Mark Felt Jr." for e in ents for m in e.mentions)


@pytest.mark.parametrize("text", [
    "French President Hollande met Angela Merkel in Berlin on Monday. Hollande said the talks went well.",
    "Hollande met Angela Merkel in Berlin on Monday, and President Hollande later flew home.",
])
def test_entities_a_persons_name_is_never_a_misspelt_country(nlp, settings, text):
    """Issue 15 round 11 (events-wide5): "President Hollande" became the Netherlands, one letter
    from "Holland" by the misspelling rule meant for "the Kreamlin". A word the article calls a
    person, or writes after a title, is no misspelt place."""
    ents = _find(nlp, settings, text)
    assert not any(e.ids.get("iso3") == "NLD" for e in ents)
    assert any(e.type == "PERSON" and e.name == "Hollande" for e in ents)


def test_entities_a_misspelt_place_is_still_found(nlp, settings):
    """Guard: the founding article's "the Kreamlin" stays the Kremlin (Russia)."""
    text = "The most important takeaway is that the Kreamlin required North Korea's help to dislodge the Ukrainians."
    assert any(e.ids.get("iso3") == "RUS" for e in _find(nlp, settings, text))


def test_entities_a_headline_name_the_prose_gives_whole_is_not_cut_to_a_shorter_name(nlp, settings):
    """Merge audit 17 (MEANTIME 37313, Wikinews CC BY 2.5, shortened): the headline's "Apple
    Corps" and "Apple Computer" were both cut to the "Apple" the body also writes alone, putting
    the Beatles' company into the computer maker. A headline span the prose names whole stays
    whole; a headline span the prose never names is still cut ("Lindsay Lohan Checks Into")."""
    text = ("Beatles ' Apple Corps sues Apple Computer\nMarch 28, 2006\n"
            "The Beatles ' Apple Corps has filed a lawsuit against computer and electronics maker Apple Computer in a "
            "London court this week.\nApple Corps claims that Apple Computer's iTunes Music Store violates an agreement "
            "which barred Apple Computer from using the \" Apple \" brand in the music business. Apple said it would fight.")
    ents = {e.name: e for e in _find(nlp, settings, text)}
    assert {"Apple Corps", "Apple Computer"} <= set(ents)
    assert min(m.start for m in ents["Apple Corps"].mentions) == text.index("Apple Corps")
    assert min(m.start for m in ents["Apple Computer"].mentions) == text.index("Apple Computer")
    assert all(m.start > text.index("\n") for m in ents.get("Apple", ents["Apple Corps"]).mentions if m.text == "Apple")


@pytest.mark.parametrize(("text", "family"), [
    # merge audit 17 (ECB+ 13_4ecbplus, CC BY 3.0, shortened)
    ("Sarah Palin spoke in Wasilla on Monday. Police said there is no evidence connecting any of the members of the "
     "Palin family with the fire. Palin thanked the firefighters.", "Palin"),
    ("Vincent Gigante ran the Genovese crime family for decades. Gigante feigned madness.", "Genovese"),
])
def test_entities_a_family_name_before_family_is_the_family_not_a_member(nlp, settings, text, family):
    at = text.index(f"{family} family") if f"{family} family" in text else text.index(f"{family} crime family")
    ents = _find(nlp, settings, text)
    assert not any(m.start == at for e in ents if e.type == "PERSON" for m in e.mentions)


def test_entities_a_bare_company_name_is_the_full_name_with_its_trade_whichever_comes_first(nlp, settings):
    """Issue 12 (ECB+ dev 22_11ecbplus, CC BY 3.0, shortened): "Kraft" three times, then "the Kraft
    Foods family" once, were two companies; a longer name that adds only a trade and legal form
    (lexicon/trade_words.txt) is the company's own, even after the bare name. The Microsoft guard
    (a product named after the company, later) is kept by its own test."""
    text = ("A disgruntled woman opened fire at a Kraft factory in Philadelphia last night. Yvonne Hiller was suspended "
            "from her job at Kraft, where she had worked for 15 years. A Kraft representative confirmed the deaths.\n"
            "\"This is a sad time for the Kraft Foods family,\" a statement read.")
    companies = [e for e in _find(nlp, settings, text) if "Kraft" in e.name]
    assert len(companies) == 1 and companies[0].name == "Kraft Foods"
    assert len(companies[0].mentions) == 4
