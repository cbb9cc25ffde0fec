"""Quotation spans from the quotation marks of a text, before any parsing.

House styles handled: curly double marks, straight double marks (paired by an open/closed
state per paragraph), curly single marks opened by ``‘`` (an apostrophe never opens a quote),
nested quotes (only the outermost is returned) and quotations running over several paragraphs
(an opening mark with no closing one before the paragraph ends: the quote stops at the paragraph
end when the next paragraph re-opens it, the convention of news copy; it runs on when the next
line closes it, as in texts broken one sentence per line, and over mark-less lines to the line
that re-opens it, the same convention in such texts; issue 14 round 24).
"""

from __future__ import annotations

from dataclasses import dataclass

_OPEN = {"“": "”", "‘": "’", "«": "»", "„": "“"}


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quotation: marks at ``open``/``close`` (``close`` is None when unclosed), content in between."""

    open: int
    close: int | None
    start: int  # content start (after the opening mark)
    end: int  # content end (before the closing mark, or the paragraph end)

    @property
    def outer_end(self) -> int:
        """Return the offset just after the closing mark (or the content end)."""
        return self.end if self.close is None else self.close + 1


def _paragraph_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl == -1 else nl


def _next_line_closes(text: str, pos: int, close_mark: str) -> bool:
    """True when the line after ``pos`` closes a quote before opening another one."""
    start = pos + 1
    end = _paragraph_end(text, start)
    line = text[start:end].lstrip()
    if not line or line[0] in _OPEN or (close_mark == '"' and line[0] == '"'):
        return False
    c = line.find(close_mark)
    if c == -1:
        return False
    if close_mark == '"' and line[c - 1:c].isspace() and line[c + 1:c + 2].isalnum():
        return False  # a straight mark shaped as an opener ('the so-called "deal"') closes nothing
    opener = min((line.find(o) for o in _OPEN if line.find(o) != -1), default=-1)
    return opener == -1 or c < opener


_RUN_ON_LINES = 4
# lines a quotation runs over to a line whose first mark closes it: a speech set one sentence per
# line runs long in fiction and interviews (LitBank: 42 dev quotations over more than four lines);
# a line with any other mark, a blank line or a straight mark shaped as an opener stops the search,
# so a stray opener reaches no further than the next quotation (issue 14 round 24)
_CLOSING_LINES = 12


def _run_on(text: str, pos: int, close_mark: str) -> int | None:
    """Return the start of the line that closes a quotation after up to ``_CLOSING_LINES`` lines with
    no quotation marks at all (one sentence per line: a long speech broken over lines), else None."""
    start = pos + 1
    for _ in range(_CLOSING_LINES):
        end = _paragraph_end(text, start)
        line = text[start:end]
        if not line.strip():
            return None
        if any(m in line for m in ("“", "”", '"', "‘", "«", "»", "„")) or (close_mark == "’" and "’" in line):
            return start - 1 if _next_line_closes(text, start - 1, close_mark) else None
        if end >= len(text):
            return None
        start = end + 1
    return None


_MARKS = ("“", "”", '"', "‘", "«", "»", "„", "``", "''")


def _reopened_after(text: str, start: int, nl: int, open_mark: str) -> int | None:
    """Return the end of the last line of a quotation continued over lines with no marks up to a
    line that re-opens it, else None (issue 14 round 24).

    Text set one sentence per line (ECB+, tokenised corpora) keeps the news convention of a
    quotation running over paragraphs: each paragraph re-opens it and only the last closes, so
    "`` He was just going back and forth.\nAfter the shots, he just put the lights off.\n`` It is
    terrifying." is one quotation over its first two lines. The quotation opened at ``start`` and
    left unclosed at the line break ``nl`` runs on when it opens a sentence
    (:func:`_opens_sentence`) and its words end one there, and the
    next one to ``_RUN_ON_LINES`` lines hold no quotation mark, are one sentence each and end one
    (line = sentence: a line holding several sentences is a paragraph, which news copy would have
    re-opened), and the line after them starts with ``open_mark`` again. A blank line, a line with
    any mark or the text's end stops it: a stray mark never reaches past the next quotation.
    """
    if text[start:nl].rstrip()[-1:] not in _SENTENCE_MARKS or not _opens_sentence(text, start - len(open_mark)):
        return None
    pos, last = nl, None
    for _ in range(_RUN_ON_LINES + 1):
        if pos >= len(text):
            return None
        line_start = pos + 1
        end = _paragraph_end(text, line_start)
        line = text[line_start:end].strip()
        if last is not None and line.startswith(open_mark) and _opens_words(line, open_mark):
            return last
        if not line or any(m in line for m in _MARKS) or not _one_sentence(line):
            return None
        last, pos = _rstrip_end(text, line_start, end), end
    return None


_SENTENCE_MARKS = frozenset(".?!")


def _opens_sentence(text: str, i: int) -> bool:
    """True when the opener at ``i`` starts its line or follows a sentence end, a colon or a comma
    ("He added: “We will …"): a quotation of whole sentences, never a mark inside a noun phrase
    ('a "bad deal for workers.')."""
    before = text[text.rfind("\n", 0, i) + 1:i].rstrip().rstrip("”’\"'")
    return not before or before[-1] in ".?!:,"


def _opens_words(line: str, open_mark: str) -> bool:
    """True when the mark opening ``line`` is followed by words (a space at most in tokenised copy)."""
    rest = line[len(open_mark):].lstrip(" ")
    return bool(rest) and (rest[0].isalnum() or rest[0] in "‘'$£€(")


def _one_sentence(line: str) -> bool:
    """True when ``line`` is one sentence: it ends in a sentence mark and has no sentence end
    before a capital inside it but after an abbreviation or an initial ("Mr. Ali", "Lt. Gerry",
    "U.S. Army")."""
    if line.rstrip(")]").rstrip()[-1:] not in _SENTENCE_MARKS:
        return False
    for k, c in enumerate(line[:-1]):
        if c not in _SENTENCE_MARKS or not line[k + 1].isspace():
            continue
        after = line[k + 1:].lstrip()
        if not after[:1].isupper():
            continue
        words = line[:k].split()
        word = words[-1] if words else ""
        if c == "." and len(word) <= 3 and word[:1].isupper():
            continue
        return False
    return True


def _lost_opener(text: str, i: int, spans: list[QuoteSpan]) -> QuoteSpan | None:
    """Return the quotation a closing mark at ``i`` ends when its line lost the opener, else None.

    Scraped copy set one sentence per line drops the opener of a quotation that goes on after its
    attribution ("“We are thrilled …,” said Zadan and Meron.\nShe is beloved … as we are.”",
    ECB+ 2_1ecbplus; issue 14 round 24): a curly closer after a sentence mark or a comma, on a line
    with no opening mark before it, right after a line holding a quotation, closes a quotation
    that opened with the line. The line before must hold one (the evidence of a quotation going
    on); the content is the line from its first word, so it never reaches back over other text.
    The span has no opening mark: ``open`` is the content start.
    """
    before = text[:i].rstrip(" ")
    if before[-1:] not in {".", "?", "!", ","}:
        return None
    line_start = text.rfind("\n", 0, i) + 1
    if line_start == 0 or spans and spans[-1].outer_end > line_start:
        return None
    lead = len(text[line_start:i]) - len(text[line_start:i].lstrip())
    start = line_start + lead
    words = text[start:i].split()
    if len(words) < 3 or not (text[start].isupper() or text[start].isdigit()):
        return None
    if any(m in text[start:i] for m in ("“", '"', "``", "‘", "«", "„", "”")):
        return None
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    if not spans or spans[-1].outer_end < prev_start:
        return None
    return QuoteSpan(start, i, start, i)


def _straight_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Return the outermost quotation spans of ``text`` in order.

    Args:
        text: the normalised article text.

    Returns:
        One :class:`QuoteSpan` per quotation; empty quotations are dropped.
    """
    spans: list[QuoteSpan] = []
    i, n = 0, len(text)
    # For '"' and '’' a scan's outcome does not depend on where it starts, only on the text from
    # there on: after a scan from i fails at offset f, any scan for the same mark from i < k < f
    # fails at f too. Remembering f keeps a line of unclosed openers ("‘a ‘b ‘c …") linear.
    failed_until: dict[str, int] = {}
    while i < n:
        ch = text[i]
        close_mark: str | None = None
        if ch == "`" and text.startswith("``", i):
            ptb = _ptb_quote(text, i)  # "`` Yes, '' he said": tokenised (Penn Treebank) quotes
            if ptb is not None:
                spans.append(ptb)
                i = ptb.outer_end
                continue
        if ch in _OPEN and (ch != "‘" or _single_opens(text, i)):
            close_mark = _OPEN[ch]
        elif ch == '"' and (_straight_opens(text, i) or _spaced_straight_opens(text, i)):
            close_mark = '"'
        elif ch == "”" and i + 1 < n and text[i + 1].isalnum() and (i == 0 or text[i - 1].isspace()):
            close_mark = "”"  # a closing mark used as an opener (rebuilt corpora)
        elif ch == "”" and (orphan := _lost_opener(text, i, spans)) is not None:
            spans.append(orphan)  # '“…,” said Zadan and Meron.\nShe is beloved … as we are.”'
            i = orphan.outer_end
            continue
        elif ch == "'" and (line := _single_line(text, i)) is not None:
            spans.append(line)  # "'We panicked'" on a line of its own: a crosshead quote
            i = line.outer_end
            continue
        elif ch == "'" and i >= 1 and text[i - 1 if text[i - 1] != " " else max(0, i - 2)] == ":":
            colon = _colon_single(text, i)  # "Putin: 'We will respond'": a headline quote in straight single marks
            if colon is not None:
                spans.append(colon)
                i = colon.outer_end
                continue
        if close_mark is None or i < failed_until.get(close_mark, -1):
            i += 1
            continue
        span, stop = _scan(text, i, close_mark)
        if span is None and close_mark in {'"', "’"}:
            failed_until[close_mark] = stop
        if span is not None:
            if span.end > span.start and text[span.start:span.end].strip():
                spans.append(span)
            i = span.outer_end
        else:
            i += 1
    return spans


def _balanced(text: str, start: int) -> bool:
    """True when the double marks from ``start`` to the paragraph end pair up (issue 14 round 9).

    A quote-balance check that needs no paragraph breaks: walking the marks, a curly opener needs
    no quote open, a curly closer needs one, a straight mark closes an open quote or opens one;
    the walk must end with every quote closed. Flattened text (one paragraph) is walked to its end.
    """
    open_ = False
    for c in text[start:_paragraph_end(text, start)]:
        if c == "“":
            if open_:
                return False
            open_ = True
        elif c == "”":
            if not open_:
                return False
            open_ = False
        elif c == '"':
            open_ = not open_
    return not open_


def _ptb_quote(text: str, i: int) -> QuoteSpan | None:
    """Return the quotation a Penn Treebank opener (two backticks) at ``i`` opens, else None.

    Tokenised corpora write quotes as two backticks and two apostrophes; the closer is the first
    two apostrophes in the paragraph, or a second pair of backticks before them (a slip that
    writes the opener twice); an opener with none is a quotation to the paragraph end, as for
    the other marks.
    """
    end = _paragraph_end(text, i)
    k = text.find("''", i + 2, end)
    again = text.find("``", i + 2, end if k == -1 else k)
    if again != -1 and _reopens(text, i + 2, again):
        # a second opener after a sentence end re-opens a quotation running over paragraphs in
        # text that arrived flattened ("`` … here at home. `` It's been …"): the first stops
        # there unclosed and the second is left to open its own (issue 14 round 13)
        stop = _rstrip_end(text, i + 2, again)
        return QuoteSpan(i, None, i + 2, stop) if text[i + 2:stop].strip() else None
    if again != -1:
        k = again  # an opener written twice ("the `` illegal use `` of his weapon") closes at the second
    if k == -1:
        close = _ptb_run_on(text, end)
        if close is not None:
            return QuoteSpan(i, close + 1, i + 2, close)
        last = _reopened_after(text, i + 2, end, "``")
        if last is not None:
            return QuoteSpan(i, None, i + 2, last)
        stop = _rstrip_end(text, i + 2, end)
        return QuoteSpan(i, None, i + 2, stop) if text[i + 2:stop].strip() else None
    if not text[i + 2:k].strip():
        return None
    return QuoteSpan(i, k + 1, i + 2, k)


def _ptb_run_on(text: str, pos: int) -> int | None:
    """Return the Penn Treebank closer ('') of a quotation that runs on over up to ``_CLOSING_LINES``
    lines after the line break at ``pos``, else None.

    Tokenised corpora put each sentence on a line of its own, a quotation's too ("`` Trust me, my
    body is tired.\\nI partied hard.\\nBut I think … people. ''"; statements-rich7 1_14ecb, issue 14
    round 15): lines with no mark at all, then a line whose first mark is the closer, are one
    quotation, as :func:`_run_on` does for the other marks. A line opening another quotation, a
    blank line or the text's end stops it.
    """
    start = pos + 1
    for _ in range(_CLOSING_LINES):
        if start >= len(text):
            return None
        end = _paragraph_end(text, start)
        line = text[start:end]
        if not line.strip():
            return None
        k = line.find("''")
        again = line.find("``")
        if again != -1 and (k == -1 or again < k) and _ptb_closes_as_opener(line, again):
            return start + again
        if again != -1 and (k == -1 or again < k) or any(m in line[:k if k != -1 else len(line)] for m in ("“", "”", '"')):
            return None
        if k != -1:
            return start + k
        start = end + 1
    return None


def _ptb_closes_as_opener(line: str, j: int) -> bool:
    """True when the two backticks at ``j`` of a run-on line close the quotation, written as an
    opener: they follow the line's words, and what comes after them is nothing or a lower-case
    word ("We are better than this, `` said Stefanski.", "… on this team. ``"; statements-rich9
    5_1ecb, issue 14 round 19). An opener opens words that follow it; one that opens none, or only
    the cue of the quotation before it, is a closer.
    """
    if not line[:j].strip():
        return False
    rest = line[j + 2:].strip()
    return not rest or rest[0].islower()


def _spaced_straight_opens(text: str, i: int) -> bool:
    """True for a straight mark set off by spaces that still opens a quote (tokenised text: '" Yes , " he said').

    Only when it starts its paragraph or another straight mark closes it later in the paragraph,
    so a stray mark (an inch sign) never opens a quotation.
    """
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if not (before.isspace() and after in " \t"):
        return False
    if before == "\n":
        return True
    return text.find('"', i + 1, _paragraph_end(text, i)) != -1


def _single_line(text: str, i: int) -> QuoteSpan | None:
    """Return the quotation a line wholly inside straight single marks holds, else None.

    A crosshead or pull quote ("'We panicked'" on a line of its own, BBC News; statements-rich9
    20_1ecbplus, issue 14 round 19): the mark opens the line before a letter and another ends it
    after a letter or a sentence mark. An apostrophe does both only in a line of one elided or
    possessive word ("'90s", "players'"), which the letter after the opener and the two words
    asked for rule out.
    """
    if i > 0 and text[i - 1] != "\n" or i + 1 >= len(text) or not text[i + 1].isalpha():
        return None
    end = _paragraph_end(text, i)
    line = text[i:end].rstrip()
    close = i + len(line) - 1
    if close <= i + 1 or text[close] != "'" or not (text[close - 1].isalpha() or text[close - 1] in ".!?"):
        return None
    inner = text[i + 1:close]
    if "'" in inner.replace("'s ", "").replace("n't", "") or len(inner.split()) < 2:
        return None
    return QuoteSpan(i, close, i + 1, close)


def _apostrophes_close(text: str, j: int) -> bool:
    """True when the two (or three) apostrophes at ``j`` end a word group: a space or a sentence
    mark before them and a space, a line end or punctuation after them; never inside a word
    ("rock 'n' roll") or after a number (a 5'' screen)."""
    before = text[j - 1] if j > 0 else " "
    k = j + 3 if text.startswith("'''", j) else j + 2
    after = text[k] if k < len(text) else " "
    return (before.isspace() or before in ".,!?;:") and not after.isalnum()


def _single_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([“\"—–-") and after.isalnum()


def _scan(text: str, i: int, close_mark: str) -> tuple[QuoteSpan | None, int]:
    """Return the quotation opened at ``i`` (nested quotes skipped), or None for a stray mark,
    with the offset where the scan stopped."""
    n = len(text)
    depth = 0
    j = i + 1
    open_mark = text[i]
    while j < n:
        c = text[j]
        if c == "\n":
            if _next_line_closes(text, j, close_mark):
                j += 1
                continue
            skip = _run_on(text, j, close_mark)
            if skip is not None:  # lines without marks, then one that closes: one quotation
                j = skip
                continue
            if close_mark == "’":
                return None, j  # an unclosed single mark is an apostrophe, not a quote
            if open_mark in {"“", '"', "«"} and depth == 0:
                last = _reopened_after(text, i + 1, j, open_mark)
                if last is not None:  # lines with no mark, then one re-opening it: one quotation
                    return QuoteSpan(i, None, i + 1, last), last
            return QuoteSpan(i, None, i + 1, _rstrip_end(text, i + 1, j)), j
        if close_mark == "’" and c == "’":
            after = text[j + 1] if j + 1 < n else " "
            if not after.isalnum():
                return QuoteSpan(i, j, i + 1, j), j
        elif close_mark == '"' and c == '"' and _straight_reopens(text, i + 1, j):
            # a straight mark shaped as an opener (a space before, a word after) after a sentence
            # end re-opens a quotation running over paragraphs in flattened text ('… scene. "We've
            # been …'): the first stops there unclosed, as curly and tokenised marks do, so the
            # pairing does not drift by one mark for the rest of the text (issue 14 round 22)
            return QuoteSpan(i, None, i + 1, _rstrip_end(text, i + 1, j)), j
        elif close_mark == '"' and c == '"':
            return QuoteSpan(i, j, i + 1, j), j
        elif close_mark == '"' and text.startswith("''", j) and _apostrophes_close(text, j):
            # the tokenised-corpus mix ('"Hide, she's got a gun! '' Vanore said'): a straight
            # opener closed by two apostrophes, the Penn Treebank closer; a third apostrophe
            # first closes a nested single quote ("… 'Oh, my God! '''"; issue 14 round 15)
            k = j + 1 if text.startswith("'''", j) else j
            return QuoteSpan(i, k + 1, i + 1, k), k + 1
        elif close_mark == '"' and c == "”" and ('"' not in text[j + 1:_paragraph_end(text, j)] or _balanced(text, j + 1)):
            # mixed house styles in scraped copy: a straight opener closed by a curly mark
            # ('"Kimani made great strides,” the letter read') when no straight mark follows, or
            # when the marks after it pair up (flattened text has no paragraph to look within)
            return QuoteSpan(i, j, i + 1, j), j
        elif close_mark == "”" and c == '"' and depth == 0 and "”" not in text[i + 1:j] and _balanced(text, j + 1):
            # the other mix ('“… him. "'): a curly opener closed by a straight mark when no curly
            # closer came first and the marks after it pair up
            return QuoteSpan(i, j, i + 1, j), j
        elif c == close_mark and close_mark != '"':
            if depth == 0:
                return QuoteSpan(i, j, i + 1, j), j
            depth -= 1
        elif c == open_mark and close_mark not in {'"', "’"}:
            if depth == 0 and _reopens(text, i + 1, j):
                # a second opener after a sentence end re-opens a quotation running over
                # paragraphs in flattened text ("… are protected. “The Syrian army …"), not a
                # nested one: the first stops there unclosed (issue 14 round 13)
                return QuoteSpan(i, None, i + 1, _rstrip_end(text, i + 1, j)), j
            depth += 1
        j += 1
    if close_mark in {"’", '"'}:
        return None, n
    return QuoteSpan(i, None, i + 1, _rstrip_end(text, i + 1, n)), n


def _straight_reopens(text: str, start: int, j: int) -> bool:
    """True when the straight mark at ``j`` opens rather than closes: a space before it and a
    letter or digit after it, after a sentence end (:func:`_reopens`). A closing mark follows the
    quoted words ('building. "' or 'building."') and a space or punctuation comes after it."""
    after = text[j + 1] if j + 1 < len(text) else " "
    return text[j - 1].isspace() and after.isalnum() and _reopens(text, start, j)


def _reopens(text: str, start: int, j: int) -> bool:
    """True when the opener at ``j`` follows a space after a sentence end inside the quotation
    begun at ``start``: the news convention re-opens a quotation at each new paragraph and leaves
    the paragraph before unclosed, so in flattened text the second opener starts a paragraph."""
    if j == 0 or not text[j - 1].isspace():
        return False
    before = text[start:j].rstrip()
    if len(before) < 2 or before[-1] not in ".?!":
        return False
    # the re-opened paragraph must read as quoted words too: up to its next mark it ends as a
    # quotation does (". , ? !"), not mid-phrase ("`` While Reid … she was a `` social drinker")
    width = 2 if text.startswith("``", j) else 1
    end = _paragraph_end(text, j)
    marks = [k for k in (text.find(m, j + width, end) for m in ("``", "''", "“", "”", '"')) if k != -1]
    if not marks:
        return True
    after = text[j + width:min(marks)].rstrip()
    return after[-1:] in {".", ",", "?", "!", ";", ":", "-", "—", "–"}


def _colon_single(text: str, i: int) -> QuoteSpan | None:
    """Return the quotation a straight single mark after a colon opens, else None.

    Headlines in British style quote with straight single marks after a label ("Putin: 'We will
    respond'"). An apostrophe never follows a colon, so the mark opens a quotation when a word
    follows it; it closes at the paragraph's last straight single mark that ends a word and is
    not followed by a letter ("countries' ties" inside the quote is skipped only when a later
    mark closes it).
    """
    end = _paragraph_end(text, i)
    if i + 1 >= end or not text[i + 1].isalnum():
        return None
    j = text.rfind("'", i + 2, end)
    while j != -1:
        after = text[j + 1] if j + 1 < len(text) else " "
        if not after.isalnum() and not text[j - 1].isspace():
            return QuoteSpan(i, j, i + 1, j)
        j = text.rfind("'", i + 2, j)
    return None


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


__all__ = ["QuoteSpan", "find_quote_spans"]
