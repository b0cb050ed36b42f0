"""Chỉ tiêu: the commune's socio-economic indicators. Its tabs: "Tiến độ"
(the progress dashboard) and "Danh mục chỉ tiêu" (the catalogue, targets,
rules and the plan appendix in Excel)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tnapp.services.changes import Data
from tnapp.ui.changes import follow
from tnapp.ui.pages.base import Page
from tnapp.ui.pages.dashboard import DashboardView
from tnapp.ui.pages.indicator_catalogue import IndicatorCatalogueView

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace


class IndicatorsPage(Page):
    area_key = "indicators"
    follows_changes = True
    help_places = ("catalogue",)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("indicatorTabs")
        self.dashboard = DashboardView(ws)
        self.tabs.addTab(self.dashboard, self.tr("Tiến độ"))
        self.catalogue = IndicatorCatalogueView(ws)
        follow(self.catalogue, ws, (Data.INDICATORS, Data.COMMUNE), self.catalogue.refresh)
        self.tabs.addTab(self.catalogue, self.tr("Danh mục chỉ tiêu"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
