"""Earthquake magnitudes: a figure that is the magnitude of the main shock, a decimal that
tokenisation split in two ("5. 9"), and the sentences that speak of quakes in general, of
aftershocks or of an earlier quake."""

from __future__ import annotations

import re

from hearsay.ledger._figure_text import sentence_of
from hearsay.model import Figure


# The magnitude of an earthquake: "a magnitude of 5.6", "magnitude-5.2", "a 5.6 magnitude quake", "measuring 5.6 on the
# Richter scale". One value per quake, which agencies and reports give differently; aftershocks have many.
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude\s*(?:of\s+|at\s+)?(?:at least\s+|about\s+|around\s+|some\s+|nearly\s+)?[-–]?\s*$", re.I)
_MAGNITUDE_AFTER = re.compile(r"^\s*[-–]?\s*(?:magnitude\b|on the (?:Richter|moment magnitude) scale\b)", re.I)
_AFTERSHOCK = re.compile(r"\baftershocks?\b", re.I)
MAGNITUDE = "magnitude"
# In a sentence about aftershocks, the quake they followed: "aftershocks have hit the island since it was first rocked by
# a magnitude - 5. 9 earthquake", "aftershocks followed the magnitude 7 quake" (round 5). The aftershocks come first,
# then since/after/following/followed, then the magnitude, then quake/earthquake/temblor.
_MAIN_SHOCK = re.compile(r"\baftershocks?\b[^.;]*\b(?:since|after|following|followed)\b[^.;]*\d(?:\s?\.\s?\d+)?\s?(?:[-–]\s?)?"
                         r"(?:magnitude\s?(?:[-–]\s?)?)?(?:earthquake|quake|temblor)\b", re.I)


def is_magnitude(fig: Figure, sent: str, before: str, after: str) -> bool:
    """True when the figure is the magnitude of a (main) earthquake: a value below 10 that the word
    "magnitude" or "on the Richter scale" names next to it, in a sentence that is not about aftershocks."""
    if fig.value is None or not 0 < fig.value < 10 or fig.unit is not None:
        return False
    if _AFTERSHOCK.search(sent) and not _MAIN_SHOCK.search(before + fig.text + after[:12]):
        return False
    return bool(_MAGNITUDE_BEFORE.search(before) or _MAGNITUDE_AFTER.match(after)
                or re.search(r"\bmagnitude\b", fig.text, re.I))


_FIRST_HALF_AFTER = re.compile(r"\. (\d{1,2})(?![\d,]| ?\.\s?\d)")
_SECOND_HALF_BEFORE = re.compile(r"(?<![\d.,])(\d{1,2})\. $")


def split_decimal(fig: Figure, text: str) -> tuple[float, int, int] | None:
    """``(value, start, end)`` of a decimal number that tokenisation split in two ("5. 9") when ``fig`` is one half.

    The first half is the figure "5" followed by ". 9"; the second is a figure beginning "9" right after "5. ".
    Either half alone is no count (see "a number fragment"); read whole, "5. 9" is 5.9.
    """
    written = text[fig.start:fig.end]
    last = re.search(r"(?<![\d.,])(\d{1,2})$", written)  # "5", "at least 5" followed by ". 9"
    if last is not None:
        m = _FIRST_HALF_AFTER.match(text, fig.end)
        if m:
            return float(f"{last.group(1)}.{m.group(1)}"), fig.start + last.start(1), m.end()
    bare = re.match(r"\d{1,2}(?![\d.,])", written)
    if bare is None:
        return None
    m = _SECOND_HALF_BEFORE.search(text[max(0, fig.start - 6):fig.start])
    if m:
        return float(f"{m.group(1)}.{bare.group(0)}"), fig.start - len(m.group(0)), fig.start + bare.end()
    return None


def magnitude_value(fig: Figure, text: str) -> tuple[float, int, int] | None:
    """``(value, start, end)`` of a quake magnitude written as a tokenised decimal ("a magnitude - 5. 9 earthquake",
    "The 6. 1 - magnitude quake", "registering 6. 1 on the Richter scale"), else None."""
    whole = split_decimal(fig, text)
    if whole is None:
        return None
    value, start, end = whole
    lo, hi = sentence_of(text, start, end)
    sent, before, after = text[lo:hi], text[lo:start], text[end:hi]
    written = Figure(id=fig.id, text=text[start:end], start=start, end=end, value=value, low=value, high=value)
    return whole if is_magnitude(written, sent, before, after) else None


_MODAL = re.compile(r"\b(?:can|could|may|might)\b", re.I)


# An earlier quake recalled before the magnitude: "The last major quake to hit southern Iran was in February, when a
# magnitude - 6. 4 temblor rocked Zarand" (round 13). Its magnitude is that quake's, not the reported one's, though both
# struck one country.
_RECALLED_QUAKE = re.compile(r"\b(?:last|previous|earlier|prior)\s+(?:[a-z]+\s+){0,2}?(?:quake|earthquake|temblor)s?\b", re.I)


def _the_quake(text: str, lo: int, sent: str, fig_at: int | None = None) -> bool:
    """False when a magnitude's sentence (starting at ``lo``) speaks of quakes in general ("A magnitude 6 quake can
    cause severe damage") or follows a sentence about aftershocks ("A series of aftershocks have hit the island ...
    The seismological bases registered a quake measuring 3. 8 ... on Monday"), or recalls an earlier quake before the figure (at ``fig_at``): not the main
    shock's magnitude."""
    if _MODAL.search(sent):
        return False
    if _RECALLED_QUAKE.search(sent[:fig_at - lo] if fig_at is not None else sent):
        return False  # "The last major quake to hit southern Iran was in February, when a magnitude - 6. 4 temblor ..."
    j = lo - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j < 0:
        return True
    plo, phi = sentence_of(text, j, j)
    return _AFTERSHOCK.search(text[plo:phi + 1]) is None
