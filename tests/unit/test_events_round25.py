"""Issue 15 round 25: the events-wide15 blind misses by mechanism (docs/events.md, "Issue 15, round 25").

* declining an offer, request, invitation or resignation is REJECT ("declined his offer to resign");
* recommending, with a clause, that someone act is a request (REQUEST);
* calling something "null and void", "illegal", "unacceptable" is criticism (ACCUSE ``disapprove``), as calling it a
  "sham" already was;
* a warning addressed to the general public ("police warned people to stay inside") is a safety advisory, not a
  threat (no THREATEN).

Sources: English Wikinews 2020 via vanatteveldt/wikinews (CC BY 2.5) for the events-wide15 lines; the guards are
written for this test. Guards (cases that must stay as they are, and pass on main's code too) are marked.
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
    # events-wide15 W15-wn2020-012-s0 (gold REJECT): main coded only the offer's hypothetical RETREAT
    ("Yesterday, Ukrainian President Volodymyr Zelensky declined Prime Minister Oleksiy Honcharuk's offer to resign "
     "after the leak of an audio recording.", "REJECT", "declined"),
    ("The minister declined an invitation to the summit.", "REJECT", "declined"),
    # events-wide15 W15-wn2020-003-s4 (gold REQUEST): main coded the troops' hypothetical withdrawal (RETREAT)
    ("NPR reported Adil Abdul-Mahdi, the caretaker Prime Minister, recommended the United States troops in Iraq "
     "withdraw.", "REQUEST", "recommended"),
    # events-wide15 W15-wn2020-006-s3 (gold ACCUSE): main gave no event
    ("He also commented on the Turkish-Libyan maritime border agreement, calling it \"null and void\" and "
     "\"geographically ridiculous\".", "ACCUSE", "calling"),
    ("The opposition called the election illegal.", "ACCUSE", "called"),
])
def test_events_round25_rule_finds(text, etype, trigger, settings):
    assert (etype, trigger) in _events(text, settings)


def test_events_round25_warning_to_public_is_no_threat(settings):
    # events-wide15 W15-wn2020-005-s9 (gold NONE): main coded THREATEN on "warned"
    text = ("The airport and nearby hotel were both evacuated and local police warned people in the general vicinity "
            "to stay inside and close exterior vents and windows.")
    assert ("THREATEN", "warned") not in _events(text, settings)


@pytest.mark.parametrize("text, etype, trigger", [
    # guards: a warning to a party, praise, a declined invitation to act, a threat word are unchanged
    ("The army warned the rebels against any attack on the city.", "THREATEN", "warned"),
    ("The mayor called the mechanic a hero.", "SUPPORT", "called"),
    ("The president called the protesters traitors.", "ACCUSE", "called"),
    ("The government rejected the offer.", "REJECT", "rejected"),
])
def test_events_round25_guards(text, etype, trigger, settings):
    assert (etype, trigger) in _events(text, settings)
