"""The human-readable report (``--format text``), drawn with rich."""

from __future__ import annotations

from collections import defaultdict

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from hearsay.model import Record


def _interval(low: float | None, high: float | None, value: float | None) -> str:
    def n(x: float | None) -> str:
        return "…" if x is None else (f"{int(x):,}" if float(x).is_integer() else f"{x:,}")
    if low is not None and low == high:
        return n(low)
    return f"[{n(low)}, {n(high)}]"


def _page(page: int | None) -> str:
    return f"p. {page}" if page is not None else ""


def render(record: Record, console: Console) -> None:
    """Print the report of one record."""
    a = record.article
    names = {e.id: e.name for e in record.entities}
    head = Text(a.title or a.origin or a.doc_id, style="bold")
    meta = " · ".join(x for x in [a.source, a.published.isoformat() if a.published else "undated", a.url] if x)
    console.print(Panel(Group(head, Text(meta, style="dim")), expand=True))

    by_speaker: dict[str, list] = defaultdict(list)  # type: ignore[type-arg]
    for s in record.statements:
        by_speaker[names.get(s.speaker or "", s.speaker_text or "(unattributed)")].append(s)
    console.print(Text(f"Statements ({len(record.statements)})", style="bold underline"))
    for speaker, items in by_speaker.items():
        console.print(Text(speaker, style="bold cyan"))
        for s in items:
            line = Text("  • ")
            line.append(f"[{s.kind}] ", style="magenta")
            line.append(s.content if len(s.content) < 220 else s.content[:217] + "…")
            extra = [f"p. {s.page}"] if s.page is not None else []  # PDF input: the page it is on
            extra += [f"cue: {s.cue}"] if s.cue else []
            if s.on_behalf_of:  # a named spokesperson: the organisation they speak for
                extra.append("on behalf of " + names.get(s.on_behalf_of, s.on_behalf_of))
            if s.via:
                extra.append("via " + ", ".join(names.get(v, v) for v in s.via))
            if s.date:
                extra.append(s.date)
            line.append(f"  ({'; '.join(extra)})" if extra else "", style="dim")
            console.print(line)

    paged = bool(a.pages)  # PDF input: figures and events show their page
    if record.figures:
        t = Table(title=f"Figures ({len(record.figures)})", title_justify="left", title_style="bold underline")
        for col in ("text", "interval", "quantity", "subject", "as of", "source", *(["page"] if paged else [])):
            t.add_column(col)
        for f in record.figures:
            t.add_row(f.text, _interval(f.low, f.high, f.value), f.quantity or "", names.get(f.subject or "", ""),
                      f.as_of or "", names.get(f.source or "", ""), *([_page(f.page)] if paged else []))
        console.print(t)
    if record.events:
        t = Table(title=f"Events ({len(record.events)})", title_justify="left", title_style="bold underline")
        for col in ("type", "actor", "trigger", "target", "mode", "where", "when", "status", *(["page"] if paged else [])):
            t.add_column(col)
        for e in record.events:
            t.add_row(e.type, names.get(e.actor or "", ""), e.trigger, names.get(e.target or "", ""), e.mode or "",
                      names.get(e.location or "", ""), e.date or "", e.status, *([_page(e.page)] if paged else []))
        console.print(t)
    if record.times:
        t = Table(title=f"Dates ({len(record.times)})", title_justify="left", title_style="bold underline")
        for col in ("text", "type", "value"):
            t.add_column(col)
        for x in record.times:
            t.add_row(x.text, x.type, (x.mod + " " if x.mod else "") + x.value)
        console.print(t)
    t = Table(title=f"Entities ({len(record.entities)})", title_justify="left", title_style="bold underline")
    for col in ("name", "type", "also called", "roles", "mentions"):
        t.add_column(col)
    for ent in sorted(record.entities, key=lambda x: -len(x.mentions)):
        t.add_row(ent.name, ent.type, ", ".join(ent.aliases), "; ".join(ent.roles), str(len(ent.mentions)))
    console.print(t)
    if record.rejected:
        console.print(Text(f"Not claims ({len(record.rejected)}): " + "; ".join(f"{r.text!r} ({r.reason})" for r in record.rejected[:8]), style="dim"))
