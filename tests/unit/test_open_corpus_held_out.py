"""The open corpus behind the merge and mention audits leaves the identity check splits out (issue 12).

An audit finding drawn from a held-out article tunes the linker on its own check split: session
11's "Portland" fix came from an ECB+ check topic. ``iter_open_corpus`` now leaves out the ECB+
topics divisible by 5 and MEANTIME's identity test files unless asked, and the corpus stays at
1,000+ articles, the issue's floor for the audit.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

from open_corpus import DATASETS, is_check_topic, iter_open_corpus, meantime_check_files  # noqa: E402

pytestmark = pytest.mark.skipif(not (DATASETS / "ecbplus-entities").exists(), reason="shared datasets not present")


def test_check_topics_are_the_scorer_s() -> None:
    import eval_ledger_entities

    check = {t for t in range(1, 36) if is_check_topic(t)}
    assert check == {5, 10, 15, 20, 25, 30, 35}
    # the scorer's own split names the same topics
    source = (BENCH / "eval_ledger_entities.py").read_text(encoding="utf-8")
    assert "% 5 == 0" in source and eval_ledger_entities is not None


def test_meantime_check_files_are_the_identity_test_split() -> None:
    import meantime_entities

    held = meantime_check_files()
    test_ids = {row["id"] for row in meantime_entities.load_meantime_entities() if row["split"] == "test"}
    assert len(held) == len(test_ids) > 0
    # meantime_entities names a file "airbus_11714" (folder, number); the corpus "meantime-11714"
    assert {Path(name).stem.split("_")[0] for name in held} == {row_id.split("_")[-1] for row_id in test_ids}


def test_default_corpus_reads_no_held_out_article_and_keeps_the_floor() -> None:
    held_ids = {f"meantime-{Path(name).stem.split('_')[0]}" for name in meantime_check_files()}
    counts: Counter[str] = Counter()
    for item in iter_open_corpus():
        counts[item.dataset] += 1
        source = item.article.source or ""
        if item.dataset == "ecbplus-entities":
            assert source.startswith("ECB+ topic ")
            assert not is_check_topic(source.removeprefix("ECB+ topic "))
        assert item.article.id not in held_ids
    assert counts["meantime-en"] > 0 and sum(counts.values()) >= 1000
    everything = Counter(item.dataset for item in iter_open_corpus(held_out=True))
    assert everything["ecbplus-entities"] - counts["ecbplus-entities"] == 134
    assert everything["meantime-en"] - counts["meantime-en"] == len(held_ids)
