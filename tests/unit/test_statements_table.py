"""The statements extractor on a table of sentence -> expected result, run alone (issue 11; see the ``extract`` fixture)."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 6)  # a Wednesday


def _names(analysis) -> dict[str, str]:
    return {e.id: e.name for e in analysis.entities.freeze()}


@pytest.mark.parametrize(("text", "speaker", "kind", "content"), [
    ("Maria Lopez said that the factory would hire 300 workers.\n", "Maria Lopez", "indirect",
     "the factory would hire 300 workers"),
    # a direct quote's content is everything inside the marks (the founding gold's convention)
    ("“We will not retreat,” said John Carter.\n", "John Carter", "direct", "We will not retreat,"),
    ("According to the United Nations, aid has not arrived.\n", "United Nations", "indirect",
     "aid has not arrived"),
    ("John Carter warned that prices would rise.\n", "John Carter", "indirect", "prices would rise"),
    # a title with an apposed name NER missed: the person, not the title (issue 14 speaker errors)
    ("“We are close to a deal,” the Spanish finance minister, Ana Ruiz, told reporters.\n", "Ana Ruiz", "direct",
     "We are close to a deal,"),
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
