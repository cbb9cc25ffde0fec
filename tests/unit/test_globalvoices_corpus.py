"""The globalvoices-2012 blind corpora (issues 12 and 14): their HTML-to-text steps, README rule 1 and
globalvoices-2012b's rule 2."""
from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "data" / "globalvoices-2012"
sys.path.insert(0, str(ROOT / "benchmarks"))

_spec = importlib.util.spec_from_file_location("gv_extract", CORPUS / "extract.py")
assert _spec is not None and _spec.loader is not None
extract = importlib.util.module_from_spec(_spec)
sys.modules["gv_extract"] = extract  # its dataclass looks its module up while the class is built
_spec.loader.exec_module(extract)


RULES = sorted(n for n, rule in extract.RULES.items() if (rule.out / "posts.tsv").exists())


def _posts(rule: int = 1) -> list[dict[str, str]]:
    with (extract.RULES[rule].out / "posts.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_blocks_end_paragraphs_and_captions_and_scripts_go() -> None:
    markup = ('<em>Part of <a href="x">our coverage</a>.</em>\r\n\r\nShe tweeted:\r\n<blockquote><a href="t">@someone'
              '</a>: rain &amp; wind&nbsp; today</blockquote>[caption id="1" caption="A photo"]<img src="p" />'
              '[/caption]<script>var x = "<p>";</script>After.')
    assert extract.to_text(markup).split("\n") == [
        "Part of our coverage.", "She tweeted:", "@someone: rain & wind today", "After."]


@given(st.lists(st.text(alphabet="abc xyz.,", min_size=1, max_size=12), min_size=1, max_size=6))
def test_paragraphs_joined_by_blank_lines_come_back_one_a_line(paragraphs: list[str]) -> None:
    kept = [" ".join(p.split()) for p in paragraphs if p.split()]
    assert extract.to_text("\r\n\r\n".join(paragraphs)).split("\n") == (kept or [""])


@pytest.mark.parametrize("rule", RULES)
def test_committed_texts_are_the_raw_html_by_the_readme_steps(rule: int) -> None:
    out = extract.RULES[rule].out
    for post in _posts(rule):
        raw = (out / "raw" / f"gv-{post['post_id']}.html").read_text(encoding="utf-8")
        lines = (out / "source" / f"gv-{post['post_id']}.txt").read_text(encoding="utf-8").split("\n")
        assert lines[1] == post["date"] and lines[2] == post["url"] and lines[3] == ""
        assert "\n".join(lines[4:]).rstrip("\n") == extract.to_text(raw)
        assert int(post["words"]) == len(extract.to_text(raw).split())


@pytest.mark.parametrize("rule", RULES)
def test_rule_bounds_order_and_splits(rule: int) -> None:
    posts, spec = _posts(rule), extract.RULES[rule]
    words = [int(p["words"]) for p in posts]
    assert all(extract.MIN_WORDS <= w <= extract.MAX_WORDS for w in words)
    assert sum(words) <= extract.MAX_TOTAL_WORDS and len(posts) <= extract.MAX_POSTS
    offsets = [int(p["offset"]) for p in posts]
    assert offsets == sorted(offsets) and offsets[0] >= spec.first_offset  # file order, after what was read before
    dev = spec.dev_posts
    assert [p["split"] for p in posts] == ["dev"] * min(dev, len(posts)) + [spec.held_out] * max(0, len(posts) - dev)


def test_rule_2_starts_where_rule_1_stopped() -> None:
    """Rule 2 begins at the item rule 1's word cap stopped before: no post is in both, none is skipped between."""
    last = max(int(p["offset"]) for p in _posts(1))
    assert extract.RULES[1].first_offset < last < extract.RULES[2].first_offset


def test_identity_splits_take_the_posts_of_their_split() -> None:
    import eval_identity_wikinews as idw

    posts = _posts()
    for split, name in (("gvdev", "dev"), ("gvcheck", "check")):
        files = idw.split_files(split)
        assert [f.stem for f in files] == [f"gv-{p['post_id']}" for p in posts if p["split"] == name]
        assert all(f.exists() for f in files)
    assert idw.read_source(idw.split_files("gvdev")[0], 2012)["id"] == f"gv-{posts[0]['post_id']}"
