"""The antecedent of a pronoun or definite description as one scored choice among candidates.

Issue 14, round 16: the speaker errors pooled over the blind runs of statements-rich5, -rich6 and
-rich7 and the current runs of every statements dev set fail most often at the antecedent choice
of a pronoun ("he", "they", "their") or a description ("the company", "the secretary"). Before,
that choice was a distance in characters with a fixed cost for roles other than the subject; now
every compatible earlier mention scores by named linguistic features, the entity's score is the
sum over its mentions (salience accumulates, as in Lappin & Leass 1994, "An algorithm for
pronominal anaphora resolution", Computational Linguistics 20(4)), and the highest entity wins.

Weights are set by hand from Lappin & Leass's salience factors (sentence recency 100, subject 80,
accusative object 50, indirect object 40, head noun 80, non-adverbial 50; halved for each sentence
back), plus a main-clause subject over an embedded one, being the speaker of the previous
statement, and a discount for a mention inside the clause the anaphor's own cue reports. No
weight was learnt; each was checked on the pooled dev errors only (docs/EVALUATION.md, round 16;
a paragraph-boundary factor moved no dev statement and was left out).

Candidates are built by ``_antecedents._Antecedents`` (type, gender and number agreement, window,
and the exclusions: a country named by an adjective, a locative place, an addressee); this module
only scores and explains.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Role = Literal["subject", "object", "dative", "oblique", "other"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One earlier mention of a candidate entity, as the scorer sees it."""

    offset: int  # character offset of the mention
    entity: str  # entity id
    role: Role  # grammatical role of the phrase the mention heads
    main_clause: bool  # a subject of its sentence's main clause (or a name apposed to it)
    embedded: bool  # inside another noun phrase ("Airbus" in "the Airbus website", a possessor)
    adverbial: bool  # the object of a preposition attached to a verb ("in Britain", "to Reuters")
    sentence: int  # index of its sentence in the document
    speaker: bool = False  # an earlier statement's speaker, remembered where its mention stands
    in_report: bool = False  # inside the clause reported by the anaphor's own cue
    in_earlier_report: bool = False  # inside the reported content of an earlier statement
    event_agent: bool = False  # the possessor or compound of an event noun ("a Screen Actors Guild strike")
    subject_owner: bool = False  # the possessor of a subject ("Protesters' demands include …")


@dataclass(frozen=True, slots=True)
class Context:
    """Where the pronoun or description stands, and who spoke last before it."""

    sentence: int
    previous_speaker: str | None
    centres_only: bool = False  # a definite description: only entities that were a centre (see ``centres``)


@dataclass(frozen=True, slots=True)
class Choice:
    """The chosen entity, its score, the features that made it, and the runner-up."""

    entity: str
    score: float
    features: tuple[tuple[str, float], ...]  # feature name and its summed contribution
    runner_up: str | None = None
    runner_up_score: float | None = None

    def explain(self, name_of: dict[str, str] | None = None) -> str:
        """Return the choice as one line a user can read ("Ann Lee 310 (subject 80, …) over …")."""
        names = name_of or {}
        feats = ", ".join(f"{k} {v:.0f}" for k, v in self.features if round(v))
        line = f"{names.get(self.entity, self.entity)} {self.score:.0f} ({feats})"
        if self.runner_up is not None and self.runner_up_score is not None:
            line += f" over {names.get(self.runner_up, self.runner_up)} {self.runner_up_score:.0f}"
        return line


# -- features of one mention (Lappin & Leass 1994, table of salience factors) -------------------

def sentence_recency(c: Candidate, here: Context) -> float:
    """Every mention starts at 100, the weight L&L give a mention in the current sentence."""
    return 100.0


def grammatical_role(c: Candidate, here: Context) -> float:
    """Subject 80 > direct object 50 > indirect object 40 > any other role 0 (subject emphasis;
    issue 14's "a pronoun resolved to the nearest name rather than the previous subject"). An
    earlier statement's speaker counts as a subject where its mention stands."""
    if c.speaker:
        return 80.0
    return {"subject": 80.0, "object": 50.0, "dative": 40.0}.get(c.role, 0.0)


def main_clause(c: Candidate, here: Context) -> float:
    """20 for the subject of a sentence's main clause over a subject inside a subordinate or
    relative clause of the same sentence ("Ann Lee was elected after Mary Smith resigned. She
    said" → Ann Lee; issue 14 round 5). Smaller than one sentence's decay, so a later sentence's
    embedded subject still beats an earlier one's main subject. Not within the anaphor's own
    sentence, where the nearer subject is the more local one ("Singapore will remain the first
    stop, where Singapore Airlines will display the aircraft they intend to …")."""
    return 20.0 if (c.main_clause or c.speaker) and c.sentence < here.sentence else 0.0


def head_noun(c: Candidate, here: Context) -> float:
    """80 for a phrase that is not inside another noun phrase (L&L's head-noun emphasis): the
    "Airbus" of "the Airbus website" or a possessor is a modifier, not what the sentence is about.
    The possessor of a subject keeps it: "Protesters' demands include …" is about the protesters,
    the first mention of the utterance (Strube 1998's left-to-right order; issue 14 round 46)."""
    return 0.0 if c.embedded and not c.speaker and not c.subject_owner else 80.0


def non_adverbial(c: Candidate, here: Context) -> float:
    """50 unless the mention is the object of a preposition attached to a verb ("said in
    Washington", "spoke to Reuters"): L&L's non-adverbial emphasis."""
    return 0.0 if c.adverbial and not c.speaker else 50.0


MENTION_FEATURES = (sentence_recency, grammatical_role, main_clause, head_noun, non_adverbial)


def recency_decay(c: Candidate, here: Context) -> float:
    """The factor a mention's weight is multiplied by: halved for each sentence back (L&L)."""
    return 0.5 ** max(0, here.sentence - c.sentence)


def centres(candidates: list[Candidate], here: Context) -> list[Candidate]:
    """Return the candidates a definite description may take up: the entities that were a centre.

    A definite description ("the company", "the agency") takes up the organisation the discourse
    is about, a preferred centre: the subject of an utterance or the speaker of a statement
    (Grosz, Joshi & Weinstein 1995, "Centering", Computational Linguistics 21(2)); an entity only
    ever named as a modifier, an object or an oblique ("IE settings", "versions of IE", "AOL's AIM
    instant messenger") is no such centre, however recent (mention audits 1-3: "the company" on IE
    for Microsoft; issue 14 round 23). An entity named in the description's own sentence stays a
    candidate ("In a statement on the Airbus website, the company said": the frame names it), and
    so does the possessor or compound modifier of an event noun, the nominal's subject argument
    (Grimshaw 1990, "Argument Structure": "a Screen Actors Guild strike" is the guild striking;
    "The union … said" takes it up, mention audit 1). With no centre among the candidates, all stay.
    """
    if not here.centres_only:
        return candidates
    kept = {c.entity for c in candidates
            if c.role == "subject" or c.speaker or c.event_agent or c.sentence >= here.sentence}
    return [c for c in candidates if c.entity in kept] if kept else candidates


def reported_clause(c: Candidate, here: Context) -> float:
    """A factor of 0.2 for a mention inside the clause the anaphor's own cue reports ("The escape
    happened near Baytown, Texas, it said" → not Texas; statements-ecb 3_7ecbplus): binding
    condition C keeps a reporter apart from the names of its report, but a fronted report weakens
    it, so such a mention is a last resort rather than excluded."""
    return REPORT_FACTOR if c.in_report else 1.0


REPORT_FACTOR = 0.2


def earlier_report(c: Candidate, here: Context) -> float:
    """A factor of 0.5 for a mention inside what an earlier statement reports ("Snider … said he
    backed King. "I really don't question Billy …," he said" → Snider, not King; "The Boston Herald
    reported … that the Red Sox have extended an offer … it stated …" → the Herald): the names of a
    report are its content, not the discourse's centre, which stays with the reporter (Grosz, Joshi
    & Weinstein 1995, centering: the subject of the main clause is the preferred centre). A discount,
    not an exclusion: the report's subject is often the only agreeing candidate (statements-rich9
    5_1ecbplus, 10_1ecbplus; issue 14 round 18)."""
    return EARLIER_REPORT_FACTOR if c.in_earlier_report and not c.speaker else 1.0


EARLIER_REPORT_FACTOR = 0.5


def _factor(c: Candidate, here: Context) -> float:
    """The product of a mention's multiplicative factors (recency, the reports it stands in)."""
    return recency_decay(c, here) * reported_clause(c, here) * earlier_report(c, here)


# -- features of an entity ---------------------------------------------------------------------

def previous_speaker(entity: str, here: Context) -> float:
    """40 for the speaker of the statement right before (L&L's parallelism bonus is 35): a pronoun
    that reports speech most often continues the previous speaker."""
    return 40.0 if entity == here.previous_speaker else 0.0


ENTITY_FEATURES = (previous_speaker,)


def previous_centre(candidates: list[Candidate], here: Context) -> str | None:
    """Return the preferred centre of the sentence right before the anaphor's among the agreeing
    candidates: the one entity that is a subject there (or a speaker), else None (Brennan,
    Friedman & Pollard 1987, "A centering approach to pronouns", ACL: the pronoun's first choice
    is the previous utterance's preferred centre, Cp, and the subject ranks highest). Mentions
    inside a reported clause are no centre. A sentence whose agreeing mentions are only objects or
    obliques has none: in LitBank dev a tie between two such mentions went to the later one
    ("she" → an oblique "Judas Iscariot", Far from the Madding Crowd), and the dialogue after it
    followed (issue 14 round 29, tried first with every role ranked); nor does one with two
    agreeing subjects, where salience and the previous speaker decide as before. An agreeing
    subject in the anaphor's own sentence comes first ("After Sam Hill scored twice, he said …":
    the search starts in the current sentence, Hobbs 1978; BFP's utterances are clauses)."""
    if any(c.sentence == here.sentence and c.role == "subject" for c in candidates):
        return None
    last = [c for c in candidates if c.sentence == here.sentence - 1 and not c.in_report and (c.speaker or c.role == "subject")]
    if not last:
        # "Protesters' demands include …. They had asked …": when the subject itself agrees with no
        # anaphor (no candidate), its possessor is the highest-ranked agreeing mention, first in
        # the utterance's left-to-right order (Strube 1998, "Never look back", ACL; Poesio et al.
        # 2004, "Centering: a parametric theory", on possessors; issue 14 round 46)
        last = [c for c in candidates if c.sentence == here.sentence - 1 and not c.in_report and c.subject_owner]
    prev = [c for c in last if not c.in_earlier_report]
    if not prev and not any(c.sentence == here.sentence - 1 and not c.in_report and not c.in_earlier_report for c in candidates):
        # "PBS revealed that … Crown Prince Mohammad bin Salman accepted responsibility …. Speaking to
        # Martin Smith, he said …": when the sentence before names no agreeing entity outside what
        # it reports (its reporter is an outlet), the agreeing subject of its report is the highest
        # ranked agreeing mention there, the centre the pronoun continues (BFP 1987 rank the
        # utterance's agreeing mentions; statements-wn2019 part 2 dev wn2019-121; issue 14 round 40)
        prev = last
    if len({c.entity for c in prev}) != 1:
        return None
    return prev[0].entity


PREVIOUS_CENTRE = 40.0


def choose(candidates: list[Candidate], here: Context) -> Choice | None:
    """Return the highest-scoring entity among ``candidates`` (every mention already compatible),
    else None.

    An entity's score is the sum over the sentences it is named in of the mention features, each
    feature counted once per sentence at its highest weight there (Lappin & Leass 1994), each
    mention's weight multiplied by its recency and reported-clause factors (salience: an entity
    named in many sentences scores more), plus the entity features. Ties go to the entity with the
    nearest mention, then to the smaller entity id.
    """
    candidates = centres(candidates, here)
    if not candidates:
        return None
    totals: dict[str, float] = {}
    parts: dict[str, dict[str, float]] = {}
    nearest: dict[str, int] = {}
    seen: dict[tuple[str, int], tuple[float, Candidate]] = {}
    for c in candidates:  # a remembered speaker and its own mention at one offset count once, at the higher weight
        key = (c.entity, c.offset)
        weight = sum(f(c, here) for f in MENTION_FEATURES) * _factor(c, here)
        if key not in seen or weight > seen[key][0]:
            seen[key] = (weight, c)
    # once per sentence (L&L 1994, section 2.1): an entity named twice in one sentence scores each
    # factor once there, at its highest weight among those mentions; sentences still add up
    per_sentence: dict[tuple[str, int], dict[str, float]] = {}
    for _, c in seen.values():
        decay = _factor(c, here)
        feats = parts.setdefault(c.entity, {})
        per = per_sentence.setdefault((c.entity, c.sentence), {})
        for f in MENTION_FEATURES:
            per[f.__name__] = max(per.get(f.__name__, 0.0), f(c, here) * decay)
        feats["mentions"] = feats.get("mentions", 0.0) + 1
        nearest[c.entity] = max(nearest.get(c.entity, -1), c.offset)
    for (eid, _), per in per_sentence.items():
        feats = parts[eid]
        for name, v in per.items():
            feats[name] = feats.get(name, 0.0) + v
            totals[eid] = totals.get(eid, 0.0) + v
    centre = previous_centre(list(c for _, c in seen.values()), here)
    if centre is not None and centre in totals:
        parts[centre]["previous_centre"] = PREVIOUS_CENTRE
        totals[centre] += PREVIOUS_CENTRE
    for eid in totals:
        for g in ENTITY_FEATURES:
            v = g(eid, here)
            if v:
                parts[eid][g.__name__] = v
                totals[eid] += v
    # ties go to the nearest mention, then to the entity id, so the choice never depends on the
    # order the candidates came in (two entities at one offset: the hypothesis property)
    ranked = sorted(totals, key=lambda e: (-round(totals[e], 6), -nearest[e], e))
    best = ranked[0]
    second = ranked[1] if len(ranked) > 1 else None
    named = tuple((k, v) for k, v in parts[best].items() if k != "mentions") + (("mentions", parts[best]["mentions"]),)
    return Choice(best, totals[best], named, second, None if second is None else totals[second])


__all__ = ["Candidate", "Choice", "Context", "Role", "choose"]
