"""figures-news: ``build_texts.py --check`` rebuilds every stored text with the GUM quotation handling it was built with.

Figures round 21 (issue 15): main's 2a8c975 changed ``benchmarks/gum_entities.py``'s quotation handling (a straight '"'
after a stop that opens a quotation starts the next line), so four round-14/15 GUM texts no longer matched a fresh
rebuild. The stored texts and their gold are kept; the builder records which handling each row was built with.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NEWS = ROOT / "benchmarks" / "data" / "figures-news"
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(NEWS))

import build_texts  # noqa: E402
from gum_entities import gum_row  # noqa: E402


def test_build_texts_check_is_clean() -> None:
    done = subprocess.run([sys.executable, str(NEWS / "build_texts.py"), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_round14_15_gum_texts_were_built_without_paired_quotes() -> None:
    # the four texts main's --check reported: each is the old handling's text and not the current one's
    for doc_id in ("gum_news_warhol", "gum_news_warming", "gum_interview_stardust", "gum_news_korea"):
        source = ROOT / "benchmarks" / "data" / "gum-entities" / f"GUM_{doc_id.removeprefix('gum_')}.conll"
        stored = (NEWS / f"{doc_id}.txt").read_text(encoding="utf-8")
        assert doc_id in build_texts.UNPAIRED_QUOTES
        assert gum_row(source, paired_quotes=False)["text"].rstrip("\n") + "\n" == stored
        assert gum_row(source)["text"].rstrip("\n") + "\n" != stored


def test_later_gum_rows_use_the_current_handling() -> None:
    # guard: round 20's and 21's GUM rows were built after 2a8c975 and are not in the old-handling record
    rows = [ln.split("\t") for ln in (NEWS / "articles.tsv").read_text(encoding="utf-8").splitlines()[1:] if ln.strip()]
    gum = [r[0] for r in rows if r[2] == "gum"]
    later = gum[gum.index("gum_news_korea") + 1:]
    assert later and not set(later) & build_texts.UNPAIRED_QUOTES
