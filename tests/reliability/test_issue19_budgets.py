"""Issue 19: per-document budgets. A document over its wall-clock or memory budget fails alone
with the reason, the analysing process is replaced, and the next document is analysed."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from hearsay.batch.guard import analyze_guarded, rss_mb
from hearsay.errors import ConfigError, PipelineError
from hearsay.ingest.readers import Failure, make_article
from hearsay.model import Record

pytestmark = [pytest.mark.model, pytest.mark.slow]

GOOD = "Finance ministers met in Brussels on Monday and agreed the budget, officials said."


def _articles(*texts: str):
    return [make_article(text=t, origin=f"doc{i}", published=date(2025, 1, 2)) for i, t in enumerate(texts)]


def test_budget_time_fails_the_slow_document_alone(settings):
    slow = '"' * 40_000  # quadratic in spaCy's tokenizer: minutes without a budget
    budget = dataclasses.replace(settings, doc_seconds=3.0)
    out = list(analyze_guarded(_articles(GOOD, slow, GOOD + " Later."), budget))
    assert [type(o).__name__ for o in out] == ["Record", "Failure", "Record"]
    assert isinstance(out[1].error, PipelineError) and "time budget" in str(out[1].error)
    assert out[1].origin == "doc1"


def test_budget_memory_fails_the_document_with_its_reason(settings):
    tiny = dataclasses.replace(settings, doc_memory_mb=1)  # below the model itself: every document trips it
    [out] = list(analyze_guarded(_articles(GOOD), tiny))
    assert isinstance(out, Failure) and "memory budget" in str(out.error)


def test_budget_read_failures_pass_through_in_order(settings):
    bad = Failure("x", PipelineError("x: unreadable"))
    out = list(analyze_guarded([bad, *_articles(GOOD)], dataclasses.replace(settings, doc_seconds=120.0)))
    assert out[0] is bad and isinstance(out[1], Record)


def test_budget_needs_one_worker(settings):
    from hearsay.service import make_runner

    with pytest.raises(ConfigError):
        make_runner(dataclasses.replace(settings, doc_seconds=10.0), workers=2)


def test_rss_of_this_process_is_positive():
    import os

    assert rss_mb(os.getpid()) > 1


def test_budget_applies_to_analyze_too(tmp_path):
    from click.testing import CliRunner

    from hearsay.cli.main import cli

    slow, good = tmp_path / "slow.txt", tmp_path / "good.txt"
    slow.write_text('"' * 40_000, encoding="utf-8")
    good.write_text(GOOD, encoding="utf-8")
    result = CliRunner(env={"HEARSAY_DOC_SECONDS": "3"}).invoke(
        cli, ["analyze", "--no-store", "--format", "jsonl", str(slow), str(good)], catch_exceptions=False)
    assert result.exit_code == 4 and "time budget" in result.stderr
    assert len(result.stdout.strip().splitlines()) == 1 and "Brussels" in result.stdout
