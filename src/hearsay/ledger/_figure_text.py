"""The words around a figure that its variable is read from: the sentence (or line) holding it, its
unit made comparable, and the word lists of counted things (verbs of what happened, quantities that
name a verb, nouns of people, number and hedge words, nouns of measured things)."""

from __future__ import annotations

import re


# Verb (any inflection listed) -> the participle a measure is named with. Synonyms share one.
_VERBS = {
    "deployed": ("deploy", "deploys", "deployed", "deploying", "sent", "send", "sends", "sending", "dispatched", "dispatch",
                 "stationed", "posted"),
    "killed": ("killed", "kill", "kills", "killing", "died", "die", "dead", "dies", "perished", "lost their lives"),
    "injured": ("injured", "wounded", "hurt", "injuring", "wounding"),
    "cut": ("cut", "cuts", "cutting", "axed", "axe", "shed", "sheds", "shedding", "slashed", "eliminated", "lost", "lose"),
    "created": ("created", "create", "creates", "creating", "added", "hired"),
    "arrested": ("arrested", "detained", "held", "arrest", "arresting"),
    "evacuated": ("evacuated", "evacuate"),
    "displaced": ("displaced", "fled", "homeless"),
    "missing": ("missing",),
    "rescued": ("rescued", "saved"),
    "captured": ("captured", "taken prisoner", "surrendered"),
    "sold": ("sold", "sell", "sells", "selling"),
    "recalled": ("recalled", "recall", "recalls"),
    "affected": ("affected",),
    "evacuation": (),
}
_VERB_OF = {form: norm for norm, forms in _VERBS.items() for form in forms}
# Quantities that already name the verb ("1,000 were killed" -> killed).
_VERB_QUANTITIES = {"killed": "killed", "dead": "killed", "died": "killed", "deaths": "killed", "death toll": "killed",
                    "wounded": "injured",
                    "injured": "injured", "hurt": "injured", "injuries": "injured", "displaced": "displaced",
                    "captured": "captured", "arrested": "arrested", "missing": "missing", "casualties": "casualties"}
# Generic quantities: the measured thing must come from the words around the figure.
GENERIC = frozenset({"money", "percent", "percentage", "point", "points", "index", "time", "unit", "units", "figure",
                     "number", "amount", "value", "year", "years",
                     # a unit says how a thing is measured, not what ("8.69 GW" of capacity, of a target, of output)
                     "gw", "mw", "kw", "gwh", "mwh", "kwh", "km", "kg", "mile", "miles", "metre", "metres", "meter", "meters",
                     "ton", "tons", "tonne", "tonnes", "feet", "foot", "ft", "acre", "acres", "hectare", "hectares"})
# Nouns that name what a sum or a share measures ("the price rose to $5", "unemployment of 5%").
_MEASURE_NOUNS = (
    "price", "prices", "rate", "rates", "inflation", "unemployment", "growth", "gdp", "profit", "profits", "loss", "losses",
    "revenue", "revenues", "sales", "turnover", "earnings", "income", "wage", "wages", "salary", "pay", "fine", "bail",
    "budget", "deficit", "debt", "cost", "costs", "fee", "fees", "tax", "taxes", "stake", "share", "shares", "dividend",
    "bonus", "reward", "ransom", "damages", "compensation", "aid", "funding", "investment", "bid", "offer", "deal",
    "valuation", "value", "turnout", "support", "approval", "majority", "market share", "interest rate", "base rate",
    "house prices", "oil price", "fare", "fares", "rent", "pension", "output", "exports", "imports", "spending",
    "yield", "yields", "target rate", "funds rate", "mortgage rate",
)
_MEASURE_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(n) for n in _MEASURE_NOUNS), key=len, reverse=True)) + r")\b", re.I)


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z\"“‘(])|\n")


# Nouns for people in general: "10 people killed" measures the same thing as "10 killed".
_HUMANS = frozenset({"people", "person", "persons", "individuals", "civilians", "residents", "villagers", "victims", "others", "other"})
_HUMAN_FATES = frozenset({"killed", "injured", "arrested", "evacuated", "displaced", "missing", "rescued", "captured", "affected"})


# Measures that count what happened to people in one event: their subject is the event.
EVENT_MEASURES = frozenset({"killed", "injured", "missing", "arrested", "evacuated", "displaced", "rescued", "captured",
                            "casualties"})
# Head nouns of a count of people ("ten villagers", "3 soldiers"); a fate count of anything else
# ("four villages had been destroyed and three people killed", "two helicopters moved the injured")
# is a misread. Capitalised plurals are nationalities ("two Britons").
_PEOPLE = _HUMANS | frozenset({
    "men", "women", "man", "woman", "children", "child", "kids", "boys", "girls", "babies", "adults", "teenagers", "students",
    "pupils", "soldiers", "troops", "officers", "policemen", "police", "firefighters", "workers", "employees", "staff",
    "miners", "passengers", "pilgrims", "tourists", "migrants", "refugees", "militants", "rebels", "fighters", "insurgents",
    "prisoners", "inmates", "patients", "members", "bystanders", "others", "demonstrators", "protesters", "protestors",
    "citizens", "nationals", "crew", "sailors", "marines", "guards", "suspects", "gunmen", "hostages", "climbers",
    "fishermen", "farmers", "journalists", "doctors", "nurses", "family", "families", "relatives", "fans", "spectators",
    "customers", "shoppers", "worshippers", "guests", "survivors", "dead", "casualties", "fatalities", "deaths", "injuries",
    "wounded", "injured", "killed", "hurt", "missing", "lives", "bodies", "victim", "person", "nobody"})


_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                           "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                           "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
                           "thousand", "thousands", "million", "millions", "dozen", "dozens", "score", "scores", "a", "an",
                           "of", "and", "billion"})
_HEDGE_WORDS = frozenset({"no", "immediate", "at", "least", "most", "about", "around", "some", "nearly", "almost", "over", "more", "than", "up",
                          "to", "as", "many", "approximately", "roughly", "estimated", "an", "the", "just", "under", "fewer",
                          "less", "only", "another", "further", "other", "additional", "least", "several"})
_NOT_PEOPLE_CAPS = frozenset({"villages", "houses", "homes", "buildings", "helicopters", "vehicles", "cars", "tanks", "schools"})


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the ``(start, end)`` offsets of the sentence (or line) holding ``text[start:end]``."""
    lo = max(text.rfind("\n", 0, start) + 1, 0)
    for boundary in _SENTENCE_END.finditer(text, lo, start):
        lo = boundary.end()
    m = _SENTENCE_END.search(text, end)
    hi = m.start() if m else len(text)
    nl = text.find("\n", end)
    if nl != -1 and nl < hi:
        hi = nl
    return lo, hi


def normalise_unit(unit: str | None) -> tuple[str | None, float]:
    """Return ``(unit, scale)``: ISO 4217 codes stay, "USD cents" -> ("USD", 0.01), percent apart from points."""
    if unit is None:
        return None, 1.0
    u = unit.strip()
    m = re.fullmatch(r"([A-Z]{3}) (?:cents?|pence|p)", u)
    if m:
        return m.group(1), 0.01
    if u in ("%", "percent", "per cent"):
        return "%", 1.0
    if u.lower() in ("percentage point", "percentage points", "pp"):
        return "percentage points", 1.0
    if u.lower() in ("point", "points"):  # an index's points ("fell 100.12 points"), not percentage points (round 7)
        return "points", 1.0
    return u.lower() if not re.fullmatch(r"[A-Z]{3}", u) else u, 1.0


_MARKET_CONTEXT = re.compile(r"\b(?:index|indices|indexes|composite|average|stocks?|shares?|markets?|trading|exchange|"
                             r"polls?|survey|surveyed|ratings?|approval)\b", re.I)
