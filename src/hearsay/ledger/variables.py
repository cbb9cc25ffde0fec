"""A figure's variable: the claim frame two figures must share before they can be compared.

A figure's quantity ("troops", "killed", "money") says what kind of thing is counted, not what
was measured. The variable adds, from the figure's own sentence in the stored text (cheap
string rules only, no parse):

- ``measure``: the counted thing with its governing verb ("troops deployed", "jobs cut");
  for sums of money and percentages the measured noun before the figure ("price",
  "unemployment rate"); ``None`` when the text does not say (such a figure joins no series
  and no contradiction: insufficient data);
- ``place``: "at Filton", "in Kursk" right after the counted thing;
- ``unit``: ISO 4217 for money (cents become the currency with a 0.01 scale, the written
  value stays in ``figures.text``), ``%`` apart from ``percentage points``, physical units
  as the extractor gives them, ``None`` for plain counts;
- ``basis``: ``total`` unless the text shows a part ("of which", "of them", "at each site"),
  an increment ("a further", "another", "an additional") or a rate ("per day", "a year");
- ``time``: the figure's explicit ``as_of``, else ``"unknown"`` (never the publication date);
- ``kind``: ``count``/``amount``, or ``not a count: <why>`` for clock times, years, scores,
  ranks, model numbers, product specifications and table rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hearsay.extract.figures.ages import AGE_PREFIX, AGE_RULE
from hearsay.extract.figures.decimals import DECIMAL_RULE
from hearsay.model import Figure

UNKNOWN_TIME = "unknown"

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
_SPEC_UNITS = frozenset({"gb", "mb", "tb", "kb", "ghz", "mhz", "hz", "megapixel", "megapixels", "mp", "inch", "inches", "mah",
                         "rpm", "hp", "cc", "bhp", "mph", "kph", "gigabyte", "gigabytes", "megabyte", "megabytes", "pixel", "pixels"})
_CLOCK = re.compile(r"^\s*(?:[:.]\s?\d\d)?\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|PT|[ap]\.?\s?m\b\.?|hrs\b|"
                    r"hours? local|o'clock)", re.I)
_CLOCK_TEXT = re.compile(r"^\d{1,2}\s?[:.]\s?\d\d(?:\s*[ap]\.?\s?m\.?)?$|^\d{4}\s*(?:GMT|BST|UTC|hrs)$", re.I)
# Sports statistics: box-score tallies, not claims about the world that other reports could contradict.
_SPORT_STATS = frozenset({"yard", "yards", "touchdown", "touchdowns", "rebound", "rebounds", "assist", "assists", "rbi", "rbis",
                          "homer", "homers", "carry", "carries", "catch", "catches", "pass", "passes", "completion",
                          "completions", "game", "games", "win", "wins", "inning", "innings", "wicket", "wickets", "pointer",
                          "pointers", "shot", "shots", "turnover", "turnovers", "sack", "sacks", "interception",
                          "interceptions", "goal", "goals", "run", "runs", "point", "points", "save", "saves", "ko", "kos",
                          "punch", "punches", "round", "rounds", "title", "titles", "season", "seasons", "lap", "laps",
                          # round 7
                          "knockout", "knockouts", "block", "blocks", "steal", "steals", "strikeout", "strikeouts",
                          "birdie", "birdies", "bogey", "bogeys", "tackle", "tackles", "free throws", "throws"})
_RANK_BEFORE = re.compile(r"(?:\bno\.|\bnumber|\branked|\brank|\branking|\bseed|\bseeded|\bworld|\bgrade|\blevel|\bversion|#)\s*$", re.I)
_RANK_AFTER = re.compile(r"^\s*(?:st|nd|rd|th)?\s*(?:place|position|seed|spot)\b", re.I)
_SCORE = re.compile(r"\b\d{1,3}\s*[-–]\s*\d{1,3}\b")
_SCORE_WORDS = re.compile(r"\b(?:won|win|wins|beat|beats|lost|lose|defeat|defeated|drew|draw|score|scored|scoreline|lead|led|"
                          r"victory|set|sets|match|goals?|points?\s+to|half-time|full-time|innings|wickets?|runs)\b", re.I)
_MODEL_AFTER = re.compile(r"^[-/]?[A-Za-z]{1,3}\d*\b|^-\d{1,3}\b")  # "A350-900", "787-9"
_CAP_WORD_BEFORE = re.compile(r"\b([A-Z][A-Za-z]*|[A-Z]{2,})\s*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NUMBER_TOKEN = re.compile(r"(?<![\w.])[$£€¥]?\d[\d,.]*%?(?![\w])")
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
# A number split by tokenisation ("120, 000", "5. 9 - magnitude"): the figure is half of one number.
_FRAGMENT_BEFORE = re.compile(r"(?<![\d,.])\d{1,3}, $|\d\. $")
_FRAGMENT_AFTER = re.compile(r"^, \d{3}(?!\d)|^\. \d")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z\"“‘(])|\n")
_STOP_PLACES = frozenset({"The", "A", "An", "This", "That", "January", "February", "March", "April", "May", "June", "July",
                          "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
                          "Thursday", "Friday", "Saturday", "Sunday"})


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


_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                           "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                           "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
                           "thousand", "thousands", "million", "millions", "dozen", "dozens", "score", "scores", "a", "an",
                           "of", "and", "billion"})
_HEDGE_WORDS = frozenset({"no", "immediate", "at", "least", "most", "about", "around", "some", "nearly", "almost", "over", "more", "than", "up",
                          "to", "as", "many", "approximately", "roughly", "estimated", "an", "the", "just", "under", "fewer",
                          "less", "only", "another", "further", "other", "additional", "least", "several"})
_NOT_PEOPLE_CAPS = frozenset({"villages", "houses", "homes", "buildings", "helicopters", "vehicles", "cars", "tanks", "schools"})


@dataclass(frozen=True, slots=True)
class Variable:
    """What one figure measures (see the module doc)."""

    measure: str | None
    unit: str | None
    scale: float  # multiply the figure's numbers by this to get them in ``unit``
    place: str | None
    basis: str  # total | part | increment | per <period>
    kind: str  # count | amount | "not a count: <why>"
    time: str  # explicit as_of, else UNKNOWN_TIME

    @property
    def comparable(self) -> bool:
        """True when the figure can take part in a series and a contradiction."""
        return self.measure is not None and not self.kind.startswith("not a count")

    @property
    def label(self) -> str:
        """The series name: measure, place, basis and unit ("jobs cut at Filton", "price (USD)")."""
        parts = [self.measure or "?"]
        if self.place:
            parts.append(f"in {self.place}")
        if self.basis != "total":
            parts.append(f"[{self.basis}]")
        if self.unit:
            parts.append(f"({self.unit})")
        return " ".join(parts)


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


# A number hyphenated to a noun that modifies another noun ("two - party basis", "eight-year offer").
_COMPOUND_AFTER = re.compile(r"^\s?[-–]\s?([a-z]+)(?:\s?[-–]\s?[a-z]+)*\s+[a-z]")
_NUMBER_WORD_RE = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                 "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand")
# a number, in digits or in words (round 9: "the five - boat pirate formation", "a three - point play"), hyphenated to a
# noun inside the figure
_COMPOUND_INSIDE = re.compile(r"(?:\d|\b(?:" + _NUMBER_WORD_RE + r"))\s?[-–]\s?([A-Za-z]+)$", re.I)
_FRACTIONS = frozenset({"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"})


def _not_a_count(fig: Figure, text: str, sent: str, before: str, after: str, unit: str | None) -> str | None:
    bare = fig.text.strip()
    if ((_FRAGMENT_BEFORE.search(before) and (before.endswith(". ") or re.match(r"\d{3}(?!\d)", bare)))
            or _FRAGMENT_AFTER.match(after)):
        return "a number fragment"  # "120, 000 people", "5. 9": a tokeniser split one number in two
    if re.search(r"\bhttps?\s?:\s?/|\bwww\s?\.\s?\w", sent) and not re.search(r"\s[a-z]+\s[a-z]+\s[a-z]+\s", sent.split("/")[-1]):
        return "part of a web address"  # ".../ three - killed - as - rioters - bomb - greek - bank"
    inner = _COMPOUND_INSIDE.search(bare)
    if inner and inner.group(1).lower() not in _FRACTIONS | {"old"} and re.match(r"^\s?[A-Za-z]", after) \
            and inner.group(1).lower() not in _NUMBER_WORDS:  # "twenty - five people" is one number
        return "a compound modifier"  # "the 300 - seat Parliament", "a 12 - gauge shotgun" (round 7)
    compound = _COMPOUND_AFTER.match(after)
    if compound and compound.group(1).lower() not in _FRACTIONS:
        return "a compound modifier"  # "a two - party basis", "an eight-year offer": an attribute, not a count
    if re.search(r"\d\s?/\s?$", before) or re.match(r"^\s?/\s?\d", after):
        return "a fraction or a ratio"  # "served 41 / 2 months" (four and a half): half of one number (round 7)
    if re.search(r"\b(?:one|1) in (?:every )?$", before, re.I):
        return "a ratio"  # "one in every 500 Windows users": a rate, not a count of users (round 7)
    if _REFERENCE_MARK.fullmatch(text, max(0, fig.start - 1), min(len(text), fig.end + 1)) and _cites(before, after):
        return "a reference mark"  # "... than therapy alone (20).": the number of a cited source (round 7)
    if (_CLOCK_TEXT.match(bare) or (re.fullmatch(r"\d{1,4}", bare) and _CLOCK.match(after))
            or _CLOCK_SUFFIX.search(bare)):
        return "clock time"
    if re.match(r"\d", bare) and _SPLIT_POINT.search(before):
        return "a number fragment"  # "pointed a. 357 caliber revolver", "a blood alcohol content of. 09 percent": a decimal
        # whose point the tokeniser split off (round 8)
    if (house := re.match(r"\d{1,5}(?!\S)", bare)) and _STREET.match(bare[house.end():] + after):
        return "a street address"  # "outside the Sam's Club at 200 W. American Blvd." (round 8)
    if re.fullmatch(r"[A-Za-z]+\s?[-–]\s?and\s?[-–]\s?[a-z]+", bare) and not re.search(r"[-–]\s?(?:a|an|one|half)$", bare):
        return "a compound modifier"  # "forced a three - and - out", "a one-and-done player": a set phrase, not a count (round 8)
    if re.fullmatch(r"\d{1,3}", bare) and re.search(r"\b[A-Za-z]+\d+\s+(?:to|through)\s+$", before):
        return "a model number or name"  # "all versions of IE6 to 10": the upper end of a range of versions (round 8)
    if re.fullmatch(r"\d\d", bare) and re.search(r"(?<![\d:])\d{1,2}\s?:\s?$", before):
        return "clock time"  # "with 4: 43 left in the first half": the seconds of a clock split by the tokeniser (round 8)
    if _PRICE_BASE.fullmatch(bare) and re.search(r"\bin\s+$", before, re.I):
        return "a price base"  # "over $76 million (in 2006 dollars)": the year whose money the amount is counted in (round 8)
    if re.fullmatch(r"\d{1,3}", bare) and _RECORD_AFTER.match(after) and _RECORD_BEFORE.search(before):
        return "a win-loss record"  # "leads his 12 - 3 Broncos", "the 9-7 Jets": a record standing before a team (round 8)
    if _RECORD_INSIDE.fullmatch(bare) and _RECORD_BEFORE.search(re.sub(r"\d{1,3}\s?[-–]\s?$", "", before)) \
            and re.search(r"\d\s?[-–]\s?$", before):
        return "a win-loss record"  # its second half, "3 Broncos"
    if (unit is None and fig.value is not None and fig.value == int(fig.value) and 1800 <= fig.value <= 2100
            and re.fullmatch(r"\d{4}", bare)):
        return "a year"
    if _RANK_BEFORE.search(before) or _RANK_AFTER.match(after) or re.search(r"\d(?:st|nd|rd|th)\b", bare):
        return "a rank"
    window = before[-25:] + bare + after[:25]
    if _SCORE.search(window) and (_SCORE_WORDS.search(sent) or len(_SCORE.findall(sent)) >= 2):
        return "a score"
    if re.fullmatch(r"\d{1,3}", bare) and (_GAME_STATE_BEFORE.search(before) and re.match(r"\s*[-–]\s*\d{1,3}\b(?!\s*(?:%|per))", after)
                                         or re.search(r"\b\d{1,3}\s*[-–]\s*$", before) and _GAME_STATE_BEFORE.search(
                                             re.sub(r"\d{1,3}\s*[-–]\s*$", "", before))):
        return "a score"  # round 14: "put Creighton up 47 - 42": a game's state, either half
    if bare in _EMERGENCY_NUMBERS and (_DIALLED_BEFORE.search(before) or _EMERGENCY_AFTER.match(after)):
        return "a telephone number"  # round 14: "Hiller called 911", "a 911 dispatcher": the number dialled, no count
    if unit is None and re.fullmatch(r"\d{1,5}", bare) and (_CAP_WORD_BEFORE.search(before) and before.strip()
                                                           and not before.rstrip().endswith((".", ":"))
                                                           or _MODEL_AFTER.match(after)):
        word = _CAP_WORD_BEFORE.search(before)
        if word is None or word.group(1) not in ("The", "A", "About", "Some", "Nearly", "Around", "Over", "Almost", "Only",
                                                   "Just", "At", "By", "In", "Of", "And", "With", "To", "From", "Up"):
            return "a model number or name"
    if (unit is None and re.fullmatch(r"\d{3,5}", bare) and int(bare) % 10 and re.search(r"\bthe\s*$", before, re.I)
            and re.match(r"^\s*(?:$|[,.;:)]|'s\b|’s\b|(?:is|was|has|had|will|would|can|could|and|or|jet|jets|plane|planes|"
                         r"model|models|series|aircraft|airliner|airliners)\b)", after)):
        return "a model number or name"  # "orders for the 787 had risen"
    if _sports_measure(unit, sent):
        return "a sports statistic"
    quantity = (fig.quantity or "").lower()
    if (unit or "").lower() in _SPEC_UNITS or quantity in _SPEC_UNITS or re.match(r"^-?(?:inch|gb|mb|megapixel)", after, re.I):
        return "a product specification"
    nums, words = len(_NUMBER_TOKEN.findall(sent)), len(_WORD.findall(sent))
    if nums >= 3 and nums * 2 >= words:
        return "a table row"
    return None


# Round 14 (series sample 13): a score after a word of a game's state ("put Creighton up 47 - 42", "trailed 10 - 7"),
# and the emergency numbers people dial ("called 911", "a 911 dispatcher", "dialled 999") are no counts.
_GAME_STATE_BEFORE = re.compile(r"\b(?:up|down|ahead|behind|trailed|trailing|trails|leading|tied)\s+$", re.I)
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112"})
_DIALLED_BEFORE = re.compile(r"\b(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing|dialling|phoned|phone|"
                             r"ring|rang|text|texted)\s+$", re.I)
_EMERGENCY_AFTER = re.compile(r"^\s*(?:emergency\s+)?(?:dispatcher|dispatchers|dispatch|call|calls|caller|callers|operator|"
                              r"operators|center|centre|system|line|tape|tapes|recording|recordings)\b", re.I)


# A cited source's number: "(34)" alone in brackets, closing a clause, after a word that is not a number
# ("four (4) size options" restates a count; "... than therapy alone (20)." cites source 20).
_REFERENCE_MARK = re.compile(r"\(\d{1,3}\)")
_CLOCK_SUFFIX = re.compile(r"\d\s?[ap]\.?\s?m\.?$", re.I)  # "about 3pm", "11 a.m."
# A decimal point split from its number after a word that never ends a sentence: "a. 357", "of. 09 percent" (round 8)
_SPLIT_POINT = re.compile(r"\b(?:a|an|the|of|at|to|by|from|about|around)\s?\.\s?$")
# A house number before a street: "200 W. American Blvd", "1600 Pennsylvania Avenue" (round 8)
_STREET = re.compile(r"^\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Blvd|Boulevard|Street|St|Avenue|Ave|Road|Rd|Lane|Drive|Dr|"
                     r"Way|Place|Court)\b")
# "in 2006 dollars": a year naming the price level an amount is counted in (round 8)
_PRICE_BASE = re.compile(r"(?:1[89]|20)\d\d\s+(?:dollars|euros|pounds|yen|francs|marks|rupees)", re.I)
# A win-loss record before a team: "his 12 - 3 Broncos", "the 9-7 Jets": a determiner, N - M, a capitalised plural (round 8)
_RECORD_BEFORE = re.compile(r"\b(?:the|his|her|their|its|our|a|an)\s+$", re.I)
_RECORD_AFTER = re.compile(r"^\s?[-–]\s?\d{1,3}\s+[A-Z][a-z]+s\b")
_RECORD_INSIDE = re.compile(r"\d{1,3}\s+[A-Z][a-z]+s")


def _cites(before: str, after: str) -> bool:
    words = re.findall(r"[A-Za-z]+", before)
    if not words or words[-1].lower() in _NUMBER_WORDS:
        return False
    return re.match(r"^\)\s*(?:[.,;:!?]|$)", after) is not None


# Points and yards in a sentence about a game are a player's or team's tally ("scored 23 points", "finished his
# career in 1978 with 2,290 points", "returned an interception 32 yards"); points in a sentence about an index,
# a market or a poll are that index's or poll's points (round 7).
_SPORT_UNITS = frozenset({"points", "point", "yd", "yard", "yards"})
_SPORT_CONTEXT = re.compile(r"\b(?:scor(?:ed|es|ing|er|ers)|career|season|seasons|game|games|touchdowns?|interceptions?|"
                            r"rebounds?|assists?|quarterback|tournament|halftime|half-time|innings?|homers?|rushing|rushed|"
                            r"passing|receptions?|victory|win|won|beat|lead|led|points? per game|play-?offs?)\b", re.I)
_MARKET_CONTEXT = re.compile(r"\b(?:index|indices|indexes|composite|average|stocks?|shares?|markets?|trading|exchange|"
                             r"polls?|survey|surveyed|ratings?|approval)\b", re.I)


def _sports_measure(unit: str | None, sent: str) -> bool:
    """True when a figure in points or yards is a game tally: its sentence speaks of a game, not of a market or poll."""
    return (unit or "").lower() in _SPORT_UNITS and bool(_SPORT_CONTEXT.search(sent)) and not _MARKET_CONTEXT.search(sent)


_CHANGE_WORDS = frozenset({"rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls", "dropped", "drop", "drops", "up",
                           "down", "lower", "higher", "gained", "gain", "lost", "climbed", "declined", "ended", "closed",
                           "jumped", "slid", "sank", "tumbled", "plunged", "soared", "surged", "increased", "decreased"})
_TO_AFTER_CHANGE = re.compile(r"\b(?:" + "|".join(sorted(_CHANGE_WORDS - {"ended", "closed"})) + r")\b[^;]*\bto\s*$", re.I)


_FALL_WORDS = frozenset({"fell", "fallen", "fall", "falls", "dropped", "drop", "drops", "down", "lower", "lost", "declined",
                         "decreased", "slid", "sank", "tumbled", "plunged"})


def is_change(var: Variable) -> bool:
    """True when the variable is a change over a period ("index fallen", "up", a ``change`` basis), not a level."""
    return var.basis == "change" or any(w in _CHANGE_WORDS for w in (var.measure or "").split())


def is_fall(var: Variable) -> bool:
    """True when the variable is a fall ("index fallen", "ended down"): "fallen by -3.16%" is a fall of 3.16%."""
    return any(w in _FALL_WORDS for w in (var.measure or "").split())


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


def _verb_right_before(before: str) -> str | None:
    """A verb the figure is the object of: "killing 10 people", "wounding other 70"."""
    clause = re.split(r"[,;]|\band\b|\bor\b|\bwhile\b|\bbut\b", before.lower())[-1]  # not across "and"
    last = re.findall(r"[a-z]+", clause)[-2:]
    for w in reversed(last):
        if w in _VERB_OF:
            return _VERB_OF[w]
    return None


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


_QUARTER = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ]quarter\b|\bQ[1-4]"
_QUARTER_BEFORE = re.compile(r"\b(?:in|for|during) the " + _QUARTER + r"[^.;]{0,60}$", re.I)
_QUARTER_AFTER = re.compile(r"^\s*(?:in|for|during) the " + _QUARTER, re.I)
_YEAR_AFTER = re.compile(r"^[^.;,]{0,25}?\bfor the (?:entire|full|whole) year\b", re.I)
# "pledged ... to 450 gigawatts by 2022": a target, not a measurement
_TARGET_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?by (?:the end of )?(?:(?:19|20)\d\d|this year|next year)\b", re.I)
_TARGET_WORDS = re.compile(r"\b(?:pledge[sd]?|pledging|targets?|targeting|goals?|aims?|aiming|plans? to|planned to|promise[sd]?|"
                           r"vow(?:s|ed)?|expect(?:s|ed)? to|forecasts?|projected to)\b", re.I)


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


def variable_of(fig: Figure, text: str) -> Variable:
    """Return the :class:`Variable` of figure ``fig`` of an article whose normalised text is ``text``."""
    lo, hi = sentence_of(text, fig.start, fig.end)
    sent, before, after = text[lo:hi], text[lo:fig.start], text[fig.end:hi]
    unit, scale = normalise_unit(fig.unit)
    time = fig.as_of if fig.as_of and re.match(r"^\d{4}", fig.as_of) else UNKNOWN_TIME
    if fig.rule == AGE_RULE and fig.quantity and fig.quantity.startswith(AGE_PREFIX):  # "Robert Buckley, 32,"
        return Variable(fig.quantity.lower(), "years", 1.0, None, "total", "age", time)
    another_quake = Variable(None, None, 1.0, None, "total", "not a count: the magnitude of no quake or of another", time)
    if fig.rule == DECIMAL_RULE or (unit is None and magnitude_value(fig, text) is not None):  # "6. 1 - magnitude"
        return Variable(MAGNITUDE, None, 1.0, None, "total", "measurement", time) if _the_quake(text, lo, sent, fig.start) else another_quake
    why = _not_a_count(fig, text, sent, before, after, unit)
    if why is not None:
        return Variable(None, unit, scale, None, "total", f"not a count: {why}", time)
    if is_magnitude(fig, sent, before, after):
        return Variable(MAGNITUDE, None, 1.0, None, "total", "measurement", time) if _the_quake(text, lo, sent, fig.start) else another_quake
    measure = _measure(fig, unit, before, after, sent)
    if measure is not None and unit is not None and re.fullmatch(r"[A-Z]{3}", unit):
        measure = offer_measure(measure, before)
    if measure is not None and (measure.split()[0] in _SPORT_STATS or measure.split()[-1] in _SPORT_STATS):
        return Variable(None, unit, scale, None, "total", "not a count: a sports statistic", time)
    if measure is not None and not re.fullmatch(r"[a-z][a-z'’-]+(?: [a-z][a-z'’-]+)*", measure):
        measure = None  # "m." of "4: 59 p. m.", stray punctuation: not a measured thing
    part_fate = _part_with_fate(fig, after)
    if part_fate is not None:  # "two of the three victims died": the part that died is the death toll
        return Variable(part_fate, unit, scale, None, "total", "count", time)
    if measure in EVENT_MEASURES and (unit is not None or (fig.value is not None and fig.value != int(fig.value))
                                      or not counts_people(fig.text) or not fate_named_next_to(measure, fig.text, before, after)):
        measure = None  # "a magnitude of 6.1" or "four villages" read as a death toll: not a count of people
    if measure in ("killed", "injured") and _two_fates(before, after):
        measure = "casualties"  # "the two other victims killed and injured in the crossfire": the dead and hurt together
    if measure is not None and _FAMILY_OF.search(before):
        measure = None  # "a Brooklyn mother of 12 was killed": the size of her family, not the toll
    if measure is not None and _level_after_change(measure, before):
        measure = "level"  # "Apple shares rose to $373.72", "ending down 12.7 percent, or 1,602.54 points, to 11,015.84"
    kind = "count" if unit is None else "amount"
    basis = _basis(fig.text, before, after, sent)
    if unit == "%" and basis == "total" and _CHANGE_BEFORE.search(before):
        basis = "change"
    place = (reference_point(after) or _place(after)) if measure == DISTANCE else _place(after)  # else "60km ... in Iran"
    return Variable(measure, unit, scale, place, basis, kind, time)


__all__ = ["DISTANCE", "EVENT_MEASURES", "game_quarter", "reference_point", "GENERIC", "MAGNITUDE", "is_change", "is_fall", "is_magnitude", "magnitude_value", "offer_measure", "split_decimal", "counts_people", "fate_named_next_to", "UNKNOWN_TIME", "Variable", "normalise_unit", "sentence_of", "variable_of"]
