"""Figures: numbers that are no claim (dates, clock times, ranks, scores, model numbers, phones, addresses).

:func:`_reject_reason` says why a candidate is rejected; :class:`_Lookups` indexes what every number of one
article is checked against. Split out of ``amounts.py`` (issue 15, figures round 10).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from hearsay import lexicon
from hearsay.extract.figures import _scan
from hearsay.extract.figures._numbers import CURRENCY_WORDS, hedges, physical_units
from hearsay.extract.intervals import Overlaps, Starts
from hearsay.extract.zones import Zones
from hearsay.model import TimeExpr


_PHONE = re.compile(r"^\+?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}$|^\+\d[\d\s-]{7,}$")
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)s?$")
# "the two countries" points back to a count already made; a possessive ("its 53 executive officers") counts anew
_DEFINITE = {"the", "these", "those", "both"}
_COUNTRY_TYPES = {"GPE", "NORP"}
_TIME_NOUNS = {"season", "election", "budget", "model", "version", "edition", "census", "game", "olympics", "championship", "cup"}
# an hour, its minutes if any, and a dotted am/pm, spaced or not ("9 a. m.", "9. 25 a.m.", "11:30 p. m."; round 19)
_SPACED_CLOCK = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-4])(?:\s?[:.]\s?[0-5]\d)?\s?[AaPp]\.\s?[Mm]\b")
_CLOCK_ZONE = re.compile(r"\s*(?:a\.?m\.?|p\.?m\.?|hrs\b|h\b|utc|gmt|bst|cet|cest|est|edt|pst|pdt|et|local time)\b", re.IGNORECASE)
_LEVEL_NOUNS = {"mark", "level", "threshold", "barrier", "line"}  # "the 5000 mark" names a value, not a group
_DESCENDING_PAIR = re.compile(r"(?<![\w.,:/$£€¥-])(\d{1,3})[-–](\d{1,3})(?![\w%/-]|[.,]\d|\s?(?:percent|per cent)\b)")
_SCORE_WORDS = {"win", "won", "beat", "lose", "lost", "defeat", "draw", "drew", "victory", "score", "lead", "led", "trail",
                "tie", "tied"}  # round 11: "to break a 13 - 13 tie": a level score is a tie
# round 11: a numeric date, day and month in either order, slashes spaced or not ("05 / 02 / 2013", "10/25/11")
_NUMERIC_DATE = re.compile(r"(?<![\d/.,])(\d{1,2}) ?/ ?(\d{1,2}) ?/ ?(\d{4}|\d{2})(?![\d/]|[.,]\d)")


def _names_a_model(doc: Doc, i: int) -> bool:
    """True when the number at token ``i`` follows a name ("Boeing 737", "S&P 500"), not a place or a start."""
    tok = doc[i]
    if i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i + 1].text[:1].isupper() and tok.head.i == i + 1:
        return True  # "787 Dreamliner", "500 Index" ("500 Apple engineers" counts engineers)
    if i == 0:
        return False
    prev = doc[i - 1]
    if prev.tag_ == "POS" and i >= 2 and doc[i - 2].pos_ == "PROPN" and doc[i - 2].text[:1].isupper() \
            and doc[i - 2].ent_type_ not in _COUNTRY_TYPES and not (tok.head.i > i and tok.head.tag_ in ("NNS", "NNPS")):
        return True  # round 6: "Boeing's 787", "Standard and Poor's 500 index" ("Apple's 500 employees" counts employees)
    return (prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.ent_type_ not in _COUNTRY_TYPES
            and not prev.is_sent_start and prev.whitespace_ != "")


@dataclass(slots=True)
class _Lookups:
    """What every number of one article is checked against, indexed once (issue 16: each check
    was a scan of every time expression, or of every token, per number)."""

    doc: Doc
    times: Sequence[TimeExpr]
    time_spans: Overlaps
    times_by_start: Starts[TimeExpr]
    full: str  # doc.text, read once
    _model_numbers: set[str] | None = None

    @classmethod
    def of(cls, doc: Doc, times: Sequence[TimeExpr], full: str) -> _Lookups:
        return cls(doc, times, Overlaps((t.start, t.end) for t in times), Starts(times, lambda t: t.start), full)

    def in_time(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a date or time expression."""
        return self.time_spans.any(start, end)

    def names_a_model(self, text: str) -> bool:
        """True when some token ``text`` (3-4 digits) of the article follows or precedes a name ("Boeing 787")."""
        if self._model_numbers is None:
            doc = self.doc  # round 8: only tokens starting with a digit are read, not every token
            starts = (m.start() for m in _DIGIT.finditer(self.full))
            self._model_numbers = {doc[i].text for i in _scan.starting_at(doc, starts)
                                   if _MODEL_DIGITS.fullmatch(doc[i].text) and _names_a_model(doc, i)}
        return text in self._model_numbers


_MODEL_DIGITS = re.compile(r"\d{3,4}")
_DIGIT = re.compile(r"\d")  # a token of digits only starts at one of these
# "Day six", "Game 3", "Round 2": a number naming a place in a sequence
_SEQUENCE_NOUNS = {"day", "week", "game", "round", "stage", "phase", "part", "step", "episode", "season", "lap", "heat", "act"}
_ADDRESS_AFTER = re.compile(r"\s+(?:block\b|(?:[A-Z][a-z]+\.?\s+){0,3}(?:Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.?|Road|Rd\.|"
                            r"Lane|Drive|Place|Court|Highway|Parkway|Square)\b)")
_DAY_MONTH = re.compile(r"\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*\.?)(?:\s+\d{4}|[\s,.;:]|$)")
_PHONE_IN = re.compile(r"\(\d{3}-\d{4}\)|\b\d{3}-[A-Z]{3,}[\w-]*|(?<![\w,.])\+?\d{2,5}(?:[ .-]\d{2,5}){2,3}(?![\w,])")


def _touches_pair(around: str, full: str, ent: Span) -> bool:
    """True when a "N - M" pair of the window around ``ent`` overlaps the entity's own characters."""
    base = max(0, ent.start_char - 5)
    return any(base + m.start() < ent.end_char and ent.start_char < base + m.end()
               for m in re.finditer(r"(?<!\d)\d{1,2}\s?[-–]\s?\d{1,2}(?!\d)", around))


# round 21: a slash pair that is no common fraction is a date or a name ("9/11", "24/7", "7/7"): news writes fractions
# over small denominators ("1/2", "3/4", "2/3", "5/8") and a proper fraction below one
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100})
_SLASH_PAIR = re.compile(r"(\d{1,2})/(\d{1,3})")
# round 21: a scoreline written as two "Side: N" pairs ("the Internet: 1, Scientology: 0")
_SCORELINE = re.compile(r"(?<![\w:])[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,2} ?: ?(\d{1,3})\s?,\s?(?:and )?[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,2} ?: ?(\d{1,3})(?![\d,:]|\s?,\s?[A-Z][\w&'.-]* ?:)")
_DIALLING = frozenset({"call", "dial", "phone", "ring", "text"})  # round 21: "a witness called 911": a number dialled
_RANK_NOUNS = frozenset({"seed", "seeding"})  # "to lock up the five seed in the AFC"
_ONE_MORE = frozenset({"more", "last", "final"})  # "one more time", "one last time" (round 11)
_AND_WORD_AFTER = re.compile(r"\s?-\s?and\s?-\s?[a-z]+\b")  # "three - and - out", "one-and-done" (round 11)
_NAMING_VERBS = frozenset({"call", "name", "dub", "title", "brand"})
_ONE_FOCUS = frozenset({"only", "just", "exactly", "least", "than", "single"})  # "only one thing": a count (round 16)
_ONE_MOMENT = frozenset({"point", "stage", "time", "moment"})  # "at one point handing director Martin Scorsese a script"


def _reject_reason(ent: Span, doc: Doc, full: str, zones: Zones, look: _Lookups) -> str | None:
    """Return why ``ent`` is not a claim, or ``None`` to keep it."""
    kind = zones.kind_at(ent.start_char, ent.end_char)
    if kind is not None and kind != "heading":
        return f"{kind} zone (not a claim of the article)"
    text = ent.text.strip()
    if look.in_time(ent.start_char, ent.end_char):
        return "part of a date or time expression"
    chunk_start = full.rfind(" ", 0, ent.start_char) + 1
    chunk_end = min((i for i in (full.find(" ", ent.end_char), len(full)) if i >= 0), default=len(full))
    if _PHONE.match(text) or _PHONE.match(full[chunk_start:chunk_end].strip(".,;:()")):
        return "phone number"
    if ent.label_ == "CARDINAL" and _YEAR.match(text) and not _counts(ent, full):
        return "year"
    if re.fullmatch(r"\d{1,2}(?:[:.]\d{2})?|[01]\d[0-5]\d|2[0-3][0-5]\d", text) and ent.label_ in ("CARDINAL", "QUANTITY") and (
            _CLOCK_ZONE.match(full, ent.end_char) or re.search(r"\b(?:at|by|until|from)\s+$", full[max(0, ent.start_char - 7):ent.start_char])
            and re.fullmatch(r"[01]\d[0-5]\d|2[0-3][0-5]\d|(?:[01]?\d|2[0-4]):[0-5]\d", text)):
        return "clock time"  # "1800 GMT", "at 0930", "16:15 UTC" (issue 15: never a count or a year)
    if re.fullmatch(r"(?:[01]?\d|2[0-4])", ent[-1].text) and ent.label_ == "CARDINAL" and (
            re.match(r" ?: ?[0-5]\d(?!\d)| ?\. ?[0-5]\d ?[AaPp]\.? ?[Mm]\b| ?[AaPp]\.? ?[Mm]\b", full[ent.end_char:ent.end_char + 8])
            or re.search(r"\b(?:until|till|before|after)\s+$", full[max(0, ent.start_char - 8):ent.start_char], re.IGNORECASE)
            and re.match(r"\s*(?:[.;!?]|$|o'clock)", full[ent.end_char:ent.end_char + 8])):
        return "clock time"  # "until about 5: 00" (a spaced clock), "which began ... before 9."; round 10: "05. 51AM", "about 3pm";
        # round 13: an hour with a spaced am/pm ("about 7 p. m.", "about 7 pm")
    for m in _SPACED_CLOCK.finditer(full, max(0, ent.start_char - 6), min(len(full), ent.end_char + 6)):
        if m.start() < ent.end_char and ent.start_char < m.end():
            return "clock time"  # round 19: "just after 9 a. m.", "at 9. 25 a. m." tagged QUANTITY (a spaced am/pm)
    if ent.root.dep_ == "nummod" and ent.root.head.lemma_.lower() in _RANK_NOUNS and ent.root.head.i == ent.end:
        return "rank ('the five seed')"  # round 10: a seeding is a place in an order, not a count
    if full[max(0, ent.start_char - 1):ent.start_char] == "#" or re.match(r"#\d", text):
        # round 14: a number glued after "#" counts nothing; a spaced "# 13 billion" is left alone (some feeds write
        # "£" as "#", and the amount is still read)
        return "rank or identifier ('the #2 browser', 'issue #15')"
    if len(ent) == 1 and ent.root.tag_ == "LS" and full[ent.end_char:ent.end_char + 1] == ")":
        return "list marker ('either 1) ... or 2) ...')"  # round 14: the tagger's list-item marker before a bracket
    if re.fullmatch(r"[0-5]\d(?:[ap]m?)?", ent[0].text, re.IGNORECASE) and re.search(r"(?<![\d.,])(?:[01]?\d|2[0-4]) ?: ?$", full[max(0, ent.start_char - 6):ent.start_char]):
        return "clock time"  # the minutes of a clock: "8: 30 p. m.", "GMT+02: 00" (round 5); round 9: "5: 55p", "6:50pm"
    for m in _NUMERIC_DATE.finditer(full, max(0, ent.start_char - 10), min(len(full), ent.end_char + 10)):
        first, second = int(m.group(1)), int(m.group(2))
        if m.start() < ent.end_char and ent.start_char < m.end() and 1 <= min(first, second) <= 12 and max(first, second) <= 31:
            return "part of a date"  # round 11: "05 / 02 / 2013", "Updated: 12 / 25 / 11"
    if re.fullmatch(r"(?:0?[1-9]|[12]\d|3[01])", text) and _DAY_MONTH.match(full, ent.end_char):
        return "part of a date"  # "Published: 09 Sep 2013": a day before its month (round 5)
    if re.match(r"\s?°\s?(?:\d|[NSEW]\b)|°?[NSEW]\b\s*/?|[°′″]", full[ent.end_char:ent.end_char + 4]) or re.search(
            r"(?:°[NSEW]?|[NSEW]|′|″)\s*/\s*$|-?\d+\.\d+;\s*$|[Cc]oordinates:\s*$", full[max(0, ent.start_char - 14):ent.start_char]):
        return "geographic coordinate"  # "33°47′N 44°30′E / 33.783; 44.500"
    if text.lower() in ("one", "a", "an") and ent.root.head.lemma_ in ("day", "time", "week", "month", "year") and \
            ent.root.head.dep_ in ("npadvmod", "advmod"):
        return "time adverbial ('one day')"
    if text.lower() == "one" and ent.root.head.lemma_ == "time" and any(
            c.dep_ == "amod" and c.lower_ in _ONE_MORE for c in ent.root.head.children):
        return "time adverbial ('one more time')"  # round 11: "It paid off one more time": an idiom, not a count
    idiom = _sports_idiom(ent, doc)
    if idiom is not None:
        return idiom
    if ent[0].lower_ == "one" and ent.start > 0 and doc[ent.start - 1].lower_ == "not":
        return "a zero count in a negation ('not one person')"  # round 17 (round 16's open line): the guide's negated zero
    if _AND_WORD_AFTER.match(full, ent.end_char) and not re.match(r"\s?-\s?and\s?-\s?(?:a\b|an\b|\d)", full[ent.end_char:ent.end_char + 12]):
        return "part of a hyphenated compound ('three-and-out')"  # round 11; "two-and-a-half" is still a number
    if ent.label_ == "CARDINAL" and ent.root.dep_ == "nummod" and ent.root.head.i == ent.end and ent.root.head.pos_ == "PROPN" \
            and ent.root.head.text[:1].isupper() and ent.root.head.head.lemma_.lower() in _NAMING_VERBS \
            and ent.root.head.dep_ in ("oprd", "dobj", "attr", "xcomp"):
        return "part of a name"  # round 11: "a gang called 8 Block": the name a naming verb gives
    if text.lower() == "half" and re.match(r"[\s-]way\b", full[ent.end_char:ent.end_char + 5]):
        return "adverb ('half way')"
    if text.lower() == "one" and ent.root.head.lemma_ in ("point", "stage", "moment", "time") and ent.root.head.dep_ == "pobj" \
            and ent.root.head.head.lower_ == "at":
        return "time adverbial ('at one point')"
    if _ADDRESS_AFTER.match(full, ent.end_char) and ent.label_ == "CARDINAL" and re.fullmatch(r"\d{1,5}", text):
        return "street address"  # "the 3400 block of Thorpe Street", "200 West American Boulevard"
    window = full[max(0, ent.start_char - 16):ent.end_char + 16]
    for m in _PHONE_IN.finditer(window):
        ws = max(0, ent.start_char - 16)
        if ws + m.start() < ent.end_char and ent.start_char < ws + m.end() and (
                sum(ch.isdigit() for ch in m.group(0)) >= 9 or m.group(0).startswith("(") or re.search(r"[A-Z]{3}", m.group(0))):
            return "phone number"  # "0800 555 111", "(527-3247)", "877-LAPD-24-7"
    around = full[max(0, ent.start_char - 5):ent.end_char + 5]  # round 7: a corpus spaces the hyphen ("lose 20 - 13")
    if re.search(r"(?<!\d)\d{1,2}\s?[-–]\s?\d{1,2}(?!\d)", around) and _touches_pair(around, full, ent) and any(t.lemma_.lower() in _SCORE_WORDS or t.lower_ in _SCORE_WORDS for t in ent.sent):
        return "score"  # "Arsenal won 2-1", "a 3-0 victory"
    for m in _DESCENDING_PAIR.finditer(full, max(0, ent.start_char - 4), min(len(full), ent.end_char + 4)):
        if m.start() < ent.end_char and ent.start_char < m.end() and int(m.group(1)) > int(m.group(2)):
            return "score"  # round 6: "fought back from 14-0 and 24-14 down": a range is written low to high, a score is not
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("ranked", "rank", "ranks", "placed", "finished", "seeded") \
            and not (ent.root.dep_ == "nummod" and ent.root.head.i >= ent.end and ent.root.head.pos_ == "NOUN"):
        return "rank"  # round 21: "placed over 60,000 security personnel" counts the noun it modifies
    slash = _SLASH_PAIR.fullmatch(text)
    if slash is not None and ent.label_ == "CARDINAL" and not re.search(r"\d\s+$", full[max(0, ent.start_char - 4):ent.start_char]) \
            and (int(slash.group(2)) not in _FRACTION_DENOMINATORS or int(slash.group(1)) >= int(slash.group(2))):
        return "date or name written with a slash ('9/11', '24/7')"  # round 21; "3 1/2" and "3/4" stay numbers
    for m in _SCORELINE.finditer(full, max(0, ent.start_char - 40), min(len(full), ent.end_char + 40)):
        if any(m.start(g) <= ent.start_char < m.end(g) for g in (1, 2)):
            return "score ('Internet: 1, Scientology: 0')"  # round 21: two sides, each with its tally after a colon
    if re.fullmatch(r"0\d+", text) and ent.label_ == "CARDINAL" and not re.search(r"\d[,.]\s?$", full[max(0, ent.start_char - 3):ent.start_char]):
        return "identifier with a leading zero ('serial number 001')"  # round 21: no count is written with a leading zero
    if ent.label_ == "CARDINAL" and ent.root.dep_ == "dobj" and ent.root.head.lemma_.lower() in _DIALLING and len(ent) == 1 \
            and re.fullmatch(r"\d{3,}", text):
        return "phone number ('called 911')"  # round 21: a number one calls or dials is dialled, not counted
    root = ent.root
    if ent.label_ == "CARDINAL" and _MODEL_DIGITS.fullmatch(text) and not _YEAR.match(text):
        prev = doc[ent.start - 1] if ent.start > 0 else None
        if prev is not None and prev.like_num and prev.ent_type_ in ("CARDINAL", "") and not prev.text.endswith(","):
            return "model number"  # "five 787 aircraft": a count already stands before it
        if look.names_a_model(text):
            return "model number"  # "Boeing 787" anywhere in the article makes every "787" a name
    if ent.label_ == "CARDINAL" and root.i > 0 and re.fullmatch(r"\d{1,2}\.\d{1,2}", text) and doc[ent.start - 1].pos_ == "PROPN" \
            and root.dep_ == "nummod" and root.head.i == ent.end and root.head.tag_ == "NN" \
            and root.head.lower_ not in _unit_words() and root.head.lower_ not in ("percent", "per", "cent", "point", "points"):
        return "version number ('the iPhone 2.0 update')"  # round 21: a decimal between a name and a singular noun names a release
    if ent.label_ == "CARDINAL" and root.i > 0:
        prev = doc[ent.start - 1]
        if prev.pos_ == "PROPN" and (root.head == prev or root.dep_ in ("nummod", "compound", "appos", "npadvmod") and root.head == prev):
            return "part of a name"
        if prev.pos_ == "PROPN" and root.dep_ in ("nummod", "compound") and root.head.i == prev.i:
            return "part of a name"
        if prev.lower_ in ("no.", "no", "number", "#", "page", "chapter", "section", "article", "flight", "route", "room") or (
                prev.text == "." and ent.start > 1 and doc[ent.start - 2].text in ("No", "no")):  # "No. 5" split as "No", "."
            return "part of a name"
        if prev.lower_ in _SEQUENCE_NOUNS and prev.text[:1].isupper() and not (root.dep_ == "nummod" and root.head.i > root.i):
            return "ordinal use ('Day six')"
        if _names_after_plural(doc, ent):
            return "identifier after a plural noun ('posts 542 and 543')"
    if ent.label_ == "CARDINAL" and root.dep_ == "compound" and root.head.pos_ == "PROPN":
        return "part of a name"
    if not _has_hedge(ent) and ent.label_ == "CARDINAL":
        head = root.head if root.dep_ == "nummod" else None
        # a bare "the two countries" points back; a qualified definite count says something new: "its 12
        # largest contracts", "the first four aircraft", "the two cars manufactured there", "the other two
        # major indices" (issue 15: only determiner, number and noun make a back-reference)
        if head is not None and head.lemma_ not in _LEVEL_NOUNS and any(c.lower_ in _DEFINITE and c.i < root.i for c in head.children) and all(
                c.i == root.i or c.dep_ in ("det", "punct") for c in head.children) and not any(
                t.dep_ in ("amod", "advmod") and t.head.i == root.i for t in doc[head.left_edge.i:root.i]):
            return "definite back-reference, not a new count"
        in_list = root.dep_ == "conj" or any(c.dep_ == "conj" and c.like_num for c in root.children)
        if text.lower() == "one" and not in_list and (head is None or any(c.lower_ == "of" for c in root.children)):
            return "'one' as a pronoun or determiner"
        if text.lower() == "one" and not in_list and head is not None and head.i == root.i + 1 and head.tag_ == "NN" \
                and head.lemma_.lower() in lexicon.words("determiner_one_nouns.txt") \
                and not (ent.start > 0 and doc[ent.start - 1].lower_ in _ONE_FOCUS):
            # round 16: "One side of the memorial is scenes ...", "One thing is clear": "one" picks out a part or
            # introduces a thing of discourse, as "a" would; "only one thing was stolen" counts
            return "'one' as a determiner ('One side of', 'One thing')"
        if ent[0].lower_ == "one" and ent.start > 0 and doc[ent.start - 1].lower_ == "at" and ent[0].i + 1 < len(doc) \
                and doc[ent[0].i + 1].lower_ in _ONE_MOMENT:
            return "'at one point': a moment, not a count"  # round 9
        if root.dep_ == "nummod" and root.head.lower_ in ("percent", "per", "cent"):
            return None
    return None


_LIST_JOINS = frozenset({"and", "or", ",", "&", "to", "through"})
_WHOLE = re.compile(r"\d+[a-z]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve", re.IGNORECASE)


def _sports_idiom(ent: Span, doc: Doc) -> str | None:
    """Return why a number word is a noun of an idiom, not a count, or ``None`` (round 17; round 16's open lines).

    - a number word coordinated with an adverb or particle: "went three and out", "one and done" (round 11 rejected
      only the hyphenated "three - and - out");
    - "half" as a noun with a determiner and no "of" phrase: "led 13 - 3 at the half" is a period of the game, no
      fraction of anything;
    - a number word right after a singular common noun with an article, counting no noun of its own: "threw a pick
      six" names a play, as "Day six" names a day.
    """
    root = ent.root
    if len(ent) != 1 or not root.is_alpha:
        return None
    if root.like_num and any(c.dep_ == "conj" and c.pos_ in ("ADV", "ADP") and not c.like_num for c in root.children):
        return "idiom ('three and out')"
    if root.lower_ == "half" and root.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                             for c in root.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return "a period of a game ('at the half')"
    prev = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if root.like_num and prev is not None and prev.tag_ == "NN" and prev.lemma_.lower() not in _unit_words() \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in prev.children) \
            and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") and after.lower_ not in (",", "-", "–", "or", "and")) \
            and not any(c.dep_ == "conj" for c in root.children):  # "worked on the program five, six, seven years": a list
        return "part of a name ('a pick six')"
    return None


def _names_after_plural(doc: Doc, ent: Span) -> bool:
    """True when ``ent`` is a whole number written right after a plural common noun, alone or in a list joined by
    "and", "or" or commas: "police posts 542 and 543", "flights 101 and 102", "spots one and two" (round 16; round 15's
    blind sample had four). A number after its noun names one of them, as "Flight 370" or "Room 12" does; a count
    stands before its noun. Not when the number counts a noun after it ("gave the workers 500 dollars"), nor after a
    unit ("points", "years": a measure's own noun).
    """
    if len(ent) != 1 or not _WHOLE.fullmatch(ent.text) or ent.root.dep_ == "nummod" and ent.root.head.i > ent.root.i:
        return False
    j = ent.start - 1
    while j >= 2 and doc[j].lower_ in _LIST_JOINS and _WHOLE.fullmatch(doc[j - 1].text):
        j -= 2
    if j < 0:
        return False
    noun = doc[j]
    if noun.tag_ != "NNS" or noun.pos_ != "NOUN" or not noun.is_alpha or not noun.whitespace_ or noun.lower_ in _unit_words():
        return False
    return not (j > 0 and doc[j - 1].like_num)  # "3 points 5" is no name


@functools.lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """Return the one-word units, time units and currency words: nouns a number after them does not name."""
    return frozenset(s for s, _ in physical_units() if " " not in s) | frozenset(CURRENCY_WORDS) | {"times", "percent"}


def _counts(ent: Span, full: str) -> bool:
    """True when a year-like number is a count: hedged ("below 1500") or counting a noun ("2000 people")."""
    before = full[max(0, ent.start_char - 25):ent.start_char].lower()
    if _has_hedge(ent) or any(before.endswith(h.phrase + " ") for h in hedges() if not h.postfix and h.bound != "approx"):
        return True
    root = ent.root
    return root.dep_ == "nummod" and root.head.pos_ == "NOUN" and root.head.i > root.i and root.head.lemma_ not in _TIME_NOUNS


def _has_hedge(ent: Span) -> bool:
    low = ent.text.lower()
    return any(low.startswith(h.phrase + " ") for h in hedges())


def _in_date(tok: Token, ent: Span) -> bool:
    """True when ``tok`` belongs to a date or time outside ``ent``: "450 last year" hangs the number
    on "year" in the parse, but the date only says when; the figure is 450 of the clause's subject."""
    return tok.ent_type_ in ("DATE", "TIME") and not ent.start <= tok.i < ent.end


# round 6: "1, 300 biologists", "about 2, 000ft", "€60, 000": a tokenised corpus puts a space after the
# thousands comma; the groups after the first have exactly three digits, and a list ("100, 200, 300")
# or a day ("May 1, 300 people", "on the 1, ...") is no such number
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:, \d{3})+(?![\d,]|\.\d| ?, ?(?:and |or )?\d)")
# "14. 1 rating", "(19. 2 / 40)", "£1. 7m": a point, a space, one or two digits and then a lower-case word,
# a suffix, a slash or a bracket; a sentence that ends on a number is followed by a capital, not by these
_SPACED_DECIMAL = re.compile(r"(?<![\d.,])\d{1,3}\. \d{1,2}(?=(?:bn|m|k)\b| [a-z/]|\)| \))")
_SPACED_SIGN_BEFORE = re.compile(r"(?:[$£€¥]|â‚¬)\s?$")
_WORD_AFTER = re.compile(r" ?[^\W\d_]")
_DAY_BEFORE = re.compile(r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\bthe)\s+$", re.IGNORECASE)


def _spaced_thousands(doc: Doc, full: str, look: _Lookups) -> list[tuple[int, int]]:
    """Return the character bounds of numbers written with a space after their thousands commas or decimal point."""
    out = []
    for m in _SPACED_DECIMAL.finditer(full):
        if not look.in_time(m.start(), m.end()):
            out.append((m.start(), m.end()))  # "14. 1 rating", "£1. 7m": the corpus split the decimal point
    for m in _SPACED_THOUSANDS.finditer(full):
        first = m.start() + full[m.start():].index(",")
        if _DAY_BEFORE.search(full[max(0, m.start() - 12):m.start()]) or look.in_time(m.start(), first):
            continue  # "May 1, 300 people": a date and a count
        if not (_SPACED_SIGN_BEFORE.search(full, max(0, m.start() - 4), m.start()) or _WORD_AFTER.match(full, m.end())):
            continue  # a bare "1, 234, 567" is as likely a list: a number needs its sign or a word after it
        out.append((m.start(), m.end()))
    return out
