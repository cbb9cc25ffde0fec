"""Block quotations in flattened text: the paragraph breaks around them, put back.

Web news sets a quotation as a block of its own paragraphs (``_block_quotes``, issue 14 round 41):
after a colon lead-in ("Njeri Wangari wrote:"), under a handle ("@hamza101: …"), a transcript's
label ("GV: …", "Lasana Liburd (LL): …") or a name alone on its line ("Evgeny:"). Scraped corpora
and CSV exports deliver such pages with every line break made a space (issue 14 round 43), so the
block rules, which read paragraphs, find none. Where the text still shows the structure, the
breaks are restored:

- a break before a label: a handle followed by a colon, a defined acronym or a name defining its
  acronym after a sentence end, a capitalised name and its colon after a sentence end (that label
  then stands on a line of its own, as ``_label_line`` reads it);
- a break after the colon of a lead-in whose clause holds a cue of speech, writing or belief, or
  after a label line, when an unquoted sentence follows;
- where the block ends: a block opening in another language (an original) runs to its English
  rendering (a translation pair: a break where the language turns, and the translation ends at
  the sentence end nearest the original's length); a block in English keeps its first sentence
  and the sentences after it that read as the quoted voice (first or second person, a question or
  an exclamation, a numbered list, each item its own paragraph). The writer's narration, which
  starts after the end, is returned as a stop: the block run ends there.

A transcript's turn ("GV: …") runs to the next label: an answer's end is not in the text.
"""

from __future__ import annotations

import bisect
import unicodedata
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from hearsay import lexicon
from hearsay.extract.statements._cues import cue_entry
from hearsay.extract.statements._quote_marks import QuoteSpan

# "@hamza101: …" — a handle labelling a turn (a space or the end after the colon)
_HANDLE_LABEL = re.compile(r"(?<![\w@])@\w{2,30}:(?=\s|#|@)")
# "Global Voices (GV)" — a name defining its acronym (group 1 the name, 2 the acronym); also
# ``_block_quotes``'s, which reads it in paragraphs; "Global Voices (GV): …" — the same as a label
NAME_ACRONYM = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}) \(([A-Z]{2,6})\)")
_NAME_ACRONYM_LABEL = re.compile(NAME_ACRONYM.pattern + r":(?=\s)")
# "GV: …" — an acronym as a label
_ACRONYM_LABEL = re.compile(r"(?<![\w(])([A-Z]{2,6}):(?=\s)")
_ACRONYM_END = re.compile(r"[A-Z]{2,6}\)?:$")
# "Evgeny: …", "**Lovely Girl**: …" — a name as a label line, after a sentence end
_NAME_LABEL = re.compile(r"\**([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})\**:(?=\s)")
# a colon closing a lead-in, then a space and an unquoted opener
_COLON = re.compile(r":\s+(?=[^\s\"“‘'`«])")
# a sentence end: the mark(s), closing quotes or brackets, then a space
_SENTENCE_END = re.compile(r"(?:[.!?…]+|\.{3})[\"”’')\]]*(?=\s)"
                           # a tweet ends on a hashtag or an address, and its translation opens
                           r"|(?:#\w+|https?://\S+)(?=\s+[A-Z][a-z])")
_BEFORE_LABEL = ".!?…)\"”’':"  # what a label's line follows: a sentence end or a colon
_QUOTE_OPENERS = frozenset("\"“‘'`«")
_QUOTED_VOICE = frozenset({"i", "we", "me", "us", "my", "our", "you", "your", "im", "i'm"})
_TRANSLATION_SHARE = 0.6  # a translation runs at least this share of its original's length
_MAX_SENTENCES = 6
# English sentences hold a third or more of function words (spaCy's stop list); Spanish or
# Portuguese ones share a few ("a", "do", "no", "me") but fewer than a quarter
_ENGLISH_STOP_SHARE = 0.25
_MIN_WORDS = 6
_HEAD_CHARS = 600  # as ``normalize``: the top of the page, where breaks are restored  # an English block keeps at most this many sentences without a break


@dataclass(slots=True)
class FlatBlocks:
    """Restored paragraph starts, and those that start the writer's narration after a block."""

    starts: set[int]
    stops: set[int]


def _label_before_ok(text: str, at: int) -> bool:
    """True when the label at ``at`` follows a sentence end, a colon, a tweet's last word or the
    start of the text: where a line of its own began."""
    i = at - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i < 0 or text[i] in _BEFORE_LABEL:
        return True
    return i < at - 1 and _tag_end(text, i)


def _tag_end(text: str, i: int) -> bool:
    """True when the word ending at ``i`` is a hashtag, a handle or an address ("… #PPPFail",
    "… http://bit.ly/x"): a tweet's last word, after which the next turn opens."""
    j = i
    while j >= 0 and not text[j].isspace():
        j -= 1
    word = text[j + 1:i + 1]
    return word[:1] in "#@" or word.startswith("http") or "/" in word


def _name(doc: Doc, lo: int, hi: int) -> bool:
    """True when ``lo..hi`` is a name that can label a turn: not all capitals (a dateline), no
    determiner or pronoun ("My verdict"), not a heading word ("Update", "Photo"), its last word a
    proper noun or a person's or organisation's name."""
    label = doc.text[lo:hi]
    if label.isupper() or label.lower() in lexicon.words("non_speech_labels.txt") or label.lower() in lexicon.words("headline_kickers.txt"):
        return False
    span = doc.char_span(lo, hi, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if t.is_alpha]
    if not words or any(t.pos_ in {"DET", "PRON"} for t in words):
        return False
    return words[-1].pos_ == "PROPN" or words[-1].ent_type_ in {"PERSON", "ORG"}


def _person(doc: Doc, lo: int, hi: int) -> bool:
    span = doc.char_span(lo, hi, alignment_mode="expand")
    return span is not None and span[-1].ent_type_ == "PERSON"


def _labels(text: str, doc: Doc) -> list[tuple[int, int]]:
    """Return (label start, body start) of each turn label in flattened ``text``."""
    out: list[tuple[int, int]] = []
    for m in _HANDLE_LABEL.finditer(text):
        out.append((m.start(), m.end()))
    defined = {m.group(2): m.start() for m in NAME_ACRONYM.finditer(text)}
    for m in _NAME_ACRONYM_LABEL.finditer(text):
        if _label_before_ok(text, m.start()):
            out.append((m.start(), m.end()))
    for m in _ACRONYM_LABEL.finditer(text):
        if m.group(1) in defined and defined[m.group(1)] < m.start() and _label_before_ok(text, m.start()):
            out.append((m.start(), m.end()))
    taken = {s for s, _ in out}
    names = [m for m in _NAME_LABEL.finditer(text) if m.start() not in taken and m.start() > 0 and text[m.start() - 1] == " "]
    counts: dict[str, int] = {}
    for m in names:
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    for m in names:
        if not _label_before_ok(text, m.start()) or not _name(doc, m.start(1), m.end(1)):
            continue
        # a person's name, a name the page repeats as a label (a conversation), or one whose words
        # are in another language (a quoted original): "Evgeny: Вчера узнал …", not a heading
        # ("Best Video Channel: Kuang Kuang …") or a headline's topic ("Cuba: Where's …")
        body = _skip_space(text, m.end())
        if text[body:body + 1] in _QUOTE_OPENERS:
            continue  # 'Senator Ann Lee: "We will …"': the transcript label rule reads it in one paragraph
        sent = next(iter(_sentences(text, body, min(len(text), body + 400))), (body, body))
        if counts[m.group(1)] > 1 or _person(doc, m.start(1), m.end(1)) or _language(doc, *sent):
            out.append((m.start(), m.end()))
    return sorted(set(out))


def _sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Return the sentences of ``text[lo:hi]`` as (start, end) offsets, split at sentence marks."""
    out = []
    s = lo
    for m in _SENTENCE_END.finditer(text, lo, hi):
        if text[m.start() - 1:m.start()] in {"(", "["}:
            continue  # "(...)", "[…]": words left out, not a sentence end
        if m.end() > s and text[s:m.end()].strip():
            out.append((s, m.end()))
        s = m.end()
        while s < hi and text[s].isspace():
            s += 1
    if s < hi and text[s:hi].strip():
        out.append((s, len(text[:hi].rstrip())))
    return out


def _language(doc: Doc, lo: int, hi: int) -> bool | None:
    """Return True when ``lo..hi`` is not in English (most words outside the Latin alphabet, or
    under a quarter of six or more words English stop words, spaCy's list: "Un comunicado de la Presidencia
    …"), False when it is, None when it is too short to tell ("#ReginaMartínez.")."""
    span = doc.char_span(lo, hi, alignment_mode="expand")
    words = [] if span is None else [t for t in span if t.is_alpha]
    if not words:
        return None
    if sum(_latin(t.text) for t in words) * 2 < len(words):
        return True
    if len(words) < _MIN_WORDS:
        return None  # "Shutterstock/Flight Video and Photo.": too few words to judge by stop words
    return sum(t.is_stop for t in words) / len(words) < _ENGLISH_STOP_SHARE


def _latin(word: str) -> bool:
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in word)


def _voice(doc: Doc, lo: int, hi: int, text: str) -> bool:
    """True when sentence ``lo..hi`` reads as the quoted voice, not the writer's narration: a
    question or an exclamation, or a first- or second-person word."""
    if text[lo:hi].rstrip("\"”’')] ").endswith(("?", "!")):
        return True
    span = doc.char_span(lo, hi, alignment_mode="expand")
    return span is not None and any(t.lower_ in _QUOTED_VOICE for t in span)


def _block_end(doc: Doc, text: str, body: int, limit: int, out: FlatBlocks) -> None:
    """Restore the breaks inside and at the end of the block opening at ``body`` (before ``limit``)."""
    sents = _sentences(text, body, limit)
    langs = [_language(doc, s, e) for s, e in sents]
    first = next((x for x in langs if x is not None), None)
    if first is None:
        return
    if first:
        # an original, then its translation (a sentence too short to tell, "Derrumbemos El Muro.",
        # "#ReginaMartínez.", stays with the original: the translation opens on English words)
        k = next((i for i, x in enumerate(langs) if x is False), None)
        if k is None:
            return
        t0 = sents[k][0]
        original = t0 - body
        out.starts.add(t0)  # the translation opens a paragraph of its own
        end = sents[k][1]
        for (s, e), lang in zip(sents[k:], langs[k:], strict=True):
            if lang:
                break
            if abs((e - t0) - original) <= abs((end - t0) - original) or end - t0 < _TRANSLATION_SHARE * original:
                end = e
    else:
        k = langs.index(False)
        end = sents[k][1]
        for (s, e), lang in zip(sents[k + 1:_MAX_SENTENCES], langs[k + 1:_MAX_SENTENCES], strict=True):
            if lang or not _voice(doc, s, e, text):
                break
            end = e
    nxt = _skip_space(text, end)
    if nxt < limit:
        out.starts.add(nxt)
        out.stops.add(nxt)


def flat_blocks(doc: Doc, text: str, quotes: list[QuoteSpan], lead_in: Callable[[int], bool]) -> FlatBlocks:
    """Return the paragraph breaks of the block quotations of flattened ``text`` (module docstring).

    Args:
        doc: the parsed document.
        text: its text, judged flattened by ``is_flat``.
        quotes: its quotations (a colon or label inside one is none of the block's).
        lead_in: whether the colon at an offset closes a clause with a cue of speech or writing.

    Returns:
        The restored starts and, among them, those where the writer's narration resumes.
    """
    spans = sorted((q.open, q.outer_end) for q in quotes)
    opens = [s for s, _ in spans]

    def quoted(i: int) -> bool:
        k = bisect.bisect_right(opens, i) - 1
        return k >= 0 and spans[k][0] <= i < spans[k][1]

    out = FlatBlocks(set(), set())
    # the lines normalisation restored at the top of the page (headline, address, dateline: "May 2,
    # 2013, 1: 12 PM Lawyer: Lindsay Lohan checks into …") hold no block
    top = text.rfind("\n", 0, _HEAD_CHARS) + 1
    opened: list[tuple[int, int, bool]] = []  # (lead start, body start, whether its end is read from the text)
    for start, body in _labels(text, doc):
        if quoted(start) or start < top:
            continue
        out.starts.add(start)
        name_line = text[start] != "@" and not _ACRONYM_END.search(text, start, body)
        if name_line:
            out.starts.add(_skip_space(text, body))  # the name stands on its own line: "Evgeny:"
        opened.append((start, body, text[start] == "@" or name_line))
    label_starts = {s for s, _, _ in opened}
    for m in _COLON.finditer(text):
        if quoted(m.start()) or m.end() in label_starts or any(b == m.start() + 1 for _, b, _ in opened):
            continue
        if m.start() < top or text[m.start() - 1:m.start()].isdigit() and text[m.end()].isdigit():
            continue  # a clock time, "8: 33 AM" (not "the morning of May 3: After …")
        ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start() - 600), m.start())]
        lead = _skip_space(text, ends[-1]) if ends else 0
        if any(lead <= b < m.start() for _, b, _ in opened):
            continue  # a colon inside a block's first sentence ("said: The report … makes grim reading: …")
        if not (lead_in(m.start()) and _sourced_cue(doc, lead, m.start())) and not (
                _has_verb(doc, lead, m.start()) and _original_follows(doc, text, m.end())):
            continue
        out.starts.add(m.end())
        opened.append((lead, m.end(), True))
    opened.sort(key=lambda x: x[1])
    for i, (_, body, bounded) in enumerate(opened):
        if not bounded:
            continue
        limit = next((lead for lead, _, _ in opened[i + 1:] if lead > body), len(text))
        _block_end(doc, text, body, limit, out)
    return out


def _sourced_cue(doc: Doc, lo: int, hi: int) -> bool:
    """True when ``lo..hi`` holds a verb cue of speech, writing or belief, or a noun cue with its
    author ("his statement", "a statement by X", "Ali tweets" read as a compound): not a bare noun
    ("… until it can make a proper announcement, this much seems certain:")."""
    span = doc.char_span(lo, hi, alignment_mode="expand")
    for t in span if span is not None else []:
        entry = cue_entry(t)
        if entry is None or entry.kind not in {"speech", "writing", "belief"}:
            continue
        if t.pos_ != "NOUN" or any(c.dep_ in {"poss", "compound"} or c.dep_ == "prep" and c.lower_ in {"by", "from"} for c in t.children):
            return True
    return False


def _has_verb(doc: Doc, lo: int, hi: int) -> bool:
    """True when ``lo..hi`` holds a verb: a clause, not a label ("((es))Spanish language:")."""
    span = doc.char_span(lo, hi, alignment_mode="expand")
    return span is not None and any(t.pos_ == "VERB" for t in span)


def _original_follows(doc: Doc, text: str, body: int) -> bool:
    """True when the words after a colon are in another language and an English sentence follows
    them: an original and its translation, set as a block whatever the lead-in ("… with that of
    Tito Herrera (@TitoHerrera) [es]: La mejor manera …"; the speaker is the block rule's to find)."""
    sents = _sentences(text, body, min(len(text), body + 1500))
    langs = [_language(doc, s, e) for s, e in sents]
    first = next((x for x in langs if x is not None), None)
    return bool(first) and False in langs


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


__all__ = ["FlatBlocks", "flat_blocks"]
