"""Figures that count nothing a report could contradict, with the reason: number fragments, web
addresses, compound modifiers, fractions and ratios, reference marks, clock times, street addresses,
model numbers, price bases, win-loss records, years, ranks, scores, telephone numbers, sports
statistics, product specifications and table rows."""

from __future__ import annotations

import re

from hearsay.ledger._figure_text import _MARKET_CONTEXT, _NUMBER_WORDS, _WORD
from hearsay.model import Figure


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


_NUMBER_TOKEN = re.compile(r"(?<![\w.])[$£€¥]?\d[\d,.]*%?(?![\w])")


# A number split by tokenisation ("120, 000", "5. 9 - magnitude"): the figure is half of one number.
_FRAGMENT_BEFORE = re.compile(r"(?<![\d,.])\d{1,3}, $|\d\. $")
_FRAGMENT_AFTER = re.compile(r"^, \d{3}(?!\d)|^\. \d")


# A number hyphenated to a noun that modifies another noun ("two - party basis", "eight-year offer").
_COMPOUND_AFTER = re.compile(r"^\s?[-–]\s?([a-z]+)(?:\s?[-–]\s?[a-z]+)*\s+[a-z]")
_NUMBER_WORD_RE = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                 "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand")
# a number, in digits or in words (round 9: "the five - boat pirate formation", "a three - point play"), hyphenated to a
# noun inside the figure
_COMPOUND_INSIDE = re.compile(r"(?:\d|\b(?:" + _NUMBER_WORD_RE + r"))\s?[-–]\s?([A-Za-z]+)$", re.I)
_FRACTIONS = frozenset({"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"})


def _written_non_count(fig: Figure, text: str, sent: str, before: str, after: str) -> str | None:
    """Return why a figure is no count by the way it is written (a piece of a number, an address, a
    modifier, a ratio, a clock, a record …), else None."""
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
    return None


def _not_a_count(fig: Figure, text: str, sent: str, before: str, after: str, unit: str | None) -> str | None:
    """Return why figure ``fig`` counts nothing (its written form, then what it stands for), else None."""
    bare = fig.text.strip()
    written = _written_non_count(fig, text, sent, before, after)
    if written is not None:
        return written
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


def _sports_measure(unit: str | None, sent: str) -> bool:
    """True when a figure in points or yards is a game tally: its sentence speaks of a game, not of a market or poll."""
    return (unit or "").lower() in _SPORT_UNITS and bool(_SPORT_CONTEXT.search(sent)) and not _MARKET_CONTEXT.search(sent)
