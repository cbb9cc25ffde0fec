"""Draft statements (a span, a kind, the rule and candidate that made it, its source) and the
:class:`~hearsay.model.Statement` record each kept draft becomes, with its confidence and date."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from hearsay.extract.statements._attribution import Candidate
from hearsay.extract.statements._layout import _OffsetIndex, _Text
from hearsay.extract.statements.speakers import Resolved, SpeakerResolver
from hearsay.extract.statements.types import statement_type
from hearsay.model import Statement, StatementKind, TimeExpr


# Base confidence of each rule (before speaker-resolution penalties); see docs/statements.md.
_CONFIDENCE = {
    "direct_clause": 0.92, "direct_nearest": 0.85, "mixed_clause": 0.85, "indirect_clause": 0.8,
    "indirect_np": 0.65, "indirect_eval": 0.65, "according_to": 0.85, "mixed_fragment": 0.75,
    "continuation": 0.7, "speaker_label": 0.8, "indirect_noun": 0.7, "alternation": 0.6, "beat": 0.55,
    "indirect_prep": 0.65, "indirect_inf": 0.65, "lead_in_paragraph": 0.7, "block_quotation": 0.65,
}
_HOW_FACTOR = {"name": 1.0, "document": 0.95, "new": 0.9, "description": 0.8, "pronoun": 0.85, "continuation": 0.85}


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    kind: StatementKind
    rule: str
    cand: Candidate | None
    source: Token | None
    via: list[Token] = field(default_factory=list)
    continues: bool = False
    speaker: Resolved | None = None
    drop: bool = False


def _inside_any(drafts: list[_Draft], lo: int, hi: int) -> bool:
    """True when a draft statement spans ``lo..hi``."""
    return any(d.start <= lo and hi <= d.end for d in drafts)


def _statement(d: _Draft, n: int, text: str, resolver: SpeakerResolver, times: _OffsetIndex[TimeExpr], tx: _Text) -> Statement | None:
    start, end = d.start, d.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start or d.speaker is None:
        return None
    via: list[str] = []
    for v in d.via:
        r = resolver.resolve(v)
        if r is not None and r.entity != d.speaker.entity and r.entity not in via:
            via.append(r.entity)
    cand = d.cand
    conf = _CONFIDENCE.get(d.rule, 0.6) * _HOW_FACTOR.get("continuation" if d.continues else d.speaker.how, 0.8)
    return Statement(
        id=f"s{n}",
        kind=d.kind,
        content=text[start:end],
        start=start,
        end=end,
        speaker=d.speaker.entity,
        speaker_text=d.speaker.text,
        speaker_start=d.speaker.start,
        speaker_end=d.speaker.end,
        cue=None if cand is None else text[cand.cue_start:cand.cue_end],
        cue_start=None if cand is None else cand.cue_start,
        cue_end=None if cand is None else cand.cue_end,
        via=tuple(via),
        date=_date_of(d, times, text),
        confidence=round(conf, 3),
        rule=_rule(d),
        type=statement_type(cand),
        on_behalf_of=d.speaker.on_behalf if d.speaker.on_behalf != d.speaker.entity else None,
    )


def _rule(d: _Draft) -> str:
    """Return the rule that fired and, when the speaker is a pronoun's or description's antecedent
    chosen here (not a continuation or dialogue turn that inherits it), the scored choice that made
    it ("indirect_clause; speaker he → Larry Kroon 310 (grammatical_role 80, …) over …"; issue 14
    round 16: the statements table has no evidence column, and ``rule`` is what provenance shows)."""
    why = None if d.speaker is None else d.speaker.why
    if why is None or d.continues or d.rule in {"alternation", "beat"}:
        return d.rule
    return f"{d.rule}; speaker {why}"


def _date_of(d: _Draft, times: _OffsetIndex[TimeExpr], text: str) -> str | None:
    """Return the TIMEX3 value of the time expression in the statement's sentence, outside its content."""
    if d.cand is None:
        return None
    s_lo, s_hi = d.cand.sentence
    best, best_d = None, None
    for t in times.between(s_lo, s_hi, inclusive=True):
        if t.start < s_lo or t.end > s_hi or (d.start <= t.start < d.end) or t.type not in {"DATE", "TIME"}:
            continue
        dist = abs(t.start - d.cand.cue_start)
        if best_d is None or dist < best_d:
            best, best_d = t.value, dist
    return best
