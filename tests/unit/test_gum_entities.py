"""The GUM identity gold (benchmarks/gum_entities.py) and its scoring (eval_ledger_entities.py --set gum), issue 12.

The expected spans and clusters below were read by hand from
benchmarks/data/gum-entities/GUM_news_asylum.conll and GUM_news_clock.conll (GUM's brackets,
token by token), not copied from the loader's output.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from gum_entities import ROOT, _text_and_offsets, gum_row, load_gum_entities, parse_conll  # noqa: E402


@pytest.fixture(scope="module")
def asylum() -> dict:  # type: ignore[type-arg]
    return gum_row(ROOT / "GUM_news_asylum.conll")


def _spans(row: dict, cluster: str) -> list[str]:  # type: ignore[type-arg]
    return [m["text"] for m in row["mentions"] if m["cluster"] == cluster]


def test_gum_entities_offsets_give_back_the_tokens(asylum) -> None:  # type: ignore[no-untyped-def]
    # every mention's text is its tokens (GUM column 2) in order, whatever spacing was chosen
    _, words, raw = parse_conll((ROOT / "GUM_news_asylum.conll").read_text(encoding="utf-8"))
    assert len(raw) == len(asylum["mentions"]) == 102  # 102 opening brackets in the file
    for (first, last, *_), m in zip(raw, asylum["mentions"], strict=True):
        assert asylum["text"][m["start"]:m["end"]] == m["text"]
        assert "".join(m["text"].split()) == "".join(words[first:last + 1])


def test_gum_entities_headline_and_dateline_lines(asylum) -> None:  # type: ignore[no-untyped-def]
    lines = asylum["text"].splitlines()
    assert lines[0] == "Over 900 asylum seekers rescued off Indonesian coast"
    assert lines[1] == "Monday, May 18, 2015"
    assert lines[2].startswith("On Friday, fishermen rescued over 700 asylum seekers whose boat sank,")
    assert lines[2].endswith("along the coast of Aceh, Indonesia.")
    assert asylum["published"] == "2015-05-18"
    assert (asylum["id"], asylum["topic"], asylum["split"]) == ("news_asylum", "news", "dev")


def test_gum_entities_nested_brackets(asylum) -> None:  # type: ignore[no-untyped-def]
    # tokens 41-46: "the(place-3 coast of Aceh(place-12-Aceh , Indonesia(place-13-Indonesia)place-3)place-12-Aceh)"
    assert "the coast of Aceh, Indonesia" in _spans(asylum, "news_asylum#3")
    assert _spans(asylum, "Aceh") == ["Aceh, Indonesia"]
    assert _spans(asylum, "Indonesia")[0] == "Indonesia"
    # token 241 closes abstract-40 before organization-41 though 41 opened later: closed by label
    parties = _spans(asylum, "news_asylum#41")
    assert parties == ["all relevant parties, with whom we share the desire to find a solution to this crisis"]


def test_gum_entities_chain_with_and_without_a_title(asylum) -> None:  # type: ignore[no-untyped-def]
    # organization-10-Indonesian_Navy: a Wikipedia title, the cross-document id
    assert _spans(asylum, "Indonesian_Navy") == ["the Indonesian Navy", "Indonesian navy"]
    # person-14 has no title: a chain of its document only
    assert _spans(asylum, "news_asylum#14") == ["Major general Fuad Basya", "spokesman for the Indonesian military", "Basya"]


def test_gum_entities_titles_percent_decoded_and_one_title_across_chains() -> None:
    clock = gum_row(ROOT / "GUM_news_clock.conll")
    assert "Irving, Texas" in clock["text"] and "Irving,_Texas" in {m["cluster"] for m in clock["mentions"]}
    # organization-22-Google and organization-53-Google: two chains, one title, one entity
    assert _spans(clock, "Google").count("Google") >= 2 and "Google's" in _spans(clock, "Google")


def test_gum_entities_split_follows_gum_dev_and_test_lists() -> None:
    rows = {r["id"]: r["split"] for r in load_gum_entities()}
    assert rows["news_homeopathic"] == "check"  # in GUM's ud_dev list
    assert rows["news_asylum"] == rows["news_clock"] == "dev"


def test_gum_entities_unopened_close_is_an_error() -> None:
    with pytest.raises(ValueError, match="not open"):
        parse_conll("# begin document GUM_x_y\n0\tA\t(person-1)\n1\tB\tperson-2)\n# end document\n")


@given(st.lists(st.sampled_from(["Boeing", "said", ",", ".", '"', "'s", "(", ")", "-", "U.S.", "$", "5", "'", "New"]),
                min_size=1, max_size=30))
def test_gum_entities_offsets_property(words: list[str]) -> None:
    text, offsets = _text_and_offsets(words, set())
    assert [text[s:e] for s, e in offsets] == words
    assert all(offsets[i][1] <= offsets[i + 1][0] for i in range(len(offsets) - 1))


def _store(path: Path, text: str, mentions: list[tuple[int, int, int, str]]) -> None:
    """A minimal store with the columns eval_ledger_entities reads: one document, its mentions."""
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE documents (id INTEGER, doc_id TEXT, text TEXT);
        CREATE TABLE entities (id INTEGER, name TEXT, type TEXT);
        CREATE TABLE mentions (document_id INTEGER, char_start INTEGER, char_end INTEGER, text TEXT, entity_id INTEGER);
        CREATE TABLE entity_links (entity_id INTEGER, canonical_id INTEGER, rule TEXT);
        CREATE TABLE canonical_entities (id INTEGER, name TEXT);""")
    con.execute("INSERT INTO documents VALUES (1, 'gum-d', ?)", (text,))
    for start, end, entity, name in mentions:
        con.execute("INSERT INTO entities VALUES (?, ?, 'GPE')", (entity, name))
        con.execute("INSERT INTO mentions VALUES (1, ?, ?, ?, ?)", (start, end, text[start:end], entity))
    con.commit()
    con.close()


def test_gum_entities_one_to_one_keeps_the_best_fitting_gold_mention(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    from eval_ledger_entities import gum_gold_rows, match_mentions

    text = "Malaysia's Prime Minister spoke.\n"
    # gold: "Malaysia's" (place, titled) nested in "Malaysia's Prime Minister" (a person chain);
    # hearsay found one mention, "Malaysia" (0-8)
    row = {"id": "d", "text": text, "mentions": [
        {"start": 0, "end": 25, "text": text[:25], "tag": "person", "cluster": "d#37"},
        {"start": 0, "end": 10, "text": text[:10], "tag": "place", "cluster": "Malaysia"}]}
    db = tmp_path / "s.db"
    _store(db, text, [(0, 8, 1, "Malaysia")])
    rows = gum_gold_rows([row])
    assert [m["cluster"] for m in rows[0]["mentions"]] == ["I:d#37", "X:Malaysia"]
    articles = {"d": SimpleNamespace(doc_id="gum-d", text=text)}
    kept, stats = match_mentions(rows, articles, db, one_to_one=True)
    # "Malaysia" fits "Malaysia's" (8/10) better than the person (8/25): the person is dropped
    assert [m.gold for m in kept] == ["X:Malaysia"] and stats["nested_dropped"] == 1
    every, _ = match_mentions(rows, articles, db)  # ECB+'s rule: both gold mentions count
    assert sorted(m.gold for m in every) == ["X:Malaysia", "d/I:d#37"]


def test_gum_entities_a_bare_number_bracket_is_no_mention() -> None:
    """Some stored GUM revisions mark untyped one-token chains as "(2)" (GUM_news_taxes.conll at
    6c0ab42: "in (2)", ", (9)"): no entity type, so no mention; typed chains around them stay."""
    content = ("# begin document GUM_news_x\n0\tLocal\t(organization-1\n1\tmunicipalities\torganization-1)\n"
               "2\tin\t(2)\n3\tItaly\t(place-3-Italy)\n4\task\t(4)\n# end document\n")
    _, words, mentions = parse_conll(content)
    assert words == ["Local", "municipalities", "in", "Italy", "ask"]
    assert mentions == [(0, 1, "organization", "1", None), (3, 3, "place", "3", "Italy")]


def test_gum_entities_a_straight_mark_opening_the_next_sentence_starts_its_line() -> None:
    """Mention audit 3 (GUM news_crane): 'uncrowded . " Had it happened …' put the opening mark at the
    end of the previous line, so the quotation's words fell outside every quote span. Straight marks
    pair by parity: one that opens goes to the next line; one that closes stays (guard)."""
    from gum_entities import _breaks

    opening = ["It", "was", "quiet", ".", '"', "Had", "it", "rained", ",", '"', "he", "said", "."]
    assert _breaks(opening, None) == {4}
    closing = ['"', "Go", "home", ".", '"', "He", "left", "."]
    assert _breaks(closing, None) == {5}
