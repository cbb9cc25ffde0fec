"""FollowTheMoney export, loaded back with the followthemoney library (issue 18).

The store holds the founding article and two real English Wikinews articles (CC BY 4.0; see
tests/ledger/data/README.md) given as a news-please record and a ``trafilatura --json`` record,
so the run goes from other tools' output to entities Aleph loads.

``followthemoney`` is the optional ``ftm`` extra, not part of ``dev`` (it builds PyICU from
source). When it is missing the fixture installs the pinned extra with pip, and ICU's headers
with apt-get if the build needs them, as the suite does for Chromium; it skips, with the reason,
only when that installation fails.
"""

from __future__ import annotations

import fcntl
import importlib
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from click.testing import CliRunner

from hearsay.cli.main import cli

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]
FOUNDING = ROOT / "tests" / "golden" / "kursk-dprk.txt"
WIKINEWS = ROOT / "tests" / "ledger" / "data"
ENTITY_SCHEMATA = {"Person", "Organization", "PublicBody", "Company", "Territory", "Address", "Event"}


def _pin() -> str:
    """The followthemoney requirement of the ``ftm`` extra, as pyproject.toml pins it."""
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    (pin,) = extras["ftm"]
    return str(pin)


def _install_followthemoney() -> str | None:
    """Install the ``ftm`` extra into this interpreter; return why it failed, or None."""
    pip = [sys.executable, "-m", "pip", "install", "-q", _pin()]
    try:
        if subprocess.run(pip, capture_output=True, timeout=1800).returncode != 0:
            # PyICU has no wheel: its build needs ICU's headers and pkg-config
            subprocess.run(["apt-get", "install", "-y", "libicu-dev", "pkg-config"], capture_output=True, timeout=900)
            done = subprocess.run(pip, capture_output=True, text=True, timeout=1800)
            if done.returncode != 0:
                return f"pip install {_pin()} failed: {(done.stderr.strip().splitlines() or ['?'])[-1]}"
    except (OSError, subprocess.SubprocessError) as exc:
        return f"pip install {_pin()} failed: {exc}"
    importlib.invalidate_caches()
    return None


@pytest.fixture(scope="session")
def ftm_model() -> Any:
    """FtM's model, installing the ``ftm`` extra first if it is missing.

    Each xdist worker has its own session: a lock file in the virtualenv makes the second
    worker wait for the first one's install instead of running pip into the same place.
    """
    try:
        from followthemoney import model
    except ImportError:
        with open(Path(sys.prefix) / ".hearsay-ftm-install.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                from followthemoney import model
            except ImportError:
                reason = _install_followthemoney()
                if reason is not None:
                    pytest.skip(f"FollowTheMoney tests NOT RUN: the ftm extra could not be installed ({reason})")
                from followthemoney import model
    return model


def _wikinews(doc_id: str) -> tuple[str, str]:
    text = (WIKINEWS / f"{doc_id}.txt").read_text(encoding="utf-8")
    return text.split("\n", 1)[0], text


@pytest.fixture(scope="module")
def ftm_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the founding article, a news-please record and a trafilatura record."""
    folder = tmp_path_factory.mktemp("ftm")
    db = folder / "store.db"
    title_a, text_a = _wikinews("51682")
    title_b, text_b = _wikinews("60083")
    news_please = {"title": title_a, "maintext": text_a, "date_publish": "2006-10-05 09:00:00", "authors": [],
                   "url": "http://en.wikinews.org/wiki/Singapore_Airlines_to_be_compensated_for_A380_delays",
                   "source_domain": "en.wikinews.org", "language": "en", "date_download": None, "description": None}
    trafilatura = {"title": title_b, "text": text_b, "raw_text": text_b, "date": "2007-02-06",
                   "author": "Wikinews contributors", "hostname": "en.wikinews.org", "sitename": "Wikinews",
                   "source": "http://en.wikinews.org/wiki/Apple_Inc.,_Apple_Corps_resolve_trademark_dispute"}
    scraped = folder / "scraped.jsonl"
    scraped.write_text(json.dumps(news_please) + "\n" + json.dumps(trafilatura) + "\n", encoding="utf-8")
    runner = CliRunner()
    for args in (["ingest", "--quiet", str(FOUNDING), "--published", "2025-05-30"], ["ingest", "--quiet", str(scraped)]):
        result = runner.invoke(cli, [*args, "--db", str(db)])
        assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="module")
def exported(ftm_db: Path, ftm_model: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ftm-out") / "store.ftm.json"
    result = CliRunner().invoke(cli, ["export", str(out), "--format", "ftm", "--db", str(ftm_db)])
    assert result.exit_code == 0, result.output
    assert "Territory" in result.output and "Mention" in result.output  # the per-schema counts
    return out


@pytest.fixture(scope="module")
def loaded(exported: Path, ftm_model: Any) -> dict[str, Any]:
    """Every exported line read back as an FtM entity proxy, by id."""
    proxies = {}
    for line in exported.read_text(encoding="utf-8").splitlines():
        proxy = ftm_model.get_proxy(json.loads(line), cleaned=False)
        assert proxy.id not in proxies
        proxies[proxy.id] = proxy
    return proxies


def _of(loaded: dict[str, Any], schema: str) -> list[Any]:
    return [p for p in loaded.values() if p.schema.name == schema]


def test_ftm_every_entity_is_valid_for_its_schema(loaded: dict[str, Any], ftm_model: Any, exported: Path) -> None:
    assert {p.schema.name for p in loaded.values()} >= {"Article", "Person", "Territory", "Mention", "Documentation"}
    for line in exported.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        schema = ftm_model.get(data["schema"])
        assert schema is not None and not schema.abstract
        schema.validate(data)  # raises InvalidData on a bad value
        assert all(data["properties"].get(p) for p in schema.required), data
        for name, values in data["properties"].items():
            prop = schema.get(name)
            assert prop is not None, (data["schema"], name)
            assert all(prop.type.clean(v) == v for v in values), (name, values)  # already clean: nothing lost on load


def test_ftm_north_korea_has_its_names_and_code(loaded: dict[str, Any]) -> None:
    (dprk,) = [p for p in _of(loaded, "Territory") if "North Korea" in p.get("name")]
    assert dprk.get("territoryCode") == ["kp"] and dprk.get("country") == ["kp"]
    assert {"DPRK", "Democratic People’s Republic of Korea"} <= set(dprk.get("alias"))
    assert "Pyongyang" in dprk.get("weakAlias")  # the capital stands for the state: a weak alias, not a name
    assert "Pyongyang" not in dprk.get("alias")
    assert dprk.id == "hearsay-country-prk"
    figures = [d for d in _of(loaded, "Documentation") if d.get("entity") == [dprk.id] and "figure: troops" in d.get("role")]
    (troops,) = [d for d in figures if "more than 15,000" in d.first("summary")]
    assert troops.get("date") == ["2025-04"]  # "by last month", as of April 2025, not the publication date


def test_ftm_people_and_organisations(loaded: dict[str, Any]) -> None:
    people = {p.first("name"): p for p in _of(loaded, "Person")}
    assert {"Sergey Shoigu", "Vladimir Putin", "Kim Jong Un"} <= set(people)
    assert "Shoigu" in people["Sergey Shoigu"].get("weakAlias")
    assert people["Vladimir Putin"].get("country") == ["ru"]  # coded RUS by the event coder
    organisations = {p.first("name") for s in ("Organization", "Company", "PublicBody") for p in _of(loaded, s)}
    assert {"Multilateral Sanctions Monitoring Team", "BBC"} <= organisations
    (msmt,) = [p for p in _of(loaded, "Organization") if p.first("name") == "Multilateral Sanctions Monitoring Team"]
    assert "MSMT" in msmt.get("alias")
    assert not [p for p in loaded.values() if p.first("name", quiet=True) in {"Korean", "Communist"}]  # NORP: no FtM schema


def test_ftm_articles_carry_title_date_url_and_outlet(loaded: dict[str, Any]) -> None:
    articles = {p.first("publishedAt"): p for p in _of(loaded, "Article")}
    assert set(articles) == {"2025-05-30", "2006-10-05", "2007-02-06"}
    news_please = articles["2006-10-05"]
    assert news_please.get("title") == ["Singapore Airlines to be compensated for A380 delays"]
    assert news_please.get("sourceUrl") == ["http://en.wikinews.org/wiki/Singapore_Airlines_to_be_compensated_for_A380_delays"]
    assert news_please.get("publisher") == ["en.wikinews.org"]
    trafilatura = articles["2007-02-06"]
    assert trafilatura.get("publisher") == ["Wikinews"] and trafilatura.get("author") == ["Wikinews contributors"]
    assert trafilatura.get("language") == ["eng"]
    assert "Pyongyang" in articles["2025-05-30"].first("bodyText")


def test_ftm_every_link_points_to_an_exported_document_and_entity(loaded: dict[str, Any]) -> None:
    articles = {p.id for p in _of(loaded, "Article")}
    entities = {p.id for p in loaded.values() if p.schema.name in ENTITY_SCHEMATA}
    mentions, docs = _of(loaded, "Mention"), _of(loaded, "Documentation")
    assert mentions and docs
    for mention in mentions:
        assert mention.get("document") and set(mention.get("document")) <= articles
        assert set(mention.get("resolved")) <= entities
        if mention.first("detectedSchema") in {"Person", "Organization", "Company", "PublicBody"}:
            assert mention.get("resolved")  # FtM's ``resolved`` takes legal entities only
    for doc in docs:
        assert doc.get("document") and set(doc.get("document")) <= articles
        assert doc.get("entity") and set(doc.get("entity")) <= entities
    for note in _of(loaded, "Note"):  # a statement or figure with no exported speaker or subject
        assert note.get("entity") and set(note.get("entity")) <= articles and note.get("proof") == note.get("entity")
    for event in _of(loaded, "Event"):
        assert set(event.get("proof")) <= articles and set(event.get("involved")) <= entities
    # every canonical entity (not a coded event, which carries its article as proof) is documented
    canonical = {p.id for p in loaded.values() if p.schema.name in ENTITY_SCHEMATA and not p.get("proof", quiet=True)}
    assert canonical == {e for d in docs for e in d.get("entity")}


def test_ftm_mentions_and_statements_of_shoigu(loaded: dict[str, Any]) -> None:
    (shoigu,) = [p for p in _of(loaded, "Person") if p.first("name") == "Sergey Shoigu"]
    (founding,) = [p for p in _of(loaded, "Article") if p.first("publishedAt") == "2025-05-30"]
    names = {m.first("name") for m in _of(loaded, "Mention") if m.get("resolved") == [shoigu.id]}
    assert {"Sergey Shoigu", "Shoigu"} <= names
    said = [d for d in _of(loaded, "Documentation") if d.get("entity") == [shoigu.id] and "statement" in d.get("role")]
    assert all(d.get("document") == [founding.id] for d in said)
    assert any("They fought for the liberation of our land" in d.first("summary") for d in said)
    mentioned = [d for d in _of(loaded, "Documentation") if d.get("entity") == [shoigu.id] and "mentioned" in d.get("role")]
    assert len(mentioned) == 1 and "Secretary of the Russian Security Council" in mentioned[0].get("role")


def test_ftm_reexport_is_byte_identical_in_another_process_and_after_a_rebuild(ftm_db: Path, exported: Path,
                                                                               tmp_path: Path) -> None:
    again = tmp_path / "again.ftm.json"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    done = subprocess.run([sys.executable, "-m", "hearsay", "export", str(again), "--format", "ftm", "--db", str(ftm_db)],
                          capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    assert again.read_bytes() == exported.read_bytes()
    rebuilt = tmp_path / "rebuilt.db"
    rebuilt.write_bytes(ftm_db.read_bytes())
    runner = CliRunner()
    assert runner.invoke(cli, ["ledger", "rebuild", "--db", str(rebuilt)]).exit_code == 0  # new row ids, same keys
    result = runner.invoke(cli, ["export", "-", "--format", "ftm", "--db", str(rebuilt)])
    assert result.exit_code == 0
    assert result.stdout.encode("utf-8") == exported.read_bytes()


def test_ftm_refuses_a_directory_a_symlink_and_table(ftm_db: Path, ftm_model: Any, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["export", str(tmp_path), "--format", "ftm", "--db", str(ftm_db)])
    assert result.exit_code == 65 and "is a directory" in result.stderr
    target = tmp_path / "victim.txt"
    target.write_text("keep", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    result = runner.invoke(cli, ["export", str(link), "--format", "ftm", "--db", str(ftm_db)])
    assert result.exit_code == 65 and "symlink" in result.stderr
    assert target.read_text(encoding="utf-8") == "keep"
    result = runner.invoke(cli, ["export", "-", "--format", "ftm", "--table", "documents", "--db", str(ftm_db)])
    assert result.exit_code == 6 and result.stdout == ""


def test_ftm_without_the_extra_says_how_to_install_it(founding_db: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "followthemoney", None)  # what an install without the extra sees
    out = tmp_path / "out.ftm.json"
    result = CliRunner().invoke(cli, ["export", str(out), "--format", "ftm", "--db", str(founding_db)])
    assert result.exit_code == 6
    assert result.stderr.strip().splitlines() == ["Error: FollowTheMoney export needs the followthemoney library: "
                                                  "pip install 'hearsay[ftm]'"]
    assert result.stdout == "" and not out.exists()


# --- the mapping rules, on hand-written names --------------------------------------------------

ORG_SCHEMATA = [
    # name, sectors its mentions were coded with in events, expected FtM schema
    ("Ministry of Defence", {}, "PublicBody"),  # head noun is a state role noun
    ("Interior Ministry", {}, "PublicBody"),
    ("General Motors Corp.", {}, "Organization"),  # "general" is a rank, but not the head noun here
    ("Ford Motor Company", {}, "Company"),  # head noun is a business noun
    ("Apple Inc.", {}, "Company"),  # legal form
    ("Deutsche Bank AG", {}, "Company"),
    ("Singapore Airlines Limited", {}, "Company"),
    ("Rosgvardia", {"MIL": 2}, "PublicBody"),  # coded as military in events
    ("Acme", {"BUS": 1}, "Company"),
    ("United Nations", {}, "Organization"),  # intergovernmental: neither a state body nor a company
    ("Tass", {}, "Organization"),  # no evidence either way
]


@pytest.mark.parametrize(("name", "sectors", "expected"), ORG_SCHEMATA)
def test_ftm_organisation_schema(name: str, sectors: dict[str, int], expected: str, ftm_model: Any) -> None:
    from collections import Counter

    from hearsay.store.ftm import _Entity, _Gazetteer, _org_schema

    entity = _Entity(1, name, "ORG", None, None, [])
    entity.sectors = Counter(sectors)
    assert _org_schema(entity, _Gazetteer.load()) == expected


ALIASES = [
    # canonical name, type, iso3, aliases seen, expected (alias, weakAlias)
    ("North Korea", "GPE", "PRK", ["DPRK", "Pyongyang", "North Koreans", "Hermit Kingdom", "N. Korea", "company"],
     (["DPRK", "Hermit Kingdom"], ["N. Korea", "North Koreans", "Pyongyang"])),
    ("Sergey Shoigu", "PERSON", None, ["Shoigu", "Secretary Shoigu", "S. Shoigu"], (["S. Shoigu"], ["Secretary Shoigu", "Shoigu"])),
    ("Multilateral Sanctions Monitoring Team", "ORG", None, ["MSMT", "Sanctions Team"], (["MSMT"], ["Sanctions Team"])),
]


@pytest.mark.parametrize(("name", "etype", "iso3", "aliases", "expected"), ALIASES)
def test_ftm_alias_or_weak_alias(name: str, etype: str, iso3: str | None, aliases: list[str],
                                 expected: tuple[list[str], list[str]]) -> None:
    from hearsay.store.ftm import _Entity, _Gazetteer, _split_aliases

    assert _split_aliases(_Entity(1, name, etype, iso3, None, aliases), _Gazetteer.load()) == expected


@given(st.permutations(["DPRK", "Pyongyang", "Hermit Kingdom", "North Koreans"]))
@settings(max_examples=25, deadline=None)
def test_ftm_line_does_not_depend_on_the_order_values_were_added(ftm_model: Any, order: list[str]) -> None:
    from hearsay.store.ftm import to_line

    def line(values: list[str]) -> str:
        proxy = ftm_model.make_entity("Territory")
        proxy.id = "hearsay-country-prk"
        proxy.add("name", "North Korea")
        proxy.add("alias", values)
        return to_line(proxy)

    assert line(list(order)) == line(sorted(order))
    assert json.loads(line(list(order)))["properties"]["alias"] == sorted(order)


def test_ftm_authority_entities_export_only_once_articles_mention_them(ftm_db: Path, ftm_model: Any,
                                                                        tmp_path: Path) -> None:
    """An authority list (OpenSanctions-style FtM lines) is not dumped into the export; linked names are."""
    db = tmp_path / "authority.db"
    db.write_bytes(ftm_db.read_bytes())
    runner = CliRunner()

    def export() -> list[dict[str, Any]]:
        result = runner.invoke(cli, ["export", "-", "--format", "ftm", "--db", str(db)])
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.stdout.splitlines()]

    assert runner.invoke(cli, ["entity", "load", str(ROOT / "tests/data/authority/ftm.jsonl"), "--db", str(db)]).exit_code == 0
    assert not [e for e in export() if e["id"].startswith("hearsay-authority-")]  # loaded, but no article links them yet
    assert runner.invoke(cli, ["ledger", "rebuild", "--db", str(db)]).exit_code == 0
    lines = export()
    (kim,) = [e for e in lines if e["schema"] == "Person" and e["properties"]["name"] == ["Kim Jong Un"]]
    assert kim["id"].startswith("hearsay-authority-") and "Kim Jong-un" in kim["properties"]["alias"]
    assert any(e["schema"] == "Mention" and e["properties"].get("resolved") == [kim["id"]] for e in lines)
