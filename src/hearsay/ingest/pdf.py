"""PDF input: the prose of a PDF's text layer, with a page map from offsets to page numbers.

Reader: ``pdfplumber`` (MIT; on pdfminer.six), chosen over pypdf and bare pdfminer.six on real
PDFs (docs/PERFORMANCE.md, "Issue 16: long documents"): pypdf is about 3x faster but splits the
running header of a Word-made PDF into one word per line and gives no font sizes or positions
per line; pdfplumber gives lines with positions and sizes (for headers, footers and footnotes)
and finds tables. ``x_tolerance=1.5`` keeps word spaces in TeX-made PDFs.

What is kept apart from the prose:

- *page residue*: running headers and footers (a line among the first or last two of a page
  that recurs, digits aside, on other pages) and bare page numbers ("7", "Page 7", "7/28",
  "- 7 -") are dropped and counted;
- *footnotes*: the lines at the foot of a page set in a smaller font than the page's body text
  are moved after the body, in a "Notes" part, each still mapped to its page;
- lines are re-flowed into paragraphs (a PDF breaks every line; hearsay starts a sentence at a
  line break): a line is joined to the next unless it ends a sentence well short of the page's
  usual line length; a word hyphenated over a line end is joined.

- *tables*: lines inside a table pdfplumber finds are left out of the prose and counted, and
  their numbers are not read as figures. Deliberately (issue 16, docs/PERFORMANCE.md "Issue 16:
  round 3"): every item of a record points at characters of the article's prose and is sourced
  to whoever says it there, and a cell has neither; and in the real PDFs measured, the numbers in
  tables are identifiers (list and topic numbers) or years inside descriptions, with no column
  header naming a measured quantity, so a cell reader would add only wrong figures. On a
  terminal, ``hearsay analyze`` says how many tables and lines were left out.

A PDF with no text layer (a scan) fails with a clear message.

The page map is a tuple of ``(start, end, page)`` character ranges (pages numbered from 1) over
the text the article keeps; :func:`page_of` answers "which page is offset N on".
"""

from __future__ import annotations

import dataclasses
import io
import logging
import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from hearsay.errors import InputError
from hearsay.ingest.normalize import normalize_text
from hearsay.model import Article
from hearsay.record import page_at

_SPACES = re.compile(r"[ \t\r\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[-–—(\[]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*(?:(?:/|of)\s*\d{1,4})?\s*[-–—)\]]?$", re.I)
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]\d{0,3}$")  # a footnote mark may follow: "the border.1"
_EDGE_LINES = 2
_SMALL_FONT = 0.88  # a footnote's font is at most this fraction of the body's


@dataclass(frozen=True, slots=True)
class PdfText:
    """The text of a PDF and where each page's text lies in it."""

    text: str
    pages: tuple[tuple[int, int, int], ...]  # (start, end, page number), sorted by start
    page_count: int
    residue_lines: int  # headers, footers and page numbers removed
    footnote_lines: int
    table_lines: int  # lines inside tables, left out of the prose
    tables: int = 0  # tables found (their lines are left out)


def page_of(pages: tuple[tuple[int, int, int], ...], offset: int) -> int | None:
    """Return the page number of character ``offset`` in a page map, else None (:func:`hearsay.record.page_at`)."""
    return page_at(pages, offset)


@dataclass(slots=True)
class _Page:
    lines: list[str]
    mids: list[float]  # each line's vertical middle, from the top of the page
    small: set[int]  # indices of lines set in a small font in the lower part of the page
    body_size: float  # the font size of most of the page's text
    table_lines: int  # lines dropped because they lie in a table
    tables: int = 0


def _page_lines(page: Any) -> _Page:
    """Return a page's text lines (tables left out), marking those in small type near its foot."""
    found = page.extract_text_lines(x_tolerance=1.5, return_chars=True)
    try:
        tables = [t.bbox for t in page.find_tables()]
    except (ValueError, KeyError, TypeError, IndexError, ZeroDivisionError):
        tables = []
    height = float(page.height or 0)
    rows: list[tuple[str, float, float]] = []  # (text, font size, middle y from the top)
    in_tables = 0
    for ln in found:
        text = _SPACES.sub(" ", str(ln.get("text", ""))).strip()
        if not text:
            continue
        mid = (float(ln["top"]) + float(ln["bottom"])) / 2
        if any(x0 <= float(ln["x0"]) + 1 and float(ln["x1"]) <= x1 + 1 and top <= mid <= bottom for x0, top, x1, bottom in tables):
            in_tables += 1
            continue
        sizes = [float(c.get("size", 0)) for c in ln.get("chars", []) if str(c.get("text", "")).strip()]
        rows.append((text, statistics.median(sizes) if sizes else 0.0, mid))
    weights: Counter[float] = Counter()
    for text, size, _ in rows:
        weights[round(size, 1)] += len(text)
    body = weights.most_common(1)[0][0] if weights else 0.0
    small = {i for i, (_, size, mid) in enumerate(rows) if 0 < size < body * _SMALL_FONT and (height <= 0 or mid > height * 0.6)}
    return _Page([r[0] for r in rows], [r[2] for r in rows], small, body, in_tables, len(tables))


def _edge_key(line: str) -> str:
    return _DIGITS.sub("#", line.lower())


def _residue(pages: list[_Page]) -> list[set[int]]:
    """Return, per page, the indices of its header/footer/page-number lines."""
    edge_keys: Counter[str] = Counter()
    for p in pages:
        n = len(p.lines)
        edges = set(range(min(_EDGE_LINES, n))) | set(range(max(0, n - _EDGE_LINES), n))
        for key in {_edge_key(p.lines[i]) for i in edges}:
            edge_keys[key] += 1
    need = max(2, len(pages) // 4) if len(pages) > 2 else 99
    out: list[set[int]] = []
    for p in pages:
        n = len(p.lines)
        drop = set()
        for i in sorted(set(range(min(_EDGE_LINES, n))) | set(range(max(0, n - _EDGE_LINES), n))):
            line = p.lines[i]
            if _PAGE_NUMBER.match(line) or edge_keys[_edge_key(line)] >= need:
                drop.add(i)
        out.append(drop)
    return out


def _footnote_start(lines: list[str], small: set[int], dropped: set[int]) -> int:
    """Return the index of the first line of the page's footnote block (len(lines) if none):
    the run of small-type lines that ends the page, residue aside."""
    kept = [i for i in range(len(lines)) if i not in dropped]
    k = len(kept)
    while k > 0 and kept[k - 1] in small:
        k -= 1
    if k == 0:
        return len(kept)  # a page all in small type is body text
    return k


def _reflow(lines: list[str], mids: list[float], body_size: float = 0.0) -> list[str]:
    """Join a page's lines into paragraphs: a paragraph ends at a wider gap than the page's usual
    line spacing, or at a line that ends a sentence well short of the usual line length."""
    if not lines:
        return []
    usual = statistics.median(len(ln) for ln in lines)
    gaps = [b - a for a, b in zip(mids, mids[1:], strict=False) if b > a]
    spacing = statistics.median(gaps) if gaps else 0.0
    if body_size > 0:  # a page of widely spaced lines: every gap is a paragraph's
        spacing = min(spacing, 1.2 * body_size) if spacing else 1.2 * body_size
    paras: list[str] = []
    cur = ""
    for k, ln in enumerate(lines):
        if cur and spacing > 0 and mids[k] - mids[k - 1] > 1.4 * spacing:
            paras.append(cur)
            cur = ""
        if not cur:
            cur = ln
        elif cur.endswith("-") and len(cur) > 1 and cur[-2].isalpha() and ln[:1].islower():
            cur = cur[:-1] + ln  # "manip-" + "ulation"
        else:
            cur = cur + " " + ln
        if _SENTENCE_END.search(ln) and len(ln) < 0.8 * usual:
            paras.append(cur)
            cur = ""
    if cur:
        paras.append(cur)
    return paras


def read_pdf(data: bytes, origin: str, progress: Callable[[int, int], None] | None = None) -> PdfText:
    """Return the prose of the PDF in ``data`` with its page map.

    ``progress(page, pages)`` is called after each page is read.

    Raises:
        InputError: not a readable PDF, encrypted, or without a text layer (scanned).
    """
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - pinned dependency
        raise InputError(f"{origin}: PDF input needs pdfplumber (pip install -e . installs it)") from None
    for name in ("pdfminer", "pdfplumber"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages: list[_Page] = []
            for k, pdf_page in enumerate(pdf.pages, 1):
                pages.append(_page_lines(pdf_page))
                if progress is not None:
                    progress(k, len(pdf.pages))
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - a hostile PDF can break the parser anywhere: one line, no traceback
        cause = exc.args[0] if type(exc).__name__ == "PdfminerException" and exc.args else exc
        name = type(cause).__name__
        if "Password" in name or "Encrypt" in name:
            raise InputError(f"{origin}: the PDF is encrypted") from None
        raise InputError(f"{origin}: not a readable PDF ({name})") from None
    if not pages:
        raise InputError(f"{origin}: the PDF has no pages")
    if not any(any(c.isalpha() for ln in p.lines for c in ln) for p in pages):
        raise InputError(f"{origin}: the PDF has no text layer (a scan?); run OCR on it first")

    residue = _residue(pages)
    body: list[tuple[int, list[str]]] = []
    notes: list[tuple[int, list[str]]] = []
    removed = footnote_lines = 0
    tables = table_count = 0
    for number, (pg, drop) in enumerate(zip(pages, residue, strict=True), 1):
        kept = [ln for i, ln in enumerate(pg.lines) if i not in drop]
        kept_mids = [y for i, y in enumerate(pg.mids) if i not in drop]
        removed += len(pg.lines) - len(kept)
        tables += pg.table_lines
        table_count += pg.tables
        cut = _footnote_start(pg.lines, pg.small, drop)
        footnote_lines += len(kept) - cut
        body.append((number, _reflow(kept[:cut], kept_mids[:cut], pg.body_size)))
        if cut < len(kept):
            notes.append((number, kept[cut:]))

    parts: list[tuple[str, int | None]] = []
    for number, paras in body:
        parts.extend((p, number) for p in paras)
    if notes:
        parts.append(("Notes", None))
        for number, lines in notes:
            parts.extend((ln, number) for ln in lines)
    text = ""
    ranges: list[tuple[int, int, int]] = []
    for para, page_no in parts:
        para = normalize_text(para)
        if not para:
            continue
        if text:
            text += "\n\n"
        start = len(text)
        text += para
        if page_no is not None:
            if ranges and ranges[-1][2] == page_no and ranges[-1][1] == start - 2:
                ranges[-1] = (ranges[-1][0], len(text), page_no)
            else:
                ranges.append((start, len(text), page_no))
    return PdfText(text, tuple(ranges), len(pages), removed, footnote_lines, tables, table_count)




def _terminal_progress(origin: str) -> Callable[[int, int], None] | None:
    """Return a callback printing "reading FILE: page N/M" on a terminal's stderr, else None."""
    import sys

    if not sys.stderr.isatty():
        return None

    def show(page: int, pages: int) -> None:
        end = "\n" if page == pages else ""
        print(f"\rreading {origin}: page {page}/{pages}", end=end, file=sys.stderr, flush=True)

    return show


def pdf_article(data: bytes, origin: str, published: date | None = None) -> Article:
    """Return the :class:`Article` of a PDF: its prose, with the page map in ``pages``.

    Raises:
        InputError: see :func:`read_pdf`.
    """
    from hearsay.ingest.readers import make_article

    show = _terminal_progress(origin)
    found = read_pdf(data, origin, show)
    if show is not None and found.tables:
        import sys

        print(f"{origin}: {found.tables} table(s), {found.table_lines} lines, left out of the prose (figures in tables are not read)",
              file=sys.stderr)
    article = make_article(text=found.text, origin=origin, published=published)
    if article.text != found.text:  # normalisation is idempotent on the reader's text; guard offsets
        raise InputError(f"{origin}: the PDF's text changed under normalisation; page numbers would be wrong")
    return dataclasses.replace(article, input_format="pdf", pages=found.pages)


__all__ = ["PdfText", "page_of", "pdf_article", "read_pdf"]
