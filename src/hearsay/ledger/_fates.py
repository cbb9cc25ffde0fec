"""Counts of people and their fates: the fate a count's neighbours name ("killing 10 people", "50 were
injured"), whether a figure counts people at all, a part of a stated whole with a fate of its own,
two fates over one count (casualties), and one count in a list of counts ("two women and a man")."""

from __future__ import annotations

import re

from hearsay.ledger._figure_text import (
    EVENT_MEASURES,
    _HEDGE_WORDS,
    _HUMAN_FATES,
    _NOT_PEOPLE_CAPS,
    _NUMBER_WORDS,
    _PEOPLE,
    _VERB_OF,
    _VERB_QUANTITIES,
)
from hearsay.model import Figure


_FATE_AFTER_SKIP = frozenset({"were", "was", "had", "have", "has", "been", "being", "are", "is", "also", "slightly", "seriously",
                              "critically", "badly", "more", "other", "others", "reportedly", "believed", "feared", "said",
                              "to", "be", "been", "left", "got", "people", "persons", "civilians"})


def _fate_after(after: str) -> str | None:
    """The fate named right after a count ("... and at least 50 injured", "two villagers were slightly hurt")."""
    for word in re.findall(r"[A-Za-z]+", re.split(r"[,;:(]", after, maxsplit=1)[0])[:8]:
        w = word.lower()
        if w in _VERB_OF and _VERB_OF[w] in EVENT_MEASURES:
            return _VERB_OF[w]
        if w not in _FATE_AFTER_SKIP and w not in _PEOPLE and not word[0].isupper():  # "1,000 North Korean soldiers were killed"
            return None
    return None


def fate_named_next_to(measure: str, fig_text: str, before: str, after: str) -> bool:
    """True when the figure's own words or its neighbours name the fate it counts: "Ten dead",
    "killing 10 people", "50 were injured", "the death toll rose to 10". A fate word further away
    ("I saw an injured person ..., one woman told") does not make the figure a count of it."""
    own = [w.lower() for w in re.findall(r"[A-Za-z]+", fig_text)]
    if any(_VERB_OF.get(w) == measure or _VERB_QUANTITIES.get(w) == measure for w in own):
        return True
    if _verb_right_before(before) == measure or _fate_after(after) == measure:
        return True
    if measure == "killed" and re.search(r"\b(?:death toll|toll)\b[^,;.]{0,40}$", before, re.I):
        return True
    tail = re.findall(r"[a-z]+", before.lower())[-1:]
    return bool(tail) and _VERB_QUANTITIES.get(tail[0]) == measure  # "Ten dead" read as "dead: Ten"


def counts_people(fig_text: str) -> bool:
    """True when a figure's own words count people (or name no noun at all: "Ten dead", "10")."""
    words = re.findall(r"[A-Za-z]+", fig_text)
    nouns = [w for w in words if w.lower() not in _NUMBER_WORDS and w.lower() not in _HEDGE_WORDS]
    if not nouns:
        return True
    head = nouns[-1]
    return head.lower() in _PEOPLE or (head[0].isupper() and head.endswith("s") and head.lower() not in _NOT_PEOPLE_CAPS)


def _verb_right_before(before: str) -> str | None:
    """A verb the figure is the object of: "killing 10 people", "wounding other 70"."""
    clause = re.split(r"[,;]|\band\b|\bor\b|\bwhile\b|\bbut\b", before.lower())[-1]  # not across "and"
    last = re.findall(r"[a-z]+", clause)[-2:]
    for w in reversed(last):
        if w in _VERB_OF:
            return _VERB_OF[w]
    return None


# One count of people in a list of counts that share a fate ("killed two women and a man", "a man and two women were
# hurt"): a part of the toll, whose total the text leaves to the reader (round 12). The other conjunct is a count of
# people written as an article or a number ("a man", "three children"); "women and children" is one group, and a fate
# between the two ("killing two workers and wounding two others") makes two tolls.
_COUNT_WORD = r"(?:a|an|one|another|\d+|" + "|".join(sorted(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens"),
    key=len, reverse=True)) + r")"
_PEOPLE_WORD = r"(?:" + "|".join(sorted((w for w in (
    "men", "women", "man", "woman", "children", "child", "boys", "girls", "boy", "girl", "baby", "babies", "adults", "adult",
    "teenagers", "teenager", "students", "student", "soldiers", "soldier", "officers", "officer", "policemen", "policeman",
    "firefighters", "firefighter", "workers", "worker", "employees", "employee", "passengers", "passenger", "civilians",
    "civilian", "tourists", "tourist", "residents", "resident", "villagers", "villager", "members", "member", "guards",
    "guard", "bystanders", "bystander", "customers", "customer", "relatives", "relative", "police officers", "person",
    "people")), key=len, reverse=True)) + r")"
_CONJOINED_AFTER = re.compile(r"^\s*,?\s+and\s+" + _COUNT_WORD + r"\s+(?:[a-z-]+\s+)?" + _PEOPLE_WORD + r"\b", re.I)
_CONJOINED_BEFORE = re.compile(r"\b" + _COUNT_WORD + r"\s+(?:[a-z-]+\s+)?" + _PEOPLE_WORD + r"\s*,?\s+and\s*$", re.I)


def conjoined_count(fig_text: str, before: str, after: str) -> bool:
    """True when a count of people is one conjunct of a list of counts of people ("two women and a man")."""
    words = re.findall(r"[A-Za-z]+", fig_text)
    if not words or words[-1].lower() not in _PEOPLE or words[-1].lower() in _HUMAN_FATES:
        return False  # a bare number or "Ten dead": no counted noun of its own
    return bool(_CONJOINED_AFTER.match(after) or _CONJOINED_BEFORE.search(before))


# A part of a stated whole with a fate of its own: "two of the three victims died", "2 of the 5 hostages were killed".
_PART_OF_WHOLE = re.compile(r"^\s+of\s+(?:the|those|these)\s+(?P<whole>\d+|[a-z]+)\s+(?:[a-z]+\s+)??(?P<noun>"
                            + "|".join(sorted(_PEOPLE, key=len, reverse=True)) + r")\b")


def _part_with_fate(fig: Figure, after: str) -> str | None:
    """The fate of a part of a stated whole when the verb after the whole is the part's own ("two of the three victims
    died": 2 killed), else None. "30 of the 80 wounded remained in hospital" names the whole's fate ("wounded"), not
    the part's: it stays a part. The figure must be a bare number ("two", "2") and the whole a number of people."""
    m = _PART_OF_WHOLE.match(after)
    if m is None or fig.value is None or fig.value != int(fig.value) or fig.unit is not None:
        return None
    if re.search(r"[A-Za-z]", fig.text) and fig.text.lower() not in _NUMBER_WORDS:
        return None  # "two people of the ...": not a bare number
    whole = m.group("whole")
    if not (whole.isdigit() or whole in _NUMBER_WORDS) or m.group("noun") not in _PEOPLE:
        return None
    if whole.isdigit() and float(whole) <= fig.value:
        return None  # a part is smaller than its whole
    if any(w in _VERB_OF or w in _VERB_QUANTITIES for w in after[:m.end()].lower().split()):
        return None  # "the 80 wounded": the fate is the whole's
    fate = _fate_after(after[m.end():])
    return fate if fate in EVENT_MEASURES else None


# A number right after a parent noun and "of" counts that parent's children ("a mother of 12", "father of three"), not
# the fate or the measure the sentence names around it (round 12).
_FAMILY_OF = re.compile(r"\b(?:mother|father|parent|mom|mum|dad|grandmother|grandfather|grandparent|"
                        r"grandma|grandpa)s?\s+of\s*$", re.I)

# Two fates joined over one count ("victims killed and injured", "killed or wounded 20 people"): the count is of
# both together, a casualty count, not a toll of either (round 12).
_FATE_WORDS = r"(?:killed|killing|dead|died|wounded|wounding|injured|injuring|hurt)"
_TWO_FATES_AFTER = re.compile(r"^\s*(?:(?:were|was|have|had|been|being|are)\s+){0,2}" + _FATE_WORDS + r"\s+(?:and|or)\s+"
                              + _FATE_WORDS + r"\b", re.I)
_TWO_FATES_BEFORE = re.compile(_FATE_WORDS + r"\s+(?:and|or)\s+" + _FATE_WORDS + r"\s+(?:at least |about |some |nearly )?$", re.I)


def _two_fates(before: str, after: str) -> bool:
    """True when the count's fate is two different fates joined by and/or, around the count."""
    m = _TWO_FATES_AFTER.match(after) or _TWO_FATES_BEFORE.search(before)
    if m is None:
        return False
    fates = [_VERB_OF.get(w.lower()) for w in re.findall(_FATE_WORDS, m.group(0), re.I)]
    return len(set(fates)) == 2
