"""The coreference scorers of benchmarks/eval_ledger_entities.py (issue 12) on hand-made clusterings.

Every expected value below was worked out by hand from the definitions (B-cubed: Bagga and
Baldwin 1998; pairwise over pairs of items in different documents), shown in the comments.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from eval_ledger_entities import OffsetMap, bcubed, pairwise_cross_doc, split_topics  # noqa: E402


def test_eval_coref_bcubed_perfect() -> None:
    r = bcubed(["a", "a", "b"], [1, 1, 2])
    assert (r.p, r.r, r.f1) == (1.0, 1.0, 1.0)


def test_eval_coref_bcubed_one_cluster() -> None:
    # gold {1,2} {3}; system puts all three together.
    # precision per item: 2/3, 2/3, 1/3 -> 5/9; recall 1, 1, 1 -> 1.
    r = bcubed(["a", "a", "b"], ["x", "x", "x"])
    assert r.p == pytest.approx(5 / 9)
    assert r.r == pytest.approx(1.0)
    assert r.f1 == pytest.approx(2 * (5 / 9) / (1 + 5 / 9))  # = 10/14 = 0.714...


def test_eval_coref_bcubed_all_singletons() -> None:
    # gold {1,2,3,4} {5}; system all singletons.
    # precision 1 each; recall 1/4 x4 and 1/1 -> (1 + 1) / 5 = 0.4.
    r = bcubed(["a"] * 4 + ["b"], [1, 2, 3, 4, 5])
    assert r.p == pytest.approx(1.0)
    assert r.r == pytest.approx(0.4)
    assert r.f1 == pytest.approx(2 * 0.4 / 1.4)


def test_eval_coref_bcubed_crossed() -> None:
    # gold A = {1,2,3}, B = {4,5}; system X = {1,2}, Y = {3,4,5}.
    # precision: 1: |X∩A|/|X| = 2/2, 2: 1, 3: |Y∩A|/|Y| = 1/3, 4: 2/3, 5: 2/3 -> (1+1+1/3+2/3+2/3)/5 = 11/15
    # recall:    1: |X∩A|/|A| = 2/3, 2: 2/3, 3: 1/3, 4: 2/2, 5: 1 -> (2/3+2/3+1/3+1+1)/5 = 11/15
    r = bcubed(list("AAABB"), list("XXYYY"))
    assert r.p == pytest.approx(11 / 15)
    assert r.r == pytest.approx(11 / 15)
    assert r.f1 == pytest.approx(11 / 15)


def test_eval_coref_bcubed_rejects_unequal_lengths() -> None:
    with pytest.raises(ValueError):
        bcubed(["a"], [])


def test_eval_coref_pairwise_ignores_pairs_in_one_document() -> None:
    # items 1,2 in doc d1, item 3 in d2; gold all one cluster; system joins only 1 and 2.
    # cross-doc gold pairs: (1,3), (2,3) = 2; system cross-doc pairs: none -> P = 1 (0/0), R = 0.
    r, counts = pairwise_cross_doc(["g", "g", "g"], ["s", "s", "t"], ["d1", "d1", "d2"])
    assert counts == {"system_pairs": 0, "gold_pairs": 2, "correct_pairs": 0}
    assert (r.p, r.r, r.f1) == (1.0, 0.0, 0.0)


def test_eval_coref_pairwise_counts_by_hand() -> None:
    # item: 1    2    3    4    5
    # doc:  d1   d2   d3   d1   d2
    # gold: A    A    A    B    B
    # sys:  X    X    Y    Y    Y
    # gold cross pairs: A: (1,2) (1,3) (2,3) = 3; B: (4,5) = 1 -> 4
    # sys cross pairs: X: (1,2) = 1; Y: (3,4) (3,5) (4,5) = 3 -> 4
    # correct: (1,2) [A,X] and (4,5) [B,Y] -> 2; P = 2/4, R = 2/4
    r, counts = pairwise_cross_doc(list("AAABB"), list("XXYYY"), ["d1", "d2", "d3", "d1", "d2"])
    assert counts == {"system_pairs": 4, "gold_pairs": 4, "correct_pairs": 2}
    assert (r.p, r.r, r.f1) == (0.5, 0.5, 0.5)


def test_eval_coref_pairwise_over_merge() -> None:
    # four items in four documents: gold {1,2} {3,4}; system joins all four.
    # sys pairs C(4,2) = 6, gold pairs 2, correct 2 -> P = 1/3, R = 1, F1 = 0.5
    r, counts = pairwise_cross_doc(list("AABB"), list("XXXX"), ["d1", "d2", "d3", "d4"])
    assert counts == {"system_pairs": 6, "gold_pairs": 2, "correct_pairs": 2}
    assert r.p == pytest.approx(1 / 3)
    assert r.r == 1.0
    assert r.f1 == pytest.approx(0.5)


def test_eval_coref_split_topics() -> None:
    topics = [1, 5, 9, 10, 15, 33, 35]
    assert split_topics("check", topics) == [5, 10, 15, 35]
    assert split_topics("dev", topics) == [1, 9, 33]


def test_eval_coref_offset_map_follows_normalisation() -> None:
    source = "  Tara  Reid\tchecked in."
    target = "Tara Reid checked in."
    omap = OffsetMap(source, target)
    start, end = omap.span(source.index("Reid"), source.index("Reid") + 4) or (0, 0)
    assert target[start:end] == "Reid"
    assert omap.span(0, 2) is None  # only removed spaces
    assert OffsetMap(target, target).span(3, 7) == (3, 7)


def test_eval_coref_audit_wilson_interval() -> None:
    from audit_entity_merges import wilson

    # 37 of 80 (the BBC audit): p = 0.4625, z = 1.96;
    # centre = (p + z²/2n) / (1 + z²/n) = 0.48651 / 1.04802 = 0.46422,
    # half = z·sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n) = 1.96 · sqrt(0.0031074 + 0.0001501) / 1.04802
    #      = 1.96 · 0.057074 / 1.04802 = 0.10674 -> 0.35748 .. 0.57096
    lo, hi = wilson(37, 80)
    assert lo == pytest.approx(0.3575, abs=5e-4)
    assert hi == pytest.approx(0.5710, abs=5e-4)
    assert wilson(0, 0) == (0.0, 1.0)


def test_eval_coref_audit_context_marks_the_mention() -> None:
    from audit_entity_merges import context

    text = "First line.\nThe agency said so. Then Tim Cook spoke. Last one."
    start = text.index("Tim Cook")
    assert context(text, start, start + 8) == "Then [[Tim Cook]] spoke."
    assert context(text, None, None) == ""


_items = st.lists(st.tuples(st.sampled_from("ABCD"), st.sampled_from("wxyz"), st.sampled_from("123")), max_size=12)


@given(_items)
def test_eval_coref_pairwise_matches_brute_force(items: list[tuple[str, str, str]]) -> None:
    gold, system, docs = [g for g, _, _ in items], [s for _, s, _ in items], [d for _, _, d in items]
    pairs = [(i, j) for i in range(len(items)) for j in range(i + 1, len(items)) if docs[i] != docs[j]]
    predicted = {p for p in pairs if system[p[0]] == system[p[1]]}
    true = {p for p in pairs if gold[p[0]] == gold[p[1]]}
    _, counts = pairwise_cross_doc(gold, system, docs)
    assert counts == {"system_pairs": len(predicted), "gold_pairs": len(true), "correct_pairs": len(predicted & true)}


@given(_items)
def test_eval_coref_bcubed_matches_brute_force(items: list[tuple[str, str, str]]) -> None:
    gold, system = [g for g, _, _ in items], [s for _, s, _ in items]
    n = len(items)
    if not n:
        return
    p = r = 0.0
    for i in range(n):
        s_set = {j for j in range(n) if system[j] == system[i]}
        g_set = {j for j in range(n) if gold[j] == gold[i]}
        p += len(s_set & g_set) / len(s_set)
        r += len(s_set & g_set) / len(g_set)
    result = bcubed(gold, system)
    assert result.p == pytest.approx(p / n)
    assert result.r == pytest.approx(r / n)


def _labels(path: Path, labels: list[str]) -> str:
    rows = ["canonical_id\tname\tlabel\tnote"] + [f"{i}\tname {i}\t{label}\t" for i, label in enumerate(labels)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


def test_eval_coref_audit_agreement_and_kappa_by_hand(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Two annotators, 4 rows, one disagreement: observed 3/4; chance = (3/4)(2/4) + (1/4)(2/4)
    = 1/2; kappa = (3/4 - 1/2) / (1 - 1/2) = 0.5."""
    from audit_entity_merges import agree

    first = _labels(tmp_path / "a.tsv", ["correct", "correct", "correct", "wrong"])
    second = _labels(tmp_path / "b.tsv", ["correct", "correct", "wrong", "wrong"])
    assert agree(first, second) == 0
    out = capsys.readouterr().out
    assert "3 agree = 75.0%, Cohen's kappa 0.50" in out and "2 name 2: correct / wrong" in out


def test_eval_coref_audit_agreement_needs_the_same_rows(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from audit_entity_merges import agree

    first = _labels(tmp_path / "a.tsv", ["correct", "wrong"])
    second = _labels(tmp_path / "b.tsv", ["correct"])
    assert agree(first, second) == 2


def test_eval_coref_per_topic_scores_each_topic_apart() -> None:
    """Two topics: in topic 1 the ledger joins what gold joins and same-name does not; in topic 2
    both join the same pair. Counted by hand: topic 1 ledger F1 1.0, same name 0.0; topic 2 both 1.0."""
    from eval_ledger_entities import Matched, per_topic

    def m(doc: str, gold: str, name: str, canonical: int) -> Matched:
        return Matched(doc, gold, name, name, canonical, name, canonical, name)

    matched = [m("1_1ecb", "X:a", "Barack Obama", 1), m("1_2ecb", "X:a", "Obama", 1),
               m("2_1ecb", "X:b", "Paris", 2), m("2_2ecb", "X:b", "Paris", 2)]
    assert per_topic(matched) == {"1": {"ledger": 1.0, "same name": 0.0}, "2": {"ledger": 1.0, "same name": 1.0}}


def test_eval_coref_meantime_gold_reads_instances_across_articles(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The MEANTIME gold (benchmarks/meantime_entities.py) on a hand-made two-article corpus:
    names only, exact offsets, one corpus-wide instance across articles, an entity with no
    instance a chain of its own article, the fifth file of a story held out."""
    from meantime_entities import load_meantime_entities

    def article(tokens: list[tuple[str, int]], markables: str, relations: str) -> str:
        toks = "".join(f'<token t_id="{i}" sentence="{s}">{t}</token>' for i, (t, s) in enumerate(tokens, 1))
        return f"<Document>{toks}<Markables>{markables}</Markables><Relations>{relations}</Relations></Document>"

    story = tmp_path / "corpus_air"
    story.mkdir()
    one = article([("Boeing", 0), ("beat", 0), ("Airbus", 0), (",", 0), ("it", 0), ("said", 0), (".", 0)],
                  '<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>'
                  '<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="3"/></ENTITY_MENTION>'
                  '<ENTITY_MENTION m_id="3" syntactic_type="PRO"><token_anchor t_id="5"/></ENTITY_MENTION>'
                  '<ENTITY m_id="10" ent_type="ORG" instance_id="ORG1"/><ENTITY m_id="11" ent_type="ORG"/>',
                  '<REFERS_TO r_id="1"><source m_id="1"/><source m_id="3"/><target m_id="10"/></REFERS_TO>'
                  '<REFERS_TO r_id="2"><source m_id="2"/><target m_id="11"/></REFERS_TO>')
    two = article([("Headline", 0), ("The", 1), ("Boeing", 1), ("jet", 1)],
                  '<ENTITY_MENTION m_id="1" syntactic_type="PRE.NAM"><token_anchor t_id="3"/></ENTITY_MENTION>'
                  '<ENTITY m_id="10" ent_type="ORG" instance_id="ORG1"/>',
                  '<REFERS_TO r_id="1"><source m_id="1"/><target m_id="10"/></REFERS_TO>')
    (story / "1_a.xml").write_text(one, encoding="utf-8")
    (story / "2_b.xml").write_text(two, encoding="utf-8")
    for i in range(3, 6):  # the fifth file of the story is held out
        (story / f"{i}_c.xml").write_text(article([("x", 0)], "", ""), encoding="utf-8")
    rows = load_meantime_entities(tmp_path)
    assert [r["split"] for r in rows] == ["dev", "dev", "dev", "dev", "test"]
    first, second = rows[0], rows[1]
    assert first["text"] == "Boeing beat Airbus, it said.\n" and second["text"] == "Headline\nThe Boeing jet\n"
    assert [(m["text"], m["cluster"]) for m in first["mentions"]] == [("Boeing", "X:ORG1"), ("Airbus", "I:11")]  # "it" is no name
    assert [(m["text"], m["cluster"]) for m in second["mentions"]] == [("Boeing", "X:ORG1")]
    assert all(r["text"][m["start"]:m["end"]] == m["text"] for r in rows for m in r["mentions"])
    assert first["id"] == "air_1" and first["topic"] == "air"
