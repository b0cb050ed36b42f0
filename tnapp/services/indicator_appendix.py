"""The plan's appendix of indicators (phụ lục chỉ tiêu 2026–2030) in Excel.

The layout is that of real plan appendices — STT, Chỉ tiêu, ĐVT, TH 2025,
KH 2026 … KH 2030, Đơn vị chủ trì, with section rows "I. KINH TẾ" setting the
area of the rows below — followed by TNApp's own columns (Mã, Lĩnh vực, Loại
giá trị …) so that an export imported back changes nothing. An appendix from
the province with only the plan's columns imports too: new indicators take
defaults, each reported as a warning; existing ones keep what the file does
not say. A second sheet "Giao chỉ tiêu đơn vị" holds the units' own targets.

Appendices are laid out in many ways and all are read (``_Sheet``): title
rows above the header are skipped; the header is one to three rows, merged
cells included ("Kế hoạch" or "Chỉ tiêu phấn đấu" merged over "Năm 2026 …
Năm 2030"), the year written in the column ("KH 2026", "2026", "Kế hoạch
2026", "Chỉ tiêu năm 2026"), the baseline "TH 2025", "Thực hiện năm 2025",
"Ước TH 2025"; STT may be missing (then the numbering leads the name). Roman
numerals and capital letters are groups setting the area; 1, 2 are items;
1.1, a), "-" are sub-items kept as items under their parent. Targets written
as words ("≥ 85", "Giảm 0,9") follow ``tnapp.domain.plan_targets``. Units are
matched by ``tnapp.domain.names.unit_key``; one the catalogue lacks stops
the import until the user picks an existing unit or confirms a new one. The
appendix table(s) of the plan's Word file (.docx) are read the same way.

Import is a preview (every row not understood is named by sheet, row and
column; every column, unit and target shown as it was read) then an
all-or-nothing apply; rows that match the catalogue are left untouched, so
importing the same file twice changes nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TypeVar

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, range_boundaries
from sqlalchemy import select

from tnapp.domain.formatting import format_number
from tnapp.domain.names import LEGACY_MESSAGE, legacy_encoding, name_key, near_name, unit_key
from tnapp.domain.permissions import Permission
from tnapp.domain.plan_targets import PlanTarget, read_plan_target
from tnapp.domain.text import fold, nfc
from tnapp.domain.value_checks import ValueSpec, may_be_negative, parse_value
from tnapp.domain.vocab import Aggregation, Direction, IndicatorArea, PeriodKind, UnitKind, ValueType
from tnapp.errors import TNAppError, ValidationError
from tnapp.i18n import N_, _
from tnapp.i18n import label as vocab_label
from tnapp.models import Indicator, Unit
from tnapp.services.base import Service
from tnapp.documents.xlsx import FONT, new_book, print_setup, save_workbook, write_cell, write_table
from tnapp.services.excel import CellProblem, check_limits, merged_ranges, open_workbook, read_rows
from tnapp.services.indicators import PLAN_YEARS, IndicatorInput, IndicatorRow, validate_indicator

K = TypeVar("K")
SHEET, UNIT_SHEET = "Phụ lục chỉ tiêu", "Giao chỉ tiêu đơn vị"
TITLE = f"PHỤ LỤC: CÁC CHỈ TIÊU THI ĐUA PHÁT TRIỂN KINH TẾ - XÃ HỘI GIAI ĐOẠN {PLAN_YEARS[0]} - {PLAN_YEARS[-1]}"
LEAD = "Đơn vị chủ trì"
MAX_ROWS, MAX_UNIT_ROWS = 2000, 5000  # the longest appendix and unit sheet read
EXTRA = ("Mã", "Lĩnh vực", "Loại giá trị", "Chiều", "Cách tổng hợp", "Kỳ báo cáo", "Lũy kế", "Đơn vị thực hiện",
         "Cận dưới", "Cận trên", "Trọng số theo", "Ghi chú")
ENUMS = {"Lĩnh vực": ("area", IndicatorArea), "Loại giá trị": ("value_type", ValueType),
         "Chiều": ("direction", Direction), "Cách tổng hợp": ("aggregation", Aggregation),
         "Kỳ báo cáo": ("frequency", PeriodKind)}
CODE_PREFIX = {IndicatorArea.ECONOMY: "KT", IndicatorArea.CULTURE_SOCIETY: "VH", IndicatorArea.ENVIRONMENT: "MT",
               IndicatorArea.DEFENCE_SECURITY: "AN", IndicatorArea.PARTY_BUILDING: "XD"}
# Section titles → area, by words (without diacritics) the title contains.
AREA_WORDS = ((IndicatorArea.ECONOMY, ("kinh te",)), (IndicatorArea.CULTURE_SOCIETY, ("van hoa", "xa hoi")),
              (IndicatorArea.ENVIRONMENT, ("moi truong",)), (IndicatorArea.DEFENCE_SECURITY, ("quoc phong", "an ninh")),
              (IndicatorArea.PARTY_BUILDING, ("xay dung dang", "he thong chinh tri", "dang")))
# Column headers → the column they name, compared by ``name_key``.
HEADER_ALIASES = {name_key(k): v for k, v in {
    "STT": "STT", "TT": "STT", "Số TT": "STT", "Số thứ tự": "STT", "Chỉ tiêu": "Chỉ tiêu",
    "Tên chỉ tiêu": "Chỉ tiêu", "Nội dung chỉ tiêu": "Chỉ tiêu", "Nội dung": "Chỉ tiêu", "Các chỉ tiêu": "Chỉ tiêu",
    "Chỉ tiêu chủ yếu": "Chỉ tiêu", "Các chỉ tiêu chủ yếu": "Chỉ tiêu", "ĐVT": "ĐVT", "Đơn vị tính": "ĐVT",
    "Đơn vị chủ trì": LEAD, "Cơ quan chủ trì": LEAD, "Chủ trì": LEAD, "Đơn vị chủ trì thực hiện": LEAD,
    "Cơ quan, đơn vị chủ trì": LEAD, "Đơn vị chủ trì theo dõi": LEAD, "Đơn vị": "Đơn vị",
    **{h: h for h in EXTRA}}.items()}
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d|21\d\d)(?!\d)")
# Words of a year's header saying it is the baseline (done), or a target (planned).
_DONE_WORDS = tuple(name_key(w) for w in ("th", "thực hiện", "ước", "ước th", "ước thực hiện", "đã thực hiện"))
_PLAN_WORDS = tuple(name_key(w) for w in ("kh", "kế hoạch", "chỉ tiêu", "mục tiêu", "phấn đấu"))
_KIND_WORDS = set(_DONE_WORDS) | set(_PLAN_WORDS)
_ROMAN = re.compile(r"^(?P<num>(?=[IVX])(?:X{0,3})(?:IX|IV|V?I{0,3}))(?:\s*[.)/:-]\s*|\s+|$)(?P<title>.*)$")
_NUMBERING = (  # (kind, pattern of the numbering, written alone or leading the name)
    ("group", re.compile(r"^(?P<num>[A-Z])(?:\s*[.)]\s*|$)(?P<rest>.*)$")),
    ("sub", re.compile(r"^(?P<num>\d+(?:\.\d+)+)\.?(?:\s+|$)(?P<rest>.*)$")),
    ("item", re.compile(r"^(?P<num>\d+)(?:\s*[.)]\s*|$)(?P<rest>.*)$")),  # "1." "1)" — not "5 năm liền"
    ("sub", re.compile(r"^(?P<num>[a-zđ])\s*[.)]\s*(?P<rest>.*)$")),
    ("sub", re.compile(r"^(?P<num>[-–—+•*])\s*(?P<rest>.*)$")),
)
# The kind of a unit the catalogue lacks, by words of its name (the user confirms it).
UNIT_KIND_WORDS = ((UnitKind.PARTY, ("Đảng",)), (UnitKind.PEOPLES_COUNCIL, ("Hội đồng nhân dân",)),
                   (UnitKind.POLICE, ("Công an",)), (UnitKind.MILITARY, ("Quân sự", "Ban Chỉ huy")),
                   (UnitKind.SCHOOL, ("Trường", "Mầm non", "Tiểu học", "THCS")), (UnitKind.HEALTH, ("Y tế",)),
                   (UnitKind.VILLAGE, ("Thôn", "Bản", "Tổ dân phố")),
                   (UnitKind.ENTERPRISE, ("Hợp tác xã", "Công ty", "Doanh nghiệp")),
                   (UnitKind.FRONT, ("Mặt trận", "Hội ", "Đoàn ", "Công đoàn")))
LABELS = {"code": "Mã", "name": "Chỉ tiêu", "area": "Lĩnh vực", "unit_of_measure": "ĐVT", "lead_unit_id": LEAD,
          "value_type": "Loại giá trị", "direction": "Chiều", "aggregation": "Cách tổng hợp",
          "frequency": "Kỳ báo cáo", "cumulative": "Lũy kế", "responsible_unit_ids": "Đơn vị thực hiện",
          "weight_indicator_id": "Trọng số theo", "baseline_year": "TH", "baseline_value": "TH",
          "min_value": "Cận dưới", "max_value": "Cận trên", "targets": "KH", "unit_targets": "Giao đơn vị",
          "active": "Đang dùng", "note": "Ghi chú"}


@dataclass(frozen=True)
class AppendixRow:
    row: int
    code: str
    name: str
    action: str  # "new", "update" or "unchanged"
    changed: tuple[str, ...]  # the columns that change
    existing_id: int | None
    data: IndicatorInput
    weight_code: str | None
    readings: tuple[str, ...] = ()  # how the row's words were read ("KH 2026 «Giảm 0,9» → …")
    sheet: str = SHEET
    details: tuple[str, ...] = ()  # each changed field, old → new ("Lĩnh vực: Kinh tế → Văn hóa – Xã hội")

    def __str__(self) -> str:
        what = {"new": _("thêm mới"), "unchanged": _("không đổi"),
                "update": _("cập nhật {columns}", columns=", ".join(f"«{c}»" for c in self.changed))}
        read = "".join(f"\n    {r}" for r in (*self.details, *self.readings))
        return _("Dòng {row}: {code} – {name}: {what}", row=self.row, code=self.code, name=self.name,
                 what=what[self.action]) + read


@dataclass(frozen=True)
class NewUnit:
    """A unit the file names and the catalogue lacks, added on the user's word."""

    text: str  # as the file writes it
    code: str
    kind: UnitKind


@dataclass
class AppendixPreview:
    path: Path
    rows: list[AppendixRow] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    warnings: list[CellProblem] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)  # which column was read as what
    unit_matches: list[str] = field(default_factory=list)  # «file text» → catalogue unit, when they differ
    unknown_units: dict[str, list[int]] = field(default_factory=dict)  # file text → rows, until the user decides
    new_units: list[NewUnit] = field(default_factory=list)  # confirmed by the user
    choices: dict[str, int | None] = field(default_factory=dict)  # unit_key(text) → unit id, None: a new unit
    # an indicator name close to one in the catalogue («có hát» / «có hạt»), until the user decides:
    # file text → (id, code, name) of the catalogue's; decided in indicator_choices
    near_indicators: dict[str, tuple[int, str, str]] = field(default_factory=dict)
    indicator_choices: dict[str, int | None] = field(default_factory=dict)  # name_key(text) → indicator id, None: new

    @property
    def can_apply(self) -> bool:
        return not self.problems and (bool(self.new_units) or any(r.action != "unchanged" for r in self.rows))


def _area_of(title: str) -> IndicatorArea | None:
    folded = fold(title)
    for area in IndicatorArea:
        if folded == fold(area.label):
            return area
    return next((area for area, words in AREA_WORDS if any(w in folded for w in words)), None)


def _number(raw: object) -> float | None:
    """A plain figure (bounds, the units' own targets): one number, nothing else."""
    try:
        return parse_value(ValueSpec(ValueType.NUMBER), raw)
    except ValidationError:
        raise ValidationError(_("«{raw}» không phải là số", raw=str(raw).strip()), field="value") from None


def _plain(value: float | None) -> float | int | None:
    return int(value) if value is not None and float(value).is_integer() else value


def _numbering(text: str | None) -> tuple[str | None, str]:
    """(kind, the text without its numbering): kind "group" (I, II, A), "item" (1, 2),
    "sub" (1.1, a), -) or None when the text is not numbered."""
    text = (text or "").strip()
    match = _ROMAN.match(text)
    if match and match["num"]:
        return "group", match["title"].strip()
    for kind, pattern in _NUMBERING:
        match = pattern.match(text)
        if match:
            return kind, match["rest"].strip()
    return None, text


def _header_name(value: object) -> str | None:
    """The column a header cell names (STT, Chỉ tiêu, ĐVT…), or None."""
    if not isinstance(value, str) or _YEAR.search(value):
        return None
    key = name_key(value.strip().rstrip(":.*"))
    return HEADER_ALIASES.get(key) or ("Chỉ tiêu" if key.startswith(name_key("Chỉ tiêu")) and not any(
        w in key for w in map(name_key, ("phấn đấu", "kế hoạch", "giai đoạn", "năm"))) else None)


def _words(text: str) -> set[str]:
    """The words and word pairs of a header, to look its kind words up."""
    words = name_key(text).replace("/", " ").split()
    return set(words) | {" ".join(words[i:i + 2]) for i in range(len(words))} | \
        {" ".join(words[i:i + 3]) for i in range(len(words))}


class _Sheet:
    """A table's rows with its header found: columns by name, year columns.

    ``rows`` hold each cell's value as written (a merged cell's value in its
    top-left cell only); ``merges`` are the merged ranges (row1, col1, row2, col2).
    The header is the first row (of the first 20) naming the first column and
    one more, with the one or two rows below it whose name cell is empty and
    that hold header words; merged cells are spread over the header block,
    and each column is read from its cells top to bottom ("Kế hoạch" / "Năm 2026").
    A cell merged down over data rows (a lead unit for several indicators) is
    read in each row."""

    def __init__(self, title: str, rows: list[tuple], first_header: str,
                 merges: list[tuple[int, int, int, int]] = (), table: bool = False) -> None:  # type: ignore[assignment]
        self.title, self.rows, self.table = title, [list(r) for r in rows], table
        self.columns: dict[str, int] = {}
        self.labels: dict[int, str] = {}  # column → its name in messages ("KH 2026", "ĐVT")
        self.described: list[str] = []  # for the preview: which column was read as what
        self.targets: dict[int, int] = {}  # year → column
        self.baseline: tuple[int, int] | None = None  # (year, column)
        for index, cells in enumerate(self.rows[:20]):
            present = [(c, v) for c, v in enumerate(cells, 1) if v is not None and str(v).strip()]
            names = [(_header_name(v), c) for c, v in present]
            if len(present) < 2 or first_header not in {n for n, _ in names}:
                continue
            name_col = next(c for n, c in names if n == first_header)
            block = [index]
            for below in (index + 1, index + 2):
                row = self.rows[below] if below < len(self.rows) else []
                texts = [str(v) for v in row if v is not None and str(v).strip()]
                if (name_col <= len(row) and row[name_col - 1] not in (None, "")) or not texts \
                        or not any(_YEAR.search(t) or _header_name(t) or _words(t) & _KIND_WORDS for t in texts):
                    break
                block.append(below)
            self._read_header(block, merges)
            if first_header == "Chỉ tiêu" and not self.targets:
                self.columns, self.labels, self.described, self.baseline = {}, {}, [], None
                continue
            self.header_row, self.data_row = index + 1, block[-1] + 2
            self._spread_down(merges)
            return
        raise TNAppError(_("{value}: không tìm thấy dòng tiêu đề có cột «{first_header}» (và các cột kế hoạch theo "
                           "năm).", value=title if table else f'Trang «{title}»', first_header=first_header))

    def _read_header(self, block: list[int], merges) -> None:  # noqa: ANN001
        grid = {(r, c): v for r in block for c, v in enumerate(self.rows[r], 1)}
        for r1, c1, r2, c2 in merges:
            value = grid.get((r1 - 1, c1))
            for r in range(r1 - 1, r2):
                for c in range(c1, c2 + 1):
                    if r in block:
                        grid[(r, c)] = value
        width = max(c for _, c in grid) if grid else 0
        for col in range(1, width + 1):
            path: list[str] = []
            for r in block:
                value = grid.get((r, col))
                text = nfc(str(value)) if value is not None else ""
                if text and (not path or path[-1] != text):
                    path.append(text)
            if not path:
                continue
            shown = " / ".join(path)
            years = [e for e in path if len(_YEAR.findall(e)) == 1]
            if years:
                year = int(_YEAR.search(years[-1]).group(1))  # type: ignore[union-attr]
                done = plan = False
                for element in reversed(path):  # the cell's own words first, then its group's
                    words = _words(element)
                    done, plan = bool(words & set(_DONE_WORDS)), bool(words & set(_PLAN_WORDS))
                    if done or plan:
                        break
                if not (done or plan):
                    done, plan = year < PLAN_YEARS[0], year >= PLAN_YEARS[0]
                if done and not plan:
                    self.baseline = (year, col)
                    self.labels[col] = f"TH {year}"
                    self.described.append(_("cột {column} «{shown}»: thực hiện năm {year} (số gốc)",
                                            column=get_column_letter(col), shown=shown, year=year))
                else:
                    self.targets[year] = col
                    self.labels[col] = f"KH {year}"
                    self.described.append(_("cột {column} «{shown}»: kế hoạch năm {year}", column=get_column_letter(col),
                                            shown=shown, year=year))
                continue
            name = next((n for n in map(_header_name, reversed(path)) if n), None)
            if name and name not in self.columns:
                self.columns[name] = col
                self.labels[col] = name
                self.described.append(_("cột {column} «{shown}»: {name}", column=get_column_letter(col), shown=shown,
                                        name=name))
            else:
                self.described.append(_("cột {column} «{shown}»: không dùng", column=get_column_letter(col),
                                        shown=shown))

    def _spread_down(self, merges) -> None:  # noqa: ANN001
        for r1, c1, r2, c2 in merges:
            if r1 >= self.data_row and c1 == c2 and r2 > r1:
                value = self.cell(r1, c1)
                for r in range(r1 + 1, min(r2, len(self.rows)) + 1):
                    while len(self.rows[r - 1]) < c1:
                        self.rows[r - 1].append(None)
                    self.rows[r - 1][c1 - 1] = value

    def cell(self, row: int, name: str | int) -> object:
        col = self.columns.get(name) if isinstance(name, str) else name
        cells = self.rows[row - 1] if row <= len(self.rows) else ()
        value = cells[col - 1] if col and col <= len(cells) else None
        return None if isinstance(value, str) and not value.strip() else value

    def text(self, row: int, name: str | int) -> str | None:
        value = self.cell(row, name)
        return None if value is None else nfc(str(value)) or None


def _xlsx_merges(ranges: list[str]) -> list[tuple[int, int, int, int]]:
    found = []
    for text in ranges:
        c1, r1, c2, r2 = range_boundaries(text)
        found.append((r1, c1, r2, c2))
    return found


def _docx_tables(path: Path) -> list[tuple[list[tuple], list[tuple[int, int, int, int]]]]:
    """Each table of a Word file as rows of values (a merged cell's text in its
    top-left cell) and its merged ranges, as ``_Sheet`` reads a worksheet."""
    from docx import Document  # noqa: PLC0415 - only for .docx files
    from docx.opc.exceptions import PackageNotFoundError  # noqa: PLC0415

    try:
        document = Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise TNAppError(_("Tệp «{path}» không phải tệp Word (.docx) hoặc đã bị hỏng ({name}).",
                           path=path.name, name=type(exc).__name__)) \
            from exc
    tables = []
    for table in document.tables:
        rows: list[tuple] = []
        boxes: dict[object, list[int]] = {}  # the cell's element (one for a merged cell) → [row1, col1, row2, col2]
        for r, row in enumerate(table.rows, 1):
            values: list[object] = [None] * row.grid_cols_before
            for c, cell in enumerate(row.cells, row.grid_cols_before + 1):
                box = boxes.get(cell._tc)  # noqa: SLF001 - the same element is the same merged cell
                if box is None:
                    boxes[cell._tc] = [r, c, r, c]  # noqa: SLF001
                    values.append(cell.text)
                else:
                    box[2], box[3] = max(box[2], r), max(box[3], c)
                    values.append(None)
            rows.append(tuple(values))
        merges = [(b[0], b[1], b[2], b[3]) for b in boxes.values() if b[:2] != b[2:]]
        tables.append((rows, merges))
    return tables


class IndicatorAppendixService(Service):
    # --- export -----------------------------------------------------------------------

    def export(self, path: Path) -> Path:
        rows = self.ws.indicators.list(include_inactive=False)
        base_year = Counter(r.baseline_year for r in rows).most_common(1)[0][0] if rows else PLAN_YEARS[0] - 1
        years = list(PLAN_YEARS)
        headers = ("STT", "Chỉ tiêu", "ĐVT", f"TH {base_year}", *(f"KH {y}" for y in years), LEAD, *EXTRA)
        table: list[list[object]] = []
        sections: list[int] = []
        order = list(IndicatorArea)
        for area in order:
            mine = [r for r in rows if r.area is area]
            if not mine:
                continue
            sections.append(len(table))
            table.append([_roman(len(sections)), area.label.upper()])
            for number, r in enumerate(mine, start=1):
                table.append([
                    number, r.name, r.unit_of_measure, _plain(r.baseline_value) if r.baseline_year == base_year else None,
                    *(_plain(r.targets.get(y)) for y in years), r.lead_unit.name if r.lead_unit else None, r.code,
                    r.area.label, r.value_type.label, r.direction.label, r.aggregation.label, r.frequency.label,
                    "x" if r.cumulative else None, ", ".join(u.code for u in r.responsible_units),
                    _plain(r.min_value), _plain(r.max_value), r.weight_indicator_code, r.note])
        book = new_book()
        sheet = book.create_sheet(SHEET)
        write_table(sheet, headers, table, title=TITLE, bold_rows=set(sections), text_columns={"Mã"},
                    widths=(6, 50, 14, 10, *([10] * len(years)), 26, 8, 18, 12, 16, 18, 10, 7, 24, 9, 9, 10, 24))
        write_cell(sheet, 2, 1, f"(Kèm theo Kế hoạch thi đua của UBND {self.ws.commune.current().display_name})"
                   ).font = Font(name=FONT, italic=True)
        plan_columns = get_column_letter(len(headers) - len(EXTRA))
        for row in (1, 2):
            sheet.merge_cells(f"A{row}:{plan_columns}{row}")
            sheet[f"A{row}"].alignment = Alignment(horizontal="center", wrap_text=True)
        for (cell,) in sheet.iter_rows(min_row=4, max_col=1):
            cell.alignment = Alignment(horizontal="center", vertical="top")
        # Printed, it is the plan's appendix; TNApp's own columns stay in the file.
        sheet.print_area = f"A1:{plan_columns}{sheet.max_row}"
        print_setup(sheet, header_rows=(3, 3), landscape=True)
        write_table(book.create_sheet(UNIT_SHEET), ("Mã", "Chỉ tiêu", "Đơn vị", *(f"KH {y}" for y in years)),
                    [[r.code, r.name, unit, *(_plain(t.get(y)) for y in years)]
                     for r in rows for unit, t in r.unit_targets.items()],
                    title="CHỈ TIÊU GIAO CHO TỪNG ĐƠN VỊ", text_columns={"Mã", "Đơn vị"},
                    widths=(8, 50, 10, *([10] * len(years))))
        return save_workbook(book, path)

    # --- import -----------------------------------------------------------------------

    def preview_import(self, path: Path, choices: Mapping[str, int | None] | None = None,
                       indicator_choices: Mapping[str, int | None] | None = None) -> AppendixPreview:
        """Read ``path`` (.xlsx, or the appendix table(s) of a .docx plan) against the catalogue.
        ``choices`` settle the units the catalogue lacks: the file's text → an existing unit's id,
        or None to add it as a new unit; ``indicator_choices`` the names close to a catalogue
        indicator's: the file's name → that indicator's id, or None for a new indicator."""
        preview = AppendixPreview(path, choices={unit_key(k): v for k, v in (choices or {}).items()},
                                  indicator_choices={name_key(k): v for k, v in (indicator_choices or {}).items()})
        skipped: list[CellProblem] = []
        if path.suffix.casefold() == ".docx":
            check_limits(path, MAX_ROWS)  # a Word file is a zip too: its size is checked before python-docx reads it
            sheets = []
            for number, (rows, merges) in enumerate(_docx_tables(path), 1):
                try:
                    sheets.append(_Sheet(_("Bảng {number}", number=number), rows, "Chỉ tiêu", merges, table=True))
                except TNAppError:  # the plan's other tables (signatures, a budget), said so in the preview
                    skipped.append(CellProblem(_("Bảng {number}", number=number), 1, None, None, _(
                        "không phải bảng chỉ tiêu (không có cột «Chỉ tiêu» và kế hoạch theo năm), bỏ qua"), table=True))
            if not sheets:
                raise TNAppError(_("Tệp «{path}» không có bảng chỉ tiêu nào (cần cột «Chỉ tiêu» và các cột kế hoạch "
                                   "theo năm).", path=path.name))
            unit_sheet = None
        else:
            book = open_workbook(path, max_rows=MAX_UNIT_ROWS)
            try:
                main = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
                sheets = [_Sheet(main.title, read_rows(main, MAX_ROWS, _("phụ lục")), "Chỉ tiêu",
                                 _xlsx_merges(merged_ranges(main)))]
                unit_sheet = (_Sheet(UNIT_SHEET, read_rows(book[UNIT_SHEET], MAX_UNIT_ROWS, _("phụ lục")), "Mã")
                              if UNIT_SHEET in book.sheetnames else None)
            finally:
                book.close()
        for sheet in sheets:
            preview.columns += [f"{sheet.title}: {d}" for d in sheet.described]
        _Import(self.ws, preview, sheets, unit_sheet).run()
        preview.warnings += skipped
        return preview

    def apply_import(self, preview: AppendixPreview) -> int:
        """Save every new or changed row, and the units the user confirmed, in one transaction;
        returns how many indicators."""
        if preview.problems:
            raise TNAppError(_("Tệp «{path}» còn {n} lỗi; chưa nhập gì. Hãy sửa tệp rồi nhập lại.",
                               path=preview.path.name, n=len(preview.problems)))
        todo = [r for r in preview.rows if r.action != "unchanged"]
        commune = self.ws.commune.current()
        with self.ws.write(Permission.EDIT_CATALOGUE, reason=f"Nhập phụ lục chỉ tiêu từ tệp {preview.path.name}") \
                as session:
            placeholders: dict[int, int] = {}
            for number, unit in enumerate(preview.new_units, 1):
                row = Unit(commune_id=commune.id, code=unit.code, name=unit.text, kind=unit.kind, sort_order=0)
                session.add(row)
                session.flush()
                placeholders[-number] = row.id
            saved: dict[str, Indicator] = {}
            weighted: list[tuple[str, IndicatorInput, Indicator]] = []
            for item in todo:
                data = replace(item.data, lead_unit_id=placeholders.get(item.data.lead_unit_id or 0,
                                                                        item.data.lead_unit_id),
                               responsible_unit_ids=tuple(placeholders.get(u, u) for u in item.data.responsible_unit_ids))
                indicator = session.get(Indicator, item.existing_id) if item.existing_id else None
                indicator = indicator or Indicator(commune_id=commune.id)
                self.ws.indicators.save(session, indicator, replace(data, weight_indicator_id=None)
                                        if item.weight_code else data)
                saved[item.code.casefold()] = indicator
                if item.weight_code:
                    weighted.append((item.weight_code, data, indicator))
            for code, data, indicator in weighted:
                weight = saved.get(code.casefold()) or session.scalar(select(Indicator).where(
                    Indicator.commune_id == commune.id, Indicator.code == code))
                self.ws.indicators.save(session, indicator, replace(data, weight_indicator_id=weight.id if weight else None))
        return len(todo)


def _roman(number: int) -> str:
    return ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")[number - 1]


# What TNApp takes when an optional column is missing (``{label}``: the vocabulary label it takes).
DEFAULT_TEXT = {
    "Mã": (N_("chỉ tiêu đã có được nhận theo tên; chỉ tiêu mới được đặt mã theo lĩnh vực (KT, VH, MT, AN, XD)"),
           None),
    "Lĩnh vực": (N_("lấy theo mục (I. KINH TẾ…) chứa dòng"), None),
    "Loại giá trị": (N_("chỉ tiêu mới lấy «{label}» nếu ĐVT là %, còn lại «{other}»"), None),
    "Chiều": (N_("chỉ tiêu mới lấy «{label}»"), Direction.HIGHER_BETTER),
    "Cách tổng hợp": (N_("chỉ tiêu mới lấy «{label}» (đơn vị chủ trì báo cáo)"), Aggregation.COMMUNE_ONLY),
    "Kỳ báo cáo": (N_("chỉ tiêu mới báo cáo theo «{label}»"), PeriodKind.YEAR),
    "Lũy kế": (N_("chỉ tiêu mới không lũy kế"), None),
    "Đơn vị thực hiện": (N_("chỉ tiêu mới do đơn vị chủ trì thực hiện"), None),
    "Cận dưới": (N_("chỉ tiêu mới không có cận dưới"), None), "Cận trên": (N_("chỉ tiêu mới không có cận trên"), None),
    "Trọng số theo": (N_("không dùng trọng số"), None), "Ghi chú": (N_("không có ghi chú"), None),
}


def default_text(header: str) -> str:
    """What TNApp takes for a missing optional column ``header``, in the interface's language."""
    text, member = DEFAULT_TEXT[header]
    if header == "Loại giá trị":
        return _(text, label=vocab_label(ValueType.PERCENT), other=vocab_label(ValueType.NUMBER))
    return _(text, label=vocab_label(member)) if member is not None else _(text)


class _Import:
    """Reads an appendix's rows into a preview, against the catalogue."""

    def __init__(self, ws, preview: AppendixPreview, sheets: list[_Sheet],  # noqa: ANN001
                 unit_sheet: _Sheet | None) -> None:
        self.preview, self.sheets, self.unit_sheet = preview, sheets, unit_sheet
        self.sheet = sheets[0]
        existing = ws.indicators.list()
        self.catalogue = existing
        self.by_id = {r.id: r for r in existing}
        self.by_code = {r.code.casefold(): r for r in existing}
        self.by_name = {name_key(r.name): r for r in existing}
        self.measures = {name_key(r.unit_of_measure): r.unit_of_measure for r in existing}
        self.unit_codes: dict[str, int] = {}
        self.unit_names: dict[int, str] = {}
        self.unit_keys: dict[str, set[int]] = {}
        self.units = ws.units.list()
        for unit in self.units:
            self.unit_codes[unit.code] = unit.id
            self.unit_names[unit.id] = f"{unit.name} ({unit.code})"
            for key in (unit.code.casefold(), unit_key(unit.name), unit_key(unit.short_name or "")):
                self.unit_keys.setdefault(key, set()).add(unit.id)
        self.codes_in_file: dict[str, int] = {}
        self.weights: list[tuple[int, str]] = []
        self.new_units: dict[str, int] = {}  # unit_key → placeholder id (negative) of a confirmed new unit
        self.points: dict[int, dict[str, list[tuple[int, str, float]]]] = {}  # column → how its dotted figures were read

    def problem(self, row: int, column: str | int | None, message: str, warn: bool = False,
                sheet: _Sheet | None = None) -> None:
        sheet = sheet or self.sheet
        col = sheet.columns.get(column) if isinstance(column, str) else column
        name = column if isinstance(column, str) else sheet.labels.get(col) if col else None
        (self.preview.warnings if warn else self.preview.problems).append(
            CellProblem(sheet.title, row, col, name, message, sheet.table))

    def run(self) -> None:
        for sheet in self.sheets:
            self.sheet = sheet
            self._run_sheet(sheet)
        for row, code in self.weights:
            if code.casefold() not in self.codes_in_file and code.casefold() not in self.by_code:
                self.problem(row, "Trọng số theo", _("không có chỉ tiêu mã «{code}» trong tệp hay danh mục", code=code))

    def _run_sheet(self, s: _Sheet) -> None:
        self.points = {}
        self._read_sheet(s)
        for col, found in self.points.items():
            if len(found) > 1:
                (t_row, t_text, t_value), (d_row, d_text, d_value) = found["thousands"][0], found["decimal"][0]
                self.problem(d_row, col, _("cùng cột mà dấu chấm đọc hai cách: «{t_text}» (dòng {t_row}) đọc là "
                                           "{t_value} (dấu chấm phân cách hàng nghìn), «{d_text}» (dòng {d_row}) đọc "
                                           "là {d_value} (dấu chấm thập phân); hãy kiểm tra lại", t_text=t_text,
                                           t_row=t_row, t_value=format_number(t_value), d_text=d_text, d_row=d_row,
                                           d_value=format_number(d_value)), warn=True)

    def _read_sheet(self, s: _Sheet) -> None:
        before = len(self.preview.problems)
        for name in ("ĐVT", LEAD):
            if name not in s.columns:
                self.problem(s.header_row, None, _("thiếu cột «{name}»", name=name))
        if len(self.preview.problems) > before:
            return
        if s is self.sheets[0]:
            for header in EXTRA:
                if header not in s.columns:
                    self.problem(s.header_row, None, _("không có cột «{header}»: {default}", header=header,
                                                       default=default_text(header)), warn=True)
        unit_targets = self._unit_targets() if self.unit_sheet else None
        area: IndicatorArea | None = None
        parent: tuple[int, str, bool] | None = None  # (row, name, a heading without figures) of the last item
        for row in range(s.data_row, len(s.rows) + 1):
            cells = [v for v in s.rows[row - 1] if v is not None and str(v).strip()]
            if not cells or all(re.fullmatch(r"\(?\d+\)?", str(v).strip()) for v in cells):
                continue  # empty, or the column numbering row "(1) (2) (3)…"
            for col, value in enumerate(s.rows[row - 1], 1):
                if isinstance(value, str) and legacy_encoding(value):
                    self.problem(row, col, _(LEGACY_MESSAGE, text=nfc(value)))
                    break
            else:
                kind, name = self._numbered(row)
                figures = s.text(row, "ĐVT") is not None or any(
                    s.cell(row, c) is not None for c in [*s.targets.values(), *([s.baseline[1]] if s.baseline else [])])
                if not figures and kind == "group" or (kind is None and not figures and _area_of(name or "")
                                                       and name == (name or "").upper()):
                    area, parent = _area_of(name or ""), None
                    if area is None:
                        self.problem(row, "Chỉ tiêu", _("không nhận ra lĩnh vực của mục «{name}» (Kinh tế, Văn hóa – "
                                                        "Xã hội, Môi trường, Quốc phòng – An ninh, Xây dựng Đảng…)",
                                                        name=name))
                    continue
                if not figures and kind != "sub" and name:
                    parent = (row, name, True)  # a heading over its sub-items ("1. Tỷ lệ tiêm chủng:")
                    continue
                under = parent if kind == "sub" else None
                if kind != "sub":
                    parent = (row, name or "", False)
                self._indicator(row, area, unit_targets, name, under)

    def _numbered(self, row: int) -> tuple[str | None, str | None]:
        """The row's numbering kind (STT, or leading the name) and its name without the numbering."""
        s = self.sheet
        name = s.text(row, "Chỉ tiêu")
        kind, rest = _numbering(name)
        stt = s.text(row, "STT") if "STT" in s.columns else None
        if stt is None:
            return kind, rest if kind else name
        stt_kind, stt_rest = _numbering(stt)
        if name is None:  # "I. KINH TẾ" written in the STT column
            return stt_kind, stt_rest or None
        # the name may repeat the numbering ("1. Thu nhập…"); a capital and a point alone stay in it
        return stt_kind or kind, rest if kind and (kind != "group" or stt_kind == "group") else name

    def _unit(self, text: str, row: int, column: str, sheet: _Sheet | None = None) -> int | None:
        key = unit_key(text)
        ids = self.unit_keys.get(text.casefold()) or self.unit_keys.get(key) or set()
        if key in self.preview.choices:
            chosen = self.preview.choices[key]
            if chosen is None:
                return self._new_unit(text, key)
            ids = {chosen}
        if len(ids) > 1:
            self.problem(row, column, _("«{text}» trùng tên nhiều đơn vị; hãy ghi mã đơn vị", text=text), sheet=sheet)
            return None
        if not ids:
            self.preview.unknown_units.setdefault(text, []).append(row)
            near = [u for u in self.units if near_name(u.name, text) or (u.short_name and near_name(u.short_name, text))]
            hint = "".join(_("; gần giống đơn vị «{name}» (mã {code}) trong danh mục", name=u.name, code=u.code)
                           for u in near[:3])
            self.problem(row, column, _("«{text}» không có trong danh mục đơn vị{hint}; hãy chọn đơn vị có sẵn hoặc "
                                        "xác nhận thêm đơn vị mới", text=text, hint=hint), sheet=sheet)
            return None
        unit_id = next(iter(ids))
        shown = self.unit_names[unit_id]
        match = f"«{text}» → {shown}"
        if text not in shown and match not in self.preview.unit_matches:
            self.preview.unit_matches.append(match)
        return unit_id

    def _new_unit(self, text: str, key: str) -> int:
        if key not in self.new_units:
            words = [w for w in fold(unit_key(text)).upper().split() if w.isalnum()]
            base = "".join(w[0] for w in words)[:10] or "DV"
            code, number = base, 1
            while code.casefold() in self.unit_keys or any(u.code == code for u in self.preview.new_units):
                number += 1
                code = f"{base}{number}"
            expanded = nfc(text) + " " + " ".join(unit_key(text).split())
            kind = next((k for k, words in UNIT_KIND_WORDS if any(name_key(w).strip() in name_key(expanded)
                                                                  for w in words)), UnitKind.GOVERNMENT)
            self.preview.new_units.append(NewUnit(nfc(text), code, kind))
            self.new_units[key] = -len(self.preview.new_units)
            self.unit_names[self.new_units[key]] = _("{name} ({code}, đơn vị mới)", name=nfc(text), code=code)
        return self.new_units[key]

    def _unit_targets(self) -> dict[str, dict[int, dict[int, float]]]:
        us = self.unit_sheet
        assert us is not None
        result: dict[str, dict[int, dict[int, float]]] = {}
        for row in range(us.data_row, len(us.rows) + 1):
            code, unit_text = us.text(row, "Mã"), us.text(row, "Đơn vị")
            if code is None and unit_text is None:
                continue
            if code is None or unit_text is None:
                self.problem(row, "Mã" if code is None else "Đơn vị", _("thiếu mã chỉ tiêu hoặc đơn vị"), sheet=us)
                continue
            unit_id = self._unit(unit_text, row, "Đơn vị", us)
            numbers = self._numbers(us, row, us.targets)
            if unit_id is not None and numbers is not None:
                result.setdefault(code.casefold(), {})[unit_id] = {y: v for y, v in numbers.items() if v is not None}
        return result

    def _numbers(self, sheet: _Sheet, row: int, columns: dict[K, int]) -> dict[K, float | None] | None:
        found: dict[K, float | None] = {}
        for key, col in columns.items():
            try:
                found[key] = _number(sheet.cell(row, col))
            except ValidationError as exc:
                self.problem(row, col, str(exc), sheet=sheet)
                return None
        return found

    def _targets(self, row: int, base: IndicatorInput, uom: str, yes_no: bool | None,
                 readings: list[str]) -> tuple[dict[int, float], float | None, Direction | None, bool] | None:
        """The row's targets read as ``tnapp.domain.plan_targets`` says, each year's change counted
        from the year before (or the baseline); (targets, baseline, direction said, yes/no said)."""
        s = self.sheet
        read: dict[int, PlanTarget] = {}
        raw_baseline: PlanTarget | None = None
        cells = {y: s.cell(row, c) for y, c in s.targets.items()}
        try:
            for year, value in sorted(cells.items()):
                if value is not None:
                    read[year] = read_plan_target(value)
            base_cell = s.cell(row, s.baseline[1]) if s.baseline else None
            if base_cell is not None:
                raw_baseline = read_plan_target(base_cell)
                self._point(row, s.baseline[1], base_cell, raw_baseline)
                if raw_baseline.needs_previous:
                    raise ValidationError(_("«{base_cell}» không phải là số thực hiện",
                                            base_cell=base_cell), field="baseline")
        except ValidationError as exc:
            bad = next((c for c in (*s.targets.values(), s.baseline[1] if s.baseline else 0)
                        if s.cell(row, c) is not None and _unreadable(s.cell(row, c))), None)
            self.problem(row, bad, str(exc))
            return None
        said_yes = any(t.kind in ("yes", "no") for t in [*read.values(), *([raw_baseline] if raw_baseline else [])])
        yes_no = said_yes if yes_no is None else yes_no
        percent = uom == "%"
        baseline = raw_baseline.value(None, percent, yes_no) if raw_baseline else \
            (None if s.baseline else base.baseline_value)
        if raw_baseline and s.baseline and baseline is not None and _worth_showing(base_cell, raw_baseline, baseline):
            readings.append(f"{s.labels[s.baseline[1]]} «{nfc(str(base_cell))}» → "
                            f"{raw_baseline.explain(baseline, '', percent)}{_point_text(raw_baseline.point)}")
        previous, label = baseline, f"TH {s.baseline[0] if s.baseline else base.baseline_year}"
        directions = {t.direction for t in read.values() if t.direction}
        if len(directions) > 1:
            self.problem(row, "Chỉ tiêu", _("các năm ghi chỉ tiêu ngược chiều nhau (vừa tăng/trên, vừa giảm/dưới)"))
            return None
        targets: dict[int, float] = {}
        for year, target in read.items():
            try:
                value = target.value(previous, percent, yes_no)
            except ValidationError as exc:
                self.problem(row, s.targets[year], f"«{nfc(str(cells[year]))}»: {exc}")
                return None
            raw = cells[year]
            self._point(row, s.targets[year], raw, target)
            if _worth_showing(raw, target, value):
                readings.append(f"{s.labels[s.targets[year]]} «{nfc(str(raw))}» → "
                                f"{target.explain(value, label, percent)}{_point_text(target.point)}")
            targets[year] = value
            previous, label = value, f"KH {year}"
        return targets, baseline, next(iter(directions), None), said_yes

    def _near_indicator(self, row: int, name: str) -> IndicatorRow | None:
        """A name close to a catalogue indicator's: the user's choice (that one, or a new one),
        else a problem that holds the import until the user decides."""
        key = name_key(name)
        if key in self.preview.indicator_choices:
            chosen = self.preview.indicator_choices[key]
            return self.by_id.get(chosen) if chosen is not None else None
        near = next((r for r in self.catalogue if near_name(r.name, name)), None)
        if near is not None:
            self.preview.near_indicators[name] = (near.id, near.code, near.name)
            self.problem(row, "Chỉ tiêu", _("«{name}» gần giống chỉ tiêu «{near}» (mã {code}) trong danh mục; hãy chọn "
                                            "là chỉ tiêu đó hay là chỉ tiêu mới", name=name, near=near.name,
                                            code=near.code))
        return None

    def _says_yes_no(self, row: int) -> bool:
        """Every figure of the row is a word of a yes/no target («Đạt chuẩn», «Chưa đạt», «Duy trì»),
        at least one «đạt» or «chưa đạt»."""
        s = self.sheet
        cells = [s.cell(row, c) for c in [*s.targets.values(), *([s.baseline[1]] if s.baseline else [])]]
        try:
            kinds = {read_plan_target(c).kind for c in cells if c is not None}
        except ValidationError:
            return False
        return bool(kinds & {"yes", "no"}) and kinds <= {"yes", "no", "keep"}

    def _point(self, row: int, col: int, raw: object, target: PlanTarget) -> None:
        if target.point and isinstance(raw, str):
            self.points.setdefault(col, {}).setdefault(target.point, []).append((row, nfc(raw), target.amount or 0))

    def _indicator(self, row: int, area: IndicatorArea | None,
                   unit_targets: dict[str, dict[int, dict[int, float]]] | None,
                   name: str | None, parent: tuple[int, str, bool] | None) -> None:
        s, before = self.sheet, len(self.preview.problems)
        uom, code = s.text(row, "ĐVT"), s.text(row, "Mã")
        readings: list[str] = []
        if name and parent:
            if parent[2]:  # under a heading without figures: the heading says what the item is
                name = f"{parent[1].rstrip(':')}: {name}"
            readings.append(_("mục con của dòng {row}", row=parent[0]))
        if uom is None and name is not None and self._says_yes_no(row):
            uom = ValueType.YES_NO.label
            readings.append(_("ĐVT trống, kế hoạch ghi đạt/chưa đạt → chỉ tiêu {kind}",
                              kind=vocab_label(ValueType.YES_NO)))
        if name is None or uom is None:
            missing = "Chỉ tiêu" if name is None else "ĐVT"
            self.problem(row, missing, _("dòng không hiểu được: thiếu tên chỉ tiêu") if name is None
                         else _("dòng không hiểu được: thiếu đơn vị tính"))
            return
        known_uom = self.measures.get(name_key(uom))
        if known_uom and known_uom != uom:
            readings.append(_("ĐVT «{uom}» → «{known}» như trong danh mục", uom=uom, known=known_uom))
            uom = known_uom
        found: dict[str, object] = {}
        for header, (attr, enum) in ENUMS.items():
            text = s.text(row, header)
            if text is not None:
                try:
                    found[attr] = enum.parse(text)
                except ValueError:
                    self.problem(row, header, _("«{raw}» không hợp lệ; dùng một trong: {allowed}", raw=text,
                                                allowed=", ".join(m.label for m in enum)))
        if "Lũy kế" in s.columns:
            found["cumulative"] = fold(s.text(row, "Lũy kế") or "") in {"x", "co", "1", "true", "luy ke"}
        bounds = self._numbers(s, row, {h: s.columns[h] for h in ("Cận dưới", "Cận trên") if h in s.columns})
        lead_text = s.text(row, LEAD)
        lead = self._unit(lead_text, row, LEAD) if lead_text else None
        if lead_text is None:
            self.problem(row, LEAD, _("thiếu đơn vị chủ trì"))
        responsible_text = s.text(row, "Đơn vị thực hiện")
        responsible = tuple(self._unit(t.strip(), row, "Đơn vị thực hiện")
                            for t in re.split(r"[,;]", responsible_text) if t.strip()) if responsible_text else None
        existing = self.by_code.get(code.casefold()) if code else self.by_name.get(name_key(name))
        if existing is None and code is None:
            existing = self._near_indicator(row, name)
            if existing is not None:
                readings.append(_("«{name}» là chỉ tiêu «{existing}» (mã {code}) như đã chọn", name=name,
                                  existing=existing.name, code=existing.code))
                name = existing.name
        base = existing.as_input(self.unit_codes) if existing else IndicatorInput(
            code or "", name, area or IndicatorArea.ECONOMY, uom, lead,
            ValueType.PERCENT if uom == "%" else ValueType.NUMBER)
        value_type = found.get("value_type")
        read = self._targets(row, base, uom, None if value_type is None else value_type is ValueType.YES_NO,
                             readings)
        if len(self.preview.problems) > before or read is None or bounds is None:
            return
        numbers, baseline, direction, said_yes = read
        area = found.pop("area", None) or area or (existing.area if existing else None)
        if area is None:
            self.problem(row, "Chỉ tiêu", _("chưa rõ lĩnh vực: hãy đặt dòng dưới một mục (I. KINH TẾ…) hoặc điền cột "
                                            "«Lĩnh vực»"))
            return
        if code is None:
            code = existing.code if existing else self._new_code(area)
            if existing is None:
                self.problem(row, "Chỉ tiêu", _("chỉ tiêu mới chưa có mã; TNApp đặt mã «{code}»", code=code), warn=True)
        if code.casefold() in self.codes_in_file:
            self.problem(row, "Mã", _("trùng mã «{code}» với dòng {row}", code=code,
                                      row=self.codes_in_file[code.casefold()]))
            return
        self.codes_in_file[code.casefold()] = row
        if direction is not None and "direction" not in found:
            found["direction"] = direction
        if said_yes and "value_type" not in found:
            found["value_type"] = ValueType.YES_NO
        aggregation = found.get("aggregation", base.aggregation)
        if responsible is None:
            keep = existing is not None and aggregation is not Aggregation.COMMUNE_ONLY and base.responsible_unit_ids
            responsible = base.responsible_unit_ids if keep else (lead,)
        targets = {y: v for y, v in base.targets.items() if y not in s.targets}
        targets.update(numbers)
        data = replace(base, code=code, name=name, area=area, unit_of_measure=uom, lead_unit_id=lead,
                       responsible_unit_ids=responsible, targets=targets, **found,  # type: ignore[arg-type]
                       unit_targets=unit_targets.get(code.casefold(), {}) if unit_targets is not None
                       else base.unit_targets)
        if s.baseline:
            data = replace(data, baseline_year=s.baseline[0], baseline_value=baseline)
        if bounds:
            data = replace(data, min_value=bounds.get("Cận dưới", data.min_value),
                           max_value=bounds.get("Cận trên", data.max_value))
        if "Ghi chú" in s.columns:
            data = replace(data, note=s.text(row, "Ghi chú"))
        weight_code = existing.weight_indicator_code if existing else None
        if "Trọng số theo" in s.columns:
            weight_code = s.text(row, "Trọng số theo")
            if weight_code:
                self.weights.append((row, weight_code))
        try:
            clean = validate_indicator(replace(data, weight_indicator_id=0 if weight_code else None))
        except ValidationError as exc:
            where, _dot, year = (exc.field or "").partition(".")
            column = s.targets.get(int(year)) if where == "targets" and year else \
                s.baseline[1] if where == "baseline_value" and s.baseline else LABELS.get(where, "Chỉ tiêu")
            self.problem(row, column, str(exc))
            return
        spec = ValueSpec(clean.value_type, clean.min_value, clean.max_value, clean.unit_of_measure)
        if not may_be_negative(spec):
            below = [(s.baseline[1] if s.baseline else None, clean.baseline_value)] if s.baseline else []
            below += [(s.targets.get(y), v) for y, v in sorted(clean.targets.items()) if y in s.targets]
            for col, value in below:
                if value is not None and value < 0:
                    self.problem(row, col, _("số âm ({value}) ở chỉ tiêu không thể âm (ĐVT {uom}); hãy kiểm tra lại",
                                             value=format_number(value), uom=clean.unit_of_measure), warn=True)
        weight_code = weight_code if clean.weight_indicator_id is not None else None
        clean = replace(clean, weight_indicator_id=None)
        changed, details = _differences(existing, clean, weight_code, self.unit_codes, self.unit_names) \
            if existing else (("mới",), ())
        action = "new" if existing is None else "update" if changed else "unchanged"
        self.preview.rows.append(AppendixRow(row, code, name, action, changed, existing.id if existing else None,
                                             clean, weight_code, tuple(readings), s.title, details))

    def _new_code(self, area: IndicatorArea) -> str:
        prefix = CODE_PREFIX[area]
        taken = set(self.by_code) | set(self.codes_in_file)
        number = 1
        while f"{prefix}{number:02d}".casefold() in taken:
            number += 1
        return f"{prefix}{number:02d}"


_POINT = {"thousands": N_(" (dấu chấm phân cách hàng nghìn)"), "decimal": N_(" (dấu chấm là dấu thập phân)")}


def _point_text(point: str | None) -> str:
    """How a dot in the cell was read, said after the reading ("" when it had none)."""
    return _(_POINT[point]) if point in _POINT else ""


def _worth_showing(raw: object, target: PlanTarget, value: float) -> bool:
    """A cell is shown as read unless it is the plain figure itself: a word, a comparator,
    a text that reads otherwise, and any figure written with a point or a comma."""
    if isinstance(raw, (int, float)):
        return target.kind != "value" or bool(target.direction)
    text = nfc(str(raw))
    return target.kind != "value" or bool(target.direction) or format_number(value) != text \
        or "." in text or "," in text


def _unreadable(value: object) -> bool:
    try:
        read_plan_target(value)
    except ValidationError:
        return True
    return False


def _shown(name: str, value: object, unit_names: dict[int, str]) -> str:
    """One field's value as the preview shows it."""
    if value is None or value == () or value == {}:
        return "(trống)"
    if name in ("lead_unit_id",):
        return unit_names.get(value, str(value))  # type: ignore[arg-type]
    if name == "responsible_unit_ids":
        return ", ".join(unit_names.get(u, str(u)) for u in value)  # type: ignore[union-attr]
    if name == "targets":
        return "; ".join(f"{y}: {format_number(v)}" for y, v in sorted(value.items()))  # type: ignore[union-attr]
    if name == "unit_targets":
        return "; ".join(f"{unit_names.get(u, u)}: " + ", ".join(f"{y}: {format_number(v)}" for y, v in sorted(t.items()))
                         for u, t in value.items())  # type: ignore[union-attr]
    if isinstance(value, bool):
        return _("có") if value else _("không")
    if isinstance(value, (int, float)):
        return format_number(value) if name != "baseline_year" else str(value)
    return vocab_label(value) if hasattr(value, "label") else str(value)


def _differences(existing: IndicatorRow, new: IndicatorInput, weight_code: str | None,
                 unit_codes: dict[str, int], unit_names: dict[int, str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The labels of the changed columns, and each changed field as «label: old → new»."""
    old = replace(validate_indicator(existing.as_input(unit_codes)), weight_indicator_id=None)
    changed, details = [], []
    for f in fields(IndicatorInput):
        if f.name in ("sort_order", "weight_indicator_id") or getattr(old, f.name) == getattr(new, f.name):
            continue
        changed.append(LABELS[f.name])
        label = "Năm TH" if f.name == "baseline_year" else LABELS[f.name]
        details.append(f"{label}: {_shown(f.name, getattr(old, f.name), unit_names)} → "
                       f"{_shown(f.name, getattr(new, f.name), unit_names)}")
    if (existing.weight_indicator_code or None) != weight_code:
        changed.append(LABELS["weight_indicator_id"])
        details.append(f"{LABELS['weight_indicator_id']}: {existing.weight_indicator_code or _('(trống)')} → "
                       f"{weight_code or _('(trống)')}")
    return tuple(dict.fromkeys(changed)), tuple(details)
