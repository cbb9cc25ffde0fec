"""The fuzz harness in CI (issues 8 and 19): the regression corpus replayed input by input, and a
bounded atheris run over every input path; the long campaign is in docs/RELIABILITY.md."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).parents[2] / "fuzz" / "fuzz_input.py"
CORPUS = HARNESS.parent / "corpus"
REGRESSIONS = sorted(p.name for p in CORPUS.glob("regress-*"))


@pytest.fixture(scope="module")
def harness():
    pytest.importorskip("atheris")
    import importlib.util

    spec = importlib.util.spec_from_file_location("fuzz_input", HARNESS)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fuzz_corpus_holds_the_issue_19_crashes():
    wanted = {"huge-int", "surrogate", "cr-only", "fields", "utf16-bom", "gzip-nul", "gzip-newlines", "feed-year0",
              "atom-year0", "warc-year0", "warc-punycode", "warc-cut", "warc-huge-length", "api-offset"}
    assert wanted <= {n.removeprefix("regress-19-") for n in REGRESSIONS}


def test_fuzz_corpus_covers_every_input_path():
    modes = {p.read_bytes()[:1] for p in CORPUS.iterdir() if p.read_bytes()[:1].isdigit()}
    assert modes >= {b"0", b"1", b"4", b"5", b"6", b"7", b"8", b"9"}


@pytest.mark.parametrize("name", REGRESSIONS)
def test_fuzz_regression_input_runs_clean(harness, name):
    harness.one_input((CORPUS / name).read_bytes())


@pytest.mark.slow
def test_fuzz_input_bounded_run_finds_no_crash(tmp_path):
    pytest.importorskip("atheris")
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    proc = subprocess.run(
        [sys.executable, str(HARNESS), "-runs=5000", "-max_total_time=90", f"-artifact_prefix={tmp_path}/", str(corpus)],
        capture_output=True, text=True, timeout=900, check=False,
    )
    tail = proc.stderr[-3000:]
    assert proc.returncode == 0, tail
    assert "Done" in tail
    assert not list(tmp_path.glob("crash-*")), tail
