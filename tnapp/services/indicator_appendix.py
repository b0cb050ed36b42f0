"""The plan's appendix of indicators (phụ lục chỉ tiêu 2026–2030) in Excel.

The layout is that of real plan appendices — STT, Chỉ tiêu, ĐVT, TH 2025,
KH 2026 … KH 2030, Đơn vị chủ trì, with section rows "I. KINH TẾ" setting the
area of the rows below — followed by TNApp's own columns (Mã, Lĩnh vực, Loại
giá trị …) so that an export imported back changes nothing. An appendix from
the province with only the plan's columns imports too: new indicators take
defaults, each reported as a warning; existing ones keep what the file does
not say. A second sheet "Giao chỉ tiêu đơn vị" holds the units' own targets.

Import is a preview (every row not understood is named by sheet, row and
column) then an all-or-nothing apply; rows that match the catalogue are left
untouched, so importing the same file twice changes nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TypeVar

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from tnapp.domain.permissions import Permission
from tnapp.domain.text import fold, nfc
from tnapp.domain.value_checks import ValueSpec, parse_value
from tnapp.domain.vocab import Aggregation, Direction, IndicatorArea, PeriodKind, ValueType
from tnapp.errors import TNAppError, ValidationError
from tnapp.models import Indicator
from tnapp.services.base import Service
from tnapp.services.excel import CellProblem, open_workbook, read_rows, save_workbook, write_cell, write_table
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
HEADER_ALIASES = {"stt": "STT", "tt": "STT", "so tt": "STT", "chi tieu": "Chỉ tiêu", "ten chi tieu": "Chỉ tiêu",
                  "noi dung chi tieu": "Chỉ tiêu", "dvt": "ĐVT", "don vi tinh": "ĐVT", "don vi chu tri": LEAD,
                  "co quan chu tri": LEAD, "chu tri": LEAD, "don vi": "Đơn vị", **{fold(h): h for h in EXTRA}}
_YEAR = re.compile(r"^(?P<kind>th|thuc hien|uoc th|uoc thuc hien|kh|ke hoach|muc tieu)\s*(?:nam\s*)?(?P<year>\d{4})$")
_PLAN_WORDS = ("kh", "ke hoach", "muc tieu", "th", "thuc hien", "uoc")
_ROMAN = re.compile(r"^(?P<num>[IVX]+)(?:\s*[.)]\s*|\s+|$)(?P<title>.*)$")
_COMPARISON = re.compile(r"^\s*(>=|<=|≥|≤|>|<|~|khoảng)\s*")
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

    def __str__(self) -> str:
        what = {"new": "thêm mới", "update": "cập nhật " + ", ".join(self.changed), "unchanged": "không đổi"}
        return f"Dòng {self.row}: {self.code} – {self.name}: {what[self.action]}"


@dataclass
class AppendixPreview:
    path: Path
    rows: list[AppendixRow] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    warnings: list[CellProblem] = field(default_factory=list)

    @property
    def can_apply(self) -> bool:
        return not self.problems and any(r.action != "unchanged" for r in self.rows)


def _area_of(title: str) -> IndicatorArea | None:
    folded = fold(title)
    for area in IndicatorArea:
        if folded == fold(area.label):
            return area
    return next((area for area, words in AREA_WORDS if any(w in folded for w in words)), None)


def _number(raw: object, warn: Callable[[str], None]) -> float | None:
    """A plan figure; "≥ 95", "95%" are read as 95 (the first with a warning)."""
    if not isinstance(raw, str):
        return parse_value(ValueSpec(ValueType.NUMBER), raw)
    stripped = _COMPARISON.sub("", raw).strip().rstrip("%").strip()
    try:
        value = parse_value(ValueSpec(ValueType.NUMBER), stripped)
    except ValidationError:
        raise ValidationError(f"«{raw.strip()}» không phải là số", field="value") from None
    if stripped != raw.strip().rstrip("%").strip():
        warn(f"đọc «{raw.strip()}» là {stripped}")
    return value


def _plain(value: float | None) -> float | int | None:
    return int(value) if value is not None and float(value).is_integer() else value


class _Sheet:
    """A sheet's rows with its header found: columns by name, year columns."""

    def __init__(self, title: str, rows: list[tuple], first_header: str) -> None:
        self.title, self.rows = title, rows
        self.columns: dict[str, int] = {}
        self.targets: dict[int, int] = {}  # year → column
        self.baseline: tuple[int, int] | None = None  # (year, column)
        for index, cells in enumerate(rows[:15]):
            names = {HEADER_ALIASES.get(fold(str(v))): c for c, v in enumerate(cells, 1) if isinstance(v, str)}
            if first_header in names:
                self.header_row, self.columns = index + 1, {k: c for k, c in names.items() if k}
                self._years(cells)
                below = rows[index + 1] if index + 1 < len(rows) else ()
                two_rows = not self.targets and self._years(below, groups=cells)
                self.data_row = self.header_row + (2 if two_rows else 1)
                return
        raise TNAppError(f"Trang «{title}»: không tìm thấy dòng tiêu đề có cột «{first_header}».")

    def _years(self, cells: tuple, groups: tuple | None = None) -> bool:
        """Year columns: "KH 2026", "TH 2025" in the header; or, under a
        two-row header, years below a "Kế hoạch" / "Thực hiện" group cell."""
        found, group = False, ""
        for col, value in enumerate(cells, 1):
            text = fold(str(value)) if value is not None else ""
            if groups is not None:
                above = groups[col - 1] if col <= len(groups) else None
                group = fold(str(above)) if isinstance(above, str) and above.strip() else group
                if not (re.fullmatch(r"(19|20|21)\d\d", text) and group.startswith(_PLAN_WORDS)):
                    continue
                text = f"{'th' if group.startswith(('th', 'thuc hien', 'uoc')) else 'kh'} {text}"
            match = _YEAR.match(text)
            if match:
                year, found = int(match["year"]), True
                if match["kind"].startswith(("th", "thuc", "uoc")):
                    self.baseline = (year, col)
                else:
                    self.targets[year] = col
        return found

    def cell(self, row: int, name: str | int) -> object:
        col = self.columns.get(name) if isinstance(name, str) else name
        cells = self.rows[row - 1] if row <= len(self.rows) else ()
        value = cells[col - 1] if col and col <= len(cells) else None
        return None if isinstance(value, str) and not value.strip() else value

    def text(self, row: int, name: str | int) -> str | None:
        value = self.cell(row, name)
        return None if value is None else nfc(str(value)) or None


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
        book = Workbook()
        sheet = book.active
        sheet.title = SHEET
        write_table(sheet, TITLE, headers, table, widths=(6, 50, 14, 10, *([10] * len(years)), 26, 8, 18, 12, 16,
                                                          18, 10, 7, 24, 9, 9, 10, 24))
        write_cell(sheet, 2, 1, f"(Kèm theo Kế hoạch thi đua của UBND {self.ws.commune.current().display_name})"
                   ).font = Font(name="Times New Roman", italic=True)
        plan_columns = get_column_letter(len(headers) - len(EXTRA))
        for row in (1, 2):
            sheet.merge_cells(f"A{row}:{plan_columns}{row}")
            sheet[f"A{row}"].alignment = Alignment(horizontal="center", wrap_text=True)
        for index in sections:
            for cell in sheet[4 + index]:
                cell.font = Font(name="Times New Roman", bold=True)
        for (cell,) in sheet.iter_rows(min_row=4, max_col=1):
            cell.alignment = Alignment(horizontal="center", vertical="top")
        # Printed, it is the plan's appendix; TNApp's own columns stay in the file.
        sheet.print_area = f"A1:{plan_columns}{sheet.max_row}"
        sheet.print_title_rows = "3:3"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        units = book.create_sheet(UNIT_SHEET)
        write_table(units, "CHỈ TIÊU GIAO CHO TỪNG ĐƠN VỊ", ("Mã", "Chỉ tiêu", "Đơn vị", *(f"KH {y}" for y in years)),
                    [[r.code, r.name, unit, *(_plain(t.get(y)) for y in years)]
                     for r in rows for unit, t in r.unit_targets.items()], widths=(8, 50, 10, *([10] * len(years))))
        return save_workbook(book, path)

    # --- import -----------------------------------------------------------------------

    def preview_import(self, path: Path) -> AppendixPreview:
        preview = AppendixPreview(path)
        book = open_workbook(path, max_rows=MAX_UNIT_ROWS)
        try:
            main = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
            sheet = _Sheet(main.title, read_rows(main, MAX_ROWS, "phụ lục"), "Chỉ tiêu")
            unit_sheet = (_Sheet(UNIT_SHEET, read_rows(book[UNIT_SHEET], MAX_UNIT_ROWS, "phụ lục"), "Mã")
                          if UNIT_SHEET in book.sheetnames else None)
        finally:
            book.close()
        _Import(self.ws, preview, sheet, unit_sheet).run()
        return preview

    def apply_import(self, preview: AppendixPreview) -> int:
        """Save every new or changed row in one transaction; returns how many."""
        if preview.problems:
            raise TNAppError(f"Tệp «{preview.path.name}» còn {len(preview.problems)} lỗi; chưa nhập gì. "
                             "Hãy sửa tệp rồi nhập lại.")
        todo = [r for r in preview.rows if r.action != "unchanged"]
        commune = self.ws.commune.current()
        with self.ws.write(Permission.EDIT_CATALOGUE, reason=f"Nhập phụ lục chỉ tiêu từ tệp {preview.path.name}") \
                as session:
            saved: dict[str, Indicator] = {}
            for item in todo:
                indicator = session.get(Indicator, item.existing_id) if item.existing_id else None
                indicator = indicator or Indicator(commune_id=commune.id)
                self.ws.indicators.save(session, indicator, replace(item.data, weight_indicator_id=None)
                                        if item.weight_code else item.data)
                saved[item.code.casefold()] = indicator
            for item in todo:
                if item.weight_code:
                    weight = saved.get(item.weight_code.casefold()) or session.scalar(select(Indicator).where(
                        Indicator.commune_id == commune.id, Indicator.code == item.weight_code))
                    self.ws.indicators.save(session, saved[item.code.casefold()],
                                            replace(item.data, weight_indicator_id=weight.id if weight else None))
        return len(todo)


def _roman(number: int) -> str:
    return ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")[number - 1]


DEFAULT_TEXT = {
    "Mã": "chỉ tiêu đã có được nhận theo tên; chỉ tiêu mới được đặt mã theo lĩnh vực (KT, VH, MT, AN, XD)",
    "Lĩnh vực": "lấy theo mục (I. KINH TẾ…) chứa dòng",
    "Loại giá trị": "chỉ tiêu mới lấy «Tỷ lệ %» nếu ĐVT là %, còn lại «Số»",
    "Chiều": f"chỉ tiêu mới lấy «{Direction.HIGHER_BETTER.label}»",
    "Cách tổng hợp": f"chỉ tiêu mới lấy «{Aggregation.COMMUNE_ONLY.label}» (đơn vị chủ trì báo cáo)",
    "Kỳ báo cáo": f"chỉ tiêu mới báo cáo theo «{PeriodKind.YEAR.label}»",
    "Lũy kế": "chỉ tiêu mới không lũy kế",
    "Đơn vị thực hiện": "chỉ tiêu mới do đơn vị chủ trì thực hiện",
    "Cận dưới": "chỉ tiêu mới không có cận dưới", "Cận trên": "chỉ tiêu mới không có cận trên",
    "Trọng số theo": "không dùng trọng số", "Ghi chú": "không có ghi chú",
}


class _Import:
    """Reads an appendix's rows into a preview, against the catalogue."""

    def __init__(self, ws, preview: AppendixPreview, sheet: _Sheet, unit_sheet: _Sheet | None) -> None:  # noqa: ANN001
        self.preview, self.sheet, self.unit_sheet = preview, sheet, unit_sheet
        existing = ws.indicators.list()
        self.by_code = {r.code.casefold(): r for r in existing}
        self.by_name = {fold(r.name): r for r in existing}
        self.unit_codes: dict[str, int] = {}
        self.unit_keys: dict[str, set[int]] = {}
        for unit in ws.units.list():
            self.unit_codes[unit.code] = unit.id
            for key in (unit.code.casefold(), fold(unit.name), fold(unit.short_name or "")):
                self.unit_keys.setdefault(key, set()).add(unit.id)
        self.codes_in_file: dict[str, int] = {}
        self.weights: list[tuple[int, str]] = []

    def problem(self, row: int, column: str | int | None, message: str, warn: bool = False,
                sheet: _Sheet | None = None) -> None:
        sheet = sheet or self.sheet
        col = sheet.columns.get(column) if isinstance(column, str) else column
        header = sheet.rows[sheet.header_row - 1] if col else ()
        name = column if isinstance(column, str) else header[col - 1] if col and col <= len(header) else None
        (self.preview.warnings if warn else self.preview.problems).append(
            CellProblem(sheet.title, row, col, str(name) if name else None, message))

    def run(self) -> None:
        s = self.sheet
        for name in ("ĐVT", LEAD):
            if name not in s.columns:
                self.problem(s.header_row, None, f"thiếu cột «{name}»")
        if not s.targets:
            self.problem(s.header_row, None, f"không có cột kế hoạch (KH {PLAN_YEARS[0]} … KH {PLAN_YEARS[-1]})")
        if self.preview.problems:
            return
        for header in EXTRA:
            if header not in s.columns:
                self.problem(s.header_row, None, f"không có cột «{header}»: {DEFAULT_TEXT[header]}", warn=True)
        unit_targets = self._unit_targets() if self.unit_sheet else None
        area: IndicatorArea | None = None
        for row in range(s.data_row, len(s.rows) + 1):
            cells = [v for v in s.rows[row - 1] if v is not None and str(v).strip()]
            if not cells or all(re.fullmatch(r"\(?\d+\)?", str(v).strip()) for v in cells):
                continue  # empty, or the column numbering row "(1) (2) (3)…"
            section = self._section(row)
            if section is not None:
                area = _area_of(section)
                if area is None:
                    self.problem(row, "Chỉ tiêu", f"không nhận ra lĩnh vực của mục «{section}» (Kinh tế, Văn hóa – "
                                                  "Xã hội, Môi trường, Quốc phòng – An ninh, Xây dựng Đảng…)")
                continue
            self._indicator(row, area, unit_targets)
        for row, code in self.weights:
            if code.casefold() not in self.codes_in_file and code.casefold() not in self.by_code:
                self.problem(row, "Trọng số theo", f"không có chỉ tiêu mã «{code}» trong tệp hay danh mục")

    def _section(self, row: int) -> str | None:
        s = self.sheet
        if s.text(row, "ĐVT") is not None or any(s.cell(row, c) is not None for c in s.targets.values()):
            return None
        for name in ("STT", "Chỉ tiêu"):
            match = _ROMAN.match(s.text(row, name) or "")
            if match:
                return match["title"] or s.text(row, "Chỉ tiêu") or ""
        return None

    def _unit(self, text: str, row: int, column: str, sheet: _Sheet | None = None) -> int | None:
        ids = self.unit_keys.get(text.casefold()) or self.unit_keys.get(fold(text)) or set()
        if len(ids) != 1:
            self.problem(row, column, f"«{text}» {'trùng tên nhiều' if ids else 'không có trong danh mục'} đơn vị; "
                                      "hãy ghi mã đơn vị", sheet=sheet)
            return None
        return next(iter(ids))

    def _numbers(self, sheet: _Sheet, row: int, columns: dict[K, int]) -> dict[K, float | None] | None:
        found: dict[K, float | None] = {}
        for key, col in columns.items():
            try:
                found[key] = _number(sheet.cell(row, col), lambda m, c=col: self.problem(row, c, m, True, sheet))
            except ValidationError as exc:
                self.problem(row, col, str(exc), sheet=sheet)
                return None
        return found

    def _unit_targets(self) -> dict[str, dict[int, dict[int, float]]]:
        us = self.unit_sheet
        assert us is not None
        result: dict[str, dict[int, dict[int, float]]] = {}
        for row in range(us.data_row, len(us.rows) + 1):
            code, unit_text = us.text(row, "Mã"), us.text(row, "Đơn vị")
            if code is None and unit_text is None:
                continue
            if code is None or unit_text is None:
                self.problem(row, "Mã" if code is None else "Đơn vị", "thiếu mã chỉ tiêu hoặc đơn vị", sheet=us)
                continue
            unit_id = self._unit(unit_text, row, "Đơn vị", us)
            numbers = self._numbers(us, row, us.targets)
            if unit_id is not None and numbers is not None:
                result.setdefault(code.casefold(), {})[unit_id] = {y: v for y, v in numbers.items() if v is not None}
        return result

    def _indicator(self, row: int, area: IndicatorArea | None,
                   unit_targets: dict[str, dict[int, dict[int, float]]] | None) -> None:
        s, before = self.sheet, len(self.preview.problems)
        name, uom, code = s.text(row, "Chỉ tiêu"), s.text(row, "ĐVT"), s.text(row, "Mã")
        if name is None or uom is None:
            missing = "Chỉ tiêu" if name is None else "ĐVT"
            self.problem(row, missing, f"dòng không hiểu được: thiếu {'tên chỉ tiêu' if name is None else 'đơn vị tính'}")
            return
        found: dict[str, object] = {}
        for header, (attr, enum) in ENUMS.items():
            text = s.text(row, header)
            if text is not None:
                try:
                    found[attr] = enum.parse(text)
                except ValueError:
                    self.problem(row, header, f"«{text}» không hợp lệ; dùng một trong: "
                                              + ", ".join(m.label for m in enum))
        if "Lũy kế" in s.columns:
            found["cumulative"] = fold(s.text(row, "Lũy kế") or "") in {"x", "co", "1", "true", "luy ke"}
        numbers = self._numbers(s, row, {**s.targets, **({0: s.baseline[1]} if s.baseline else {})})
        bounds = self._numbers(s, row, {h: s.columns[h] for h in ("Cận dưới", "Cận trên") if h in s.columns})
        lead_text = s.text(row, LEAD)
        lead = self._unit(lead_text, row, LEAD) if lead_text else None
        if lead_text is None:
            self.problem(row, LEAD, "thiếu đơn vị chủ trì")
        responsible_text = s.text(row, "Đơn vị thực hiện")
        responsible = tuple(self._unit(t.strip(), row, "Đơn vị thực hiện")
                            for t in re.split(r"[,;]", responsible_text) if t.strip()) if responsible_text else None
        if len(self.preview.problems) > before or numbers is None or bounds is None:
            return
        existing = self.by_code.get(code.casefold()) if code else self.by_name.get(fold(name))
        area = found.pop("area", None) or area or (existing.area if existing else None)
        if area is None:
            self.problem(row, "Chỉ tiêu", "chưa rõ lĩnh vực: hãy đặt dòng dưới một mục (I. KINH TẾ…) hoặc điền cột "
                                          "«Lĩnh vực»")
            return
        if code is None:
            code = existing.code if existing else self._new_code(area)
            if existing is None:
                self.problem(row, "Chỉ tiêu", f"chỉ tiêu mới chưa có mã; TNApp đặt mã «{code}»", warn=True)
        if code.casefold() in self.codes_in_file:
            self.problem(row, "Mã", f"trùng mã «{code}» với dòng {self.codes_in_file[code.casefold()]}")
            return
        self.codes_in_file[code.casefold()] = row
        base = existing.as_input(self.unit_codes) if existing else IndicatorInput(
            code, name, area, uom, lead, ValueType.PERCENT if uom == "%" else ValueType.NUMBER)
        aggregation = found.get("aggregation", base.aggregation)
        if responsible is None:
            keep = existing is not None and aggregation is not Aggregation.COMMUNE_ONLY and base.responsible_unit_ids
            responsible = base.responsible_unit_ids if keep else (lead,)
        targets = {y: v for y, v in base.targets.items() if y not in s.targets}
        targets.update({y: v for y, v in numbers.items() if y > 0 and v is not None})
        data = replace(base, code=code, name=name, area=area, unit_of_measure=uom, lead_unit_id=lead,
                       responsible_unit_ids=responsible, targets=targets, **found,  # type: ignore[arg-type]
                       unit_targets=unit_targets.get(code.casefold(), {}) if unit_targets is not None
                       else base.unit_targets)
        if s.baseline:
            data = replace(data, baseline_year=s.baseline[0], baseline_value=numbers[0])
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
            where, _, year = (exc.field or "").partition(".")
            column = s.targets.get(int(year)) if where == "targets" and year else \
                s.baseline[1] if where == "baseline_value" and s.baseline else LABELS.get(where, "Chỉ tiêu")
            self.problem(row, column, str(exc))
            return
        weight_code = weight_code if clean.weight_indicator_id is not None else None
        clean = replace(clean, weight_indicator_id=None)
        changed = _differences(existing, clean, weight_code, self.unit_codes) if existing else ("mới",)
        action = "new" if existing is None else "update" if changed else "unchanged"
        self.preview.rows.append(AppendixRow(row, code, name, action, changed, existing.id if existing else None,
                                             clean, weight_code))

    def _new_code(self, area: IndicatorArea) -> str:
        prefix = CODE_PREFIX[area]
        taken = set(self.by_code) | set(self.codes_in_file)
        number = 1
        while f"{prefix}{number:02d}".casefold() in taken:
            number += 1
        return f"{prefix}{number:02d}"


def _differences(existing: IndicatorRow, new: IndicatorInput, weight_code: str | None,
                 unit_codes: dict[str, int]) -> tuple[str, ...]:
    old = replace(validate_indicator(existing.as_input(unit_codes)), weight_indicator_id=None)
    changed = [LABELS[f.name] for f in fields(IndicatorInput)
               if f.name not in ("sort_order", "weight_indicator_id") and getattr(old, f.name) != getattr(new, f.name)]
    if (existing.weight_indicator_code or None) != weight_code:
        changed.append(LABELS["weight_indicator_id"])
    return tuple(dict.fromkeys(changed))
