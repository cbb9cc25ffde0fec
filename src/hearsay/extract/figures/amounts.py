"""Figures: hedged numbers as intervals, with what they count, about whom, as of when, whose.

Candidates are spaCy's CARDINAL, MONEY, PERCENT and QUANTITY entities (en_core_web_sm keeps
hedges such as "more than" and "as many as" inside CARDINAL spans, with quantmod/advmod
dependencies and a ``nummod`` head noun). Each candidate is

1. kept or rejected: page furniture (author bio, credits), years and dates, clock times,
   phone numbers, parts of names ("Flight 447"), definite back-references ("the two
   countries") and "one" as a pronoun become :class:`Rejection` records with a reason;
2. widened over a hedge the entity left out and over its directly attached counted noun
   ("11,000 troops", "thousands more");
3. parsed by :func:`hearsay.extract.figures._numbers.parse_amount` into value and interval;
4. linked: ``quantity`` from the counted noun, the governing verb ("were killed") or the
   sentence (``lexicon/quantities.tsv``); ``subject`` from entity mentions modifying the counted
   noun or in the clause's subject; ``as_of`` from a date in the same sentence or the
   statement's date; ``source``/``statement`` from the statement whose content holds it.

Rules and measurements are in ``docs/figures.md``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from hearsay import lexicon
from hearsay.config import Settings
from hearsay.extract.figures import _scan
from hearsay.extract.figures._markets import context_level, first_index_name, index_move
from hearsay.extract.figures._numbers import (
    _TIME_UNITS,
    Amount,
    DENOMINATORS,
    ISO_CODES,
    SCALES,
    UNITS_WORDS,
    amount_phrases,
    hedges,
    parse_amount,
    physical_units,
)
from hearsay.extract.context import StatementIndex, source_of
from hearsay.extract.intervals import Live, Overlaps, Starts
from hearsay.extract.entities.gazetteer import load_gazetteer
from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.zones import Zones
from hearsay.paragraphs import paragraph_at
from hearsay.model import Figure, Rejection, Statement, TimeExpr

_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
_PHONE = re.compile(r"^\+?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}$|^\+\d[\d\s-]{7,}$")
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)s?$")
_YEAR_IN = re.compile(r"(?<![\d,.])(1[5-9]\d\d|20\d\d)(?![\d,])")
# "the two countries" points back to a count already made; a possessive ("its 53 executive officers") counts anew
_DEFINITE = {"the", "these", "those", "both"}
_QUOTE_VERBS = {"say", "tell", "report", "state", "claim", "announce", "add", "note"}
_COUNTRY_TYPES = {"GPE", "NORP"}
_SUBJECT_TYPES = {"GPE", "NORP", "ORG", "LOC", "PERSON"}
_TIME_NOUNS = {"season", "election", "budget", "model", "version", "edition", "census", "game", "olympics", "championship", "cup"}
_CONTINUATION = {"more", "fewer", "others", "other", "additional"}
_NUMBER_WORDS = ({w for w in SCALES if len(w) > 2} | set(UNITS_WORDS) | set(DENOMINATORS) | {f"{d}s" for d in DENOMINATORS}
                 | {"and", "dozen", "dozens", "of"})


@functools.lru_cache(maxsize=1)
def quantity_vocabulary() -> dict[str, str]:
    """Return the counted word -> normalised quantity table (``lexicon/quantities.tsv``)."""
    table = {}
    for row in lexicon.load("quantities.tsv"):
        table[row["word"]] = row["quantity"]
    return table


_ISO = "|".join(sorted(ISO_CODES))
_SYMBOL_BEFORE = re.compile(rf"(?:Â?(?:US|AU|A|CA|C|HK|NZ|S|R|GB|{_ISO})?(?:[$£€¥₹₽₩₺₴₪]|â‚¬)\s?|\b(?:{_ISO})\s?)$")  # "â‚¬": € as mojibake
_SCALE_GLUED = re.compile(r"(?:bn|mn|mln|bln|tn|m|k|b)(?![\w-])", re.IGNORECASE)
_SCALE_SPACED = re.compile(r" (?:bn|mn|mln|bln|tn|m)(?![\w-])")
_SCALE_WORD = re.compile(r"(?: | ?- ?)(?:thousand|million|billion|trillion)\b", re.IGNORECASE)  # "SGD1.75-billion" (round 6)
_PERCENT_HYPHENED = re.compile(r" ?- ?(?:percent|per cent)\b", re.IGNORECASE)  # "a two-percent decline" (round 6)
_MINOR_AFTER = re.compile(r"(?:p(?![\w-])| ?(?:pence|cents?)\b)")
_ISO_AFTER = re.compile(rf" [MK]?(?:{_ISO})\b")
_CURRENCY_WORD_AFTER = re.compile(
    r" (?:(?:US|Australian|Canadian|Hong Kong|New Zealand|Singapore) )?(?:dollars?|euros?|pounds?(?: sterling)?|yen|yuan|"
    r"roubles?|rubles?|rupees?|won|francs?|hryvnias?|lira|shekels?|rand|pesos?|reais|kronor|kroner|dinars?|riyals?|dirhams?|naira)\b")
_BARE_NUMBER = re.compile(r"(?:(?<![\w.,/-])|(?<=[A-Z]{3}))-?\d[\d,]*(?:\.\d+)?|(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)(?=-\s?[a-z])", re.IGNORECASE)  # "a two-yard run"
_CLOCK_ZONE = re.compile(r"\s*(?:a\.?m\.?|p\.?m\.?|hrs\b|h\b|utc|gmt|bst|cet|cest|est|edt|pst|pdt|et|local time)\b", re.IGNORECASE)
_CHANGE = re.compile(r"\b(?:increas|ris|rose|raise|cut|fell|fall|grow|grew|drop|declin|climb|reduc|jump|soar|boost|lift|lower|"
                     r"shrank|shrink|expand|slash|trim|doubl|tripl|halv|chang|move|went|go(?:ne|es)?\b)\w*(?:\s+\w+){0,3}\s+$",
                     re.IGNORECASE)
_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_PLAIN_NUMBER = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+\.\d+")
_LEVEL_NOUNS = {"mark", "level", "threshold", "barrier", "line"}  # "the 5000 mark" names a value, not a group
_MONTH_AFTER = re.compile(r"\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b\.?")
_DESCENDING_PAIR = re.compile(r"(?<![\w.,:/$£€¥-])(\d{1,3})[-–](\d{1,3})(?![\w%/-]|[.,]\d|\s?(?:percent|per cent)\b)")
_SCORE_WORDS = {"win", "won", "beat", "lose", "lost", "defeat", "draw", "drew", "victory", "score", "lead", "led", "trail"}


@functools.lru_cache(maxsize=1)
def _unit_nouns() -> frozenset[str]:
    """Return the one-word unit nouns of ``lexicon/units.tsv`` ("yard", "km", "mile")."""
    return frozenset(s for s, _ in physical_units() if " " not in s)


@functools.lru_cache(maxsize=1)
def _unit_symbols() -> dict[str, str]:
    """Return one-word unit surfaces that are no time unit -> their symbol ("points" -> points, "yards" -> yd)."""
    return {s: u for s, u in physical_units() if " " not in s and u not in _TIME_UNITS and len(s) > 2}


@functools.lru_cache(maxsize=1)
def _unit_after() -> re.Pattern[str]:
    """Match a physical unit written right after a number ("km", " barrels a day"); see ``lexicon/units.tsv``."""
    surfaces = [re.escape(s) for s, _ in physical_units() if s != "m"]
    # round 9: a unit of two words is hyphenated through in a compound ("a 480-nautical-mile corridor")
    hyphened = [re.escape(s).replace(r"\ ", "[ -]") for s, u in physical_units() if s != "m" and u not in _TIME_UNITS]
    return re.compile(rf" ?(?:{'|'.join(surfaces)})(?![\w-])|-\s?(?:{'|'.join(hyphened)})(?![\w-])|(?<=\d) m(?![\w-])",
                      re.IGNORECASE)


def _read_extent(full: str, start: int, end: int) -> tuple[int, int]:
    """Return ``start..end`` widened over the characters that carry the figure's scale and unit.

    spaCy's entity span often stops inside a figure ("£|420|m" is three tokens, "85p" may be
    untagged): the currency sign or ISO code before it (with a mojibake "Â"), a glued or spaced
    scale suffix ("420m", "£420 m"), a minor unit ("85p", "17 cents"), an ISO code after it and
    a physical unit ("4km", "barrels a day") are read from the text itself (issue 15).
    """
    m = _SYMBOL_BEFORE.search(full, max(0, start - 8), start)
    currency = m is not None
    if m is not None and m.end() == start:
        start = m.start()
    elif re.search(r"[$£€¥]|â‚¬", full[start:end]):
        currency = True
    digits = [i for i in range(start, end) if full[i].isdigit()]
    if not digits:
        words = full[start:end].lower().split()
        if words and words[-1] in UNITS_WORDS:  # "two-yard run", "one- yard pass"
            return start, max(end, _suffix_end(full, end, currency))
        return start, end
    return start, max(end, _suffix_end(full, digits[-1] + 1, currency))


def _suffix_end(full: str, end: int, currency: bool) -> int:
    """Return where the scale and unit written after the number ending at ``end`` stop.

    Read from the last digit, so an entity the tagger cut inside a unit ("300,000 barrels" of
    "300,000 barrels a day", "30 million" of "30 million CHF") is completed.
    """
    m = _SCALE_GLUED.match(full, end) or _SCALE_WORD.match(full, end) or _SCALE_SPACED.match(full, end)
    if m is not None and (currency or not m.group(0).startswith(" ") or m.group(0)[1:].lower() in SCALES and len(m.group(0)) > 4
                          or _CURRENCY_WORD_AFTER.match(full, m.end())):
        end = m.end()
        m2 = _ISO_AFTER.match(full, end) or _CURRENCY_WORD_AFTER.match(full, end)
        return m2.end() if m2 else end
    m = _MINOR_AFTER.match(full, end) or _ISO_AFTER.match(full, end) or _PERCENT_HYPHENED.match(full, end)
    if m is not None:
        return m.end()
    if not currency:
        m = _unit_after().match(full, end)
        if m is not None:
            return m.end()
    return end


def _hedge_before(full: str, start: int) -> int:
    """Return ``start`` moved back over a hedge written just before it ("as high as", "just over")."""
    before = full[max(0, start - 25):start].lower()
    for h in hedges():
        if not h.postfix and re.search(rf"(?<![\w-]){re.escape(h.phrase)}\s+$", before):
            return start - (len(before) - before.rfind(h.phrase))
    return start


_IRREGULAR_PARTICIPLES = {"sent", "cut", "built", "held", "made", "sold", "bought", "hit", "lost", "put", "set", "kept", "left",
                          "brought", "taken", "given", "seen", "shot", "spent", "paid", "won", "laid", "hired", "shown", "drawn",
                          "grown", "flown", "thrown", "withdrawn", "stolen", "chosen", "frozen", "struck", "fought", "caught"}


def quantity_key(quantity: str) -> str:
    """Return the series key of a quantity label: what is counted, as a class, without the verb.

    Labels keep the article's words ("troops deployed", "workers", "air defense systems
    provided"); figures are compared across articles on the class ``lexicon/quantities.tsv`` gives
    the counted noun ("troops", "personnel", "weapons and equipment"), so "11,000 troops sent"
    and "12,000 troops" fall in one series while "killed" and "wounded" stay apart.
    """
    vocab = quantity_vocabulary()
    words = quantity.lower().split()
    if len(words) > 1 and vocab.get(words[-1]) in _CASUALTY:
        return vocab[words[-1]]  # "soldiers killed": what happened to them is the quantity
    if len(words) > 1 and (words[-1].endswith("ed") or words[-1] in _IRREGULAR_PARTICIPLES):
        words = words[:-1]  # the verb the label keeps
    if not words:
        return quantity.lower().strip()
    head = words[-1]
    for form in (head, head[:-1] if head.endswith("s") else head, head[:-2] if head.endswith("es") else head,
                 head[:-3] + "y" if head.endswith("ies") else head):
        if form in vocab:
            return vocab[form]
    return " ".join(words)


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
_MODEL_NAME = re.compile(r"[A-Z]+-?\d+\w*")  # "A320s", "MD-95"
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
            re.match(r" ?: ?[0-5]\d(?!\d)", full[ent.end_char:ent.end_char + 5])
            or re.search(r"\b(?:until|till|before|after)\s+$", full[max(0, ent.start_char - 8):ent.start_char], re.IGNORECASE)
            and re.match(r"\s*(?:[.;!?]|$|o'clock)", full[ent.end_char:ent.end_char + 8])):
        return "clock time"  # "until about 5: 00" (a spaced clock), "which began ... before 9."
    if re.fullmatch(r"[0-5]\d(?:[ap]m?)?", ent[0].text, re.IGNORECASE) and re.search(r"(?<![\d.,])(?:[01]?\d|2[0-4]) ?: ?$", full[max(0, ent.start_char - 6):ent.start_char]):
        return "clock time"  # the minutes of a clock: "8: 30 p. m.", "GMT+02: 00" (round 5); round 9: "5: 55p", "6:50pm"
    if re.fullmatch(r"(?:0?[1-9]|[12]\d|3[01])", text) and _DAY_MONTH.match(full, ent.end_char):
        return "part of a date"  # "Published: 09 Sep 2013": a day before its month (round 5)
    if re.match(r"\s?°\s?(?:\d|[NSEW]\b)|°?[NSEW]\b\s*/?|[°′″]", full[ent.end_char:ent.end_char + 4]) or re.search(
            r"(?:°[NSEW]?|[NSEW]|′|″)\s*/\s*$|-?\d+\.\d+;\s*$|[Cc]oordinates:\s*$", full[max(0, ent.start_char - 14):ent.start_char]):
        return "geographic coordinate"  # "33°47′N 44°30′E / 33.783; 44.500"
    if text.lower() in ("one", "a", "an") and ent.root.head.lemma_ in ("day", "time", "week", "month", "year") and \
            ent.root.head.dep_ in ("npadvmod", "advmod"):
        return "time adverbial ('one day')"
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
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("ranked", "rank", "ranks", "placed", "finished", "seeded"):
        return "rank"
    root = ent.root
    if ent.label_ == "CARDINAL" and _MODEL_DIGITS.fullmatch(text) and not _YEAR.match(text):
        prev = doc[ent.start - 1] if ent.start > 0 else None
        if prev is not None and prev.like_num and prev.ent_type_ in ("CARDINAL", "") and not prev.text.endswith(","):
            return "model number"  # "five 787 aircraft": a count already stands before it
        if look.names_a_model(text):
            return "model number"  # "Boeing 787" anywhere in the article makes every "787" a name
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
        if ent[0].lower_ == "one" and ent.start > 0 and doc[ent.start - 1].lower_ == "at" and ent[0].i + 1 < len(doc) \
                and doc[ent[0].i + 1].lower_ in _ONE_MOMENT:
            return "'at one point': a moment, not a count"  # round 9
        if root.dep_ == "nummod" and root.head.lower_ in ("percent", "per", "cent"):
            return None
    return None


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


def _widen(ent: Span, doc: Doc, full: str) -> tuple[int, int]:
    """Return token bounds covering a hedge left outside ``ent`` and a directly attached noun."""
    start, end = ent.start, ent.end
    # a hedge just before the entity ("up to", "nearly") that the NER left out
    before = full[max(0, ent.start_char - 25):ent.start_char].lower()
    for h in hedges():
        found = re.search(rf"\b{re.escape(h.phrase)}\s+(the\s+)?$", before)  # "above the 5000 mark"
        if found and found.group(1) and not re.match(rf"\s*(?:{'|'.join(_LEVEL_NOUNS)})\b", full[ent.end_char:ent.end_char + 12]):
            found = None
        if found and not ent.text.lower().startswith(h.phrase):
            n_words = len(h.phrase.split()) + (1 if found.group(1) else 0)
            if start - n_words >= 0:
                start -= n_words
            break
    if end < len(doc) and doc[end].lower_ in _CONTINUATION and doc[end].head.i in range(ent.start, ent.end):
        end += 1  # "thousands more"
    root = ent.root
    if root.dep_ in ("nummod", "quantmod") and root.head.i >= end and root.head.pos_ in ("NOUN", "PROPN") \
            and not _in_date(root.head, ent):
        head = root.head
        between = doc[end:head.i]
        # a hyphen inside a model name ("six new A330-300E aircraft") is part of the noun phrase
        if all(t.head == head or t.head.head == head for t in between) and len(between) <= 5 \
                and not any(t.is_punct and t.tag_ != "HYPH" for t in between):
            end = head.i + 1
        else:  # "at least one Pantsir mobile air defense system": keep the name that follows
            while end < head.i and doc[end].pos_ == "PROPN":
                end += 1
    return start, end


def _in_date(tok: Token, ent: Span) -> bool:
    """True when ``tok`` belongs to a date or time outside ``ent``: "450 last year" hangs the number
    on "year" in the parse, but the date only says when; the figure is 450 of the clause's subject."""
    return tok.ent_type_ in ("DATE", "TIME") and not ent.start <= tok.i < ent.end


def _counted_noun(ent: Span) -> Token | None:
    root = ent.root
    if root.dep_ in ("nummod", "quantmod") and root.head.pos_ in ("NOUN", "PROPN"):
        if _in_date(root.head, ent):
            return None
        if root.head.pos_ == "PROPN":  # "six new A350 XWB (Extra Wide Body) aircraft": the bracket splits the name from its noun
            kind = next((c for c in root.head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > root.head.i
                         and root.doc[root.head.i + 1].text == "(" and root.doc[c.i - 1].text == ")"), None)
            if kind is not None:
                return kind
        return root.head
    head = root.head
    if root.like_num and head.dep_ == "amod" and root.i == head.i - 1 and head.head.pos_ == "NOUN" and head.head.i > head.i:
        head = head.head  # "149 confirmed orders" with the number hung on "confirmed"
    if root.like_num and head.pos_ == "NOUN" and root.i < head.i <= root.i + 3 and root.dep_ not in ("pobj", "appos") and all(
            t.dep_ in ("amod", "compound") and t.head.i == head.i for t in root.doc[root.i + 1:head.i]):
        return head  # "149 confirmed orders" parsed with the number as the subject of its own noun
    # "25,000 to 30,000 positions", "seven AK-47 rifles": the number hangs from another number
    if root.dep_ in ("quantmod", "compound", "nummod") and head.pos_ == "NUM" and head.i > root.i and head.dep_ == "nummod" \
            and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
        return head.head
    for child in root.children:  # "thousands of people", "1,000 of them"
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj
                if obj.dep_ == "pobj" and obj.like_num and _mistagged_plural(obj) is not None:
                    return _mistagged_plural(obj)  # "completed 29 of 34 passes"
    return _mistagged_plural(root) if root.like_num else None


def _mistagged_plural(num: Token) -> Token | None:
    """Return the word after ``num`` when the tagger took a plural noun for a verb: "29 of 34 passes for
    364 yards" parses "passes" as VBZ, yet a verb is never a clause's object and never follows a bare
    number as its own argument."""
    doc = num.doc
    if num.i + 1 >= len(doc):
        return None
    nxt = doc[num.i + 1]
    if nxt.tag_ == "VBZ" and nxt.dep_ in ("dobj", "pobj") and nxt.lower_.endswith("s") and nxt.lower_ not in ("is", "has", "was", "does"):
        return nxt
    return None


# normalised labels that name what happened to people (a verb or its noun: "deaths" -> killed)
_CASUALTY = {"killed", "wounded", "casualties", "missing", "captured", "arrested", "displaced"}
# counted nouns that say nothing of their own: the verb names the quantity ("30 people were killed")
_GENERIC = {"people", "person", "persons", "individuals", "others", "them", "those", "civilians and soldiers"}
# generic nouns of people: as the subject of an act, the act names them ("three men emptied the store")
_GENERIC_AGENTS = {"man", "woman", "men", "women", "people", "person", "individual"}
# verbs too light to qualify a count ("500 workers are", "had 12 contracts", "said 20 people")
_LIGHT_VERBS = {"be", "have", "say", "tell", "include", "reach", "total", "number", "make", "take", "get", "become",
                "remain", "see", "show", "report", "estimate", "put", "give", "find", "do"} | _QUOTE_VERBS


# verbs that state a stock, not an event: "the plant employs 1,200 workers" counts workers
_STATIVE_VERBS = {"employ", "own", "contain", "house", "comprise", "feature", "involve", "host", "hold", "operate", "use",
                  "serve", "count", "need", "require", "cover", "span", "attract", "draw", "boast", "list"}


@functools.lru_cache(maxsize=1)
def _unrealised() -> frozenset[str]:
    """Modifiers saying an act was tried or stopped, not done (``lexicon/unrealised_modifiers.txt``: "attempted")."""
    return lexicon.words("unrealised_modifiers.txt")


_EXTREMES = {"high", "low", "peak", "record", "trough"}  # "a day high of 145 points", "a record low of 4,000"


def _of_holder(number: Span, noun: Token | None, unit: str | None) -> str | None:
    """Return the noun a figure is "of", when it names what is measured (round 7).

    "a day high of 145 points" -> high (an index's extreme, the points its size); "the crowd of
    22, 000" -> crowd (a bare count is the size of the group it is "of"). General nouns ("a total
    of", "the number of") name nothing.
    """
    tok = noun if noun is not None and unit is not None else next((t for t in number if t.like_num), None)
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    holder = tok.head.head
    if holder.lower_ in _EXTREMES and unit == "points":
        return holder.lower_
    if noun is None and unit is None and holder.pos_ == "NOUN" and holder.i < tok.i \
            and holder.lemma_.lower() not in _NOT_MEASURED and holder.lower_ not in _NOT_MEASURED:
        return _noun_label(holder)
    return None


def _copula_attr(ent: Span) -> str | None:
    """Return the noun a sum or share "at" is said to be: "This, at 7.3%, is the eleventh largest
    percentage fall" -> percentage fall (round 7)."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "at" or root.head.head.lemma_ != "be":
        return None
    attr = next((c for c in root.head.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    return _noun_label(attr) if attr is not None and attr.lemma_.lower() not in _NOT_MEASURED else None


def _times_verb(noun: Token | None) -> str | None:
    """Return "times <verb>" for a frequency: "Mourad was sued three times" -> times sued (round 7)."""
    if noun is None or noun.lower_ != "times" or noun.dep_ not in ("npadvmod", "advmod", "dobj") or noun.head.pos_ != "VERB":
        return None
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _LIGHT_VERBS:
        return None
    return f"times {verb.lower_ if verb.tag_ in ('VBN', 'VBD') else verb.lemma_.lower()}"


def _noun_label(noun: Token) -> str:
    """Return the counted noun as written, plural kept, with its common-noun compounds ("air defense systems").

    "the number of North Korean troops" names troops, not "number".
    """
    if noun.lemma_.lower() in ("number", "total", "count", "tally"):
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
                if obj is not None:
                    return _noun_label(obj)
    parts = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i
             or c.dep_ == "amod" and c.lower_ in _unrealised() and c.i < noun.i]
    # round 10: "one count of attempted murder" counts attempts, not murders (``lexicon/unrealised_modifiers.txt``)
    doc = noun.doc
    words = doc[parts[0].left_edge.i:noun.i + 1] if parts else doc[noun.i:noun.i + 1]
    # keep the case of names and model numbers ("A350s"); other words in lower case
    return "".join((t.text if t.pos_ == "PROPN" or any(ch.isdigit() for ch in t.text) else t.lower_) + t.whitespace_
                   for t in words).strip()


def _argument_dep(tok: Token, verb: Token) -> str | None:
    """Return how ``tok`` (the number or its noun, or a conjunct of it) attaches to ``verb``, or ``None``."""
    for _ in range(4):
        if tok.head.i == verb.i:
            return tok.dep_
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _is_argument(tok: Token, verb: Token) -> bool:
    """True when ``tok`` (the number or its noun) is the subject or object of ``verb``."""
    return _argument_dep(tok, verb) in ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "acl")


_PARTICIPLES = {"lose": "lost", "cut": "cut", "make": "made", "go": "gone", "fall": "fallen", "rise": "risen", "sell": "sold",
                "buy": "bought", "pay": "paid", "spend": "spent", "take": "taken", "give": "given", "grow": "grown", "win": "won",
                "hold": "held", "leave": "left", "send": "sent", "build": "built", "bring": "brought", "keep": "kept",
                "shed": "shed", "set": "set", "put": "put", "hit": "hit", "cost": "cost", "fly": "flown", "see": "seen",
                "get": "got", "lend": "lent", "run": "run", "throw": "thrown", "draw": "drawn", "steal": "stolen",
                "shoot": "shot", "fight": "fought", "catch": "caught", "strike": "struck", "seek": "sought", "lay": "laid",
                "sink": "sunk", "bear": "borne", "write": "written", "drive": "driven", "eat": "eaten", "feed": "fed",
                "meet": "met", "read": "read", "rebuild": "rebuilt", "teach": "taught", "think": "thought", "wear": "worn"}


def participle(verb: Token) -> str:
    """Return the past participle a label names ``verb`` with: "cut", "closed", "dropped", "lost", "laid off"."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    form = _participle(verb)
    return f"{form} {particle}" if particle else form


def _participle(verb: Token) -> str:
    if verb.tag_ == "VBN":
        return verb.lower_
    lemma = verb.lemma_.lower()
    if lemma in _PARTICIPLES:
        return _PARTICIPLES[lemma]
    if verb.tag_ == "VBD" and verb.lower_.endswith("ed"):
        return verb.lower_
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    if len(lemma) <= 4 and re.fullmatch(r"[^aeiou]+[aeiou][bdgmnprt]", lemma):
        return lemma + lemma[-1] + "ed"  # "drop" -> "dropped", "plan" -> "planned"
    return lemma + "ed"


# nouns that are no measured thing of their own (a sum "in the fourth quarter", "of the company")
_NOT_MEASURED = {"quarter", "year", "month", "week", "day", "period", "time", "half", "session", "case", "total", "sum",
                 "amount", "figure", "number", "mark", "dollar", "dollars", "cent", "cents",
                 "pound", "pounds", "euro", "euros", "percent", "company", "way", "part", "fact"}
_MOVE_ADVERBS = {"up", "down", "higher", "lower", "off"}
_STAT_UNITS = {"yd", "points"}  # units whose noun is a sports statistic ("364 yards", "10 points down"; round 6)
_TAKING_PARTICLES = {"off", "away"}  # "made off with", "got away with": a light verb so joined names a taking
# verbs that set their subject against a bare number: the subject is what is counted
_COMPARED = {"exceed", "top", "surpass", "pass", "reach", "hit", "total", "number", "near", "approach", "equal", "outnumber"}
# nouns a duration "of" only spans, no measured thing ("after a period of two years", "at the age of 30 years")
# verbs of a change that take no object: a bare amount after them is how much their subject moved
_RISE_FALL = {"rise", "fall", "grow", "drop", "decline", "climb", "jump", "soar", "slip", "dip", "surge", "plunge", "tumble",
              "shrink", "sink", "slide", "edge", "rebound", "increase", "decrease"}
_SPAN_NOUNS = {"period", "span", "space", "course", "age", "stretch", "spell", "interval", "window"}
_LENGTH_UNITS = {"km", "mi", "nmi", "m", "yd", "ft"}
_DIRECTIONS = {"away", "off", "offshore", "inland", "from", "north", "south", "east", "west", "northeast", "northwest",
               "southeast", "southwest", "northwards", "southwards", "eastwards", "westwards", "outside", "beyond"}
# verbs of a sale: a sum "for" or "at" which something changes hands is its price
_EXCHANGE_VERBS = {"buy", "purchase", "sell", "acquire", "order", "offer", "lease", "rent", "retail", "price", "list", "trade",
                   "market", "auction", "sale", "be"}
# nouns of a change a count is "of" ("a loss of 3,700 jobs", "cuts of 500 staff")
_CHANGE_NOUNS = {"loss", "losses", "cut", "cuts", "reduction", "increase", "rise", "fall", "drop", "addition", "creation",
                 "elimination", "sale", "sales", "purchase", "order", "orders", "delivery", "deliveries", "closure", "closures"}


# What a company earns, pays out or loses per item (issue 13 round 13): a sum per share that such a noun owns is that
# measure per share, not the share's price.
_PER_ITEM_MEASURES = frozenset({"profit", "earnings", "earning", "loss", "income", "revenue", "dividend", "payout", "sale"})


def _earned_per_item(root: Token) -> Token | None:
    """The earnings noun a sum per item belongs to: the subject of the verb the sum completes ("Ford's profits equate
    to 26 cents per share", "its earnings were 40 cents per share") or the noun an "of" phrase of the sum hangs from
    ("a loss of 12 cents per share"); None when the sum belongs to no such noun ("sold for $1.99 per episode")."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        owner: Token | None = head.head
    else:
        verb = head.head if root.dep_ == "pobj" and head.dep_ == "prep" else head if root.dep_ in ("attr", "dobj") else None
        owner = None if verb is None or verb.pos_ not in ("VERB", "AUX") else next(
            (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if owner is None or owner.lemma_.lower() not in _PER_ITEM_MEASURES and owner.lower_ not in _PER_ITEM_MEASURES:
        return None
    return owner


def _measured(ent: Span, noun: Token | None) -> str | None:
    """Return what a sum of money or a percentage measures, from the parse around it (issue 15).

    The noun the amount modifies ("a $60,000 fine", "$20,000 cash payment"), the noun an "in"
    phrase of the amount names ("$13.4 billion in federal loans"), the noun an "of" phrase hangs
    from ("a total loss of $8.6 billion"), else the clause: a light verb's subject ("revenue made
    up $7.1 billion" -> revenue), or the verb's participle with a common-noun subject ("shares
    increased by 5 percent" -> shares increased; "GM reported losing US$4.8 billion" -> lost).
    ``None`` when the parse names nothing ("money" and "percent" are no measured thing).
    """
    root = ent.root
    if root.dep_ == "nummod" and root.head.lemma_.lower() in _unit_nouns():
        root = root.head  # "a value of 9936.94 points": read around the unit noun
    if noun is not None and noun.i >= ent.end and noun.lemma_.lower() not in _NOT_MEASURED and noun.ent_type_ in ("", "MONEY") \
            and noun.lemma_.lower() not in _unit_nouns():
        share_of = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == root.i
        acting = root.head
        if share_of and root.dep_ in ("dobj", "nsubjpass") and acting.pos_ == "VERB" \
                and acting.lemma_.lower() not in _LIGHT_VERBS | _STATIVE_VERBS:
            return f"{_noun_label(noun)} {participle(acting)}"  # round 6: "recovered 80 percent of the haul" -> haul recovered
        return _noun_label(noun)
    per = next((o for c in root.children if c.dep_ == "prep" and c.lower_ == "per"
                for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    if ent.label_ == "MONEY" and per is not None and per.lemma_.lower() + "s" not in _TIME_UNITS:
        earned = _earned_per_item(root)
        if earned is not None:  # issue 13 round 13: "Ford's profits equate to 26 cents per share" is no price
            return f"{_noun_label(earned)} per {per.lower_}"
        return f"price per {per.lower_}"  # round 6: "for $1.99 per episode": a sum per item is its price
    head = root.head
    if root.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN" and head.i >= ent.end and head.lemma_.lower() not in _NOT_MEASURED:
        return _noun_label(head)
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.ent_type_ == ""), None)
            if obj is not None and obj.lemma_.lower() not in _NOT_MEASURED:
                return _noun_label(obj)  # "$13.4 billion in federal loans"
    if root.dep_ == "pobj" and head.lower_ in ("of", "at") and head.head.pos_ == "NOUN" and head.head.lemma_.lower() not in _NOT_MEASURED:
        return _noun_label(head.head)  # "a total loss of $8.6 billion", "profit of $11 billion"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in _NOT_MEASURED for c in head.head.children):
        return _noun_label(head.head)  # "sales figures of $152 billion": the compound names what the figures are (round 5)
    if head.lower_ == "worth" and root.dep_ in ("npadvmod", "pobj", "dobj"):
        owner = _worth_owner(head)
        if owner is not None:
            return _noun_label(owner)  # "jewellery worth €103 million", "the order, which is believed to be worth $15 billion"
    appos = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= ent.end
                  and any(t.text == "(" for t in root.doc[ent.end:c.i]) and c.is_alpha and c.lemma_.lower() not in _unit_nouns()
                  and not any(d.dep_ in ("det", "poss") for d in c.children) and c.lemma_.lower() not in _NOT_MEASURED), None)
    if ent.label_ == "MONEY" and appos is not None:
        return _noun_label(appos)  # "a €2 million ($2.6 million) booty": the bracket split the amount from its noun (round 5)
    if ent.label_ == "MONEY" and root.dep_ == "pobj" and (head.lower_ == "at" and (head.head.pos_ in ("ADJ", "AUX") or head.head.lemma_.lower() in _EXCHANGE_VERBS)
                                or head.lower_ == "for" and (head.head.lemma_.lower() in _EXCHANGE_VERBS
                                                             or head.head.pos_ == "NOUN" and head.head.lemma_.lower() not in _CHANGE_NOUNS)):
        return "price"  # "available at $199", "to purchase 20 jets for 9.9 billion yuan", "sold at $5"
    tok = head if root.dep_ == "pobj" else root
    if root.dep_ == "pobj" and tok.dep_ == "prep":
        tok = tok.head  # "increased by 5 percent", "fallen by 100.12 points"
    while ent.start <= tok.i < ent.end and tok.pos_ in ("VERB", "AUX") and tok.head is not tok:
        tok = tok.head  # round 6: "stole £88m": the tagger took the scale suffix "m" for a verb; the clause's verb is "stole"
    if root.dep_ == "pobj" and head.lower_ == "from" and head.head.lower_ in _MOVE_ADVERBS:
        changed = _clause_verb(head.head)  # round 6: "its share rose to 17%, up from 14%": the earlier level, not the move
        subject = None if changed is None or not _CHANGE.match(changed.lower_ + " ") else next(
            (c for c in changed.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() not in _NOT_MEASURED), None)
        if subject is not None:
            return _noun_label(subject)
    for t in (tok, tok.head):
        if (t.pos_ in ("ADV", "ADJ") or t.tag_ == "RP" and t.dep_ == "advmod") and t.lower_ in _MOVE_ADVERBS:
            return t.lower_  # "was down 3.76%", "6.62% lower", "10 points down" (round 6: "down" tagged a particle)
    verb = tok if tok.pos_ in ("VERB", "AUX") else _clause_verb(tok)
    if verb is None:
        return None
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "closed down 6.4 percent, or 486.18 points": the move governs both
    if verb.lemma_.lower() in _LIGHT_VERBS and any(c.dep_ == "prt" and c.lower_ in _TAKING_PARTICLES for c in verb.children):
        return participle(verb)  # round 6: "made off with 2m euros": a phrasal verb of taking, not the light "make"
    move = None if verb.lemma_.lower() in _LIGHT_VERBS else next((c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ in _MOVE_ADVERBS
                 and c.i < first.left_edge.i and not any(t.is_punct for t in ent.doc[c.i + 1:first.left_edge.i])), None)
    if move is not None and not (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "to"):
        return move.lower_  # "the Nikkei closed down 6.4 percent": the move, not the closing (round 5)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                    and not (ent.start <= c.i < ent.end) and c.lemma_.lower() not in _NOT_MEASURED), None)
    if verb.pos_ == "AUX" or verb.lemma_.lower() in _LIGHT_VERBS:
        return _noun_label(subject) if subject is not None else None
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "to" and _CHANGE.match(verb.lower_ + " ") and subject is not None:
        return _noun_label(subject)  # "cut by $200 to $399", "rose 5% to $3 billion": the new level, not the change
    return f"{_noun_label(subject)} {participle(verb)}" if subject is not None else participle(verb)


def _ordered(root: Token) -> Token | None:
    """Return the change noun a count is "for": "an order for 20 jets", "won an order ... for 60 jets" (round 5)."""
    if root.dep_ != "pobj" or root.head.lower_ != "for":
        return None
    head = root.head.head
    if head.pos_ == "NOUN":
        return head if head.lemma_.lower() in _CHANGE_NOUNS else None
    if head.pos_ == "VERB":
        return next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in _CHANGE_NOUNS and c.i < root.i), None)
    return None


def _worth_owner(worth: Token) -> Token | None:
    """Return the noun that is worth an amount: "jewellery worth €103 million" -> jewellery (round 5).

    "worth" modifies its noun directly, or is the complement of "be" (through "believed to be")
    whose subject is the noun, or a relative pronoun standing for the noun the clause modifies.
    """
    if worth.dep_ == "amod" and worth.head.pos_ in ("NOUN", "PROPN"):
        return worth.head if worth.head.pos_ == "NOUN" else None
    if worth.dep_ != "acomp":
        return None
    verb = worth.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.pos_ == "NOUN":
                return subject
            if subject.lower_ in ("which", "that") and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
                return verb.head
            return None
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _modified_label(unit_tok: Token) -> str:
    """Return the noun a hyphenated measure qualifies, without the measure: "a 45-yard field goal" -> field goal."""
    head = unit_tok.head
    while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i > head.i:
        head = head.head
    words = [t for t in unit_tok.doc[unit_tok.i + 1:head.i + 1] if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")]
    return " ".join(t.lower_ for t in words) or _noun_label(head)


def _relative_act(noun: Token) -> Token | None:
    """The act a relative clause gives a generic agent ("four men who were trying to climb" -> climb; round 9): the
    clause's verb, through the verbs of trying and wanting to the act tried; None for a light or stative verb."""
    verb = next((c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"), None)
    while verb is not None:
        then = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if then is None:
            break
        verb = then
    return None if verb is None or verb.lemma_.lower() in _LIGHT_VERBS | _STATIVE_VERBS else verb


def _how_far(ent: Span) -> bool:
    """True when a length is how far apart two things are: a direction word follows it, after any bracketed
    conversion ("13 nautical miles (about 24km) from the cargo ship"; round 9), or it is a "within N of" bound
    ("within 80m of their destination")."""
    doc = ent.doc
    after = ent.end
    if after < len(doc) and doc[after].text == "(":
        close = next((t.i for t in doc[after + 1:min(len(doc), after + 10)] if t.text == ")"), None)
        after = close + 1 if close is not None else after
    if after >= len(doc):
        return False
    within = ent[0].lower_ == "within" or ent.start > 0 and doc[ent.start - 1].lower_ == "within"
    return doc[after].lower_ in _DIRECTIONS or within and doc[after].lower_ == "of"


def _quantity(ent: Span, noun: Token | None, unit: str | None, sentence: Span) -> str | None:
    """Return what the figure counts, keeping the verb or qualifier and the plural (issue 15).

    "11,000 troops were deployed" -> "troops deployed"; "500 workers" -> "workers"; "30 people
    were killed" and "1,000 were killed" -> "killed" (``lexicon/quantities.tsv`` names casualty
    verbs and nouns: "deaths" -> killed); "cut from 500 by about 80" -> the verb's subject;
    "GM plans to cut 30,000 jobs" -> "jobs cut"; "a 35-yard interception return" -> the thing the
    measure qualifies; money and percentages -> what they measure (:func:`_measured`), else
    "money" / "percent".
    """
    vocab = quantity_vocabulary()
    if unit in _LENGTH_UNITS and _how_far(ent):
        return "distance"  # "150 nautical miles west of Aden", "some 13 miles away": how far, not what moved
    stat = ent.doc[ent.end] if unit in _STAT_UNITS and ent.end < len(ent.doc) else None
    if stat is not None and stat.tag_ == "VBG" and ent[-1].lemma_.lower() in _unit_nouns():
        return f"{ent[-1].lower_} {stat.lower_}"  # round 9: "4,051 yards passing", "150 yards rushing": the statistic
    if unit == "%" or ent.label_ == "PERCENT":
        return _measured(ent, noun) or "percent"
    if unit and unit.isupper() and len(unit) == 3:
        return _measured(ent, noun) or "money"
    verb = _clause_verb(ent.root)
    arg = noun if noun is not None else ent.root
    if verb is not None and _argument_dep(arg, verb) in ("nsubj", "nsubjpass", "dobj"):
        state = next((vocab[o.lemma_.lower()] for p in verb.children if p.dep_ == "prep" and p.lower_ in ("under", "in", "into")
                      for o in p.children if o.dep_ == "pobj" and vocab.get(o.lemma_.lower()) in _CASUALTY), None)
        if state is not None:  # "two gang members are under arrest", "took 23 into custody"
            return state if noun is None or noun.lower_ in _GENERIC else f"{_noun_label(noun)} {state}"
    if verb is not None and (noun is None or noun.lower_ in _GENERIC or vocab.get(noun.lemma_.lower()) in _CASUALTY):
        if vocab.get(verb.lemma_.lower()) in _CASUALTY and _is_argument(noun if noun is not None else ent.root, verb):
            return vocab[verb.lemma_.lower()]  # "the blast killed 30 people", "30 people were killed"
        # "as many as 1,000 were believed to have been killed" -> killed
        for tok in [verb, *verb.subtree]:
            label = vocab.get(tok.lemma_.lower())
            if tok.pos_ in ("VERB", "ADJ") and label in _CASUALTY:
                if ent.root.dep_ in ("nsubj", "nsubjpass") or (noun is not None and noun.dep_ in ("nsubj", "nsubjpass")):
                    return label
                if noun is not None and noun.dep_ == "dobj" and tok.dep_ == "oprd" and tok.head.i == noun.head.i:
                    return label  # "the incident that left four people dead": a resultative names the casualty
    if noun is not None and unit is not None and noun.lemma_.lower() in _unit_nouns() and noun.dep_ in ("compound", "amod", "nmod") \
            and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        return _modified_label(noun)  # "a 35-yard interception return": the return measures 35 yards
    if noun is not None:
        label = vocab.get(noun.lemma_.lower()) or vocab.get(noun.lower_)
        if label in _CASUALTY:
            return label
        text = _noun_label(noun)
        if noun.lemma_.lower() in _unit_nouns() and unit is not None and not (
                verb is not None and noun.head.i == verb.i and noun.dep_ in ("dobj", "nsubjpass")):  # "scored 17 points"
            for unit_tok in (noun, *noun.conjuncts):  # "8GB and 16GB of memory capacity" -> memory capacity
                obj = next((o for c in unit_tok.children if c.dep_ == "prep" and c.lower_ == "of"
                            for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
                if obj is not None and obj.lemma_.lower() not in _NOT_MEASURED:
                    return _noun_label(obj)
            return _measured(ent, None) or text  # "fallen by 100.12 points" -> fallen; "a value of 9936.94 points" -> value
        reached = _level_reached(noun)
        if reached is not None:
            return reached  # round 6: "total sales improved to 142,285 units": the level the sales reached
        # "purchased six of these aeroplanes": the number, not its "of" noun, is the verb's argument
        arg = ent.root if noun.dep_ == "pobj" and noun.head.head.i == ent.root.i and ent.root.like_num else noun
        if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() not in _LIGHT_VERBS | _STATIVE_VERBS and (
                noun.dep_ != "pobj" or arg is not noun and arg.head.i == verb.i):
            dep = _argument_dep(arg, verb)  # (an "of" noun is what a measure is of: "suffered 40 months of delays")
            if dep == "conj":  # "9,000 jobs will be cut in the U.S., 2,000 jobs in Canada": a gapped conjunct shares the role
                dep = next((c.dep_ for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN" and c.i < arg.i), None)
            if dep in ("nsubjpass", "dobj") or dep in ("nsubj", "acl") and verb.tag_ == "VBN" or dep == "nsubj" and not any(
                    c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for c in verb.children):
                return f"{text} {participle(verb)}"  # "troops deployed", "jobs cut", "people carried", "jobs gone"
            if dep == "nsubj" and noun.lemma_.lower() in _GENERIC_AGENTS:
                return f"{text} {participle(verb)}"  # "Four men rammed their car": a generic agent is named by its act (round 5)
        acl = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i), None)
        if acl is not None and acl.lemma_.lower() not in _LIGHT_VERBS:
            return f"{text} {acl.lower_}"  # "400 jobs cut", "155 planes ordered"
        act = _relative_act(noun) if noun.lemma_.lower() in _GENERIC_AGENTS else None
        if act is not None:
            return f"{text} {participle(act)}"  # round 9: "one of four men who were trying to climb" -> men climbed
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _CHANGE_NOUNS:
            return f"{text} {noun.head.head.lower_}"  # "a loss of 3,700 jobs" -> jobs loss
        change = _ordered(ent.root) or _ordered(noun)
        if change is not None:
            return f"{text} {change.lower_}"  # "an order for 2 of Airbus' A380s", "won an order ... for up to 60 jets" (round 5)
        of = ent.root if arg is not noun else noun.head if noun.dep_ == "appos" else None
        if of is not None and of.dep_ == "pobj" and of.head.lower_ == "of" and of.head.head.lemma_.lower() in _CHANGE_NOUNS:
            return f"{text} {of.head.head.lower_}"  # "the closure of ten of its plants", "cuts of 21% (168,000 units)"
        return text
    root = ent.root
    if unit is not None and root.lemma_.lower() in _unit_nouns() and root.dep_ in ("compound", "amod", "nmod") \
            and root.head.pos_ == "NOUN" and root.head.i > root.i:
        return _modified_label(root)  # "a 35-yard interception return"
    if (ent.label_ == "QUANTITY" or unit is not None and root.lemma_.lower() in _unit_nouns()) and root.pos_ in ("NOUN", "PROPN"):
        # "40 months of delays" -> delays; "16GB of memory capacity" -> memory capacity
        for prep in root.children:
            obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if prep.lower_ == "of" else None
            if obj is not None:
                return _noun_label(obj)
    if root.dep_ == "pobj" and root.head.head.pos_ == "NOUN" and root.head.lower_ == "of":
        return _noun_label(root.head.head)  # "a range of up to 4km" -> range
    linking = root.head if root.dep_ == "pobj" else None
    if root.dep_ == "dobj" and ent.start > 0 and ent.doc[ent.start - 1].head.i == root.head.i:
        linking = ent.doc[ent.start - 1]  # round 9: "threw for 205 yards" parsed with "for" left hanging and the yards as object
    if unit is not None and linking is not None and linking.lower_ in ("for", "over", "across") and linking.head.pos_ in ("NOUN", "VERB"):
        measured = linking.head  # "28 passes for 329 yards" -> passes; "ran for two yards" -> run
        if measured.pos_ == "NOUN":
            return _noun_label(measured)
        if unit in _STAT_UNITS and measured.pos_ == "VERB":
            return f"{root.lower_} {participle(measured)}"  # round 6: "threw for 364 yards" -> yards thrown: the statistic
        if measured.lemma_.lower() not in _LIGHT_VERBS:
            return participle(measured)
    if unit is not None and root.lemma_.lower() in _unit_nouns():
        measured_thing = _measured(ent, None)  # "fallen by 100.12 points", "has a value of 9936.94 points"
        if measured_thing is not None:
            return measured_thing
    # "jobless claims rose 15,000 (last week)": a bare change of an intransitive verb measures its subject,
    # as "rose by 15,000" does; the parse may hang the number on the date that follows it
    moved = root.head if root.dep_ == "nummod" and _in_date(root.head, ent) else root
    if verb is not None and verb.lemma_.lower() in _RISE_FALL and moved.dep_ in ("dobj", "npadvmod") and moved.head.i == verb.i:
        if unit in _LENGTH_UNITS:
            return participle(verb)  # round 9: "fell about 2, 000ft": a length moved is how far, named by the move
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if subject is not None:
            return _noun_label(subject)
    if root.dep_ == "pobj" and verb is not None and root.head.head.i == verb.i:  # "cut from 500 by about 80"
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN":
                return _noun_label(child)
    acl = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > root.i), None)
    if acl is not None and acl.lemma_.lower() not in _LIGHT_VERBS:
        return acl.lower_  # "sales to exceed the 250 required to break even"
    # "deliveries reached 450 last year": the parse hangs the number on the date, the date on the verb
    place = root.head if root.dep_ == "nummod" and _in_date(root.head, ent) and root.head.dep_ == "npadvmod" else root
    if (place.dep_ in ("dobj", "attr") or place is not root) and verb is not None and place.head.i == verb.i \
            and verb.lemma_.lower() in _COMPARED:
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if subject is not None:
            return _noun_label(subject)  # "sales will exceed 700", "deliveries reached 450"
    for tok in sentence:  # "The casualties have been significant ... 1,000"
        label = vocab.get(tok.lemma_.lower())
        if label is not None and tok.pos_ in ("NOUN", "VERB", "ADJ") and tok.i not in range(ent.start, ent.end) \
                and tok.dep_ not in ("compound", "amod"):  # "the death sentence" names no deaths
            return label if label in _CASUALTY or tok.pos_ != "NOUN" else tok.lower_
    return None


def _index_level(ent: Span) -> bool:
    """True when a bare number is a stock index's level or move: the sentence names an index
    (``lexicon/stock_indices.txt``) and the number reads as a level ("to 6038.30", "closing at
    4,851", "fell 344.65", "the 5000 mark"), not a count (issue 15)."""
    text = ent.text.strip()
    number = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if number is None or re.search(r"[$£€¥%]", text):
        return False
    root = ent.root
    decimal = re.fullmatch(r"[\d,]+\.\d\d", number.group(0)) is not None
    level = root.dep_ == "pobj" and root.head.lower_ in ("to", "at", "of", "below", "above") or (
        root.dep_ == "nummod" and root.head.lemma_.lower() in _LEVEL_NOUNS)
    if not (decimal or level) or float(number.group(0).replace(",", "")) < 100:
        return False
    names = lexicon.words("stock_indices.txt")
    return any(t.lower_ in names for t in ent.sent if not (ent.start <= t.i < ent.end))


_AGAINST = {"to", "against", "versus", "vs", "vs."}  # "178 punches to just 30": a count set against another


def _elided(ent: Span, labelled: dict[int, str]) -> str | None:
    """Return the label of the figure a bare number is listed with ("37 of the candidates ..., 46 in
    Akhal region, 25 in Balkan region"; "growth of 28% and 50%"): its noun is left out (issue 15)."""
    tok = ent.root
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ in _AGAINST and prep.head.pos_ == "VERB" and not (prep.lower_ == "to" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ in _MOVE_ADVERBS for c in prep.head.children)):  # "ending down 5%, to 11,015": a level
        # "landed 178 punches to just 30 for Rahman": the number set against the verb's counted object counts the same
        for obj in prep.head.children:
            if obj.dep_ == "dobj" and obj.i < tok.i:
                num = next((c for c in obj.children if c.dep_ == "nummod" and c.i in labelled), None)
                if num is not None:
                    return labelled[num.i]
    for _ in range(6):
        if tok.dep_ not in ("conj", "appos") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.i in labelled:
            return labelled[tok.i]
    return None


_CONTRAST = frozenset({"other", "remaining"})


def _measure_noun(noun: Token) -> bool:
    """True for a unit or a length of time ("5 %", "ten years"): a measure, not a kind of thing counted."""
    return noun.lower_ in _unit_symbols() or noun.lemma_.lower() in _HYPHEN_TIME_UNITS | {"hour", "minute", "second", "decade", "century"} \
        or noun.lower_ in ("%", "percent", "per", "cent")


def _elided_count(ent: Span) -> str | None:
    """Return the noun a bare count leaves out, from the count set against it or the one before it (round 8).

    "Two managed to give the Indian Navy a slip, but the other three boats were intercepted": the
    count contrasted by "the other N X" in its sentence counts X too. "... to supply 14 new Airbus
    A330-200 passenger airliner. They will be owned by AirTanker, who retains leasing rights to five":
    otherwise the noun counted nearest before it, in its sentence or the one before, is the noun.
    Only a number standing alone as a subject, object or prepositional object with no noun or
    phrase of its own qualifies.
    """
    tok = ent.root
    if len(ent) != 1 or not tok.like_num or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") \
            or any(c.pos_ in ("NOUN", "PROPN", "PRON") or c.dep_ in ("prep", "det", "poss") for c in tok.children):
        return None
    doc, sent = ent.doc, ent.sent
    for t in sent:
        if t.i != tok.i and t.dep_ == "nummod" and t.head.tag_ == "NNS" and t.head.i > t.i \
                and any(c.dep_ == "amod" and c.lower_ in _CONTRAST for c in t.head.children):
            return _noun_label(t.head)
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in reversed(doc[start:tok.i]):
        if t.dep_ == "nummod" and t.like_num and t.head.pos_ == "NOUN" and t.head.i > t.i and not _measure_noun(t.head):
            return _noun_label(t.head)
    return None


def _partitive(ent: Span) -> str | None:
    """Return X for a bare number in a sentence opened by "Of the (N) X," ("Of the 288 candidates, 286 have ...").

    Round 9: "Out of" opens such a sentence too, and a count needs no article to be the whole the
    numbers after it break down ("Out of 23 arrested pirates, 12 are ... from Somalia and 11 from Yemen").
    """
    sent = ent.sent
    first = sent[0]
    if first.lower_ == "out" and len(sent) > 2 and sent[1].lower_ == "of":
        first = sent[1]
    if first.lower_ != "of" or ent.start <= first.i or ent.root.dep_ not in ("nsubj", "nsubjpass", "ROOT", "conj"):
        return None
    obj = next((c for c in first.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if obj is None or not any(c.lower_ in _DEFINITE or c.dep_ == "nummod" and c.like_num for c in obj.children):
        return None
    acl = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i > obj.i), None)
    return f"{_noun_label(obj)} {acl.lower_}" if acl is not None else _noun_label(obj)  # "Of the 23 pirates arrested"


def _clause_verb(tok: Token) -> Token | None:
    """Return the nearest verb (or auxiliary) at or above ``tok`` in the parse, within five steps."""
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


@functools.lru_cache(maxsize=1)
def _member_nouns() -> frozenset[str]:
    """Nouns counting people or a group's own formations (``lexicon/member_nouns.txt``)."""
    return frozenset(lexicon.words("member_nouns.txt"))


def counts_members(noun: Token | None) -> bool:
    """True when the counted noun names people or a group's formations, the members a group (NORP) modifier
    counts ("500 Taliban fighters", "26 Somali pirates"); a figure naming no noun counts what it stands for."""
    return noun is None or noun.lower_ in _member_nouns() or noun.lemma_.lower() in _member_nouns()


_PLACE_TYPES = frozenset({"GPE", "LOC"})


def place_adjective(tok: Token, etype: str) -> bool:
    """True when ``tok`` names a place by its adjective ("Palestinian", "British", "Somali"): a demonym of
    ``lexicon/countries.tsv`` or an adjective tagged so, linked as a place (GPE, LOC). It says whose or what kind
    a thing is, as a nationality (NORP) does (issue 13, round 9)."""
    if etype not in _PLACE_TYPES:
        return False
    hit = load_gazetteer().lookup(tok.text)
    return hit is not None and hit.kind == "demonym" or tok.tag_ == "JJ"


@functools.lru_cache(maxsize=1)
def _telling_verbs() -> frozenset[str]:
    """Lemmas of the verbs of saying, writing and believing of ``lexicon/cues.tsv`` that take a complement clause ("say",
    "report", "estimate"; not "see", whose frame is "X sees Y as Z": "A smash - and - grab on a Paris store saw four
    robbers make off" names no teller)."""
    return frozenset(row["lemma"] for row in lexicon.load("cues.tsv")
                     if row["pos"] == "verb" and row["kind"] in ("speech", "writing", "belief")
                     and "clause" in row["frames"].split(","))


_SELF_WORDS = frozenset({"it", "they", "we", "its", "their", "our"})


def _tells_of_itself(clause: Token) -> bool:
    """True when the subject of complement clause ``clause`` is the teller again: "it", "they", "we", or a noun
    that "its"/"their"/"our" owns ("Boeing said it received 35 orders", "Ford said its sales fell 30 percent")."""
    for child in clause.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child.lower_ in _SELF_WORDS or any(
                c.dep_ == "poss" and c.lower_ in _SELF_WORDS for c in child.children)
    return False


@functools.lru_cache(maxsize=1)
def _state_agents() -> frozenset[str]:
    """The role nouns of a state's government, armed forces and police in ``lexicon/sectors.tsv`` ("navy", "troops",
    "officials", "police", "commandos"): what they do, the state does ("The Indian navy captured 23 pirates")."""
    return frozenset(row["term"].lower() for row in lexicon.load("sectors.tsv")
                     if row["kind"] == "role" and row["sector"] in ("GOV", "MIL", "COP"))


def _group_like(tok: Token, found: str, entities: EntityIndex) -> bool:
    """True when the entity ``found`` at ``tok`` in a clause's subject is a group (NORP), or a place named by its
    adjective before people who are not the state's agents ("Palestinian militants", "Somali pirates"): who acts or
    tells, not what the figure measures, and not the state (round 9). Before a state's forces or officials ("The
    Indian navy captured 23 pirates") the state acts and keeps the figure; before a thing ("Chinese exports rose 5
    percent") the place owns it."""
    etype = entities.entity(found).type
    if etype == "NORP":
        return True
    owner = tok.head
    return place_adjective(tok, etype) and owner is not tok and counts_members(owner) and not (
        owner.lower_ in _state_agents() or owner.lemma_.lower() in _state_agents())


def unknown_name_subject(verb: Token, entities: EntityIndex) -> bool:
    """True when the subject of ``verb`` is a proper name that no entity holds ("Brent LCOc1 was last at $60.73"): the
    clause is about that thing, so neither a conjoined clause's subject nor the paragraph's running subject is its
    (issue 13, round 11)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ == "PROPN" and not any(
        entities.lookup(t.idx, t.idx + len(t.text)) for t in subj.subtree)


def _mention_top(tok: Token, found: str, entities: EntityIndex) -> Token:
    """Return the token of the mention of ``found`` at ``tok`` whose head lies outside that mention."""
    for _ in range(6):
        head = tok.head
        if head.i == tok.i or entities.lookup(head.idx, head.idx + len(head.text)) != found:
            return tok
        tok = head
    return tok


_INDEX_NOUNS = frozenset({"index", "indices", "indexes", "average", "composite"})


def _kind_of(tok: Token, found: str, entities: EntityIndex) -> bool:
    """True when ``found`` is a product model modifying a common noun ("six AK - 47 rifles", "the Boeing 777
    fleet"): it says which kind of thing, it owns nothing the figure could measure (issue 13, round 11)."""
    if entities.entity(found).type != "PRODUCT":
        return False
    top = _mention_top(tok, found, entities)
    return top.dep_ in ("compound", "nmod", "amod", "nummod") and top.head.pos_ == "NOUN" \
        and top.head.lemma_.lower() not in _INDEX_NOUNS  # "the affiliated Merval 25 index": the name of the index itself


def _named_possession(tok: Token, found: str, entities: EntityIndex) -> str | None:
    """Return the entity named by the noun that ``found`` owns in a clause's subject ("Apple's latest 12.9-inch iPad Pro
    drops to $799": the iPad Pro), else None. The thing named is what the clause is about, its maker or owner only says
    whose it is (issue 13, round 11: a product's price was filed under its maker)."""
    top = _mention_top(tok, found, entities)
    if top.dep_ != "poss" or top.head.i == top.i:
        return None
    owned = entities.lookup(top.head.idx, top.head.idx + len(top.head.text))
    if not owned or owned == found or {entities.entity(found).type, entities.entity(owned).type} <= _PLACE_TYPES:
        return None  # "China's Inner Mongolia": a place inside a place keeps the outer one, as before
    return owned


def _subject(ent: Span, noun: Token | None, entities: EntityIndex) -> str | None:
    """Return the entity the figure is about: a modifier of the counted noun, else the clause subject.

    A group (NORP: nationality, party, religion, militant group) is the subject only when the figure counts the
    group itself or its members (round 8): the counted noun is the group ("thirty-one Republicans", "three
    Americans") or a noun of its members that it modifies ("500 Taliban fighters", "four ISIL tactical units").
    A group modifying another noun ("European markets", "three ISIL-held buildings") or standing in the clause's
    subject, as who acts, tells or is described ("Marine commandos boarded two of the vessels", "The jury - six
    black women, ... one Asian man"), says nothing the figure counts."""
    if noun is not None:
        itself = entities.lookup(noun.idx, noun.idx + len(noun.text))
        if itself and entities.entity(itself).type == "NORP":
            return itself  # "Three Democrats voted with thirty-one Republicans": the group counted
        for tok in noun.subtree:
            if tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head == noun or tok.dep_ == "pobj" and tok.head.head == noun:
                found = entities.lookup(tok.idx, tok.idx + len(tok.text))
                if found and entities.entity(found).type == "NORP" and not counts_members(noun):
                    continue  # "all European markets losing more than 5%": the group only says which markets
                if found and (entities.entity(found).type in _COUNTRY_TYPES or tok.dep_ == "poss"):
                    return found
    own = entities.lookup(ent.start_char, ent.end_char)  # a name over the figure's own words is the figure itself
    verb = _clause_verb(ent.root)
    first = -1 if verb is None else verb.i
    while verb is not None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and not (ent.start <= child.i < ent.end):
                for tok in child.subtree:
                    found = entities.lookup(tok.idx, tok.idx + len(tok.text))
                    if found and found == own:
                        continue  # "The two jurors, who did not give their names": NER's name holding the figure's own number
                    if found and _group_like(tok, found, entities):
                        continue  # the group acts, tells or is described; a count of it was found above
                        # (round 9: "Palestinian militants fired 20 rockets" is no count of Palestine)
                    if found and _kind_of(tok, found, entities):
                        continue  # round 11: "six AK - 47 rifles, 12 magazines ... were found": a model says which rifles
                    if found:
                        return _named_possession(tok, found, entities) or found
        if verb.i == first and unknown_name_subject(verb, entities):
            return None  # round 11: "U.S. crude fell ... and Brent LCOc1 was last at $60.73": its own subject, unlinked
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _telling_verbs() and not _tells_of_itself(verb):
            break  # round 9: the subject of "said" over the figure's clause is who tells it, not what it measures
        if verb.dep_ in ("xcomp", "ccomp", "conj", "advcl") and verb.head is not verb:
            verb = verb.head
        else:
            break
    return None


_EVENT_LABELS = frozenset({"killed", "wounded", "injured", "casualties", "missing", "magnitude"})
_WHERE_PREPS = frozenset({"in", "at", "off", "near", "on", "across", "along", "outside", "inside", "into", "throughout"})


def _clause_place(ent: Span, entities: EntityIndex) -> str | None:
    """Return a place (GPE, LOC) named inside the figure's own clause, in the object of its verb or a locative
    phrase ("A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five people,
    Iranian media said": Iran), climbing as :func:`_subject` does and stopping below a teller (issue 13, round 10).
    A toll or a quake's magnitude is about where the event struck; the teller's nationality is not that place, but
    the clause often names it outside its subject. A place adjective ("Iranian") says whose, not where."""
    verb = _clause_verb(ent.root)
    while verb is not None:
        for child in verb.children:
            if child.dep_ not in ("dobj", "prep", "npadvmod") or ent.start <= child.i < ent.end:
                continue
            if child.dep_ == "prep" and child.lower_ not in _WHERE_PREPS:
                continue
            for tok in child.subtree:
                if ent.start <= tok.i < ent.end:
                    continue
                found = entities.lookup(tok.idx, tok.idx + len(tok.text))
                if found and entities.entity(found).type in _PLACE_TYPES and not place_adjective(tok, entities.entity(found).type):
                    return found
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _telling_verbs():
            break  # the teller's clause is not where the event struck
        if verb.dep_ in ("xcomp", "ccomp", "conj", "advcl") and verb.head.i != verb.i:
            verb = verb.head
        else:
            break
    return None


_TOLL_LABELS = _EVENT_LABELS - {"magnitude"}


def _located_place(head: Token, ent: Span, entities: EntityIndex, skip: str | None) -> str | None:
    """Return the first place (GPE, LOC; not a place adjective) inside a locative phrase hanging on ``head`` or,
    below it, on a noun of ``head``'s own phrase, other than ``skip``."""
    for prep in head.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in _WHERE_PREPS or ent.start <= prep.i < ent.end:
            continue
        if prep.head.i != head.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in prep.head.children):
            continue  # a locative of a clause below ``head`` with its own subject is that clause's
        for tok in prep.subtree:
            found = entities.lookup(tok.idx, tok.idx + len(tok.text))
            if found and found != skip and entities.entity(found).type in _PLACE_TYPES \
                    and not place_adjective(tok, entities.entity(found).type):
                return found
    return None


def _struck_place(ent: Span, subject: str, entities: EntityIndex) -> str | None:
    """Return the place where a toll was inflicted when its subject came from the inflicting side: the figure is the
    object of an active verb ("killed more than 20 militants") and ``subject`` is named in that verb's subject ("A
    series of precision U.S. airstrikes against al-Qaida operatives this week in northwestern Syria's Idlib province
    killed ...", "Israeli airstrikes on Gaza killed 20 people"), while a locative phrase of the subject or of the verb
    names a place (Syria, Gaza). Who strikes is not where the toll fell (issue 13, round 11); without a located place
    the subject stays."""
    verb = _clause_verb(ent.root)
    if verb is None or verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i <= ent.root.i <= c.right_edge.i), None)
    agent = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if obj is None or agent is None:
        return None
    in_agent = any(entities.lookup(t.idx, t.idx + len(t.text)) == subject for t in agent.subtree)
    if not in_agent:
        return None
    return _located_place(agent, ent, entities, subject) or _located_place(verb, ent, entities, subject)


_SETTING_PREPS = frozenset({"in", "at", "inside", "within", "under", "into"})


def _setting_measure(ent: Span, unit: str | None, noun: Token | None) -> Token | None:
    """Return the noun a unit figure describes when that noun is the setting of the clause, a locative object
    ("get audible in that 38 dBa office environment": the room's noise, not the laptop's), else None (round 10).
    Money and percentages are left to :func:`_measured`; a magnitude describes its quake, an event."""
    if unit is not None and (unit == "%" or unit.isupper() and len(unit) == 3):
        return None
    # the measure word: the noun right after the number ("38 dBa office"), else the unit inside the figure
    root = noun if noun is not None and noun.i == ent.end else ent.root if unit is not None else None
    if root is None:
        return None
    if root.dep_ not in ("compound", "amod", "nmod", "nummod") or root.head.pos_ != "NOUN" or root.head.i <= root.i \
            or root.head.i < ent.end:
        return None
    head = root.head
    while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i > head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in _SETTING_PREPS and head.head.head.pos_ in ("VERB", "AUX", "ADJ"):
        return head
    return None


def _owner_of(noun: Token, entities: EntityIndex, measure: Token | None) -> str | None:
    """The entity naming or owning ``noun`` ("Apple's office", "the Apple office"), else None; the figure's own
    measure word ("30GB edition") is none."""
    for tok in noun.children:
        if tok.dep_ in ("poss", "compound") and tok.i < noun.i and not tok.like_num \
                and not (measure is not None and tok.i <= measure.i):
            found = entities.lookup(tok.idx, tok.idx + len(tok.text))
            if found:
                return found
    return None


_MODEL_PREPS = frozenset({"for", "of"})


def _names_model(tok: Token, entities: EntityIndex, look: _Lookups | None = None) -> bool:
    """True when ``tok`` names a product model: letters and digits in one word ("777-200LR", "A380s"), a name with
    a model number ("787 Dreamliner"), an entity linked as a product, or (round 11) a bare model number with its
    article ("for the 787") that the article names as a model elsewhere ("Boeing 787", "787 Dreamliner")."""
    text = tok.text
    if look is not None and _MODEL_DIGITS.fullmatch(text) and any(c.dep_ == "det" for c in tok.children) \
            and look.names_a_model(text):
        return True
    if any(ch.isdigit() for ch in text) and any(ch.isalpha() for ch in text):
        return True
    if tok.pos_ == "PROPN" and tok.tag_ != "NNPS" and any(c.dep_ == "nummod" and c.like_num and c.i == tok.i - 1 for c in tok.children):
        return True  # "the 787 Dreamliner" ("18 777s", "50 787s" count the aircraft bought)
    found = entities.lookup(tok.idx, tok.idx + len(tok.text))
    return bool(found) and entities.entity(found or "").type == "PRODUCT"


def _programme_figure(ent: Span, noun: Token | None, entities: EntityIndex, look: _Lookups | None = None) -> bool:
    """True when the figure's clause ties it to one product model by "for"/"of"/"on" ("Boeing has received five
    orders from two customers for the 777-200LR"): it counts the programme's orders or customers, which the company
    owns, not the company's own (issue 13, round 10)."""
    verb = _clause_verb(ent.root)
    holders: list[Token] = []
    tok: Token | None = noun if noun is not None else ent.root
    while tok is not None and (verb is None or tok.i != verb.i):
        holders.append(tok)
        tok = tok.head if tok.head.i != tok.i else None
        if len(holders) > 6:
            break
    if verb is not None:
        holders.append(verb)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in _MODEL_PREPS or prep.lower_ == "of" and holder.i in (ent.root.i, getattr(noun, "i", -1)):
                continue  # "14 of the new 787 Dreamliner": the partitive "of" names what the figure counts
            for o in prep.children:
                if o.dep_ != "pobj" or ent.start <= o.i < ent.end or noun is not None and o.i == noun.i or o.tag_ in ("NNS", "NNPS") \
                        and any(c.dep_ == "nummod" for c in o.children):
                    continue  # the figure itself, or aircraft counted ("orders for 18 777s")
                if _names_model(o, entities, look):
                    return True
    return False


def _other_clause(ent: Span, t: TimeExpr) -> bool:
    """True when date ``t`` dates something else: a relative clause or a "since" start.

    "13,000 US troops remain in Afghanistan, where they have fought since 11 September 2001":
    the date starts the fighting; the count is as of the statement (issue 15).
    """
    span = ent.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = _clause_verb(ent.root)
    tok = span.root
    for _ in range(12):
        if verb is not None and tok.i == verb.i or tok.head.i == tok.i:
            return False
        if tok.lower_ == "since" or tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("relcl", "acl"):
            return True
        tok = tok.head
    return False


def _as_of(ent: Span, times: Starts[TimeExpr], statement: Statement | None) -> str | None:
    sent = ent.sent
    best = None
    for t in times.between(sent.start_char, sent.end_char):  # the times starting in the sentence, in their order
        if t.type != "DATE" or t.value.endswith("_REF") or "X" in t.value:
            continue
        if sent.start_char <= t.start and t.end <= sent.end_char and not _other_clause(ent, t):
            dist = abs(t.start - ent.start_char)
            if best is None or dist < best[0]:
                best = (dist, t.value)
    if best is not None:
        return best[1]
    return statement.date if statement is not None else None


def _statement_for(start: int, end: int, statements: Sequence[Statement] | StatementIndex, full: str = "") -> Statement | None:
    """Return the smallest statement holding ``start..end`` (the first of equal size).

    A figure whose unit mark runs past a statement that dropped it ("rose 5" of "rose 5%") is
    still inside that statement (issue 15). Every such statement holds ``start``, so a
    :class:`StatementIndex` gives the same candidates as the whole list, without the scan.
    """
    best = None
    for st in statements.around(start) if isinstance(statements, StatementIndex) else statements:
        inside = st.start <= start and end <= st.end
        if not inside and st.start <= start < st.end < end:
            inside = re.fullmatch(r"\s?(?:%|per ?cent|percent|p|[a-z]{1,3})", full[st.end:end]) is not None
        if inside and (best is None or st.end - st.start < best.end - best.start):
            best = st
    return best


@dataclass(slots=True)
class _Candidate:
    """A number to read: the span linking works on, the text to parse and the figure's bounds."""

    ent: Span
    text: str  # the number with its hedge ("more than 15,000"), without the counted noun
    start: int  # character bounds of the whole figure (hedge and counted noun included)
    end: int
    rule: str
    num_start: int  # character bounds of ``text``
    num_end: int


def _parallel(ent: Span, noun: Token | None, unit: str | None, quantity: str | None, figures: Sequence[Figure], full: str,
              start: int) -> str | None:
    """Return the label of the figure in the same sentence this one restates or sets beside it.

    "carry up to 840 people in all-economy class (550 for a Boeing 747)": a bare number opening a
    bracket after a figure counts the same; "..., or 555 people in three classes": the same noun
    coordinated with a figure whose label keeps a verb takes that verb too.
    """
    if not figures or figures[-1].quantity is None or figures[-1].start < ent.sent.start_char or figures[-1].unit != unit:
        return quantity
    prev = figures[-1].quantity
    if noun is None and ent.start > 0 and ent.doc[ent.start - 1].text == "(" and full[figures[-1].end:start].count("(") == 1:
        return prev
    if noun is not None and quantity == _noun_label(noun) and prev.startswith(quantity + " ") \
            and re.search(r"\b(?:or|and)\s+$", full[figures[-1].end:start]):
        return prev
    return quantity


_OR_BETWEEN = re.compile(r"\s*,?\s+or\s+")


def _shared_bound(amount: Amount, figures: Sequence[Figure], full: str, start: int) -> Amount:
    """Return ``amount`` bounded like the figure "or" joins it to: "up to 160GB or 40,000 songs"
    states one capacity twice, so the hedge bounds both; a point joined by "and" stays a point."""
    if amount.hedge is not None or amount.value is None or amount.low != amount.high or not figures:
        return amount
    prev = figures[-1]
    if prev.hedge is None or (prev.low is None) == (prev.high is None) or not _OR_BETWEEN.fullmatch(full[prev.end:start]):
        return amount
    if prev.low is None:
        return replace(amount, low=None, high=amount.value, high_inclusive=prev.high_inclusive, hedge=prev.hedge)
    return replace(amount, low=amount.value, high=None, low_inclusive=prev.low_inclusive, hedge=prev.hedge)


def _leading_amount(ent: Span, approx_band: float) -> Amount | None:
    """Return the amount the entity starts with when the whole does not parse: a tagger that took a
    name or a noun in ("24 A320s", "a 40 mile per gallon vehicle") leaves the number in front."""
    start = ent.start + (1 if ent[0].lower_ in ("a", "an", "the") and len(ent) > 1 else 0)
    for end in range(ent.end - 1, start, -1):
        rest = ent.doc[end:ent.end]
        if not (rest[0].pos_ in ("NOUN", "PROPN") or _MODEL_NAME.fullmatch(rest[0].text)) or any(t.like_num or t.lower_ in _NUMBER_WORDS or t.is_punct for t in rest):
            continue  # only a noun or a name after the number, never part of a number ("twenty-five point five")
        amount = parse_amount(ent.doc[start:end].text, ent.label_, approx_band)
        if amount is not None:
            return amount
    return None


def _number_end(doc: Doc, ent: Span) -> int:
    """Return the token end of the number in ``ent``, past number words the tagger cut off.

    "five eighths", "3 million and a half", "Three hundred and thirty one", "13 lakh": the
    longest run of number words after the entity that still reads as one number wins.
    """
    best, end = ent.end, ent.end
    while end < len(doc) and end - ent.end < 6 and (doc[end].like_num or doc[end].lower_ in _NUMBER_WORDS):
        end += 1
        if doc[end - 1].lower_ not in ("and", "a", "an", "of"):
            value = parse_amount(doc[ent.start:end].text, ent.label_)
            if value is not None and value.value is not None:  # one number; "1.83 and 2 GHz" are two
                best = end
    return best


def _split_changes(doc: Doc, full: str) -> list[Span]:
    """Return ``doc.ents`` with "X to Y" cut in two after a change ("an increase from $100,000 to $250,000")."""
    out = []
    for ent in doc.ents:
        before = full[max(0, ent.start_char - 45):ent.start_char]
        cut = next((t.i for t in ent if t.lower_ == "to"), None)
        step = re.search(r"\b(from|by)\s+$", before, re.IGNORECASE)
        if ent.label_ in _LABELS and cut is not None and cut > ent.start and step is not None \
                and _CHANGE.search(before[:step.start()]):  # "rose from $100 to $250", "cut by $200 to $399"
            out += [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut + 1, ent.end, label=ent.label_)]
            continue
        cut = next((t.i for t in ent if t.text == "/"), None)
        if ent.label_ == "MONEY" and cut is not None and ent.start < cut < ent.end - 1 and any(
                ch.isdigit() for t in doc[ent.start:cut] for ch in t.text) and re.match(r"\s*(?:[A-Z]{0,3}[$£€¥₹]|[A-Z]{3}\b)", full[doc[cut].idx + 1:ent.end_char]):
            out += [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut + 1, ent.end, label=ent.label_)]  # "$149 / £99"
            continue
        if ent.label_ == "CARDINAL" and cut is not None and ent.start < cut < ent.end - 1 and doc[cut - 1].like_num \
                and doc[cut + 1].like_num and doc[cut - 1].whitespace_ and doc[cut].whitespace_:
            out += [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut + 1, ent.end, label=ent.label_)]
            continue  # round 6: "(19. 2 / 40)": a slash between spaces pairs two numbers; "3/4" is a fraction
        cut = next((t.i for t in ent if t.lower_ == "and" and t.dep_ == "cc"), None)
        if ent.label_ in _LABELS and cut is not None and ent.start < cut < ent.end - 1 and any(
                ch.isdigit() for t in doc[ent.start:cut] for ch in t.text) and re.match(
                r"\s*(?:[A-Z]{0,3}[$£€¥₹]\s?)?\d", full[doc[cut].idx + 3:ent.end_char]) and not re.search(
                r"\bbetween\b", full[max(0, ent.start_char - 12):doc[cut].idx], re.IGNORECASE):
            out += [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut + 1, ent.end, label=ent.label_)]  # "28% and 50%", "US$299 and US$399"
        else:
            out.append(ent)
    return out


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


def _joined(doc: Doc, ents: list[Span], spaced: list[tuple[int, int]]) -> list[Span]:
    """Return ``ents`` with the parts of a spaced thousands number ("1" and "300 biologists") as one entity."""
    out: list[Span] = []
    for ent in ents:
        group = next(((s, e) for s, e in spaced if ent.start_char < e and s < ent.end_char), None)
        if group is None or ent.label_ not in _LABELS | {"DATE"}:
            out.append(ent)
            continue
        prev = out[-1] if out and out[-1].start_char < group[1] and group[0] < out[-1].end_char and out[-1].label_ in _LABELS else None
        first = prev.start_char if prev is not None else min(ent.start_char, group[0])
        span = doc.char_span(min(first, group[0]), max(ent.end_char, group[1]), alignment_mode="expand")
        if span is None:
            out.append(ent)
            continue
        label = "MONEY" if "MONEY" in (ent.label_, prev.label_ if prev is not None else "") else (
            ent.label_ if ent.label_ != "DATE" else "CARDINAL")
        if prev is not None:
            out.pop()
        out.append(Span(doc, span.start, span.end, label=label))
    return out


def _ner_candidates(doc: Doc, full: str, zones: Zones, look: _Lookups) -> tuple[list[_Candidate], list[Rejection]]:
    found: list[_Candidate] = []
    rejected: list[Rejection] = []
    consumed = 0
    spaced = _spaced_thousands(doc, full, look)
    for ent in _joined(doc, _split_changes(doc, full), spaced):
        if (ent.label_ == "DATE" and (_PLAIN_NUMBER.fullmatch(ent.text) or re.fullmatch(r"\d{1,3}", ent.text))
                or ent.label_ == "TIME" and _GROUPED_NUMBER.fullmatch(ent.text)) \
                and not look.in_time(ent.start_char, ent.end_char):  # "46 in Akhal region" tagged DATE
            # "closing at 1,442.82" tagged DATE, read as no time; round 7: "at 8,579.19" tagged TIME (no clock has a thousands comma)
            ent = Span(doc, ent.start, ent.end, label="CARDINAL")
        if ent.label_ not in _LABELS or ent.start < consumed:
            continue
        reason = _reject_reason(ent, doc, full, zones, look)
        if reason is not None:
            rejected.append(Rejection(ent.start_char, ent.end_char, ent.text, reason, "figure"))
            continue
        t_start, t_end = _widen(ent, doc, full)
        n_end = _number_end(doc, ent)
        consumed = n_end
        number = doc[t_start:n_end]
        num_start, num_end = _read_extent(full, number.start_char, number.end_char)
        if num_start < number.start_char:  # "just over US$89": the hedge sits before the currency sign
            num_start = _hedge_before(full, num_start)
        start = min(doc[t_start].idx, num_start)
        end = max(doc[t_end - 1].idx + len(doc[t_end - 1].text), num_end)
        text = full[num_start:num_end]
        group = next(((s, e) for s, e in spaced if s <= num_start < e or num_start <= s < num_end), None)
        if group is not None:
            text = re.sub(r"(?<=\d)([,.]) (?=\d)", r"\1", text)  # "1, 300" reads as 1,300 and "14. 1" as 14.1
            last = doc.char_span(max(full.rfind(", ", group[0], group[1]), full.rfind(". ", group[0], group[1])) + 2, ent.end_char,
                                 alignment_mode="expand")
            if last is not None and len(last):  # the parse links the last group ("300 biologists"), not the "1,"
                ent = Span(doc, last.start, last.end, label=ent.label_)
        found.append(_Candidate(ent, text, start, end, f"ner:{ent.label_.lower()}", num_start, num_end))
    return found, rejected


def _with_phrases(doc: Doc, full: str, found: list[_Candidate], rejected: list[Rejection], zones: Zones, look: _Lookups) -> list[_Candidate]:
    """Add hedged numbers and ranges the tagger missed, and widen tagged ones they extend.

    "between 10 and 20" (tagged DATE), "more than thirty years old", ">10" and the second half of
    "above 1000 and below 1500" come from :func:`amount_phrases`; a phrase overlapping tagged
    figures replaces them when it is longer (one interval, not two numbers).
    """
    refused = Overlaps((r.start, r.end) for r in rejected)
    live: Live[_Candidate] = Live()  # ``found`` in its order, indexed by the tagged span (issue 16: no scan per phrase)
    for c in found:  # a spaced thousands number ("about 2, 000ft") is linked by its last group: index its whole number
        live.add(c, min(c.ent.start_char, c.num_start), max(c.ent.end_char, c.num_end))
    for ps, pe in amount_phrases(full):
        if refused.any(ps, pe):
            continue
        if full[ps:pe].lower().startswith("from ") and _CHANGE.search(full[max(0, ps - 40):ps]):
            continue  # "an increase from $100,000 to $250,000" is a change between two figures, not a range
        step = re.search(r"\bby\s+$", full[max(0, ps - 40):ps], re.IGNORECASE)
        if step is not None and re.search(r"\sto\s", full[ps:pe]) and _CHANGE.search(full[max(0, ps - 40):ps][:step.start()]):
            continue  # "cut by $200 to $399": the change and the level it reaches, not a range
        if _MONTH_AFTER.match(full, pe):
            continue  # "between 11-13 Dec.": days of a month, a date
        numbered = live.overlapping(ps, pe)
        overlap = [c for _, c in numbered]
        if len(overlap) == 1 and overlap[0].num_start <= ps and pe <= overlap[0].num_end:
            continue  # the tagger's figure already holds it
        span = doc.char_span(ps, pe, alignment_mode="expand")
        if span is None or not len(span):
            continue
        amount = parse_amount(full[ps:pe], approx_band=0)
        if amount is None or amount.value is None and amount.low == amount.high:
            continue  # "1-1" is a score, not a range
        if not amount.unit and _YEAR_IN.search(full[ps:pe]) and (
                amount.hedge is None or re.search(r"\b(since|in|by|until|till|before|after|from|of)\s+$", full[max(0, ps - 8):ps], re.IGNORECASE)):
            continue  # "since at least 2014", "from 2010 to 2012": dates, not counts ("below 1500" is one)
        label = "PERCENT" if amount.unit == "%" else "MONEY" if amount.unit else "CARDINAL"
        span = Span(doc, span.start, span.end, label=label)
        if not overlap and _reject_reason(span, doc, full, zones, look) is not None:
            continue
        ent = overlap[0].ent if overlap else span
        start = min([ps, *(c.start for c in overlap)])
        end = max([pe, *(c.end for c in overlap)])
        if not overlap:
            _, t_end = _widen(span, doc, full)
            end = max(end, doc[t_end - 1].idx + len(doc[t_end - 1].text))
        for k, _ in numbered:
            live.remove(k)
        rule = "pattern:hedge" if not overlap else overlap[0].rule + "+pattern"
        live.add(_Candidate(ent, full[ps:pe], start, end, rule, ps, pe), ent.start_char, ent.end_char)
    return sorted(live.items(), key=lambda c: c.start)


def _with_units(doc: Doc, full: str, found: list[_Candidate], rejected: list[Rejection], zones: Zones,
                look: _Lookups) -> list[_Candidate]:
    """Add amounts whose unit is in the characters but which the tagger left out ("85p", "Â£5bn", "4km")."""
    taken = Overlaps([(c.start, c.end) for c in found] + [(r.start, r.end) for r in rejected] + [(t.start, t.end) for t in look.times])
    added = []
    for m in _BARE_NUMBER.finditer(full):
        if taken.any(m.start(), m.end()):
            continue
        if m.start() >= 3 and full[m.start() - 1].isalpha() and not (
                full[m.start() - 3:m.start()] in ISO_CODES and (m.start() == 3 or not full[m.start() - 4].isalnum())):
            continue  # letters glued before digits: only an ISO code ("SGD1.75-billion", round 6), not "A380"
        start, end = _read_extent(full, m.start(), m.end())
        if (start, end) == (m.start(), m.end()):
            continue  # a bare number the tagger did not take stays out
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        amount = parse_amount(full[start:end], approx_band=0)
        if amount is None or amount.unit is None:
            continue
        label = "MONEY" if amount.unit.isupper() and len(amount.unit) == 3 else "QUANTITY"
        ent = Span(doc, span.start, span.end, label=label)
        if _reject_reason(ent, doc, full, zones, look) is not None:
            continue
        _, t_end = _widen(ent, doc, full)
        added.append(_Candidate(ent, full[start:end], start, max(end, doc[t_end - 1].idx + len(doc[t_end - 1].text)),
                                "chars:unit", start, end))
    return sorted([*found, *added], key=lambda c: c.start)


_TALLY = re.compile(r"(?<=[A-Za-z]) - (\d+)(?=\s*[,.;]|\s*$)")  # "Ashgabat city - 15, Akhal province - 15"
_NER_LABELS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
_SIGNED = re.compile(r"[-−+]\d[\d,]*(?:\.\d+)?")  # "recovering slightly to -36": a signed change the tagger reads as punctuation
_SIGNED_BOUND = re.compile(r"(?<![\w.,])[-−+]\d")  # a sign glued to a range bound: "between -30 and -60"
_SIGN_START = re.compile(r"[-−+](?=\d)")  # where a token matching _SIGNED can start


_INDEFINITE = frozenset({"a", "an", "another"})


def _bare_rule(tok: Token, full: str, found: list[_Candidate], first_index: int | None) -> str | None:
    """Return the rule by which a number the tagger left out is a figure, or None (round 7).

    "fell to 36 - 3 (24 KOs)": a number right before the plural noun it counts; "the market went to
    sixty down": a move in a market report (``_markets.index_move``); "125 electoral districts ...,
    including those in Ashgabat city - 15, Akhal province - 15": a tally list that breaks down a
    count made before it in the sentence (two items at least).
    """
    doc = tok.doc
    alone = not (tok.i > 0 and doc[tok.i - 1].like_num) and not (tok.i + 1 < len(doc) and doc[tok.i + 1].like_num)
    if not tok.ent_type_ and alone:  # a part of "hundred thousand dollars" is no number of its own
        if tok.dep_ == "nummod" and tok.head.tag_ in ("NNS", "NNPS") and 0 < tok.head.i - tok.i <= 2 \
                and not tok.head.like_num and not {tok.head.lower_, tok.head.lemma_.lower()} & _NUMBER_WORDS \
                and not any(c.dep_ in ("det", "predet") and c.lower_ not in _INDEFINITE for c in tok.head.children) \
                and not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN"):  # "All seventeen tests" points back; "iPhone 4 users" is a name
            # (round 9: "an additional six engines": an indefinite article before a count introduces it)
            return "parse:count"
        if index_move(tok.doc[tok.i:tok.i + 1], first_index) is not None:
            return "parse:move"
    if _SIGNED.fullmatch(tok.text) and tok.i > 0 and doc[tok.i - 1].lower_ == "to" \
            and index_move(doc[tok.i - 1:tok.i + 1], first_index, signed=True) is not None:
        return "parse:signed"
    sent = tok.sent
    m = _TALLY.match(full, tok.idx - 3)
    if m is None or m.start(1) != tok.idx:
        return None
    items = _TALLY.findall(full, sent.start_char, sent.end_char)
    earlier = any(sent.start_char <= c.start < tok.idx and c.ent.label_ == "CARDINAL" for c in found)
    return "parse:tally" if len(items) >= 2 and earlier else None


def _with_bare_counts(doc: Doc, full: str, found: list[_Candidate], rejected: list[Rejection], zones: Zones,
                      look: _Lookups, first_index: int | None) -> list[_Candidate]:
    """Add numbers the tagger left out that the parse shows to be counts or moves (round 7, ``_bare_rule``)."""
    taken = Overlaps([(c.start, c.end) for c in found] + [(r.start, r.end) for r in rejected] + [(t.start, t.end) for t in look.times])
    added = []
    # round 8: only the cardinal-tagged tokens and those starting a signed number are read (issue 4 budget)
    signed = _scan.starting_at(doc, (m.start() for m in _SIGN_START.finditer(full)))
    for i in sorted({*_scan.with_tag(doc, ("CD",)), *signed}):
        tok = doc[i]
        if not (tok.tag_ == "CD" or _SIGNED.fullmatch(tok.text)) or tok.ent_type_ in _NER_LABELS or taken.any(tok.idx, tok.idx + len(tok.text)):
            continue
        rule = _bare_rule(tok, full, found, first_index)
        if rule is None or parse_amount(tok.text, "CARDINAL", 0) is None:
            continue
        ent = Span(doc, tok.i, tok.i + 1, label="CARDINAL")
        if _reject_reason(ent, doc, full, zones, look) is not None:
            continue
        _, t_end = _widen(ent, doc, full)
        end = tok.idx + len(tok.text)
        added.append(_Candidate(ent, tok.text, tok.idx, max(end, doc[t_end - 1].idx + len(doc[t_end - 1].text)), rule, tok.idx, end))
    return sorted([*found, *added], key=lambda c: c.start)


_DURATION = re.compile(r"(?i)(?:(?:about|around|nearly|almost|more than|over|some|roughly|at least|up to) )?"
                       r"(?:\d[\d,.]*|[a-z]+(?:[ -][a-z]+)?) (?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)")
_ADVERBIAL_PREPS = {"for", "in", "over", "within", "after", "during", "since", "before", "until", "from", "by", "ago", "at"}


# verbs whose "to" phrase is the length of a penalty: "He was sentenced to 12 years in prison" (round 5)
_PENALTY_VERBS = {"sentence", "condemn", "jail", "imprison"}
# nouns a hyphenated duration gives the length of ("a three-year sentence", "a two-year ban"; round 6)
_PENALTY_NOUNS = {"sentence", "term", "ban", "suspension", "probation"}
_MIXED_BEFORE = re.compile(r"(\d+)\s*[- ]\s*(\d)\s*/\s*(\d{1,2})$")  # "4 - 1 / 2" of "a 4 - 1 / 2 - month prison term"
_HYPHEN_TIME_UNITS = {"year", "month", "week", "day"}


def _with_durations(doc: Doc, found: list[_Candidate], times: Sequence[TimeExpr]) -> list[_Candidate]:
    """Add durations stated as facts: "40 months of delays", "the trial took 18 months" (issue 15).

    A duration is a figure when its unit noun is an argument (subject or object) or heads an
    "of" phrase, or is the "to" phrase of a penalty verb ("sentenced to 12 years"); "for 40 months",
    "in two years" and "40 months ago" stay time expressions only.
    """
    added = []
    figures = Overlaps((c.start, c.end) for c in found)
    for t in times:
        if t.type != "DURATION" or not _DURATION.fullmatch(t.text) or figures.any(t.start, t.end):
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span.root
        has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
        argument = head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and not any(c.lower_ == "ago" for c in head.children)
        measured = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None  # "a sentence of 485 years"
        if measured is not None and measured.pos_ == "NOUN" and measured.lemma_.lower() not in _NOT_MEASURED | _SPAN_NOUNS and not (
                measured.dep_ == "pobj" and measured.head.lower_ in _ADVERBIAL_PREPS
                and measured.lemma_.lower() not in _PENALTY_NOUNS):  # round 9: "elected ... for a term of five years"
            argument = True
        penalty = head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lemma_.lower() in _PENALTY_VERBS
        if not (has_of or argument or penalty) or head.dep_ == "pobj" and head.head.lower_ in _ADVERBIAL_PREPS and not penalty:
            continue
        amount = parse_amount(t.text, "QUANTITY", approx_band=0)
        if amount is None or amount.unit is None:
            continue
        ent = Span(doc, span.start, span.end, label="QUANTITY")
        added.append(_Candidate(ent, t.text, t.start, t.end, "time:duration", t.start, t.end))
    taken = Overlaps([(c.start, c.end) for c in [*found, *added]])
    hyphens = _scan.with_orth(doc, ("-", "–"))  # round 8: not a loop over every token
    for h in hyphens:  # round 6: "a three - year sentence", "a 10-year ban": the length of a penalty, though hyphenated
        if h < 1 or h + 1 >= len(doc):
            continue
        tok = doc[h + 1]
        if tok.lower_ not in _HYPHEN_TIME_UNITS or not (doc[h - 1].like_num or doc[h - 1].lower_ in UNITS_WORDS):
            continue
        head = tok.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        if head.lemma_.lower() not in _PENALTY_NOUNS or not tok.i < head.i <= tok.i + 3:
            continue
        num = doc[tok.i - 2]
        number, num_start = num.text, num.idx
        mixed = _MIXED_BEFORE.search(doc.text, max(0, num.idx - 12), num.idx + len(num.text))
        if mixed is not None and int(mixed.group(2)) < int(mixed.group(3)):  # a whole number and a fraction: 4.5 months
            number, num_start = f"{int(mixed.group(1)) + int(mixed.group(2)) / int(mixed.group(3)):g}", mixed.start()
            span = doc.char_span(num_start, num.idx + len(num.text), alignment_mode="expand")
            num = span[0] if span is not None and len(span) else num
        if mixed is not None and int(mixed.group(2)) < int(mixed.group(3)):
            found = [c for c in found if not (c.start < tok.idx and num_start < c.end)]  # the tagger's "4" of "4 - 1 / 2" is part of it
        elif taken.any(num_start, tok.idx + len(tok.text)):
            continue
        amount = parse_amount(f"{number} {tok.lemma_.lower()}s", "QUANTITY", approx_band=0)
        if amount is None or amount.unit is None:
            continue
        end = head.idx + len(head.text)
        added.append(_Candidate(Span(doc, num.i, tok.i + 1, label="QUANTITY"), f"{number} {tok.lemma_.lower()}s",
                                num_start, end, "chars:penalty", num_start, tok.idx + len(tok.text)))
    return sorted([*found, *added], key=lambda c: c.start)


_PERCENT_NEXT = re.compile(r" (?:and|or|to) [\d.,]+ ?(?:%|percent\b|per cent\b)")


def _restated(ent: Span) -> int | None:
    """Return the token of a figure that ``ent`` restates in a "which is" clause ("2.36%, which is 118.40 points")."""
    root = ent.root
    if root.dep_ == "nummod" and root.head.lemma_.lower() in _unit_nouns():
        root = root.head  # "118.40" of "118.40 points"
    verb = root.head
    if root.dep_ != "attr" or verb.lemma_ != "be" or verb.dep_ != "relcl":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children):
        return None
    return verb.head.i


_LEVEL_VERBS = {"rise", "fall", "grow", "drop", "decline", "climb", "jump", "soar", "slip", "dip", "surge", "plunge",
                "tumble", "improve", "increase", "decrease", "shrink", "expand", "sink", "slump", "recover", "rebound"}


def _level_reached(noun: Token) -> str | None:
    """Return the subject whose level a count "to" an intransitive change verb is ("sales improved to 142,285 units")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to" or noun.head.head.lemma_.lower() not in _LEVEL_VERBS:
        return None
    verb = noun.head.head
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() not in _NOT_MEASURED), None)
    return _noun_label(subject) if subject is not None else None


# round 9: what a glued "m" of metres sits among: a dimension ("50m by 50m", "300m long", "a 300m-high tower"), a
# direction ("80m from the shore") or a measuring verb or "within" before it
_METRES_AFTER = re.compile(r"(?:\s+(?:by\s+\d|from\b|away\b|long\b|high\b|wide\b|deep\b|tall\b|across\b|above\b|below\b"
                           r"|in\s+(?:length|height|width|depth|diameter)\b)|\s?-\s?(?:long|high|wide|deep|tall)\b)", re.IGNORECASE)
_METRES_BEFORE = re.compile(r"(?:\b(?:within|measuring|measures|measured)|\dm\s+by)\s+(?:(?:about|some|nearly|almost|around|just)\s+)?$",
                            re.IGNORECASE)


def _metres_read(text: str, full: str, start: int, end: int) -> str:
    """Return ``text`` with a glued "m" spaced off when it is metres: no currency in or before the number, and a
    dimension, direction or measuring word around it ("within 80m of", "measuring 50m by 50m"; round 9). A glued
    "m" is otherwise the million of "£420m" and "2m euros"; spaced, "80 m" already reads as metres."""
    if not re.search(r"\dm$", text) or re.search(r"[$£€¥]|â‚¬", text) or _SYMBOL_BEFORE.search(full, max(0, start - 8), start):
        return text
    number = re.search(r"[\d.,]+m$", text)
    before = full[max(0, start - 20):start] + text[:number.start() if number else 0]  # the hedge may be in ``text``: "within 80m"
    if _METRES_AFTER.match(full, end) or _METRES_BEFORE.search(before):
        return f"{text[:-1]} m"
    return text


def _with_own_suffix(doc: Doc, ent: Span, cand: _Candidate) -> Span:
    """Return ``ent`` widened over the characters of its own number when the parse hangs the number on them.

    "stole £88m worth" and "made off with 2m euros" parse "88" and "2" as modifiers of the scale
    suffix "m" (even as a verb); the suffix is part of the figure, so the figure is linked from
    the token above it (round 6).
    """
    head = ent.root.head
    if ent.start <= head.i < ent.end or not cand.num_start <= head.idx < cand.num_end or not _SCALE_GLUED.fullmatch(head.text):
        return ent
    ext = doc.char_span(cand.num_start, cand.num_end, alignment_mode="expand")
    if ext is None:
        return ent
    return Span(doc, min(ent.start, ext.start), max(ent.end, ext.end), label=ent.label_)


def find_figures(
    doc: Doc, entities: EntityIndex, statements: Sequence[Statement], times: Sequence[TimeExpr], zones: Zones, settings: Settings
) -> tuple[list[Figure], list[Rejection]]:
    """Return the figures claimed in ``doc`` and the numbers rejected as non-claims.

    Args:
        doc: the parsed article.
        entities: the article's entity index (subjects are looked up in it).
        statements: the article's statements (a figure inside one takes its source and id).
        times: the article's time expressions (as-of dates; numbers inside them are no figures).
        zones: page furniture (biography and credit numbers are rejected).
        settings: ``approx_band`` sets the interval of "about N".

    Returns:
        ``(figures, rejections)``; figures in text order with ids ``f1``, ``f2``, ...
    """
    figures: list[Figure] = []
    full = doc.text  # Doc.text joins every token on each call: read it once
    look = _Lookups.of(doc, times, full)
    by_offset = StatementIndex(statements)
    found, rejected = _ner_candidates(doc, full, zones, look)
    found = _with_phrases(doc, full, found, rejected, zones, look)
    found = _with_units(doc, full, found, rejected, zones, look)
    found = _with_durations(doc, found, times)
    first_index = first_index_name(doc)
    found = _with_bare_counts(doc, full, found, rejected, zones, look, first_index)
    previous_subject: tuple[int, str] | None = None
    labelled: dict[int, str] = {}  # token index -> the quantity of the figure holding it
    for cand in found:
        ent = cand.ent
        amount = parse_amount(_metres_read(cand.text, full, cand.num_start, cand.num_end), ent.label_, settings.approx_band) \
            or parse_amount(ent.text, ent.label_, settings.approx_band) \
            or _leading_amount(ent, settings.approx_band)
        if amount is None:
            continue
        amount = _shared_bound(amount, figures, full, cand.start)
        ent = _with_own_suffix(doc, ent, cand)
        noun = _counted_noun(ent)
        unit = amount.unit
        if noun is None and unit is None and (ent.root.pos_ in ("NOUN", "PROPN") or _MODEL_NAME.fullmatch(ent.root.text)) \
                and not ent.root.like_num \
                and ent.root.i > ent.start and ent.label_ == "CARDINAL":
            noun = ent.root  # "24 A320s" tagged as one number: the name it took in is what it counts
        if ent.label_ == "QUANTITY" and unit is None:
            unit = ent.root.lemma_.lower() if not ent.root.like_num else None
        if unit is None and ent.label_ == "CARDINAL" and _PERCENT_NEXT.match(full, cand.num_end):
            unit = "%"  # round 6: "rose 166.5 and 93.3% respectively": the sign written once serves both
        if unit is None and noun is not None and noun.i - ent.end <= 1 and noun.lower_ in _unit_symbols():
            unit = _unit_symbols()[noun.lower_]  # "17 unanswered points": a unit after one qualifier
        index_level = unit is None and (noun is None or noun.lemma_.lower() in _LEVEL_NOUNS) and _index_level(ent)
        move = index_move(ent, first_index) if unit is None and noun is None else None
        if cand.rule == "parse:signed" and amount.value is not None:
            move = "down" if amount.value < 0 else "up"  # round 7: "to -36" in a market report
        if unit is None and amount.value is None and len(_SIGNED_BOUND.findall(cand.text)) == 2 \
                and index_move(ent, first_index, signed=True) is not None and amount.high is not None:
            move = "down" if amount.high < 0 else "up"  # round 8: "hovered between -30 and -60" in a market report
        if move is None and not index_level and unit is None and noun is None:
            index_level = context_level(ent, first_index)  # round 7: "we breached 8,000" after the Dow was named
        if index_level or move is not None:
            unit = "points"  # "fell 232.90 points to 6038.30", "closing at 4,851"; round 7: "down 100", "three down"
        start, end = cand.start, cand.end
        statement = _statement_for(start, end, by_offset, full)
        subject = _subject(ent, noun, entities)
        setting = _setting_measure(ent, unit, noun)
        if setting is not None:
            subject = _owner_of(setting, entities, noun if noun is not None and noun.i >= ent.end else ent[-1])  # round 10: "in that 38 dBa office environment" is the room's
        if subject is not None and entities.entity(subject).type == "ORG" and _programme_figure(ent, noun, entities, look):
            subject = None  # round 10: "orders from two customers for the 777-200LR" are the programme's
        para = paragraph_at(full, start)[0]
        own_verb = _clause_verb(ent.root)
        if subject is None and previous_subject is not None and previous_subject[0] == para \
                and not (own_verb is not None and unknown_name_subject(own_verb, entities)) \
                and (entities.entity(previous_subject[1]).type != "NORP" or counts_members(noun)):
            subject = previous_subject[1]  # "as many as 1,000 were killed": the paragraph's running subject
            # (a group runs on only to a count of people: "engaged four ISIL tactical units; ... damaged 29 supply routes")
        if subject is not None:
            previous_subject = (para, subject)
        source = source_of(statement)
        quantity = _quantity(ent, noun, unit, ent.sent)
        if subject is None and setting is None and quantity in _EVENT_LABELS:
            subject = _clause_place(ent, entities)  # round 10: the toll's place named in its clause, not by the teller
        elif subject is not None and quantity is not None and quantity.split()[-1] in _TOLL_LABELS:
            subject = _struck_place(ent, subject, entities) or subject  # round 11: "U.S. airstrikes ... in Idlib killed"
        if noun is None:
            partitive = _partitive(ent)
            opening = {w for t in ent.sent[:ent.start - ent.sent.start] for w in (t.lower_, quantity_vocabulary().get(t.lemma_.lower()))}
            if partitive is not None and quantity is not None and all(w in opening for w in quantity.split()):
                quantity = None  # "Of the 23 pirates arrested, 12 are Somali": a word of the opening phrase is no label of the 12
            quantity = _elided(ent, labelled) or (partitive if quantity is None else None) or quantity
            if quantity in (None, "money", "percent") and any(c.lower_ == "another" for c in ent.root.children) and figures and figures[-1].unit == unit \
                    and paragraph_at(full, figures[-1].start)[0] == para:
                quantity = figures[-1].quantity  # "offered a $75,000 reward, and the FBI added another $20,000"
        quantity = _parallel(ent, noun, unit, quantity, figures, full, start)
        if figures and unit is not None and unit == figures[-1].unit and len(unit) == 3 and unit.isupper() \
                and re.fullmatch(r"\s*\(\s*", full[figures[-1].end:start]) and full[end:end + 1] == ")" \
                and figures[-1].value is not None and amount.value is not None and figures[-1].value != amount.value:
            # round 10: "pay $57 million (US$78 million)": the same payment in two currencies, so the first "$" is
            # not the currency it was read as; its value as written stays, its currency is unknown
            figures[-1] = replace(figures[-1], unit=None)
        if figures and unit is not None and re.fullmatch(r"\s*/\s*", full[figures[-1].end:start]) and figures[-1].unit is not None:
            quantity = figures[-1].quantity  # "$149 / £99": the same amount in another unit measures the same thing
        restated = _restated(ent)
        if restated is not None and restated in labelled:
            quantity = labelled[restated]  # round 6: "dropped by 2.36%, which is 118.40 points": one move said twice
        held = _of_holder(doc.char_span(cand.num_start, cand.num_end, alignment_mode="expand") or ent, noun, unit)
        if held is not None and (quantity is None or unit == "points"):
            quantity = held  # round 7: "the crowd of 22, 000" -> crowd; "a day high of 145 points" -> high
        quantity = _times_verb(noun) or quantity  # round 7: "was sued three times" -> times sued
        if quantity in (None, "money", "percent"):
            quantity = _copula_attr(ent) or quantity  # round 7: "This, at 7.3%, is the ... percentage fall"
        if quantity is None and noun is None and unit is None:
            quantity = _elided_count(ent)  # round 8: "Two managed ..., but the other three boats"; "rights to five"
        if cand.rule == "parse:tally" and figures and figures[-1].start >= ent.sent.start_char:
            quantity = figures[-1].quantity  # round 7: "125 electoral districts ..., Ashgabat city - 15": the count broken down
        if move is not None:
            quantity = move  # round 7: the adverb touching the number beats a label shared by apposition ("12 up then three down")
        if index_level and quantity is None:
            quantity = "level"
        if quantity is not None:
            labelled.update((t.i, quantity) for t in ent)
        figures.append(
            Figure(
                id=f"f{len(figures) + 1}", text=full[start:end], start=start, end=end,
                value=amount.value, low=amount.low, high=amount.high,
                low_inclusive=amount.low_inclusive, high_inclusive=amount.high_inclusive,
                approximate=amount.approximate, hedge=amount.hedge,
                quantity=quantity, unit=unit, subject=subject,
                as_of=_as_of(ent, look.times_by_start, statement), source=source,
                statement=statement.id if statement is not None else None, rule=cand.rule,
            )
        )
    return figures, rejected


__all__ = ["find_figures", "quantity_key", "quantity_vocabulary"]
