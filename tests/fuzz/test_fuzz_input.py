"""A bounded atheris run over the input layer in CI (issue 8); the long campaign is in docs/RELIABILITY.md."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).parents[2] / "fuzz" / "fuzz_input.py"

pytestmark = pytest.mark.slow


def test_fuzz_input_bounded_run_finds_no_crash(tmp_path):
    pytest.importorskip("atheris")
    corpus = tmp_path / "corpus"
    shutil.copytree(HARNESS.parent / "corpus", corpus)
    proc = subprocess.run(
        [sys.executable, str(HARNESS), "-runs=5000", "-max_total_time=90", f"-artifact_prefix={tmp_path}/", str(corpus)],
        capture_output=True, text=True, timeout=900, check=False,
    )
    tail = proc.stderr[-3000:]
    assert proc.returncode == 0, tail
    assert "Done" in tail
    assert not list(tmp_path.glob("crash-*")), tail
