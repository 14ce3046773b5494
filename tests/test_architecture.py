"""The import rules of docs/ARCHITECTURE.md: which stage may import which, and no private helpers across modules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXTRACTOR = REPO / "extractor"
MODELS = REPO / "models"
# Every stage may import these: the shapes, the messages, and making letter text safe to show.
ALWAYS = {"models", "errors", "escape"}
# What each unit of extractor/ may import besides ALWAYS (docs/ARCHITECTURE.md's table).
ALLOWED = {
    "errors": set(),
    "escape": set(),
    "reference": set(),
    "reading": {"reference"},
    "nlp": {"reference"},
    "relations": {"nlp", "reference"},
    "records": {"reading", "nlp", "relations", "reference"},
    "sandbox": {"reading", "records"},
    "pool": {"sandbox"},
    "store": {"reading", "records", "reference", "sandbox", "pool"},
    "reports": {"reading", "records", "relations", "store", "reference", "sandbox"},
    "api": {"store", "reports", "records", "reading", "reference", "sandbox"},
    "serve": {"reports", "store", "records", "reference"},
    "cli": {"*"},
    "__init__": {"api"},
}


def imports_of(path: Path) -> list[tuple[str, list[str], int]]:
    """Every import in a file, top-level or inside a function: (module, names, line)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, [a.name for a in node.names], node.lineno))
        elif isinstance(node, ast.ImportFrom) and node.level:
            found.append(("." * node.level + (node.module or ""), [a.name for a in node.names], node.lineno))
        elif isinstance(node, ast.Import):
            found.extend((a.name, [], node.lineno) for a in node.names)
    return found


def unit_of(path: Path) -> str:
    """The stage a file of extractor/ belongs to: its package, or its own name for a top-level module."""
    relative = path.relative_to(EXTRACTOR)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def python_files(folder: Path) -> list[Path]:
    """The package's Python files."""
    return sorted(folder.rglob("*.py"))


@pytest.mark.parametrize("path", python_files(EXTRACTOR), ids=lambda p: str(p.relative_to(REPO)))
def test_each_stage_imports_only_what_the_architecture_allows(path):
    unit = unit_of(path)
    assert unit in ALLOWED, f"{unit} is not in docs/ARCHITECTURE.md's table"
    allowed = ALLOWED[unit] | ALWAYS | {unit}
    for module, names, line in imports_of(path):
        assert not module.startswith("."), f"{path}:{line}: relative import; import absolutely"
        if module == "extractor":
            targets = set(names)
        elif module.startswith("extractor."):
            targets = {module.split(".")[1]}
        elif module.startswith("models"):
            continue
        else:
            continue
        if "*" in allowed:
            continue
        assert targets <= allowed, f"{path}:{line}: {unit} imports {sorted(targets - allowed)}"


@pytest.mark.parametrize("path", python_files(MODELS), ids=lambda p: str(p.relative_to(REPO)))
def test_models_import_nothing_from_extractor(path):
    for module, _names, line in imports_of(path):
        assert not module.startswith("extractor"), f"{path}:{line}: models/ imports {module}"
        assert not module.startswith("."), f"{path}:{line}: models are imported absolutely"


@pytest.mark.parametrize("path", python_files(EXTRACTOR) + python_files(MODELS), ids=lambda p: str(p.relative_to(REPO)))
def test_no_module_imports_a_private_helper_of_another(path):
    for module, names, line in imports_of(path):
        if not module.startswith(("extractor", "models")):
            continue
        private = [n for n in names if n.startswith("_") and not n.startswith("__")]
        assert not private, f"{path}:{line}: imports private {private} from {module}"


def test_the_rules_catch_a_forbidden_import(tmp_path):
    # The checker itself: a reading module that imports the store is caught.
    bad = tmp_path / "bad.py"
    bad.write_text("from extractor.store.database import Store\nfrom extractor.relations.x import _helper\n")
    modules = imports_of(bad)
    assert modules[0][0] == "extractor.store.database"
    assert modules[0][0].split(".")[1] not in ALLOWED["reading"] | ALWAYS
    assert modules[1][1] == ["_helper"]
