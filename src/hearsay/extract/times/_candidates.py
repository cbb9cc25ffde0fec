"""Dates: candidate extents, spaCy's DATE and TIME entities and the expressions its NER leaves out.

Each entity span is widened over what belongs to it ("this", "every", a clock zone, a part of day),
cut at line breaks, trimmed of signals and leading amounts and dropped when it is no time (ages,
bare numbers, surnames); clock times, temporal adverbs and the words TimeML annotates in one use
are added. Split out of ``expressions.py``; rules in ``docs/dates.md``.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from hearsay import lexicon
from hearsay.extract.times._timex import MONTHS, REFS, WEEKDAYS


# Adverbs and phrases TimeML annotates that spaCy's NER does not tag (see _timex.REFS).
_EXTRA = re.compile(
    r"\b(?:(?:more |most )?recently|currently|nowadays|presently|lately|(?:very )?soon"
    r"|(?:right )?now|the (?:near |distant )?future|this year|(?<=to |nd )(?:19|20)\d\d(?! \w+s\b)"
    r"|(?:this|last|next|in|early|late|the) (?:spring|summer|autumn|winter)|single-day|the near term|in the past|at present|recent (?:years|months|weeks|days)"
    r"|\d{1,2}[:.] \d{2} ?[ap]\.? ?m\b\.?"  # a tokenised clock time: "2: 18 p. m.", "8. 40am" (ECB+ spacing; round 11)
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
# what follows a candidate and belongs to it: a clock zone ("1800 GMT"), a part of day ("Friday evening")
_ZONE_AFTER = re.compile(r"\s?(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|ET|hrs)\b")
_UNITS_TIME = re.compile(r"['’] time\b")
_AFTERWARDS = re.compile(r" (?:afterwards?|thereafter)\b")
_PART_AFTER = re.compile(r" (?:morning|afternoon|evening|night)\b")
_DAY_WORD = re.compile(r"(?i)(?:.*\b)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|tomorrow)")
_OFFSET = re.compile(r"(?i)(?:the )?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few) )?"
                     r"(?:day|week|month|year|hour|minute)s?")
_UNIT_NAMES = re.compile(r"(?:Seconds|Minutes|Hours|Days|Weeks|Months|Years|Decades)")
# Words TimeML annotates only in one use: "the current crisis", "recent moves" (ADJ; PRESENT_REF,
# PAST_REF), "spring shows signs" (NOUN, not the verb). Checked on the parse, not by pattern alone.
# Bare "later" is left out: TimeML annotates it inconsistently and its value is rarely recoverable.
_POS_WORDS = {"current": "ADJ", "recent": "ADJ",
              "spring": "NOUN", "summer": "NOUN", "autumn": "NOUN", "winter": "NOUN"}
_AGE = re.compile(r"\b(age[ds]?|years? old|-year-old|aged)\b", re.IGNORECASE)


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


def _name_number(doc: Doc, ent: Span) -> bool:
    """True for a bare year-like number inside a capitalised name: "Russell 2000 Index", "Windows 2000 Server".

    The number hangs on the name word before it and a capitalised proper noun goes on after it, so the
    three are one name; TimeML (after TIDES) leaves times inside proper names unannotated (issue 15:
    proper names are never dates).
    """
    if len(ent) != 1 or not re.fullmatch(r"\d{4}", ent.text) or ent.start == 0 or ent.end >= len(doc):
        return False
    before, after = doc[ent.start - 1], doc[ent.end]
    return (before.pos_ == "PROPN" and before.is_title and ent[0].head == before and before.lower_ not in MONTHS
            and after.pos_ == "PROPN" and after.is_title)


def _year_before_word(doc: Doc, det: Token, ent: Span) -> bool:
    """True for "the 1998 evolved ... process": "the" before a bare year that a word follows determines that
    later noun, not the year ("the 1998" alone is no English noun phrase), even where the parser hangs
    "the" on the year. MEANTIME and every hand dates set annotate the year alone (round 10)."""
    return (det.lower_ == "the" and re.fullmatch(r"(?:1[0-9]|20)\d\d", ent.text) is not None
            and ent.end < len(doc) and doc[ent.end].is_alpha)


# Round 11: a game's periods ("the first quarter", "the second half", "a first - half free throw") are stages
# of the match, not calendar quarters or halves; a document is a match report when it uses at least two of
# the in-game terms below (lemmas; two-word terms by their head and modifier). TimeML annotates calendar
# times only; no dates set annotates a game period (dates-ecbplus3 README).
_GAME_PERIOD = re.compile(r"(?i)\b(?:first|second|third|fourth|final|1st|2nd|3rd|4th)(?: - |[ -])(?:quarter|half|period|inning)\b")
_CALENDAR_WORD = re.compile(r"(?i)\d{4}|\b(?:fiscal|financial|year|this|last|next)\b")
_GAME_TERMS = frozenset("""touchdown quarterback linebacker cornerback halftime half-time inning interception fumble
    rebound kickoff overtime scoreboard goalkeeper playoff tournament""".split())
_GAME_PAIRS = frozenset({("free", "throw"), ("field", "goal"), ("end", "zone"), ("penalty", "kick"), ("power", "play"),
                         ("three", "pointer"), ("home", "run")})


def _game_report(doc: Doc) -> bool:
    """True when ``doc`` reads as a match report: two or more distinct in-game terms (``_GAME_TERMS``)."""
    found = {t.lemma_.lower() for t in doc if t.lemma_.lower() in _GAME_TERMS}
    found |= {f"{t.lower_} {t.head.lemma_.lower()}" for t in doc if (t.lower_, t.head.lemma_.lower()) in _GAME_PAIRS}
    return len(found) >= 2


def _deictic_in_name(doc: Doc, full: str, ent: Span) -> bool:
    """True for a capitalised "Today"/"Tonight" that ends a name: "World News Tonight", "USA Today".

    Mid-sentence, after a capitalised proper noun, the word is the name's last word (TimeML leaves times
    inside names unannotated, as round 10's "Russell 2000 Index"); a title-case line (a headline: "Obama
    To Name Benjamin Today") capitalises every word, so there the capital tells nothing (round 11).
    """
    if len(ent) != 1 or ent[0].lower_ not in ("today", "tonight", "tomorrow", "yesterday") or not ent.text[0].isupper():
        return False
    if ent.start == 0 or ent[0].is_sent_start:
        return False
    before = doc[ent.start - 1]
    if not (before.pos_ == "PROPN" and before.is_title) or before.lower_ in MONTHS or before.lower_ in WEEKDAYS:
        return False
    line_start = full.rfind("\n", 0, ent.start_char) + 1
    line_end = full.find("\n", ent.end_char)
    words = [w for w in full[line_start:line_end if line_end >= 0 else len(full)].split() if w[:1].isalpha()]
    return sum(w[0].isupper() for w in words) < 0.6 * len(words)


_TIME_UNIT_WORDS = frozenset("seconds minutes hours days weeks months years decades".split())


def _counted_time(ent: Span) -> bool:
    """True for an amount of time spaCy tagged as a number: "just more than four minutes" (CARDINAL; round 11)."""
    return ent.label_ in ("CARDINAL", "QUANTITY") and len(ent) > 1 and ent[-1].lower_ in _TIME_UNIT_WORDS


def _entity_spans(doc: Doc, full: str) -> list[tuple[int, int]]:
    """Return the extents of spaCy's DATE and TIME entities, widened over what belongs to them ("this",
    "every", "around", "the end of", a clock zone, "two years' time", "afterwards", a part of day), cut at line
    breaks and trimmed; surnames ("Tom Weeks") and spans that are no time (ages, bare numbers) are left out."""
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") and not _counted_time(ent):
            continue
        first = ent[0]
        start_char = ent.start_char
        verb = _verb_lead(ent)
        if verb:  # "may last months", "will last two weeks": the modal's verb is no part of the time
            start_char = ent[verb].idx
        prev = doc[first.i - 1] if first.i > 0 else None
        if verb:
            pass
        elif prev is not None and prev.lower_ in ("this", "last", "next", "that", "the", "early", "late") and prev.head in ent \
                and not _year_before_word(doc, prev, ent):
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
        if _deictic_in_name(doc, full, ent):
            continue  # "ABC's World News Tonight", "USA Today": the word ends a name, it is no day
        if _name_number(doc, ent):
            continue  # "The Russell 2000 Index": a number inside a name, never the year 2000
        if _GAME_PERIOD.search(full, start_char, end_char) and not _CALENDAR_WORD.search(full, start_char, end_char) \
                and _game_report(doc):
            continue  # "early in the first quarter" of a match report: a stage of the game, not 2012-Q1
        if _UNIT_NAMES.fullmatch(ent.text) and _speaker(first):
            continue  # the surname alone as the one who speaks: "Weeks said ...", "..., Weeks added"
        if full[start_char:end_char].lower() in ("morning", "afternoon", "evening") and not _session_part(first, full, []):
            continue  # a bare part of day is a time only where it times a session ("morning trading")
        for s, e in _split_lines(full, start_char, end_char):
            s, e = _trim(full, s, e)
            s = _modifier_start(doc, full, s, e)
            if e > s and not _rejected(full[s:e], full, s, e):
                spans.append((s, e))
    return spans


_SPACED_CLOCK = re.compile(r"(?i)\b(?:(around|about|approximately|roughly|nearly|almost|at) )?\d{1,2}[:.] \d{2} ?[ap]\.? ?m\b\.?")


def _spaced_clocks(full: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return ``spans`` with each tokenised clock time ("about 8. 40am", "Around 2: 18 p. m.") whole.

    Text that keeps its tokeniser's spaces cuts such a time into a number spaCy tags alone ("about 8.")
    and a rest it does not ("40am"); the spans that overlap the clock give way to it, an approximator
    before it staying in the extent as for any clock time (TimeML's mod APPROX; round 11).
    """
    for m in _SPACED_CLOCK.finditer(full):
        s = m.start() if m.group(1) and m.group(1).lower() != "at" else m.start() + (len(m.group(1)) + 1 if m.group(1) else 0)
        over = [(a, b) for a, b in spans if a < m.end() and s < b]
        if any(b > m.end() for _, b in over):
            continue  # a longer time holds it ("8. 40am on Saturday" tagged whole): left to that span
        spans = [sp for sp in spans if sp not in over] + [(min([s, *(a for a, _ in over)]), m.end())]
    return spans


def _candidates(doc: Doc) -> list[tuple[int, int]]:
    """Return the candidate extents of ``doc``: spaCy's times, then what its NER leaves out."""
    full = doc.text  # Doc.text joins every token on each call: read it once
    spans = _spaced_clocks(full, _entity_spans(doc, full))
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
        if _session_part(tok, full, taken):
            spans.append((tok.idx, tok.idx + len(tok.text)))
            taken.append(spans[-1])
            continue
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


# nouns of a market or meeting session a bare part of day can time ("in morning trading")
_SESSION_NOUNS = frozenset({"trading", "trade", "session", "deal", "dealing", "meeting"})


def _session_part(tok: Token, full: str, taken: list[tuple[int, int]]) -> bool:
    """True for "morning" in "in morning trading": a bare part of day that modifies a session noun times
    that session (MEANTIME and wikinews 160257 annotate it, TIME at the narrated day; round 10)."""
    if tok.lower_ not in ("morning", "afternoon", "evening") or any(True for _ in tok.children):
        return False
    head = tok.head
    if tok.dep_ not in ("compound", "amod", "nmod") or head.i != tok.i + 1 or head.lemma_.lower() not in _SESSION_NOUNS:
        return False
    s, e = tok.idx, tok.idx + len(tok.text)
    return not any(a < e and s < b for a, b in taken)


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
_EVERY_WEEKDAY = re.compile(r"(?i)\b(?:every|each) (?:mon|tues|wednes|thurs|fri|satur|sun)day \Z")
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
