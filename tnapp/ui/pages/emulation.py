"""Thi đua: the year's emulation records, one tab each — movements,
registrations, ratings, initiatives, exemplars, discipline, award history,
households, complaints."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tnapp.services.workspace import Workspace
from tnapp.ui.pages.base import Page
from tnapp.ui.pages.emulation_awards import AwardHistoryPage
from tnapp.ui.pages.emulation_exemplars import ExemplarsPage
from tnapp.ui.pages.emulation_households import HouseholdsPage
from tnapp.ui.pages.emulation_movements import MovementsPage
from tnapp.ui.pages.emulation_ratings import RatingsPage
from tnapp.ui.pages.emulation_records import ComplaintsPage, DisciplinePage, InitiativesPage
from tnapp.ui.pages.emulation_registrations import RegistrationsPage


class EmulationPage(Page):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setObjectName("emulationTabs")
        self._pages: dict[str, Page] = {}
        self._factories = {
            "movements": (MovementsPage, self.tr("Phong trào")),
            "registrations": (RegistrationsPage, self.tr("Đăng ký thi đua")),
            "ratings": (RatingsPage, self.tr("Đánh giá xếp loại")),
            "initiatives": (InitiativesPage, self.tr("Sáng kiến")),
            "exemplars": (ExemplarsPage, self.tr("Điển hình")),
            "discipline": (DisciplinePage, self.tr("Kỷ luật, thanh tra")),
            "awards": (AwardHistoryPage, self.tr("Lịch sử khen thưởng")),
            "households": (HouseholdsPage, self.tr("Hộ gia đình")),
            "complaints": (ComplaintsPage, self.tr("Khiếu nại")),
        }
        for key, (_, title) in self._factories.items():
            holder = QWidget()
            holder.setObjectName(key)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, title)
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.page("movements")

    def page(self, key: str) -> Page:
        """The tab ``key``'s page, built the first time it is asked for."""
        if key not in self._pages:
            cls, _ = self._factories[key]
            page = cls(self.ws)
            holder = self.tabs.widget(list(self._factories).index(key))
            holder.layout().addWidget(page)
            self._pages[key] = page
        return self._pages[key]

    def show_tab(self, key: str) -> Page:
        page = self.page(key)
        self.tabs.setCurrentIndex(list(self._factories).index(key))
        return page

    def refresh(self) -> None:
        """Build the tab in view on first use, re-read it afterwards."""
        key = list(self._factories)[self.tabs.currentIndex()]
        if key in self._pages:
            self._pages[key].refresh()
        else:
            self.page(key)
