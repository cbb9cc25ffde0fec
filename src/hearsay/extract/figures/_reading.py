"""Figures: reading a number's extent, scale, minor unit, physical unit and hedge from the characters.

Split out of ``amounts.py`` (issue 15, figures round 10); rules and measurements in ``docs/figures.md``.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from hearsay.extract.figures._numbers import _TIME_UNITS, DENOMINATORS, ISO_CODES, SCALES, UNITS_WORDS, hedges, physical_units


_ISO = "|".join(sorted(ISO_CODES))
# round 21: a two-letter country prefix may be spaced from "$" or "£" ("NZ $26 million"); a one-letter one may not ("A $5 bill")
_SYMBOL_BEFORE = re.compile(rf"(?:Â?(?:US|AU|A|CA|C|HK|NZ|S|R|GB|{_ISO}|\b(?:US|AU|CA|HK|NZ|GB) (?=[$£]))?(?:[$£€¥₹₽₩₺₴₪]|â‚¬)\s?|\b(?:{_ISO})\s?)$")  # "â‚¬": € as mojibake
_SCALE_GLUED = re.compile(r"(?:bn|mn|mln|bln|tn|m|k|b)(?![\w-])", re.IGNORECASE)
_SCALE_SPACED = re.compile(r" (?:bn|mn|mln|bln|tn|m)(?![\w-])")
_SCALE_WORD = re.compile(r"(?: | ?- ?)(?:thousand|million|billion|trillion)\b", re.IGNORECASE)  # "SGD1.75-billion" (round 6)
_PERCENT_HYPHENED = re.compile(r" ?- ?(?:percent|per cent)\b", re.IGNORECASE)  # "a two-percent decline" (round 6)
_MINOR_AFTER = re.compile(r"(?:p(?![\w-])| ?(?:pence|cents?)\b)")
_ISO_AFTER = re.compile(rf" [MK]?(?:{_ISO})\b")
_CURRENCY_WORD_AFTER = re.compile(
    r" (?:(?:US|Australian|Canadian|Hong Kong|New Zealand|Singapore) )?(?:dollars?|euros?|pounds?(?: sterling)?|yen|yuan|"
    r"roubles?|rubles?|rupees?|won|francs?|hryvnias?|lira|shekels?|rand|pesos?|reais|kronor|kroner|dinars?|riyals?|dirhams?|naira)\b")


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
    # round 9: a unit of two words is hyphenated through in a compound ("a 480-nautical-mile corridor"); round 16: a
    # tokenised corpus spaces the hyphen ("a 47 - yd field goal")
    hyphened = [re.escape(s).replace(r"\ ", "[ -]") for s, u in physical_units() if s != "m" and u not in _TIME_UNITS]
    return re.compile(rf" ?(?:{'|'.join(surfaces)})(?![\w-])|\s?-\s?(?:{'|'.join(hyphened)})(?![\w-])|(?<=\d) m(?![\w-])",
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
        if full[start:start + 1] in ("$", "£") and re.search(r"(?<![\w.])(?:US|AU|CA|HK|NZ|GB) $", full[max(0, start - 4):start]):
            start -= 3  # round 21: "NZ $26 million": the tagger starts the amount at the sign, after a spaced country prefix
    digits = [i for i in range(start, end) if full[i].isdigit()]
    if not digits:
        words = full[start:end].lower().split()
        if words and words[-1] in UNITS_WORDS:  # "two-yard run", "one- yard pass"
            return start, max(end, _suffix_end(full, end, currency))
        of = re.match(r" of an? ", full[end:end + 8])
        if words and of is not None and (words[-1] in DENOMINATORS or words[-1][:-1] in DENOMINATORS) and not currency:
            unit = _unit_after().match(full, end + of.end() - 1)  # the unit pattern reads its own leading space
            if unit is not None:
                return start, unit.end()  # round 17: "a tenth of a square meter" is the fraction of that unit
        return start, end
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
        if _inch_mark(full, end):
            return end + 1
    return end


def _inch_mark(full: str, end: int) -> bool:
    """True when the character after a number is an inch sign: a double prime, or a closing quotation mark that closes
    no quotation ("a 13.3” widescreen display", "15” or 17” displays": as product specifications write it; round 21)."""
    ch = full[end:end + 1]
    if ch not in ("″", "”") or re.match(r"\w", full[end + 1:end + 2]) or re.search(r"[°′'’]\s?\d*$", full[max(0, end - 6):end]):
        return False  # "33°47′25″N": the seconds of a coordinate, not inches
    if ch == "″":
        return True
    line = full[full.rfind("\n", 0, end) + 1:end]
    return line.count("“") <= line.count("”")


def _hedge_before(full: str, start: int) -> int:
    """Return ``start`` moved back over a hedge written just before it ("as high as", "just over")."""
    before = full[max(0, start - 25):start].lower()
    for h in hedges():
        if not h.postfix and re.search(rf"(?<![\w-]){re.escape(h.phrase)}\s+$", before):
            return start - (len(before) - before.rfind(h.phrase))
    return start


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


# round 11: verbs of a body moving through space; a length they move is a distance ("fell about 600m", "plunged 30m")
_BODY_MOVES = frozenset({"fall", "plunge", "plummet", "tumble", "slide", "slip", "drop", "climb", "descend", "ascend", "swim",
                         "dive", "walk", "run", "crawl", "drift", "roll", "fly", "jump", "leap", "sink", "hike", "travel"})
_ANIMATE_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "who"})
_PEOPLE_NOUNS = frozenset({"man", "woman", "men", "women", "people", "person", "boy", "girl", "child", "children", "climber",
                           "climbers", "hiker", "hikers", "diver", "divers", "swimmer", "skier", "pilot", "driver", "victim",
                           "worker", "soldier", "student", "tourist", "passenger", "mountaineer"})
_PATH_PREPOSITIONS = frozenset({"down", "into", "off", "onto", "from", "over", "through", "across", "to", "toward", "towards"})


def _metres_moved(suffix: Token) -> bool:
    """True when a glued "m" after a number is how far a body moved, read from the parse (round 11).

    "fell about 600m while climbing", "he slipped and fell about 200m down a gully": the number-and-"m" is the
    measure (``npadvmod``/``dobj``) of a verb of moving (:data:`_BODY_MOVES`) whose subject is a person (a
    personal pronoun, a PERSON name or a noun for people), or a path phrase ("down", "into", "off") follows it.
    "Unemployment fell 2m" (a common-noun subject, no path) stays a million; money never gets here (a currency
    sign or code is read first).
    """
    verb = suffix.head
    if suffix.dep_ not in ("npadvmod", "dobj") or verb.pos_ != "VERB" or verb.lemma_.lower() not in _BODY_MOVES:
        return False
    doer = verb
    while not any(c.dep_ == "nsubj" for c in doer.children) and doer.dep_ == "conj" and doer.head is not doer:
        doer = doer.head  # "he slipped and fell": the first conjunct holds the subject
    subject = next((c for c in doer.children if c.dep_ == "nsubj"), None)
    animate = subject is not None and (subject.lower_ in _ANIMATE_PRONOUNS or subject.ent_type_ == "PERSON"
                                       or subject.lemma_.lower() in _PEOPLE_NOUNS or subject.lower_ in _PEOPLE_NOUNS)
    path = any(c.dep_ == "prep" and c.lower_ in _PATH_PREPOSITIONS and c.i > suffix.i for c in verb.children)
    return animate or path
