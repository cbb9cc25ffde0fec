"""A real multi-page report PDF end to end, against a hand reading (issue 16).

``tests/data/pdf/ecbplus-guidelines.pdf`` is the ECB+ annotation guideline (NewsReader technical
report NWR-2014-1, 28 pages, CC BY 3.0; tests/data/pdf/LICENCE.md): running header and footer on
every page, footnotes, and tables. The expected values below come from reading the PDF's pages
(page 13 whole, and one line each on pages 9, 11, 19, 20 and 21), not from hearsay's output.

Page 13, read by hand. Header "ECB+ Annotation Guideline 13/28", footer "NewsReader: ICT-316404
January 31, 2014". Its body opens "Jews are prohibited from killing one another." and ends "We
take over five event classes from the TimeML specification:". It holds one attributed statement
(the rabbi said Jews are prohibited from killing one another); the figures "less than 6%"
(Indonesia's GDP growth), "At least 17 Taliban militants" (killed), "Two" (arrested) and "five
event classes"; an assault ("have been killed by Afghan and coalition security forces"). 1865, "24
hours", "Game Five" and the section numbers 2.1.2 and 2.1.3 are not figures. Names on the page
include Indonesia, Japan and the Taliban.

Misses the hand reading found and hearsay does not get (left as they are, recorded here and in
docs/PERFORMANCE.md): "We take over five event classes" reads "over" as a hedge (> 5 instead of
5; the strict xfail below); "Syrian army fights rebels" and "Two arrested" are not coded as
events.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hearsay.model import Record

pytestmark = pytest.mark.model

PDF = Path(__file__).resolve().parents[1] / "data" / "pdf" / "ecbplus-guidelines.pdf"


@pytest.fixture(scope="module")
def record(settings) -> Record:  # type: ignore[no-untyped-def]
    from hearsay.ingest.pdf import pdf_article
    from hearsay.pipeline import analyze

    return analyze(pdf_article(PDF.read_bytes(), PDF.name), settings)


def _on(record: Record, page: int) -> str:
    (start, end), = [(s, e) for s, e, p in record.article.pages if p == page]
    return record.article.text[start:end]


def test_page_13_text_is_the_body_without_header_or_footer(record: Record) -> None:
    body = _on(record, 13)
    assert body.startswith("Jews are prohibited from killing one another.")
    assert body.endswith("We take over five event classes from the TimeML specification:")
    assert "Annotation Guideline 13/28" not in record.article.text and "ICT-" not in record.article.text


def test_page_13_statement(record: Record) -> None:
    on_13 = [s for s in record.statements if s.page == 13]
    assert [(s.kind, s.speaker_text, s.cue, s.content) for s in on_13] == [
        ("indirect", "rabbi", "said", "Jews are prohibited from killing one another")]


@pytest.mark.parametrize(("text", "low", "high", "low_inclusive", "high_inclusive"), [
    ("less than 6%", None, 6, True, False),
    ("At least 17 Taliban militants", 17, None, True, True),
    ("Two", 2, 2, True, True),
])
def test_page_13_figures(record: Record, text: str, low: float | None, high: float | None, low_inclusive: bool,
                         high_inclusive: bool) -> None:
    found = [f for f in record.figures if f.text == text and f.page == 13]
    assert [(f.low, f.high, f.low_inclusive, f.high_inclusive) for f in found] == [(low, high, low_inclusive, high_inclusive)]


def test_page_13_has_no_figure_from_years_durations_names_or_section_numbers(record: Record) -> None:
    texts = " | ".join(f.text for f in record.figures if f.page == 13)
    for word in ("1865", "24", "Game Five", "2.1.2", "2.1.3"):
        assert word not in texts, word


@pytest.mark.xfail(strict=True, reason="'We take over five event classes': 'over' is read as a hedge (> 5), the hand reading is 5")
def test_page_13_five_event_classes_is_exactly_five(record: Record) -> None:
    found = [f for f in record.figures if f.page == 13 and "five event classes" in f.text]
    assert [(f.low, f.high) for f in found] == [(5, 5)]


def test_page_13_event_and_names(record: Record) -> None:
    assert [(e.type, e.trigger) for e in record.events if e.page == 13] == [("ASSAULT", "killed")]
    names = {e.name for e in record.entities if any(m.page == 13 for m in e.mentions)}
    assert {"Indonesia", "Japan", "Taliban"} <= names


@pytest.mark.parametrize(("kind", "needle", "page"), [
    ("statement", "he had no idea what exactly was going to happen", 9),
    ("statement", "the fighting started after a high-speed chase", 11),
    ("figure", "470 kilometers", 11),
    ("figure", "7.2 magnitude", 19),
    ("figure", "$34 million", 20),
    ("figure", "four LTTE boats", 20),
    ("figure", "3 Iraqi patrol boats", 21),
    ("figure", "30%", 21),
])
def test_items_cite_the_page_they_are_printed_on(record: Record, kind: str, needle: str, page: int) -> None:
    items = record.statements if kind == "statement" else record.figures
    found = [x.page for x in items if needle in (x.content if kind == "statement" else x.text)]  # type: ignore[union-attr]
    assert found == [page]


def test_every_item_has_the_page_of_its_start(record: Record) -> None:
    from hearsay.record import page_at, to_dict, validate

    validate(to_dict(record))  # checks every page against the page map
    assert all(s.page is not None for s in record.statements)
    assert {page_at(record.article.pages, f.start) for f in record.figures} <= set(range(1, 29))


@pytest.mark.xfail(strict=True, reason="Table 6's row 26 breaks over pages 26-27 with no rule under it on page 26, so "
                                       "pdfplumber's table stops above it: the row is read as prose, its topic number as a figure")
def test_pages_26_and_27_hold_only_table_6_so_no_figures(record: Record) -> None:
    assert [f.text for f in record.figures if f.page in (26, 27)] == []
