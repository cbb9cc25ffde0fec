"""Per-article entities, issue 12 round 25: names NER typed a person or a place that are an
institution or a product (``extract/entities/_retypes.py``).

1. A state institution's name, a capitalised place then an institution's head word ("Surrey
   Police", "New York Police"), is an organisation whatever NER typed it; the ledger's in-article
   join of "police" to the one organisation ending in that word (``ledger/_roles.py``) needs it so.
2. A name NER called a person whose initials the article writes as an acronym ("Internet
   Explorer" ... "IE bug") is the product, and the acronym's uses are its mentions.

Lines marked ECB+ are from ECB+ dev topics 14, 21 and 27 (CC BY 3.0,
../shared/datasets/ecbplus-entities; no check topic); the others are written for the test. Guards
(marked so) pass on main's code and must stay as they are.
"""

from __future__ import annotations

from _entity_probes import find as _find, holders as _holders

# ECB+ 14_1ecb (CC BY 3.0)
SURREY = "Surrey Police said firefighters, along with two fire tenders, and police officers would remain at the scene until Monday.\n"

# ECB+ 21_14ecbplus (CC BY 3.0)
QUEENS = ("Schenectady man charged in fatal Queens crash\n"
          "A Schenectady man has been charged in a fatal hit - and - run crash that killed a woman in Queens Friday night, "
          "New York Police said.\n"
          "Vishwanand Subryan, 23, was charged with vehicular manslaughter, criminally negligent homicide, leaving the scene "
          "of an accident and driving while intoxicated, police said.\n")

# ECB+ 27_14ecb (CC BY 3.0), the article's first twelve lines
IE = ("With Web attacks increasing, Microsoft fixes IE bug\n"
      "Security experts say that Web surfers should immediately install a new bug-fix for Microsoft's Internet Explorer "
      "browser, released Wednesday morning.\n"
      "The flaw, which was accidentally made public by Chinese security researchers just over a week ago, has been used in "
      "a growing number of Web-based attacks over the past few days.\n"
      "Criminals have posted attack code that exploits this flaw on thousands of Web sites so far, according to Rick "
      "Howard, intelligence director with Verisign's iDefense group.\n"
      "Verisign has now seen six variants of the attack software, all of which attempt to steal Chinese online gaming "
      "credentials.\n"
      "Often the attack is launched through a hidden iFrame component that is surreptitiously put on a Web site.\n"
      "Verisign has even spotted one such iFrame attack on a legitimate financial institution's Web site, Howard said.\n"
      "`` The volume of iFrames deploying this thing is really high. ''\n"
      "The flaw lies in the way Internet Explorer's data-binding function works, Microsoft said.\n"
      "When the browser is attacked it will crash, corrupting the computer's memory and allowing the criminal to run "
      "unauthorized software.\n"
      "View more related contentView all related articles\n"
      "Because Internet Explorer is used by about 70 percent of Web surfers, this attack code will probably show up in "
      "widely used malicious software toolkits `` very shortly, '' Howard said.\n")


def _types(ents, text, word, occurrence=0):  # type: ignore[no-untyped-def]
    return [e.type for e in _holders(ents, text, word, occurrence)]


def test_entities_a_forces_name_ner_called_a_person_is_an_organisation_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, SURREY)
    assert _types(ents, SURREY, "Surrey Police") == ["ORG"]


def test_entities_a_forces_name_ner_called_a_place_is_an_organisation_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, QUEENS)
    assert [(e.type, e.name) for e in _holders(ents, QUEENS, "New York Police")] == [("ORG", "New York Police")]


def test_entities_a_products_initials_join_its_name_ner_called_a_person_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    ents = _find(nlp, settings, IE)
    held = _holders(ents, IE, "IE bug")
    assert [e.name for e in held] == ["Internet Explorer"]
    assert held == _holders(ents, IE, "Internet Explorer is used")
    assert held[0].type == "ORG"


def test_entities_guard_a_persons_initials_stay_apart_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard: people are called by their initials too; a given name first keeps the person a person
    text = "JFK was born in Brookline. John Fitzgerald Kennedy later served as president.\n"
    ents = _find(nlp, settings, text)
    assert _types(ents, text, "John Fitzgerald Kennedy") == ["PERSON"]
    assert _holders(ents, text, "JFK") != _holders(ents, text, "John Fitzgerald Kennedy")


def test_entities_guard_a_person_named_service_stays_a_person_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # guard: a surname that is an institution's word ("Service") after a given name
    text = "The poet Robert Service wrote ballads of the Yukon.\n"
    ents = _find(nlp, settings, text)
    assert _types(ents, text, "Robert Service") == ["PERSON"]


def test_entities_named_bodies_leave_a_lower_case_description_issue12(nlp, settings):  # type: ignore[no-untyped-def]
    # the rule itself (no NER involved; errors on main, where the module does not exist): "her office" is no institution's name, whatever NER calls it
    from hearsay.extract.entities._retypes import retype_named_bodies
    from hearsay.extract.entities.gazetteer import load_gazetteer

    text = "She said her office would reply. The sheriff's department declined."
    spans = [(text.index("her office"), text.index("her office") + 10, "PERSON"),
             (text.index("sheriff's department"), text.index("sheriff's department") + 20, "PERSON")]
    out, lent = retype_named_bodies(text, spans, load_gazetteer())
    assert [label for _, _, label in out] == ["PERSON", "PERSON"] and lent == {}


def _retype(text, name):  # type: ignore[no-untyped-def]
    from hearsay.extract.entities._retypes import retype_named_bodies
    from hearsay.extract.entities.gazetteer import load_gazetteer

    at = text.index(name)
    return retype_named_bodies(text, [(at, at + len(name), "PERSON")], load_gazetteer())


def test_entities_an_acronym_after_the_is_no_products_initials_issue12():  # type: ignore[no-untyped-def]
    # the rule itself (errors on main, where the module does not exist): "the CW." is a network's
    # own name, not the initials of a film NER called a person (the case GUM dev showed)
    text = "In 2005, he appeared in Cry Wolf, another horror film.\nThe show is in its fourteenth season on the CW.\n"
    out, lent = _retype(text, "Cry Wolf")
    assert out[0][2] == "PERSON" and lent == {}
    # the same name beside initials written as a product's are ("a CW sequel") lends them
    out, lent = _retype(text.replace("on the CW.", "and a CW sequel."), "Cry Wolf")
    assert out[0][2] == "ORG" and lent == {"CW": "name:cry wolf"}
