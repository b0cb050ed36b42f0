"""The plan's appendix of indicators (phụ lục chỉ tiêu 2026–2030) in Excel.

The layout is that of real plan appendices — STT, Chỉ tiêu, ĐVT, TH 2025,
KH 2026 … KH 2030, Đơn vị chủ trì, with section rows "I. KINH TẾ" setting the
area of the rows below — followed by TNApp's own columns (Mã, Lĩnh vực, Loại
giá trị …) so that an export imported back changes nothing. An appendix from
the province with only the plan's columns imports too: new indicators take
defaults, each reported as a warning; existing ones keep what the file does
not say. A second sheet "Giao chỉ tiêu đơn vị" holds the units' own targets.

The layouts are read by ``tnapp.services.indicator_appendix_layout``, the rows
matched against the catalogue by ``indicator_appendix_import``, into the
preview of ``indicator_appendix_preview``.

Import is a preview (every row not understood is named by sheet, row and
column; every column, unit and target shown as it was read) then an
all-or-nothing apply; rows that match the catalogue are left untouched, so
importing the same file twice changes nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from tnapp.documents.xlsx import FONT, new_book, print_setup, save_workbook, write_cell, write_table
from tnapp.domain.names import name_key, unit_key
from tnapp.domain.permissions import Permission
from tnapp.domain.vocab import IndicatorArea
from tnapp.errors import TNAppError
from tnapp.i18n import _
from tnapp.models import Indicator, Unit
from tnapp.services.base import Service
from tnapp.services.excel import CellProblem, check_limits, merged_ranges, open_workbook, read_rows
from tnapp.services.indicator_appendix_import import AppendixImport
from tnapp.services.indicator_appendix_layout import (
    EXTRA, LEAD, SHEET, UNIT_SHEET, AppendixSheet, docx_tables, xlsx_merges,
)
from tnapp.services.indicator_appendix_preview import AppendixPreview
from tnapp.services.indicators import PLAN_YEARS, IndicatorInput

TITLE = f"PHỤ LỤC: CÁC CHỈ TIÊU THI ĐUA PHÁT TRIỂN KINH TẾ - XÃ HỘI GIAI ĐOẠN {PLAN_YEARS[0]} - {PLAN_YEARS[-1]}"
MAX_ROWS, MAX_UNIT_ROWS = 2000, 5000  # the longest appendix and unit sheet read


def _plain(value: float | None) -> float | int | None:
    return int(value) if value is not None and float(value).is_integer() else value


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
            for number, (rows, merges) in enumerate(docx_tables(path), 1):
                try:
                    sheets.append(AppendixSheet(_("Bảng {number}", number=number), rows, "Chỉ tiêu", merges, table=True))
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
                sheets = [AppendixSheet(main.title, read_rows(main, MAX_ROWS, _("phụ lục")), "Chỉ tiêu",
                                        xlsx_merges(merged_ranges(main)))]
                unit_sheet = (AppendixSheet(UNIT_SHEET, read_rows(book[UNIT_SHEET], MAX_UNIT_ROWS, _("phụ lục")), "Mã")
                              if UNIT_SHEET in book.sheetnames else None)
            finally:
                book.close()
        for sheet in sheets:
            preview.columns += [f"{sheet.title}: {d}" for d in sheet.described]
        AppendixImport(self.ws, preview, sheets, unit_sheet).run()
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
