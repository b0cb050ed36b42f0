"""Spreadsheet bombs: peak memory and time of the people import's preview
on each hostile file of tests/excel_bombs.py, each in its own process.

    python bench/excel_bombs_bench.py [--source REPO] [--timeout 60]

``--source`` is the repository whose ``tnapp`` is measured (default: this
one; give another worktree, e.g. main, for a before/after comparison). A run
longer than ``--timeout`` seconds is killed and reported as such; the peak
resident memory is the child's own (``getrusage``), or from ``wait4`` when it was killed.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import excel_bombs  # noqa: E402

PREVIEW = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import Role
from tnapp.errors import TNAppError
from tnapp.services.workspace import Workspace
with Workspace.open(Path(sys.argv[2]), Actor("quan-tri", Role.ADMIN)) as ws:
    try:
        preview = ws.people.preview_import(Path(sys.argv[3]))
        print("accepted:", len(preview.new_rows), "rows,", len(preview.problems), "problems")
    except TNAppError as exc:
        print("refused:", str(exc)[:200], f"({len(str(exc))} characters)")
import resource
print(f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
"""


def measure(source: Path, db: Path, path: Path, timeout: float) -> str:
    start = time.monotonic()
    child = subprocess.Popen([sys.executable, "-c", PREVIEW, str(source), str(db), str(path)],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        out, _ = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
        _, _, usage = os.wait4(child.pid, 0)
        out = f"killed after {timeout:.0f} s, peak {usage.ru_maxrss / 1024:.0f} MB so far"
    return f"{time.monotonic() - start:6.1f} s  {' '.join(out.split())[:200]}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", type=Path, default=ROOT)
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "demo.sqlite"
        subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(args.source)!r}); "
                        "from tnapp.cli import main; sys.exit(main())", "--db", str(db), "init", "--demo"],
                       check=True, capture_output=True)
        sys.path.insert(0, str(ROOT))
        from tnapp.services import people
        base = folder / "base.xlsx"
        excel_bombs.many_rows(_seed(folder), base, list(people.COLUMNS),
                              lambda n: ["Nguyễn Văn An", "Nam", "1980", "", "UBND", "", "", "", ""], rows=1)
        bombs = {
            "20 million shared strings": excel_bombs.shared_strings(base, folder / "strings.xlsx"),
            "one 300 MB cell": excel_bombs.long_cell(base, folder / "cell.xlsx"),
            "1 GB styles part": excel_bombs.zip_bomb(base, folder / "zip.xlsx"),
            "500 000 rows": excel_bombs.many_rows(base, folder / "rows.xlsx", list(people.COLUMNS),
                                                  lambda n: [f"Người {n}", "Nam", "1980", "", "UBND", "", "", "",
                                                             ""]),
        }
        print(f"tnapp from {args.source}")
        for name, path in bombs.items():
            print(f"{name:27} {path.stat().st_size // 1024:>6} KB  {measure(args.source, db, path, args.timeout)}")


def _seed(folder: Path) -> Path:
    from openpyxl import Workbook
    path = folder / "seed.xlsx"
    Workbook().save(path)
    return path


if __name__ == "__main__":
    main()
