"""Issue 12, session 23 (lead): joint speakers of one article are no key across articles.

Statements rounds 14, 40 and 48 make a per-article entity of joint speakers ("Reuters and NBC",
"Ash Carter and Abadi", "The Center for Biological Diversity and Center for Food Safety"); typed
ORG when every member is an organisation, it was keyed like any organisation's name, so the same
pair in two articles became one canonical entity and its leading word ("Reuters") a weak key later
articles could propose. The entity now carries ``ids.group = "joint"`` and ``keys_of`` gives it no
key; each member keeps its own mention and identity.
"""

from __future__ import annotations

from sqlalchemy import select

from hearsay.ledger import update_ledger
from hearsay.store import schema

from ._pg import db_url, ledger_store, pg_server, pg_url  # noqa: F401
from ._records import make_record

_JOINT = {"group": "joint"}


def _canonical_names(store) -> list[str]:  # type: ignore[no-untyped-def]
    ce = schema.canonical_entities
    with store.engine.connect() as conn:
        return sorted(r.name for r in conn.execute(select(ce.c.name)))


def test_identity_joint_speakers_are_not_linked_across_articles_issue_12(ledger_store) -> None:  # type: ignore[no-untyped-def]
    texts = ["Reuters and NBC reported that the talks had failed.", "Reuters and NBC said the border was closed."]
    records = [make_record(t, f"2025-01-0{i}", f"a{i}", entities=[
        {"name": "Reuters and NBC", "type": "ORG", "ids": _JOINT},
        {"name": "Reuters", "type": "ORG"}, {"name": "NBC", "type": "ORG"}]) for i, t in enumerate(texts, 1)]
    for r in records:
        ledger_store.save_linked(r, update_ledger)
    names = _canonical_names(ledger_store)
    assert names.count("Reuters and NBC") == 2  # one per article, never one across them
    assert names.count("Reuters") == 1 and names.count("NBC") == 1  # the members still link


def test_identity_joint_speakers_get_the_mark_from_the_finder_issue_12(extract) -> None:  # type: ignore[no-untyped-def]
    a = extract("According to Reuters and NBC, the talks had failed.\n", "statements")
    groups = [e for e in a.entities.freeze() if " and " in e.name]
    assert groups and all(e.ids.get("group") == "joint" for e in groups)
