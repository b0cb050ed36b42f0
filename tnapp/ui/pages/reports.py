"""Báo cáo đơn vị: the overview matrix of the units' reports and the entry
form of one report; a double-click in the matrix opens the form, and what
the form saves shows in the matrix."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tnapp.domain.periods import Period
from tnapp.services.workspace import Workspace
from tnapp.services.changes import Data
from tnapp.ui.changes import follow
from tnapp.ui.pages.base import Page
from tnapp.ui.pages.report_entry import ReportEntryView
from tnapp.ui.pages.report_matrix import ReportMatrixView
from tnapp.ui.pages.report_quality import ReportQualityView


class ReportsPage(Page):
    area_key = "reports"
    follows_changes = True
    help_places = ("entry", "quality")

    def __init__(self, ws: Workspace, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(ws, parent)
        self.tabs = QTabWidget(self)
        self.matrix = ReportMatrixView(ws, self.tabs)
        self.entry = ReportEntryView(ws, self.tabs, today=today)
        self.quality = ReportQualityView(ws, self.tabs)
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(self.matrix, self.tr("Tổng hợp theo kỳ"))
        self.tabs.addTab(self.entry, self.tr("Nhập báo cáo"))
        self.tabs.addTab(self.quality, self.tr("Kiểm tra số liệu"))
        self.matrix.open_requested.connect(self.open_report)
        self.quality.open_requested.connect(self.open_report)
        follow(self.matrix, ws, (Data.REPORTS, Data.INDICATORS, Data.COMMUNE), self.matrix.refresh)
        follow(self.quality, ws, (Data.REPORTS, Data.INDICATORS, Data.SETTINGS), self.quality.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        # Read only once every widget is built: a database error then leaves no half-made widget behind.
        self.matrix.refresh()
        self.entry.load()
        self.quality.show_latest()

    def show_place(self, place: str) -> None:
        """The matrix, on the period ``place`` (a code, "2026-Q3") when given."""
        self.tabs.setCurrentWidget(self.matrix)
        if place:
            self.matrix.show_period(Period.parse(place))

    def open_report(self, unit_id: int, period: str) -> None:
        self.tabs.setCurrentWidget(self.entry)
        self.entry.open_report(unit_id, period)
