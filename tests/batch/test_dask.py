"""analyze_on_dask on a real 2-worker LocalCluster: the serial records, in order."""

from __future__ import annotations

import sys

import pytest

pytest.importorskip("distributed")

from hearsay.pipeline import analyze_articles  # noqa: E402
from hearsay.errors import ConfigError, InputError  # noqa: E402
from hearsay.ingest.readers import Failure  # noqa: E402
from ._texts import articles  # noqa: E402

_articles = articles



@pytest.mark.model
@pytest.mark.slow
def test_dask_local_cluster_records_equal_serial(settings):
    from hearsay.batch.dask import analyze_on_dask

    serial = list(analyze_articles(_articles(), settings))
    bad = Failure("broken.txt", InputError("broken.txt: empty text"))
    items = [*_articles()[:2], bad, *_articles()[2:]]
    got = list(analyze_on_dask(iter(items), settings, "local:2", batch_size=1, in_flight=2))
    assert got == [*serial[:2], bad, *serial[2:]]


@pytest.mark.parametrize("address", ["local:0", "scheduler:8786", "http://x:1"])
def test_dask_bad_address_is_config_error(settings, address):
    from hearsay.batch.dask import analyze_on_dask

    with pytest.raises(ConfigError):
        analyze_on_dask([], settings, address)


def test_dask_missing_extra_gives_install_hint(monkeypatch):
    import importlib

    monkeypatch.delitem(sys.modules, "hearsay.batch.dask", raising=False)
    monkeypatch.setitem(sys.modules, "distributed", None)  # what an absent package looks like to import
    with pytest.raises(ConfigError, match=r"pip install 'hearsay\[batch\]'"):
        importlib.import_module("hearsay.batch.dask")
