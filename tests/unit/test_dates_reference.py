"""Reference time and tense in context (issue 15, round 2).

Hand-written sentences; each value is worked out by hand against a publication date of
Wednesday 15 May 2024 (the Monday before is the 13th, the Friday before the 10th, the Friday
after the 17th).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.model

ANCHOR = date(2024, 5, 15)


def _times(text: str, nlp, settings):
    from hearsay.extract.times.expressions import find_times
    from hearsay.extract.zones import find_zones

    doc = nlp(text)
    return find_times(doc, ANCHOR, find_zones(doc.text), settings)


# text, timex text (the last one with that text), value
CASES = [
    # a weekday right after a past reporting verb dates the saying, not the reported clause
    ("Officials said Monday the plant would close.", "Monday", "2024-05-13"),
    ("He told reporters on Tuesday he will resign.", "Tuesday", "2024-05-14"),
    ("The company said on Monday that it would cut 500 jobs.", "Monday", "2024-05-13"),
    ("He said the plant will open on Friday.", "Friday", "2024-05-17"),
    ("The ministry said it would hold talks on Thursday.", "Thursday", "2024-05-16"),
    # "until": still going (present perfect) vs over (past perfect)
    ("The markets have been closed until Friday.", "Friday", "2024-05-17"),
    ("The markets had been closed until Friday.", "Friday", "2024-05-10"),
    # a definite unit names the period the story is in, not the publication date
    ("Stocks fell on Monday. The Dow ended the day at 7,114.", "the day", "2024-05-13"),
    ("GM lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the entire year.", "the entire year", "2005"),
    ("Shares slid on Friday, and fell further later in the day.", "later in the day", "2024-05-10"),  # one TIMEX3 (round 7)
    # ... unless the clause is about the future
    ("Sales fell in 2005. The company will report by the end of the year.", "the end of the year", "2024"),
    # a clock time takes the day written in its sentence
    # a past clause ("outlined"): the June 1st before publication (15 May 2024), not the one after (round 4)
    ("At a press conference at 16:15 UTC, June 1st, the chief executive outlined a plan.", "16:15 UTC", "2023-06-01T16:15Z"),
    ("At a press conference at 16:15 UTC, June 1st, the chief executive will outline a plan.", "16:15 UTC",
     "2024-06-01T16:15Z"),
    ("Trading resumed at 14:00 GMT.", "14:00 GMT", "2024-05-15T14:00Z"),
    # a weekday after an explicit date long before publication counts from that date
    ("On 12 March 2003 troops crossed the border. On Friday they reached Basra.", "Friday", "2003-03-14"),
    ("On 12 March 2003 troops crossed the border. They had met on Friday.", "Friday", "2003-03-07"),
    # within the last week the publication date already gives the weekday
    ("The talks opened on May 13, 2024. On Tuesday the delegates left.", "Tuesday", "2024-05-14"),
    # "later"/"earlier" count from the time just narrated; "ago" from the moment of writing
    ("The plant opened in 2005. Two years later it closed.", "Two years later", "2007"),
    ("The treaty was signed on March 3, 2001. Three days later the troops withdrew.", "Three days later", "2001-03-06"),
    ("The treaty was signed on March 3, 2001. Prices rose three days ago.", "three days ago", "2024-05-12"),
    # a bare month in a past clause of a sentence with another explicit year is in that year
    ("Sales fell in March 2005 and again in June.", "June", "2005-06"),
    ("The store opened in 2003 and as of February accounts for 70% of sales.", "February", "2024-02"),
]


@pytest.mark.parametrize(("text", "timex", "value"), CASES)
def test_reference_time_value(nlp, settings, text, timex, value):
    got = {t.text: t for t in _times(text, nlp, settings)}
    assert timex in got, list(got)
    assert got[timex].value == value


def test_reference_time_is_recorded_as_the_anchor(nlp, settings):
    times = _times("On 12 March 2003 troops crossed the border. On Friday they reached Basra.", nlp, settings)
    friday = next(t for t in times if t.text == "Friday")
    assert friday.anchor == "2003-03-12"
    assert friday.rule.endswith("+reference")


def test_without_an_anchor_nothing_is_guessed(nlp, settings):
    from hearsay.extract.times.expressions import find_times
    from hearsay.extract.zones import find_zones

    doc = nlp("Stocks fell on Monday. The Dow ended the day at 7,114.")
    values = {t.text: t.value for t in find_times(doc, None, find_zones(doc.text), settings)}
    assert values["Monday"] == "XXXX-WXX-1"
    assert not values["the day"][:4].isdigit()
