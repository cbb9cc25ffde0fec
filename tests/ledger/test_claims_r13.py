"""Round 13 of issue 13: the false classes of series sample 12 (benchmarks/labels/series-points-r12.jsonl).

Sentences are quoted from the corpus articles the sample drew them from: ECB+ (Cybulska and Vossen 2014, CC BY 3.0)
and MEANTIME / Wikinews (CC BY 4.0); the article is named in each row. Rows marked "written" were written for the test.
Expected values were worked out by reading each sentence.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from hearsay.ledger.series import supported_subject
from hearsay.ledger.variables import variable_of

from ._records import make_record
from .test_claims_variables import fig

QESHM = ("Qeshm, a 1, 500 - square - kilometer island off the coast southwest of Bandar Abbas and 1, 500 kilometers "
         "south of Tehran, has a population of more than 100, 000.")  # ecb-20_2ecbplus, ecb-20_5ecbplus
JONES = ("Jones was injured in the first quarter two Sundays ago at Pittsburgh in his first game after a six-week "
         "suspension for violating the league's personal conduct policy.")  # ecb-29_2ecb, ecb-29_11ecb
ZARAND = ("The last major quake to hit southern Iran was in February, when a magnitude - 6. 4 temblor rocked Zarand, a "
          "town of about 15, 000 people in Kerman province 602 miles southeast of Tehran.")  # ecb-20_3ecbplus
FTSE = ("As of 14:48 UTC, the primary UK index, the FTSE 100, dropped in value by 6.50% (323.65 points) to a point even "
        "further below the 5000 mark at 4656.60.")  # meantime-114565
FORD = ("Ford's profits equate to 26 cents per share, a large difference to the 12 cent per share lost that had been "
        "anticipated by most economic analysts.")  # meantime-143300


@pytest.mark.parametrize(("text", "span", "quantity", "value", "unit", "label", "why"), [
    # a distance's place is the point it is measured from
    (QESHM, "1, 500 kilometers", "distance", 1500, "km", "distance in Tehran (km)", "ecb-20_2ecbplus: south of Tehran"),
    (ZARAND, "602 miles", "distance", 602, "mi", "distance in Tehran (mi)", "ecb-20_3ecbplus: southeast of Tehran"),
    ("The plane flew 1,500 kilometers in three hours.", "1,500 kilometers", "distance", 1500, "km", "distance (km)",
     "written guard: a distance from no named place"),
    ("Gibe, which was 13 nautical miles from the Indian warship at that point in time.", "13 nautical miles", "distance", 13,
     "nmi", "distance (nmi)", "ecb-12_5ecb: 'the Indian warship' is no place"),
    ("The ship was 40 miles south of the Red Sea port, officials said.", "40 miles", "distance", 40, "mi", "distance (mi)",
     "written: 'the Red Sea port' modifies the port"),
    ("The epicentre was 60km away in Iran.", "60km", "distance", 60, "km", "distance in Iran (km)",
     "written guard: with no reference point the place named after the distance stays"),
    # a game's quarter is a period of play
    (JONES, "six-week suspension", "suspension", 6, "weeks", "suspension (weeks)", "ecb-29_2ecb: the first quarter of a game"),
    ("In the first quarter, GM had reported a loss of $381 million.", "$381 million", "loss", 381e6, "USD",
     "loss [per quarter] (USD)", "written guard: a company's quarter stays per quarter"),
    # a recalled quake's magnitude is that quake's
    (ZARAND, "6. 4", "temblor", 6.4, None, "?", "ecb-20_3ecbplus: the last quake before this one"),
    ("A magnitude - 5. 9 earthquake rocked Qeshm island on Sunday.", "5. 9", "earthquake", 5.9, None, "magnitude",
     "written guard: the reported quake"),
])
def test_round13_variables(text: str, span: str, quantity: str, value: float, unit: str | None, label: str,
                           why: str) -> None:
    assert variable_of(fig(text, span, quantity, value=value, unit=unit), text).label == label, why


@hsettings(max_examples=30, deadline=None)
@given(st.sampled_from(["north", "south", "east", "west", "northeast", "southwest", "northwestern"]),
       st.sampled_from(["Tehran", "Bandar Abbas", "the Red Sea", "Aden"]), st.integers(2, 9000))
def test_round13_property_a_distance_is_placed_at_its_reference_point(direction: str, place: str, n: int) -> None:
    text = f"The island lies {n} kilometers {direction} of {place}, officials said."
    var = variable_of(fig(text, f"{n} kilometers", "distance", value=n, unit="km"), text)
    assert var.place == place.removeprefix("the ")


UK = {"name": "United Kingdom", "type": "GPE", "mention": "UK"}
IRAN = {"name": "Bandar Abbas", "type": "GPE"}


@pytest.mark.parametrize(("text", "entity", "span", "quantity", "unit", "kept", "why"), [
    (QESHM, IRAN, "1, 500 kilometers", "distance", "km", False, "ecb-20_2ecbplus: no place owns a distance"),
    (FTSE, UK, "323.65 points", "index dropped", "points", False, "meantime-114565: the FTSE 100 fell, not the UK"),
    ("The UK economy grew 2% in the quarter, the statistics office said.", UK, "2%", "economy", "%", True,
     "written guard: the UK's own economy"),
])
def test_round13_subject(text: str, entity: dict[str, str], span: str, quantity: str, unit: str, kept: bool,
                         why: str) -> None:
    rec = make_record(text, "2009-01-01", "wire", entities=[entity],
                      figures=[{"text": span, "value": 1, "low": 1, "high": 1, "quantity": quantity, "unit": unit,
                                "subject": "e1"}])
    f = rec.figures[0]
    assert (supported_subject(rec, f, variable_of(f, text).measure) is not None) is kept, why


@pytest.mark.model
@pytest.mark.parametrize(("text", "span", "quantity", "why"), [
    (FORD, "26 cents", "profits per share", "meantime-143300: the profits' sum per share"),
    ("Analysts expect a loss of 12 cents per share for the quarter.", "12 cents", "loss per share",
     "written: the noun the 'of' phrase hangs from"),
    ("The company sold the shares for $5 per share.", "$5", "price per share", "written guard: a sale's price"),
])
def test_round13_a_sum_per_share_that_earnings_own(settings, text: str, span: str, quantity: str, why: str) -> None:  # type: ignore[no-untyped-def]
    from hearsay.pipeline import analyze_text

    found = analyze_text(text, settings, published=date(2008, 10, 10)).figures
    assert next(f for f in found if f.text == span).quantity == quantity, why
