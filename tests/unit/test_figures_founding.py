"""Figures on the founding article and on hand-built sentences (issue 4)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _by_text(record):
    return {f.text: f for f in record.figures}


def test_figures_founding_article_has_the_five_annotated_intervals(founding_record, founding_gold):
    figs = list(founding_record.figures)
    assert len(figs) == len(founding_gold["figures"])
    for g in founding_gold["figures"]:
        match = [f for f in figs if set(g["text"].lower().split()) & set(f.text.lower().split()) and f.low == g["low"] and f.high == g["high"]]
        assert match, g["text"]


def test_figures_founding_subjects_and_as_of(founding_record):
    names = {e.id: e.name for e in founding_record.entities}
    figs = _by_text(founding_record)
    assert names[figs["11,000 troops"].subject] == "North Korea"
    assert figs["11,000 troops"].as_of == "2024"
    assert figs["more than 15,000"].as_of == "2025-04"
    assert figs["more than 15,000"].low_inclusive is False
    assert figs["as many as 1,000"].quantity == "killed"
    assert figs["thousands more"].quantity == "wounded"
    assert figs["as many as 1,000"].as_of == "2025-01"
    pantsir = next(f for f in founding_record.figures if f.text.startswith("at least one"))
    assert names[pantsir.subject] == "Russia"


def test_figures_founding_bio_numbers_are_rejected(founding_record):
    assert not any("3,200" in f.text for f in founding_record.figures)
    reasons = {r.text: r.reason for r in founding_record.rejected if r.kind == "figure"}
    assert "bio" in reasons["over 3,200"]


def test_figures_founding_offsets_and_ids(founding_record):
    text = founding_record.article.text
    assert [f.id for f in founding_record.figures] == [f"f{i}" for i in range(1, len(founding_record.figures) + 1)]
    for f in founding_record.figures:
        assert text[f.start:f.end] == f.text


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("The XIII International Meeting opened in 2024 with Flight 447 remembered.", None),
        ("Call the office on 555-123-4567 for details.", "phone number"),
        ("Talks between the two countries resumed.", "definite back-reference"),
    ],
)
def test_figures_non_claims_are_not_figures(nlp, settings, sentence, reason):
    from hearsay.extract.entities.mentions import find_entities
    from hearsay.extract.figures.amounts import find_figures
    from hearsay.extract.zones import find_zones

    doc = nlp(sentence)
    zones = find_zones(sentence)
    figures, rejected = find_figures(doc, find_entities(doc, zones, settings), [], [], zones, settings)
    assert figures == []
    if reason:
        assert any(reason in r.reason for r in rejected)


def test_figures_find_figures_reads_number_words_the_tagger_cut_off(nlp, settings):
    from datetime import date

    from hearsay.extract.times.expressions import find_times
    from hearsay.extract.entities.mentions import find_entities
    from hearsay.extract.figures.amounts import find_figures
    from hearsay.extract.zones import find_zones

    text = "The population is 3 million and a half. Between 10 and 20 people were killed, and x>10 held."
    doc = nlp(text)
    zones = find_zones(text)
    times = find_times(doc, date(2025, 5, 30), zones, settings)
    figs = {f.text: f for f in find_figures(doc, find_entities(doc, zones, settings), [], times, zones, settings)[0]}
    assert any(f.value == 3_500_000 for f in figs.values())
    ranged = [f for f in figs.values() if (f.low, f.high) == (10, 20)]
    assert ranged and ranged[0].text.startswith("Between 10 and 20")
    assert any(f.low == 10 and f.high is None and not f.low_inclusive for f in figs.values())


def test_figures_year_like_counts_are_figures_not_years(nlp, settings):
    from datetime import date

    from hearsay.extract.times.expressions import find_times
    from hearsay.extract.entities.mentions import find_entities
    from hearsay.extract.figures.amounts import find_figures
    from hearsay.extract.zones import find_zones

    text = "More than 2000 people were arrested. The number is above 1000 and below 1500."
    doc = nlp(text)
    zones = find_zones(text)
    times = find_times(doc, date(2025, 5, 30), zones, settings)
    figs = find_figures(doc, find_entities(doc, zones, settings), [], times, zones, settings)[0]
    assert [(f.low, f.high) for f in figs] == [(2000, None), (1000, 1500)]
