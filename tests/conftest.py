"""Shared fixtures (the only conftest): the loaded pipeline, settings, a temporary store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hearsay.config import Settings, load_settings

GOLDEN = Path(__file__).parent / "golden"
FOUNDING = GOLDEN / "kursk-dprk.txt"


@pytest.fixture(scope="session")
def settings() -> Settings:
    """Default settings with the store switched off."""
    return load_settings({"store": False}, environ={})


@pytest.fixture(scope="session")
def nlp(settings):
    """The pinned spaCy pipeline, loaded once per test session."""
    from hearsay.nlp.parser import load_pipeline

    return load_pipeline(settings.model, settings.model_version)


@pytest.fixture(scope="session")
def founding_record(settings, nlp):
    """The analysed founding article (published 2025-05-30)."""
    from datetime import date

    from hearsay.pipeline import analyze
    from hearsay.ingest.readers import make_article

    text = FOUNDING.read_text(encoding="utf-8")
    return analyze(make_article(text=text, origin=str(FOUNDING), published=date(2025, 5, 30)), settings)


@pytest.fixture(scope="session")
def founding_gold() -> dict:
    """The hand annotation of the founding article."""
    return json.loads((GOLDEN / "kursk-dprk.gold.json").read_text(encoding="utf-8"))


@pytest.fixture()
def store(tmp_path):
    """A fresh SQLite store in a temporary directory."""
    from hearsay.store import open_store

    s = open_store(f"sqlite:///{tmp_path / 'test.db'}")
    yield s
    s.close()
