"""The examples run: examples/explore.ipynb executed top to bottom with nbclient (in a kernel
running this very interpreter), and examples/quickstart.py as a script.

The notebook is stored without outputs; its two chart cells (tagged ``chart``) must each draw a
figure, whether the extractors find many items or none yet (then the figure says so).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
NOTEBOOK = EXAMPLES / "explore.ipynb"

nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (dev extra)")
nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed (dev extra)")
pytest.importorskip("ipykernel", reason="ipykernel is not installed (dev extra)")

KERNEL = "newsparse-test-python"


@pytest.fixture
def kernel_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A kernelspec for ``sys.executable`` on a private JUPYTER_PATH, so the notebook runs in
    the interpreter (and venv) running the tests, whatever ``python3`` kernels exist elsewhere."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "newsparse tests",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    return KERNEL


def test_notebook_is_stored_without_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


@pytest.mark.slow
def test_notebook_executes_and_draws_both_charts(kernel_name: str) -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        kernel_name=kernel_name,
        timeout=600,
        resources={"metadata": {"path": str(EXAMPLES)}},
    )
    client.execute()  # raises CellExecutionError with the traceback if a cell fails

    first = nb.cells[1].outputs
    assert any("releases parsed from archive" in o.get("text", "") for o in first), first
    charts = [c for c in nb.cells if "chart" in c.metadata.get("tags", [])]
    assert len(charts) == 2
    for cell in charts:
        kinds = [o.output_type for o in cell.outputs]
        assert "error" not in kinds
        assert any("image/png" in o.get("data", {}) for o in cell.outputs), kinds
    html = [o for c in nb.cells for o in c.get("outputs", []) if "text/html" in o.get("data", {})]
    assert any('class="newsparse-release"' in o["data"]["text/html"] for o in html)


def test_quickstart_runs() -> None:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "quickstart.py")],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(
        "'Latvijas un Ukrainas skolas uzsāk kopīgu digitālo mācību projektu', published 2024-03-11"
    )
    assert '"schema": "newsparse.release/1"' in done.stdout


def test_quickstart_reports_a_missing_file(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "quickstart.py"), str(tmp_path / "nav.txt")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1
    assert "nav.txt" in done.stderr and "Traceback" not in done.stderr
