"""Dates and times: TIMEX3 values against the publication date.

Candidates are spaCy's DATE and TIME entities (cut at line breaks, stripped of numbers that
are not times: ages, bare counts) plus the few expressions its NER leaves out but TimeML
annotates: clock times ("16:15 UTC"), temporal adverbs ("now", "recently", "soon") and
weekday/month words it missed. Each candidate's text is normalised by
:func:`hearsay.extract.times._timex.normalise`; a candidate with no TIMEX3 reading is dropped.
The grammatical tense of the clause decides whether a bare weekday or month is the last or
the next one (news past bias; TempEval-3, UzZaman et al. 2013). Rules and measurements are in
``docs/dates.md``.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from hearsay import lexicon
from hearsay.config import Settings
from hearsay.extract.times._timex import (
    MONTHS,
    REFS,
    WEEKDAYS,
    Timex,
    month_day,
    duration,
    duration_parts,
    normalise,
    unknown_value,
)
from hearsay.extract.zones import Zones
from hearsay.model import TimeExpr

# Adverbs and phrases TimeML annotates that spaCy's NER does not tag (see _timex.REFS).
_EXTRA = re.compile(
    r"\b(?:(?:more |most )?recently|currently|nowadays|presently|lately|(?:very )?soon"
    r"|(?:right )?now|the (?:near |distant )?future|this year|(?<=to |nd )(?:19|20)\d\d(?! \w+s\b)"
    r"|(?:this|last|next|in|early|late|the) (?:spring|summer|autumn|winter)|single-day|the near term|in the past|at present|recent (?:years|months|weeks|days)"
    r"|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}(?::\d{2}(?:\s*[ap]\.?m\.?)?|\.\d{2}\s*[ap]\.?m\.?)(?:\s*\(?(?:UTC|GMT|EST|EDT|CET|BST|PST|PDT|ET)(?:\s*[+-]\s*\d+)?\)?)?"
    r"|\d{1,2}\s*[ap]\.m\.|noon|midnight"
    r"|(?:this|last|next) (?:week|weekend|month|year|quarter|morning|afternoon|evening)"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:morning|afternoon|evening|night))?"
    r"|(?:January|February|April|June|July|August|September|October|November|December)(?: \d{1,2}(?:, \d{4})?| \d{4})?"
    r"|(?:mid|early|late)[- ](?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s?\d{1,2}(?:st|nd|rd|th)?"
    r"|(?:Thanksgiving(?: Day)?)"
    r"|(?:annually|yearly|weekly|daily|monthly|quarterly)"
    r"|(?:(?:more|less) than |nearly |almost |about |over )?(?:a |an )?half-(?:century|decade)"  # "more than a half-century of inspiration": P50Y
    # a rate's time unit is a SET: "less than a hundred cars per year", "400,000 units a year", "twice a week"
    r"|per (?:year|month|week|day|hour|annum)(?![\w-])"
    r"|(?:(?<=[a-z]s )|(?<=\d )|(?<=% )|(?<=twice )|(?<=once )|(?<=hundred )|(?<=thousand )|(?<=illion ))a (?:year|month|week|day)(?![\w-]| ago| earlier| later| before| after| or| and)"
    r"|(?:(?<=in )|(?<=for ))(?:just |only |mere )?(?:seconds|minutes|hours|days|weeks|months|years|decades)"
    # a vague amount of a unit spaCy leaves untagged ("many years of peaceful co-operation"): PXY
    r"|(?:many|several|a few|countless) (?:seconds|minutes|hours|days|weeks|months|years|decades)(?! ago| later| earlier| old)"
    # a range of amounts of one unit as a compound adjective spaCy leaves untagged ("a 30-to-60-day
    # bankruptcy process"): one DURATION (issue 15 round 9); never an age ("20-30 years old")
    r"|\d+(?:-to-|[-–])\d+-(?:second|minute|hour|day|week|month|year)(?![\w-]| old)"
    # an offset counted from an event that spaCy leaves untagged ("A day before the announcement");
    # _in_context keeps it relative to the event (issue 15 round 9)
    r"|(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+) (?:hours?|days?|weeks?|months?|years?)"
    r"(?= (?:before|after|prior to|ahead of) (?:the|a|an|his|her|its|their) )"
    r"|that (?:same )?(?:time|day|week|month|year)|the same day"
    r"|(?:late|early) in the (?:day|week|month|year)|(?:later|earlier) in the day"
    r"|(?:[Tt]he )?(?:following|next|previous|prior|preceding) day|[Tt]he day (?:before|after)"
    r"|(?:^|(?<=\n)|(?<=[.!?] ))Now(?=,| )|(?<![Aa]t )(?<=[Ii]n )the past|(?<=[Aa]t )the time(?! of| when| being)"
    r"|(?<=[Aa]t )(?:this (?:time|point|moment)|the moment)(?! of| when| that)"  # "at this point": the present
    r"|(?<=[Aa]t )(?:a later|an earlier) (?:date|time|stage)(?! of| when| that| than)"  # "at a later date"
    r"|(?:[Ee]very|[Ee]ach) (?:morning|afternoon|evening|night)"
    r"|(?<![\d,.])(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|ET|hrs)"
    r"|(?<![\d-])(?:19|20)\d\d[-–/](?:\d\d)(?![\d-])"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\s?[-–]\s?\d{1,2}(?!\d)"
    r"|\d{1,2}\s?[-–]\s?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\b"
)
# a two-year span written "2009-10" or "2009/10": two TIMEX3 points (issue 15), when the second
# part is the following year; "2009-12" (December 2009) is a month and stays one expression
# "May 15-24", "11-13 Dec.": two days of one month, two TIMEX3 points like a year range
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY_RANGE = re.compile(rf"\b(?:({_MONTH_WORD}) (\d{{1,2}})\s?[-–]\s?(\d{{1,2}})(?!\d)|(\d{{1,2}})\s?[-–]\s?(\d{{1,2}}) ({_MONTH_WORD}))")
_YEAR_RANGE = re.compile(r"(?<![\d-])((?:19|20)\d\d)[-–/](\d\d|(?:19|20)\d\d)(?![\d-])")
# what follows a candidate and belongs to it: a clock zone ("1800 GMT"), a part of day ("Friday evening")
_ZONE_AFTER = re.compile(r"\s?(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|ET|hrs)\b")
_UNITS_TIME = re.compile(r"['’] time\b")
_AFTERWARDS = re.compile(r" (?:afterwards?|thereafter)\b")
_PART_AFTER = re.compile(r" (?:morning|afternoon|evening|night)\b")
_DAY_WORD = re.compile(r"(?i)(?:.*\b)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|tomorrow)")
# an offset counted from an event, not from the publication date: "the day before the trial",
# "two weeks after the election" (TimeML anchors these on the event; issue 15)
_EVENT_AFTER = re.compile(r"\s+(before|after|ahead of|following|prior to)\s+((?:the|a|an|his|her|its|their|this|that)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")
_OFFSET = re.compile(r"(?i)(?:the )?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few) )?"
                     r"(?:day|week|month|year|hour|minute)s?")
_NOT_EVENTS = {"year", "month", "week", "day", "end", "start", "beginning", "deadline"} | set(MONTHS) | set(WEEKDAYS)
_UNIT_NAMES = re.compile(r"(?:Seconds|Minutes|Hours|Days|Weeks|Months|Years|Decades)")
# Words TimeML annotates only in one use: "the current crisis", "recent moves" (ADJ; PRESENT_REF,
# PAST_REF), "spring shows signs" (NOUN, not the verb). Checked on the parse, not by pattern alone.
# Bare "later" is left out: TimeML annotates it inconsistently and its value is rarely recoverable.
_POS_WORDS = {"current": "ADJ", "recent": "ADJ",
              "spring": "NOUN", "summer": "NOUN", "autumn": "NOUN", "winter": "NOUN"}
_ANAPHORA = re.compile(r"(?:that|that same|the same) (time|day|week|month|year)|the (time)", re.IGNORECASE)
_NEXT_DAY = re.compile(r"(?:the )?(following|next|previous|prior|preceding) day|the day (before|after)", re.IGNORECASE)
_GRAIN = {"day": 10, "time": 10, "week": 8, "month": 7, "year": 4}
_AGE = re.compile(r"\b(age[ds]?|years? old|-year-old|aged)\b", re.IGNORECASE)
_FUTURE_HEADS = {"expect", "schedule", "set", "plan", "due", "go", "intend", "hope", "aim"}
_NOT_TIME_HEADS = {"age"}
# verbs that put an event on a timetable; in the present passive the event is ahead
# verbs of a timetable whose present simple is about the future (see _futurate)
_FUTURATE_VERBS = {"begin", "start", "open", "reopen", "close", "end", "resume", "expire", "launch", "commence",
                   "conclude", "finish", "arrive", "depart", "leave", "return", "convene", "kick"}
# (the participle, since the lemmatiser reads "slated" as "slat")
_SCHEDULED = {"scheduled", "set", "slated", "planned", "timetabled", "rescheduled"}


def _is_future(span: Span) -> bool:
    """True when the clause governing ``span`` is about the future ("will", "is due to", "next")."""
    if re.match(r"(?i)(next|coming|upcoming|following)\b", span.text):
        return True
    tok = _governor(span)
    for child in tok.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in ("will", "'ll", "shall", "wo"):
            return True  # "will open", and the future perfect "will have closed by March"
        if child.dep_ in ("aux", "auxpass") and child.lower_ in ("would", "should", "could", "may", "might", "must"):
            return not any(c.lower_ == "have" for c in tok.children)  # "would have opened in May" is past
    if _future_time_clause(tok):
        return True  # "rubles would be infused when they opened on Friday": the when-clause shares the main tense
    if tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re") for c in tok.children):
        return True  # present progressive with a time is a plan: "is holding elections in May" (TimeML tense rules)
    head = span.root.head
    if head.lower_ in ("until", "till", "by", "before") and not _past_form(head.head):
        return True  # "closed until Friday" is still closed; "had been closed until Friday" is over
    if tok.tag_ == "VB" and tok.head is not tok and _future_head(tok.head):
        return True
    if _infinitive(tok) and any(c.lower_ == "to" for c in tok.children) and (tok.head.lemma_ == "be" or _future_head(tok.head)):
        return True  # "is due to open in May", and the passive "are due to be held in May"
    if tok.tag_ == "VBN" and tok.lower_ in _SCHEDULED and any(
            c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re", "be", "been") for c in tok.children):
        return True  # a timetable in the present: "the vote is set for Tuesday", "has been scheduled for May"
    if any(c.dep_ in ("acomp", "oprd") and c.lower_ in ("due", "scheduled", "slated", "poised") for c in tok.children):
        return True  # "elections are due in May"
    if _futurate(tok):
        return True  # "talks resume in September", "the law takes effect in January"
    return tok.lemma_ in ("due", "scheduled", "upcoming")


# subordinators of a time clause, whose verb takes its tense from the main clause ("will decide once
# the board meets", "would be infused when they opened": English backshifts or keeps the present there)
_TIME_CLAUSE = {"when", "once", "after", "before", "until", "till", "whenever"}


def _future_time_clause(tok: Token) -> bool:
    """True for the verb of a time clause under a future or future-in-the-past main verb.

    A time clause never takes "will" itself: "when they opened on Friday" under "would be infused"
    (reported future) and "once the board meets on Tuesday" under "will decide" are ahead of the
    time of speaking, though their own verb is past or present (sequence of tenses).
    """
    if tok.dep_ not in ("advcl", "ccomp") or tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.head is tok:
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_CLAUSE and c.i < tok.i for c in tok.children):
        return False
    main = tok.head
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "'ll", "shall", "wo", "would") for c in main.children) \
        and not any(c.lower_ == "have" for c in main.children)


# nouns of a state of affairs rather than a dated event: "today's economy" is the present era
_ERA_NOUNS = {"economy", "world", "society", "market", "marketplace", "climate", "environment", "age", "era",
              "generation", "youth", "culture", "technology", "standard", "term", "dollar", "money", "price",
              "industry", "business", "politics", "media", "workplace", "workforce", "consumer", "life"}


def _generic_today(span: Span) -> bool:
    """True for "today" as a possessive of the present era: "today's economy", "today's GM".

    TimeML 1.2.1 gives "today" in its "nowadays" sense the value ``PRESENT_REF`` (MEANTIME does
    too: "an exciting time at today's GM"); "today's plan", "today's trading" stay the day.
    """
    tok = span.root
    if tok.lower_ != "today" or tok.dep_ != "poss" or tok.head is tok:
        return False
    noun = tok.head
    return noun.pos_ == "PROPN" or noun.lemma_.lower() in _ERA_NOUNS or noun.lower_ in _ERA_NOUNS


def _forms(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing"}


# the inflected forms too: the lemmatiser reads "hopes" as "hop"
_FUTURE_HEAD_FORMS = {f for h in _FUTURE_HEADS for f in _forms(h)}
# verbs of wanting and promising: the wanted thing is ahead of a present-tense want ("wants to visit in May")
_WANT_FORMS = {f for h in ("want", "seek", "vow", "pledge", "promise", "threaten", "propose") for f in _forms(h)}


def _future_head(tok: Token) -> bool:
    """True for a verb whose infinitive complement is ahead ("plans to", "hopes to", "wants to")."""
    if tok.lemma_ in _FUTURE_HEADS or tok.lower_ in _FUTURE_HEAD_FORMS:
        return True
    return tok.lower_ in _WANT_FORMS and (tok.tag_ in ("VBZ", "VBP", "VBG") or tok.tag_ == "VB" and not any(
        c.lower_ in ("did", "would", "could", "might") for c in tok.children))


def _futurate(tok: Token) -> bool:
    """True for the present simple of a timetabled event in a full sentence ("the tournament starts on Friday").

    English puts a scheduled start, stop or arrival in the present simple with a future time (the
    "futurate" present), so such a clause dates a bare month or weekday ahead. Only the verbs of
    starting, stopping and travelling, and "take effect", "come into force", "go into effect":
    other present simples are habits or reports ("rises in January", "says"). A line without final
    punctuation is a headline, whose present tells past news ("EADS defeats Boeing"): not counted.
    """
    if tok.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return False
    lemma = tok.lemma_.lower()
    if lemma in ("take", "come", "go"):
        if not any(t.lower_ in ("effect", "force", "live", "sale") for t in tok.subtree if t.i > tok.i):
            return False
    elif lemma not in _FUTURATE_VERBS:
        return False
    last = tok.sent[-1]
    return last.text in (".", "!", "?") or last.is_quote and len(tok.sent) > 1 and tok.sent[-2].text in (".", "!", "?")


def _infinitive(tok: Token) -> bool:
    """True for a bare infinitive ("to open") or a passive one ("to be held")."""
    return tok.tag_ == "VB" or tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in tok.children)


def _is_past(span: Span) -> bool:
    """True when the clause governing ``span`` is in the past tense ("rose", "has risen")."""
    tok: Token = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    return tok.tag_ == "VBD" or tok.tag_ == "VBN" and any(c.lower_ in ("has", "have", "had", "was", "were") for c in tok.children)


def _past_form(tok: Token) -> bool:
    """True for a finished past verb: "closed" (VBD), "had been closed", "were closed" (not "has been closed")."""
    return tok.tag_ == "VBD" or tok.tag_ == "VBN" and any(c.lower_ in ("had", "was", "were", "'d") for c in tok.children)


def _governor(span: Span) -> Token:
    """Return the verb whose tense dates ``span``.

    The parser often hangs a time that follows a reporting verb on the reported clause ("Officials
    said Monday the plant would close": "Monday" under "close"). A time that stands before the
    subject of the clause it hangs on, right after a finite verb of the clause above, belongs to that
    verb (the saying was on Monday; the closing is later): its tense decides, not the clause's.
    """
    tok: Token = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            break
        if tok.head is tok:
            break
        tok = tok.head
    if tok.dep_ in ("ccomp", "parataxis") and tok.head.i < span.start:
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if subjects and span.end <= subjects[0].left_edge.i and tok.head.tag_ in ("VBD", "VBZ", "VBP"):
            between = tok.doc[tok.head.i + 1:span.start]
            if not any(t.lower_ in ("that", "whether", "if") or t.pos_ in ("VERB", "AUX") for t in between):
                return tok.head
    return tok


_QUARTER = re.compile(r"(?i)\b(?:(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[ -](?:quarter|half)|q[1-4]|h[12])\b")


def _split_lines(full: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut ``start..end`` at line breaks (a dateline and a headline are never one expression)."""
    pieces, pos = [], start
    for part in full[start:end].split("\n"):
        s, e = pos, pos + len(part)
        pos = e + 1
        while s < e and full[s].isspace():
            s += 1
        while e > s and full[e - 1].isspace():
            e -= 1
        if e > s:
            pieces.append((s, e))
    return pieces


_AS_SIGNAL = re.compile(r"(?i)(?:as )?(?:early|late|soon|recently|long ago|far back) as (?=\S)")
# "soon"/"recently" inside such a signal ("as soon as he arrives") is a conjunction, not a time
_IN_AS_SIGNAL = re.compile(r"(?i)(?:^|(?<=\W))as $")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading amount that is not part of the time ("15 a year" -> "a year") and punctuation."""
    s = text[start:end]
    # "CA$19 per hour", "US$300 to 350 million a year": a currency code and a scale word belong to the amount
    m = re.match(r"^(?:[A-Z]{0,3}[$£€¥])?[\d.,]+(?: (?:to|-) [\d.,]+)?(?: (?:hundred|thousand|million|billion|trillion))? "
                 r"(?=(a|an|per|every|each) )", s)
    if m:
        start += m.end()
    m = re.match(r"^(on|in|at(?! least | most )|from|since|by|for|during|until|of) ", text[start:end], re.IGNORECASE)
    if m:
        start += m.end()
    # "as early as March", "as late as 2005", "as soon as next week": a comparative signal, not
    # part of the TIMEX3 (TimeML keeps signals out of the extent); spaCy often starts the span
    # inside it ("early as a year ago")
    m = _AS_SIGNAL.match(text, start, end)
    if m:
        start = m.end()
    # a focusing adverb before an amount ("just six weeks", "only two days") is not a TimeML
    # modifier (unlike "about", "nearly"): the expression starts at the amount
    m = re.match(r"^(just|only|barely|a mere) (?=\d|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                 r"eleven|twelve|a few|few|several|hours|days|weeks|months|years)\b)", text[start:end], re.IGNORECASE)
    if m:
        start += m.end()
    if re.search(r"\S['’]s\Z", text[start:end]):
        end -= 2  # a possessive ("last year's authorizing language"): the 's is no part of the time
    while end > start and text[end - 1] in ",.;:'’\"”(":
        if text[end - 1] == "." and re.search(r"(a\.m|p\.m|[A-Z][a-z]{1,3})\.$", text[start:end]):
            break
        end -= 1
    return start, end


def _rejected(text: str, full: str, start: int, end: int) -> bool:
    """True for spaCy DATE spans that are not times: ages, bare numbers, fractions."""
    if re.fullmatch(r"[\d.,]+", text) and not re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", text):
        return True
    window = full[max(0, start - 12):min(len(full), end + 10)]
    if _AGE.search(text) or re.search(r"(aged|age of) *$", full[max(0, start - 12):start], re.IGNORECASE):
        return True
    if re.match(r"-year-old|-years-old| years? old", full[end:end + 11]):
        return True
    if re.fullmatch(r"(about |nearly |almost |some )?(a|one|two|three) (quarters?|halves|half)", text.lower()) and "of" in window[-10:]:
        return True
    return False


def _candidates(doc: Doc) -> list[tuple[int, int]]:
    full = doc.text  # Doc.text joins every token on each call: read it once
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        first = ent[0]
        start_char = ent.start_char
        verb = _verb_lead(ent)
        if verb:  # "may last months", "will last two weeks": the modal's verb is no part of the time
            start_char = ent[verb].idx
        prev = doc[first.i - 1] if first.i > 0 else None
        if verb:
            pass
        elif prev is not None and prev.lower_ in ("this", "last", "next", "that", "the", "early", "late") and prev.head in ent:
            start_char = prev.idx
        elif prev is not None and prev.lower_ in ("every", "each") and (prev.head in ent or prev.head.i == ent.end):
            start_char = prev.idx  # "every Monday", "every Sunday morning" (a SET)
        elif prev is not None and prev.lower_ in _APPROX and (prev.head in ent or ent.root.head == prev) \
                and _POINT.fullmatch(ent.text):
            start_char = prev.idx  # "around 2020": TimeML keeps the approximator in the extent (mod APPROX)
        whole = _PART_OF.search(full, max(0, start_char - 30), start_char)
        if whole is not None and not re.match(r"(?i)(?:the )?(?:very )?(?:end|beginning|start|middle|close) of ", ent.text):
            start_char = whole.start()  # "the end of the current financial quarter": one TIMEX3, mod END
        every = _EVERY_WEEKDAY.search(full, max(0, start_char - 16), start_char)
        if every is not None and ent.text.lower() in ("morning", "afternoon", "evening", "night"):
            start_char = every.start()  # "Every Friday night": spaCy tags "night" alone; the SET is the whole
        within = _WITHIN.search(full, max(0, start_char - 24), start_char)
        if within is not None and _UNIT_THE.match(full, start_char, ent.end_char):
            start_char = within.start()  # "late in the day": one TIMEX3
        end_char = ent.end_char
        zone = _ZONE_AFTER.match(full, end_char)
        if zone is not None and re.fullmatch(r"\d{4}|\d{1,2}[:.]\d{2}", ent.text):
            end_char = zone.end()  # "1800 GMT" is a clock time, not the year 1800
        own_time = _UNITS_TIME.match(full, end_char - 1) if full[end_char - 1:end_char] in ("'", "’") else _UNITS_TIME.match(full, end_char)
        if own_time is not None and _OFFSET.fullmatch(full[ent.start_char:end_char].rstrip("'’")) and ent.text.rstrip("'’").endswith("s"):
            end_char = own_time.end()  # "in two years' time": the measure phrase is one TIMEX3
        after = _AFTERWARDS.match(full, end_char)
        if after is not None and _OFFSET.fullmatch(ent.text):
            end_char = after.end()  # "three years afterwards": an anaphoric offset like "three years later"
        part = _PART_AFTER.match(full, end_char)
        if part is not None and _DAY_WORD.fullmatch(full[ent.start_char:end_char]):
            end_char = part.end()  # "Friday evening" is one TIME
        if _UNIT_NAMES.fullmatch(ent.text) and first.i > 0 and doc[first.i - 1].is_title and doc[first.i - 1].pos_ == "PROPN":
            continue  # a surname ("Tom Weeks"), never a duration
        if _UNIT_NAMES.fullmatch(ent.text) and _speaker(first):
            continue  # the surname alone as the one who speaks: "Weeks said ...", "..., Weeks added"
        for s, e in _split_lines(full, start_char, end_char):
            s, e = _trim(full, s, e)
            s = _modifier_start(doc, full, s, e)
            if e > s and not _rejected(full[s:e], full, s, e):
                spans.append((s, e))
    taken = sorted(spans)
    for m in _EXTRA.finditer(full):
        s, e = m.start(), m.end()
        if any(a < e and s < b for a, b in taken):
            continue
        word = m.group(0).lower()
        if word == "now" and re.match(r"\s+that\b", full[e:e + 6]):
            continue
        if word.startswith("that ") and re.match(r" (?:zero|one|two|three|four|five|\d+)\b", full[e:e + 7]):
            continue  # "that day one motions": a unit and a number name a stage ("day one"), not "that day"
        if word in ("soon", "recently") and _IN_AS_SIGNAL.search(full[max(0, s - 4):s]) and full[e:e + 4] == " as ":
            continue
        if word in REFS and _is_noun_modifier(full, s, e):
            continue
        spans.append((s, e))
        taken.append((s, e))
    for tok in doc:
        if _bare_unit_conjunct(tok, full, taken):
            spans.append((tok.idx, tok.idx + len(tok.text)))
            taken.append(spans[-1])
            continue
        pos = _POS_WORDS.get(tok.lower_)
        if pos is None or tok.pos_ != pos or tok.ent_type_ in ("DATE", "TIME"):
            continue
        if pos == "ADJ" and any(c.lower_ in ("most", "more") for c in tok.children):
            continue  # "their most recent iPhone model": the latest in an order, not a time (round 9)
        s, e = tok.idx, tok.idx + len(tok.text)
        if not any(a < e and s < b for a, b in taken) and not _is_noun_modifier(full, s, e):
            spans.append((s, e))
    return _clock_then_day(full, [_named_day(doc, full, s, e) for s, e in sorted(set(spans))])


def _verb_lead(ent: Span) -> int:
    """Return how many leading tokens of a spaCy time span are a verb group, not the time (0: none).

    A modal always governs the verb after it, whatever the tagger calls that word: "that may last
    months" (one span with the modal), "it will last two weeks" ("last" read as "last two weeks",
    a past stretch). Issue 15 round 9 (round 7's leftover "may last months").
    """
    if ent[0].tag_ == "MD" and len(ent) > 2:
        return 2
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (before.tag_ == "MD" or (before.lower_ == "to" and before.pos_ == "PART")) \
            and ent[0].lower_ == "last" and len(ent) > 1 and ent[-1].lower_.endswith("s"):
        return 1
    return 0


_BARE_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}


def _bare_unit(tok: Token) -> bool:
    """True for a plural unit noun with no determiner, number or modifier of its own ("months")."""
    return tok.lower_ in _BARE_UNITS and tok.pos_ == "NOUN" and not any(
        c.dep_ in ("det", "nummod", "amod", "quantmod", "compound", "poss") for c in tok.children)


def _bare_unit_conjunct(tok: Token, full: str, taken: list[tuple[int, int]]) -> bool:
    """True for "months" in "years, not months", "weeks or months": a bare plural unit coordinated
    with (or set against) a bare plural unit that is already a time is a DURATION too (issue 15 round 9).
    """
    if tok.dep_ not in ("conj", "appos") or not _bare_unit(tok) or not _bare_unit(tok.head):
        return False
    s, e = tok.idx, tok.idx + len(tok.text)
    if any(a < e and s < b for a, b in taken):
        return False
    h = tok.head
    return (h.idx, h.idx + len(h.text)) in taken


def _named_day(doc: Doc, full: str, start: int, end: int) -> tuple[int, int]:
    """Widen a weekday named by a capitalised compound ("Black Monday", "Super Tuesday") to the name.

    Such a day is a proper name, not the latest Monday: TimeML (and MEANTIME) annotate the whole
    name; its date is not recoverable from the calendar, so it stays unresolved (``named-day``).
    """
    if not _BARE_DAY.fullmatch(full[start:end]) or not full[start].isupper():
        return start, end
    span = _tokens_span(doc, start, end)
    if span is None or span.start == 0:
        return start, end
    prev = doc[span.start - 1]
    if prev.dep_ == "compound" and prev.head == span.root and prev.pos_ == "PROPN" and prev.is_title \
            and prev.lower_ not in MONTHS and not prev.is_sent_start:
        return prev.idx, end
    return start, end


_CLOCK = re.compile(r"(?i)\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:UTC|GMT|EST|EDT|CET|BST|PST|PDT|ET)\)?)?|noon|midnight")
_BARE_DAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tomorrow")


def _clock_then_day(full: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a clock time and the day right after it: "at 12:00 UTC Monday" is one TIME (TimeML, MEANTIME)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and full[out[-1][1]:s] == " " and _CLOCK.fullmatch(full[out[-1][0]:out[-1][1]]) and _BARE_DAY.fullmatch(full[s:e]):
            out[-1] = (out[-1][0], e)
            continue
        out.append((s, e))
    return out


# what stands before a definite unit inside its TIMEX3: "late in the day" (MEANTIME's extent too;
# "the remainder of the week" is annotated "the week" there, so "the rest of" stays out)
_WITHIN = re.compile(r"(?i)\b(?:late|early|later|earlier) in \Z")
_WEEKDAY_OF_MONTH = re.compile(r"(?i)((?:mon|tues|wednes|thurs|fri|satur|sun)day) of (january|february|march|april|may|june|"
                               r"july|august|september|october|november|december)")
_EVERY_WEEKDAY = re.compile(r"(?i)\b(?:every|each) (?:mon|tues|wednes|thurs|fri|satur|sun)day \Z")
# nouns of published figures: a bare month modifying one names the period the figures cover,
# which is over before they come out ("an announcement Friday of August unemployment data")
_REPORT_NOUNS = {"data", "figures", "figure", "numbers", "statistics", "sales", "results", "report", "reports",
                 "payrolls", "earnings", "output"}
_UNIT_THE = re.compile(r"(?i)the (?:day|week|month|year)\Z")
# approximators TimeML keeps in a point's extent ("around 2020": mod APPROX); a point is a year, a
# month or a day written out (a duration's "about two years" is spaCy's own span already)
_APPROX = {"around", "about", "approximately", "roughly", "circa", "nearly", "almost"}
_POINT = re.compile(r"(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                    r"(?: \d{1,2}(?:st|nd|rd|th)?)?(?:,? (?:19|20)\d\d)?")
# a part of a period written before spaCy's span of it: "the end of | the current quarter"
_PART_OF = re.compile(r"(?i)\b(?:the )?(?:very )?(?:end|beginning|start|middle|close) of \Z")


def _modifier_start(doc: Doc, full: str, start: int, end: int) -> int:
    """Return ``start`` past a determiner that belongs to the noun a duration modifies.

    In "the eleven year partnership" the article determines "partnership"; the TIMEX3 is "eleven
    year" (TimeML: the extent is the time expression, not the noun phrase it modifies). spaCy's
    DATE span takes the determiner along when the unit word is a compound or adjective of a noun
    after the span.
    """
    m = re.match(r"the (?=\S)", full[start:end], re.IGNORECASE)
    if m is None:
        return start
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return start
    last = span[-1]
    if last.dep_ in ("compound", "amod", "nmod") and last.head.idx >= end and last.head.pos_ in ("NOUN", "PROPN"):
        return start + m.end()
    return start


def _reported_period(doc: Doc, start: int, end: int) -> bool:
    """True for a month that modifies a noun of published figures ("August unemployment data")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(3):  # through a chain of noun modifiers: "June payrolls data"
        if tok.dep_ not in ("compound", "nmod", "amod") or tok.head is tok:
            return False
        tok = tok.head
        if tok.lower_ in _REPORT_NOUNS:
            return True
    return False


def _speaker(tok: Token) -> bool:
    """True for a bare word ("Weeks": no determiner, number or modifier) that is the subject of a verb of saying.

    A span of time does not say, write or deny anything, so such a subject is a name. The verbs are
    the statement finder's cue lexicon (speech, writing and position verbs, ``lexicon/cues.tsv``).
    """
    return (tok.dep_ == "nsubj" and not any(True for _ in tok.children)
            and tok.head.lemma_.lower() in _speech_verbs())


@functools.lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return frozenset(r["lemma"] for r in lexicon.load("cues.tsv")
                     if r["pos"] == "verb" and r["kind"] in ("speech", "writing", "position"))


def _is_noun_modifier(full: str, start: int, end: int) -> bool:
    """"Soon-to-be", "the now-defunct": an adverb fused into a compound is not a timex."""
    return end < len(full) and full[end] == "-"


def _tokens_span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def find_times(doc: Doc, anchor: date | None, zones: Zones, settings: Settings) -> list[TimeExpr]:
    """Return the date and time expressions of ``doc`` normalised to TIMEX3.

    Args:
        doc: the parsed article.
        anchor: the publication date relative values resolve against; ``None`` keeps them
            underspecified ("XXXX-01").
        zones: page furniture; times in biographies, credits and residue are skipped.
        settings: unused for now (kept for the extractor signature).

    Returns:
        TimeExpr records in text order with ids ``t1``, ``t2``, ...
    """
    out: list[TimeExpr] = []
    placed: list[tuple[TimeExpr, int]] = []  # each expression with its sentence number
    full = doc.text
    starts = [sent.start_char for sent in doc.sents] if doc.has_annotation("DEP") else [0]
    anchor_iso = anchor.isoformat() if anchor else None
    for start, end in _candidates(doc):
        if not zones.is_story(start, end):
            continue
        placed.extend((t, bisect_right(starts, t.start) - 1) for t in out[len(placed):])
        years = _year_range(full, start, end) or _day_range(full, start, end, anchor)
        if years:  # "the 2009-10 season": two points, each its own TIMEX3
            for s, e, value in years:
                out.append(TimeExpr(id=f"t{len(out) + 1}", text=full[s:e], start=s, end=e, type="DATE", value=value,
                                    anchor=anchor_iso, rule="year-range-split"))
            continue
        same = _same_period(full[start:end], out)
        if same is not None:  # "the same period last year": the period just reported, one year back
            out.append(TimeExpr(id=f"t{len(out) + 1}", text=full[start:end], start=start, end=end, type="DATE",
                                value=same, anchor=anchor_iso, rule="same-period"))
            continue
        span = _tokens_span(doc, start, end)
        future = _is_future(span) if span is not None else False
        if not future and span is not None and _QUARTER.search(span.text) and not _is_past(span):
            future = True  # "closures during the fourth quarter": a later quarter is this year's unless told past
        parts, cut = _split_parts(full, start, end)
        for i, (s, e) in enumerate(parts):
            p_span, p_future = span, future
            if cut:  # a part cut from a run-on span has its own clause ("until Friday" of a headline)
                p_span = _tokens_span(doc, s, e) or span
                p_future = _is_future(p_span) if p_span is not None else future
            timex = normalise(full[s:e], anchor, p_future)
            if timex is None and re.fullmatch(r"[\d.,]+|[a-z]+(?:-[a-z]+)?", full[s:e]) and i + 1 < len(parts):
                # "between 60 and 90 days": the first number takes the unit of the second
                unit = re.search(r"\s(\w+)$", full[parts[i + 1][0]:parts[i + 1][1]])
                timex = normalise(f"{full[s:e]} {unit.group(1)}", anchor, p_future) if unit else None
                timex = timex if timex is not None and timex.type == "DURATION" else None
            if timex is None or timex.rule == "next-day":
                timex = _antecedent(full[s:e], out) or timex
            if timex is None:
                continue
            if timex.rule == "month" and p_future and anchor is not None and _reported_period(doc, s, e):
                timex = normalise(full[s:e], anchor, False) or timex
            if timex.rule in ("month-day", "day-month", "holiday") and anchor is not None and p_span is not None and not p_future:
                timex = _past_day(timex, anchor, p_span)
            timex, used_anchor = _in_context(full, s, e, timex, anchor_iso)
            if timex.rule == "deictic" and p_span is not None and _generic_today(p_span):
                timex, used_anchor = Timex("DATE", "PRESENT_REF", None, "today-generic"), None
            sent = bisect_right(starts, s) - 1
            if anchor is not None and p_span is not None:
                timex, used_anchor = _narrative(full[s:e], timex, used_anchor, sent, placed, p_span, p_future)
            out.append(
                TimeExpr(
                    id=f"t{len(out) + 1}", text=full[s:e], start=s, end=e, type=timex.type,  # type: ignore[arg-type]
                    value=timex.value, mod=timex.mod, anchor=used_anchor, rule=timex.rule,
                )
            )
            placed.append((out[-1], sent))
    placed.extend((t, bisect_right(starts, t.start) - 1) for t in out[len(placed):])
    return _clock_days(placed) if anchor is not None else out


def _past_day(timex: Timex, anchor: date, span: Span) -> Timex:
    """Return a bare "June 24" of a past clause ("was killed on June 24") on or before the anchor.

    Untensed, a day and month is the nearest such day; the tense of the clause decides the side
    (TimeML): a finished event reported on 3 May 2007 was not on 24 June 2007.
    """
    if not _DAY_VALUE.fullmatch(timex.value):  # "February 30" stays underspecified
        return timex
    day = date.fromisoformat(timex.value)
    if day <= anchor + timedelta(days=1) or not _past_form(_governor(span)):
        return timex  # "has been scheduled for June 3" is a present perfect: the hearing is ahead
    return Timex(timex.type, month_day(anchor, day.month, day.day, False, past=True), timex.mod, timex.rule + "+past")


# Reference time (issue 15, round 2). News resolves relative dates against the publication date,
# but once the narrative names another date the reader counts from that one (Reichenbach's
# reference time; HeidelTime's "narrative" resolution). Explicit dates are the ones written out in
# full, never computed from the publication date:
_EXPLICIT_DAY = {"month-day-year", "day-month-year", "iso", "numeric", "weekday-date"}
_EXPLICIT_YEAR = _EXPLICIT_DAY | {"year", "month-year", "quarter-year", "season-year", "fiscal-year"}
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UNIT_GRAIN = {"day": 10, "week": 10, "month": 7, "year": 4}
_GRAIN_VALUE = {10: _DAY_VALUE, 7: re.compile(r"\d{4}-\d{2}(?![\d])|\d{4}-\d{2}-"), 4: re.compile(r"\d{4}(?![\d])")}


def _narrative(text: str, timex: Timex, used: str | None, sent: int, placed: list[tuple[TimeExpr, int]],
               span: Span, future: bool) -> tuple[Timex, str | None]:
    """Return ``timex`` resolved against the narrative's reference time when the text has moved on.

    - "the day", "the year", "the end of the week" (a definite unit with no deictic word) name the
      period the story is in: the latest earlier date at that grain ("Stocks fell on Monday ... to
      end the day at 7,114": Monday), not the publication date. A future clause keeps the
      publication date ("will report by the end of the year").
    - a bare weekday in a sentence whose own or previous sentence names an explicit full date more
      than a week before publication counts from that date ("On 12 March 2003 troops crossed the
      border. On Friday they reached Basra.": the Friday after 12 March; "had ... on Friday", the
      past perfect, the Friday before it). Within the last week the publication date already gives
      the weekday a reader means.
    - a bare month in a past clause of a sentence that names an explicit other year counts in that
      year ("Sales fell in March 2005 and again in June": June 2005).
    """
    rule = timex.rule
    if rule.startswith("the-unit") and not future:
        unit = re.search(r"\b(day|week|month|year)\b", text.lower())  # "the weekend" is the latest one: kept
        if unit is not None:
            grain = _UNIT_GRAIN[unit.group(1)]
            for t, _ in reversed(placed):
                if t.type in ("DATE", "TIME") and not t.rule.startswith("event-anchored") and _GRAIN_VALUE[grain].match(t.value):
                    ref = t.value[:10] if grain == 10 else t.value[:grain]
                    return _against(text, timex, ref, future) or timex, used
    if rule == "ago" and re.search(r"(?i)\b(later|earlier|before|after|afterwards?|thereafter)$", text):
        # "three days later", "two years earlier" count from the time just narrated (anaphoric),
        # unlike "ago" and "from now", which count from the moment of writing (deictic)
        unit = re.search(r"(?i)\b(day|week|month|year)s?\b", text)
        grain = _UNIT_GRAIN[unit.group(1).lower()] if unit else 10
        for t, _ in reversed(placed):
            if t.type in ("DATE", "TIME") and not t.rule.startswith(("event-anchored", "ago")) and _GRAIN_VALUE[grain].match(t.value):
                ref = t.value[:10] if grain == 10 else t.value[:grain]
                if ref != (used or "")[:len(ref)]:
                    found = _against(text, timex, ref, future)
                    if found is not None:
                        return found, ref if len(ref) == 10 else used
                break
        else:
            if re.search(r"(?i)\b(later|after|afterwards?|thereafter)$", text) and _is_past(span):
                # "A year later, the plant closed." with no earlier date: counted from a time the
                # text never gives, in a past clause, so before the publication date, not after it
                return Timex("DATE", "PAST_REF", None, "ago-unanchored"), None
    if rule == "ago-vague" and re.search(r"(?i)\b(later|after|afterwards?|thereafter)$", text) and _is_past(span):
        return Timex("DATE", "PAST_REF", None, "ago-unanchored"), None  # "Weeks later, the company collapsed."
    if rule == "weekday" and not re.match(r"(?i)(last|next|this|past|coming) ", text) and used is not None:
        for t, where in reversed(placed):
            if where < sent - 1:
                break
            if t.rule in _EXPLICIT_DAY and _DAY_VALUE.match(t.value):
                day = date.fromisoformat(t.value[:10])
                if (date.fromisoformat(used) - day).days > 7:
                    perfect = any(c.lower_ in ("had", "'d") for c in _governor(span).children)
                    found = normalise(text, day, not perfect)
                    if found is not None:
                        return Timex(found.type, found.value, found.mod, found.rule + "+reference"), day.isoformat()
                break
    if rule == "month" and used is not None and not future and re.fullmatch(r"(?i)[a-z]+\.?", text) and _is_past(span):
        for t, where in reversed(placed):
            if where < sent:
                break
            if t.rule in _EXPLICIT_YEAR and re.match(r"(?:FY)?\d{4}", t.value):
                year = int(re.sub(r"^FY", "", t.value)[:4])
                if year != int(used[:4]):
                    month = normalise(text, date(year, 12, 31))
                    if month is not None:
                        return Timex(month.type, month.value, month.mod, month.rule + "+reference"), f"{year:04d}-12-31"
                break
    return timex, used


def _against(text: str, timex: Timex, ref: str, future: bool) -> Timex | None:
    """Re-read ``text`` against the reference value ``ref`` ("2005", "2009-02", "2009-02-23")."""
    y, m, d = int(ref[:4]), int(ref[5:7] or 12) if len(ref) >= 7 else 12, int(ref[8:10]) if len(ref) >= 10 else 28
    if len(ref) < 10 and re.search(r"(?i)\b(day|week)", text):
        return None
    found = normalise(text, date(y, m, d), future)
    if found is None:
        return None
    return Timex(found.type, found.value, found.mod, found.rule + "+reference")


def _clock_days(placed: list[tuple[TimeExpr, int]]) -> list[TimeExpr]:
    """Give a clock time without a day the day named in its sentence ("at 16:15 UTC, June 1st")."""
    fixed = []
    for t, sent in placed:
        if t.rule == "clock" and t.type == "TIME":
            days = [d for d, where in placed if where == sent and d is not t and d.type == "DATE"
                    and _DAY_VALUE.fullmatch(d.value) and d.rule != "deictic"]
            if days:
                near = min(days, key=lambda d: abs(d.start - t.start))
                t = replace(t, value=near.value + t.value[10:], anchor=near.value, rule="clock+reference")
        fixed.append(t)
    return fixed


_SAME_PERIOD = re.compile(r"(?i)(?:the )?same (?:period|quarter|month|week|time) (?:of |in )?(?:last year|the previous year|"
                          r"the prior year|(?:a|one) year (?:earlier|ago|before))")


def _same_period(text: str, earlier: list[TimeExpr]) -> str | None:
    """Return the value of "the same period last year": the latest earlier month, quarter or week, a year back."""
    if not _SAME_PERIOD.fullmatch(text):
        return None
    for t in reversed(earlier):
        m = re.fullmatch(r"(\d{4})(-(?:\d{2}|Q[1-4]|H[12]|W\d{2}))", t.value)
        if t.type == "DATE" and m:
            return f"{int(m.group(1)) - 1:04d}{m.group(2)}"
    return None


def _day_range(full: str, start: int, end: int, anchor: date | None) -> list[tuple[int, int, str]]:
    """Return the two day points of "May 15-24" / "11-13 Dec." inside ``start..end``, else ``[]``."""
    m = _DAY_RANGE.search(full, start, end)
    if m is None:
        return []
    if m.group(1):
        month, first, second = m.group(1), (m.start(1), m.end(2)), (m.start(3), m.end(3))
        days = int(m.group(2)), int(m.group(3))
    else:
        month, first, second = m.group(6), (m.start(4), m.end(4)), (m.start(5), m.end(6))
        days = int(m.group(4)), int(m.group(5))
    if not 1 <= days[0] < days[1] <= 31:
        return []
    out = []
    for (s, e), day in zip((first, second), days, strict=True):
        timex = normalise(f"{month.rstrip('.')} {day}", anchor)
        if timex is None:
            return []
        out.append((s, e, timex.value))
    return out


def _year_range(full: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Return the two year points of "2009-10" / "2009/2010" inside ``start..end``, else ``[]``."""
    m = _YEAR_RANGE.search(full, start, end)
    if m is None:
        return []
    first = int(m.group(1))
    second = int(m.group(2)) if len(m.group(2)) == 4 else first // 100 * 100 + int(m.group(2))
    if len(m.group(2)) == 2 and int(m.group(2)) <= 12 and second != first + 1:
        return []  # "2009-03" is March 2009
    if not first < second <= first + 20:
        return []
    return [(m.start(1), m.end(1), f"{first:04d}"), (m.start(2), m.end(2), f"{second:04d}")]


def _in_context(full: str, start: int, end: int, timex: Timex, anchor_iso: str | None) -> tuple[Timex, str | None]:
    """Return ``timex`` corrected by the words around it, and the anchor it was resolved against.

    - "over the next decade", "for the coming year": a stretch of time, so a DURATION (P10Y);
    - "a week earlier than expected": the offset compares with an expected time, so P1W;
    - "400,000 units a year", "5% a year", "twice a week": the time unit of a rate recurs, so a SET;
    - "the day before the trial", "two weeks after the election": counted from an event, so the
      value stays relative ("XXXX-XX-XX", "P2W") and the event is recorded in ``rule``
      ("event-anchored:the trial"); no publication-date anchor is claimed (TimeML anchors these
      on the event, not the document time; issue 15).
    """
    text = full[start:end]
    before = full[max(0, start - 16):start].lower()
    m = re.fullmatch(r"(?i)the (?:next|coming|following) (week|month|year|quarter|decade|century)", text)
    if m and re.search(r"\b(?:over|for|during|within|throughout)\s+$", before):
        return Timex("DURATION", duration(1, m.group(1).lower()), None, "over-next-unit"), anchor_iso
    m = re.fullmatch(r"(?i)(.+) (?:earlier|later|sooner)", text)
    if m and re.match(r"\s+than\b", full[end:end + 6]):
        parts = duration_parts(m.group(1).lower())
        if parts is not None:
            return Timex("DURATION", duration(parts[0], parts[1]), parts[2], "offset-than"), anchor_iso
    m = re.fullmatch(r"(?i)an? (year|month|week|day|hour)", text)
    if m and re.search(r"(?:[a-z]s|\d|%|twice|once|times|hundred|thousand|illion)\s+$", before) \
            and not re.match(r"\s+(?:ago|earlier|later|before|after)\b", full[end:end + 9]):
        # the time unit of a rate ("400,000 units a year", "5% a year", "per day") recurs: a SET
        return Timex("SET", duration(1, m.group(1).lower()), None, "rate"), None
    event = _EVENT_AFTER.match(full, end)
    if event is not None and _OFFSET.fullmatch(text) and event.group(2).split()[-1].lower() not in _NOT_EVENTS:
        rule = f"event-anchored:{event.group(2)}"
        if timex.type == "DURATION":
            return Timex("DURATION", timex.value, timex.mod, rule), None
        unit = re.search(r"(day|week|month|year|hour|minute)s?$", text.lower())
        value = unknown_value(unit.group(1)) if unit and unit.group(1) in ("day", "week", "month", "year") else "XXXX-XX-XX"
        return Timex("DATE", value, timex.mod, rule), None
    return timex, anchor_iso


def _antecedent(text: str, earlier: list[TimeExpr]) -> Timex | None:
    """Return "that day" / "that time" resolved to the latest earlier date at that grain, else None."""
    m = _NEXT_DAY.fullmatch(text)
    if m is not None:  # "the following day": one day after the latest earlier full date
        off = 1 if (m.group(1) or m.group(2)).lower() in ("following", "next", "after") else -1
        for t in reversed(earlier):
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value[:10]) and t.type in ("DATE", "TIME"):
                return Timex("DATE", (date.fromisoformat(t.value[:10]) + timedelta(days=off)).isoformat(), None, "next-day")
        return None
    m = _ANAPHORA.fullmatch(text)
    if m is None:
        return None
    word = (m.group(1) or m.group(2)).lower()
    grain = _GRAIN[word]
    for t in reversed(earlier):
        if t.type in ("DATE", "TIME") and re.match(r"\d{4}", t.value) and len(t.value) >= grain:
            return Timex("DATE", t.value[:grain] if word != "time" else t.value, None, "anaphora")
    # "at the time" with no date before it: some past time (TimeML PAST_REF)
    return Timex("DATE", "PAST_REF", None, "anaphora-past") if m.group(2) else None


_WEEKDAY_FIRST = re.compile(r"(?i)(mon|tues|wednes|thurs|fri|satur|sun)day\b")


def _weekday_disagrees(text: str, value: str) -> bool:
    """True for "Friday September 18, 2008" when 18 September 2008 is no Friday: two expressions run
    together (a headline's "until Friday" and the dateline), not one date."""
    m = _WEEKDAY_FIRST.match(text)
    if m is None or not _DAY_VALUE.fullmatch(value[:10]) or not _DAY_VALUE.fullmatch(value):
        return False
    names = ["mon", "tues", "wednes", "thurs", "fri", "satur", "sun"]
    return date.fromisoformat(value).weekday() != names.index(m.group(1).lower())


def _run_on(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split expressions spaCy ran together at a space: "April 9, 2008 Five years", "1997 February 24, 2009".

    Text without line breaks runs a headline's year, the dateline and the first words of the body
    into one span ("in six years February 20, 2009 Three major indexes"). The cut is the rightmost
    space where the left part reads as a time and ends in a year, or reads as a time and the right
    part is one ending in a year (a dateline or a headline's year); the rest is split the same way.
    No cut: an empty list.
    """
    year_end = re.compile(r"(?:19|20)\d\d$")
    for m in reversed(list(re.finditer(r" +", text[start:end]))):
        left_end, right_start = start + m.start(), start + m.end()
        if normalise(text[start:left_end], None) is None:
            continue
        rs, re_ = _trim(text, right_start, end)
        if re_ <= rs:
            continue
        right_reads = normalise(text[rs:re_], None) is not None
        if year_end.search(text[start:left_end]) or (right_reads and year_end.search(text[rs:re_])):
            rest = [(rs, re_)] if right_reads else (_run_on(text, rs, re_) or [(rs, re_)])
            return [(start, left_end), *rest]  # a rest that reads as nothing is dropped by the caller
    return []


def _readable_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return ``start..end`` whole when it reads as one timex, else its parts (see ``_split_parts``)."""
    return _split_parts(text, start, end)[0]


def _split_parts(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], bool]:
    """Return ``start..end`` whole when it reads as one timex, else its parts, and whether they were
    cut from a run-on span (expressions of different clauses, see ``_run_on``).

    spaCy joins neighbours ("November 11, three days later", "between 2014 and 2016"); when the
    whole has no reading, the pieces around commas, "and", "to" and "between" are tried.
    """
    whole = normalise(text[start:end], None)
    if whole is not None and not _weekday_disagrees(text[start:end], whole.value):
        return [(start, end)], False
    run_on = _run_on(text, start, end)
    if run_on:
        return run_on, True
    if whole is not None:
        return [(start, end)], False
    m = _WEEKDAY_OF_MONTH.fullmatch(text, start, end)
    if m:  # "Friday of August unemployment data": spaCy joins a weekday and the month a noun is about
        return [m.span(1), m.span(2)], False
    parts = []
    for m in re.finditer(r"[^,;]+", text[start:end]):
        seg_s = start + m.start()
        pos = seg_s
        for piece in re.split(r"\b(and|to|or|between|from|through|until)\b", m.group(0)):
            s2, e2 = pos, pos + len(piece)
            pos = e2
            if re.fullmatch(r"\s*(and|to|or|between|from|through|until)?\s*", piece):
                continue
            while s2 < e2 and text[s2] == " ":
                s2 += 1
            while e2 > s2 and text[e2 - 1] == " ":
                e2 -= 1
            parts.append((s2, e2))
    return parts, False


__all__ = ["MONTHS", "WEEKDAYS", "find_times"]
