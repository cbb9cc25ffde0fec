"""Figures: hedged numbers as intervals, with what they count, about whom, as of when, whose.

Candidates are spaCy's CARDINAL, MONEY, PERCENT and QUANTITY entities (en_core_web_sm keeps
hedges such as "more than" and "as many as" inside CARDINAL spans, with quantmod/advmod
dependencies and a ``nummod`` head noun). Each candidate is

1. kept or rejected: page furniture (author bio, credits), years and dates, clock times,
   phone numbers, parts of names ("Flight 447"), definite back-references ("the two
   countries") and "one" as a pronoun become :class:`Rejection` records with a reason;
2. widened over a hedge the entity left out and over its directly attached counted noun
   ("11,000 troops", "thousands more");
3. parsed by :func:`hearsay.extract.figures._numbers.parse_amount` into value and interval;
4. linked: ``quantity`` from the counted noun, the governing verb ("were killed") or the
   sentence (``lexicon/quantities.tsv``); ``subject`` from entity mentions modifying the counted
   noun or in the clause's subject; ``as_of`` from a date in the same sentence or the
   statement's date; ``source``/``statement`` from the statement whose content holds it.

The steps live in ``_candidates`` (1, 2 and gathering), ``_exclusions`` (1), ``_reading`` (3: the
characters), ``_labels`` and ``_borrowed_labels`` (4: quantity) and ``_subjects`` (4: subject); this
module links them. Rules and measurements are in ``docs/figures.md``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from hearsay.config import Settings
from hearsay.extract.figures._markets import context_level, first_index_name, index_move
from hearsay.extract.figures._numbers import CURRENCY_WORDS, Amount, approximated, parse_amount, tidy
from hearsay.extract.context import StatementIndex, source_of
from hearsay.extract.intervals import Starts
from hearsay.extract.entities.index import EntityIndex
from hearsay.extract.zones import Zones
from hearsay.paragraphs import paragraph_at
from hearsay.model import Figure, Rejection, Statement, TimeExpr
from hearsay.extract.figures._reading import _metres_moved, _metres_read, _unit_symbols
from hearsay.extract.figures._exclusions import _LEVEL_NOUNS, _Lookups
from hearsay.extract.figures._counted import _counted_noun
from hearsay.extract.figures._labels import bare_count_label, quantity_key, _clause_verb, _noun_label, _quantity, quantity_vocabulary
from hearsay.extract.figures._borrowed_labels import (
    _copula_attr,
    copula_subject,
    _elided,
    _elided_count,
    _existential_group,
    _from_level,
    _index_level,
    _of_holder,
    _partitive,
    _pronoun_partitive,
    _restated,
    _times_verb,
)
from hearsay.extract.figures._glued import with_glued_counts, with_temperatures
from hearsay.extract.figures._subjects import (
    _INDEX_NOUNS,
    _clause_place,
    _owner_of,
    _programme_figure,
    _setting_measure,
    _struck_place,
    _subject,
    counts_members,
    unknown_name_subject,
)
from hearsay.extract.figures._candidates import (
    _MODEL_NAME,
    _Candidate,
    leading_measure,
    _ner_candidates,
    _with_bare_counts,
    _with_durations,
    _with_own_suffix,
    _with_phrases,
    _with_units,
)


_SUBJECT_TYPES = {"GPE", "NORP", "ORG", "LOC", "PERSON"}
_EVENT_LABELS = frozenset({"killed", "wounded", "injured", "casualties", "missing", "magnitude"})
_TOLL_LABELS = _EVENT_LABELS - {"magnitude"}


def _other_clause(ent: Span, t: TimeExpr) -> bool:
    """True when date ``t`` dates something else: a relative clause or a "since" start.

    "13,000 US troops remain in Afghanistan, where they have fought since 11 September 2001":
    the date starts the fighting; the count is as of the statement (issue 15).
    """
    span = ent.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = _clause_verb(ent.root)
    tok = span.root
    for _ in range(12):
        if verb is not None and tok.i == verb.i or tok.head.i == tok.i:
            return False
        if tok.lower_ == "since" or tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("relcl", "acl"):
            return True
        tok = tok.head
    return False


def _as_of(ent: Span, times: Starts[TimeExpr], statement: Statement | None) -> str | None:
    sent = ent.sent
    best = None
    for t in times.between(sent.start_char, sent.end_char):  # the times starting in the sentence, in their order
        if t.type != "DATE" or t.value.endswith("_REF") or "X" in t.value:
            continue
        if sent.start_char <= t.start and t.end <= sent.end_char and not _other_clause(ent, t):
            dist = abs(t.start - ent.start_char)
            if best is None or dist < best[0]:
                best = (dist, t.value)
    if best is not None:
        return best[1]
    return statement.date if statement is not None else None


def _statement_for(start: int, end: int, statements: Sequence[Statement] | StatementIndex, full: str = "") -> Statement | None:
    """Return the smallest statement holding ``start..end`` (the first of equal size).

    A figure whose unit mark runs past a statement that dropped it ("rose 5" of "rose 5%") is
    still inside that statement (issue 15). Every such statement holds ``start``, so a
    :class:`StatementIndex` gives the same candidates as the whole list, without the scan.
    """
    best = None
    for st in statements.around(start) if isinstance(statements, StatementIndex) else statements:
        inside = st.start <= start and end <= st.end
        if not inside and st.start <= start < st.end < end:
            inside = re.fullmatch(r"\s?(?:%|per ?cent|percent|p|[a-z]{1,3})", full[st.end:end]) is not None
        if inside and (best is None or st.end - st.start < best.end - best.start):
            best = st
    return best


def _parallel(ent: Span, noun: Token | None, unit: str | None, quantity: str | None, figures: Sequence[Figure], full: str,
              start: int) -> str | None:
    """Return the label of the figure in the same sentence this one restates or sets beside it.

    "carry up to 840 people in all-economy class (550 for a Boeing 747)": a bare number opening a
    bracket after a figure counts the same; "..., or 555 people in three classes": the same noun
    coordinated with a figure whose label keeps a verb takes that verb too.
    """
    if not figures or figures[-1].quantity is None or figures[-1].start < ent.sent.start_char or figures[-1].unit != unit:
        return quantity
    prev = figures[-1].quantity
    if noun is None and ent.start > 0 and ent.doc[ent.start - 1].text == "(" and full[figures[-1].end:start].count("(") == 1:
        return prev
    if noun is not None and quantity == _noun_label(noun) and prev.startswith(quantity + " ") \
            and re.search(r"\b(?:or|and)\s+$", full[figures[-1].end:start]):
        return prev
    return quantity


_OR_BETWEEN = re.compile(r"\s*,?\s+or\s+")


def _shared_bound(amount: Amount, figures: Sequence[Figure], full: str, start: int) -> Amount:
    """Return ``amount`` bounded like the figure "or" joins it to: "up to 160GB or 40,000 songs"
    states one capacity twice, so the hedge bounds both; a point joined by "and" stays a point."""
    if amount.hedge is not None or amount.value is None or amount.low != amount.high or not figures:
        return amount
    prev = figures[-1]
    if prev.hedge is None or (prev.low is None) == (prev.high is None) or not _OR_BETWEEN.fullmatch(full[prev.end:start]):
        return amount
    if prev.low is None:
        return replace(amount, low=None, high=amount.value, high_inclusive=prev.high_inclusive, hedge=prev.hedge)
    return replace(amount, low=amount.value, high=None, low_inclusive=prev.low_inclusive, hedge=prev.hedge)


_SIGNED_BOUND = re.compile(r"(?<![\w.,])[-−+]\d")  # a sign glued to a range bound: "between -30 and -60"
_PERCENT_NEXT = re.compile(r" (?:and|or|to) [\d.,]+ ?(?:%|percent\b|per cent\b)")


def find_figures(
    doc: Doc, entities: EntityIndex, statements: Sequence[Statement], times: Sequence[TimeExpr], zones: Zones, settings: Settings
) -> tuple[list[Figure], list[Rejection]]:
    """Return the figures claimed in ``doc`` and the numbers rejected as non-claims.

    Args:
        doc: the parsed article.
        entities: the article's entity index (subjects are looked up in it).
        statements: the article's statements (a figure inside one takes its source and id).
        times: the article's time expressions (as-of dates; numbers inside them are no figures).
        zones: page furniture (biography and credit numbers are rejected).
        settings: ``approx_band`` sets the interval of "about N".

    Returns:
        ``(figures, rejections)``; figures in text order with ids ``f1``, ``f2``, ...
    """
    figures: list[Figure] = []
    full = doc.text  # Doc.text joins every token on each call: read it once
    look = _Lookups.of(doc, times, full)
    by_offset = StatementIndex(statements)
    found, rejected = _ner_candidates(doc, full, zones, look)
    found = _with_phrases(doc, full, found, rejected, zones, look)
    found = _with_units(doc, full, found, rejected, zones, look)
    found = with_temperatures(doc, full, found, rejected, look)  # round 19: "- 15C temperatures"
    found = with_glued_counts(doc, found)  # round 19: "(14-13-2, 12KOs)"
    found = _with_durations(doc, found, times)
    first_index = first_index_name(doc)
    found = _with_bare_counts(doc, full, found, rejected, zones, look, first_index)
    found = _outside_others(found)
    previous_subject: tuple[int, str] | None = None
    labelled: dict[int, str] = {}  # token index -> the quantity of the figure holding it
    for cand in found:
        ent = cand.ent
        measured: Token | None = None
        amount = parse_amount(_metres_read(cand.text, full, cand.num_start, cand.num_end), ent.label_, settings.approx_band) \
            or parse_amount(ent.text, ent.label_, settings.approx_band)
        if amount is None:
            lead = leading_measure(ent, settings.approx_band)
            if lead is None:
                continue
            amount = lead[0]
            if ent.label_ == "QUANTITY" and amount.unit is not None:
                # round 16: "an 86 - yd TD run" tagged as one QUANTITY: the measure is "86 - yd", and the nouns the
                # tagger took in after it are what it measures (the label), as for "a 47-yard field goal"
                ent = Span(doc, ent.start, lead[1], label=ent.label_)
                measured = _measured_noun(ent)
        if amount.unit is None and _glued_metres(doc, cand):
            amount = parse_amount(f"{cand.text[:-1]} m", ent.label_, settings.approx_band) or amount  # round 11: "fell about 600m"
        amount = _shared_bound(amount, figures, full, cand.start)
        if amount.unit is None and _share_of_group(doc, cand, amount):
            amount = _as_percent(amount)
        if _estimated_noun(ent):
            amount = approximated(amount, "an estimated", settings.approx_band)  # round 21: "an estimated cost of NZ $26 million"
        ent = _with_own_suffix(doc, ent, cand)
        noun = _counted_noun(ent) or measured
        if noun is not None and amount.unit is not None and noun.i >= ent.end and noun.idx < cand.num_end \
                and noun.dep_ == "pobj" and noun.head.lower_ == "of" and not any(ch.isdigit() for ch in ent.text):
            noun = None  # round 17: "a tenth of a square meter": the unit read into the fraction is no counted noun
        if amount.unit is None and noun is not None and noun.i == ent.end and noun.pos_ == "NOUN" \
                and noun.lemma_.lower() in CURRENCY_WORDS:
            # round 15: "pay over 422,000 euros": the tagger left the currency word outside a CARDINAL; it is the
            # amount's currency, as inside a MONEY entity, not a counted noun ("euros paid")
            amount = parse_amount(f"{cand.text} {noun.text}", "MONEY", settings.approx_band) or amount
            if amount.unit is not None:
                ent, noun = Span(doc, ent.start, noun.i + 1, label="MONEY"), None
        unit = amount.unit
        if unit == "GBP" and _weighed(ent):
            unit = "lb"  # round 18: "weighing approximately 200 pounds" is a weight, not sterling
        if noun is None and unit is None and (ent.root.pos_ in ("NOUN", "PROPN") or _MODEL_NAME.fullmatch(ent.root.text)) \
                and not ent.root.like_num \
                and ent.root.i > ent.start and ent.label_ == "CARDINAL":
            noun = ent.root  # "24 A320s" tagged as one number: the name it took in is what it counts
        if ent.label_ == "QUANTITY" and unit is None:
            unit = ent.root.lemma_.lower() if not ent.root.like_num else None
        if unit is None and ent.label_ == "CARDINAL" and _PERCENT_NEXT.match(full, cand.num_end):
            unit = "%"  # round 6: "rose 166.5 and 93.3% respectively": the sign written once serves both
        if unit is None and noun is not None and noun.i - ent.end <= 1 and noun.lower_ in _unit_symbols():
            unit = _unit_symbols()[noun.lower_]  # "17 unanswered points": a unit after one qualifier
        index_level = unit is None and (noun is None or noun.lemma_.lower() in _LEVEL_NOUNS) and _index_level(ent)
        move = index_move(ent, first_index) if unit is None and noun is None else None
        if cand.rule == "parse:signed" and amount.value is not None:
            move = "down" if amount.value < 0 else "up"  # round 7: "to -36" in a market report
        if unit is None and amount.value is None and len(_SIGNED_BOUND.findall(cand.text)) == 2 \
                and index_move(ent, first_index, signed=True) is not None and amount.high is not None:
            move = "down" if amount.high < 0 else "up"  # round 8: "hovered between -30 and -60" in a market report
        if move is None and not index_level and unit is None and noun is None:
            index_level = context_level(ent, first_index)  # round 7: "we breached 8,000" after the Dow was named
        if index_level or move is not None:
            unit = "points"  # "fell 232.90 points to 6038.30", "closing at 4,851"; round 7: "down 100", "three down"
        start, end = cand.start, cand.end
        statement = _statement_for(start, end, by_offset, full)
        subject = _subject(ent, noun, entities)
        setting = _setting_measure(ent, unit, noun)
        if setting is not None:
            subject = _owner_of(setting, entities, noun if noun is not None and noun.i >= ent.end else ent[-1])  # round 10: "in that 38 dBa office environment" is the room's
        if subject is not None and entities.entity(subject).type == "ORG" and _programme_figure(ent, noun, entities, look):
            subject = None  # round 10: "orders from two customers for the 777-200LR" are the programme's
        para = paragraph_at(full, start)[0]
        own_verb = _clause_verb(ent.root)
        if subject is None and previous_subject is not None and previous_subject[0] == para \
                and not (own_verb is not None and unknown_name_subject(own_verb, entities)) \
                and (entities.entity(previous_subject[1]).type != "NORP" or counts_members(noun)):
            subject = previous_subject[1]  # "as many as 1,000 were killed": the paragraph's running subject
            # (a group runs on only to a count of people: "engaged four ISIL tactical units; ... damaged 29 supply routes")
        if subject is not None:
            previous_subject = (para, subject)
        source = source_of(statement)
        # round 10: a count "of them" / "of which" is named by its act ("two of them managed to escape" -> escaped), before
        # any label the clause gives ("900 workers, of which 200 were laid off" was "workers")
        quantity = (_pronoun_partitive(ent) if noun is None and unit is None else None) or _quantity(ent, noun, unit, ent.sent)
        if subject is None and setting is None and quantity in _EVENT_LABELS:
            subject = _clause_place(ent, entities)  # round 10: the toll's place named in its clause, not by the teller
        elif subject is not None and quantity is not None and quantity.split()[-1] in _TOLL_LABELS:
            subject = _struck_place(ent, subject, entities) or subject  # round 11: "U.S. airstrikes ... in Idlib killed"
        if noun is None:
            partitive = _partitive(ent)
            opening = {w for t in ent.sent[:ent.start - ent.sent.start] for w in (t.lower_, quantity_vocabulary().get(t.lemma_.lower()))}
            if partitive is not None and quantity is not None and all(w in opening for w in quantity.split()):
                quantity = None  # "Of the 23 pirates arrested, 12 are Somali": a word of the opening phrase is no label of the 12
            quantity = _elided(ent, labelled) or (partitive if quantity is None else None) or quantity
            if quantity is None:
                quantity = _from_level(ent, labelled)  # round 14: "increased from 9 to 10": the "to" level counts the same
            if quantity in (None, "money", "percent") and any(c.lower_ == "another" for c in ent.root.children) and figures and figures[-1].unit == unit \
                    and paragraph_at(full, figures[-1].start)[0] == para:
                quantity = figures[-1].quantity  # "offered a $75,000 reward, and the FBI added another $20,000"
        quantity = _parallel(ent, noun, unit, quantity, figures, full, start)
        if figures and unit is not None and unit == figures[-1].unit and len(unit) == 3 and unit.isupper() \
                and re.fullmatch(r"\s*\(\s*", full[figures[-1].end:start]) and full[end:end + 1] == ")" \
                and figures[-1].value is not None and amount.value is not None and figures[-1].value != amount.value:
            # round 10: "pay $57 million (US$78 million)": the same payment in two currencies, so the first "$" is
            # not the currency it was read as; its value as written stays, its currency is unknown
            figures[-1] = replace(figures[-1], unit=None)
        if figures and unit is not None and re.fullmatch(r"\s*/\s*", full[figures[-1].end:start]) and figures[-1].unit is not None:
            quantity = figures[-1].quantity  # "$149 / £99": the same amount in another unit measures the same thing
        restated = _restated(ent)
        if restated is not None and restated in labelled:
            quantity = labelled[restated]  # round 6: "dropped by 2.36%, which is 118.40 points": one move said twice
        held = _of_holder(doc.char_span(cand.num_start, cand.num_end, alignment_mode="expand") or ent, noun, unit)
        if held is not None and (quantity is None or unit == "points"):
            quantity = held  # round 7: "the crowd of 22, 000" -> crowd; "a day high of 145 points" -> high
        quantity = _times_verb(noun) or quantity  # round 7: "was sued three times" -> times sued
        if cand.rule == "chars:glued count":
            quantity = full[cand.num_end:cand.end]  # round 19: "12KOs" counts the abbreviation glued to it (KOs)
        if cand.rule == "chars:temperature" and quantity is None:
            quantity = "temperature"  # round 19: "strong wind gusts and - 15C temperatures": what a scale measures
        if quantity in (None, "money", "percent"):
            quantity = _copula_attr(ent) or quantity  # round 7: "This, at 7.3%, is the ... percentage fall"
        if quantity is None and noun is None and unit is None:
            # round 10: "There were four in the climbing party" -> the party
            quantity = _existential_group(ent) or _elided_count(ent)  # round 8: "the other three boats"
            quantity = quantity or bare_count_label(ent)  # round 20: "Hundreds dead", "51 by KO", "pouring around ten"
        if quantity is None:
            quantity = copula_subject(ent)  # round 21: "the death toll would have been more than a thousand"
        if cand.rule == "parse:tally" and figures and figures[-1].start >= ent.sent.start_char:
            quantity = figures[-1].quantity  # round 7: "125 electoral districts ..., Ashgabat city - 15": the count broken down
        if move is not None:
            quantity = move  # round 7: the adverb touching the number beats a label shared by apposition ("12 up then three down")
        if index_level and (quantity is None or quantity in _INDEX_NOUNS):  # round 10: "the ... industrial average finished on 7223.98"
            quantity = "level"
        if quantity is not None:
            labelled.update((t.i, quantity) for t in ent)
        figures.append(
            Figure(
                id=f"f{len(figures) + 1}", text=full[start:end], start=start, end=end,
                value=amount.value, low=amount.low, high=amount.high,
                low_inclusive=amount.low_inclusive, high_inclusive=amount.high_inclusive,
                approximate=amount.approximate, hedge=amount.hedge,
                quantity=quantity, unit=unit, subject=subject,
                as_of=_as_of(ent, look.times_by_start, statement), source=source,
                statement=statement.id if statement is not None else None, rule=cand.rule,
            )
        )
    return figures, rejected


__all__ = ["counts_members", "find_figures", "quantity_key", "quantity_vocabulary"]


def _as_percent(amount: Amount) -> Amount:
    """Return a fraction ``amount`` (0.25) as the share it states (25 %)."""
    def pct(x: float | None) -> float | None:
        return None if x is None else tidy(x * 100)

    return replace(amount, value=pct(amount.value), low=pct(amount.low), high=pct(amount.high), unit="%")


def _share_of_group(doc: Doc, cand: _Candidate, amount: Amount) -> bool:
    """True when a fraction written in words is a share of a group: "a quarter of citizens", "half of the voters" (round
    21). The fraction is "of" a plural noun, with at most a determiner or possessive and adjectives between, and no
    number of its own ("half of the 20 people" counts 10 people; "a quarter of a mile" is read with its unit)."""
    if amount.value is None or not 0 < amount.value < 1 or any(ch.isdigit() for ch in cand.text):
        return False
    after = doc.char_span(cand.num_end, min(len(doc.text), cand.num_end + 60), alignment_mode="expand")
    if after is None or len(after) < 2 or after[0].lower_ != "of":
        return False
    for tok in after[1:6]:
        if tok.like_num or tok.is_punct:
            return False
        if tok.tag_ in ("NNS", "NNPS"):
            return tok.lower_ not in _unit_symbols() and tok.lemma_.lower() not in _unit_symbols()
        if tok.dep_ not in ("det", "poss", "amod", "compound", "predet"):
            return False
    return False


_ESTIMATE_WORDS = frozenset({"estimated", "approximate", "rough", "projected"})


def _estimated_noun(ent: Span) -> bool:
    """True when the amount is what an estimated noun is "of" ("at an estimated cost of NZ $26 million", round 21): the
    hedge qualifies the noun the amount measures, so the amount is as rough as "an estimated NZ $26 million" would be."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.pos_ != "NOUN":
        return False
    return any(c.dep_ == "amod" and c.lower_ in _ESTIMATE_WORDS for c in root.head.head.children)


def _outside_others(found: list[_Candidate]) -> list[_Candidate]:
    """Return ``found`` without a candidate lying inside the number and unit another reads (round 17: "a quarter of a
    square mile" is read whole, so its "a square mile" is no second figure of one square mile). Only the characters the
    amount is read from count, not a candidate's widened span (a hedge or counted noun around it)."""
    return [c for c in found if not any(o is not c and o.num_start <= c.start and c.end <= o.num_end
                                        and (o.num_start, o.num_end) != (c.start, c.end) for o in found)]


def _measured_noun(ent: Span) -> Token | None:
    """Return the noun a measure written before it qualifies, through the compound nouns between ("an 86 - yd TD
    run" -> run; round 16), or ``None`` when the measure's unit modifies no noun after it."""
    head = ent.root
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    return head if head is not ent.root and head.pos_ == "NOUN" else None


def _glued_metres(doc: Doc, cand: _Candidate) -> bool:
    """True when the candidate ends in a glued "m" that the parse shows is a distance moved (round 11, :func:`_metres_moved`)."""
    if not re.search(r"\dm$", cand.text):
        return False
    suffix = doc.char_span(cand.end - 1, cand.end, alignment_mode="expand")
    return suffix is not None and len(suffix) == 1 and suffix[0].lower_ == "m" and _metres_moved(suffix[0])


def _weighed(ent: Span) -> bool:
    """Return True when "pounds" of an amount are a weight: the word is the object of a verb of weighing ("weighing
    approximately 200 pounds", "weighs 150 pounds") or measures a weight adjective ("200 pounds heavier"); main read every
    "pounds" as sterling. "lost 200 pounds" stays sterling: losing or gaining names no weight without more context."""
    pound = next((t for t in ent if t.lemma_.lower() == "pound" or t.lower_ in ("pounds", "pound")), None)
    if pound is None:
        return False
    head = pound.head
    return head.lemma_.lower() == "weigh" and pound.dep_ in ("dobj", "npadvmod", "attr") \
        or head.pos_ == "ADJ" and head.lemma_.lower() in ("heavy", "heavier") and pound.dep_ == "npadvmod"

