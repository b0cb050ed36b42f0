"""Danh mục: the commune's units and people, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tnapp.services.workspace import Workspace
from tnapp.ui.pages.base import Page
from tnapp.ui.pages.people_page import PeoplePage
from tnapp.ui.pages.units_page import UnitsPage


class CataloguePage(Page):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.units = UnitsPage(ws)
        self.people = PeoplePage(ws)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.units, self.tr("Đơn vị"))
        self.tabs.addTab(self.people, self.tr("Người"))
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        """Re-read the tab in view: a unit added on one tab shows in the other's filter."""
        page = self.tabs.currentWidget()
        if isinstance(page, Page):
            page.refresh()
