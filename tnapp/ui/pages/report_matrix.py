"""Báo cáo đơn vị → Tổng hợp: units × the periods of a year, each cell the
report's state and how its deadline stands; overdue cells are red; ⚠ counts
the values far from the unit's own history, ⚑ those marked for checking (the
tooltip says which and why). A double-click opens that unit's report of that period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox,
    QTableView, QVBoxLayout, QWidget,
)

from tnapp.domain.formatting import format_date
from tnapp.domain.periods import Period, periods_in_year
from tnapp.domain.vocab import PeriodKind, ReportState
from tnapp.errors import TNAppError
from tnapp.services.data_quality import FollowUpRow, OutlierRow
from tnapp.services.reporting import ReportStatus
from tnapp.services.unit_reports import ReportMatrix
from tnapp.services.workspace import Workspace
from tnapp.ui.files import save_file, suggested_name
from tnapp.ui.forms import enum_combo, select_data
from tnapp.ui.labels import tr_label
from tnapp.ui.messages import show_error, show_info
from tnapp.ui.pages.report_import import EXCEL_FILTER, import_button, import_reports
from tnapp.ui.table_model import fit_rows
from tnapp.ui.tasks import run_task

Index = QModelIndex | QPersistentModelIndex
# state → (background, text colour)
COLOURS: dict[ReportState | None, tuple[str, str]] = {
    None: ("#ffffff", "#5f6368"),
    ReportState.DRAFT: ("#fff3c4", "#6b5200"),
    ReportState.SUBMITTED: ("#d6e9ff", "#0b3d91"),
    ReportState.ACCEPTED: ("#d4edda", "#1e5631"),
    ReportState.RETURNED: ("#ffe0b2", "#8a4b00"),
}
OVERDUE = ("#f4c7c3", "#8a1c12")
NOT_EXPECTED = "#eceff1"
KINDS = (PeriodKind.QUARTER, PeriodKind.MONTH, PeriodKind.HALF_YEAR, PeriodKind.YEAR)


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix = ReportMatrix((), ())
        self.outliers: dict[tuple[int, str], list[str]] = {}  # (unit id, period) → what is odd
        self.marks: dict[tuple[int, str], list[str]] = {}  # (unit id, period) → what to check

    def set_matrix(self, matrix: ReportMatrix, outliers: Sequence[OutlierRow] = (),
                   marks: Sequence[FollowUpRow] = ()) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.outliers, self.marks = {}, {}
        for row in outliers:
            self.outliers.setdefault((row.unit_id, row.period), []).append(
                f"{row.indicator_code} – {row.indicator_name}: {row.message}")
        for mark in marks:
            self.marks.setdefault((mark.unit_id, mark.period), []).append(
                f"{mark.indicator_code} – {mark.indicator_name}: {mark.comment}")
        self.endResetModel()

    def findings(self, status: ReportStatus) -> tuple[list[str], list[str]]:
        key = (status.unit_id, status.period)
        return self.outliers.get(key, []), self.marks.get(key, [])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.matrix.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.matrix.periods) + 1

    def status(self, index: Index) -> ReportStatus | None:
        """The cell's report status (``None``: the unit's name, or a period it does not report)."""
        if not index.isValid() or index.column() == 0:
            return None
        return self.matrix.rows[index.row()].cells[index.column() - 1]

    def state_text(self, status: ReportStatus) -> str:
        return tr_label(status.state) if status.state else self.tr("Chưa nhập")

    def cell_text(self, index: Index) -> str:
        row = self.matrix.rows[index.row()]
        if index.column() == 0:
            return row.unit.name
        status = self.status(index)
        if status is None:
            return "–"
        odd, marked = self.findings(status)
        marker = "".join(f" {sign}{len(found)}" for sign, found in (("⚠", odd), ("⚑", marked)) if found)
        return self.state_text(status) + marker + (f"\n{status.due}" if status.due else "")

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Đơn vị")
        return Period.parse(self.matrix.periods[section - 1]).short_label  # the year is in the spin box

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(index)
        if index.column() == 0:
            return self.matrix.rows[index.row()].unit.code if role == Qt.ItemDataRole.ToolTipRole else None
        status = self.status(index)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if status is None:
                return QColor(NOT_EXPECTED) if role == Qt.ItemDataRole.BackgroundRole else QColor("#9aa0a6")
            colours = OVERDUE if status.overdue else COLOURS[status.state]
            return QColor(colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1])
        if role == Qt.ItemDataRole.FontRole and status is not None and status.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if status is None:
                return self.tr("Đơn vị không báo cáo kỳ này.")
            text = self.tr("{state}; hạn nộp {deadline}. Nhấp đúp để mở báo cáo.").format(
                state=self.state_text(status), deadline=format_date(status.deadline))
            odd, marked = self.findings(status)
            if odd:
                text += "\n\n" + self.tr("⚠ Số liệu bất thường so với các kỳ trước của đơn vị:") \
                    + "".join(f"\n• {line}" for line in odd)
            if marked:
                text += "\n\n" + self.tr("⚑ Đang chờ kiểm tra:") + "".join(f"\n• {line}" for line in marked)
            return text
        return None


class ReportMatrixView(QWidget):
    """Built empty; ``refresh()`` reads the matrix (the page calls it once it is built)."""

    open_requested = Signal(int, str)  # unit id, period code

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.year = QSpinBox()
        self.year.setObjectName("matrixYear")
        self.year.setRange(2020, 2100)
        self.year.setValue(dt.date.today().year)
        self.kind = enum_combo(KINDS, PeriodKind.QUARTER)
        self.kind.setObjectName("matrixKind")
        self.year.valueChanged.connect(lambda _: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _: self.refresh())
        self.model = MatrixModel(self)
        self.table = QTableView()
        self.table.setObjectName("reportMatrix")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        fit_rows(self.table, lines=2)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.summary = QLabel()
        self.summary.setObjectName("matrixSummary")
        legend = QHBoxLayout()
        for text, (background, foreground) in ((self.tr("Chưa nhập"), COLOURS[None]),
                                               (tr_label(ReportState.DRAFT), COLOURS[ReportState.DRAFT]),
                                               (tr_label(ReportState.SUBMITTED), COLOURS[ReportState.SUBMITTED]),
                                               (tr_label(ReportState.ACCEPTED), COLOURS[ReportState.ACCEPTED]),
                                               (tr_label(ReportState.RETURNED), COLOURS[ReportState.RETURNED]),
                                               (self.tr("Quá hạn"), OVERDUE)):
            chip = QLabel(text)
            chip.setStyleSheet(f"QLabel {{ background: {background}; color: {foreground}; border: 1px solid #ccc;"
                               " border-radius: 3px; padding: 1px 8px; }")
            legend.addWidget(chip)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Năm:")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("Kỳ báo cáo:")))
        top.addWidget(self.kind)
        top.addStretch(1)
        signs = QLabel(self.tr("⚠ số liệu bất thường · ⚑ chờ kiểm tra"))
        signs.setToolTip(self.tr("⚠: số giá trị khác xa các kỳ trước của chính đơn vị (xem tab Kiểm tra số liệu); "
                                 "⚑: số giá trị văn phòng đánh dấu cần kiểm tra."))
        legend.addSpacing(16)
        signs.setWordWrap(True)  # on two lines if the colours leave too little room (English at 1024 px)
        legend.addWidget(signs, 1)  # the marks' legend beside the colours', so the summary keeps its room
        top.addWidget(self.summary)
        self.period = QComboBox()
        self.period.setObjectName("matrixPeriod")
        self.export_button = QPushButton(self.tr("Xuất mẫu Excel mọi đơn vị…"))
        self.export_button.clicked.connect(self.export_templates)
        self.import_button = import_button(self, self.tr("Nhập báo cáo từ Excel…"), self.import_paths)
        actions = QHBoxLayout()  # a row of their own: beside the legend they were cut at 1024 px
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Kỳ:")))
        actions.addWidget(self.period)
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(legend)
        layout.addLayout(actions)

    def periods(self) -> list[str]:
        return [p.code for p in periods_in_year(self.year.value(), PeriodKind(self.kind.currentData()))]

    def refresh(self) -> None:
        periods = self.periods()
        self.model.set_matrix(self.ws.unit_reports.overview(periods), self.ws.data_quality.outliers(periods),
                              [m for m in self.ws.data_quality.follow_ups() if m.period in periods])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        cells = [c for r in self.model.matrix.rows for c in r.cells if c is not None]
        overdue = sum(c.overdue for c in cells)
        done = sum(c.state in (ReportState.SUBMITTED, ReportState.ACCEPTED) for c in cells)
        started = [p for p in self.model.matrix.periods if Period.parse(p).start <= dt.date.today()]
        chosen = self.period.currentData()
        if chosen not in self.model.matrix.periods:  # default: the period under way
            chosen = started[-1] if started else None
        self.period.clear()
        for code in self.model.matrix.periods:
            self.period.addItem(Period.parse(code).label, code)
        select_data(self.period, chosen)
        not_due = sum(c.deadline >= dt.date.today() for c in cells)
        summary = self.tr("{done}/{total} báo cáo đã gửi (trong đó {n} báo cáo chưa đến hạn); {overdue} quá hạn") \
            if not_due else self.tr("{done}/{total} báo cáo đã gửi; {overdue} quá hạn")
        self.summary.setText(summary.format(done=done, total=len(cells), n=not_due, overdue=overdue) if cells
                             else self.tr("Không đơn vị nào phải báo cáo theo kỳ này."))

    def show_period(self, period: Period) -> None:
        """The year and kind of ``period`` (a kind the matrix does
        not list, 9 months, shows its year in quarters); its first cell current."""
        self.year.setValue(period.year)
        select_data(self.kind, period.kind if period.kind in KINDS else PeriodKind.QUARTER)
        if period.code in self.model.matrix.periods:
            select_data(self.period, period.code)
            self.table.setCurrentIndex(self.model.index(0, self.model.matrix.periods.index(period.code) + 1))

    def cell(self, unit_code: str, period: str) -> QModelIndex:
        row = next(i for i, r in enumerate(self.model.matrix.rows) if r.unit.code == unit_code)
        return self.model.index(row, self.model.matrix.periods.index(Period.parse(period).code) + 1)

    def _open(self, index: QModelIndex) -> None:
        status = self.model.status(index)
        if status is not None:
            self.open_requested.emit(status.unit_id, status.period)

    # --- Excel for every unit -------------------------------------------------------------

    def export_templates(self) -> None:
        period = self.period.currentData()
        if period is None:
            return
        name = suggested_name(self.tr("báo cáo"), period, suffix=".xlsx")
        path, _ = save_file(self, self.tr("Xuất mẫu báo cáo mọi đơn vị"), name, EXCEL_FILTER)
        if path:
            self.export_to(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"), period)

    def export_to(self, path: Path, period: str) -> None:
        try:
            run_task(self, self.tr("Đang ghi tệp…"), lambda: self.ws.report_templates.template_all(period, path))
        except TNAppError as exc:
            show_error(self, exc)
            return
        show_info(self, self.tr("Đã xuất mẫu báo cáo {period} ra tệp «{file}».").format(
            period=Period.parse(period).label, file=str(path)))

    def import_paths(self, paths: list[Path]) -> None:
        """Files of any unit and period: each file says whose report it is."""
        import_reports(self, self.ws, paths)  # what it saved shows through the change feed
