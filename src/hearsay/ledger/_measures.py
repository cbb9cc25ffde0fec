"""A figure's measure: the counted thing with its governing verb ("troops deployed", "jobs cut"), the
measured noun of a sum or share ("price", "unemployment rate"), the level a change reached, and
the one measure of a sum offered or bid ("offer")."""

from __future__ import annotations

import re

from hearsay.ledger._fates import _fate_after, _verb_right_before
from hearsay.ledger._figure_text import (
    GENERIC,
    _HUMAN_FATES,
    _HUMANS,
    _MEASURE_RE,
    _NUMBER_WORDS,
    _VERB_OF,
    _VERB_QUANTITIES,
    _WORD,
)
from hearsay.model import Figure


_CHANGE_WORDS = frozenset({"rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls", "dropped", "drop", "drops", "up",
                           "down", "lower", "higher", "gained", "gain", "lost", "climbed", "declined", "ended", "closed",
                           "jumped", "slid", "sank", "tumbled", "plunged", "soared", "surged", "increased", "decreased"})
_TO_AFTER_CHANGE = re.compile(r"\b(?:" + "|".join(sorted(_CHANGE_WORDS - {"ended", "closed"})) + r")\b[^;]*\bto\s*$", re.I)


_FALL_WORDS = frozenset({"fell", "fallen", "fall", "falls", "dropped", "drop", "drops", "down", "lower", "lost", "declined",
                         "decreased", "slid", "sank", "tumbled", "plunged"})


def _level_after_change(measure: str, before: str) -> bool:
    """True when a measure named by its change ("shares risen", "ended down") is read off the level the change
    reached ("rose to $373.72", "ending down 12.7 percent ... to 11,015.84"): the figure is the new level (round 7)."""
    if any(w in _SET_WORDS for w in measure.split()) and _TO_AFTER_SET.search(before):
        return True  # "the price ... will be cut by $200 to $399": the price it was cut to (round 8)
    return any(w in _CHANGE_WORDS for w in measure.split()) and _TO_AFTER_CHANGE.search(before) is not None


# Verbs that set a value by an amount to a new one ("cut by $200 to $399", "raised by 2% to 5%"); a level after
# "by ... to" (round 8). Not change words themselves: "cut 30,000 jobs" is a count of jobs, not a move.
_SET_WORDS = frozenset({"cut", "reduced", "lowered", "raised", "slashed", "trimmed"})
_TO_AFTER_SET = re.compile(r"\b(?:" + "|".join(sorted(_SET_WORDS)) + r")\s+by\b[^;]*\bto\s*$", re.I)


def _verb(before: str, after: str) -> str | None:
    """The governing verb of the counted thing: right before it ("killing 10 people"), after it
    ("troops were killed"), else a little before ("sent 11,000 troops")."""
    right_before = _verb_right_before(before)
    if right_before:
        return right_before
    after_words = re.findall(r"[a-z]+", after.lower().split(".")[0])[:7]
    for i, w in enumerate(after_words):
        two = " ".join(after_words[i:i + 3])
        for phrase in ("lost their lives", "taken prisoner"):
            if two.startswith(phrase):
                return _VERB_OF[phrase]
        if w in _VERB_OF:
            return _VERB_OF[w]
    before_words = re.findall(r"[a-z]+", before.lower())[-4:]
    for w in reversed(before_words):
        if w in _VERB_OF:
            return _VERB_OF[w]
    return None


def _measure(fig: Figure, unit: str | None, before: str, after: str, sent: str) -> str | None:
    from hearsay.extract.figures.amounts import quantity_key

    quantity = (fig.quantity or "").lower().strip()
    if not quantity:
        return None
    # The extractor keeps the article's words ("soldiers killed", "soldiers"); figures are
    # compared on the class of what is counted (killed; troops), as lexicon/quantities.tsv says.
    klass = quantity_key(quantity)
    if klass != quantity and klass in _VERB_QUANTITIES:
        return _VERB_QUANTITIES[klass]
    head, *rest = quantity.split()
    head_class = quantity_key(head)
    if head_class != head and quantity not in _VERB_QUANTITIES and head not in _HUMANS and klass != quantity:
        quantity = " ".join([head_class, *rest])
    if quantity in _VERB_QUANTITIES:
        return _verb_right_before(before) or _fate_after(after) or _VERB_QUANTITIES[quantity]
    if quantity in GENERIC or quantity == "weapons and equipment":
        if quantity == "weapons and equipment":  # a catch-all class: the noun after the number says what
            tail = re.search(r"([A-Za-z][A-Za-z-]+)$", fig.text)  # "at least one Pantsir"
            if tail and tail.group(1).lower() in _NUMBER_WORDS:
                tail = None  # "9.12 million": a number word, not the thing counted
            m = None if tail else re.match(r"\s*([a-z][a-z-]+)", after)
            noun = tail.group(1).lower() if tail else m.group(1) if m else None
            if noun is None or noun in _NOT_NOUNS:
                return None
            verb = _verb(before, after[m.end():] if m else after)
            return f"{noun} {verb}" if verb else noun
        clause = re.split(r"[;:]|\bwhile\b|\bbut\b|\band\b", before)[-1]
        found = _MEASURE_RE.findall(clause[-80:])
        if not found:
            m = re.match(r"^[^.;,]{0,15}?\b(?:in|of|for)\s+(?:the\s+|its\s+|their\s+)?([a-z ]+)", after, re.I)
            found = _MEASURE_RE.findall(m.group(1)) if m else []
        return found[-1].lower() if found else None
    words = quantity.split()
    if words[0] in _HUMANS and len(words) > 1 and words[1] in _VERB_OF:  # "people killed" = "killed"
        return _VERB_OF[words[1]]
    if any(w in _VERB_OF for w in words[1:]):  # the quantity names its verb already ("soldiers killed")
        return " ".join(words[:1] + [_VERB_OF.get(w, w) for w in words[1:]])
    of = re.match(r"^\s+of\s+([a-z][a-z-]+)\b", after)
    last = re.search(r"([a-z]{3,})\s*$", fig.text.lower())
    if of and last and last.group(1)[:3] == quantity[:3]:  # "two counts of murder": the count is of murder
        quantity = f"{quantity} of {of.group(1)}"
        after = after[of.end():]
    verb = _verb(before, after)
    if verb and quantity in _HUMANS and verb in _HUMAN_FATES:  # "killing 10 people" = "10 were killed"
        return verb
    if verb is None and quantity.split()[0] in _ORG_NOUNS:
        return None  # "three large American auto companies", "nine US companies": which companies, doing what?
    return f"{quantity} {verb}" if verb else quantity


# Counts of organisations or countries name no measure without a verb.
_ORG_NOUNS = frozenset({"company", "companies", "firm", "firms", "business", "businesses", "organisation", "organisations",
                        "organization", "organizations", "group", "groups", "country", "countries", "nation", "nations"})
_NOT_NOUNS = frozenset({"per", "of", "in", "at", "to", "for", "a", "an", "the", "and", "or", "which", "that", "from", "on", "by",
                        "with", "each", "apiece"})
# "sales plunged 10 percent": a change, not a level ("rose to 5 percent", "up from 13.2 percent" are levels)
_CHANGE_BEFORE = re.compile(r"\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|plunged|plunges|dropped|drops|drop|climbed|climbs|"
                            r"gained|gains|lost|loses|jumped|jumps|slid|slides|declined|declines|increased|increases|decreased|"
                            r"decreases|grew|grows|surged|surges|soared|soars|tumbled|tumbles|sank|sinks|up|down|by)\s*$", re.I)


# Round 14: a sum offered or bid for something is one measure, "offer", whatever word names it ("an eight - year, $200
# million offer", "are offering $200 million", "the reported $160 million offers", "a bid of $5 billion"), so two
# outlets' sums for one offer compare. A deal or contract noun is an offer when an offer verb governs it earlier in
# its clause ("offered Teixeira, 28, an eight - year deal worth $184 million"). The deal's term ("eight - year",
# "five-year") says how long it runs, not what the sum measures: "a five-year deal worth $80 million" and "an $82
# million deal" are both the deal.
_OFFER_WORDS = frozenset({"offer", "offers", "offered", "offering", "bid", "bids", "bidding", "counteroffer",
                          "counteroffers", "counter-offer"})
_DEAL_NOUNS = frozenset({"deal", "deals", "contract", "contracts", "package", "agreement", "extension"})
_TERM = re.compile(r"^(?:(?:[a-z]+|\d+)\s?[-–]\s?(?:year|month|week|day|season|game)s?\s+)+")
_OFFER_VERB = re.compile(r"\b(?:offer(?:s|ed|ing)?|bid(?:s|ding)?)\b", re.I)
# Between the offer verb and the deal noun stand its objects ("offered Teixeira, 28, an eight - year deal"), no clause
# of another verb ("made an offer ... surpassing the $90 million deal they gave to Torii Hunter").
_OFFER_GAP_MAX = 10
_NOT_THE_OFFERED = re.compile(r"\b(?:that|which|who|whom|than|they|he|she|it|we|gave|give|given|signed|sign|accept(?:s|ed)?|"
                              r"agree(?:s|d)?|ask(?:s|ed)?|asking|counter(?:s|ed)?|want(?:s|ed)?|seek(?:s|ing)?|sought|"
                              r"[a-z]+ing)\b", re.I)


def offer_measure(measure: str, before: str) -> str:
    """The measure of a sum of money named ``measure`` with ``before`` the words before it in its sentence: "offer"
    for a sum offered or bid, a deal noun without its term ("eight - year deal" -> "deal"), else ``measure``."""
    if measure in _OFFER_WORDS:
        return "offer"
    noun = _TERM.sub("", measure)
    if noun in _DEAL_NOUNS:
        clause = re.split(r"[;:]|\bwhile\b|\bbut\b", before)[-1]
        verbs = list(_OFFER_VERB.finditer(clause))
        gap = clause[verbs[-1].end():] if verbs else ""
        offered = bool(verbs) and len(_WORD.findall(gap)) <= _OFFER_GAP_MAX and not _NOT_THE_OFFERED.search(gap)
        return "offer" if offered else noun
    return measure
