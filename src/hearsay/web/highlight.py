"""Article highlights built from record offsets, never from the article's own markup.

:func:`render_marks` slices the stored text at the offsets of statements, speakers, cues,
figures, dates, events, rejected spans and entity mentions, escapes every slice itself and
wraps it in elements whose attributes are escaped too, so a ``<script>`` in an article is shown
as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from hearsay.model import Record

PALETTE = 16  # speaker colours spk-0 .. spk-15 in style.css; beyond that they repeat with a dashed underline


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted stretch: offsets, the element and its attributes (escaped at output)."""

    start: int
    end: int
    rank: int  # outer layers first when two marks start together
    tag: str
    attrs: tuple[tuple[str, str], ...]


def _open(mark: Mark, first: bool) -> str:
    attrs = "".join(f' {k}="{escape(v)}"' for k, v in mark.attrs if first or k != "tabindex")
    return f"<{mark.tag}{attrs}>"


def render_marks(text: str, marks: Iterable[Mark]) -> Markup:
    """Return ``text`` as escaped HTML with ``marks`` wrapped around their offsets.

    Marks that cross are split so the output always nests; empty or out-of-range marks are
    skipped. Only the slices of ``text`` between boundaries are emitted, each escaped.
    """
    valid = sorted({m for m in marks if 0 <= m.start < m.end <= len(text)}, key=lambda m: (m.start, -m.end, m.rank))
    bounds = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    out: list[str] = []
    stack: list[Mark] = []
    opened: set[Mark] = set()
    for a, b in zip(bounds, bounds[1:]):
        want = [m for m in valid if m.start <= a and m.end >= b]
        keep = 0
        while keep < len(stack) and keep < len(want) and stack[keep] is want[keep]:
            keep += 1
        for m in reversed(stack[keep:]):
            out.append(f"</{m.tag}>")
        for m in want[keep:]:
            out.append(_open(m, m not in opened))
            opened.add(m)
        stack = want
        out.append(str(escape(text[a:b])))
    out.extend(f"</{m.tag}>" for m in reversed(stack))
    return Markup("".join(out))


def _speaker_colours(record: Record) -> dict[str, int]:
    colours: dict[str, int] = {}
    for s in record.statements:
        who = s.speaker or s.speaker_text
        if who and who not in colours:
            colours[who] = len(colours)
    return colours


def article_marks(record: Record, canonical: dict[str, int]) -> tuple[list[Mark], list[dict[str, Any]]]:
    """Return the marks of an article page and its speaker legend (name, colour class, entity key)."""
    names = {e.id: e.name for e in record.entities}
    colours = _speaker_colours(record)
    marks: list[Mark] = []
    for s in record.statements:
        who = s.speaker or s.speaker_text
        cls = f"hl st spk-{colours[who] % PALETTE}{' spk-again' if colours[who] >= PALETTE else ''}" if who else "hl st spk-x"
        speaker = names.get(s.speaker or "", s.speaker_text or "unknown")
        kind = "verbatim quote" if s.kind == "direct" else "paraphrase" if s.kind == "indirect" else "partly quoted"
        tip = f"{kind} ({s.kind}) {s.id}: {speaker}" + \
              "".join(f", via {names.get(v, v)}" for v in s.via) + (f", cue “{s.cue}”" if s.cue else "") + \
              (f", date {s.date}" if s.date else "") + f", confidence {s.confidence:.2f}"
        marks.append(Mark(s.start, s.end, 0, "mark", (("class", cls), ("title", tip), ("data-tip", tip),
                                                      ("tabindex", "0"), ("id", f"st-{s.id}"))))
        if s.speaker_start is not None and s.speaker_end is not None:
            marks.append(Mark(s.speaker_start, s.speaker_end, 1, "span",
                              (("class", f"speaker spk-{colours[who] % PALETTE if who else 'x'}"), ("title", f"speaker of {s.id}: {speaker}"))))
        if s.cue_start is not None and s.cue_end is not None:
            marks.append(Mark(s.cue_start, s.cue_end, 1, "span", (("class", "cue"), ("title", f"cue of {s.id}"))))
    for f in record.figures:
        interval = f"{'' if f.low is None else f'{f.low:g}'}..{'' if f.high is None else f'{f.high:g}'}"
        tip = f"figure {f.id}: {f.quantity or 'quantity unknown'} = {interval}" + (f" ({f.hedge})" if f.hedge else "") + \
              (f", as of {f.as_of}" if f.as_of else "") + (f", unit {f.unit}" if f.unit else "")
        marks.append(Mark(f.start, f.end, 2, "span", (("class", "hl fig"), ("title", tip), ("data-tip", tip), ("tabindex", "0"),
                                                      ("id", f"fig-{f.id}"))))
    for t in record.times:
        tip = f"{t.type.lower()} {t.id}: {t.value}" + (f" ({t.mod})" if t.mod else "") + (f", anchored on {t.anchor}" if t.anchor else "")
        marks.append(Mark(t.start, t.end, 2, "span", (("class", "hl time"), ("title", tip), ("data-tip", tip))))
    for ev in record.events:
        tip = f"event {ev.id}: {ev.type}" + (f" ({ev.mode})" if ev.mode else "") + f", {ev.status}" + \
              (f", actor {names.get(ev.actor, ev.actor)}" if ev.actor else "") + (f", target {names.get(ev.target, ev.target)}" if ev.target else "")
        marks.append(Mark(ev.start, ev.end, 2, "span", (("class", "hl event"), ("title", tip), ("data-tip", tip), ("tabindex", "0"),
                                                         ("id", f"ev-{ev.id}"))))
    for r in record.rejected:
        marks.append(Mark(r.start, r.end, 2, "span", (("class", "rej"), ("title", f"rejected {r.kind}: {r.reason}"))))
    for e in record.entities:
        key = canonical.get(e.id)
        for m in e.mentions:
            attrs: tuple[tuple[str, str], ...] = (("class", "ent"), ("title", f"{e.type}: {e.name}"))
            if key is not None:
                marks.append(Mark(m.start, m.end, 3, "a", (("href", f"/entities/{key}"), *attrs)))
            else:
                marks.append(Mark(m.start, m.end, 3, "span", attrs))
    legend = []
    for who, colour in colours.items():
        legend.append({"name": names.get(who, who), "colour": f"spk-{colour % PALETTE}{' spk-again' if colour >= PALETTE else ''}",
                       "key": canonical.get(who)})
    return marks, legend


__all__ = ["PALETTE", "Mark", "article_marks", "render_marks"]
