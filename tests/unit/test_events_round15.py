"""Issue 15 round 15: which mention is the actor, when the head of a clausal modifier (``acl``/``relcl``) was
taken for it. A finite verb that the parser hung on its own subject as a modifier takes that noun as its
subject in more of the parses it occurs in (the noun is a second subject of one verb; the participle shares
a past-tense conjunct); and a modifier of a noun that cannot act itself acts for whoever the noun stands
for: the issuer of a message ("adopted Resolution 2249, which condemned"), the subject a copula makes a
member of a group ("has been among those calling for").

The parse-level cases build their Docs by hand (spaCy's own test practice), so they hold whatever the
model does; the model cases are plover-gsr records ((c) 2016 Open Event Data Alliance, CC BY-SA 4.0),
and a gov.uk release in Dstl's re3d (contains public sector information licensed under the Open Government
Licence v3.0), analysed with the dyad filter off as the sentence benchmarks are; the others are written
for this test. Guards (cases that must stay as they
are) are marked.
"""

from __future__ import annotations

import dataclasses

import pytest
from spacy.tokens import Doc
import spacy

from hearsay.extract.events import _args as ea


def _doc(rows):
    """A Doc from (word, head index, dep, tag, pos) rows."""
    words, heads, deps, tags, pos = zip(*rows)
    lemmas = [{"been": "be", "was": "be", "is": "be"}.get(w.lower(), w.lower()) for w in words]
    return Doc(spacy.blank("en").vocab, words=list(words), heads=list(heads), deps=list(deps), tags=list(tags), pos=list(pos),
               lemmas=lemmas)


# "Palestinian youths resorted to throwing stones, officials said." parsed as the model parses the
# plover-gsr record: "youths" a second subject of "said", "resorted" a participle modifying it
_SECOND_SUBJECT = [
    ("Palestinian", 1, "amod", "JJ", "ADJ"), ("youths", 8, "nsubj", "NNS", "NOUN"),
    ("resorted", 1, "acl", "VBN", "VERB"), ("to", 2, "prep", "IN", "ADP"),
    ("throwing", 3, "pcomp", "VBG", "VERB"), ("stones", 4, "dobj", "NNS", "NOUN"),
    (",", 8, "punct", ",", "PUNCT"), ("officials", 8, "nsubj", "NNS", "NOUN"),
    ("said", 8, "ROOT", "VBD", "VERB"), (".", 8, "punct", ".", "PUNCT"),
]

# "Doctors from two aid groups donated and delivered goods." with "Doctors" the root, "donated" a
# participle of "groups" and "delivered" (past tense) its conjunct
_FINITE_CONJUNCT = [
    ("Doctors", 0, "ROOT", "NNS", "NOUN"), ("from", 0, "prep", "IN", "ADP"),
    ("two", 4, "nummod", "CD", "NUM"), ("aid", 4, "compound", "NN", "NOUN"),
    ("groups", 1, "pobj", "NNS", "NOUN"), ("donated", 4, "acl", "VBN", "VERB"),
    ("and", 5, "cc", "CC", "CCONJ"), ("delivered", 5, "conj", "VBD", "VERB"),
    ("goods", 7, "dobj", "NNS", "NOUN"), (".", 0, "punct", ".", "PUNCT"),
]


def test_events_an_acl_participle_on_a_second_subject_is_that_subjects_verb():
    doc = _doc(_SECOND_SUBJECT)
    assert [t.text for t in ea.subjects(doc[2])[0]] == ["youths"]
    # and what it governs inherits it: "resorted to throwing stones" is thrown by the youths
    assert [t.text for t in ea.subjects(doc[4])[0]] == ["youths"]


def test_events_an_acl_participle_with_a_past_tense_conjunct_is_finite():
    doc = _doc(_FINITE_CONJUNCT)
    assert [t.text for t in ea.subjects(doc[5])[0]] == ["groups"]
    assert [t.text for t in ea.subjects(doc[7])[0]] == ["groups"]


def test_events_a_reduced_passive_relative_on_the_only_subject_is_not_its_nouns_act():
    # guard: "The weapons seized last year were returned.": the weapons did not seize anything
    doc = _doc([
        ("The", 1, "det", "DT", "DET"), ("weapons", 6, "nsubjpass", "NNS", "NOUN"),
        ("seized", 1, "acl", "VBN", "VERB"), ("last", 4, "amod", "JJ", "ADJ"),
        ("year", 2, "npadvmod", "NN", "NOUN"), ("were", 6, "auxpass", "VBD", "AUX"),
        ("returned", 6, "ROOT", "VBN", "VERB"), (".", 6, "punct", ".", "PUNCT"),
    ])
    assert [t.text for t in ea.subjects(doc[2])[0]] != ["weapons"]


def test_events_a_reduced_passive_with_its_agent_on_a_second_subject_stays_passive():
    # guard: "Protesters detained by police, officials said, ...": a by-agent makes the participle passive
    doc = _doc([
        ("Protesters", 5, "nsubj", "NNS", "NOUN"), ("detained", 0, "acl", "VBN", "VERB"),
        ("by", 1, "agent", "IN", "ADP"), ("police", 2, "pobj", "NNS", "NOUN"),
        ("officials", 5, "nsubj", "NNS", "NOUN"), ("said", 5, "ROOT", "VBD", "VERB"),
        (".", 5, "punct", ".", "PUNCT"),
    ])
    assert [t.text for t in ea.subjects(doc[1])[0]] != ["Protesters"]


def _events(text, settings):
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    rec = analyze(make_article(text=text, origin="<test>"), dataclasses.replace(settings, events_require_dyad=False))
    return [{"type": v.type, "trigger": v.trigger, "code": v.actor_code or ""} for v in rec.events]


@pytest.mark.model
def test_events_plover_protesters_hung_on_said_keep_their_country(settings):
    # plover-gsr PROTEST-0026
    text = ("Palestinian youths resorted to throwing stones during demonstrations against the alleged human "
            "rights violations by the Israeli military, officials said on Thursday.")
    got = {e["type"]: e["code"][:3] for e in _events(text, settings)}
    assert got.get("PROTEST") == "PSE"


@pytest.mark.model
def test_events_plover_donors_with_a_finite_conjunct_keep_their_country(settings):
    # plover-gsr AID-0001
    text = ("Doctors from two American aid groups donated and personally delivered $50,000 worth of goods to "
            "Baghdad University Medical School, risking as much as 12 years in prison and \\$500,000 in fines.")
    got = [e for e in _events(text, settings) if e["type"] == "AID"]
    assert got and got[0]["code"][:3] == "USA"


def _membership():
    # "The EU has been among those calling for talks."
    return _doc([
        ("The", 1, "det", "DT", "DET"), ("EU", 3, "nsubj", "NNP", "PROPN"), ("has", 3, "aux", "VBZ", "AUX"),
        ("been", 3, "ROOT", "VBN", "AUX"), ("among", 3, "prep", "IN", "ADP"), ("those", 4, "pobj", "DT", "PRON"),
        ("calling", 5, "acl", "VBG", "VERB"), ("for", 6, "prep", "IN", "ADP"), ("talks", 7, "pobj", "NNS", "NOUN"),
        (".", 3, "punct", ".", "PUNCT"),
    ])


def test_events_a_participle_on_those_a_copula_places_its_subject_among_is_the_subjects_act():
    doc = _membership()
    assert [t.text for t in ea.subjects(doc[6])[0]] == ["EU"]


def test_events_one_of_the_groups_of_a_copula_stands_for_its_subject():
    # "France was one of the countries that voted."
    doc = _doc([
        ("France", 1, "nsubj", "NNP", "PROPN"), ("was", 1, "ROOT", "VBD", "AUX"), ("one", 1, "attr", "CD", "NUM"),
        ("of", 2, "prep", "IN", "ADP"), ("the", 5, "det", "DT", "DET"), ("countries", 3, "pobj", "NNS", "NOUN"),
        ("that", 7, "nsubj", "WDT", "PRON"), ("voted", 5, "relcl", "VBD", "VERB"), (".", 1, "punct", ".", "PUNCT"),
    ])
    assert ea.standing_for(doc[5]).i == 1


def test_events_among_outside_a_copula_stands_for_nobody():
    # guard: "Police arrested ten among the protesters who blocked the road.": the protesters blocked it
    doc = _doc([
        ("Police", 1, "nsubj", "NNS", "NOUN"), ("arrested", 1, "ROOT", "VBD", "VERB"), ("ten", 1, "dobj", "CD", "NUM"),
        ("among", 2, "prep", "IN", "ADP"), ("the", 5, "det", "DT", "DET"), ("protesters", 3, "pobj", "NNS", "NOUN"),
        ("who", 7, "nsubj", "WP", "PRON"), ("blocked", 5, "relcl", "VBD", "VERB"), ("the", 9, "det", "DT", "DET"),
        ("road", 7, "dobj", "NN", "NOUN"), (".", 1, "punct", ".", "PUNCT"),
    ])
    # (main has no standing_for: the guard holds there trivially)
    assert getattr(ea, "standing_for", lambda tok: None)(doc[5]) is None


def _actors(text, settings):
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    rec = analyze(make_article(text=text, origin="<test>"), dataclasses.replace(settings, events_require_dyad=False))
    names = {e.id: e.name for e in rec.entities}
    return [(v.type, names.get(v.actor or ""), v.actor_code or "") for v in rec.events]


@pytest.mark.model
def test_events_gov_uk_a_resolutions_relative_clause_is_the_adopters_act(settings):
    # gov.uk (re3d uk-government, OGL v3.0)
    text = ("The UN Security Council voted unanimously to adopt Resolution 2249, which condemned the 13 November "
            "attacks in Paris and others in the Middle East, including those in Sousse on 25 June in which 30 "
            "Britons were murdered.")
    got = [a for a in _actors(text, settings) if a[0] == "ACCUSE"]
    assert got and got[0][2] == "IGO"


@pytest.mark.model
def test_events_a_member_among_those_calling_is_the_caller(settings):
    text = "The African Union has been among those calling for new talks between the two governments."
    got = [a for a in _actors(text, settings) if a[0] == "REQUEST"]
    assert got and got[0][1] == "African Union"


@pytest.mark.model
def test_events_a_party_antecedent_of_a_relative_clause_still_acts(settings):
    # guard: the relative clause's own antecedent acts when it names a party
    text = "Kurdish fighters, who captured the town on Monday, said they would hold it."
    got = [a for a in _actors(text, settings) if a[0] == "COERCE" or a[0] == "ASSAULT"]
    assert not got or got[0][1] != "Monday"
