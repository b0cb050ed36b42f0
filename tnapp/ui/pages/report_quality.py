"""Báo cáo đơn vị → Kiểm tra số liệu: the values of a period far from their
unit's own history (warnings, never blocks) and the values marked for
checking; the office marks a value with what to check and clears the mark
with a reason. A double-click opens the unit's report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget,
)

from tnapp.domain.formatting import format_datetime, format_number
from tnapp.domain.periods import Period, periods_in_year
from tnapp.domain.permissions import Permission
from tnapp.domain.vocab import PeriodKind
from tnapp.errors import TNAppError
from tnapp.services.data_quality import FollowUpRow, OutlierRow
from tnapp.services.workspace import Workspace
from tnapp.ui.forms import select_data
from tnapp.ui.messages import show_error
from tnapp.ui.pages.report_import import ReasonDialog
from tnapp.ui.table_model import Column, RowTableModel, fit_columns, table_view

KINDS = (PeriodKind.QUARTER, PeriodKind.MONTH, PeriodKind.HALF_YEAR, PeriodKind.NINE_MONTHS, PeriodKind.YEAR)


def _value(value: float | None) -> str:
    return format_number(value) if value is not None else "–"


class ReportQualityView(QWidget):
    """Built empty; ``refresh()`` reads the period's outliers and marks."""

    open_requested = Signal(int, str)  # unit id, period code

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.marked: set[tuple[int, int]] = set()  # (report, indicator) with an open mark
        self.year = QSpinBox()
        self.year.setObjectName("qualityYear")
        self.year.setRange(2020, 2100)
        self.year.setValue(dt.date.today().year)
        self.period = QComboBox()
        self.period.setObjectName("qualityPeriod")
        self.period.setMinimumContentsLength(18)
        self.year.valueChanged.connect(lambda _: self._fill_periods())
        self.period.currentIndexChanged.connect(lambda _: self.refresh())

        self.outlier_model: RowTableModel[OutlierRow] = RowTableModel([
            Column(self.tr("Đơn vị"), lambda r: r.unit_name),
            Column(self.tr("Chỉ tiêu"), lambda r: f"{r.indicator_code} – {r.indicator_name}"),
            Column(self.tr("Giá trị"), lambda r: _value(r.value), align_right=True),
            Column(self.tr("Đánh dấu"), lambda r: self.tr("cần kiểm tra")
                   if (r.report_id, r.indicator_id) in self.marked else ""),
            Column(self.tr("Nhận xét (so với các kỳ trước của đơn vị)"), lambda r: r.message,
                   tooltip=lambda r: r.message),
        ], parent=self)
        self.outliers = table_view(self.outlier_model, "outlierList")
        self.outliers.doubleClicked.connect(lambda i: self._open(self.outlier_model.row_at(i.row())))
        self.mark_model: RowTableModel[FollowUpRow] = RowTableModel([
            Column(self.tr("Đơn vị"), lambda m: m.unit_name),
            Column(self.tr("Kỳ"), lambda m: Period.parse(m.period).label),
            Column(self.tr("Chỉ tiêu"), lambda m: f"{m.indicator_code} – {m.indicator_name}"),
            Column(self.tr("Giá trị"), lambda m: _value(m.value), align_right=True),
            Column(self.tr("Nội dung cần kiểm tra"), lambda m: m.comment, tooltip=lambda m: m.comment),
            Column(self.tr("Người đánh dấu"), lambda m: f"{m.marked_by}, {format_datetime(m.marked_at)}"),
        ], parent=self)
        self.marks = table_view(self.mark_model, "followUpList")
        self.marks.doubleClicked.connect(lambda i: self._open(self.mark_model.row_at(i.row())))
        for view in (self.outliers, self.marks):
            view.setWordWrap(True)
            # rows as high as their wrapped text at the columns' widths, which are known only once laid out
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.mark_button = QPushButton(self.tr("Đánh dấu cần kiểm tra…"))
        self.mark_button.setObjectName("markButton")
        self.mark_button.clicked.connect(self.mark_selected)
        self.clear_button = QPushButton(self.tr("Bỏ đánh dấu…"))
        self.clear_button.setObjectName("clearMarkButton")
        self.clear_button.clicked.connect(self.clear_selected)
        self.outlier_title = QLabel()
        self.outlier_title.setObjectName("outlierTitle")
        self.outlier_title.setWordWrap(True)
        self.outlier_title.linkActivated.connect(self.show_period)  # "the latest period with values: …"
        self.mark_title = QLabel()
        self.mark_title.setObjectName("markTitle")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Năm:")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("Kỳ:")))
        top.addWidget(self.period)
        top.addStretch(1)
        outlier_bar = QHBoxLayout()
        outlier_bar.addWidget(self.outlier_title, 1)
        outlier_bar.addWidget(self.mark_button)
        mark_bar = QHBoxLayout()
        mark_bar.addWidget(self.mark_title, 1)
        mark_bar.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(outlier_bar)
        layout.addWidget(self.outliers, 3)
        layout.addLayout(mark_bar)
        layout.addWidget(self.marks, 2)
        self._fill_periods(block=True)

    def _fill_periods(self, chosen: str | None = None, block: bool = False) -> None:
        chosen = chosen or self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        today = dt.date.today()
        for kind in KINDS:
            for period in periods_in_year(self.year.value(), kind):
                self.period.addItem(period.label, period.code)
        if chosen is None:  # the latest quarter under way or ended
            started = [p.code for p in periods_in_year(self.year.value(), PeriodKind.QUARTER) if p.start <= today]
            chosen = started[-1] if started else None
        select_data(self.period, chosen)
        self.period.blockSignals(False)
        if not block:
            self.refresh()

    def show_period(self, period: str) -> None:
        self.year.blockSignals(True)
        self.year.setValue(Period.parse(period).year)
        self.year.blockSignals(False)
        self._fill_periods(Period.parse(period).code)

    def show_latest(self) -> None:
        """Open on the latest period with values: the period due often has none yet."""
        try:
            latest = self.ws.data_quality.latest_period_with_values()
        except TNAppError as exc:
            show_error(self, exc)
            return
        if latest is None:
            self.refresh()
        else:
            self.show_period(latest)

    def refresh(self) -> None:
        period = self.period.currentData()
        if period is None:
            return
        try:
            outliers = self.ws.data_quality.outliers(period)
            marks = self.ws.data_quality.follow_ups()
            filled = self.ws.data_quality.periods_with_values()
        except TNAppError as exc:
            show_error(self, exc)
            return
        self.marked = {(m.report_id, m.indicator_id) for m in marks}
        self.outlier_model.set_rows(outliers)
        self.mark_model.set_rows(marks)
        self.outlier_title.setText(self._outlier_title(Period.parse(period), len(outliers), filled))
        self.mark_title.setText(self.tr("<b>Số liệu đang chờ kiểm tra</b> (mọi kỳ): {count}").format(
            count=len(marks)))
        for view in (self.outliers, self.marks):
            fit_columns(view, 4)  # the explanation, or what to check: the room left, wrapped
        may_mark = self.ws.actor.can(Permission.ACCEPT_REPORTS)
        self.mark_button.setEnabled(may_mark and bool(outliers))
        self.clear_button.setEnabled(may_mark and bool(marks))

    def _outlier_title(self, period: Period, count: int, filled: list[str]) -> str:
        if period.code not in filled:
            text = self.tr("<b>Số liệu bất thường {period}</b>: chưa đơn vị nào nhập số liệu của kỳ này.").format(
                period=period.label)
            if filled:
                text += " " + self.tr("Kỳ gần nhất có số liệu: <a href=\"{code}\">{period}</a>.").format(
                    code=filled[-1], period=Period.parse(filled[-1]).label)
            return text
        if count:
            return self.tr("<b>Số liệu bất thường {period}</b>: {count} giá trị khác xa các kỳ trước "
                           "của chính đơn vị (chỉ cảnh báo, không chặn gửi báo cáo)").format(
                period=period.label, count=count)
        return self.tr("<b>Số liệu bất thường {period}</b>: không có giá trị nào khác xa các kỳ trước "
                       "của đơn vị.").format(period=period.label)

    def _open(self, row: OutlierRow | FollowUpRow) -> None:
        self.open_requested.emit(row.unit_id, row.period)

    def mark_selected(self) -> None:
        self._ask_and_save(self.outliers, self.outlier_model, self.tr(
            "Hãy chọn một số liệu bất thường trong danh sách trên."), self.tr("Đánh dấu cần kiểm tra"), self.tr(
            "Cần kiểm tra gì ở số liệu «{indicator}» của {unit}? (đơn vị và văn phòng sẽ thấy)"),
            lambda row, comment: self.ws.data_quality.mark(row.report_id, row.indicator_id, comment))

    def clear_selected(self) -> None:
        self._ask_and_save(self.marks, self.mark_model, self.tr(
            "Hãy chọn một số liệu đang chờ kiểm tra trong danh sách dưới."), self.tr("Bỏ đánh dấu"), self.tr(
            "Đã kiểm tra số liệu «{indicator}» của {unit} thế nào? (lý do được ghi vào nhật ký)"),
            lambda mark, reason: self.ws.data_quality.clear(mark.id, reason, expected_version=mark.version))

    def _ask_and_save(self, view: QTableView, model: RowTableModel, none_chosen: str, title: str, prompt: str,
                      save: Callable[[Any, str], object]) -> None:
        """Ask for the text of the chosen row's step (a comment, a reason) in a dialog that saves it and stays open
        while the text is refused, and show the lists again."""
        index = view.currentIndex()
        if not index.isValid():
            show_error(self, none_chosen)
            return
        row = model.row_at(index.row())
        ReasonDialog.ask(self, title, lambda text: save(row, text),
                         prompt.format(indicator=row.indicator_name, unit=row.unit_name))
        self.refresh()  # also after a refusal: the mark may have been cleared meanwhile
