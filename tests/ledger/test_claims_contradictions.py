"""Figure and statement contradictions on hand-built records (issue 13): which pairs are real."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import select

from hearsay.ledger import update_ledger
from hearsay.ledger.contradictions import asserts, disjoint_beyond_rounding, rounding
from hearsay.store import schema

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import make_record
from .claims_check import assert_claims_sound

PRK = {"name": "North Korea", "type": "GPE", "mention": "North Korea", "ids": {"iso3": "PRK"}}
AIRBUS = {"name": "Airbus", "type": "ORG"}
PUTIN = {"name": "Vladimir Putin", "type": "PERSON", "mention": "Putin"}


def _point(text: str, figure: str, value: float, quantity: str, as_of: str | None, **more) -> dict:  # type: ignore[no-untyped-def]
    return {"text": figure, "value": value, "low": more.get("low", value), "high": more.get("high", value),
            "hedge": more.get("hedge"), "quantity": quantity, "subject": "e1", "as_of": as_of}


def _troops(text: str, figure: str, value: float, source: str, as_of: str | None = "2025-04", **more):  # type: ignore[no-untyped-def]
    return make_record(text, "2025-05-01", source, entities=[PRK], figures=[_point(text, figure, value, "troops", as_of, **more)])


def _pairs(store) -> list[dict]:  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(schema.contradictions))]


def _save(store, *records) -> list[dict]:  # type: ignore[no-untyped-def]
    for r in records:
        store.save_linked(r, update_ledger)
    assert_claims_sound(store)
    return _pairs(store)


def test_two_figures_of_one_article_never_conflict(ledger_store) -> None:  # type: ignore[no-untyped-def]
    text = "North Korea has 11,000 troops in the region. Seoul says North Korea has 15,000 troops in the region."
    r = make_record(text, "2025-05-01", "one", entities=[PRK],
                    figures=[_point(text, "11,000 troops", 11000, "troops", "2025-04"),
                             _point(text, "15,000 troops", 15000, "troops", "2025-04")])
    assert _save(ledger_store, r) == []


def test_disjoint_beyond_rounding_conflicts_once_with_reason_and_sentences(ledger_store) -> None:  # type: ignore[no-untyped-def]
    a = _troops("North Korea has 11,000 troops, an official said.", "11,000 troops", 11000, "wire")
    b = _troops("North Korea has 12,500 troops, a spokesman said.", "12,500 troops", 12500, "daily")
    c = _troops("North Korea now has 12,480 troops, officials say.", "12,480 troops", 12480, "times")
    found = _save(ledger_store, a, b, c)
    assert len(found) == 2  # 11,000 against each of the others; 12,500 and 12,480 agree within rounding
    for row in found:
        assert row["left_id"] < row["right_id"]
        assert "cannot both hold" in row["reason"] and 0.5 <= row["confidence"] <= 0.95
        assert row["left_sentence"].startswith("North Korea") and row["right_sentence"].startswith("North Korea")


def test_round_numbers_within_rounding_do_not_conflict(ledger_store) -> None:  # type: ignore[no-untyped-def]
    a = _troops("North Korea has 11,000 troops, an official said.", "11,000 troops", 11000, "wire")
    b = _troops("North Korea has 11,400 troops, a spokesman said.", "11,400 troops", 11400, "daily")
    assert _save(ledger_store, a, b) == []


def test_other_periods_and_unknown_times_do_not_conflict(ledger_store) -> None:  # type: ignore[no-untyped-def]
    a = _troops("North Korea has 3,000 troops, an official said.", "3,000 troops", 3000, "wire", as_of="2025-01")
    b = _troops("North Korea has 15,000 troops, a spokesman said.", "15,000 troops", 15000, "daily", as_of="2025-06")
    c = _troops("North Korea has 40,000 troops, a general said.", "40,000 troops", 40000, "times", as_of=None)
    assert _save(ledger_store, a, b, c) == []


def test_part_and_whole_do_not_conflict(ledger_store) -> None:  # type: ignore[no-untyped-def]
    whole = make_record("Airbus will cut 4,300 jobs, the company said.", "2007-02-28", "wire", entities=[AIRBUS],
                        figures=[_point("", "4,300 jobs", 4300, "jobs", "2007-02")])
    site = make_record("Airbus will cut 400 jobs at Filton, the union said.", "2007-02-28", "daily", entities=[AIRBUS],
                       figures=[_point("", "400 jobs", 400, "jobs", "2007-02")])
    each = make_record("Airbus will cut 1,600 jobs at each site, a paper said.", "2007-02-28", "paper", entities=[AIRBUS],
                       figures=[_point("", "1,600 jobs", 1600, "jobs", "2007-02")])
    assert _save(ledger_store, whole, site, each) == []


def test_copies_of_one_story_do_not_conflict(ledger_store) -> None:  # type: ignore[no-untyped-def]
    body = (" The figure was given by the defence ministry in a statement on Monday, which also described the "
            "deployment, the equipment sent with it and the training the soldiers received before they left for the front.")
    a = _troops("North Korea has 11,000 troops." + body, "11,000 troops", 11000, "wire")
    b = _troops("North Korea has 15,000 troops." + body, "15,000 troops", 15000, "copy")
    found = _save(ledger_store, a, b)
    with ledger_store.engine.connect() as conn:
        grouped = conn.execute(select(schema.duplicates)).all()
    assert grouped  # the two texts are near-duplicates: one story, never a conflict
    assert found == []


def test_statements_conflict_across_stories_once(ledger_store) -> None:  # type: ignore[no-untyped-def]
    a = make_record("Putin said Russian troops are fighting in Kursk.", "2025-05-01", "tass", entities=[PUTIN],
                    statements=[{"content": "Russian troops are fighting in Kursk", "speaker": "e1"}])
    b = make_record("Putin denied reports that Russian troops are fighting in Kursk.", "2025-05-02", "rt", entities=[PUTIN],
                    statements=[{"content": "reports that Russian troops are fighting in Kursk", "speaker": "e1", "cue": "denied"}])
    found = _save(ledger_store, a, b)
    assert [r["kind"] for r in found] == ["statement"]


def test_conditionals_questions_and_one_article_say_nothing(ledger_store) -> None:  # type: ignore[no-untyped-def]
    a = make_record("Putin said the company will appeal if the court rules against it.", "2025-05-01", "tass", entities=[PUTIN],
                    statements=[{"content": "the company will appeal if the court rules against it", "speaker": "e1"}])
    b = make_record("Putin said the company will not appeal.", "2025-05-02", "rt", entities=[PUTIN],
                    statements=[{"content": "the company will not appeal", "speaker": "e1"}])
    c = make_record("Putin asked whether the company will appeal.", "2025-05-03", "ria", entities=[PUTIN],
                    statements=[{"content": "whether the company will appeal", "speaker": "e1", "cue": "asked"}])
    one = make_record("Putin said prices are rising. Putin said prices are not rising.", "2025-05-04", "one", entities=[PUTIN],
                      statements=[{"content": "prices are rising", "speaker": "e1"}, {"content": "prices are not rising", "speaker": "e1"}])
    assert _save(ledger_store, a, b, c, one) == []


def test_asserts_reads_denied_reports_as_the_reports_content() -> None:
    assert asserts("reports that troops are in Kursk", "denied") == asserts("troops are not in Kursk", "said")
    assert asserts("will appeal if it loses", "said") is None
    assert asserts("is it over?", "said") is None


def test_rounding_is_half_the_last_significant_place() -> None:
    assert [rounding(v) for v in (11000, 11400, 1000, 7, 12.5, 1_500_000)] == [500, 50, 500, 0, 0, 50_000]


def test_not_x_but_y_asserts_y() -> None:
    a = asserts("the source was not one person, but probably a combination of several people", "said")
    b = asserts("the source was probably a combination of several people", "said")
    assert a is not None and b is not None and a[0] is False and b[0] is False


def _iv(low: float | None, high: float | None, low_inclusive: bool = True, high_inclusive: bool = True) -> Any:
    return SimpleNamespace(low=low, high=high, low_inclusive=low_inclusive, high_inclusive=high_inclusive, scale=None)


@pytest.mark.parametrize(("a", "b", "conflict"), [
    (_iv(70, 70), _iv(80, 80), True),  # windows [65, 75) and [75, 85) touch: no count is in both
    (_iv(70, 70), _iv(74, 74), False),  # 74 rounds to 70
    (_iv(70, 70), _iv(76, 76), True),  # 76 rounds to 80
    (_iv(70, 70), _iv(75, 75), False),  # "75" stands for 74.5 up to 75.5, which meets [65, 75)
    (_iv(11000, 11000), _iv(11400, 11400), False),
    (_iv(50, 50), _iv(80, 80), True),
    (_iv(3, 3), _iv(10, 10), True),
    (_iv(70, 70), _iv(75, None), True),  # "70" vs "at least 75"
    (_iv(70, 70), _iv(None, 65), False),  # "70" vs "at most 65": 65 rounds to 70
    (_iv(5.6, 5.6), _iv(5.9, 5.9), True),  # decimals are not widened
    (_iv(10, 12), _iv(12, 15), False),  # closed ranges that share an end agree
    (_iv(10, 12, high_inclusive=False), _iv(12, 15), True),  # "fewer than 12" vs "12 to 15"
])
def test_disjoint_beyond_rounding_table(a: Any, b: Any, conflict: bool) -> None:
    assert disjoint_beyond_rounding(a, b) is conflict and disjoint_beyond_rounding(b, a) is conflict
