"""Negated tolls: "no injuries were reported", "no one was killed" state a count of zero (issue 13).

A report that nobody was hurt contradicts another that three people were, but it has no number
for the number reader to find. Only these shapes are read, each naming its fate next to the
negation, so that no other "no" becomes a zero:

- "no injuries / deaths / casualties / fatalities (were|have been|had been) reported";
- "no one / nobody / no people (was|were|has been|have been) killed / injured / hurt / wounded";
- "there were no injuries / deaths / casualties".

"no more than three", "no fewer than 10" and "not one of the 12" are not matched (a number
follows or precedes, which the number reader handles); a question or a conditional clause
("if no one was hurt") is left out.
"""

from __future__ import annotations

import re

from hearsay.model import Figure

_NOUN_FATE = {"injuries": "injuries", "injury": "injuries", "deaths": "deaths", "death": "deaths", "casualties": "casualties",
              "fatalities": "deaths"}
_VERB_FATE = {"killed": "killed", "injured": "injured", "hurt": "injured", "wounded": "injured", "harmed": "injured"}
_BE = r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are)"
_REPORTED = re.compile(r"\b(?P<fig>[Nn]o\s+(?:(?:immediate|serious|other|further|major)\s+)?(?P<fate>injuries|injury|deaths|death|casualties|fatalities))"
                       r"\s+" + _BE + r"\s+(?:immediately\s+)?(?:reported|recorded|confirmed)\b")
_THERE_WERE = re.compile(r"\b[Tt]here\s+(?:were|have\s+been|had\s+been)\s+(?P<fig>no\s+(?:(?:immediate|serious|other|reported)\s+)?"
                         r"(?P<fate>injuries|deaths|casualties|fatalities))\b")
_NOBODY = re.compile(r"\b(?P<fig>[Nn]o\s+one|[Nn]o-one|[Nn]obody|[Nn]o\s+people)\s+" + _BE + r"\s+(?:seriously\s+|badly\s+)?"
                     r"(?P<fate>killed|injured|hurt|wounded|harmed)\b")
_CONDITION = re.compile(r"\b(?:if|whether|unless)\s+[^.;]{0,20}$", re.I)


def zero_counts(text: str, taken: list[tuple[int, int]] | tuple[tuple[int, int], ...] = ()) -> list[Figure]:
    """Return a zero figure for each negated toll in ``text`` (ids left empty), outside the spans ``taken``.

    The figure's text is the negated noun phrase ("No injuries", "no one"); the fate is named next to it.
    """
    out: list[Figure] = []
    for pattern, fates in ((_REPORTED, _NOUN_FATE), (_THERE_WERE, _NOUN_FATE), (_NOBODY, _VERB_FATE)):
        for m in pattern.finditer(text):
            start, end = m.start("fig"), m.end("fig")
            if any(s < m.end() and m.start() < e for s, e in taken) or _CONDITION.search(text[max(0, m.start() - 30):m.start()]):
                continue
            sentence_end = re.search(r"[.!?\n]", text[m.end():])
            if sentence_end and text[m.end() + sentence_end.start()] == "?":
                continue
            out.append(Figure(id="", text=text[start:end], start=start, end=end, value=0.0, low=0.0, high=0.0,
                              quantity=fates[m.group("fate").lower()], rule="negated toll"))
    return out


__all__ = ["zero_counts"]
