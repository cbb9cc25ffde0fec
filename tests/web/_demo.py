"""The demo corpus the analyst's stories are walked on: ``benchmarks/demo_corpus.py --preset tests``.

Built once per session into a temporary SQLite store through the same calls as the script (and
``hearsay ingest``): the founding article, MEANTIME's GM topic and ECB+ topics 19, 20 and 34 —
100 real articles of many outlets, analysed and linked by hearsay, with no hand-built record.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "demo_corpus.py"


def demo_corpus() -> ModuleType:
    """``benchmarks/demo_corpus.py`` as a module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("demo_corpus", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Demo:
    """The demo store and the keys the stories start from."""

    url: str
    founding: int  # the founding article's store key
    articles: int


def build_demo(folder: Path) -> Demo:
    """Ingest the ``tests`` preset of the demo corpus into a new SQLite store in ``folder``."""
    from sqlalchemy import text

    from hearsay.config import load_settings
    from hearsay.service import ingest_articles
    from hearsay.store import open_store

    corpus = demo_corpus()
    url = f"sqlite:///{folder / 'demo.db'}"
    store = open_store(url)
    meantime_topics, ecb_topics = corpus.preset("tests")
    summary = ingest_articles(corpus.demo_articles(meantime_topics, ecb_topics), store,
                              load_settings({"db_url": url}, environ={}))
    assert summary.failures == [], summary.failures
    with store.engine.connect() as conn:
        founding = conn.execute(text("SELECT id FROM documents WHERE origin LIKE '%kursk-dprk.txt'")).scalar_one()
        articles = conn.execute(text("SELECT count(*) FROM documents")).scalar_one()
    store.close()
    return Demo(url=url, founding=int(founding), articles=int(articles))


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    """The session's demo store (see the module docstring)."""
    return build_demo(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="session")
def demo_server(demo: Demo) -> Iterator[str]:
    """The app over the demo store on a live local server (read-only, curation off)."""
    from hearsay.config import load_settings
    from hearsay.server import create_app
    from web._browser import serve_app

    app = create_app(load_settings({"db_url": demo.url, "store": False}, environ={}), allowed_hosts=["127.0.0.1", "localhost"])
    yield from serve_app(app)
