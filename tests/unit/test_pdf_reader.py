"""PDF input (issue 16): prose, page map, page residue, footnotes, scans and broken files.

The small PDFs are written here by hand (Helvetica text at given positions and sizes), so the
expected text of every page is known without any PDF library. Two real PDFs are checked against
a hand reading of one page each.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hearsay.errors import InputError
from hearsay.ingest.pdf import page_of, pdf_article, read_pdf

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "pdf"
ECB = FIXTURES / "ecbplus-guidelines.pdf"  # the ECB+ guidelines, copied from ../shared (CC BY 3.0)


def make_pdf(pages: list[list[tuple[float, float, float, str]]]) -> bytes:
    """Return a PDF whose pages show ``(x, y, size, text)`` lines in Helvetica (y from the bottom)."""
    objects: list[bytes] = []
    n_pages = len(pages)
    font_id = 3 + 2 * n_pages
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, lines in enumerate(pages):
        ops = []
        for x, y, size, text in lines:
            safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT /F1 {size} Tf {x} {y} Td ({safe}) Tj ET")
        stream = "\n".join(ops).encode("latin-1")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {4 + 2 * i} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{k} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _report() -> bytes:
    """Three pages of a monitoring report: running header, page-number footer, one footnote."""
    pages = []
    bodies = [
        ["The panel visited the port in March and inspected two vessels.",
         "Both ships were later seen unloading containers at night."],
        ["The minister said that 1,200 soldiers were deployed to the border.1",
         "Officials of the port authority declined to comment on the report."],
        ["The panel recommends that the committee designate the company.",
         "It also asks member states to report any further shipments."],
    ]
    for n, body in enumerate(bodies, 1):
        lines = [(72, 750, 9, "Panel of Experts report S/2024/215"), (72, 40, 9, f"Page {n} of 3")]
        y = 680
        for sentence in body:
            lines.append((72, y, 11, sentence))
            y -= 40  # paragraphs: each sentence ends short of the line length
        if n == 2:
            lines.append((72, 90, 7, "1 Statement to the press, 4 March 2024."))
        pages.append(lines)
    return make_pdf(pages)


def test_report_prose_page_map_residue_and_footnote() -> None:
    found = read_pdf(_report(), "report.pdf")
    text = found.text
    assert found.page_count == 3
    assert "Panel of Experts report" not in text and "Page 2 of 3" not in text
    assert found.residue_lines == 6
    assert found.footnote_lines == 1
    body, _, notes = text.partition("\n\nNotes\n\n")
    assert "Statement to the press, 4 March 2024." in notes
    assert "Statement to the press" not in body
    for needle, page in [("The panel visited", 1), ("The minister said", 2), ("declined to comment", 2),
                         ("designate the company", 3), ("Statement to the press", 2)]:
        assert page_of(found.pages, text.index(needle)) == page, needle
    assert text.index("The panel visited") == 0
    # each sentence ends short of the line: its own paragraph, the footnote mark included
    assert "The minister said that 1,200 soldiers were deployed to the border.1\n\nOfficials" in text
    assert "Notes" not in {text[s:e] for s, e, _ in found.pages}  # the heading is on no page


def test_lines_of_one_paragraph_are_joined_and_hyphens_mended() -> None:
    lines = [(72, 700, 11, "The spokesman of the ministry of defence told reporters on Monday that"),
             (72, 686, 11, "the convoy had crossed the border near the village before dawn, and that the"),
             (72, 672, 11, "troops would stay there until the negotia-"),
             (72, 658, 11, "tions resumed in Geneva next month, he said.")]
    found = read_pdf(make_pdf([lines]), "one.pdf")
    assert found.text == (
        "The spokesman of the ministry of defence told reporters on Monday that the convoy had crossed the border "
        "near the village before dawn, and that the troops would stay there until the negotiations resumed in "
        "Geneva next month, he said."
    )


def test_article_keeps_the_page_map_and_statements_cite_their_page(settings) -> None:  # type: ignore[no-untyped-def]
    from hearsay.pipeline import analyze
    from hearsay.record import from_dict, to_dict, validate

    article = pdf_article(_report(), "report.pdf")
    assert article.input_format == "pdf"
    record = analyze(article, settings)
    data = to_dict(record)
    validate(data)
    assert data["document"]["pages"][0] == {"start": 0, "end": data["document"]["pages"][0]["end"], "page": 1}
    said = [s for s in record.statements if "1,200 soldiers" in s.content]
    assert said and page_of(article.pages, said[0].start) == 2
    figures = [f for f in record.figures if f.value == 1200]
    assert figures and page_of(article.pages, figures[0].start) == 2
    assert from_dict(data).article.pages == article.pages


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (make_pdf([[]]), "no text layer"),
        (make_pdf([[(72, 700, 11, "12 34 56")]]), "no text layer"),
        (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "not a readable PDF"),
        (b"plain words, not a PDF at all", "not a readable PDF"),
        (b"", "not a readable PDF"),
    ],
)
def test_unreadable_pdfs_fail_with_one_clear_line(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as err:
        read_pdf(data, "bad.pdf")
    assert "\n" not in str(err.value) and str(err.value).startswith("bad.pdf: ")


def test_real_pdf_ecb_guidelines_page_10() -> None:
    """ECB+ annotation guidelines (CC BY 3.0), read by hand: every page carries the header
    "ECB+ Annotation Guideline N/28" and the footer "NewsReader: ICT-316404 January 31, 2014";
    page 10 ends "... All examples are presented in italics."."""
    found = read_pdf(ECB.read_bytes(), ECB.name)
    assert found.page_count == 28
    assert "Annotation Guideline 10/28" not in found.text and "NewsReader: ICT" not in found.text
    at = found.text.index("All examples are presented in italics.")
    assert page_of(found.pages, at) == 10
    assert page_of(found.pages, found.text.index("Guidelines for ECB+ Annotation of")) == 1


def test_real_pdf_libtasn1_manual_page_2() -> None:
    """GNU Libtasn1 manual (GFDL 1.3, from Debian's libtasn1-doc; tests/data/pdf/LICENCE.md), read by
    hand: page 2 is the copyright page, "This manual is for GNU Libtasn1 (version 4.19.0, 18 August
    2022) ..."; its lines form one paragraph."""
    pdf = FIXTURES / "libtasn1.pdf"
    found = read_pdf(pdf.read_bytes(), pdf.name)
    assert found.page_count == 36
    at = found.text.index("This manual is for GNU Libtasn1 (version 4.19.0, 18 August 2022), which is a library for Abstract Syntax")
    assert page_of(found.pages, at) == 2
    assert "Distinguished Encoding Rules (DER) manipulation." in found.text  # "manip-" / "ulation" mended


def test_cli_analyze_reads_pdf_and_refuses_a_fake(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from hearsay.cli.main import cli

    fake = tmp_path / "scan.pdf"
    fake.write_bytes(make_pdf([[]]))
    result = CliRunner().invoke(cli, ["analyze", str(fake), "--no-store", "--format", "json"])
    assert result.exit_code != 0
    assert "no text layer" in result.output and "Traceback" not in result.output


def test_real_pdf_shared_mime_info_spec_page_2() -> None:
    """Shared MIME-info Database spec (GPL-2.0-or-later, from Debian's shared-mime-info; licence
    note in tests/data/pdf/LICENCE.md), read by hand: every page after the first carries the
    running header "Shared MIME-info Database" and a page number at its foot; page 2 opens with
    section 1.3, "Language used in this specification"."""
    pdf = FIXTURES / "shared-mime-info-spec.pdf"
    found = read_pdf(pdf.read_bytes(), pdf.name)
    assert found.page_count == 17
    page2 = next((s, e) for s, e, p in found.pages if p == 2)
    body = found.text[page2[0]:page2[1]]
    assert body.startswith("1.3. Language used in this specification")
    assert "Shared MIME-info Database" not in body
    at = found.text.index('The key words "MUST", "MUST NOT", "REQUIRED"')
    assert page_of(found.pages, at) == 2
    assert not any(line.strip().isdigit() for line in found.text.split("\n"))  # no page numbers left


def test_text_over_the_document_limit_is_refused_in_one_line() -> None:
    from hearsay.errors import SizeLimitError
    from hearsay.ingest.readers import MAX_TEXT_CHARS, make_article

    ok = make_article(text="word " * (MAX_TEXT_CHARS // 5 - 1), origin="long.txt")
    assert len(ok.text) <= MAX_TEXT_CHARS
    with pytest.raises(SizeLimitError, match=r"^long\.txt: text of 2,000,004 characters is over the 2,000,000-character limit"):
        make_article(text="word " * 400_001, origin="long.txt")  # 2,000,005 characters, the last space stripped


def test_real_pdf_tables_are_left_out_of_the_prose_and_counted() -> None:
    """ECB+ guidelines, read by hand: six tables (Table 1 on page 8, 2 on page 10, 3 on pages
    15-16, 4 on pages 22-23, 5 on page 24, 6 on pages 26-27), so nine table pieces on nine pages;
    their cells ("T. Reid checks into rehab in 2008", "Annotated with TIMEX3 types", "Head (except
    for idioms ...") are not prose, their captions ("Table 6. Overview of seminal events ...") are."""
    found = read_pdf(ECB.read_bytes(), ECB.name)
    assert found.tables == 9
    assert found.table_lines > 0
    for cell in ("T. Reid checks into rehab", "Annotated with TIMEX3 types", "Head (except for"):
        assert cell not in found.text, cell
    for caption, page in [("Table 1. Event components", 8), ("Table 4. Overview of decisions", 23),
                          ("Table 6. Overview of seminal events", 27)]:
        assert page_of(found.pages, found.text.index(caption)) == page, caption


# Text columns (issue 16, round 4): a page set in columns is read column by column, a title set
# across the columns first; a one-column page and a table without rules are read line by line.

_LEFT = ("The monitoring team visited the northern port twice in May and counted eleven tankers at anchor. "
         "Harbour officials said that the ships had arrived without cargo manifests. "
         "The team asked the port authority for its records of fuel deliveries over the past year. "
         "No answer had been received when this report was finished.")
_RIGHT = ("A second inspection found that four of the tankers had left during the night. "
          "Satellite images show them sailing east along the coast towards the border. "
          "The ministry of transport told the team that it had no information about their owners. "
          "The team will report on the vessels again in its next update to the committee.")


def _column(text: str, x: float, top: float, width: int = 28) -> list[tuple[float, float, float, str]]:
    import textwrap

    return [(x, top - 13 * k, 10, line) for k, line in enumerate(textwrap.wrap(text, width))]


def test_two_text_columns_are_read_column_by_column_after_a_title_across_them() -> None:
    title = (50, 740, 14, "Report of the monitoring team on shipping in the northern port")
    page = [title, *_column(_LEFT, 50, 700), *_column(_RIGHT, 320, 700)]
    assert len(_column(_LEFT, 50, 700)) >= 12 and len(_column(_RIGHT, 320, 700)) >= 12  # a column needs 12 rows
    found = read_pdf(make_pdf([page]), "columns.pdf")
    assert found.text.split("\n\n") == [title[3], _LEFT, _RIGHT]


def test_a_one_column_page_with_ragged_lines_is_read_line_by_line() -> None:
    import textwrap

    lines = [(72, 700 - 13 * k, 10, line) for k, line in enumerate(textwrap.wrap(_LEFT + " " + _RIGHT, 80))]
    found = read_pdf(make_pdf([lines]), "one-column.pdf")
    assert found.text == _LEFT + " " + _RIGHT


def test_a_table_without_rules_is_read_row_by_row_not_as_columns() -> None:
    rows = [("Light verbs", "Annotated as actions with their full arguments in every case"),
            ("Aspectuals", "Annotated as a separate class of their own in the corpus"),
            ("Causatives", "Annotated as a separate class, like the aspectual verbs")] * 5
    page = [line for k, (left, right) in enumerate(rows)
            for line in ((72, 700 - 14 * k, 10, left), (250, 700 - 14 * k, 10, right))]
    found = read_pdf(make_pdf([page]), "table.pdf")
    assert found.text.replace("\n\n", " ").startswith("Light verbs Annotated as actions with their full arguments in every case "
                                                      "Aspectuals Annotated as a separate class")


# Page ranges (issue 16, round 4): `hearsay analyze --pages` reads only some pages of a long PDF.

@pytest.mark.parametrize(("spec", "pages"), [
    ("5", {5}),
    ("3-5", {3, 4, 5}),
    ("1, 4-6 ,9", {1, 4, 5, 6, 9}),
    ("2-2", {2}),
])
def test_page_lists(spec: str, pages: set[int]) -> None:
    from hearsay.ingest.pdf import parse_pages

    assert parse_pages(spec) == pages


def test_an_open_page_range_runs_to_the_last_page() -> None:
    from hearsay.ingest.pdf import parse_pages

    found = read_pdf(_report(), "report.pdf", pages_wanted=parse_pages("2-"))
    assert {p for _, _, p in found.pages} == {2, 3} and found.page_count == 3  # page 2's footnote comes last


@pytest.mark.parametrize("spec", ["", "0", "0-3", "5-3", "a", "1,,2", "-4", "3-5-7"])
def test_a_bad_page_list_is_refused_in_one_line(spec: str) -> None:
    from hearsay.ingest.pdf import parse_pages

    with pytest.raises(InputError, match=r"^--pages .*: give page numbers from 1"):
        parse_pages(spec)


def test_reading_some_pages_keeps_their_numbers_in_the_whole_pdf() -> None:
    found = read_pdf(_report(), "report.pdf", pages_wanted=frozenset({2, 3}))
    assert {p for _, _, p in found.pages} == {2, 3}
    # (a running header is known as such on three pages read or more: here it stays)
    assert "The minister said that 1,200 soldiers were deployed to the border." in found.text
    assert "panel visited the port" not in found.text
    at = found.text.index("The panel recommends")
    assert page_of(found.pages, at) == 3


def test_pages_past_the_end_are_refused_in_one_line() -> None:
    with pytest.raises(InputError, match=r"^report\.pdf: --pages names no page of this PDF \(it has 3 pages\)$"):
        read_pdf(_report(), "report.pdf", pages_wanted=frozenset({7, 9}))


def test_analyze_pages_refuses_a_file_that_is_not_a_pdf(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from hearsay.cli.main import cli

    text = tmp_path / "a.txt"
    text.write_text("The minister said the border was closed.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", str(text), "--pages", "1", "--no-store", "--format", "json"])
    assert result.exit_code != 0 and "--pages reads PDF files only" in result.output and "Traceback" not in result.output


@pytest.mark.model
def test_analyze_pages_of_a_real_pdf_cites_the_pages_of_the_whole_pdf() -> None:
    """The DMCA summary's pages 4-6 alone: page 5's two statements (hand reading:
    tests/data/pdf/dmca-summary.page5.json) cite page 5, nothing cites a page outside 4-6."""
    import json

    from click.testing import CliRunner

    from hearsay.cli.main import cli

    result = CliRunner().invoke(cli, ["analyze", str(FIXTURES / "dmca-summary.pdf"), "--pages", "4-6", "--no-store", "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert [p["page"] for p in record["document"]["pages"]] == [4, 5, 6]
    assert "The Digital Millennium Copyright Act of 1998" not in record["document"]["text"]  # the running header
    on_5 = [s["content"] for s in record["statements"] if s["page"] == 5]
    assert [c.startswith("nothing in section 1201") for c in on_5] == [True, True]
    assert {x["page"] for kind in ("statements", "figures") for x in record[kind]} <= {4, 5, 6}
