"""Write the statements-rich7 article texts from their sources (issue 14, round 15).

Usage (from the project root): python3 benchmarks/data/statements-rich7/texts.py

Takes select.py's picks and stores each as ``<doc>.txt`` exactly as rich6's texts.py does (the
ECB+ text unchanged, the re3d text with format marks dropped and spaces normalised as ingest
would, flat picks with their line breaks made spaces); see ``../statements-rich6/texts.py``.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path) -> object:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    rich6 = _load("rich6_texts", HERE.parent / "statements-rich6" / "texts.py")
    sys.exit(rich6.main(HERE, _load("rich7_select", HERE / "select.py")))  # type: ignore[attr-defined]
