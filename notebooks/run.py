"""Execute the notebooks from a clean kernel (no Jupyter server needed).

    python notebooks/run.py            # run each notebook, save it in place with its outputs
    python notebooks/run.py --check    # run each in memory and fail if anything is wrong
    python notebooks/run.py 02         # only the notebooks whose name starts with 02

Each notebook runs in a fresh ``python3`` kernel of this interpreter (not a
``python3`` kernel installed elsewhere for the user), with
``notebooks/`` as working directory (what Jupyter does when the notebook is
opened there). The notebooks write their figures to ``notebooks/figures/`` and
their exports to ``out/notebooks/``; ``CHITIEU_FIGURES_DIR`` and
``CHITIEU_NOTEBOOK_OUT`` move them elsewhere.

``--check`` (run by ``make test``) leaves the tree as it is: figures and exports go
to a temporary folder. It exits with status 1, naming the notebook and the cell,
when a cell raises or is not run, when the executed notebook's cells (count, type,
source) differ from the committed one, when the committed notebook lacks outputs
(a code cell not run, run out of order, without output, or showing an error), or
when a notebook saves a figure that is not committed under ``notebooks/figures/``.
Differences in text outputs or figure bytes are reported but do not fail: they
follow the pipeline's results and the installed libraries; ``make notebooks``
refreshes them.
"""
from __future__ import annotations

import argparse
import copy
import os
import re
import sys
import tempfile
import time
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parent
ROOT = NOTEBOOKS.parent
FIGURES = NOTEBOOKS / "figures"
CELL_TIMEOUT = 300  # seconds per cell


def notebook_paths(prefixes: list[str]) -> list[Path]:
    paths = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    if prefixes:
        paths = [p for p in paths if any(p.name.startswith(x) for x in prefixes)]
    return paths


def _where(path: Path, index: int, cell) -> str:
    first = next((line for line in cell.source.splitlines() if line.strip()), "")
    return f"{path.relative_to(ROOT)}, cell {index + 1} (id {cell.get('id', '?')}): {first[:70]}"


def _error_text(output) -> str:
    return f"{output.get('ename', 'Error')}: {output.get('evalue', '')}"


def _strip_ansi(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def kernel_manager():
    """A manager starting ipykernel on this interpreter, so the kernel sees this
    environment's packages even when the user has another ``python3`` kernel installed."""
    from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager

    class ThisInterpreter(KernelSpecManager):
        def get_kernel_spec(self, kernel_name):
            return KernelSpec(argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                              display_name="Python 3 (ipykernel)", language="python",
                              resource_dir=str(NOTEBOOKS))

    return AsyncKernelManager(kernel_name="python3", kernel_spec_manager=ThisInterpreter())


def execute(nb):
    """Run every cell of ``nb`` in a new kernel; returns the executed copy."""
    from nbclient import NotebookClient

    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    # The kernel's own log stays at errors: it warns about local TCP on every start.
    client = NotebookClient(nb, km=kernel_manager(), timeout=CELL_TIMEOUT, allow_errors=True,
                            record_timing=False, extra_arguments=["--IPKernelApp.log_level=ERROR"],
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()
    return nb


def run_problems(path: Path, nb) -> list[str]:
    """Cells of an executed notebook that raised or were not run."""
    problems = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or not cell.source.strip():
            continue
        errors = [o for o in cell.outputs if o.output_type == "error"]
        if errors:
            tb = "\n".join(errors[0].get("traceback", [])[-3:])
            problems.append(f"{_where(path, i, cell)}\n    raised {_error_text(errors[0])}\n{_strip_ansi(tb)}")
        elif cell.execution_count is None:
            problems.append(f"{_where(path, i, cell)}\n    was not run")
    return problems


def _shape(nb) -> list[tuple[str, str]]:
    return [(c.cell_type, c.source) for c in nb.cells]


def committed_problems(path: Path, committed, executed) -> list[str]:
    """The committed notebook against its executed copy: same cells, and outputs for every code cell."""
    problems = []
    if _shape(committed) != _shape(executed):
        problems.append(f"{path.relative_to(ROOT)}: the executed cells differ from the committed ones")
    count = 0
    for i, cell in enumerate(committed.cells):
        if cell.cell_type != "code" or not cell.source.strip():
            continue
        count += 1
        where = _where(path, i, cell)
        if cell.execution_count != count:
            problems.append(f"{where}\n    committed with execution count {cell.execution_count}, expected "
                            f"{count} (not run top to bottom from a clean kernel: run `make notebooks`)")
        if not cell.outputs:
            problems.append(f"{where}\n    committed without output (run `make notebooks`)")
        for o in cell.outputs:
            if o.output_type == "error":
                problems.append(f"{where}\n    committed with an error output: {_error_text(o)}")
    return problems


def _text_outputs(cell) -> list[str]:
    out = []
    for o in cell.get("outputs", []):
        if o.output_type == "stream":
            out.append(o.text)
        elif o.output_type in ("execute_result", "display_data"):
            out.append(o.data.get("text/plain", ""))
    return out


def drift(path: Path, committed, executed) -> list[str]:
    """Code cells whose text output changed since the notebook was committed."""
    return [_where(path, i, a) for i, (a, b) in enumerate(zip(committed.cells, executed.cells))
            if a.cell_type == "code" and _text_outputs(a) != _text_outputs(b)]


def stderr_cells(path: Path, nb) -> list[str]:
    return [_where(path, i, c) for i, c in enumerate(nb.cells)
            if c.cell_type == "code" and any(o.output_type == "stream" and o.name == "stderr" for o in c.outputs)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="execute in memory and check; do not rewrite the notebooks or figures")
    parser.add_argument("only", nargs="*", help="run only notebooks whose name starts with these")
    args = parser.parse_args(argv)

    try:
        import matplotlib.font_manager  # noqa: F401  (builds the font cache here, not in a cell's output)
        import nbclient  # noqa: F401
        import nbformat
    except ImportError as e:
        print(f"{e.name} is missing: pip install -e '.[notebooks]'", file=sys.stderr)
        return 1

    paths = notebook_paths(args.only)
    if not paths:
        print("no notebooks to run", file=sys.stderr)
        return 1
    os.environ.setdefault("PYTHONHASHSEED", "0")
    tmp = None
    if args.check:
        tmp = tempfile.TemporaryDirectory(prefix="chitieu-notebooks-")
        figures = Path(tmp.name) / "figures"
        os.environ["CHITIEU_FIGURES_DIR"] = str(figures)
        os.environ["CHITIEU_NOTEBOOK_OUT"] = str(Path(tmp.name) / "out")
    else:
        figures = Path(os.environ.get("CHITIEU_FIGURES_DIR") or FIGURES)

    failures, notes = [], []
    began = time.time() - 1
    try:
        for path in paths:
            committed = nbformat.read(path, as_version=4)
            start = time.perf_counter()
            try:
                executed = execute(committed)
            except Exception as e:  # kernel died, timeout: nbclient names the cell in the message
                failures.append(f"{path.relative_to(ROOT)}: {type(e).__name__}: {_strip_ansi(str(e))[-2000:]}")
                continue
            seconds = time.perf_counter() - start
            problems = run_problems(path, executed)
            notes += [f"{w}\n    wrote to stderr" for w in stderr_cells(path, executed)]
            if args.check:
                problems += committed_problems(path, committed, executed)
                notes += [f"{w}\n    text output differs from the committed notebook"
                          for w in drift(path, committed, executed)]
            elif not problems:
                nbformat.write(executed, path)
            cells = sum(c.cell_type == "code" for c in executed.cells)
            status = "FAILED" if problems else ("ok" if args.check else "saved")
            print(f"{path.relative_to(ROOT)}: {cells} code cells in {seconds:.1f} s, {status}")
            failures += problems

        # The figures this run drew (a re-saved file gets a new modification time).
        made = sorted(p for p in figures.glob("*.png") if p.stat().st_mtime >= began) if figures.is_dir() else []
        if args.check:
            for png in made:
                kept = FIGURES / png.name
                if not kept.exists():
                    failures.append(f"{png.name}: a notebook saves this figure but notebooks/figures/ "
                                    "does not have it (run `make notebooks` and commit it)")
                elif kept.read_bytes() != png.read_bytes():
                    notes.append(f"notebooks/figures/{png.name}: differs from the figure just drawn")
        if not args.only and not failures and (args.check or figures == FIGURES):
            names = {p.name for p in made}
            notes += [f"notebooks/figures/{p.name}: no notebook saves it any more"
                      for p in sorted(FIGURES.glob("*.png")) if p.name not in names]
    finally:
        if tmp is not None:
            tmp.cleanup()

    for n in notes:
        print(f"note: {n}")
    for f in failures:
        print(f"error: {f}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
