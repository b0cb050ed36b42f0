"""The one Excel writer: every workbook TNApp writes (the reports' Excel
version, the lists exported for editing and import, the unit report forms)
goes through this module, so staff can sum a column and print a sheet as it is.

What it guarantees
------------------
* **Numbers are numbers**, displayed the vi_VN way: an ``int`` gets the format
  ``#,##0``, a ``float`` ``#,##0.0…`` with the decimals it needs (up to 4),
  a ``Percent`` its share (0,748) with ``0.0%``, ``Money`` ``#,##0 "đ"``.
  Format codes in an .xlsx file are written in the file's own (en-US)
  notation, where "," means "group thousands" and "." the decimal point;
  Excel and LibreOffice display them with the separators of the user's
  locale, so under vi_VN 9800 shows ``9.800`` and 0,748 ``74,8%`` (a literal
  ``#.##0`` would be read as a decimal point with three decimals).
* **Dates are dates** (``dd/mm/yyyy``; a ``datetime`` ``dd/mm/yyyy hh:mm``).
* **Text stays text**: a ``str`` is never a formula (``=cmd|…``, ``+``, ``-``,
  ``@``: typed as a string and given Excel's quote prefix), control characters
  Excel refuses become "\ufffd", and a column declared text (codes, phone
  numbers, decision numbers: ``text_columns``) gets the Text format ``@`` so
  "0912…" keeps its zero when edited. A report must not pre-format a number
  into a string: pass the number (``tnapp.documents.model.Percent`` and
  ``Money`` carry how it prints in PDF and Word).
* **Ready to print**: A4, portrait or landscape by the table's width, fitted
  to one page wide, header rows repeated on every page, "Trang 1/3" in the
  footer, margins; panes frozen under the header; bold headers; widths from
  the content (characters of the NFC text, capped, long text wrapped).

Using it (a new export or report)
---------------------------------
A report builds a ``tnapp.documents.model.Document`` and saves it with
``tnapp.documents.output.save(doc, "x.xlsx")``: each ``Table`` becomes a
sheet through ``write_table`` – nothing more to do. A list export::

    from tnapp.documents.xlsx import new_book, save_workbook, write_table

    book = new_book()
    write_table(book.create_sheet("Khen thưởng"), ("Mã đơn vị", "Năm", "Số tiền"), rows,
                title="DANH SÁCH KHEN THƯỞNG", text_columns={"Mã đơn vị"})
    save_workbook(book, path)

Years and row numbers are written without grouping (``PLAIN_HEADERS``);
``formats`` gives a column another format (``{"Mã số": PLAIN}``). A sheet laid out by hand (a form)
puts values with ``write_cell`` and calls ``print_setup`` itself.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from tnapp.documents.model import Money, Percent
from tnapp.documents.output import write_atomically
from tnapp.domain.formatting import format_number
from tnapp.errors import TNAppError
from tnapp.i18n import _

# Number formats, in the file's notation (see the module's docstring).
WHOLE = "#,##0"
PLAIN = "0"  # years, row numbers: 2026, not 2.026
PERCENT = "0.0%"
MONEY = '#,##0 "đ"'
DATE = "dd/mm/yyyy"
DATETIME = "dd/mm/yyyy hh:mm"
TIMESTAMP = "dd/mm/yyyy hh:mm:ss"  # a log's moments
TEXT = "@"
MAX_DECIMALS = 4
# Columns holding whole numbers that are names rather than amounts (exact headers).
PLAIN_HEADERS = frozenset({"Năm", "Năm sinh", "STT", "TT"})

FONT = "Times New Roman"
MAX_CELL_CHARS = 32_767  # Excel's limit for one cell
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what Excel or a CSV reader takes for a formula
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters no .xlsx may hold

# Print setup: A4, margins in inches (2 cm left for binding, 1,5 cm elsewhere).
MARGINS = {"left": 0.79, "right": 0.59, "top": 0.59, "bottom": 0.71, "header": 0.3, "footer": 0.3}
FOOTER = "Trang &P/&N"
PORTRAIT_WIDTH = 120  # characters across A4 portrait at about 75 % (fit to width); wider tables print landscape
MIN_WIDTH, MAX_WIDTH = 5, 50  # column widths, in characters
TEXT_PER_WIDTH = 1.1  # letters of Times New Roman per unit of column width
LINE_HEIGHT = 15.0  # points per line of 11 pt text: Excel and LibreOffice do not grow a row for wrapped text
MAX_ROW_HEIGHT = 409.0  # Excel's limit
_THIN = Side(style="thin")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")


def new_book() -> Workbook:
    """An empty workbook (no default sheet): add sheets with ``create_sheet``."""
    book = Workbook()
    book.remove(book.active)
    return book


def number_format(value: object) -> str | None:
    """The display format of a value, None for text and blanks."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return None
    if isinstance(value, Percent):
        return "0%" if value.decimals == 0 else "0." + "0" * value.decimals + "%"
    if isinstance(value, Money):
        return MONEY
    if isinstance(value, dt.datetime):
        return DATETIME
    if isinstance(value, dt.date):
        return DATE
    if isinstance(value, int):
        return WHOLE
    if isinstance(value, (float, decimal.Decimal)):
        digits = f"{float(value):.{MAX_DECIMALS}f}".rstrip("0").partition(".")[2]
        return WHOLE + ("." + "0" * len(digits) if digits else "")
    return None


def clean_text(text: str) -> str:
    """Text as a cell can hold it: NFC, no control characters, at most Excel's length."""
    text = _ILLEGAL.sub("\ufffd", unicodedata.normalize("NFC", text))
    return text if len(text) <= MAX_CELL_CHARS else text[:MAX_CELL_CHARS - 1] + "…"


def set_value(cell: Cell, value: object, *, text: bool = False) -> Cell:
    """The one way TNApp puts a value in a cell it writes (see the module's docstring).

    Text stays text whatever it starts with: openpyxl would store "=…" as a
    live formula (``=cmd|' /C calc'!A0``, "=> đạt kế hoạch" → #VALUE!) and
    "#N/A" as an error, so the cell is typed as a string; text Excel would
    take for a formula if the cell were edited also gets the quote prefix
    (what typing an apostrophe does), which keeps it text without changing
    it. ``text``: the column is declared text (codes, phone numbers)."""
    if isinstance(value, Percent):
        cell.value = value.share
    elif isinstance(value, Money):
        cell.value = value.amount
    elif isinstance(value, decimal.Decimal):
        cell.value = float(value)
    elif isinstance(value, str):
        cell.value = clean_text(value)
    else:
        cell.value = value
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if cell.value.startswith(_FORMULA_START):
            cell.quotePrefix = True
        if text:
            cell.number_format = TEXT
    elif (fmt := number_format(value)) is not None:
        cell.number_format = fmt
    return cell


def write_cell(sheet: Worksheet, row: int, column: int, value: object, *, text: bool = False) -> Cell:
    return set_value(sheet.cell(row=row, column=column), value, text=text)


def append_row(sheet: Worksheet, values: Iterable[object]) -> None:
    """``sheet.append(values)`` through ``set_value``."""
    sheet.append([set_value(Cell(sheet), value) for value in values])


def shown_text(value: object) -> str:
    """About what the cell shows, to measure its width."""
    if value is None:
        return ""
    if isinstance(value, (Percent, Money)):
        return str(value)
    if isinstance(value, dt.datetime):
        return "00/00/0000 00:00"
    if isinstance(value, dt.date):
        return "00/00/0000"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_number(value)
    return str(value)


def _longest_word(text: str) -> int:
    return max((len(w) for w in text.split()), default=0)


def content_width(header: str, values: Iterable[object]) -> int:
    """A column's width in characters: its longest line (NFC characters, so a
    Vietnamese letter with two marks counts once), capped at ``MAX_WIDTH`` –
    longer text wraps – and wide enough for a short header on one line,
    a longer one on two."""
    longest = max((len(line) for v in values for line in unicodedata.normalize("NFC", shown_text(v)).splitlines()),
                  default=0)
    header_width = len(header) if len(header) <= 12 else max(_longest_word(header), -(-len(header) // 2))
    return max(MIN_WIDTH, min(MAX_WIDTH, max(longest, header_width) + 2))


def wrapped_lines(text: str, width: float) -> int:
    """About how many lines ``text`` takes in a column ``width`` wide (words kept whole). A width
    counts the digits of the default font; Times New Roman letters are about a tenth narrower."""
    room, count = max(1, int(width * TEXT_PER_WIDTH) - 1), 0
    for paragraph in unicodedata.normalize("NFC", text).splitlines() or [""]:
        lines, used = 1, 0
        for word in paragraph.split():
            need = len(word) if used == 0 else used + 1 + len(word)
            if need <= room or used == 0:
                used = need
            else:
                lines, used = lines + 1, len(word)
            while used > room:  # a word longer than the column breaks
                lines, used = lines + 1, used - room
        count += lines
    return count


def fit_row_heights(sheet: Worksheet, first_row: int, widths: Sequence[float]) -> None:
    """Each row from ``first_row`` as tall as its most wrapped text."""
    for row in sheet.iter_rows(min_row=first_row, max_col=len(widths)):
        lines = max((wrapped_lines(c.value, widths[c.column - 1]) for c in row if isinstance(c.value, str)),
                    default=1)
        if lines > 1:
            sheet.row_dimensions[row[0].row].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines)


def print_setup(sheet: Worksheet, *, header_rows: tuple[int, int] | None, landscape: bool | None = None,
                freeze: str | None = None) -> None:
    """A4, fitted to one page wide (as many pages down as needed), the header
    rows repeated on every page, "Trang 1/3" in the footer, margins, panes
    frozen at ``freeze`` (the first data cell). ``landscape=None``: by the
    columns' total width."""
    if landscape is None:
        total = sum((sheet.column_dimensions[get_column_letter(c)].width or 9)
                    for c in range(1, sheet.max_column + 1))
        landscape = total > PORTRAIT_WIDTH
    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = "landscape" if landscape else "portrait"
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    for side, inches in MARGINS.items():
        setattr(sheet.page_margins, side, inches)
    sheet.print_options.horizontalCentered = True
    sheet.oddFooter.center.text = FOOTER
    sheet.oddFooter.center.font = FONT
    if header_rows is not None:
        sheet.print_title_rows = f"{header_rows[0]}:{header_rows[1]}"
    if freeze is not None:
        sheet.freeze_panes = freeze


def write_table(sheet: Worksheet, headers: Sequence[str], rows: Iterable[Sequence[object]], *,
                title: str | None = None, widths: Sequence[float] | None = None,
                align: Sequence[str] | None = None, text_columns: Collection[str] = (),
                formats: Mapping[str, str] | None = None, bold_rows: Collection[int] = (),
                landscape: bool | None = None, numbering: Sequence[str] = ()) -> int:
    """A table on ``sheet``: an optional title row (then a blank row), bold
    wrapped headers with borders, the rows, and the print setup. Returns the
    header's row number.

    ``widths`` (characters) replace the widths measured from the content;
    ``align`` per column ("left", "center", "right"; numbers right by
    default); ``text_columns`` name columns by header (text format ``@``),
    ``formats`` the number format of others (whole numbers of ``PLAIN_HEADERS``
    columns are written without grouping); ``bold_rows``:
    indexes into ``rows`` (group and total rows); ``numbering``: a statistics
    form's column numbering (A, B, 1, 2…), a second header row."""
    rows = [tuple(r) for r in rows]
    start = 1
    if title:
        write_cell(sheet, 1, 1, title).font = Font(name=FONT, bold=True, size=13)
        start = 3
    for col, header in enumerate(headers, start=1):
        cell = write_cell(sheet, start, col, header)
        cell.font = Font(name=FONT, bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BORDER
    for col, mark in enumerate(numbering, start=1):
        cell = write_cell(sheet, start + 1, col, mark, text=True)
        cell.font = Font(name=FONT)
        cell.alignment = Alignment(horizontal="center")
        cell.border = BORDER
    head_end = start + (1 if numbering else 0)
    texts = {i for i, h in enumerate(headers) if h in text_columns}
    fixed = {i: PLAIN for i, h in enumerate(headers) if h in PLAIN_HEADERS}
    fixed.update({i: formats[h] for i, h in enumerate(headers) if formats and h in formats})
    plain_font, bold_font = Font(name=FONT), Font(name=FONT, bold=True)
    for index, values in enumerate(rows):
        r = head_end + 1 + index
        for i, value in enumerate(values):
            cell = write_cell(sheet, r, i + 1, value, text=i in texts)
            if i in fixed and not isinstance(value, (str, bool)) and value is not None:
                cell.number_format = fixed[i]
            cell.font = bold_font if index in bold_rows else plain_font
            cell.border = BORDER
            horizontal = align[i] if align and i < len(align) else None
            cell.alignment = Alignment(horizontal=None if horizontal == "left" else horizontal,
                                       vertical="top", wrap_text=isinstance(value, str))
    chosen = [widths[i] if widths and i < len(widths) else content_width(header, (r[i] for r in rows if i < len(r)))
              for i, header in enumerate(headers)]
    for i, width in enumerate(chosen):
        sheet.column_dimensions[get_column_letter(i + 1)].width = width
    fit_row_heights(sheet, start, chosen)
    print_setup(sheet, header_rows=(start, head_end), landscape=landscape, freeze=f"A{head_end + 1}")
    return start


def save_workbook(book: Workbook, path: Path) -> Path:
    """Save ``book`` through ``write_atomically`` (a failed save leaves the old file as it was),
    creating the folder when it does not exist."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TNAppError(_("Không tạo được thư mục «{folder}»: {reason}.", folder=path.parent,
                           reason=exc.strerror or exc)) from exc
    return write_atomically(path, book.save)
