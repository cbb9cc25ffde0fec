"""Shared fixtures (the only conftest): the loaded pipeline, settings, a temporary store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from hearsay.config import Settings, load_settings

# Property tests check behaviour, never speed (speed is measured by benchmarks/): hypothesis's
# per-example deadline (200 ms by default) trips on a loaded 2-core CI machine, so it is off for
# every test that does not set its own.
hypothesis_settings.register_profile("hearsay", deadline=None)
hypothesis_settings.load_profile("hearsay")

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


@pytest.fixture(scope="session")
def extract(settings, nlp):
    """Run the extractors a part needs on a text, without the rest of the pipeline.

    ``extract(text, "figures", published=date(...))`` parses ``text``, finds its zones and runs,
    in ``EXTRACTORS`` order, only the steps the named part depends on (what each step declares
    it reads) and the step itself; it returns the :class:`Analysis`.
    """
    from hearsay.extract import EXTRACTORS, Analysis
    from hearsay.extract.zones import find_zones
    from hearsay.ingest.readers import make_article
    from hearsay.nlp.parser import parse_texts

    by_part = {step.adds: step for step in EXTRACTORS}

    def needed(part: str) -> set[str]:
        out = {part}
        for read in by_part[part].reads:
            out |= needed(read)
        return out

    def run(text: str, part: str, published=None):
        article = make_article(text=text, origin="<test>", published=published)
        (doc,) = parse_texts([article.text], settings)
        analysis = Analysis(article, settings, find_zones(article.text, article))
        wanted = needed(part)
        for step in EXTRACTORS:
            if step.adds in wanted:
                step.run(doc, analysis)
        return analysis

    return run


@pytest.fixture(scope="session")
def founding_db(tmp_path_factory):
    """A SQLite store file holding the founding article, made by ``hearsay analyze`` (read-only use)."""
    from click.testing import CliRunner

    from hearsay.cli.main import cli

    path = tmp_path_factory.mktemp("founding") / "kursk.db"
    result = CliRunner().invoke(cli, ["analyze", str(FOUNDING), "--published", "2025-05-30", "--db", str(path),
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="session")
def event_triggers(settings):
    """A function from a text to the ``(type, trigger)`` of every event coded in it, with the
    dyad filter off as the sentence benchmarks run (the event rounds' tests share it)."""
    import dataclasses

    from hearsay.ingest.readers import make_article
    from hearsay.pipeline import analyze

    loose = dataclasses.replace(settings, events_require_dyad=False)

    def run(text: str) -> list[tuple[str, str]]:
        rec = analyze(make_article(text=text, origin="<test>"), loose)
        return [(v.type, v.trigger) for v in rec.events]

    return run


@pytest.fixture(scope="session")
def spoken():
    """A function from an analysis to ``(speaker name, cue, content)`` of each statement found
    (the statement rounds' sentence tests share it)."""
    def run(analysis):  # type: ignore[no-untyped-def]
        def name(eid: str | None) -> str | None:
            return analysis.entities.entity(eid).name if eid else None

        return [(name(s.speaker), s.cue or "", s.content) for s in analysis.statements]

    return run


@pytest.fixture(scope="session")
def times_found(settings, nlp):
    """A function from a text and its anchor date to the ``(text, value)`` of every time
    expression found in it (the dates rounds' sentence tests share it)."""
    from hearsay.extract.times.expressions import find_times
    from hearsay.extract.zones import find_zones

    def run(text: str, anchor):  # type: ignore[no-untyped-def]
        doc = nlp(text)
        return [(t.text, t.value) for t in find_times(doc, anchor, find_zones(doc.text), settings)]

    return run
