"""A figure's basis (``total``, ``part``, ``increment``, ``per <period>``, ``target``, ``change``) and
its place: "at Filton" after the counted thing, or the reference point a distance is measured from."""

from __future__ import annotations

import re

from hearsay.ledger._fates import conjoined_count
from hearsay.ledger._figure_text import _MARKET_CONTEXT


_PART_BEFORE = re.compile(r"\b(?:of (?:which|whom|them|those|these)|including|among them|among whom)\s*[,:]?\s*$", re.I)
_PART_OF_NUMBER = re.compile(r"^\s+of (?:the|a total of|an estimated)\s+\d")  # "30 of the 80 wounded"
_PART_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:at each|in each|at every|per site|each|apiece|of (?:them|those|these|the total))\b", re.I)
_INCREMENT_BEFORE = re.compile(r"\b(?:a further|another|an additional|an extra|additional|extra|more than doubled to|up by|rose by|"
                               r"fell by|down by|increase of|rise of|fall of|drop of)\s*$", re.I)
_INCREMENT_AFTER = re.compile(r"^\s*(?:more|further|additional|extra|new)\b", re.I)
# A rate word after the figure is its rate unless another number stands between (round 14: "$184 million or $23
# million per season": the season's is the $23 million).
_RATE = re.compile(r"^[^.;,\d]{0,30}?\b(?:(?:per|a|an|each|every) (day|week|month|year|hour|minute|annum|quarter|share|season)|"
                   r"(daily|weekly|monthly|annually|yearly|hourly))\b", re.I)
_RATE_NORM = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year", "hourly": "hour",
              "annum": "year"}
_PLACE_AFTER = re.compile(r"^[^.;,]{0,30}?\b(?:at|in|near|across)\s+((?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})")


_STOP_PLACES = frozenset({"The", "A", "An", "This", "That", "January", "February", "March", "April", "May", "June", "July",
                          "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
                          "Thursday", "Friday", "Saturday", "Sunday"})


_QUARTER = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ]quarter\b|\bQ[1-4]"
_QUARTER_BEFORE = re.compile(r"\b(?:in|for|during) the " + _QUARTER + r"[^.;]{0,60}$", re.I)
_QUARTER_AFTER = re.compile(r"^\s*(?:in|for|during) the " + _QUARTER, re.I)
_YEAR_AFTER = re.compile(r"^[^.;,]{0,25}?\bfor the (?:entire|full|whole) year\b", re.I)
# "pledged ... to 450 gigawatts by 2022": a target, not a measurement
_TARGET_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?by (?:the end of )?(?:(?:19|20)\d\d|this year|next year)\b", re.I)
_TARGET_WORDS = re.compile(r"\b(?:pledge[sd]?|pledging|targets?|targeting|goals?|aims?|aiming|plans? to|planned to|promise[sd]?|"
                           r"vow(?:s|ed)?|expect(?:s|ed)? to|forecasts?|projected to)\b", re.I)


# A game's quarter is a period of play, not a fiscal quarter (round 13): "Jones was injured in the first quarter two
# Sundays ago at Pittsburgh in his first game". Words that only a game has; a quarter of a market or a company's year
# is read as before.
_GAME_WORDS = re.compile(r"\b(?:game|games|match|matches|halftime|half-time|touchdowns?|quarterback|field goals?|"
                         r"overtime|play-?offs?|kickoff|kick-off|innings?|rebounds?)\b", re.I)


def game_quarter(sent: str) -> bool:
    """True when a sentence naming "the first/second ... quarter" is about a game, so its quarter is a period of play."""
    return bool(_GAME_WORDS.search(sent)) and not _MARKET_CONTEXT.search(sent)


def _basis(fig_text: str, before: str, after: str, sent: str = "") -> str:
    m = _RATE.match(after)
    if m:
        return "per " + _RATE_NORM.get((m.group(1) or m.group(2)).lower(), (m.group(1) or m.group(2)).lower())
    if _YEAR_AFTER.match(after):
        return "per year"  # "a total loss of $8.6 billion for the entire year"
    if (_QUARTER_AFTER.match(after) or _QUARTER_BEFORE.search(re.split(r"\band\b", before)[-1])) and not game_quarter(sent):
        return "per quarter"  # "In the first quarter, GM had reported a loss of $381 million"
    if _TARGET_AFTER.match(after) and _TARGET_WORDS.search(before):
        return "target"
    if _PART_BEFORE.search(before) or _PART_AFTER.match(after) or _PART_OF_NUMBER.match(after):
        return "part"
    if conjoined_count(fig_text, before, after):
        return "part"  # "killed two women and a man": two of the three dead
    if (_INCREMENT_BEFORE.search(before) or _INCREMENT_AFTER.match(after)
            or re.search(r"\b(?:more|further|another|additional|extra|new)\b", fig_text, re.I) and not re.match(r"(?i)(?:more|over) than", fig_text)):
        return "increment"
    return "total"


def _place(after: str) -> str | None:
    m = _PLACE_AFTER.match(after)
    if not m:
        return None
    words = [w for w in m.group(1).split() if w.lower() != "the"]
    if not words or words[0] in _STOP_PLACES:
        return None
    return " ".join(words)


DISTANCE = "distance"
# "1, 500 kilometers south of Tehran", "13 miles from the border": a distance is measured from a reference point, the
# place it names; no place owns it (round 13).
_REFERENCE_AFTER = re.compile(r"^\s*(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|"
                              r"northeast|northwest|southeast|southwest)(?:ern)?\s+of|from|off)\s+"
                              r"((?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})")


# A lower-case word right after "the <Capitalised>" that is no function word: the name modifies a noun.
_MODIFIED_NOUN = re.compile(r"\s+(?!(?:in|on|at|and|or|to|is|was|has|had|where|which|that|near|off|with|for|by|as|but)\b)[a-z]")


# Round 14: a country's adjective before a noun of its land's edge names a point of that country ("200 miles off the
# Somali coast", "5 km from the Iranian border"): the country is the reference point. Before any other noun it names a
# thing of the country ("from the Indian warship": a ship, which moves), no place.
_LANDFORM = re.compile(r"\s+(?:coast|coastline|shore|shoreline|border|frontier|mainland|capital)\b", re.I)


def _demonym_landform(name: str, rest: str) -> str | None:
    """The country whose adjective ``name`` ("the Somali") stands before a landform noun opening ``rest``, else None."""
    from hearsay.extract.entities.gazetteer import load_gazetteer

    hit = load_gazetteer().lookup(name)
    if hit is None or hit.kind != "demonym" or not _LANDFORM.match(rest):
        return None
    return hit.country.name


def reference_point(after: str) -> str | None:
    """The place a distance is measured from ("south of Tehran": Tehran), else None."""
    m = _REFERENCE_AFTER.match(after)
    if not m:
        return None
    if m.group(1).lower().startswith("the ") and _MODIFIED_NOUN.match(after, m.end()):
        return _demonym_landform(m.group(1), after[m.end():])  # "from the Indian warship": no place
    words = [w for w in m.group(1).split() if w.lower() != "the"]
    return " ".join(words) if words and words[0] not in _STOP_PLACES else None
