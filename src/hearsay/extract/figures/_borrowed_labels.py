"""Figures: labels a number without a counted noun takes from its neighbours: an elided noun, an "of" holder,
a partitive opening or pronoun ("two of them"), an existential group, a copula attribute, a restatement, "N times". Split out of ``amounts.py`` (issue 15, figures round 10).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from hearsay import lexicon
from hearsay.extract.figures._reading import _unit_nouns, _unit_symbols
from hearsay.extract.figures._exclusions import _DEFINITE, _LEVEL_NOUNS, _in_date
from hearsay.extract.figures._labels import (
    _acting,
    _IRREGULAR_PARTICIPLES,
    _LIGHT_VERBS,
    _MOVE_ADVERBS,
    _NOT_MEASURED,
    _STATIVE_VERBS,
    _noun_label,
    participle,
)


_EXTREMES = {"high", "low", "peak", "record", "trough"}  # "a day high of 145 points", "a record low of 4,000"


def _of_holder(number: Span, noun: Token | None, unit: str | None) -> str | None:
    """Return the noun a figure is "of", when it names what is measured (round 7).

    "a day high of 145 points" -> high (an index's extreme, the points its size); "the crowd of
    22, 000" -> crowd (a bare count is the size of the group it is "of"). General nouns ("a total
    of", "the number of") name nothing.
    """
    tok = noun if noun is not None and unit is not None else next((t for t in number if t.like_num), None)
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    holder = tok.head.head
    if holder.lower_ in _EXTREMES and unit == "points":
        return holder.lower_
    if noun is None and unit is None and holder.pos_ == "NOUN" and holder.i < tok.i \
            and holder.lemma_.lower() not in _NOT_MEASURED and holder.lower_ not in _NOT_MEASURED:
        return _noun_label(holder)
    return None


def _copula_attr(ent: Span) -> str | None:
    """Return the noun a sum or share "at" is said to be: "This, at 7.3%, is the eleventh largest
    percentage fall" -> percentage fall (round 7)."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "at" or root.head.head.lemma_ != "be":
        return None
    attr = next((c for c in root.head.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    return _noun_label(attr) if attr is not None and attr.lemma_.lower() not in _NOT_MEASURED else None


_CLIMB = frozenset({"pobj", "prep", "acomp", "quantmod", "nummod", "advmod", "npadvmod"})


def copula_subject(ent: Span) -> str | None:
    """Return the common noun a measure is stated to be: "the death toll would have been more than a thousand" ->
    death toll, "Range ... is expected to be 8,000 nautical miles" -> range (round 21, its blind run's labels).

    The number (through its hedge and unit noun) is the complement of "be", directly or raised by a verb of expecting
    or believing ("is expected to be"); the copula's subject, a common noun that names a measure (not a total, a
    figure or a number, which say nothing), is what the amount measures. Only for a figure nothing else labelled.
    """
    tok = ent.root
    for _ in range(4):
        if tok.dep_ in ("attr", "acomp") and tok.head.lemma_ == "be":
            break
        if tok.dep_ not in _CLIMB or tok.head is tok:
            return None
        tok = tok.head
    else:
        return None
    verb = tok.head
    for _ in range(2):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("xcomp", "ccomp") or verb.head is verb:
            break
        verb = verb.head
    if subject is None or subject.pos_ in ("PRON", "PROPN", "DET", "NUM") or not subject.is_alpha or subject.ent_type_:
        return None
    if subject.lemma_.lower() in _NOT_MEASURED or subject.lower_ in _NOT_MEASURED:
        return None
    return _noun_label(subject).lower()


def _times_verb(noun: Token | None) -> str | None:
    """Return "times <verb>" for a frequency: "Mourad was sued three times" -> times sued (round 7).

    Round 10: in a title-cased headline the tagger reads the verb as a name ("Teen Shot 11 Times By
    Police"); a capitalised past form right before the number is then the verb.
    """
    if noun is not None and noun.lower_ == "times" and noun.head.pos_ != "VERB" and noun.text[0].isupper():
        num = next((c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i), None)
        before = noun.doc[num.i - 1] if num is not None and num.i > 0 else None
        if before is not None and before.text[:1].isupper() and before.is_alpha and (
                before.lower_ in _IRREGULAR_PARTICIPLES or before.lower_.endswith("ed")):
            return f"times {before.lower_}"
    if noun is None or noun.lower_ != "times" or noun.dep_ not in ("npadvmod", "advmod", "dobj") or noun.head.pos_ != "VERB":
        return None
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _LIGHT_VERBS:
        return None
    return f"times {verb.lower_ if verb.tag_ in ('VBN', 'VBD') else verb.lemma_.lower()}"


def _index_level(ent: Span) -> bool:
    """True when a bare number is a stock index's level or move: the sentence names an index
    (``lexicon/stock_indices.txt``) and the number reads as a level ("to 6038.30", "closing at
    4,851", "fell 344.65", "the 5000 mark"), not a count (issue 15)."""
    text = ent.text.strip()
    number = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if number is None or re.search(r"[$£€¥%]", text):
        return False
    root = ent.root
    decimal = re.fullmatch(r"[\d,]+\.\d\d", number.group(0)) is not None
    level = root.dep_ == "pobj" and root.head.lower_ in ("to", "at", "of", "below", "above") or (
        root.dep_ == "nummod" and root.head.lemma_.lower() in _LEVEL_NOUNS)
    if not (decimal or level) or float(number.group(0).replace(",", "")) < 100:
        return False
    names = lexicon.words("stock_indices.txt")
    return any(t.lower_ in names for t in ent.sent if not (ent.start <= t.i < ent.end))


_AGAINST = {"to", "against", "versus", "vs", "vs."}  # "178 punches to just 30": a count set against another


def _elided(ent: Span, labelled: dict[int, str]) -> str | None:
    """Return the label of the figure a bare number is listed with ("37 of the candidates ..., 46 in
    Akhal region, 25 in Balkan region"; "growth of 28% and 50%"): its noun is left out (issue 15)."""
    tok = ent.root
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ in _AGAINST and prep.head.pos_ == "VERB" and not (prep.lower_ == "to" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ in _MOVE_ADVERBS for c in prep.head.children)):  # "ending down 5%, to 11,015": a level
        # "landed 178 punches to just 30 for Rahman": the number set against the verb's counted object counts the same
        for obj in prep.head.children:
            if obj.dep_ == "dobj" and obj.i < tok.i:
                num = next((c for c in obj.children if c.dep_ == "nummod" and c.i in labelled), None)
                if num is not None:
                    return labelled[num.i]
    for _ in range(6):
        if tok.dep_ not in ("conj", "appos") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.i in labelled:
            return labelled[tok.i]
    return None


def _from_level(ent: Span, labelled: dict[int, str]) -> str | None:
    """Return the label of the "from" figure a bare number ends a change at, or ``None`` (round 14).

    "seats ... increased from 9 to 10": the two numbers are two levels of one quantity (issue 15: a change from X to Y
    is two figures), so the "to" number counts what the "from" number counts. The parse hangs "to" on "from" or both on
    the verb. A label that names the change ("revenue risen") is the change's, not the level's, so its verb is dropped.
    """
    tok = ent.root
    if tok.dep_ != "pobj" or tok.head.lower_ != "to":
        return None
    to = tok.head
    froms = [to.head] if to.head.lower_ == "from" else [
        c for c in to.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i < to.i]
    for prep in froms:
        earlier = next((o for o in prep.children if o.dep_ == "pobj" and o.i in labelled), None)
        if earlier is None:
            continue
        label = labelled[earlier.i]
        verb = prep.head
        words = label.split()
        if len(words) > 1 and verb.pos_ == "VERB" and words[-1] == participle(verb):
            label = " ".join(words[:-1])
        return label
    return None


_CONTRAST = frozenset({"other", "remaining"})


def _measure_noun(noun: Token) -> bool:
    """True for a unit or a length of time ("5 %", "ten years"): a measure, not a kind of thing counted."""
    return noun.lower_ in _unit_symbols() or noun.lemma_.lower() in _HYPHEN_TIME_UNITS | {"hour", "minute", "second", "decade", "century"} \
        or noun.lower_ in ("%", "percent", "per", "cent")


def _elided_count(ent: Span) -> str | None:
    """Return the noun a bare count leaves out, from the count set against it or the one before it (round 8).

    "Two managed to give the Indian Navy a slip, but the other three boats were intercepted": the
    count contrasted by "the other N X" in its sentence counts X too. "... to supply 14 new Airbus
    A330-200 passenger airliner. They will be owned by AirTanker, who retains leasing rights to five":
    otherwise the noun counted nearest before it, in its sentence or the one before, is the noun.
    Only a number standing alone as a subject, object or prepositional object with no noun or
    phrase of its own qualifies. Round 13: an open hedge of its own ("14 or more") and a date the parser
    hung it on ("after losing 14 or more the previous season": the date's place is the number's) do not
    stop it, and an object keeps its verb as a counted noun would ("... to win at least 10 games after
    losing 14 or more" -> games lost).
    """
    tok = ent.root
    place = tok.head if tok.dep_ == "nummod" and _in_date(tok.head, ent) else tok
    role = place.dep_
    if place.i != tok.i and role == "npadvmod" and not any(c.dep_ == "dobj" for c in place.head.children):
        role = "dobj"  # the date the number hangs on stands where the verb's object would ("losing 14 the previous season")
    if not tok.like_num or role not in ("nsubj", "nsubjpass", "dobj", "pobj") \
            or any(t.i != tok.i and not (t.head.i == tok.i and t.dep_ in ("cc", "conj") and t.lower_ in _OPEN_ENDS
                                         or t.dep_ == "cc" and t.lower_ == "or") for t in ent) \
            or any(c.pos_ in ("NOUN", "PROPN", "PRON") or c.dep_ in ("prep", "det", "poss") for c in tok.children):
        return None
    noun = _elided_noun(ent, tok)
    if noun is None:
        return None
    verb = place.head
    if role == "dobj" and verb.pos_ == "VERB" and _acting(verb) and not noun.startswith(verb.lemma_.lower()):
        return f"{noun} {participle(verb)}"  # "the government will appoint six" -> members appointed (not "orders ordered")
    return noun


_OPEN_ENDS = frozenset({"or", "more", "fewer", "less", "over", "above", "under", "below"})


def _elided_noun(ent: Span, tok: Token) -> str | None:
    """Return the noun of :func:`_elided_count`: the "other N X" contrasted, else the nearest count before."""
    doc, sent = ent.doc, ent.sent
    for t in sent:
        if t.i != tok.i and t.dep_ == "nummod" and t.head.tag_ == "NNS" and t.head.i > t.i \
                and any(c.dep_ == "amod" and c.lower_ in _CONTRAST for c in t.head.children):
            return _noun_label(t.head)
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in reversed(doc[start:tok.i]):
        if t.dep_ == "nummod" and t.like_num and t.head.pos_ == "NOUN" and t.head.i > t.i and not _measure_noun(t.head):
            return _noun_label(t.head)
    return None


def _partitive(ent: Span) -> str | None:
    """Return X for a bare number in a sentence opened by "Of the (N) X," ("Of the 288 candidates, 286 have ...").

    Round 9: "Out of" opens such a sentence too, and a count needs no article to be the whole the
    numbers after it break down ("Out of 23 arrested pirates, 12 are ... from Somalia and 11 from Yemen").
    """
    sent = ent.sent
    first = sent[0]
    if first.lower_ == "out" and len(sent) > 2 and sent[1].lower_ == "of":
        first = sent[1]
    if first.lower_ != "of" or ent.start <= first.i or ent.root.dep_ not in ("nsubj", "nsubjpass", "ROOT", "conj"):
        return None
    obj = next((c for c in first.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if obj is None or not any(c.lower_ in _DEFINITE or c.dep_ == "nummod" and c.like_num for c in obj.children):
        return None
    acl = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i > obj.i), None)
    return f"{_noun_label(obj)} {acl.lower_}" if acl is not None else _noun_label(obj)  # "Of the 23 pirates arrested"


_PARTITIVE_PRONOUNS = frozenset({"them", "us", "those", "these", "which", "whom"})


def _pronoun_partitive(ent: Span) -> str | None:
    """Return the act of a bare count "of them" / "of which" that is a clause's subject (round 10).

    "While two of them managed to escape" -> escaped: the pronoun names nothing, the act the count
    did does (through verbs of trying and managing, as :func:`_relative_act`); "200 jobs, of which 50
    will be cut" -> jobs cut, the relative clause's noun named with the act.
    """
    tok = ent.root
    if not tok.like_num or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    pron = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj" and o.lower_ in _PARTITIVE_PRONOUNS), None)
    verb = tok.head
    if pron is None or verb.pos_ != "VERB":
        return None
    while (then := next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)) is not None:
        verb = then
    if verb.lemma_.lower() in _LIGHT_VERBS | _STATIVE_VERBS:
        return None
    if pron.lower_ in ("which", "whom"):
        clause = tok.head
        return f"{_noun_label(clause.head)} {participle(verb)}" if clause.dep_ == "relcl" and clause.head.pos_ == "NOUN" else None
    return participle(verb)


def _existential_group(ent: Span) -> str | None:
    """Return the group a bare count is "in" after an existential "there": "There were four in the
    climbing party" -> climbing party (round 10): the count is the group's size."""
    tok = ent.root
    be = tok.head
    if not tok.like_num or tok.dep_ != "attr" or be.lemma_ != "be" or not any(c.dep_ == "expl" for c in be.children):
        return None
    group = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"
                  for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    if group is None or group.lemma_.lower() in _NOT_MEASURED or _measure_noun(group):
        return None
    return _noun_label(group)


_HYPHEN_TIME_UNITS = {"year", "month", "week", "day"}


def _restated(ent: Span) -> int | None:
    """Return the token of a figure that ``ent`` restates in a "which is" clause ("2.36%, which is 118.40 points")."""
    root = ent.root
    if root.dep_ == "nummod" and root.head.lemma_.lower() in _unit_nouns():
        root = root.head  # "118.40" of "118.40 points"
    verb = root.head
    if root.dep_ != "attr" or verb.lemma_ != "be" or verb.dep_ != "relcl":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children):
        return None
    return verb.head.i
