"""PDF input: the prose of a PDF's text layer, with a page map from offsets to page numbers.

Reader: ``pdfplumber`` (MIT; on pdfminer.six), chosen over pypdf and bare pdfminer.six on real
PDFs (docs/PERFORMANCE.md, "Issue 16: long documents"): pypdf is about 3x faster but splits the
running header of a Word-made PDF into one word per line and gives no font sizes or positions
per line; pdfplumber gives lines with positions and sizes (for headers, footers and footnotes)
and finds tables. ``x_tolerance=1.5`` keeps word spaces in TeX-made PDFs.

*Reading order*: a page set in text columns (government reports, the Federal Register, tax
instructions) is read column by column, left to right, a title or header set across the columns
in its place above them (:func:`_column_regions`); pdfplumber alone would join the lines of all
columns at the same height into one. A gutter must be a blank strip between columns of prose with
at least 12 rows each; word spaces in one-column prose never line up so, and a table without
rules, whose left cells are short, is still read row by row.

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
_LAST_PAGE = 999_999  # "N-" in a page list: to the last page
_GUTTER_MIN = 6  # points: the narrowest blank strip read as a gutter between text columns
_COLUMN_ROWS = 12  # text rows a column needs on each side of a gutter
_COLUMN_FILL = 0.6  # the median row of a text column runs at least this fraction of its width


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


def _gutters(words: list[dict[str, Any]], width: float) -> list[tuple[float, float]]:
    """Return the x-ranges of the gutters between a page's text columns (none for one column).

    A gutter is a vertical strip at least ``_GUTTER_MIN`` points wide, away from the page's side
    margins, that at most a few words cross (a title or a header set across the columns); the
    columns on both sides of it must each hold ``_COLUMN_ROWS`` text rows and a sixth of the page's
    words, set as prose (:func:`_filled`: a table without rules is read row by row instead).
    Word spaces in one-column prose do not line up over many rows, so they make no gutter.
    """
    rows = {round(float(w["top"])) for w in words}
    if len(rows) < _COLUMN_ROWS or width <= 0:
        return []
    size = int(width) + 2
    cover = [0] * size
    for w in words:
        for x in range(max(0, int(float(w["x0"]))), min(size, int(float(w["x1"])) + 1)):
            cover[x] += 1
    left_edge = min(float(w["x0"]) for w in words)
    right_edge = max(float(w["x1"]) for w in words)
    allowed = max(2, len(rows) // 30)
    found: list[tuple[float, float]] = []
    start: int | None = None
    for x in range(max(0, int(left_edge) + 1), min(size, int(right_edge))):
        if cover[x] <= allowed:
            start = x if start is None else start
            continue
        if start is not None and x - start >= _GUTTER_MIN:
            found.append((float(start), float(x)))
        start = None
    edges = [-1.0, *(x for g in found for x in g), float(size)]
    columns = [[w for w in words if x0 <= float(w["x0"]) and float(w["x1"]) <= x1] for x0, x1 in zip(edges[::2], edges[1::2], strict=True)]
    ok = [len({round(float(w["top"])) for w in col}) >= _COLUMN_ROWS and len(col) >= len(words) / 6 and _filled(col) for col in columns]
    return [g for k, g in enumerate(found) if ok[k] and ok[k + 1]]


def _filled(words: list[dict[str, Any]]) -> bool:
    """Whether these words are set as a text column: most of their rows run most of the column's
    width (prose), not the short cells of a table without rules, read row by row."""
    rows: dict[int, list[float]] = {}
    for w in words:
        span = rows.setdefault(round(float(w["top"])), [float(w["x0"]), float(w["x1"])])
        span[0], span[1] = min(span[0], float(w["x0"])), max(span[1], float(w["x1"]))
    width = max(x1 for _, x1 in rows.values()) - min(x0 for x0, _ in rows.values())
    return width > 0 and statistics.median(x1 - x0 for x0, x1 in rows.values()) >= _COLUMN_FILL * width


def _across(row: list[dict[str, Any]], mid: float) -> bool:
    """Whether a row of words (left to right) runs across the middle of a gutter: a word covers
    it, or two words either side of it are no further apart than a wide word space."""
    for a, b in zip(row, row[1:], strict=False):
        if float(a["x1"]) <= mid <= float(b["x0"]) and float(b["x0"]) - float(a["x1"]) < _GUTTER_MIN:
            return True
    return any(float(w["x0"]) < mid < float(w["x1"]) for w in row)


def _column_regions(page: Any, words: list[dict[str, Any]]) -> list[Any]:
    """Return the page's text in reading order as filtered views of the page: one view for a
    one-column page; else, from top to bottom, each band of rows set across the columns (a
    title, a header: :func:`_across`) in one view and each band of columns one view per column, left to right.
    A character belongs to the view its centre lies in."""
    width = float(page.width or 0)
    gutters = _gutters(words, width)
    if not gutters:
        return [page]
    rows: dict[int, list[dict[str, Any]]] = {}
    for w in words:
        rows.setdefault(round(float(w["top"])), []).append(w)
    spans: list[list[float]] = []  # vertical ranges of rows set across a gutter
    for top_key in sorted(rows):
        row = sorted(rows[top_key], key=lambda w: float(w["x0"]))
        if not any(_across(row, (g0 + g1) / 2) for g0, g1 in gutters):
            continue
        top, bottom = min(float(w["top"]) for w in row), max(float(w["bottom"]) for w in row)
        if spans and top <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], bottom)
        else:
            spans.append([top, bottom])
    edges = [0.0, *(x for g0, g1 in gutters for x in ((g0 + g1) / 2,)), width + 1]
    columns = list(zip(edges, edges[1:], strict=False))
    bands: list[tuple[float, float, bool]] = []  # (top, bottom, set across the columns)
    y = 0.0
    for top, bottom in spans:
        if top > y:
            bands.append((y, top, False))
        bands.append((top, bottom, True))
        y = bottom
    bands.append((y, float(page.height or 0) + 1, False))

    def view(x0: float, x1: float, y0: float, y1: float) -> Any:
        def keep(obj: dict[str, Any]) -> bool:
            if obj.get("object_type") != "char":
                return True
            cx, cy = (float(obj["x0"]) + float(obj["x1"])) / 2, (float(obj["top"]) + float(obj["bottom"])) / 2
            return x0 <= cx < x1 and y0 <= cy < y1
        return page.filter(keep)

    out: list[Any] = []
    for y0, y1, across in bands:
        if across:
            out.append(view(-1.0, width + 1, y0, y1))
        else:
            out.extend(view(x0, x1, y0, y1) for x0, x1 in columns)
    return out


def _page_lines(page: Any) -> _Page:
    """Return a page's text lines (tables left out) in reading order, column by column, marking
    those in small type near its foot."""
    try:
        tables = [t.bbox for t in page.find_tables()]
    except (ValueError, KeyError, TypeError, IndexError, ZeroDivisionError):
        tables = []
    words = [w for w in page.extract_words(x_tolerance=1.5)
             if not any(x0 <= float(w["x0"]) + 1 and float(w["x1"]) <= x1 + 1 and top <= float(w["top"]) <= bottom
                        for x0, top, x1, bottom in tables)]
    found = [ln for region in _column_regions(page, words) for ln in region.extract_text_lines(x_tolerance=1.5, return_chars=True)]
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


_PAGE_RANGE = re.compile(r"^\s*(\d{1,6})\s*(?:-\s*(\d{1,6})?\s*)?$")


def parse_pages(spec: str) -> frozenset[int]:
    """Return the page numbers of a page list such as ``"5"``, ``"3-7"``, ``"1,4-6,10-"``
    (pages counted from 1; ``N-`` means N to the last page, given as page numbers up to 999,999).

    Raises:
        InputError: not such a list.
    """
    pages: set[int] = set()
    for part in spec.split(","):
        m = _PAGE_RANGE.match(part)
        if m is None or int(m.group(1)) < 1 or (m.group(2) is not None and int(m.group(2)) < int(m.group(1))):
            raise InputError(f"--pages {spec!r}: give page numbers from 1 and ranges, as in 5 or 3-7 or 1,4-6,10-")
        first = int(m.group(1))
        last = first if "-" not in part else int(m.group(2)) if m.group(2) is not None else _LAST_PAGE
        pages.update(range(first, last + 1))
    return frozenset(pages)


def read_pdf(data: bytes, origin: str, progress: Callable[[int, int], None] | None = None,
             pages_wanted: frozenset[int] | None = None) -> PdfText:
    """Return the prose of the PDF in ``data`` with its page map.

    ``progress(page, pages)`` is called after each page is read. ``pages_wanted``: read only
    these pages (:func:`parse_pages`); the page map keeps their numbers in the whole PDF, and
    running headers and footers are found among the pages read (three at least).

    Raises:
        InputError: not a readable PDF, encrypted, without a text layer (scanned), or none of
        ``pages_wanted`` in it.
    """
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - pinned dependency
        raise InputError(f"{origin}: PDF input needs pdfplumber (pip install -e . installs it)") from None
    for name in ("pdfminer", "pdfplumber"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            count = len(pdf.pages)
            numbers = [k for k in range(1, count + 1) if pages_wanted is None or k in pages_wanted]
            if not numbers and count:
                raise InputError(f"{origin}: --pages names no page of this PDF (it has {count} page{'s' if count != 1 else ''})")
            pages: list[_Page] = []
            for done, k in enumerate(numbers, 1):
                pdf_page = pdf.pages[k - 1]
                pages.append(_page_lines(pdf_page))
                pdf_page.close()  # drop the page's parsed layout: pdfplumber keeps it for the whole document
                if progress is not None:
                    progress(done, len(numbers))
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
    for number, pg, drop in zip(numbers, pages, residue, strict=True):
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
    return PdfText(text, tuple(ranges), count, removed, footnote_lines, tables, table_count)




def _terminal_progress(origin: str) -> Callable[[int, int], None] | None:
    """Return a callback printing "reading FILE: page N/M" on a terminal's stderr, else None."""
    import sys

    if not sys.stderr.isatty():
        return None

    def show(page: int, pages: int) -> None:
        end = "\n" if page == pages else ""
        print(f"\rreading {origin}: page {page}/{pages}", end=end, file=sys.stderr, flush=True)

    return show


def pdf_article(data: bytes, origin: str, published: date | None = None, pages: frozenset[int] | None = None) -> Article:
    """Return the :class:`Article` of a PDF: its prose, with the page map in ``pages``.

    ``pages``: read only these pages (``hearsay analyze --pages``), see :func:`read_pdf`.

    Raises:
        InputError: see :func:`read_pdf`.
    """
    from hearsay.ingest.readers import make_article

    show = _terminal_progress(origin)
    found = read_pdf(data, origin, show, pages)
    if show is not None and found.tables:
        import sys

        print(f"{origin}: {found.tables} table(s), {found.table_lines} lines, left out of the prose (figures in tables are not read)",
              file=sys.stderr)
    article = make_article(text=found.text, origin=origin, published=published)
    if article.text != found.text:  # normalisation is idempotent on the reader's text; guard offsets
        raise InputError(f"{origin}: the PDF's text changed under normalisation; page numbers would be wrong")
    return dataclasses.replace(article, input_format="pdf", pages=found.pages)


__all__ = ["PdfText", "page_of", "parse_pages", "pdf_article", "read_pdf"]
