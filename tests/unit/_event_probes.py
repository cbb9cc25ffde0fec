"""Probes the events round tests share (rounds 21-23): the events of a text with the dyad filter off,
as dicts of type, trigger, actor name and actor code, and the one of a type and trigger."""

import dataclasses


def events(text, settings):  # type: ignore[no-untyped-def]
    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    rec = analyze(make_article(text=text, origin="<test>"), dataclasses.replace(settings, events_require_dyad=False))
    names = {e.id: e.name for e in rec.entities}
    return [{"type": v.type, "trigger": v.trigger, "actor": names.get(v.actor or ""), "code": v.actor_code or ""}
            for v in rec.events]


def of(evs, etype, trigger):  # type: ignore[no-untyped-def]
    return next(e for e in evs if e["type"] == etype and e["trigger"] == trigger)
