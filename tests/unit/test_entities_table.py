"""The entities extractor on a table of sentence -> expected result, run alone (issue 11; see the ``extract`` fixture)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "name", "type_"), [
    ("Angela Merkel met Emmanuel Macron in Paris.\n", "Angela Merkel", "PERSON"),
    ("Angela Merkel met Emmanuel Macron in Paris.\n", "Paris", "GPE"),
    ("Secretary Shoigu arrived. Sergei Shoigu said little.\n", "Sergei Shoigu", "PERSON"),
    ("Troops from the DPRK were seen. North Korea denied it.\n", "North Korea", "GPE"),
    ("The International Monetary Fund (IMF) cut its forecast.\n", "International Monetary Fund", "ORG"),
])
def test_entities_table(extract, text, name, type_) -> None:
    entities = extract(text, "entities").entities.freeze()
    assert (name, type_) in {(e.name, e.type) for e in entities}


@pytest.mark.parametrize(("text", "name", "alias"), [
    ("Troops from the DPRK were seen. North Korea denied it.\n", "North Korea", "DPRK"),
    ("Secretary Shoigu arrived. Sergei Shoigu said little.\n", "Sergei Shoigu", "Shoigu"),
    ("The International Monetary Fund (IMF) cut its forecast. The IMF said growth would slow.\n",
     "International Monetary Fund", "IMF"),
])
def test_entities_aliases_join_one_entity(extract, text, name, alias) -> None:
    entities = extract(text, "entities").entities.freeze()
    (entity,) = [e for e in entities if e.name == name]
    assert alias in entity.aliases


@pytest.mark.parametrize(("text", "organisation", "description"), [
    ("Microsoft said on Tuesday that hackers exploit a flaw in Internet Explorer.\n"
     "The software giant said the bug could affect all versions of the browser.\n", "Microsoft", "giant"),
    # an organisation noun never goes back to a place named in between ("in London")
    ("Barclays PLC cut 3,000 jobs in London on Monday.\nThe lender said the cuts would save money.\n", "Barclays PLC", "lender"),
])
def test_entities_a_described_speaker_is_the_organisation_in_focus(text, organisation, description) -> None:
    """Issue 12 round 4: "the software giant said" is Microsoft, not an entity "software giant"."""
    from hearsay.pipeline import analyze_text

    entities = analyze_text(text).entities
    (org,) = [e for e in entities if e.name == organisation]
    assert any(description in m.text for m in org.mentions)
    assert not any(description in e.name for e in entities)
