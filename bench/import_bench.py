"""Import benchmark: TNApp's import of a folder of filled unit report templates
against openpyxl's bare read-only load of the same files, in the same run.

    python bench/import_bench.py [--files 30] [--runs 5] [--json]

Setup (not timed): a demo database, and ``--files`` unit templates (the units
that report 2026-Q4 and 2026, as many as needed), each filled with plausible
values by openpyxl, in one folder.

(a) openpyxl: for each file ``load_workbook(read_only=True)`` and read every
    row of every sheet (values only) — the least any import must do;
(b) tnapp: ``preview_import(folder)`` then ``apply_import(preview)`` on a fresh
    copy of the database: every check, every old → new value, and each file
    saved in its own audited transaction (SQLite, WAL, synchronous=FULL).

Prints both medians and the ratio tnapp/openpyxl (the goal is at most 1.5).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import load_workbook

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tnapp.domain.permissions import Actor  # noqa: E402
from tnapp.domain.vocab import Role, ValueType  # noqa: E402
from tnapp.services.workspace import Workspace  # noqa: E402

PERIODS = ("2026-Q4", "2026")


def plausible(value_type: ValueType, low: float | None, high: float | None, code: str) -> float | int:
    if value_type is ValueType.YES_NO:
        return 1
    low, high = low or 0, high if high is not None else 1000
    value = low + (high - low) * (0.1 if code == "VH02" else 0.3)  # poor households ≤ households
    return round(value) if value_type is ValueType.COUNT else round(value, 1)


def make_files(ws: Workspace, folder: Path, count: int) -> list[Path]:
    files = []
    for period in PERIODS:
        for status in ws.reporting.status(period):
            if len(files) == count:
                return files
            path = ws.report_templates.template(status.unit_id, period, folder / f"{status.unit_code}-{period}.xlsx")
            book = load_workbook(path)
            sheet = book[status.unit_code]
            for line in ws.unit_reports.open(status.unit_id, period).lines:
                row = next(r for r in sheet.iter_rows(min_row=9) if r[1].value == line.code)
                row[6].value = plausible(line.spec.value_type, line.spec.min_value, line.spec.max_value, line.code)
            book.save(path)
            files.append(path)
    if len(files) < count:
        raise SystemExit(f"only {len(files)} unit reports to make for {PERIODS}")
    return files


def read_only_load(files: list[Path]) -> float:
    started = time.perf_counter()
    for path in files:
        book = load_workbook(path, read_only=True)
        for sheet in book.worksheets:
            for _row in sheet.iter_rows(values_only=True):
                pass
        book.close()
    return time.perf_counter() - started


def tnapp_import(database: Path, folder: Path, expected_files: int) -> float:
    with Workspace.open(database, Actor("bench", Role.OFFICE)) as ws:
        ws.commune.current()  # the connection is open before the clock starts
        started = time.perf_counter()
        preview = ws.report_templates.preview_import([folder])
        result = ws.report_templates.apply_import(preview)
        seconds = time.perf_counter() - started
    if len(result.applied) != expected_files:
        raise SystemExit(f"import saved {len(result.applied)} of {expected_files} files: {result.refused[:3]}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tnapp-bench-") as tmp:
        tmp_path = Path(tmp)
        master = tmp_path / "demo.sqlite"
        with Workspace.open(master, Actor("bench", Role.ADMIN)) as ws:
            ws.seed.load_demo()
            folder = tmp_path / "mau"
            files = make_files(ws, folder, args.files)
        bare, ours = [], []
        for run in range(args.runs):
            copy = tmp_path / f"run{run}.sqlite"
            shutil.copy(master, copy)
            bare.append(read_only_load(files))
            ours.append(tnapp_import(copy, folder, len(files)))
    result = {"files": len(files), "runs": args.runs, "openpyxl_read_only_s": statistics.median(bare),
              "tnapp_import_s": statistics.median(ours)}
    result["ratio"] = result["tnapp_import_s"] / result["openpyxl_read_only_s"]
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['files']} files, median of {args.runs} runs")
        print(f"  openpyxl read-only load: {result['openpyxl_read_only_s'] * 1000:8.1f} ms")
        print(f"  TNApp preview + import:  {result['tnapp_import_s'] * 1000:8.1f} ms")
        print(f"  ratio: {result['ratio']:.2f} (goal ≤ 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
