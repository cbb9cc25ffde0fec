"""Dates: the tense of the clause that governs a time expression (future, past, finished past).

A bare weekday or month is the next one in a future clause and the last one in a past clause (news
past bias; TempEval-3). Split out of ``expressions.py``; rules in ``docs/dates.md``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token


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
