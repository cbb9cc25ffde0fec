"""Series points filed under the wrong subject that rounds 9-10 left (issue 13, round 11).

Sentences are quoted from MEANTIME / Wikinews articles (CC BY 4.0), ECB+ dev articles (CC BY 3.0) and re3d's CENTCOM
releases (US Government public domain); the document is named in each row. Rows marked "written" were written for the
test, after the shape of a news page of the article-extraction benchmark (whose pages are the outlets' own). The
expected subjects were worked out by reading each sentence.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings as hsettings, strategies as st


def _subject(text: str, figure: str, settings) -> str | None:  # type: ignore[no-untyped-def]
    from hearsay.pipeline import analyze_text

    record = analyze_text(text, settings, published=date(2016, 10, 20))
    names = {e.id: e.name for e in record.entities}
    found = [f for f in record.figures if f.text == figure]
    assert found, f"no figure {figure!r} in {[f.text for f in record.figures]}"
    fig = found[0]
    return names.get(fig.subject) if fig.subject else None


BOEING = ("Boeing now has a total of 237 orders and commitments for the 787. The Boeing 787, or Dreamliner, is a "
          "mid-sized passenger airliner currently under development by Boeing Commercial Airplanes and scheduled to "
          "enter service in 2008.")
IDLIB = ("A series of precision U.S. airstrikes against al-Qaida operatives this week in northwestern Syria's Idlib "
         "province killed more than {n} militants and destroyed eight vehicles and nine structures, Pentagon Press "
         "Secretary Peter Cook told reporters today.")
RIFLES = ("During the operation, six AK - 47 rifles, 12 magazines and about 300 rounds of ammunition were found and "
          "confiscated, \" the officer said.")


@pytest.mark.parametrize(("text", "figure", "subject", "why"), [
    # a bare model number the article names as a model elsewhere is a programme, not the maker's own count
    (BOEING, "237 orders", None, "meantime-8983: the 787's orders ('The Boeing 787' names the model)"),
    ("Boeing now has a total of 237 orders and commitments this year.", "237 orders", "Boeing",
     "written guard: no model, Boeing's own orders"),
    # a toll whose subject is the inflicting side while a locative names where it fell
    (IDLIB.format(n=20), "more than 20 militants", "Syria", "re3d centcom 76957901E427: the strikes' toll in Syria"),
    (IDLIB.format(n=20), "eight vehicles", "United States", "re3d centcom: a count of what was destroyed is no toll"),
    ("U.S. airstrikes killed 20 militants on Tuesday.", "20 militants", "United States",
     "written guard: no place named, the subject stays"),
    ("An earthquake in Iran killed 20 people.", "20 people", "Iran", "written guard: the place is the subject's own"),
    # a model modifying a common noun says which kind, it owns nothing
    (RIFLES, "12 magazines", None, "ecb-12_8ecbplus: the magazines are no count of the AK-47"),
    (RIFLES, "six", None, "ecb-12_8ecbplus: six rifles of that model"),
    # a clause with its own named subject the linker does not know is not about the conjoined clause's subject
    ("U.S. crude fell 3.38% to $55.12 per barrel and Brent LCOc1 was last at $60.73, down 2.74% on the day.", "$60.73",
     None, "written: Brent's price, not the United States'"),
    ("Ford's sales rose 5% and profit fell 3% in the quarter.", "3%", "Ford", "written guard: no subject of its own"),
    # the maker's possessive over a named product: the product's price
    ("Apple's latest iPad Pro drops to $799 at Amazon.", "$799", "iPad Pro", "written: the iPad Pro's price"),
    ("Apple's shares rose 5% to $373.72 on Monday.", "$373.72", "Apple", "written guard: Apple's own shares"),
    ("Health authorities in China's Inner Mongolia have confirmed a third case after two people contracted it in "
     "Beijing.", "two people", "China", "written guard: a place inside a place keeps the outer one"),
    # guard of the model rule: a name before its own class noun names the index itself
    ("It dropped in value by 10.12%, while the affiliated Merval 25 index dropped by nearly as much, 10.03%.",
     "10.03%", "Merval 25", "meantime-114565: the Merval 25's own fall"),
])
def test_figures_claims_r11_subject(text: str, figure: str, subject: str | None, why: str, settings) -> None:  # type: ignore[no-untyped-def]
    assert _subject(text, figure, settings) == subject, why


@hsettings(max_examples=20)
@given(n=st.integers(min_value=2, max_value=900))
def test_the_strikes_toll_falls_where_they_struck_whatever_its_size(n: int, settings) -> None:  # type: ignore[no-untyped-def]
    # re3d centcom 76957901E427 with the toll varied: the count never decides where the toll fell
    from hearsay.pipeline import analyze_text

    record = analyze_text(IDLIB.format(n=n), settings, published=date(2016, 10, 20))
    names = {e.id: e.name for e in record.entities}
    toll = [f for f in record.figures if f.text.startswith(f"more than {n}")]  # the parser may leave "militants" out
    assert toll and all(names.get(f.subject or "") == "Syria" for f in toll)
