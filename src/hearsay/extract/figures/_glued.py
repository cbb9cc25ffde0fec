"""Numbers glued to letters that the tagger leaves out: temperatures with a glued scale letter ("-15C", "- 15C
temperatures", "40F") and counts glued to a plural abbreviation ("12KOs").

Round 19 (issue 15): the round-18 blind sample missed "strong wind gusts and - 15C temperatures": spaCy takes "15C" for
one token, tags no entity, and the minus is a separate, spaced sign. A letter glued to a number names many things
("seat 15C", "vitamin C", "type 2F"), so the letter is read as a temperature scale only in a sentence about warmth or
cold (a word of :data:`_WARMTH` in it); a sign before it, spaced or not, is the temperature's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from hearsay.extract.figures._candidates import _Candidate
from hearsay.extract.figures._exclusions import _Lookups
from hearsay.extract.figures._numbers import parse_amount
from hearsay.extract.intervals import Overlaps
from hearsay.model import Rejection

# a sign (spaced or not) that no digit or letter comes before, one to three digits, and a glued C or F (° allowed)
_GLUED_SCALE = re.compile(r"(?:(?<![\w.,\-−–])([-−–])\s?|(?<![\w.,\-−–]))(\d{1,3}(?:\.\d)?)(°?)([CF])(?![\w°])")
# lemmas of a sentence about warmth or cold
_WARMTH = frozenset({"temperature", "degree", "weather", "cold", "heat", "warm", "hot", "freeze", "freezing", "frost",
                     "chill", "thermometer", "heatwave", "celsius", "fahrenheit"})


def with_temperatures(doc: Doc, full: str, found: list[_Candidate], rejected: list[Rejection],
                      look: _Lookups) -> list[_Candidate]:
    """Return ``found`` with the temperatures written with a glued scale letter added ("- 15C temperatures")."""
    if "C" not in full and "F" not in full:
        return found
    taken = Overlaps([(c.start, c.end) for c in found] + [(r.start, r.end) for r in rejected]
                     + [(t.start, t.end) for t in look.times])
    added = []
    for m in _GLUED_SCALE.finditer(full):
        start = m.start(1) if m.group(1) else m.start(2)
        # the tagger may take "40C" for a number it cannot read: that reading gives way (it is dropped unread anyway)
        inside = [c for c in found if start <= c.start and c.end <= m.end()]
        if taken.any(start, m.end()) and not (inside and not any(
                c.start < m.end() and start < c.end for c in found if c not in inside)):
            continue
        span = doc.char_span(start, m.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        if span.start > 0 and doc[span.start - 1].tag_ in ("NN", "NNP"):
            continue  # "seat 15C", "Room 12F": a number after a singular noun names it
        if not any(t.lemma_.lower() in _WARMTH or t.lower_ in _WARMTH for t in span.sent):
            continue  # "seat 15C", "a 40F bra": a glued letter is a scale only where the sentence speaks of warmth
        sign = "-" if m.group(1) else ""
        amount = parse_amount(f"{sign}{m.group(2)} °{m.group(4).lower()}", "QUANTITY", approx_band=0)
        if amount is None or amount.unit is None:
            continue
        found = [c for c in found if c not in inside]
        ent = Span(doc, span.start, span.end, label="QUANTITY")
        added.append(_Candidate(ent, f"{sign}{m.group(2)} °{m.group(4).lower()}", start, m.end(), "chars:temperature",
                                start, m.end()))
    return sorted([*found, *added], key=lambda c: c.start) if added else found


# digits glued to a plural abbreviation: "12KOs", "3TDs", "40RBIs" (a record line's count of knockouts, touchdowns, runs)
_GLUED_PLURAL = re.compile(r"(\d{1,4})([A-Z]{2,4})s")


def with_glued_counts(doc: Doc, found: list[_Candidate]) -> list[_Candidate]:
    """Return ``found`` with counts glued to a plural abbreviation added: "(14-13-2, 12KOs)" counts 12 knockouts.

    spaCy keeps "12KOs" one token and tags no number in it (round 18's blind sample missed it). The plural "s" after
    the capitals is what makes the letters a counted noun and not a code ("A380", "F16", "4WD" stay out).
    """
    taken = Overlaps((c.start, c.end) for c in found)
    added = []
    for tok in doc:
        m = _GLUED_PLURAL.fullmatch(tok.text)
        if m is None or taken.any(tok.idx, tok.idx + len(tok.text)):
            continue
        ent = Span(doc, tok.i, tok.i + 1, label="CARDINAL")
        added.append(_Candidate(ent, m.group(1), tok.idx, tok.idx + len(tok.text), "chars:glued count", tok.idx,
                                tok.idx + len(m.group(1))))
    return sorted([*found, *added], key=lambda c: c.start) if added else found
