"""Reading filled report templates back: every value that would change (old →
new), every problem with its sheet, row and column, and saving a clean file.

A file is all or nothing: one with any problem saves nothing. The batch is
saved in one transaction (``Batch``): each file is checked against the
reports it touches before any of its values is set, so a refused file does
not hold back the other units' files and leaves nothing, the batch costs one
commit, and a cancel between files never leaves half a file. An empty cell
leaves the saved value as it is, so the same file imported twice changes
nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.utils import column_index_from_string
from openpyxl.utils.cell import coordinate_from_string
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session

from tnapp.domain import report_workflow as workflow
from tnapp.domain.formatting import format_date, format_number
from tnapp.domain.names import LEGACY_MESSAGE, legacy_encoding, same_name
from tnapp.domain.periods import Period
from tnapp.domain.permissions import Actor
from tnapp.domain.value_checks import check_value
from tnapp.domain.vocab import ReportState
from tnapp.errors import PermissionDenied, TNAppError
from tnapp.i18n import _, label
from tnapp.models import Indicator, ReportValue, Unit, UnitReport
from tnapp.services import audit
from tnapp.services.excel import CellProblem, Formula, merged_ranges, open_workbook, read_rows
from tnapp.services.indicators import reporters, spec_of
from tnapp.services.report_layout import (
    CODE_COL, COLUMNS, COMMENT_COL, HEADER_ROW, MAX_ROWS, META_MARK, META_MAX_ROWS, META_SHEET, NARRATIVE,
    TEMPLATE_VERSION, VALUE_COL, Layout,
)
from tnapp.services.unit_reports import UnitReportService, clean_text
from tnapp.storage.locks import exclusive

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace


@dataclass(frozen=True)
class ValueChange:
    file: str
    sheet: str
    row: int
    unit_code: str
    indicator_code: str
    indicator_name: str
    old: float | None
    new: float | None
    old_comment: str | None
    new_comment: str | None

    def __str__(self) -> str:
        text = _("{unit} · {indicator} (dòng {row}): ", unit=self.unit_code, indicator=self.indicator_code,
                 row=self.row)
        if self.old != self.new:
            text += f"{format_number(self.old) or _('(trống)')} → {format_number(self.new) or _('(trống)')}"
        if self.old_comment != self.new_comment:
            text += ("; " if self.old != self.new else "") + _("ghi chú «{old}» → «{new}»", old=self.old_comment or "",
                                                               new=self.new_comment)
        return text


@dataclass
class SheetPlan:
    """What one unit's sheet would save."""

    sheet: str
    unit_id: int
    unit_name: str
    report_id: int | None
    # indicator id → (old value, old comment, new value, new comment); only what changes
    values: dict[int, tuple[float | None, str | None, float | None, str | None]] = field(default_factory=dict)
    narrative: dict[str, tuple[str | None, str]] = field(default_factory=dict)  # part → (old, new)

    @property
    def changes(self) -> bool:
        return bool(self.values or self.narrative)


@dataclass
class FileImport:
    path: Path
    period: str | None = None
    refusal: str | None = None  # the file as a whole cannot be read
    problems: list[CellProblem] = field(default_factory=list)
    warnings: list[CellProblem] = field(default_factory=list)
    changes: list[ValueChange] = field(default_factory=list)
    narrative_changes: list[str] = field(default_factory=list)
    plans: list[SheetPlan] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.refusal is None and not self.problems

    @property
    def has_changes(self) -> bool:
        return bool(self.changes or self.narrative_changes)

    def messages(self) -> list[str]:
        return [self.refusal] if self.refusal else [str(p) for p in self.problems]


@dataclass
class ImportPreview:
    files: list[FileImport]
    cancelled: bool = False

    @property
    def refused(self) -> list[FileImport]:
        return [f for f in self.files if not f.ok]

    @property
    def can_apply(self) -> bool:
        return any(f.ok and f.has_changes for f in self.files)


@dataclass
class ImportResult:
    applied: list[Path] = field(default_factory=list)  # saved, each in one transaction
    unchanged: list[Path] = field(default_factory=list)  # clean, nothing to change
    refused: list[tuple[Path, str]] = field(default_factory=list)
    not_started: list[Path] = field(default_factory=list)  # left untouched by a cancel
    values_changed: int = 0
    cancelled: bool = False


def excel_files(paths: Iterable[Path]) -> list[Path]:
    """The files named, and everything in the folders named (sorted): what is
    not an ``.xlsx`` form (``.ods``, ``.xls``, Excel's lock files, subfolders…)
    is kept so that the preview lists it as skipped, with why."""
    found: list[Path] = []
    for path in map(Path, paths):
        found.extend(sorted(path.iterdir()) if path.is_dir() else [path])
    return found


@dataclass
class _Known:
    indicators: dict[int, dict[str, Indicator]]  # unit id → code → indicator it reports
    reports: dict[int, UnitReport]  # unit id → its report
    values: dict[int, dict[int, tuple[float | None, str | None]]]  # report id → indicator id → (value, comment)


class TemplateReader:
    """Reads template files against the database, caching what all files share."""

    def __init__(self, ws: Workspace, session: Session, expect_unit_id: int | None,
                 expect_period: str | None) -> None:
        self.actor, self.session = ws.actor, session  # one read session for the whole batch
        self.expect_unit_id, self.expect_period = expect_unit_id, expect_period
        self.commune = ws.commune.current()
        self.units = {u.code.casefold(): u for u in session.scalars(
            select(Unit).where(Unit.commune_id == self.commune.id))}
        self.seen: dict[tuple[int, str], str] = {}  # (unit, period) → the earlier file that changes it
        self.periods: dict[str, _Known] = {}

    def _period(self, period: Period) -> _Known:
        """What the database holds for a period, read once for the whole batch."""
        known = self.periods.get(period.code)
        if known is None:
            known = self.periods[period.code] = _Known({}, {}, {})
            for indicator, unit_id in self.session.execute(reporters(period.kind)):
                known.indicators.setdefault(unit_id, {})[indicator.code] = indicator
            known.reports.update((r.unit_id, r) for r in self.session.scalars(
                select(UnitReport).where(UnitReport.period == period.code)))
            for report_id, indicator_id, value, comment in self.session.execute(
                    select(ReportValue.report_id, ReportValue.indicator_id, ReportValue.value, ReportValue.comment)
                    .join(ReportValue.report).where(UnitReport.period == period.code)):
                known.values.setdefault(report_id, {})[indicator_id] = (value, comment)
        return known

    def read(self, path: Path) -> FileImport:
        item = FileImport(path)
        try:
            book = open_workbook(path, max_rows=META_MAX_ROWS)
            try:
                self._read_book(book, item)
            finally:
                book.close()
        except TNAppError as exc:
            item.refusal = str(exc)
        if not item.ok:
            item.changes.clear()
            item.narrative_changes.clear()
            item.plans.clear()
        for plan in item.plans:  # a later file of the batch may not change these reports again
            if plan.changes:
                self.seen[(plan.unit_id, item.period or "")] = path.name
        return item

    def _read_book(self, book: Workbook, item: FileImport) -> None:
        name = item.path.name
        if META_SHEET not in book.sheetnames:
            sheets = book.worksheets
            if all(not any(v is not None for row in read_rows(s, MAX_ROWS) for v in row) for s in sheets):
                raise TNAppError(_("Tệp «{name}» trống, không có dữ liệu.", name=name))
            raise TNAppError(_("Tệp «{name}» không phải mẫu báo cáo của TNApp (thiếu trang ẩn «{META_SHEET}»). Hãy "
                               "tải mẫu từ TNApp rồi nhập số liệu vào mẫu đó.", name=name, META_SHEET=META_SHEET))
        meta = read_rows(book[META_SHEET], META_MAX_ROWS, _("trang ẩn của mẫu"))
        head = meta[0] if meta else ()
        if len(head) < 4 or head[0] != META_MARK:
            raise TNAppError(_("Tệp «{name}»: trang ẩn của mẫu bị sửa hoặc hỏng; hãy tải mẫu mới.", name=name))
        version = head[1]
        if version != TEMPLATE_VERSION:
            older = isinstance(version, int) and version < TEMPLATE_VERSION
            raise TNAppError(_("Tệp «{name}» là mẫu {value} (phiên bản {version}; TNApp này dùng phiên bản "
                               "{TEMPLATE_VERSION}). Hãy tải mẫu mới rồi nhập lại số liệu.",
                               name=name, value=_("cũ") if older else _("không đúng"), version=version,
                               TEMPLATE_VERSION=TEMPLATE_VERSION))
        period = Period.parse(str(head[2]))
        item.period = period.code
        if head[3] != self.commune.code:
            raise TNAppError(_("Tệp «{name}» là mẫu của xã khác (mã {head}), không phải của {commune}.",
                               name=name, head=head[3], commune=self.commune.name))
        if self.expect_period and period.code != self.expect_period:
            raise TNAppError(_("Tệp «{name}» là mẫu của kỳ {period}, không phải kỳ {label} đang nhập.",
                               name=name, period=label(period), label=label(Period.parse(self.expect_period))))
        layout: dict[str, list[tuple]] = {}
        for entry in meta[1:]:
            if not entry or all(v is None for v in entry):
                continue
            if len(entry) < 4 or any(v is None for v in entry[:4]):  # sheet, unit, row, code: all four
                raise TNAppError(_("Tệp «{name}»: trang ẩn của mẫu bị sửa hoặc hỏng; hãy tải mẫu mới.", name=name))
            layout.setdefault(str(entry[0]), []).append(tuple(entry[:4]))
        for sheet_name in book.sheetnames:
            if sheet_name != META_SHEET and sheet_name not in layout:
                item.problems.append(CellProblem(sheet_name, 1, None, None,
                                                 _("trang này không thuộc mẫu (đã thêm vào); hãy xóa trang này")))
        for sheet_name, entries in layout.items():
            if sheet_name not in book.sheetnames:
                item.problems.append(CellProblem(sheet_name, 1, None, None,
                                                 _("thiếu trang này của mẫu (đã bị xóa hoặc đổi tên)")))
                continue
            self._read_sheet(book[sheet_name], entries, period, item)

    def _read_sheet(self, sheet: Worksheet, entries: list[tuple], period: Period, item: FileImport) -> None:
        title = sheet.title

        def problem(row: int, col: int | None, field_name: str | None, message: str, warn: bool = False) -> None:
            (item.warnings if warn else item.problems).append(CellProblem(title, row, col, field_name, message))

        codes = {str(e[1]) for e in entries}
        unit = self.units.get(codes.pop().casefold()) if len(codes) == 1 else None
        if unit is None:
            return problem(6, 1, "Đơn vị", _("trang ẩn của mẫu bị sửa hoặc đơn vị không còn trong danh mục; "
                                             "hãy tải mẫu mới"))
        if self.expect_unit_id is not None and unit.id != self.expect_unit_id:
            return problem(6, 1, "Đơn vị", _("đây là mẫu của «{name}», không phải của đơn vị đang nhập",
                                             name=unit.name))
        try:
            workflow.require_own_unit(self.actor, unit.id, unit.name)
        except PermissionDenied as exc:
            return problem(6, 1, "Đơn vị", str(exc))
        other = self.seen.get((unit.id, period.code))
        if other is not None:
            return problem(6, 1, "Đơn vị", _("báo cáo {period} của «{name}» đã có trong tệp «{other}» của lần nhập "
                                             "này; chỉ nhập một tệp cho mỗi đơn vị và kỳ",
                                             period=period.label, name=unit.name, other=other))
        values = [e for e in entries if not str(e[3]).startswith("#")]
        texts = [e for e in entries if str(e[3]).startswith("#")]
        layout = Layout(len(values))
        rows = read_rows(sheet, MAX_ROWS)

        def cell(row: int, col: int) -> object:
            cells = rows[row - 1] if row <= len(rows) else ()
            value = cells[col - 1] if col <= len(cells) else None
            return None if isinstance(value, str) and not value.strip() else value

        before = len(item.problems)
        expected_rows = [layout.first_row + i for i in range(len(values))]
        expected_rows += [layout.narrative_row(i) for i in range(len(texts))]
        if [e[2] for e in values + texts] != expected_rows or [e[3] for e in texts] != [f"#{n}" for n, _ in NARRATIVE]:
            return problem(1, None, None, _("trang ẩn của mẫu bị sửa; hãy tải mẫu mới"))
        # Moved, inserted or deleted rows and columns first: they explain every other difference.
        for col, text in enumerate(COLUMNS, start=1):
            if not same_name(str(cell(HEADER_ROW, col) or ""), text):
                problem(HEADER_ROW, col, text, _("tiêu đề cột phải là «{text}», thấy «{found}»: các cột đã bị xóa, "
                                                 "chèn hoặc đổi chỗ", text=text, found=cell(HEADER_ROW, col) or ""))
        for _sheet, _unit, row, code in values:
            if cell(row, CODE_COL) != code:
                problem(row, CODE_COL, "Mã", _("mong đợi chỉ tiêu «{code}», thấy «{found}»: dòng đã bị xóa, chèn "
                                               "hoặc đổi chỗ", code=code, found=cell(row, CODE_COL) or ""))
        if len(item.problems) > before:
            return None
        for ref in merged_ranges(sheet):
            if ref not in layout.merges():
                column, row = coordinate_from_string(ref.split(":")[0])
                problem(row, column_index_from_string(column), None,
                        _("ô gộp {ref} không có trong mẫu; hãy bỏ gộp ô", ref=ref))
        for col in sorted({c for r in rows for c, v in enumerate(r, start=1) if c > len(COLUMNS) and v is not None}):
            problem(HEADER_ROW, col, None, _("cột này không có trong mẫu (đã thêm cột); hãy xóa cột"))
        if f"(mã kỳ {period.code})" not in str(cell(5, 1) or ""):
            problem(5, 1, "Kỳ báo cáo", _("dòng kỳ báo cáo đã bị sửa, không khớp kỳ {period} của mẫu",
                                          period=period.label))
        if f"(mã {unit.code})" not in str(cell(6, 1) or ""):
            problem(6, 1, "Đơn vị", _("dòng tên đơn vị đã bị sửa, không khớp «{name}» của mẫu", name=unit.name))
        for row in [layout.last_row + 1, *range(layout.end_row + 1, len(rows) + 1)]:
            used = [c for c in range(1, len(COLUMNS) + 1) if cell(row, c) is not None]
            if used:
                problem(row, used[0], None, _("dòng này không có trong mẫu (đã thêm dòng); hãy xóa dòng"))
        if len(item.problems) > before:
            return None
        known = self._period(period)
        allowed = known.indicators.get(unit.id, {})
        report = known.reports.get(unit.id)
        saved = known.values.get(report.id, {}) if report else {}
        plan = SheetPlan(title, unit.id, unit.name, report.id if report else None)
        for _sheet, _unit, row, code in values:
            raw, comment = cell(row, VALUE_COL), self._text(cell(row, COMMENT_COL), row, COMMENT_COL, problem)
            indicator = allowed.get(code)
            if raw is None and comment is None:
                continue
            if indicator is None:
                problem(row, VALUE_COL, "Thực hiện kỳ này", _("chỉ tiêu «{code}» không còn thuộc báo cáo {period} "
                                                              "của đơn vị; hãy tải mẫu mới", code=code,
                                                              period=period.label))
                continue
            checked = check_value(spec_of(indicator), raw)
            if checked.error:
                problem(row, VALUE_COL, "Thực hiện kỳ này", checked.error)
                continue
            for warning in checked.warnings:
                problem(row, VALUE_COL, "Thực hiện kỳ này", warning.message, warn=not warning.impossible)
            old, old_comment = saved.get(indicator.id, (None, None))
            new = old if checked.value is None else checked.value
            new_comment = old_comment if comment is None else comment
            if (new, new_comment) != (old, old_comment):
                plan.values[indicator.id] = (old, old_comment, new, new_comment)
                item.changes.append(ValueChange(item.path.name, title, row, unit.code, code, indicator.name, old,
                                                new, old_comment, new_comment))
        for (_sheet, _unit, row, _key), (name, heading) in zip(texts, NARRATIVE):
            text = self._text(cell(row, 4), row, 4, problem)
            old_text = getattr(report, name) if report else None
            if text is not None and text != old_text:
                plan.narrative[name] = (old_text, text)
                item.narrative_changes.append(f"{unit.code}: {heading}")
        state = report.state if report else None
        if plan.changes and not workflow.can_edit(state):
            assert state is not None
            problem(5, 1, "Kỳ báo cáo", _("báo cáo {period} của «{name}» đang «{state}», không nhập được; {advice}",
                                          period=period.label, name=unit.name, state=label(state),
                                          advice=_("hãy đề nghị văn phòng mở lại") if state is ReportState.ACCEPTED
                                          else _("hãy chờ văn phòng duyệt hoặc trả lại")))
        item.plans.append(plan)
        return None

    @staticmethod
    def _text(value: object, row: int, col: int, problem: Callable[..., None]) -> str | None:
        if value is None:
            return None
        if isinstance(value, Formula):
            problem(row, col, COLUMNS[col - 1] if col <= len(COLUMNS) else None,
                    _("ô chứa công thức; hãy nhập chữ"))
            return None
        if isinstance(value, dt.datetime):
            value = format_date(value.date())
        if legacy_encoding(str(value)):
            problem(row, col, COLUMNS[col - 1] if col <= len(COLUMNS) else None,
                    _(LEGACY_MESSAGE, text=clean_text(str(value))))
            return None
        return clean_text(str(value))


class Batch:
    """Saving the clean files of a preview inside one write: the reports they
    touch are read (and locked) once; each file is checked against them before
    any of its values is set, so a file refused on the way leaves nothing."""

    def __init__(self, session: Session, actor: Actor, files: Iterable[FileImport]) -> None:
        self.session, self.actor = session, actor
        plans = [(item.period, plan) for item in files for plan in item.plans if plan.changes]
        units, periods = {p.unit_id for _, p in plans}, {period for period, _ in plans}
        for unit_id, period in sorted({(p.unit_id, period) for period, p in plans}):  # one order: no deadlock
            exclusive(session, UnitReport.__tablename__, unit_id, period)  # as UnitReportService holds them
        self.reports = {(r.unit_id, r.period): r for r in session.scalars(
            select(UnitReport).where(UnitReport.unit_id.in_(units), UnitReport.period.in_(periods))
            .with_for_update())} if plans else {}
        self.rows: dict[tuple[int, int], ReportValue] = {(r.report_id, r.indicator_id): r for r in session.scalars(
            select(ReportValue).where(ReportValue.report_id.in_([r.id for r in self.reports.values()])))}

    def apply(self, item: FileImport) -> None:
        """Save one file, or raise TNAppError having changed nothing."""
        period = Period.parse(item.period or "")
        plans = [plan for plan in item.plans if plan.changes]

        def moved(unit_name: str) -> TNAppError:
            return TNAppError(_("Tệp «{file}»: báo cáo của «{name}» vừa được sửa trên máy khác sau khi xem trước; "
                                "hãy xem trước lại.", file=item.path.name, name=unit_name))

        for plan in plans:
            workflow.require_own_unit(self.actor, plan.unit_id, plan.unit_name)
            report = self.reports.get((plan.unit_id, period.code))
            if (report.id if report else None) != plan.report_id:
                raise moved(plan.unit_name)
            workflow.require_editable(report.state if report else None,
                                      _("Báo cáo {period} của «{name}»", period=period.label, name=plan.unit_name))
            for indicator_id, (old, old_comment, _new, _comment) in plan.values.items():
                row = self.rows.get((plan.report_id, indicator_id)) if report else None
                if ((row.value, row.comment) if row else (None, None)) != (old, old_comment):
                    raise moved(plan.unit_name)
            if report and any(getattr(report, n) != old for n, (old, _new) in plan.narrative.items()):
                raise moved(plan.unit_name)
        self.session.info[audit.REASON_KEY] = f"Nhập từ tệp {item.path.name}"
        for plan in plans:
            report = self.reports.get((plan.unit_id, period.code))
            if report is None:
                report = self.reports[(plan.unit_id, period.code)] = UnitReportService.new_report(
                    self.session, plan.unit_id, period)
            for indicator_id, (_old, _old_comment, new, comment) in plan.values.items():
                row = self.rows.get((report.id, indicator_id)) if report.id else None
                UnitReportService.put_value(self.session, report, indicator_id, row, new, comment)
            if plan.narrative:
                texts = {name: getattr(report, name) for name, _ in NARRATIVE}
                texts.update({name: new for name, (_old, new) in plan.narrative.items()})
                UnitReportService.put_narrative(report, texts["results_text"], texts["difficulties_text"],
                                                texts["proposals_text"])
        self.session.flush()  # this file's audit rows carry its name
