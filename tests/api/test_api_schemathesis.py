"""Schemathesis against the app's own OpenAPI spec (issue 8, item 5), bounded by example count.

Every operation gets generated valid and invalid requests; each answer must not be a 500, must
have a status the spec documents and must match its documented schema (the one error shape
for every error). The app is the read-only session ledger app, so ``POST /api/ingest`` is
exercised as far as its 403.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from api._ledger import ledger, ledger_app  # noqa: F401  (fixtures)

pytestmark = pytest.mark.model

EXAMPLES = 30  # per operation; a fixed count keeps the run bounded (about a minute), not a time limit


def _spec_app():  # type: ignore[no-untyped-def]
    """An app used only to read the spec (the spec does not depend on the store, opened lazily)."""
    from hearsay.server import create_app
    from hearsay.config import load_settings

    return create_app(load_settings({"db_url": "sqlite://", "store": False}, environ={}))


schema = schemathesis.openapi.from_asgi("/openapi.json", _spec_app())


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_api_schemathesis_answers_conform_to_the_spec(case, ledger_app):  # type: ignore[no-untyped-def]  # noqa: F811
    case.call_and_validate(app=ledger_app)  # requests go to the app over the session ledger
