"""The extractor contract: one shape, a declared order, parts written once (issue 11)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from hearsay.extract import EXTRACTORS, Analysis
from hearsay.extract.context import PARTS, PartAlreadySet, source_of
from hearsay.extract.zones import find_zones
from hearsay.ingest.readers import make_article
from hearsay.model import Statement
from hearsay.nlp.parser import parse_texts

TEXT = ("Sergei Ivanov, the defence minister, said on Monday that 1,200 soldiers had been sent to the border, "
        "Tass reported.\nRussia attacked Ukraine on Sunday, killing 14 people.\n")


def test_pipeline_every_part_is_added_by_exactly_one_step() -> None:
    assert sorted(step.adds for step in EXTRACTORS) == sorted(PARTS)


def test_pipeline_a_step_reads_only_parts_added_before_it() -> None:
    added: set[str] = set()
    for step in EXTRACTORS:
        assert set(step.reads) <= added, step.adds
        added.add(step.adds)


def test_pipeline_steps_read_no_more_than_they_declare(settings, nlp) -> None:
    """Run each step on an analysis holding only the parts it declares: an undeclared read fails."""
    article = make_article(text=TEXT, origin="<test>", published=date(2024, 3, 4))
    full = Analysis(article, settings, find_zones(article.text, article))
    for step in EXTRACTORS:
        (doc,) = parse_texts([article.text], settings)
        alone = Analysis(article, settings, full.zones)
        for part in step.reads:
            getattr(alone, "set_" + part)(getattr(full, part))
        step.run(doc, alone)  # raises RuntimeError on a part it did not declare
        (doc,) = parse_texts([article.text], settings)
        step.run(doc, full)
    assert full.statements and full.figures and full.events


def test_pipeline_reading_a_part_before_its_step_fails(settings) -> None:
    article = make_article(text="Nothing here.\n", origin="<test>")
    analysis = Analysis(article, settings, find_zones(article.text, article))
    with pytest.raises(RuntimeError, match="has not run yet"):
        _ = analysis.statements


def test_pipeline_a_part_is_written_once(settings) -> None:
    article = make_article(text="Nothing here.\n", origin="<test>")
    analysis = Analysis(article, settings, find_zones(article.text, article))
    analysis.set_times([])
    with pytest.raises(PartAlreadySet):
        analysis.set_times([])


_BASE = Statement(id="s1", kind="indirect", content="x", start=0, end=1, speaker="e1", speaker_text="he",
                  cue="said", cue_start=0, cue_end=0, via=())


@pytest.mark.parametrize(("speaker", "via", "expected"), [
    ("e1", (), "e1"),            # nobody relays it: the speaker
    ("e1", ("e2",), "e2"),       # "…, Tass reported": the relaying outlet
    (None, ("e2",), "e2"),       # only the outlet is known
    (None, (), None),            # nobody
])
def test_pipeline_source_of_takes_the_relay_before_the_speaker(speaker, via, expected) -> None:
    assert source_of(replace(_BASE, speaker=speaker, via=via)) == expected
    assert source_of(None) is None
