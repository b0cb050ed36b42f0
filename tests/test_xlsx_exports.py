"""Every workbook TNApp writes is a spreadsheet: numbers are numbers (a
column can be summed), dates are dates, each sheet prints on A4 with its
header repeated and page numbers, and user text never becomes a formula."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from tnapp.documents.xlsx import DATE, DATETIME, TEXT, TIMESTAMP
from tnapp.domain.formatting import parse_number
from tnapp.errors import ValidationError
from tnapp.reports import council_docs
from tnapp.services.workspace import Workspace

YEAR, PERIOD = 2026, "2026-Q3"
_DATE_TEXT = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")
_PERCENT_TEXT = re.compile(r"^[+-]?\d[\d.,]*\s?%$")


def every_export(ws: Workspace, folder: Path) -> list[Path]:
    """Each kind of workbook the app writes, from the demo."""
    refused = {"bnv-0604", "bnv-0605"}  # forms of ministries and provinces: never the commune's paper
    paths = [ws.reports.export(r.code, folder / f"báo cáo {r.code}.xlsx", YEAR) for r in ws.reports.list()
             if r.code not in refused]
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
    paths.append(council_docs.write_count_record(ws, meeting.id, folder / "biên bản kiểm phiếu.xlsx"))
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
                if cell.number_format not in (DATE, DATETIME, TIMESTAMP):
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


HOSTILE = ("=HYPERLINK(\"http://x.invalid\",\"bấm\")", "+84 912 345 678", "-", "@SUM(A1)", "#N/A", "9.800",
           "<b>&amp;</b> \"trích\" 'dẫn'", "Nguye\u0302\u0303n", "\tđầu dòng", "dòng 1\ndòng 2")


def test_hostile_text_round_trips_as_text(tmp_path: Path) -> None:
    """User text of every awkward kind comes back as it was written, as text,
    never a formula; a declared text column keeps "0912…" with its zero; the
    characters no .xlsx may hold are replaced, a text longer than Excel's
    limit is cut to it."""
    from tnapp.documents.xlsx import MAX_CELL_CHARS, new_book, save_workbook, write_table
    book = new_book()
    rows = [(text, "0912345678", i) for i, text in enumerate(HOSTILE)]
    rows.append(("chuông\x07", "x" * (MAX_CELL_CHARS + 10), 99))
    write_table(book.create_sheet("Dữ liệu"), ("Ghi chú", "Điện thoại", "Số"), rows, text_columns={"Điện thoại"})
    sheet = load_workbook(save_workbook(book, tmp_path / "khó #1.xlsx"))["Dữ liệu"]
    back = [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=2)]
    assert [r[0] for r in back[:-1]] == [t.replace("e\u0302\u0303", "ễ") for t in HOSTILE]
    assert back[-1][0] == "chuông\ufffd" and len(back[-1][1]) == MAX_CELL_CHARS
    assert all(r[1] == "0912345678" for r in back[:-1]) and [r[2] for r in back] == [*range(len(HOSTILE)), 99]
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert not any(c.data_type == "f" for c in cells)
    assert all(c.quotePrefix for c in cells if isinstance(c.value, str) and c.value[0] in "=+-@\t")
    assert {c.number_format for c in cells if c.column == 2} == {TEXT}
    # rows as tall as their text: two lines, and the longest text at Excel's limit
    assert sheet.row_dimensions[len(HOSTILE) + 1].height == 30 and sheet.row_dimensions[2].height is None
    assert sheet.row_dimensions[len(HOSTILE) + 2].height == 409


def test_a_report_cell_prints_as_before_and_is_a_number_in_excel(tmp_path: Path) -> None:
    """The same table: "9.800", "74,8%", "2.340.000 đ" and "05/01/2026" on
    paper; 9800, 0,748, 2340000 and a date in the workbook, shown so."""
    from tnapp.documents.layout import cell_text
    from tnapp.documents.model import Column, Document, Issuer, Money, Percent, Table
    from tnapp.documents.output import save
    from tnapp.domain.vocab import DocumentKind
    row = (9800, 2.56, Percent.of(748, 1000), Money(2_340_000), dt.date(2026, 1, 5), "Đạt")
    assert [cell_text(v) for v in row] == ["9.800", "2,56", "74,8%", "2.340.000 đ", "05/01/2026", "Đạt"]
    table = Table(tuple(Column(h) for h in ("Số", "Tỷ lệ", "Phần trăm", "Tiền", "Ngày", "Kết quả")), (row,),
                  caption="Biểu 1")
    doc = Document(DocumentKind.REPORT, Issuer.commune("Thượng Ninh"), "Thử", "Thượng Ninh", None, body=(table,))
    sheet = load_workbook(save(doc, tmp_path / "báo cáo.xlsx")).worksheets[0]
    cells = list(sheet.iter_rows(min_row=4, max_row=4))[0]
    assert [c.value for c in cells] == [9800, 2.56, 0.748, 2_340_000, dt.datetime(2026, 1, 5), "Đạt"]
    assert [c.number_format for c in cells[:5]] == ["#,##0", "#,##0.00", "0.0%", '#,##0 "đ"', DATE]
    assert sheet.freeze_panes == "A4" and sheet.print_title_rows == "$3:$3" and sheet.page_setup.orientation == "portrait"
