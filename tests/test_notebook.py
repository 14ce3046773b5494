"""docs/notebook.ipynb runs clean from top to bottom in the venv's kernel, and is kept in git without outputs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "docs" / "notebook.ipynb"
CELL_TIMEOUT_S = 900


def test_the_notebook_is_stored_without_outputs():
    nbformat = pytest.importorskip("nbformat")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(not cell.outputs and cell.execution_count is None for cell in code)


@pytest.mark.slow
def test_the_notebook_runs_clean(monkeypatch, tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    # The kernel (the venv's python: ipykernel in this interpreter) imports this checkout's code.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend shows the chart
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=CELL_TIMEOUT_S, kernel_name="python3", resources={"metadata": {"path": str(REPO / "docs")}}
    )
    client.execute()  # a cell that raises fails the test (CellExecutionError)
    outputs = [cell.outputs for cell in notebook.cells if cell.cell_type == "code"]
    text = "\n".join(
        out.get("text", "") + out.get("data", {}).get("text/plain", "") for cell in outputs for out in cell
    )
    assert " 0 failed in " in text
    # Each question gets an answer: a table of commitments per country, a chart, entities, a series, actors.
    assert "EUR" in text and "beneficiaries" in text
    assert any("image/png" in out.get("data", {}) for cell in outputs for out in cell)
    assert "near-duplicate text" in text or "same addressee and subject" in text
    assert "organisation:" in text and "degree" in text
    # Nothing is written beside the notebook.
    assert sorted(p.name for p in (REPO / "docs").iterdir() if p.suffix == ".db") == []
