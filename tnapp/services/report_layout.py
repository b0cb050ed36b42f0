"""The unit report form in Excel: where everything is on a unit's sheet, and
writing it in the official look.

Label cells are locked (sheet protection without password); only "Thực hiện
kỳ này", "Ghi chú" and the narrative are open, with Excel data validation
from the same value checks as the entry grid (``tnapp.domain.value_checks``).
A very hidden sheet names the template version, the period, and the unit and
indicator code of every row (``tnapp.services.report_import`` reads it back).
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from tnapp.domain.formatting import format_date
from tnapp.domain.periods import Period
from tnapp.domain.value_checks import ValueSpec, describe_range
from tnapp.documents.xlsx import append_row, print_setup, write_cell
from tnapp.services.unit_reports import ReportSheet

TEMPLATE_VERSION = 1
META_SHEET = "_tnapp"
META_MARK = "TNApp-mau-bao-cao"
COLUMNS = ("STT", "Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Kỳ trước", "Thực hiện kỳ này", "Ghi chú")
CODE_COL, VALUE_COL, COMMENT_COL = 2, 7, 8
WIDTHS = (6, 9, 48, 14, 13, 13, 15, 30)
HEADER_ROW = 8
NARRATIVE = (("results_text", "Kết quả đạt được"), ("difficulties_text", "Khó khăn, vướng mắc"),
             ("proposals_text", "Đề xuất, kiến nghị"))
MAX_ROWS = 1000  # a unit's sheet is never longer; a bigger one is refused before it is read
META_MAX_ROWS = MAX_ROWS * 10  # the hidden sheet maps the rows of every unit's sheet


@dataclass(frozen=True)
class Layout:
    """Where things are on a unit's sheet with ``count`` indicator rows."""

    count: int

    @property
    def first_row(self) -> int:
        return HEADER_ROW + 1

    @property
    def last_row(self) -> int:
        return HEADER_ROW + self.count

    def narrative_row(self, index: int) -> int:
        return self.last_row + 2 + index

    @property
    def signature_row(self) -> int:
        return self.narrative_row(len(NARRATIVE)) + 1

    @property
    def end_row(self) -> int:
        return self.signature_row + 1

    def merges(self) -> set[str]:
        rows = [f"A{r}:H{r}" for r in (4, 5, 6, 7)]
        narrative = [f"D{self.narrative_row(i)}:H{self.narrative_row(i)}" for i in range(len(NARRATIVE))]
        sign = [f"{a}{r}:{b}{r}" for r in (self.signature_row, self.end_row) for a, b in (("A", "C"), ("E", "H"))]
        return {"A1:C1", "E1:H1", "A2:C2", "E2:H2", *rows, *narrative, *sign}


_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_OPEN = Protection(locked=False)
_INPUT_FILL = PatternFill("solid", fgColor="FFF7D6")


def _font(bold: bool = False, italic: bool = False, size: int = 12) -> Font:
    return Font(name="Times New Roman", bold=bold, italic=italic, size=size)


def _plain(value: float | None, spec: ValueSpec) -> float | int | None:
    return int(value) if value is not None and spec.whole and float(value).is_integer() else value


def _validation(spec: ValueSpec) -> DataValidation:
    low, high = spec.hard_range
    kind = "whole" if spec.whole else "decimal"
    low, high = (-1e15 if low is None else low), (1e15 if high is None else high)
    text = describe_range(spec)
    return DataValidation(type=kind, operator="between", formula1=str(_plain(low, spec) if spec.whole else low),
                          formula2=str(_plain(high, spec) if spec.whole else high), allow_blank=True,
                          showErrorMessage=True, errorStyle="stop", errorTitle="Giá trị không hợp lệ",
                          error=f"Chỉ nhập {text}."[:255], promptTitle="Nhập", prompt=text[:255],
                          showInputMessage=True)


def write_unit_sheet(sheet: Worksheet, commune_name: str, report: ReportSheet, meta: Worksheet) -> None:
    """One unit's report form on ``sheet``; its row map goes to ``meta``."""
    layout = Layout(len(report.lines))
    period = Period.parse(report.key.period)
    def put(row: int, col: int, value: object) -> Cell:
        return write_cell(sheet, row, col, value, text=col == CODE_COL and row > HEADER_ROW)

    for ref in sorted(layout.merges()):
        sheet.merge_cells(ref)
    heads = (("A1", "ỦY BAN NHÂN DÂN", False), ("A2", f"XÃ {commune_name.upper()}", True),
             ("E1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("E2", "Độc lập - Tự do - Hạnh phúc", True),
             ("A4", "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA", True),
             ("A5", f"Kỳ báo cáo: {period.label} (mã kỳ {period.code})", True),
             ("A6", f"Đơn vị: {report.unit_name} (mã {report.unit_code})", False),
             ("A7", f"Hạn gửi: {format_date(report.deadline)}. Chỉ nhập vào các ô nền vàng.", False))
    for ref, text, bold in heads:
        cell = put(*coordinate_to_tuple(ref), text)
        cell.font = _font(bold=bold, size=14 if ref == "A4" else 12, italic=ref == "A7")
        cell.alignment = Alignment(horizontal="center")
    for col, text in enumerate(COLUMNS, start=1):
        cell = put(HEADER_ROW, col, text)
        cell.font, cell.border = _font(bold=True), _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="DDE6F0")
    validations: dict[tuple, DataValidation] = {}
    for number, line in enumerate(report.lines, start=1):
        row = HEADER_ROW + number
        name = f"{line.name} (lũy kế từ đầu năm)" if line.cumulative else line.name
        values = (number, line.code, name, line.unit_of_measure, _plain(line.target, line.spec),
                  _plain(line.previous, line.spec), _plain(line.value, line.spec), line.comment)
        for col, value in enumerate(values, start=1):
            cell = put(row, col, value)
            cell.font, cell.border = _font(), _BORDER
            cell.alignment = Alignment(vertical="top", wrap_text=col in (3, COMMENT_COL))
            if col in (VALUE_COL, COMMENT_COL):
                cell.protection, cell.fill = _OPEN, _INPUT_FILL
        dv_key = (line.spec.value_type, *line.spec.hard_range, line.spec.min_value, line.spec.max_value)
        if dv_key not in validations:
            validations[dv_key] = _validation(line.spec)
            sheet.add_data_validation(validations[dv_key])
        validations[dv_key].add(f"{get_column_letter(VALUE_COL)}{row}")
        append_row(meta, [sheet.title, report.unit_code, row, line.code])
    texts = {"results_text": report.results_text, "difficulties_text": report.difficulties_text,
             "proposals_text": report.proposals_text}
    for index, (name, label) in enumerate(NARRATIVE):
        row = layout.narrative_row(index)
        heading = put(row, 3, f"{label}:")
        heading.font, heading.alignment = _font(bold=True), Alignment(vertical="top")
        cell = put(row, 4, texts[name])
        cell.protection, cell.fill, cell.font, cell.border = _OPEN, _INPUT_FILL, _font(), _BORDER
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        sheet.row_dimensions[row].height = 60
        append_row(meta, [sheet.title, report.unit_code, row, f"#{name}"])
    for ref, text, bold in ((f"A{layout.signature_row}", "NGƯỜI LẬP BIỂU", True),
                            (f"E{layout.signature_row}", "THỦ TRƯỞNG ĐƠN VỊ", True),
                            (f"A{layout.end_row}", "(Ký, ghi rõ họ tên)", False),
                            (f"E{layout.end_row}", "(Ký tên, đóng dấu)", False)):
        cell = put(*coordinate_to_tuple(ref), text)
        cell.font = _font(bold=bold, italic=not bold)
        cell.alignment = Alignment(horizontal="center")
    for col, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    print_setup(sheet, header_rows=(HEADER_ROW, HEADER_ROW), landscape=True, freeze=f"A{HEADER_ROW + 1}")
    sheet.protection.sheet = True  # no password: the lock guides, the hidden sheet guards
    sheet.protection.formatColumns = sheet.protection.formatRows = False  # widths and heights may change
