"""The founding article scored by the project's own gold scorer, as in issue 2's "Done when".

Runs ``../shared/tools/score_golden.py`` (kept beside the repository, where CI puts it) on
``tests/golden/kursk-dprk.txt``: the scorer runs ``.venv/bin/hearsay analyze`` and exits
non-zero when any floor fails (statements F1 ≥ 0.90, figures F1 ≥ 0.80 and no biography
figure, dates ≥ 0.85, entity grouping ≥ 0.85, events F1 ≥ 0.60).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
SCORER = ROOT.parent / "shared" / "tools" / "score_golden.py"

pytestmark = pytest.mark.model


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools/score_golden.py is not beside this checkout")
def test_founding_golden_scores_hold_every_floor(tmp_path):
    if not (ROOT / ".venv" / "bin" / "hearsay").exists() and shutil.which("hearsay") is None:
        pytest.skip("no installed hearsay command to score")
    # the scorer runs 'hearsay analyze' with the default store: keep it out of the checkout
    article = tmp_path / "kursk-dprk.txt"
    shutil.copy(ROOT / "tests" / "golden" / "kursk-dprk.txt", article)
    shutil.copy(ROOT / "tests" / "golden" / "kursk-dprk.gold.json", tmp_path / "kursk-dprk.gold.json")
    venv = ROOT / ".venv" / "bin"
    proc = subprocess.run([sys.executable, str(SCORER), str(article)], cwd=tmp_path, capture_output=True, text=True,
                          timeout=600, check=False, env={"PATH": f"{venv}:/usr/bin:/bin", "HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "statements F1" in proc.stdout
