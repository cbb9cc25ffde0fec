"""A small ledger store for the API and web tests, built once per session.

Real articles analysed by hearsay (the founding article and three CC BY 4.0 Wikinews texts), a
near-duplicate copy of one of them, three hand-built records whose figures form a series with a
contradiction (the figure extractor may find none in the real texts), and one hostile article
whose text, title and URL carry script, ``onerror=`` and ``javascript:`` payloads.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

with warnings.catch_warnings():  # starlette's TestClient warns about httpx at import time
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: F401  (re-exported for the tests)

from hearsay.model import Article, Entity, Figure, Mention, Record, Statement

SHARED = Path(__file__).resolve().parents[2].parent / "shared"  # beside the checkout, as in CI
WIKINEWS = SHARED / "datasets" / "wikinews-statements"
REAL = [("118147", "2008-12-12"), ("118175", "2008-12-13"), ("121134", "2009-02-18")]

PAYLOAD = "<script>window.__pwned=1</script>"
HOSTILE_TITLE = f'Hostile {PAYLOAD} <img src=x onerror="window.__pwned=2"> <a href="javascript:window.__pwned=3">t</a>'
HOSTILE_TEXT = (
    f'{HOSTILE_TITLE}\n'
    f'"{PAYLOAD} is harmless text," said John Smith, a spokesman for the Acme Corporation, on Monday.\n'
    'The page also showed <img src=x onerror="window.__pwned=4"> and <svg onload="window.__pwned=5"></svg> and '
    '<a href="javascript:window.__pwned=6">a link</a>, Acme Corporation said.\n'
    '"We will not click <a href=\'javascript:alert(1)\'>anything</a>," Smith added.\n'
)
HOSTILE_URL = "javascript:window.__pwned=7"


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def figure_record(text: str, published: str, source: str, figure: dict[str, object], mention: str = "North Korea") -> Record:
    """Return a hand-built record: one entity (North Korea) and one troop figure about it."""
    m0, m1 = _span(text, mention)
    f0, f1 = _span(text, str(figure["text"]))
    korea = Entity(id="e1", name="North Korea", type="GPE", aliases=("North Korean",), mentions=(Mention(m0, m1, mention),),
                   ids={"iso3": "PRK"})
    fig = Figure(id="f1", text=str(figure["text"]), start=f0, end=f1, value=figure.get("value"),  # type: ignore[arg-type]
                 low=figure.get("low"), high=figure.get("high"), hedge=figure.get("hedge"),  # type: ignore[arg-type]
                 quantity="troops", unit=None, subject="e1", as_of=str(figure["as_of"]), rule="test")
    s0, s1 = _span(text, str(figure["statement"]))
    st = Statement(id="s1", kind="indirect", content=str(figure["statement"]), start=s0, end=s1, cue="said", confidence=0.8)
    article = Article(text=text, title=text.split("\n")[0], source=source, published=date.fromisoformat(published),
                      origin=f"{source}.txt")
    return Record(article=article, entities=(korea,), statements=(st,), figures=(fig,))


FIGURE_RECORDS = [
    ("Seoul says 12,000 North Korean troops in Russia\nNorth Korea has sent 12,000 troops to Russia, "
     "South Korean intelligence said in April.\n", "2025-04-20", "Example Wire",
     {"text": "12,000 troops", "value": 12000.0, "low": 12000.0, "high": 12000.0, "as_of": "2025-04",
      "statement": "North Korea has sent 12,000 troops to Russia"}),
    ("Kyiv puts North Korean force at 3,000\nOnly about 3,000 soldiers from North Korea have been sent to Russia, "
     "a Ukrainian official said.\n", "2025-04-25", "Other Daily",
     {"text": "about 3,000", "value": 3000.0, "low": 2700.0, "high": 3300.0, "hedge": "about", "as_of": "2025-04",
      "statement": "Only about 3,000 soldiers from North Korea have been sent to Russia"}),
    ("More than 15,000 deployed, agency says\nMore than 15,000 troops from North Korea have been deployed, "
     "the agency said.\n", "2025-05-30", "Third Times",
     {"text": "More than 15,000", "value": 15000.0, "low": 15000.0, "high": None, "hedge": "more than", "as_of": "2025-05",
      "statement": "More than 15,000 troops from North Korea have been deployed"}),
]


@dataclass
class Ledger:
    """What the session store holds, by store key."""

    url: str
    founding: int
    real: list[int]
    duplicate: int
    figures: list[int]
    hostile: int


def build_ledger(tmp_dir: Path) -> Ledger:
    """Analyse and store the test corpus with its ledger links in a new SQLite file."""
    from hearsay.pipeline import analyze_articles
    from hearsay.config import load_settings
    from hearsay.ingest.readers import make_article
    from hearsay.ledger import update_ledger
    from hearsay.store import open_store

    settings = load_settings({"store": False}, environ={})
    url = f"sqlite:///{tmp_dir / 'ledger.db'}"
    store = open_store(url)
    founding_text = (SHARED / "golden" / "kursk-dprk.txt").read_text(encoding="utf-8")
    articles = [make_article(text=founding_text, origin="kursk-dprk.txt", published=date(2025, 5, 30),
                             meta={"title": "North Korea confirms troops in Kursk", "source": "BBC"})]
    for doc_id, published in REAL:
        articles.append(make_article(text=(WIKINEWS / f"{doc_id}.txt").read_text(encoding="utf-8"), origin=f"{doc_id}.txt",
                                     published=date.fromisoformat(published), meta={"source": "Wikinews", "id": doc_id}))
    copy = (WIKINEWS / f"{REAL[1][0]}.txt").read_text(encoding="utf-8") + "\nThis story was republished by Example Times.\n"
    articles.append(make_article(text=copy, origin="copy.txt", published=date(2008, 12, 14), meta={"source": "Example Times"}))
    articles.append(make_article(text=HOSTILE_TEXT, origin="hostile.txt", published=date(2025, 6, 1),
                                 meta={"title": HOSTILE_TITLE, "url": HOSTILE_URL, "source": f"Evil {PAYLOAD}"}))
    keys = [store.save_linked(r, update_ledger)[0] for r in analyze_articles(articles, settings)]
    figure_keys = [store.save_linked(figure_record(t, p, s, f), update_ledger)[0] for t, p, s, f in FIGURE_RECORDS]
    store.close()
    return Ledger(url=url, founding=keys[0], real=keys[1:4], duplicate=keys[4], figures=figure_keys, hostile=keys[5])


@pytest.fixture(scope="session")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Ledger:
    """The session's ledger store (see the module docstring)."""
    return build_ledger(tmp_path_factory.mktemp("ledger"))


@pytest.fixture(scope="session")
def ledger_app(ledger: Ledger):  # type: ignore[no-untyped-def]
    """The app over the session ledger: read-only, no token."""
    from hearsay.server import create_app
    from hearsay.config import load_settings

    return create_app(load_settings({"db_url": ledger.url, "store": False}, environ={}))


@pytest.fixture()
def client(ledger_app):  # type: ignore[no-untyped-def]
    """A test client that turns server errors into 500 responses (as a real server would)."""
    with TestClient(ledger_app, raise_server_exceptions=False) as c:
        yield c
