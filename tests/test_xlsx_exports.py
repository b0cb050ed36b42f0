"""Every workbook TNApp writes is a spreadsheet: numbers are numbers (a
column can be summed), dates are dates, each sheet prints on A4 with its
header repeated and page numbers, and user text never becomes a formula."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from tnapp.documents.xlsx import DATE, DATETIME, TEXT
from tnapp.domain.formatting import parse_number
from tnapp.errors import ValidationError
from tnapp.reports import council_docs
from tnapp.services.workspace import Workspace

YEAR, PERIOD = 2026, "2026-Q3"
_DATE_TEXT = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")
_PERCENT_TEXT = re.compile(r"^[+-]?\d[\d.,]*\s?%$")


def every_export(ws: Workspace, folder: Path) -> list[Path]:
    """Each kind of workbook the app writes, from the demo."""
    paths = [ws.reports.export(r.code, folder / f"báo cáo {r.code}.xlsx", YEAR) for r in ws.reports.list()]
    for name in ("people", "households", "discipline", "complaints", "initiatives", "movements", "exemplars"):
        paths.append(getattr(ws, name).export_excel(folder / f"{name}.xlsx"))
    for name in ("award_history", "ratings"):
        paths.append(getattr(ws, name).export_excel(folder / f"{name}.xlsx", year=2025))
    paths.append(ws.registrations.export_excel(folder / "registrations.xlsx"))
    paths.append(ws.registrations.print_list(YEAR, folder / "danh sách đăng ký.xlsx"))
    paths.append(ws.audit.export_excel(folder / "nhật ký.xlsx"))
    paths.append(ws.indicator_appendix.export(folder / "phụ lục.xlsx"))
    paths.append(ws.report_templates.template_all(PERIOD, folder / "mẫu báo cáo.xlsx"))
    meeting = next(m for m in ws.council.meetings() if ws.council.decision(m.id) is not None)
    paths.append(council_docs.write_decision(ws, meeting.id, folder / "quyết định.xlsx"))
    paths.append(council_docs.write_minutes(ws, meeting.id, folder / "biên bản.xlsx"))
    return paths


def _looks_numeric(text: str) -> bool:
    if _PERCENT_TEXT.match(text.strip()):
        return True
    try:
        parse_number(text)
    except ValidationError:
        return False
    return True


def sheet_problems(path: Path, sheet: Worksheet) -> list[str]:
    where = f"{path.name} «{sheet.title}»"
    problems = []
    setup = sheet.page_setup
    if str(setup.paperSize) != sheet.PAPERSIZE_A4 or setup.fitToWidth != 1 or \
            not sheet.sheet_properties.pageSetUpPr.fitToPage:
        problems.append(f"{where}: not A4 fitted to width")
    if "&P" not in (sheet.oddFooter.center.text or "") or not sheet.print_title_rows or not sheet.freeze_panes:
        problems.append(f"{where}: no page numbers, repeated header or frozen panes")
    for row in sheet.iter_rows():
        for cell in row:
            value, at = cell.value, f"{where}!{cell.coordinate}"
            if cell.data_type == "f":
                problems.append(f"{at}: a formula {value!r}")
            elif isinstance(value, str):
                if _looks_numeric(value) and cell.number_format != TEXT:
                    problems.append(f"{at}: number stored as text {value!r}")
                if _DATE_TEXT.match(value.strip()):
                    problems.append(f"{at}: date stored as text {value!r}")
            elif isinstance(value, dt.datetime):
                if cell.number_format not in (DATE, DATETIME):
                    problems.append(f"{at}: date shown as {cell.number_format!r}")
            elif isinstance(value, (int, float)) and cell.number_format == "General":
                problems.append(f"{at}: number {value!r} in General format")
    return problems


def test_every_exported_workbook_is_a_spreadsheet(sqlite_demo: Workspace, tmp_path: Path) -> None:
    sqlite_demo.seed.load_demo_cycle()  # the council's meeting and signed decision, as `tnapp init --demo` has
    folder = tmp_path / "xuất #1 100%"
    folder.mkdir()
    paths = every_export(sqlite_demo, folder)
    problems, numbers, dates = [], 0, 0
    for path in paths:
        book = load_workbook(path)
        for sheet in book.worksheets:
            if sheet.sheet_state == "veryHidden":  # the form's own map, never shown or printed
                continue
            problems += sheet_problems(path, sheet)
            cells = [c.value for row in sheet.iter_rows() for c in row]
            numbers += sum(isinstance(v, (int, float)) and not isinstance(v, bool) for v in cells)
            dates += sum(isinstance(v, dt.datetime) for v in cells)
    first: dict[str, str] = {}
    for p in problems:  # one line per sheet and kind of problem
        first.setdefault(re.sub(r"!\w+\d+: (\w+ \w+).*", r": \1", p), p)
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(first.values())
    assert len(paths) >= 20 and numbers > 500 and dates > 20, (len(paths), numbers, dates)
