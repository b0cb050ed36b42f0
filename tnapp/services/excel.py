"""Reading Excel workbooks safely (writing: ``tnapp.documents.xlsx``).

Every problem in a file is reported with its place (sheet, row, column, field)
in Vietnamese; a workbook that cannot be read at all (not Excel, truncated,
password-protected, the old ``.xls``) is refused with a message saying why.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from tnapp.domain.formatting import format_number
from tnapp.domain.names import name_key
from tnapp.errors import TNAppError
from tnapp.i18n import N_, _

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"

# What other spreadsheet files are, and what the user does to import them.
_RESAVE = N_("lưu lại dạng Excel (.xlsx) rồi nhập tệp .xlsx đó")
_OTHER_KINDS = {  # each with {resave}
    ".ods": N_("là bảng tính LibreOffice (.ods): hãy mở bằng LibreOffice Calc, chọn Tệp → Lưu thành…, {resave}"),
    ".xls": N_("là định dạng Excel cũ (.xls): hãy mở bằng Excel hoặc LibreOffice và {resave}"),
    ".xlsm": N_("là bảng tính có macro (.xlsm), TNApp không mở loại này: hãy mở bằng Excel và {resave}"),
    ".xlsb": N_("là bảng tính nhị phân (.xlsb): hãy mở bằng Excel và {resave}"),
    ".csv": N_("là tệp văn bản .csv, không giữ được mẫu của TNApp: hãy dùng mẫu Excel xuất từ TNApp, "
               "chép dữ liệu vào đó và {resave}"),
}

# Limits checked on the compressed file BEFORE openpyxl reads anything, so a
# small file that unpacks to gigabytes (a "spreadsheet bomb") costs a fraction
# of a second and a few megabytes to refuse. TNApp's own forms and a
# commune's lists stay far below them.
MAX_FILE_BYTES = 20 * 1024 * 1024  # the file as stored
MAX_UNPACKED_BYTES = 64 * 1024 * 1024  # every part of the file unpacked, together
MAX_PARTS = 2000  # files inside the .xlsx (a 28-unit form has about 40)
MAX_SHARED_STRINGS = 500_000  # distinct texts of the workbook
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_COLUMNS_PER_ROW = 64  # cells kept per row on average (TNApp's widest sheet has 27 columns)
_CHUNK = 1024 * 1024
_TAIL = 64  # bytes kept between chunks so that no tag is cut in two
_XML_BYTES_PER_CHAR = 6  # "&quot;" is one character of text
_SHARED_STRING = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s/>]")
_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")
_LONG_TEXT = re.compile(rb"[^<]{%d,}" % (MAX_CELL_CHARS * _XML_BYTES_PER_CHAR))


class Formula(str):
    """The text of a formula cell read from a file (``=SUM(A1:A3)``), told
    apart from a text cell that merely starts with "=" (``=> đạt kế hoạch``)."""


@dataclass(frozen=True)
class CellProblem:
    sheet: str
    row: int
    column: int | None
    field: str | None
    message: str
    table: bool = False  # a Word table ("Bảng 1", columns counted), not a workbook's sheet

    def __str__(self) -> str:
        """``Trang «T06», dòng 12, cột F (Thực hiện kỳ này): …``; the column's name is the file's own
        (Vietnamese) header, quoted as such in English."""
        place = _("{sheet}, dòng {row}", sheet=self.sheet, row=self.row) if self.table else \
            _("Trang «{sheet}», dòng {row}", sheet=self.sheet, row=self.row)
        if self.column is not None:
            place += _(", cột {column}", column=self.column if self.table else get_column_letter(self.column))
        if self.field:
            place += _(" ({field})", field=self.field)
        return f"{place}: {_QUOTED_LONG.sub(_shorten, self.message)}"


_QUOTED_LONG = re.compile(r"«([^»]{81,})»")


def _shorten(match: re.Match[str]) -> str:
    """A long cell quoted in a message shows its first 60 characters only."""
    return f"«{match[1][:60]}…»"


def _refuse(name: str, why: str) -> TNAppError:
    return TNAppError(_("Tệp «{name}» {why}.", name=name, why=why))


def _too_big(name: str) -> TNAppError:
    return _refuse(name, _("quá lớn khi giải nén (hơn {size} MB)", size=format_number(MAX_UNPACKED_BYTES >> 20)))


def _counted(name: str, max_rows: int) -> list[tuple[re.Pattern[bytes], int, str]]:
    """What is counted in a part of the file, how many are allowed, and the refusal."""
    if name.startswith("xl/sharedStrings"):
        return [(_SHARED_STRING, MAX_SHARED_STRINGS,
                 _("có hơn {count} đoạn chữ khác nhau", count=format_number(MAX_SHARED_STRINGS)))]
    if name.startswith("xl/worksheets/") and name.endswith(".xml"):
        cells = max_rows * MAX_COLUMNS_PER_ROW
        return [(_ROW, max_rows, _("có trang dài hơn {count} dòng", count=format_number(max_rows))),
                (_CELL, cells, _("có trang quá nhiều ô (hơn {count} ô)", count=format_number(cells)))]
    return []


def _scan_part(stream: BinaryIO, name: str, counted: list[tuple[re.Pattern[bytes], int, str]],
               budget: int) -> int:
    """Read one part chunk by chunk and refuse it at the first limit passed;
    returns the bytes it unpacked to."""
    unpacked, run, tail = 0, 0, b""
    found = [0] * len(counted)
    while chunk := stream.read(_CHUNK):
        unpacked += len(chunk)
        if unpacked > budget:
            raise _too_big(name)
        # the longest stretch without a tag is the longest text the part holds
        first = chunk.find(b"<")
        run += len(chunk) if first < 0 else first
        if run > MAX_CELL_CHARS * _XML_BYTES_PER_CHAR or _LONG_TEXT.search(chunk):
            raise _refuse(name, _("có ô chữ dài hơn {count} ký tự (giới hạn của Excel)",
                                  count=format_number(MAX_CELL_CHARS)))
        if first >= 0:
            run = len(chunk) - chunk.rfind(b"<") - 1
        data = tail + chunk
        cut = max(0, len(data) - _TAIL)  # a tag starting in the last bytes is counted with the next chunk
        for i, (pattern, allowed, refusal) in enumerate(counted):
            found[i] += sum(1 for m in pattern.finditer(data) if m.start() < cut)
            if found[i] > allowed:
                raise _refuse(name, refusal)
        tail = data[cut:]
    for i, (pattern, allowed, refusal) in enumerate(counted):
        if found[i] + len(pattern.findall(tail)) > allowed:
            raise _refuse(name, refusal)
    return unpacked


def check_limits(path: Path, max_rows: int) -> None:
    """Refuse ``path`` if it is larger than TNApp reads, by streaming its
    compressed parts (never holding one whole in memory): the bytes unpacked,
    the shared texts, the rows and cells of each sheet, the length of a text.
    The refusal names the limit, never the content."""
    name = path.name
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _refuse(name, _("quá lớn ({size} KB; tối đa {most} MB)", size=format_number(size // 1024),
                              most=format_number(MAX_FILE_BYTES >> 20)))
    budget = MAX_UNPACKED_BYTES
    try:
        with zipfile.ZipFile(path) as archive:
            parts = [p for p in archive.infolist() if not p.is_dir()]
            if len(parts) > MAX_PARTS:
                raise _refuse(name, _("chứa quá nhiều thành phần, không phải một bảng tính bình thường"))
            # the shared texts first: the cheapest place to catch the commonest bomb
            for part in sorted(parts, key=lambda p: not p.filename.startswith("xl/sharedStrings")):
                counted = _counted(part.filename, max_rows)
                with archive.open(part) as stream:
                    if part.filename.endswith((".xml", ".rels")):
                        budget -= _scan_part(stream, name, counted, budget)
                    else:  # pictures and the like: only their size counts
                        while chunk := stream.read(_CHUNK):
                            budget -= len(chunk)
                            if budget < 0:
                                raise _too_big(name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError, ValueError) as exc:
        raise _refuse(name, _("bị hỏng hoặc ghi dở, không đọc được ({error})", error=type(exc).__name__)) from exc


def open_workbook(path: Path, *, max_rows: int) -> Workbook:
    """``path`` opened read-only with openpyxl, once it is known to be an
    ``.xlsx`` within TNApp's limits (sheets of at most ``max_rows`` rows);
    else a TNAppError saying, in one short line, why and what to do."""
    name = path.name
    if path.is_dir():
        raise TNAppError(_("«{name}» là thư mục con; TNApp chỉ đọc các tệp nằm ngay trong thư mục đã chọn.", name=name))
    if not path.is_file():
        raise TNAppError(_("Không tìm thấy tệp «{path}».", path=path))
    if name.startswith("~$"):
        raise _refuse(name, _("là tệp tạm của Excel khi một bảng tính đang mở, không phải dữ liệu; bỏ qua"))
    suffix = path.suffix.lower()
    if suffix in _OTHER_KINDS:
        raise _refuse(name, _(_OTHER_KINDS[suffix], resave=_(_RESAVE)))
    try:
        with path.open("rb") as handle:
            head = handle.read(128)
    except OSError as exc:
        raise TNAppError(_("Không đọc được tệp «{name}»: {value}.", name=name, value=exc.strerror or exc)) from exc
    if head[:8] == _OLE2_MAGIC:
        raise _refuse(name, _("được đặt mật khẩu hoặc là định dạng Excel cũ (.xls): hãy gỡ mật khẩu hoặc {resave}",
                              resave=_(_RESAVE)))
    if _ODS_MIMETYPE in head:
        raise _refuse(name, _(_OTHER_KINDS[".ods"], resave=_(_RESAVE)))
    if not zipfile.is_zipfile(path):
        raise _refuse(name, _("không phải là tệp Excel (.xlsx) hoặc đã bị hỏng, ghi dở"))
    check_limits(path, max_rows)
    try:
        return load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, EOFError) as exc:
        raise _refuse(name, _("bị hỏng hoặc ghi dở, không đọc được ({error})", error=type(exc).__name__)) from exc


def _cell_value(cell: object) -> object:
    value = getattr(cell, "value", None)
    return Formula(value) if getattr(cell, "data_type", None) == "f" and isinstance(value, str) else value


def read_rows(sheet: Worksheet, max_rows: int, what: str | None = None) -> list[tuple]:
    """All the rows' values of a sheet opened in read-only mode, refusing fast
    a sheet longer than ``max_rows``: first by the size the file declares,
    then while reading (a file may declare no size, or a wrong one), so that a
    workbook of 100 000 rows is never loaded whole. A formula cell's value is
    a ``Formula``. ``what`` names the file in the refusal (by default "mẫu")."""
    what = what or _("mẫu")
    declared = sheet.max_row if getattr(sheet, "max_row", None) else None
    if declared and declared > max_rows:
        raise TNAppError(_("Trang «{title}» có {declared} dòng, quá lớn so với {what} (tối đa {max_rows} dòng).",
                           title=sheet.title, declared=format_number(declared), what=what,
                           max_rows=format_number(max_rows)))
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # read to the real last row, whatever the file declares
    rows = [tuple(map(_cell_value, row)) for row in islice(sheet.iter_rows(), max_rows + 1)]
    if len(rows) > max_rows:
        raise TNAppError(_("Trang «{title}» có hơn {max_rows} dòng, quá lớn so với {what}.",
                           title=sheet.title, max_rows=format_number(max_rows), what=what))
    return rows


_MERGE_CELL = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)\"")


def merged_ranges(sheet: Worksheet) -> list[str]:
    """The merged ranges of a sheet (``A1:H1``…), also in read-only mode where
    openpyxl does not read them."""
    if not hasattr(sheet, "_get_source"):
        return [str(r) for r in sheet.merged_cells.ranges]
    with sheet._get_source() as source:  # noqa: SLF001 - the read-only sheet's own XML
        return [m.decode() for m in _MERGE_CELL.findall(source.read())]


def header_positions(sheet: Worksheet, wanted: Sequence[str], synonyms: Mapping[str, Sequence[str]] | None = None,
                     search_rows: int = 10) -> tuple[int, dict[str, int]]:
    """Find the header row holding the first of ``wanted``; returns the row
    number and a map header → column number for those present, a header
    also found under any of its ``synonyms`` (another name offices give it)."""
    keys = {name_key(other): w for w, others in (synonyms or {}).items() for other in others}
    keys.update({name_key(w): w for w in wanted})  # NFD, odd spaces, case: still the header
    for row_number, row in enumerate(sheet.iter_rows(min_row=1, max_row=search_rows, values_only=True), start=1):
        found = {}
        for column, value in enumerate(row, start=1):
            if isinstance(value, str) and name_key(value) in keys:
                found[keys[name_key(value)]] = column
        if wanted[0] in found:
            return row_number, found
    raise TNAppError(_("Trang «{title}»: không tìm thấy dòng tiêu đề có cột «{wanted}». Hãy dùng đúng mẫu của TNApp.",
                       title=sheet.title, wanted=wanted[0]))
