"""Round 14 of issue 13: offers, an undated article's stated date, quakes' magnitudes and reference points.

Sentences are quoted from the corpus articles named in each row: ECB+ (Cybulska and Vossen 2014, CC BY 3.0) and
re3d (Dstl, Open Government Licence v3.0). Rows marked "written" were written for the test. Expected values were
worked out by reading each sentence.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from hearsay.ledger.series import supported_subject
from hearsay.ledger.stories import dateline
from hearsay.ledger import variables as ledger_variables
from hearsay.ledger.variables import variable_of
from hearsay.model import Record, TimeExpr

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import make_record
from .claims_check import saved_pairs as _pairs
from .test_claims_variables import fig

PATRICK = ("Dan Patrick reported on his show on AM 570 that the Boston Red Sox have made first baseman Mark Teixeira an "
           "eight - year, $200 million offer.")  # ecb-10_13ecbplus
LYNCH = ("Lynch reported the Red Sox team of owner John Henry, COO Larry Lucchino and General Manager Theo Epstein offered "
         "Teixeira, 28, an eight - year deal worth $184 million or $23 million per season.")  # ecb-10_4ecbplus
BORAS = ("It was then that agent Scott Boras countered by asking for an eight - year contract worth $200 million, sources "
         "said.")  # ecb-10_4ecbplus
OFFERS = ("If so, that blows the reported eight - year, $160 million offers by the Angels and the Washington Nationals out "
          "of the water.")  # ecb-10_13ecbplus
OFFERING = ('Patrick said Monday morning: "If it\'s true they\'re offering $200 million to a career. 290 hitter, it\'ll be '
            'interesting to see what the Angels do. "')  # ecb-10_13ecbplus
BRAND = ("They signed Elton Brand to a five-year deal worth nearly $80 million last summer, but they have struggled with him "
         "in the lineup and have lost eight of 10.")  # ecb-5_2ecb
NATIONALS = "ESPN is reporting that the Nationals have offered Mark Teixeira an 8 - year, $160 million contract."  # ecb-10_19ecbplus
HUNTER = ("According to a report in the Los Angeles Times, the Angels have made an offer to the free agent first baseman that "
          "would be the biggest contract in the history of the franchise, surpassing the $90 million deal they gave to Torii "
          "Hunter last season.")  # ecb-10_7ecb
SIXERS = ("Stefanski expected more from a team that had signed free agent Elton Brand to an $82 million deal and re-signed "
          "core players Iguodala and Williams for $80 million and $25 million, respectively.")  # ecb-5_4ecb (shortened)


@pytest.mark.parametrize(("text", "span", "quantity", "value", "label", "why"), [
    (PATRICK, "$200 million offer", "offer", 200e6, "offer (USD)", "ecb-10_13ecbplus: the offer noun"),
    (LYNCH, "$184 million", "eight - year deal", 184e6, "offer (USD)", "ecb-10_4ecbplus: a deal the Red Sox offered"),
    (OFFERS, "$160 million offers", "offers", 160e6, "offer (USD)", "ecb-10_13ecbplus: the plural"),
    (OFFERING, "$200 million", "offered", 200e6, "offer (USD)", "ecb-10_13ecbplus: the verb"),
    (BORAS, "$200 million", "eight - year contract", 200e6, "contract (USD)",
     "ecb-10_4ecbplus guard: the agent's ask is no offer; the term is no part of the measure"),
    (BRAND, "nearly $80 million", "five-year deal", 80e6, "deal (USD)", "ecb-5_2ecb: a signed deal, its term dropped"),
    (SIXERS, "$82 million deal", "deal", 82e6, "deal (USD)", "ecb-5_4ecb guard: a signed deal stays a deal"),
    (NATIONALS, "$160 million contract", "contract", 160e6, "offer (USD)", "ecb-10_19ecbplus: a contract offered"),
    (HUNTER, "$90 million deal", "deal", 90e6, "deal (USD)",
     "ecb-10_7ecb guard: the offer verb's clause ends before another's deal"),
    (LYNCH, "$23 million", "eight - year deal", 23e6, "offer [per season] (USD)", "ecb-10_4ecbplus: the season's sum"),
])
def test_round14_offer_variable(text: str, span: str, quantity: str, value: float, label: str, why: str) -> None:
    assert variable_of(fig(text, span, quantity, value=value, unit="USD"), text).label == label, why


@hsettings(max_examples=40, deadline=None)
@given(st.sampled_from(["offer", "offers", "offered", "bid", "bids", "deal", "contract"]),
       st.sampled_from(["", "five-year ", "eight - year ", "two-season "]),
       st.sampled_from(["offered him", "made", "signed him to", "agreed"]))
def test_round14_property_offer_measure(noun: str, term: str, verb: str) -> None:
    measure = ledger_variables.offer_measure(term + noun if noun in ("deal", "contract") else noun, f"The club {verb} ")
    if noun in ("deal", "contract"):
        assert measure == ("offer" if verb.startswith("offered") else noun)  # the term never stays
    else:
        assert measure == "offer"


# -- an undated article's stated date (ledger/stories.py) --------------------------------------------------------------

def test_round14_a_labelled_publication_line_is_a_dateline() -> None:
    # ecb-20_7ecbplus: seven words besides the dates, once too many for a bare date line
    text = ("http: / / www. cbc. ca / news / world / strong - quake - hits - southern - iran - 1. 563290\n"
            "Posted: Nov 27, 2005 8: 20 AM ET Last Updated: Nov 27, 2005 8: 10 PM ET\n"
            "An earthquake with a magnitude of at least 5. 9 hit southern Iran on Sunday, killing at least 10 people.")
    assert dateline(text) == date(2005, 11, 27)


def test_round14_a_labelled_line_after_a_summary_of_lines() -> None:
    # ecb-32_2ecbplus: the stamp stands on the seventh line, under a headline and four summary lines
    lines = ["http: / / www. dailymail. co. uk / news / article - 2338439 / x. html",
             "Son suspected of killing mother and sister 'had begged to stay locked up in mental hospital'",
             "John Jenkin, 23, released from secure mental hospital against his wishes",
             "His sister Katie Jenkin, 20, and mother Alice McMeekin, 58, were found dead in a home in Millom, Cumbria",
             "Relative said he had history of mental health problems",
             "Police not searching for any other suspects in connection with double murders",
             "PUBLISHED: 16: 05 GMT, 9 June 2013 | UPDATED: 06: 55 GMT, 10 June 2013",
             "A man said to have been released from a mental hospital is suspected of killing his mother and sister."]
    assert dateline("\n".join(lines)) == date(2013, 6, 9)
    assert dateline("\n".join(lines[:6] + ["A stabbing on 9 June 2013 left two dead in Millom, police said."])) is None


QESHM = {"name": "Qeshm", "type": "GPE"}
IRAN = {"name": "Iran", "type": "GPE", "ids": {"iso3": "IRN"}}


def _quake(body: str, published: str | None, source: str, toll: tuple[str, float], times: list[tuple[str, str]]) -> Record:
    rec = make_record(body, published, source, entities=[QESHM, IRAN],
                      figures=[{"text": toll[0], "value": toll[1], "low": toll[1], "high": toll[1], "quantity": "killed"}])
    found = [TimeExpr(id=f"t{i}", text=t, start=body.index(t), end=body.index(t) + len(t), type="DATE", value=v)
             for i, (t, v) in enumerate(times, 1)]
    return dataclasses.replace(rec, times=tuple(found))


WIRE = ("Quake on Qeshm\nAn earthquake struck the island of Qeshm in Iran on Sunday, killing 10 people and flattening "
        "mud-brick homes in several villages near the port, officials said.")
STATED = ("Quake hits Qeshm island\nA strong earthquake struck Qeshm in Iran on Sunday, November 27, 2005, and three "
          "people were killed in villages near the port, officials said, as mud-brick homes collapsed.")


def test_round14_the_lead_dates_an_undated_report(ledger_store) -> None:  # type: ignore[no-untyped-def]
    # written after ecb-19_1ecb ("Fresh riots were reported in Greece on Saturday December 13 2008 in protest at ...")
    found = _pairs(ledger_store, _quake(WIRE, "2005-11-27", "wire", ("10 people", 10), []),
                   _quake(STATED, None, "daily", ("three people", 3), [("Sunday, November 27, 2005", "2005-11-27")]))
    assert len(found) == 1 and found[0]["period"] == "2005-11-27"


@pytest.mark.parametrize(("lead", "times", "why"), [
    ("A strong earthquake struck Qeshm in Iran on Sunday, and three people were killed in villages near the port, "
     "officials said, as mud-brick homes collapsed.", [("Sunday", "XXXX-WXX-7")], "written guard: a weekday, no date"),
    ("A strong earthquake struck Qeshm in Iran on Sunday and three people were killed near the port, where the last "
     "quake struck on November 27, 2005, officials said.", [("Sunday", "XXXX-WXX-7"), ("November 27, 2005", "2005-11-27")],
     "written after ecb-3_4ecb ('was sentenced Saturday morning ... for the crimes he committed on March 11, 2005')"),
    ("Three people were killed on Qeshm in Iran, where a port built since November 27, 2005 was flattened, officials "
     "said, as mud-brick homes collapsed.", [("November 27, 2005", "2005-11-27")], "written guard: the start of a span"),
    ("Three people were killed on Qeshm in Iran (a port founded on November 27, 2005) as mud-brick homes collapsed, "
     "officials said.", [("November 27, 2005", "2005-11-27")],
     "written after re3d-76F75D985AD7 ('(...; died 4 February 2015)'): a bracketed aside"),
])
def test_round14_a_lead_date_that_is_not_the_report_s(ledger_store, lead: str, times: list[tuple[str, str]],  # type: ignore[no-untyped-def]
                                                      why: str) -> None:
    other = "Quake hits Qeshm island\n" + lead
    assert _pairs(ledger_store, _quake(WIRE, "2005-11-27", "wire", ("10 people", 10), []),
                  _quake(other, None, "daily", ("three people" if "three" in lead else "Three people", 3), times)) == [], why


# -- a quake's magnitude and a distance's reference point (round 13's leftovers) -----------------------------------

QUAKE = ("A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five people and damaging "
         "buildings, Iranian media said.")  # ecb-20_1ecb


def test_round14_a_magnitude_is_the_quake_s_not_the_place_s() -> None:
    rec = make_record(QUAKE, "2008-09-10", "wire", entities=[IRAN],
                      figures=[{"text": "5.6 magnitude", "value": 5.6, "low": 5.6, "high": 5.6, "quantity": "magnitude",
                                "subject": "e1"}])
    f = rec.figures[0]
    var = variable_of(f, QUAKE)
    assert var.label == "magnitude"
    assert supported_subject(rec, f, var.measure) is None


def test_round14_a_toll_keeps_its_place() -> None:  # guard: the same sentence's toll is still Iran's
    rec = make_record(QUAKE, "2008-09-10", "wire", entities=[IRAN],
                      figures=[{"text": "five people", "value": 5, "low": 5, "high": 5, "quantity": "injured", "subject": "e1"}])
    f = rec.figures[0]
    assert supported_subject(rec, f, variable_of(f, QUAKE).measure) == "e1"


@pytest.mark.parametrize(("text", "span", "unit", "label", "why"), [
    ("The tanker was seized 200 miles off the Somali coast on Tuesday.", "200 miles", "mi", "distance in Somalia (mi)",
     "written: a country's adjective before its coast"),
    ("The camp lies 5 km from the Iranian border.", "5 km", "km", "distance in Iran (km)", "written: before its border"),
    ("Gibe, which was 13 nautical miles from the Indian warship at that point in time.", "13 nautical miles", "nmi",
     "distance (nmi)", "ecb-12_5ecb guard: a ship is no place"),
    ("The ship sank 20 miles off Aden, the coastguard said.", "20 miles", "mi", "distance in Aden (mi)",
     "written: 'off' a place measures from it"),
])
def test_round14_reference_points(text: str, span: str, unit: str, label: str, why: str) -> None:
    assert variable_of(fig(text, span, "distance", value=1, unit=unit), text).label == label, why


# -- series sample 13's false classes (benchmarks/labels/series-points-r14.jsonl) ------------------------------------

HILLER = ('Janice Leader, a 911 dispatcher, told reporters Friday that Hiller called 911, saying "I\'m the one you\'re '
          'looking for" and reporting that she had been harassed at work.')  # ecb-22_12ecbplus
CALLED = "Eyewitness News spoke to one man who says he called 911 after he heard a crash."  # ecb-21_2ecbplus
CREIGHTON = ("Artino’ s putback on the next possession put Creighton up 47 - 42 but VanDeest’ s basket pulled Drake back "
             "within three.")  # ecb-31_7ecbplus


@pytest.mark.parametrize(("text", "span", "quantity", "value", "kind", "why"), [
    (HILLER, "911", "dispatcher", 911, "not a count: a telephone number", "ecb-22_12ecbplus: 'a 911 dispatcher'"),
    (CALLED, "911", "man", 911, "not a count: a telephone number", "ecb-21_2ecbplus: 'called 911'"),
    ("Police said 911 people were arrested in the city.", "911 people", "arrested", 911, "count",
     "written guard: 911 people are a count"),
    (CREIGHTON, "47", "basket", 47, "not a count: a score", "ecb-31_7ecbplus: 'up 47 - 42', the first half"),
    (CREIGHTON, "42", "basket", 42, "not a count: a score", "ecb-31_7ecbplus: the second half"),
    ("Shares of the bank were up 5 - 10% in early trade.", "5", "shares", 5, "count",
     "written guard: a range of percents after 'up' is no score"),
])
def test_round14_numbers_that_count_nothing(text: str, span: str, quantity: str, value: float, kind: str, why: str) -> None:
    assert variable_of(fig(text, span, quantity, value=value), text).kind == kind, why


@hsettings(max_examples=30, deadline=None)
@given(st.sampled_from(["called", "dialled", "dialed", "phoned"]), st.sampled_from(["911", "999", "112"]))
def test_round14_property_a_dialled_emergency_number_is_no_count(verb: str, number: str) -> None:
    text = f"A neighbour {verb} {number} when she heard the shots, police said."
    assert variable_of(fig(text, number, "neighbour", value=int(number)), text).kind == "not a count: a telephone number"
