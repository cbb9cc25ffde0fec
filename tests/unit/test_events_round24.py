"""Issue 15 round 24: false events on lines with no party behind the trigger, pooled from the ``NONE`` lines of
every events article set (docs/events.md, "Issue 15, round 24").

* an event noun with neither actor nor recipient, named by a noun compound, in a sentence that names no person,
  organisation, people, country, role noun, personal pronoun, named possessor or counted subject, is no event: a
  car's "collision warning", an index's "late session rally".

Sources: article-extraction-benchmark (MIT) for the events-wide14 lines; MEANTIME (Wikinews, CC BY 4.0) for the
events-wide6 line; ECB+ (CC BY 3.0) for the consular-assistance guard; the other guards are written for this
test. Guards (cases that must stay as they are) are marked.
"""

from __future__ import annotations

import dataclasses

import pytest


def _events(text, settings):
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    rec = analyze(make_article(text=text, origin="<test>"), dataclasses.replace(settings, events_require_dyad=False))
    return [(v.type, v.trigger) for v in rec.events]


@pytest.mark.parametrize("text, etype, trigger", [
    # events-wide14 W14-aeb-3cb5e2f46626-s30 (gold NONE: car features)
    ("These include 10 airbags, rear door alert, intelligent forward collision warning, as well as intelligent "
     "driver awareness.", "THREATEN", "warning"),
    # events-wide6 W6-mt-115711-s8 (gold NONE: a stock-market rally)
    ("Before a late session rally , the index was trading below 11,000 points , which has not occurred since 2004 .",
     "PROTEST", "rally"),
])
def test_events_round24_noun_without_party_is_no_event(text, etype, trigger, settings):
    assert (etype, trigger) not in _events(text, settings)


@pytest.mark.parametrize("text, etype, trigger", [
    # guards: a noun event whose sentence names a party, a place with a country or a role noun is kept
    ("Protests erupted in Cairo on Friday.", "PROTEST", "Protests"),
    ("A bomb attack killed three soldiers.", "ASSAULT", "attack"),
    ("The rally drew police to the square.", "PROTEST", "rally"),
    # events-wide6 W6-ecb-23_10ecbplus-s18 (ECB+, CC BY 3.0; gold AID): a personal pronoun is a party
    ("We are providing consular assistance at this time.", "AID", "assistance"),
])
def test_events_round24_noun_with_party_kept(text, etype, trigger, settings):
    assert (etype, trigger) in _events(text, settings)
