"""Imports point downward only (STYLE.md §1, issue 11): no package imports one above it, no cycles."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "hearsay"

# each part of hearsay and the parts it must never import (directly or in a function body)
FORBIDDEN = {
    "lexicon": {"extract", "pipeline", "ingest", "store", "ledger", "service", "query", "api", "web", "cli", "batch", "server"},
    "model": {"extract", "pipeline", "ingest", "store", "ledger", "service", "query", "api", "web", "cli", "batch", "server"},
    "extract": {"pipeline", "store", "ledger", "service", "query", "api", "web", "cli", "batch", "server"},
    "ingest": {"extract", "pipeline", "store", "ledger", "service", "query", "api", "web", "cli", "batch", "server"},
    "store": {"extract", "pipeline", "ledger", "service", "query", "api", "web", "cli", "batch", "server"},
    "ledger": {"pipeline", "service", "api", "web", "cli", "batch", "server"},
    "query": {"pipeline", "service", "api", "web", "cli", "batch", "server"},
    "api": {"web", "cli", "server"},
    "web": {"cli", "server"},
}


def _imports() -> dict[str, set[str]]:
    """Return, for every top-level part of hearsay, the other parts its modules import."""
    edges: dict[str, set[str]] = defaultdict(set)
    for path in SRC.rglob("*.py"):
        part = path.relative_to(SRC).parts[0].removesuffix(".py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("hearsay."):
                names = [node.module]
            elif isinstance(node, ast.ImportFrom) and node.module == "hearsay":
                names = ["hearsay." + a.name for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names if a.name.startswith("hearsay.")]
            for name in names:
                target = name.split(".")[1]
                if target != part:
                    edges[part].add(target)
    return edges


EDGES = _imports()


@pytest.mark.parametrize("part", sorted(FORBIDDEN))
def test_layers_no_upward_import(part: str) -> None:
    assert EDGES[part] & FORBIDDEN[part] == set()


def test_layers_no_cycle_between_parts() -> None:
    cycles = {tuple(sorted((a, b))) for a in EDGES for b in EDGES[a] if a in EDGES.get(b, set())}
    assert cycles == set()
