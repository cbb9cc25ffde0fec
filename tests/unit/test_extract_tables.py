"""Each extractor package on a table of sentences -> expected result (issue 11).

Every row runs only the steps its part needs (the ``extract`` fixture), not the whole pipeline,
so a broken rule shows up here as one failing row of its own package. The expected values are
what a careful reader of the sentence would write down.
"""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 6)  # a Wednesday


def _names(analysis) -> dict[str, str]:
    return {e.id: e.name for e in analysis.entities.freeze()}


# -- entities -------------------------------------------------------------------------------
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


# -- times ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The talks ended yesterday.\n", "yesterday", "2024-03-05"),
    ("Prices rose last month.\n", "last month", "2024-02"),
    ("The vote is on 12 May 2024.\n", "12 May 2024", "2024-05-12"),
    ("The plant closed in 2019.\n", "2019", "2019"),
    ("Shipments resume next year.\n", "next year", "2025"),
    ("Fighting continued this week.\n", "this week", "2024-W10"),
])
def test_times_table(extract, text, expression, value) -> None:
    times = extract(text, "times", published=PUBLISHED).times
    assert (expression, value) in {(t.text, t.value) for t in times}


# -- statements -----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "speaker", "kind", "content"), [
    ("Maria Lopez said that the factory would hire 300 workers.\n", "Maria Lopez", "indirect",
     "the factory would hire 300 workers"),
    # a direct quote's content is everything inside the marks (the founding gold's convention)
    ("“We will not retreat,” said John Carter.\n", "John Carter", "direct", "We will not retreat,"),
    ("According to the United Nations, aid has not arrived.\n", "United Nations", "indirect",
     "aid has not arrived"),
    ("John Carter warned that prices would rise.\n", "John Carter", "indirect", "prices would rise"),
])
def test_statements_table(extract, text, speaker, kind, content) -> None:
    analysis = extract(text, "statements", published=PUBLISHED)
    names = _names(analysis)
    found = {(names.get(s.speaker or ""), s.kind, s.content) for s in analysis.statements}
    assert (speaker, kind, content) in found


@pytest.mark.parametrize("text", [
    "The company did not say whether the plant would close.\n",   # a negated cue
    "The so-called “peace plan” was not published.\n",          # scare quotes
    "Is it true that prices will rise?\n",                        # no source, no cue
])
def test_statements_none(extract, text) -> None:
    assert extract(text, "statements", published=PUBLISHED).statements == ()


# -- figures --------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value", "low", "high"), [
    ("More than 15,000 troops were deployed.\n", 15000, 15000, None),
    ("As many as 1,000 soldiers were killed.\n", 1000, None, 1000),
    ("Between 10 and 20 people were injured.\n", None, 10, 20),
    ("The company cut 4,300 jobs.\n", 4300, 4300, 4300),
    ("Police arrested about 200 protesters.\n", 200, None, None),
])
def test_figures_table(extract, text, value, low, high) -> None:
    figures = extract(text, "figures", published=PUBLISHED).figures
    assert len(figures) == 1
    (figure,) = figures
    assert figure.value == value
    if low is not None or high is not None or value is None:
        assert (figure.low, figure.high) == (low, high)


@pytest.mark.parametrize("text", [
    "The meeting starts at 1800 GMT.\n",     # a clock time
    "She was born in 1962.\n",               # a year
])
def test_figures_none(extract, text) -> None:
    assert extract(text, "figures", published=PUBLISHED).figures == ()


# -- events ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "type_", "actor", "target"), [
    ("Russia attacked Ukraine on Sunday.\n", "ASSAULT", "Russia", "Ukraine"),
    ("Germany sent weapons to Ukraine.\n", "AID", "Germany", "Ukraine"),
    ("Iran threatened Israel with retaliation.\n", "THREATEN", "Iran", "Israel"),
    ("Vladimir Putin met Kim Jong Un in Pyongyang.\n", "CONSULT", "Vladimir Putin", "Kim Jong Un"),
])
def test_events_table(extract, text, type_, actor, target) -> None:
    analysis = extract(text, "events", published=PUBLISHED)
    names = _names(analysis)
    found = {(e.type, names.get(e.actor or ""), names.get(e.target or "")) for e in analysis.events}
    assert (type_, actor, target) in found
