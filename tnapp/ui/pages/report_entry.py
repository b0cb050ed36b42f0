"""Báo cáo đơn vị → Nhập báo cáo: one unit's report for one period. Each cell
is checked as it is typed and saved at once (a draft needs no Save click);
the narrative is saved when the cursor leaves it; the workflow buttons follow
the report's state and the user's role (the service still decides)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSpinBox, QVBoxLayout, QWidget,
)

from tnapp.domain.formatting import format_date, format_datetime, format_number
from tnapp.domain.periods import Period, periods_in_year
from tnapp.domain.report_workflow import Transition
from tnapp.domain.vocab import PeriodKind, ReportState
from tnapp.errors import TNAppError
from tnapp.services.unit_reports import EntryLine, ReportSheet, SavedCell
from tnapp.services.workspace import Workspace
from tnapp.ui.delegates import ERROR_COLOUR, WARNING_COLOUR, CellDelegate, EntryGrid
from tnapp.ui.files import save_file, suggested_name
from tnapp.ui.forms import select_data
from tnapp.ui.labels import tr_label
from tnapp.ui.messages import confirm, show_error, show_info
from tnapp.ui.pages.report_import import EXCEL_FILTER, ReasonDialog, import_button, import_reports
from tnapp.ui.table_model import fit_rows
from tnapp.ui.tasks import run_task

Index = QModelIndex | QPersistentModelIndex
VALUE, COMMENT = 6, 7
READ_ONLY_COLOUR = "#f4f5f7"
ERROR_TEXT_COLOUR = "#a4161a"  # typed text that was not saved: red on red, seen even when the cell is selected


class EntryModel(QAbstractTableModel):
    """The lines of a report; ``setData`` checks a typed cell and saves it."""

    refused = Signal(object)  # the service's TNAppError
    saved = Signal(object)  # SavedCell

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.sheet: ReportSheet | None = None
        self.lines: list[EntryLine] = []
        self.errors: dict[int, tuple[str, str]] = {}  # row → (typed text, why it was not saved)
        self.titles = [self.tr("Mã"), self.tr("Chỉ tiêu"), self.tr("ĐVT"), self.tr("Kế hoạch"), self.tr("Kỳ trước"),
                       self.tr("Lũy kế"), self.tr("Thực hiện"), self.tr("Ghi chú")]

    def load(self, sheet: ReportSheet | None) -> None:
        self.beginResetModel()
        self.sheet, self.lines, self.errors = sheet, list(sheet.lines) if sheet else [], {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        cumulative = section == VALUE and any(line.cumulative for line in self.lines)
        if role == Qt.ItemDataRole.DisplayRole:
            if not cumulative:
                return self.titles[section]
            if all(line.cumulative for line in self.lines):
                return self.tr("Thực hiện\n(lũy kế từ đầu năm)")
            return self.tr("Thực hiện\n(chỉ tiêu lũy kế: từ đầu năm)")
        if role == Qt.ItemDataRole.ToolTipRole and cumulative:
            return self.cumulative_hint()
        return None

    def cumulative_hint(self) -> str:  # one text for the header and the cells
        return self.tr("Chỉ tiêu lũy kế: nhập số lũy kế từ đầu năm đến hết kỳ này, không phải số của riêng kỳ này")

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (VALUE, COMMENT) and self.sheet is not None and self.sheet.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def text(self, row: int, column: int) -> str:
        line = self.lines[row]
        if column == VALUE and row in self.errors:
            return self.errors[row][0]
        name = self.tr("{name} (lũy kế từ đầu năm)").format(name=line.name) if line.cumulative else line.name
        values = (line.code, name, line.unit_of_measure, format_number(line.target),
                  format_number(line.previous), format_number(line.year_to_date), format_number(line.value),
                  line.comment or "")
        return values[column]

    def problem(self, row: int, column: int) -> tuple[str, str]:
        """("error" | "warning" | "", message) of a cell."""
        if column != VALUE:
            return "", ""
        if row in self.errors:
            return "error", self.errors[row][1]
        warnings = self.lines[row].warnings
        return ("warning", "\n".join(warnings)) if warnings else ("", "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and 3 <= column <= VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        level, message = self.problem(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and level == "error":
            return QColor(ERROR_TEXT_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = {"error": ERROR_COLOUR, "warning": WARNING_COLOUR}.get(level)
            if colour is None and not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
                colour = READ_ONLY_COLOUR
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if not message and column == VALUE and self.lines[row].cumulative:
                return self.cumulative_hint()
            return message or (self.lines[row].name if column == 1 else None)
        return None

    def check(self, index: Index, text: str) -> tuple[str, str]:
        """What the checks say of ``text`` typed in a cell (for the editor's colour)."""
        if index.column() != VALUE:
            return "", ""
        checked = self.ws.unit_reports.check_value(self.lines[index.row()], text)
        if not checked.ok:
            return "error", checked.error or ""
        return ("warning", "\n".join(checked.messages)) if checked.warnings else ("", "")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        assert self.sheet is not None
        row, line, text = index.row(), self.lines[index.row()], str(value)
        amount, comment = line.value, line.comment
        if index.column() == VALUE:
            checked = self.ws.unit_reports.check_value(line, text)
            if not checked.ok:
                self.errors[row] = (text, checked.error or "")
                self._changed(row)
                return False
            amount = checked.value
        else:
            comment = text
        try:
            saved = self.ws.unit_reports.save_value(self.sheet.key, line.indicator_id, amount, comment,
                                                    expected_version=line.version)
        except TNAppError as exc:
            self.refused.emit(exc)
            return False
        if index.column() == VALUE:
            self.errors.pop(row, None)
        self.lines[row] = saved.line
        self._changed(row)
        self.saved.emit(saved)
        return True

    def invalid_cells(self) -> list[str]:
        """Each cell holding typed text that was not saved, named by indicator
        and column, with why (what "Gửi" refuses on)."""
        return [self.tr("«{code} – {name}», cột {column}: {why}").format(
                    code=self.lines[row].code, name=self.lines[row].name, column=self.titles[VALUE], why=why)
                for row, (_typed, why) in sorted(self.errors.items())]

    def paste(self, start: Index, text: str) -> int:
        """Fill the cells from ``start`` down (and across the editable columns)
        with a block of tab/newline separated text; returns the cells filled."""
        if not start.isValid():
            return 0
        columns = [c for c in (VALUE, COMMENT) if c >= start.column()] or [VALUE, COMMENT]
        filled = 0
        for offset, line in enumerate(text.replace("\r\n", "\n").rstrip("\n").split("\n")):
            row = start.row() + offset
            if row >= len(self.lines):
                break
            for column, cell in zip(columns, line.split("\t"), strict=False):
                filled += self.setData(self.index(row, column), cell.strip())
        return filled

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.titles) - 1))


class ReportEntryView(QWidget):
    """Pick a unit and a period; enter the values and the narrative; send it on."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today  # None: the real date (a test sets a day)
        self.sheet: ReportSheet | None = None
        self.report_version: int | None = None
        self.unit = QComboBox()
        self.unit.setObjectName("entryUnit")
        self.unit.setMinimumContentsLength(28)
        self.year = QSpinBox()
        self.year.setRange(2020, 2100)
        self.year.setValue(dt.date.today().year)
        self.period = QComboBox()
        self.period.setObjectName("entryPeriod")
        self.period.setMinimumContentsLength(18)
        self.year.valueChanged.connect(lambda _: self._fill_periods())
        self.unit.currentIndexChanged.connect(lambda _: self.reload())
        self.period.currentIndexChanged.connect(lambda _: self.reload())
        self.state = QLabel()
        self.state.setObjectName("entryState")
        self.state.setWordWrap(True)

        self.model = EntryModel(ws, self)
        self.model.refused.connect(lambda exc: show_error(self, exc))
        self.model.saved.connect(self._saved)
        self.grid = EntryGrid((VALUE, COMMENT))
        self.grid.setObjectName("entryGrid")
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(CellDelegate(self.model.check, self.grid))
        self.grid.paste_requested.connect(self.model.paste)
        fit_rows(self.grid)
        self.grid.selectionModel().currentRowChanged.connect(lambda *_: self.show_history())
        self.history = QLabel()
        self.history.setObjectName("valueHistory")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)

        self.narrative: dict[str, QPlainTextEdit] = {}
        notes = QGridLayout()
        for column, (key, title) in enumerate((("results", self.tr("Kết quả nổi bật")),
                                               ("difficulties", self.tr("Khó khăn, vướng mắc")),
                                               ("proposals", self.tr("Đề xuất, kiến nghị")))):
            edit = QPlainTextEdit()
            edit.setObjectName(key)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(90)
            edit.installEventFilter(self)
            self.narrative[key] = edit
            notes.addWidget(QLabel(title), 0, column)
            notes.addWidget(edit, 1, column)

        self.buttons: dict[Transition, QPushButton] = {}
        actions = QHBoxLayout()
        for transition, text in ((Transition.SUBMIT, self.tr("Gửi")), (Transition.ACCEPT, self.tr("Duyệt")),
                                 (Transition.RETURN, self.tr("Trả lại…")), (Transition.REOPEN, self.tr("Mở lại…"))):
            button = QPushButton(text)
            button.setObjectName(f"{transition.value}Button")
            button.clicked.connect(lambda _=False, t=transition: self.take_step(t))
            self.buttons[transition] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.export_button = QPushButton(self.tr("Xuất mẫu Excel…"))
        self.export_button.clicked.connect(self.export_template)
        self.import_button = import_button(self, self.tr("Nhập từ Excel…"), self.import_paths)
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)

        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Đơn vị:")))
        pick.addWidget(self.unit, 2)
        pick.addWidget(QLabel(self.tr("Năm:")))
        pick.addWidget(self.year)
        pick.addWidget(QLabel(self.tr("Kỳ:")))
        pick.addWidget(self.period, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.state)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.history)
        layout.addLayout(notes)
        layout.addLayout(actions)

    def load(self) -> None:
        """Read the units and show the first unit's report of the period due now
        (the page calls it once it is built)."""
        self._fill_units()
        due = self.ws.reporting.period_due(today=self.today)
        self.year.blockSignals(True)
        self.year.setValue(due.year)
        self.year.blockSignals(False)
        self._fill_periods(due.code)

    # --- choosing the report ----------------------------------------------------------

    def _fill_units(self) -> None:
        self.unit.blockSignals(True)
        self.unit.clear()
        for unit in self.ws.units.list():
            self.unit.addItem(f"{unit.code} – {unit.name}", unit.id)
        self.unit.blockSignals(False)

    def _fill_periods(self, chosen: str | None = None) -> None:
        chosen = chosen or self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        for kind in (PeriodKind.QUARTER, PeriodKind.MONTH, PeriodKind.HALF_YEAR, PeriodKind.NINE_MONTHS,
                     PeriodKind.YEAR):
            for period in periods_in_year(self.year.value(), kind):
                self.period.addItem(period.label, period.code)
        select_data(self.period, chosen)
        self.period.blockSignals(False)
        self.reload()

    def open_report(self, unit_id: int, period: str) -> None:
        """Show the unit's report of ``period`` (from the matrix)."""
        self.unit.blockSignals(True)
        select_data(self.unit, unit_id)
        self.unit.blockSignals(False)
        self.year.blockSignals(True)
        self.year.setValue(Period.parse(period).year)
        self.year.blockSignals(False)
        self._fill_periods(Period.parse(period).code)
        self.grid.setFocus()

    def reload(self) -> None:
        unit_id, period = self.unit.currentData(), self.period.currentData()
        if unit_id is None or period is None:
            return
        try:
            self.sheet = self.ws.unit_reports.open(unit_id, period)
        except TNAppError as exc:
            show_error(self, exc)
            return
        self.report_version = self.sheet.version
        self.model.load(self.sheet)
        header = self.grid.horizontalHeader()
        self.grid.resizeColumnsToContents()
        number_width = self.grid.fontMetrics().horizontalAdvance("999.999,99") + 16  # room for the values typed
        for column in (3, 4, 5, VALUE):
            header.resizeSection(column, max(header.sectionSize(column), number_width))
        for column in (1, COMMENT):  # the name and the comment share what is left: no sideways scrolling at 1024 px
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.grid.setCurrentIndex(self.grid.first_editable())
        texts = (self.sheet.results_text, self.sheet.difficulties_text, self.sheet.proposals_text)
        for edit, text in zip(self.narrative.values(), texts, strict=True):
            edit.setPlainText(text or "")
            edit.setReadOnly(not self.sheet.editable)
        self._show_state()

    def _show_state(self) -> None:
        sheet = self.sheet
        assert sheet is not None
        state = tr_label(sheet.state) if sheet.state else self.tr("Chưa nhập")
        text = self.tr("{period} – {unit}: <b>{state}</b>; hạn nộp {deadline}").format(
            period=sheet.period_label, unit=sheet.unit_name, state=state, deadline=format_date(sheet.deadline))
        if sheet.due:
            text += f" ({sheet.due})"
        if not sheet.lines:
            text += "<br>" + self.tr("Đơn vị không có chỉ tiêu nào báo cáo theo kỳ này.")
        if sheet.return_reason:
            text += "<br>" + self.tr("Lý do trả lại: {reason}").format(reason=sheet.return_reason)
        changed = self.ws.data_quality.changes_since_acceptance(sheet.report_id) \
            if sheet.report_id is not None and sheet.state is not ReportState.ACCEPTED else None
        if changed is not None:
            text += "<br>" + self.tr("Báo cáo đã được mở lại sau khi tiếp nhận: {count} số liệu đã thay đổi "
                                     "từ khi mở lại.").format(count=changed)
        self.state.setText(text)
        self.show_history()
        allowed = self.ws.unit_reports.allowed_steps(sheet.key.unit_id, sheet.state)
        for transition, button in self.buttons.items():
            button.setEnabled(transition in allowed)
        self.import_button.setEnabled(sheet.editable and bool(sheet.lines))
        self.export_button.setEnabled(bool(sheet.lines))

    def show_history(self) -> None:
        """Under the grid: who entered or changed the current line's value, when, old → new (audit trail)."""
        row = self.grid.currentIndex().row()
        if self.sheet is None or not 0 <= row < len(self.model.lines):
            self.history.clear()
            return
        line = self.model.lines[row]
        changes = self.ws.data_quality.value_history(self.sheet.report_id, line.indicator_id) \
            if self.sheet.report_id is not None else []
        title = self.tr("<b>Lịch sử số liệu «{code} – {name}»</b>:").format(code=line.code, name=escape(line.name))
        odd = [o.message for o in self.ws.data_quality.outliers(self.sheet.key.period)
               if o.unit_id == self.sheet.key.unit_id and o.indicator_id == line.indicator_id] if changes else []
        if odd:
            title = self.tr("<b>⚠ Khác xa các kỳ trước của đơn vị</b> (cần xem lại, vẫn gửi được): {why}").format(
                why=escape(odd[0])) + "<br>" + title
        marks = [m for m in self.ws.data_quality.follow_ups(self.sheet.key.period)
                 if m.report_id == self.sheet.report_id and m.indicator_id == line.indicator_id]
        if marks:
            title = self.tr("<b>⚑ Văn phòng đề nghị kiểm tra</b> ({user}): {comment}").format(
                user=escape(marks[0].marked_by), comment=escape(marks[0].comment)) + "<br>" + title
        if not changes:
            self.history.setText(title + " " + self.tr("chưa có số liệu nào được nhập."))
            return
        steps = []
        for change in changes[-4:]:
            when = format_datetime(change.at)
            if change.action == "insert":
                what = self.tr("{user} nhập {after}")
            elif change.action == "delete":
                what = self.tr("{user} xóa {before}")
            else:
                what = self.tr("{user} sửa {before} → {after}")
            steps.append(f"{when}: " + what.format(user=escape(change.username), before=format_number(change.before),
                                                   after=format_number(change.after)))
        more = self.tr(" (và {count} lần trước đó)").format(count=len(changes) - 4) if len(changes) > 4 else ""
        self.history.setText(title + more + "<br>" + "<br>".join(steps))

    # --- saving ------------------------------------------------------------------------

    def _saved(self, saved: SavedCell) -> None:
        if saved.report is not None:
            self.report_version = saved.report.version
            if self.sheet is not None and self.sheet.state != saved.report.state:  # the draft was just made
                self.sheet = replace(self.sheet, state=saved.report.state, report_id=saved.report.id,
                                     version=saved.report.version)
        if self.sheet is not None:
            self._show_state()  # the changes since a reopen, the value's history

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit) \
                and watched.document().isModified():
            self.save_narrative()
        return super().eventFilter(watched, event)

    def save_narrative(self) -> None:
        if self.sheet is None or not self.sheet.editable:
            return
        texts = [edit.toPlainText() for edit in self.narrative.values()]
        try:
            info = self.ws.unit_reports.save_narrative(self.sheet.key, *texts, expected_version=self.report_version)
        except TNAppError as exc:
            show_error(self, exc)
            return
        for edit in self.narrative.values():
            edit.document().setModified(False)
        self.report_version = info.version

    def take_step(self, transition: Transition) -> None:
        if self.sheet is None:
            return
        if any(edit.document().isModified() for edit in self.narrative.values()):
            self.save_narrative()
        reports = self.ws.unit_reports
        key, version = self.sheet.key, self.report_version
        try:
            invalid = self.model.invalid_cells()
            if invalid and transition is Transition.SUBMIT:
                show_error(self, self.tr("Chưa gửi được báo cáo: có ô nhập sai chưa được lưu, "
                                         "hãy sửa hoặc xóa các ô tô đỏ:") + "\n• " + "\n• ".join(invalid))
                self.grid.setCurrentIndex(self.model.index(min(self.model.errors), VALUE))
                self.grid.setFocus()
                return
            if transition is Transition.SUBMIT:
                problems = reports.submission_problems(key)
                if problems:
                    show_error(self, self.tr("Chưa gửi được báo cáo:") + "\n• " + "\n• ".join(problems))
                    return
                drops = [self.tr("«{code} – {name}»: {why}").format(code=line.code, name=line.name, why=why)
                         for line in self.model.lines if (why := line.below_year_to_date)]
                if drops and not confirm(self, self.tr("Gửi báo cáo"), self.tr(
                        "Số lũy kế thấp hơn kỳ trước – có thể đã nhập số của riêng kỳ này:") + "\n• "
                        + "\n• ".join(drops) + "\n\n" + self.tr("Vẫn gửi báo cáo?")):
                    return
                reports.submit(key, expected_version=version)
            elif transition is Transition.ACCEPT:
                reports.accept(key, expected_version=version)
            else:
                step = reports.return_report if transition is Transition.RETURN else reports.reopen
                # the dialog stays open, with what was typed, while the reason is refused
                ReasonDialog.ask(self, tr_label(transition), lambda reason: step(key, reason, expected_version=version))
        except TNAppError as exc:
            show_error(self, exc)
        self.reload()

    # --- Excel ---------------------------------------------------------------------------

    def export_template(self) -> None:
        if self.sheet is None:
            return
        name = suggested_name(self.tr("báo cáo"), self.sheet.unit_code, self.sheet.key.period, suffix=".xlsx")
        path, _ = save_file(self, self.tr("Xuất mẫu báo cáo ra Excel"), name, EXCEL_FILTER)
        if path:
            self.export_to(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def export_to(self, path: Path) -> None:
        sheet = self.sheet
        assert sheet is not None
        try:
            run_task(self, self.tr("Đang ghi tệp…"),
                     lambda: self.ws.report_templates.template(sheet.key.unit_id, sheet.key.period, path))
        except TNAppError as exc:
            show_error(self, exc)
            return
        show_info(self, self.tr("Đã xuất mẫu báo cáo ra tệp «{file}».").format(file=str(path)))

    def import_paths(self, paths: list[Path]) -> None:
        if self.sheet is not None and import_reports(self, self.ws, paths, self.sheet.key.unit_id,
                                                     self.sheet.key.period):
            self.reload()
