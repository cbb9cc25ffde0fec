"""Quake magnitudes written as a decimal that tokenisation split ("The 6. 1 - magnitude quake") (issue 13 round 5).

Pre-tokenised text writes "6.1" as "6. 1"; the entity recogniser then often tags neither half, and
the number reader gives no figure at all. Only a magnitude is read here — the one measure a
one-digit decimal is routinely given for in news — and only where the word says so:

- "<d>. <d> - magnitude", "<d>. <d> magnitude";
- "magnitude (of) <d>. <d>", "magnitude - <d>. <d>";
- "<d>. <d> on the Richter scale".

A span another figure already covers is left to it (the ledger reads a half it found whole:
``ledger.variables.split_decimal``). "in 2005. 3 people died" is no match: four digits, no magnitude word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hearsay.model import Figure

DECIMAL_RULE = "split decimal magnitude"
_NUMBER = r"(?<![\d.,])(?<![\d.,] )(?P<whole>\d)\. (?P<frac>\d)(?![\d,]|\s?\.\s?\d)"
_AFTER = re.compile(_NUMBER + r"(?=\s?[-–]?\s?magnitude\b|\s+on the (?:Richter|moment magnitude) scale\b)", re.I)
_BEFORE = re.compile(r"\bmagnitude\s*(?:of\s+)?[-–]?\s*" + _NUMBER, re.I)


def split_magnitudes(text: str, taken: Iterable[tuple[int, int]] = ()) -> list[Figure]:
    """Return a figure (id left empty) for each split-decimal quake magnitude of ``text`` outside the spans ``taken``."""
    spans = list(taken)
    out: dict[int, Figure] = {}
    for pattern in (_AFTER, _BEFORE):
        for m in pattern.finditer(text):
            start, end = m.start("whole"), m.end("frac")
            if start in out or any(s < end and start < e for s, e in spans):
                continue
            value = float(f"{m.group('whole')}.{m.group('frac')}")
            out[start] = Figure(id="", text=text[start:end], start=start, end=end, value=value, low=value, high=value,
                                rule=DECIMAL_RULE)
    return [out[k] for k in sorted(out)]


__all__ = ["DECIMAL_RULE", "split_magnitudes"]
