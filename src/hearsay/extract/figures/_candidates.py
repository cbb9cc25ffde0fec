"""Figures: the candidate numbers of one article: spaCy's entities, amount phrases, units, durations, bare counts.

Split out of ``amounts.py`` (issue 15, figures round 10).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from hearsay.extract.figures import _scan
from hearsay.extract.figures._markets import index_move
from hearsay.extract.figures._numbers import (
    Amount,
    DENOMINATORS,
    ISO_CODES,
    SCALES,
    UNITS_WORDS,
    amount_phrases,
    hedges,
    parse_amount,
)
from hearsay.extract.intervals import Live, Overlaps
from hearsay.extract.zones import Zones
from hearsay.model import Rejection, TimeExpr
from hearsay.extract.figures._reading import _SCALE_GLUED, _hedge_before, _read_extent
from hearsay.extract.figures._exclusions import _LEVEL_NOUNS, _Lookups, _in_date, _reject_reason, _spaced_thousands
from hearsay.extract.figures._counted import _kin_holder
from hearsay.extract.figures._labels import _CHANGE, _NOT_MEASURED
from hearsay.extract.figures._borrowed_labels import _HYPHEN_TIME_UNITS


_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
_YEAR_IN = re.compile(r"(?<![\d,.])(1[5-9]\d\d|20\d\d)(?![\d,])")
_CONTINUATION = {"more", "fewer", "others", "other", "additional"}
_NUMBER_WORDS = ({w for w in SCALES if len(w) > 2} | set(UNITS_WORDS) | set(DENOMINATORS) | {f"{d}s" for d in DENOMINATORS}
                 | {"and", "dozen", "dozens", "of"})
_BARE_NUMBER = re.compile(r"(?:(?<![\w.,/-])|(?<=[A-Z]{3}))-?\d[\d,]*(?:\.\d+)?|(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)(?=-\s?[a-z])", re.IGNORECASE)  # "a two-yard run"
_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_PLAIN_NUMBER = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+\.\d+")
_MONTH_AFTER = re.compile(r"\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b\.?")
_MODEL_NAME = re.compile(r"[A-Z]+-?\d+\w*")  # "A320s", "MD-95"


def _widen(ent: Span, doc: Doc, full: str) -> tuple[int, int]:
    """Return token bounds covering a hedge left outside ``ent`` and a directly attached noun."""
    start, end = ent.start, ent.end
    # a hedge just before the entity ("up to", "nearly") that the NER left out
    before = full[max(0, ent.start_char - 25):ent.start_char].lower()
    for h in hedges():
        found = re.search(rf"\b{re.escape(h.phrase)}\s+(the\s+)?$", before)  # "above the 5000 mark"
        if found and found.group(1) and not re.match(rf"\s*(?:{'|'.join(_LEVEL_NOUNS)})\b", full[ent.end_char:ent.end_char + 12]):
            found = None
        if found and not ent.text.lower().startswith(h.phrase):
            n_words = len(h.phrase.split()) + (1 if found.group(1) else 0)
            if start - n_words >= 0:
                start -= n_words
            break
    if end < len(doc) and doc[end].lower_ in _CONTINUATION and doc[end].head.i in range(ent.start, ent.end):
        end += 1  # "thousands more"
    root = ent.root
    if root.dep_ in ("nummod", "quantmod") and root.head.i >= end and root.head.pos_ in ("NOUN", "PROPN") \
            and not _in_date(root.head, ent):
        head = root.head
        between = doc[end:head.i]
        # a hyphen inside a model name ("six new A330-300E aircraft") is part of the noun phrase
        if all(t.head == head or t.head.head == head for t in between) and len(between) <= 5 \
                and not any(t.is_punct and t.tag_ != "HYPH" for t in between):
            end = head.i + 1
        else:  # "at least one Pantsir mobile air defense system": keep the name that follows
            while end < head.i and doc[end].pos_ == "PROPN":
                end += 1
    return start, end


_LIST_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s?,\s?$", re.IGNORECASE)
_SHORT_TIME_UNITS = frozenset({"hour", "minute"})  # round 21: hyphenated before a noun, a length as day/week/month/year are
_SPAN_NOUNS = {"period", "span", "space", "course", "age", "stretch", "spell", "interval", "window"}


@dataclass(slots=True)
class _Candidate:
    """A number to read: the span linking works on, the text to parse and the figure's bounds."""

    ent: Span
    text: str  # the number with its hedge ("more than 15,000"), without the counted noun
    start: int  # character bounds of the whole figure (hedge and counted noun included)
    end: int
    rule: str
    num_start: int  # character bounds of ``text``
    num_end: int


def leading_measure(ent: Span, approx_band: float) -> tuple[Amount, int] | None:
    """Return the amount the entity starts with when the whole does not parse, and the token end of its words.

    A tagger that took a name or a noun in ("24 A320s", "a 40 mile per gallon vehicle") leaves the number in front.
    """
    start = ent.start + (1 if ent[0].lower_ in ("a", "an", "the") and len(ent) > 1 else 0)
    for end in range(ent.end - 1, start, -1):
        rest = ent.doc[end:ent.end]
        if not (rest[0].pos_ in ("NOUN", "PROPN") or _MODEL_NAME.fullmatch(rest[0].text)) or any(t.like_num or t.lower_ in _NUMBER_WORDS or t.is_punct for t in rest):
            continue  # only a noun or a name after the number, never part of a number ("twenty-five point five")
        amount = parse_amount(ent.doc[start:end].text, ent.label_, approx_band)
        if amount is not None:
            return amount, end
    return None


_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen", "lakh", "crore"})


def _without_compound_word(doc: Doc, ent: Span) -> Span:
    """Return ``ent`` less a verb's particle NER ran into it ("gave up 360 yards") and less a small number word
    that begins a hyphenated word after a written number (round 15).

    "made 12 three-pointers", "10 of 14 three-point attempts": the tagger joins "12 three" into one CARDINAL and the
    number read 15; "three" is the hyphenated word's ("three-pointers"), the count is 12. A scale word stays the
    number's ("3 million-dollar homes" is read as main read it).
    """
    if len(ent) >= 2 and ent[0].dep_ == "prt" and ent[0].head.i < ent.start and ent[1].like_num:
        # "gave up 360 yards": NER ran the verb's particle into the amount, which then read as no number
        # (the round-10 property at n = 360 and 365); the particle is the verb's. Not "up to": "receive up to
        # CA$7.5 billion" is a bound the parser may also call a particle
        ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
    if len(ent) < 2 or not _begins_compound(doc, ent[-1]):
        return ent
    return Span(doc, ent.start, ent.end - 1, label=ent.label_)


def _begins_compound(doc: Doc, word: Token) -> bool:
    """True when ``word`` is a small number word glued to a hyphen and a word ("three-pointers") right after a number
    written in digits ("12 three-pointers"); word numbers before it ("twenty two-year terms") are left alone."""
    if not (word.is_alpha and word.like_num) or word.lower_ in _SCALE_WORDS or word.whitespace_ or word.i == 0:
        return False
    if word.i + 2 >= len(doc) or doc[word.i + 1].text != "-" or doc[word.i + 1].whitespace_ or not doc[word.i + 2].is_alpha:
        return False
    return any(ch.isdigit() for ch in doc[word.i - 1].text)


def _number_end(doc: Doc, ent: Span) -> int:
    """Return the token end of the number in ``ent``, past number words the tagger cut off.

    "five eighths", "3 million and a half", "Three hundred and thirty one", "13 lakh": the
    longest run of number words after the entity that still reads as one number wins.
    """
    best, end = ent.end, ent.end
    while end < len(doc) and end - ent.end < 6 and (doc[end].like_num or doc[end].lower_ in _NUMBER_WORDS) \
            and not _begins_compound(doc, doc[end]):  # round 15: "12 three-pointers" counts 12
        end += 1
        if doc[end - 1].lower_ not in ("and", "a", "an", "of"):
            value = parse_amount(doc[ent.start:end].text, ent.label_)
            if value is not None and value.value is not None:  # one number; "1.83 and 2 GHz" are two
                best = end
    return best


def _split_changes(doc: Doc, full: str) -> list[Span]:
    """Return ``doc.ents`` with "X to Y" cut in two after a change ("an increase from $100,000 to $250,000")."""
    out = []
    for ent in doc.ents:
        before = full[max(0, ent.start_char - 45):ent.start_char]
        cut = next((t.i for t in ent if t.lower_ == "to"), None)
        step = re.search(r"\b(from|by)\s+$", before, re.IGNORECASE)
        if ent.label_ in _LABELS and cut is not None and cut > ent.start and step is not None \
                and _CHANGE.search(before[:step.start()]):  # "rose from $100 to $250", "cut by $200 to $399"
            out += [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut + 1, ent.end, label=ent.label_)]
            continue
        cut = next((t.i for t in ent if t.text == "/"), None)
        if ent.label_ == "MONEY" and cut is not None and ent.start < cut < ent.end - 1 and any(
                ch.isdigit() for t in doc[ent.start:cut] for ch in t.text) and re.match(r"\s*(?:[A-Z]{0,3}[$£€¥₹]|[A-Z]{3}\b)", full[doc[cut].idx + 1:ent.end_char]):
            out += [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut + 1, ent.end, label=ent.label_)]  # "$149 / £99"
            continue
        if ent.label_ == "CARDINAL" and cut is not None and ent.start < cut < ent.end - 1 and doc[cut - 1].like_num \
                and doc[cut + 1].like_num and doc[cut - 1].whitespace_ and doc[cut].whitespace_:
            out += [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut + 1, ent.end, label=ent.label_)]
            continue  # round 6: "(19. 2 / 40)": a slash between spaces pairs two numbers; "3/4" is a fraction
        cut = next((t.i for t in ent if t.lower_ == "and" and t.dep_ == "cc"), None)
        if ent.label_ in _LABELS and cut is not None and ent.start < cut < ent.end - 1 and any(
                ch.isdigit() for t in doc[ent.start:cut] for ch in t.text) and re.match(
                r"\s*(?:[A-Z]{0,3}[$£€¥₹]\s?)?\d", full[doc[cut].idx + 3:ent.end_char]) and not re.search(
                r"\bbetween\b", full[max(0, ent.start_char - 12):doc[cut].idx], re.IGNORECASE):
            out += [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut + 1, ent.end, label=ent.label_)]  # "28% and 50%", "US$299 and US$399"
        else:
            out.append(ent)
    return out


def _joined(doc: Doc, ents: list[Span], spaced: list[tuple[int, int]]) -> list[Span]:
    """Return ``ents`` with the parts of a spaced thousands number ("1" and "300 biologists") as one entity."""
    out: list[Span] = []
    for ent in ents:
        group = next(((s, e) for s, e in spaced if ent.start_char < e and s < ent.end_char), None)
        if group is None or ent.label_ not in _LABELS | {"DATE"}:
            out.append(ent)
            continue
        prev = out[-1] if out and out[-1].start_char < group[1] and group[0] < out[-1].end_char and out[-1].label_ in _LABELS else None
        first = prev.start_char if prev is not None else min(ent.start_char, group[0])
        span = doc.char_span(min(first, group[0]), max(ent.end_char, group[1]), alignment_mode="expand")
        if span is None:
            out.append(ent)
            continue
        label = "MONEY" if "MONEY" in (ent.label_, prev.label_ if prev is not None else "") else (
            ent.label_ if ent.label_ != "DATE" else "CARDINAL")
        if prev is not None:
            out.pop()
        out.append(Span(doc, span.start, span.end, label=label))
    return out


def _ner_candidates(doc: Doc, full: str, zones: Zones, look: _Lookups) -> tuple[list[_Candidate], list[Rejection]]:
    found: list[_Candidate] = []
    rejected: list[Rejection] = []
    consumed = 0
    spaced = _spaced_thousands(doc, full, look)
    for ent in _joined(doc, _split_changes(doc, full), spaced):
        if (ent.label_ == "DATE" and (_PLAIN_NUMBER.fullmatch(ent.text) or re.fullmatch(r"\d{1,3}", ent.text))
                or ent.label_ == "TIME" and _GROUPED_NUMBER.fullmatch(ent.text)) \
                and not look.in_time(ent.start_char, ent.end_char):  # "46 in Akhal region" tagged DATE
            # "closing at 1,442.82" tagged DATE, read as no time; round 7: "at 8,579.19" tagged TIME (no clock has a thousands comma)
            ent = Span(doc, ent.start, ent.end, label="CARDINAL")
        if ent.label_ not in _LABELS or ent.start < consumed:
            continue
        ent = _without_compound_word(doc, ent)
        if _begins_compound(doc, ent[0]):  # round 15: the "three" of "12 three-pointers" is the word's, no count
            rejected.append(Rejection(ent.start_char, ent.end_char, ent.text, "inside a word", "figure"))
            continue
        reason = _reject_reason(ent, doc, full, zones, look)
        if reason is not None:
            rejected.append(Rejection(ent.start_char, ent.end_char, ent.text, reason, "figure"))
            continue
        t_start, t_end = _widen(ent, doc, full)
        n_end = _number_end(doc, ent)
        consumed = n_end
        number = doc[t_start:n_end]
        num_start, num_end = _read_extent(full, number.start_char, number.end_char)
        if num_start < number.start_char:  # "just over US$89": the hedge sits before the currency sign
            num_start = _hedge_before(full, num_start)
        start = min(doc[t_start].idx, num_start)
        end = max(doc[t_end - 1].idx + len(doc[t_end - 1].text), num_end)
        text = full[num_start:num_end]
        group = next(((s, e) for s, e in spaced if s <= num_start < e or num_start <= s < num_end), None)
        if group is not None:
            text = re.sub(r"(?<=\d)([,.]) (?=\d)", r"\1", text)  # "1, 300" reads as 1,300 and "14. 1" as 14.1
            last = doc.char_span(max(full.rfind(", ", group[0], group[1]), full.rfind(". ", group[0], group[1])) + 2, ent.end_char,
                                 alignment_mode="expand")
            if last is not None and len(last):  # the parse links the last group ("300 biologists"), not the "1,"
                ent = Span(doc, last.start, last.end, label=ent.label_)
        found.append(_Candidate(ent, text, start, end, f"ner:{ent.label_.lower()}", num_start, num_end))
    return found, rejected


def _with_phrases(doc: Doc, full: str, found: list[_Candidate], rejected: list[Rejection], zones: Zones, look: _Lookups) -> list[_Candidate]:
    """Add hedged numbers and ranges the tagger missed, and widen tagged ones they extend.

    "between 10 and 20" (tagged DATE), "more than thirty years old", ">10" and the second half of
    "above 1000 and below 1500" come from :func:`amount_phrases`; a phrase overlapping tagged
    figures replaces them when it is longer (one interval, not two numbers).
    """
    refused = Overlaps((r.start, r.end) for r in rejected)
    live: Live[_Candidate] = Live()  # ``found`` in its order, indexed by the tagged span (issue 16: no scan per phrase)
    for c in found:  # a spaced thousands number ("about 2, 000ft") is linked by its last group: index its whole number
        live.add(c, min(c.ent.start_char, c.num_start), max(c.ent.end_char, c.num_end))
    for ps, pe in amount_phrases(full):
        if refused.any(ps, pe):
            continue
        if full[ps:pe].lower().startswith("from ") and _CHANGE.search(full[max(0, ps - 40):ps]):
            continue  # "an increase from $100,000 to $250,000" is a change between two figures, not a range
        step = re.search(r"\bby\s+$", full[max(0, ps - 40):ps], re.IGNORECASE)
        if step is not None and re.search(r"\sto\s", full[ps:pe]) and _CHANGE.search(full[max(0, ps - 40):ps][:step.start()]):
            continue  # "cut by $200 to $399": the change and the level it reaches, not a range
        if _MONTH_AFTER.match(full, pe):
            continue  # "between 11-13 Dec.": days of a month, a date
        if " or " in full[ps:pe].lower() and _LIST_BEFORE.search(full, max(0, ps - 12), ps):
            continue  # round 21: "one, two or three" is a list of numbers, not a range
        numbered = live.overlapping(ps, pe)
        overlap = [c for _, c in numbered]
        if len(overlap) == 1 and overlap[0].num_start <= ps and pe <= overlap[0].num_end:
            continue  # the tagger's figure already holds it
        span = doc.char_span(ps, pe, alignment_mode="expand")
        if span is None or not len(span):
            continue
        amount = parse_amount(full[ps:pe], approx_band=0)
        if amount is None or amount.value is None and amount.low == amount.high:
            continue  # "1-1" is a score, not a range
        if not amount.unit and _YEAR_IN.search(full[ps:pe]) and (
                amount.hedge is None or re.search(r"\b(since|in|by|until|till|before|after|from|of)\s+$", full[max(0, ps - 8):ps], re.IGNORECASE)):
            continue  # "since at least 2014", "from 2010 to 2012": dates, not counts ("below 1500" is one)
        label = "PERCENT" if amount.unit == "%" else "MONEY" if amount.unit else "CARDINAL"
        span = Span(doc, span.start, span.end, label=label)
        if not overlap and _reject_reason(span, doc, full, zones, look) is not None:
            continue
        ent = overlap[0].ent if overlap else span
        start = min([ps, *(c.start for c in overlap)])
        end = max([pe, *(c.end for c in overlap)])
        if not overlap:
            _, t_end = _widen(span, doc, full)
            end = max(end, doc[t_end - 1].idx + len(doc[t_end - 1].text))
        for k, _ in numbered:
            live.remove(k)
        rule = "pattern:hedge" if not overlap else overlap[0].rule + "+pattern"
        live.add(_Candidate(ent, full[ps:pe], start, end, rule, ps, pe), ent.start_char, ent.end_char)
    return sorted(live.items(), key=lambda c: c.start)


def _with_units(doc: Doc, full: str, found: list[_Candidate], rejected: list[Rejection], zones: Zones,
                look: _Lookups) -> list[_Candidate]:
    """Add amounts whose unit is in the characters but which the tagger left out ("85p", "Â£5bn", "4km")."""
    taken = Overlaps([(c.start, c.end) for c in found] + [(r.start, r.end) for r in rejected] + [(t.start, t.end) for t in look.times])
    added = []
    for m in _BARE_NUMBER.finditer(full):
        if taken.any(m.start(), m.end()):
            continue
        if m.start() >= 3 and full[m.start() - 1].isalpha() and not (
                full[m.start() - 3:m.start()] in ISO_CODES and (m.start() == 3 or not full[m.start() - 4].isalnum())):
            continue  # letters glued before digits: only an ISO code ("SGD1.75-billion", round 6), not "A380"
        start, end = _read_extent(full, m.start(), m.end())
        if (start, end) == (m.start(), m.end()):
            continue  # a bare number the tagger did not take stays out
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        amount = parse_amount(full[start:end], approx_band=0)
        if amount is None or amount.unit is None:
            continue
        label = "MONEY" if amount.unit.isupper() and len(amount.unit) == 3 else "QUANTITY"
        ent = Span(doc, span.start, span.end, label=label)
        if _reject_reason(ent, doc, full, zones, look) is not None:
            continue
        _, t_end = _widen(ent, doc, full)
        added.append(_Candidate(ent, full[start:end], start, max(end, doc[t_end - 1].idx + len(doc[t_end - 1].text)),
                                "chars:unit", start, end))
    return sorted([*found, *added], key=lambda c: c.start)


_TALLY = re.compile(r"(?<=[A-Za-z]) - (\d+)(?=\s*[,.;]|\s*$)")  # "Ashgabat city - 15, Akhal province - 15"
_NER_LABELS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
_SIGNED = re.compile(r"[-−+]\d[\d,]*(?:\.\d+)?")  # "recovering slightly to -36": a signed change the tagger reads as punctuation
_SIGN_START = re.compile(r"[-−+](?=\d)")  # where a token matching _SIGNED can start
_INDEFINITE = frozenset({"a", "an", "another"})


def _digits_called_a_product(tok: Token) -> bool:
    """True when NER calls a bare number a product only for its digits: "By noon it was up 747" (the
    small model knows the airliner). With no name beside it ("Boeing 747", "747 Dreamliner") and no
    determiner ("a 747") nothing in the text names a model, and the parse decides as for an untagged
    number (found by the round-7 move property at n = 747)."""
    doc = tok.doc
    if tok.ent_type_ != "PRODUCT" or not tok.text.isdigit() or tok.ent_iob_ != "B":
        return False
    if tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PRODUCT" and doc[tok.i + 1].ent_iob_ == "I":
        return False  # a longer product name
    neighbours = [doc[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(doc)]
    return not any(n.pos_ == "PROPN" or n.dep_ == "det" for n in neighbours) \
        and not any(c.dep_ == "det" for c in tok.children)


def _bare_rule(tok: Token, full: str, found: list[_Candidate], first_index: int | None) -> str | None:
    """Return the rule by which a number the tagger left out is a figure, or None (round 7).

    "fell to 36 - 3 (24 KOs)": a number right before the plural noun it counts; "the market went to
    sixty down": a move in a market report (``_markets.index_move``); "125 electoral districts ...,
    including those in Ashgabat city - 15, Akhal province - 15": a tally list that breaks down a
    count made before it in the sentence (two items at least).
    """
    doc = tok.doc
    alone = not (tok.i > 0 and doc[tok.i - 1].like_num) and not (tok.i + 1 < len(doc) and doc[tok.i + 1].like_num)
    if (not tok.ent_type_ or _digits_called_a_product(tok)) and alone:  # a part of "hundred thousand dollars" is no number of its own
        if tok.dep_ == "nummod" and tok.head.tag_ in ("NNS", "NNPS") and 0 < tok.head.i - tok.i <= 2 \
                and not tok.head.like_num and not {tok.head.lower_, tok.head.lemma_.lower()} & _NUMBER_WORDS \
                and not any(c.dep_ in ("det", "predet") and c.lower_ not in _INDEFINITE for c in tok.head.children) \
                and not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN"):  # "All seventeen tests" points back; "iPhone 4 users" is a name
            # (round 9: "an additional six engines": an indefinite article before a count introduces it)
            return "parse:count"
        if index_move(tok.doc[tok.i:tok.i + 1], first_index) is not None:
            return "parse:move"
        if not any(c.dep_ in ("nummod", "compound") or c.lower_ == "of" for c in tok.children) and _kin_holder(tok) is not None:
            return "parse:kin"  # round 14: "The mother-of-two was killed": the count of her children, untagged in the compound
    if _SIGNED.fullmatch(tok.text) and tok.i > 0 and doc[tok.i - 1].lower_ == "to" \
            and index_move(doc[tok.i - 1:tok.i + 1], first_index, signed=True) is not None:
        return "parse:signed"
    sent = tok.sent
    m = _TALLY.match(full, tok.idx - 3)
    if m is None or m.start(1) != tok.idx:
        return None
    items = _TALLY.findall(full, sent.start_char, sent.end_char)
    earlier = any(sent.start_char <= c.start < tok.idx and c.ent.label_ == "CARDINAL" for c in found)
    return "parse:tally" if len(items) >= 2 and earlier else None


def _with_bare_counts(doc: Doc, full: str, found: list[_Candidate], rejected: list[Rejection], zones: Zones,
                      look: _Lookups, first_index: int | None) -> list[_Candidate]:
    """Add numbers the tagger left out that the parse shows to be counts or moves (round 7, ``_bare_rule``)."""
    taken = Overlaps([(c.start, c.end) for c in found] + [(r.start, r.end) for r in rejected] + [(t.start, t.end) for t in look.times])
    added = []
    # round 8: only the cardinal-tagged tokens and those starting a signed number are read (issue 4 budget)
    signed = _scan.starting_at(doc, (m.start() for m in _SIGN_START.finditer(full)))
    for i in sorted({*_scan.with_tag(doc, ("CD",)), *signed}):
        tok = doc[i]
        if not (tok.tag_ == "CD" or _SIGNED.fullmatch(tok.text)) or tok.ent_type_ in _NER_LABELS or taken.any(tok.idx, tok.idx + len(tok.text)):
            continue
        rule = _bare_rule(tok, full, found, first_index)
        if rule is None or parse_amount(tok.text, "CARDINAL", 0) is None:
            continue
        ent = Span(doc, tok.i, tok.i + 1, label="CARDINAL")
        if _reject_reason(ent, doc, full, zones, look) is not None:
            continue
        _, t_end = _widen(ent, doc, full)
        end = tok.idx + len(tok.text)
        added.append(_Candidate(ent, tok.text, tok.idx, max(end, doc[t_end - 1].idx + len(doc[t_end - 1].text)), rule, tok.idx, end))
    return sorted([*found, *added], key=lambda c: c.start)


_DURATION = re.compile(r"(?i)(?:(?:about|around|nearly|almost|more than|over|some|roughly|at least|up to) )?"
                       r"(?:\d[\d,.]*|[a-z]+(?:[ -][a-z]+)?) (?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)")
_ADVERBIAL_PREPS = {"for", "in", "over", "within", "after", "during", "since", "before", "until", "from", "by", "ago", "at"}
# verbs whose "to" phrase is the length of a penalty: "He was sentenced to 12 years in prison" (round 5)
_PENALTY_VERBS = {"sentence", "condemn", "jail", "imprison"}
# nouns a hyphenated duration gives the length of ("a three-year sentence", "a two-year ban"; round 6)
_PENALTY_NOUNS = {"sentence", "term", "ban", "suspension", "probation"}
# nouns of a stay whose length a hyphenated duration states ("a 90-day court-mandated rehab", "a 10-day hospital stay";
# round 14): the length of a stay in an institution, as a penalty's is, unless the stay is itself a time adverbial
# ("after a three-month stint as coach", "during his two-week stay")
_STAY_NOUNS = {"stay", "stint", "spell", "rehab", "detention", "confinement", "quarantine", "internment", "hospitalisation",
               "hospitalization"}
_MIXED_BEFORE = re.compile(r"(\d+)\s*[- ]\s*(\d)\s*/\s*(\d{1,2})$")  # "4 - 1 / 2" of "a 4 - 1 / 2 - month prison term"


_SCHEDULE_WORDS = frozenset({"behind", "late", "ahead", "early"})  # "18 months behind schedule", "two years late"


def _with_durations(doc: Doc, found: list[_Candidate], times: Sequence[TimeExpr]) -> list[_Candidate]:
    """Add durations stated as facts: "40 months of delays", "the trial took 18 months" (issue 15).

    A duration is a figure when its unit noun is an argument (subject or object) or heads an
    "of" phrase, or is the "to" phrase of a penalty verb ("sentenced to 12 years"); "for 40 months",
    "in two years" and "40 months ago" stay time expressions only.
    """
    added = []
    figures = Overlaps((c.start, c.end) for c in found)
    for t in times:
        if t.type != "DURATION" or not _DURATION.fullmatch(t.text) or figures.any(t.start, t.end):
            continue
        if re.match(r"[0-5]\d\b", t.text) and re.search(r"(?<![\d.,])(?:[01]?\d|2[0-4]) ?: ?$", doc.text[max(0, t.start - 6):t.start]):
            continue  # round 17: "with 6: 00 minutes remaining": the minutes of a spaced game clock, no length
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span.root
        has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
        argument = head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and not any(c.lower_ == "ago" for c in head.children)
        if head.dep_ == "conj" and head.head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
            argument = True  # round 10: "can face an unlimited fine or up to two years in prison": a conjunct shares the role
        if head.dep_ in ("npadvmod", "dobj") and head.head.lemma_.lower() == "last" and head.head.pos_ == "VERB":
            argument = True  # round 21: "the test flight lasted four hours": the length a verb of duration states
        if head.dep_ == "npadvmod" and head.head.lower_ in _SCHEDULE_WORDS:
            argument = True  # round 10: "delivered ... 18 months behind schedule": how late is a stated fact, no time adverbial
        if head.dep_ == "poss" and head.head.pos_ == "NOUN" and not (head.head.dep_ == "pobj" and head.head.head.lower_ in _ADVERBIAL_PREPS):
            argument = True  # round 19: "30 days' worth of treatment", "ten years' experience": the measure of a noun it possesses
        measured = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None  # "a sentence of 485 years"
        if measured is not None and measured.pos_ == "NOUN" and measured.lemma_.lower() not in _NOT_MEASURED | _SPAN_NOUNS and not (
                measured.dep_ == "pobj" and measured.head.lower_ in _ADVERBIAL_PREPS
                and measured.lemma_.lower() not in _PENALTY_NOUNS):  # round 9: "elected ... for a term of five years"
            argument = True
        penalty = head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lemma_.lower() in _PENALTY_VERBS
        if not (has_of or argument or penalty) or head.dep_ == "pobj" and head.head.lower_ in _ADVERBIAL_PREPS and not penalty:
            continue
        amount = parse_amount(t.text, "QUANTITY", approx_band=0)
        if amount is None or amount.unit is None:
            continue
        ent = Span(doc, span.start, span.end, label="QUANTITY")
        added.append(_Candidate(ent, t.text, t.start, t.end, "time:duration", t.start, t.end))
    added += _qualifying_durations(doc, [*found, *added], times)
    taken = Overlaps([(c.start, c.end) for c in [*found, *added]])
    hyphens = _scan.with_orth(doc, ("-", "–"))  # round 8: not a loop over every token
    for h in hyphens:  # round 6: "a three - year sentence", "a 10-year ban": the length of a penalty, though hyphenated
        if h < 1 or h + 1 >= len(doc):
            continue
        tok = doc[h + 1]
        short = tok.lower_ in _SHORT_TIME_UNITS  # round 21: "a nine-hour difference", "a 20-minute demonstration"
        if tok.lower_ not in _HYPHEN_TIME_UNITS and not short or not (doc[h - 1].like_num or doc[h - 1].lower_ in UNITS_WORDS):
            continue
        head = tok.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        if short and not _length_of(tok, head):
            continue
        if not (head.lemma_.lower() in _PENALTY_NOUNS and tok.i < head.i <= tok.i + 3 or _stay_measured(tok, head)
                or _length_of(tok, head)):
            continue
        num = doc[tok.i - 2]
        number, num_start = num.text, num.idx
        mixed = _MIXED_BEFORE.search(doc.text, max(0, num.idx - 12), num.idx + len(num.text))
        if mixed is not None and int(mixed.group(2)) < int(mixed.group(3)):  # a whole number and a fraction: 4.5 months
            number, num_start = f"{int(mixed.group(1)) + int(mixed.group(2)) / int(mixed.group(3)):g}", mixed.start()
            span = doc.char_span(num_start, num.idx + len(num.text), alignment_mode="expand")
            num = span[0] if span is not None and len(span) else num
        if mixed is not None and int(mixed.group(2)) < int(mixed.group(3)):
            found = [c for c in found if not (c.start < tok.idx and num_start < c.end)]  # the tagger's "4" of "4 - 1 / 2" is part of it
        elif taken.any(num_start, tok.idx + len(tok.text)):
            continue
        amount = parse_amount(f"{number} {tok.lemma_.lower()}s", "QUANTITY", approx_band=0)
        if amount is None or amount.unit is None:
            continue
        end = head.idx + len(head.text)
        added.append(_Candidate(Span(doc, num.i, tok.i + 1, label="QUANTITY"), f"{number} {tok.lemma_.lower()}s",
                                num_start, end, "chars:penalty", num_start, tok.idx + len(tok.text)))
    return sorted([*found, *added], key=lambda c: c.start)


# round 16: a number and a singular time unit, unhyphenated ("a 20 minute walk", "a 10 second clock runoff")
_SINGULAR_DURATION = re.compile(r"(?i)(?:\d[\d,.]*|[a-z]+(?:[ -][a-z]+)?) (?:second|minute|hour|day|week|month|year|decade|century)")
# a duration qualifying one of these is a reference level, not a length ("a 4 year low", "a five day high")
_REFERENCE_NOUNS = frozenset({"high", "low", "record", "peak", "best", "worst"})


def _qualifying_durations(doc: Doc, found: Sequence[_Candidate], times: Sequence[TimeExpr]) -> list[_Candidate]:
    """Return the durations written unhyphenated before a noun they qualify: "a 20 minute walk", "a 10 second clock
    runoff", "his 2 hour speech" (round 16; rounds 13 and 15 each left one in their blind sample).

    English puts a measure before a noun in the singular ("a 20 minute walk", not "minutes"); with the parse hanging
    the unit (or its number) on a noun after it, the duration is that noun's length, a stated measure, and no time
    adverbial of the clause ("for 20 minutes"). A reference level ("a 4 year low") and an age ("20 year old": no noun)
    are no such noun. The hyphenated form ("a 12-hour flight") is left as it was.
    """
    added = []
    figures = Overlaps((c.start, c.end) for c in found)
    for t in times:
        if t.type != "DURATION" or not _SINGULAR_DURATION.fullmatch(t.text) or figures.any(t.start, t.end):
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or len(span) < 2 or span.end >= len(doc):
            continue
        head = next((tok.head for tok in span if tok.head.i >= span.end), None)
        if head is None or head.pos_ != "NOUN" or head.lemma_.lower() in _REFERENCE_NOUNS | _SPAN_NOUNS \
                or head.i > span.end + 2 or not all(head in tok.ancestors for tok in doc[span.end:head.i]) \
                or span[-1].dep_ not in ("compound", "amod", "nmod") and span[-1].head.i < span.end:
            continue
        amount = parse_amount(t.text, "QUANTITY", approx_band=0)
        if amount is None or amount.unit is None:
            continue
        added.append(_Candidate(Span(doc, span.start, span.end, label="QUANTITY"), t.text, t.start,
                                head.idx + len(head.text), "time:qualifier", t.start, t.end))
    return added


def _stay_measured(unit: Token, head: Token) -> bool:
    """True when a hyphenated time unit gives the length of a stay noun (:data:`_STAY_NOUNS`; round 14).

    "to begin a 90 - day court - mandated stay", "her 90-day court-mandated rehab": the words between the unit and the
    noun must all be the noun's own modifiers ("court - mandated"), and the stay must not be the object of a time
    adverbial's preposition ("for a 90-day stay", "after a three-month stint as coach" stay time adverbials).
    """
    if head.lemma_.lower() not in _STAY_NOUNS or not unit.i < head.i <= unit.i + 5:
        return False
    if not all(head in t.ancestors for t in unit.doc[unit.i:head.i]):
        return False
    return not (head.dep_ == "pobj" and head.head.lower_ in _ADVERBIAL_PREPS)


# nouns that name a stretch of time itself, whose length a hyphenated duration only restates ("a 41-year history", "a
# fifty-year service life"): TimeML marks these durations, and the figures guide leaves them neutral (round 19)
_TIME_ITSELF = frozenset({"life", "lifetime", "lifespan", "history", "career", "tenure", "existence"})


def _length_of(unit: Token, head: Token) -> bool:
    """True when a hyphenated time unit states the length of the noun it qualifies (round 19).

    "a four - day ski tour", "a 28-year veteran of the department": a measure before a noun, stated as a fact, as round
    16's unhyphenated "a 20 minute walk" and round 14's stays. Not a reference level ("a five-year high"), an age
    ("a 41-year-old": no noun of its own), a span noun ("a two-week period", which is the time itself), nor a noun
    that is the object of a time adverbial's preposition ("after a three-month stint", "for a 12-hour shift").
    """
    if head.pos_ != "NOUN" or not unit.i < head.i <= unit.i + 4 or unit.dep_ not in ("compound", "amod", "nmod", "npadvmod"):
        return False
    lemma = head.lemma_.lower()
    if lemma in _REFERENCE_NOUNS or lemma in _SPAN_NOUNS or lemma in _TIME_ITSELF or lemma in _HYPHEN_TIME_UNITS:
        return False
    if any(t.lower_ in ("old", "olds") for t in unit.doc[unit.i + 1:head.i + 1]):
        return False  # an age, however the parse hangs it ("an 18 - year old male")
    if not all(head in t.ancestors for t in unit.doc[unit.i:head.i]):
        return False
    return not (head.dep_ == "pobj" and head.head.lower_ in _ADVERBIAL_PREPS)


def _with_own_suffix(doc: Doc, ent: Span, cand: _Candidate) -> Span:
    """Return ``ent`` widened over the characters of its own number when the parse hangs the number on them.

    "stole £88m worth" and "made off with 2m euros" parse "88" and "2" as modifiers of the scale
    suffix "m" (even as a verb); the suffix is part of the figure, so the figure is linked from
    the token above it (round 6).
    """
    head = ent.root.head
    if ent.start <= head.i < ent.end or not cand.num_start <= head.idx < cand.num_end or not _SCALE_GLUED.fullmatch(head.text):
        return ent
    ext = doc.char_span(cand.num_start, cand.num_end, alignment_mode="expand")
    if ext is None:
        return ent
    return Span(doc, min(ent.start, ext.start), max(ent.end, ext.end), label=ent.label_)
