"""analyze_parallel: worker processes give the serial records, in order, reading input lazily."""

from __future__ import annotations


import pytest

from hearsay.pipeline import analyze_articles
from hearsay.batch import analyze_parallel
from hearsay.batch._work import analyze_batch
from hearsay.errors import ConfigError, InputError, PipelineError
from hearsay.ingest.readers import Failure, make_article
from hearsay.model import Record
from ._texts import articles

_articles = articles



@pytest.fixture(scope="module")
def serial(settings):
    return list(analyze_articles(_articles(), settings))


@pytest.mark.model
def test_parallel_records_equal_serial_in_order(settings, serial):
    got = list(analyze_parallel(iter(_articles()), settings, workers=2, batch_size=1, in_flight=2))
    assert got == serial


@pytest.mark.model
def test_parallel_passes_read_failures_through_in_place(settings, serial):
    bad = Failure("broken.txt", InputError("broken.txt: empty text"))
    items = [_articles()[0], bad, _articles()[1]]
    got = list(analyze_parallel(items, settings, workers=1, batch_size=2))
    assert got == [serial[0], bad, serial[1]]


def test_parallel_rejects_fewer_than_one_worker(settings):
    with pytest.raises(ConfigError):
        analyze_parallel([], settings, workers=0)


def test_parallel_rejects_fork_start_method(settings):
    with pytest.raises(ConfigError):
        analyze_parallel([], settings, workers=1, start_method="fork")


def test_parallel_missing_model_raises_pipeline_error(settings):
    import dataclasses

    broken = dataclasses.replace(settings, model="no_such_spacy_model")
    with pytest.raises(PipelineError):
        list(analyze_parallel(_articles()[:1], broken, workers=1))


@pytest.mark.model
def test_parallel_reads_input_lazily(settings):
    pulled = []

    def source():
        for i in range(40):
            pulled.append(i)
            yield make_article(text=f"Report {i}\nThe mayor said {i} roads were closed.", origin=f"r{i}")

    results = analyze_parallel(source(), settings, workers=1, batch_size=2, in_flight=2)
    first = next(results)
    assert isinstance(first, Record)
    assert len(pulled) <= 2 * 3  # the batches in flight plus the one being read, not the whole input
    results.close()


def test_parallel_bad_article_becomes_failure_batch_goes_on(settings, monkeypatch, nlp):
    import hearsay.batch._work as work

    real = work.analyze_articles

    def flaky(articles, s):
        for a in articles:
            if "poison" in a.text:
                raise ValueError("boom")
        return real(articles, s)

    monkeypatch.setattr(work, "analyze_articles", flaky)
    items = [make_article(text="Fine text. The mayor said so.", origin="ok"), make_article(text="poison pill", origin="bad")]
    out = analyze_batch(items, settings)
    assert isinstance(out[0], Record)
    assert isinstance(out[1], Failure) and out[1].origin == "bad" and "ValueError" in str(out[1].error)
