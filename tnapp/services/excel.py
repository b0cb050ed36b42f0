"""Reading and writing Excel workbooks safely.

Every problem in a file is reported with its place (sheet, row, column, field)
in Vietnamese; a workbook that cannot be read at all (not Excel, truncated,
password-protected, the old ``.xls``) is refused with a message saying why.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from tnapp.domain.formatting import format_number
from tnapp.domain.names import name_key
from tnapp.errors import TNAppError

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls


@dataclass(frozen=True)
class CellProblem:
    sheet: str
    row: int
    column: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        place = f"Trang «{self.sheet}», dòng {self.row}"
        if self.column is not None:
            place += f", cột {get_column_letter(self.column)}"
        if self.field:
            place += f" ({self.field})"
        return f"{place}: {self.message}"


def open_workbook(path: Path, *, read_only: bool = False) -> Workbook:
    """Load ``path`` with openpyxl or raise a TNAppError saying why not."""
    name = path.name
    if not path.is_file():
        raise TNAppError(f"Không tìm thấy tệp «{path}».")
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise TNAppError(f"Không đọc được tệp «{name}»: {exc.strerror or exc}.") from exc
    if head == _OLE2_MAGIC:
        raise TNAppError(f"Tệp «{name}» được đặt mật khẩu hoặc là định dạng Excel cũ (.xls). "
                         "Hãy gỡ mật khẩu hoặc lưu lại thành .xlsx rồi nhập lại.")
    if not zipfile.is_zipfile(path):
        raise TNAppError(f"Tệp «{name}» không phải là tệp Excel (.xlsx) hoặc đã bị hỏng, ghi dở.")
    try:
        return load_workbook(path, read_only=read_only, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, EOFError) as exc:
        raise TNAppError(f"Tệp «{name}» bị hỏng hoặc ghi dở, không đọc được ({type(exc).__name__}).") from exc


def read_rows(sheet: Worksheet, max_rows: int, what: str = "mẫu") -> list[tuple]:
    """All the rows' values of a sheet opened in read-only mode, refusing fast
    a sheet longer than ``max_rows``: first by the size the file declares,
    then while reading (a file may declare no size, or a wrong one), so that a
    workbook of 100 000 rows is never loaded whole."""
    declared = sheet.max_row if getattr(sheet, "max_row", None) else None
    if declared and declared > max_rows:
        raise TNAppError(f"Trang «{sheet.title}» có {format_number(declared)} dòng, quá lớn so với {what} "
                         f"(tối đa {format_number(max_rows)} dòng).")
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # read to the real last row, whatever the file declares
    rows = list(islice(sheet.iter_rows(values_only=True), max_rows + 1))
    if len(rows) > max_rows:
        raise TNAppError(f"Trang «{sheet.title}» có hơn {format_number(max_rows)} dòng, quá lớn so với {what}.")
    return rows


_MERGE_CELL = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)\"")


def merged_ranges(sheet: Worksheet) -> list[str]:
    """The merged ranges of a sheet (``A1:H1``…), also in read-only mode where
    openpyxl does not read them."""
    if not hasattr(sheet, "_get_source"):
        return [str(r) for r in sheet.merged_cells.ranges]
    with sheet._get_source() as source:  # noqa: SLF001 - the read-only sheet's own XML
        return [m.decode() for m in _MERGE_CELL.findall(source.read())]


def header_positions(sheet: Worksheet, wanted: Sequence[str], search_rows: int = 10) -> tuple[int, dict[str, int]]:
    """Find the header row holding the first of ``wanted``; returns the row
    number and a map header → column number for those present."""
    keys = {name_key(w): w for w in wanted}  # NFD, odd spaces, case: still the header
    for row_number, row in enumerate(sheet.iter_rows(min_row=1, max_row=search_rows, values_only=True), start=1):
        found = {}
        for column, value in enumerate(row, start=1):
            if isinstance(value, str) and name_key(value) in keys:
                found[keys[name_key(value)]] = column
        if wanted[0] in found:
            return row_number, found
    raise TNAppError(f"Trang «{sheet.title}»: không tìm thấy dòng tiêu đề có cột «{wanted[0]}». "
                     "Hãy dùng đúng mẫu của TNApp.")


def write_table(sheet: Worksheet, title: str | None, headers: Sequence[str], rows: Iterable[Sequence[object]],
                widths: Sequence[int] | None = None) -> None:
    """A plain official-looking table: optional title row, bold headers, borders."""
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    start = 1
    if title:
        sheet.cell(row=1, column=1, value=title).font = Font(name="Times New Roman", bold=True, size=13)
        start = 3
    for col, text in enumerate(headers, start=1):
        cell = sheet.cell(row=start, column=col, value=text)
        cell.font = Font(name="Times New Roman", bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE6F0")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
    for r, values in enumerate(rows, start=start + 1):
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=col, value=value)
            cell.font = Font(name="Times New Roman")
            cell.border = border
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    for col, width in enumerate(widths or [], start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.freeze_panes = sheet.cell(row=start + 1, column=1)


def save_workbook(book: Workbook, path: Path) -> Path:
    """Save through a temporary file so a failed save leaves no half file."""
    partial = path.with_name(path.name + ".partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        book.save(partial)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise TNAppError(f"Không ghi được tệp «{path}»: {exc.strerror or exc}.") from exc
    return path
