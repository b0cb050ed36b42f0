"""Thi đua: the year's emulation records, one tab each — movements,
registrations, ratings, initiatives, exemplars, discipline, award history,
households, complaints."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tnapp.services.changes import Data
from tnapp.services.workspace import Workspace
from tnapp.ui.changes import follow
from tnapp.ui.pages.base import Page
from tnapp.ui.pages.emulation_awards import AwardHistoryPage
from tnapp.ui.pages.emulation_exemplars import ExemplarsPage
from tnapp.ui.pages.emulation_households import HouseholdsPage
from tnapp.ui.pages.emulation_movements import MovementsPage
from tnapp.ui.pages.emulation_ratings import RatingsPage
from tnapp.ui.pages.emulation_records import ComplaintsPage, DisciplinePage, InitiativesPage
from tnapp.ui.pages.emulation_registrations import RegistrationsPage


_NAMES = (Data.COMMUNE, Data.PEOPLE)  # every tab names people and units


class EmulationPage(Page):
    """The tabs follow the workspace's changes: each re-reads (when in view) after a
    write to what it shows, wherever it was made."""

    follows_changes = True
    help_places = ("awards",)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setObjectName("emulationTabs")
        self._pages: dict[str, Page] = {}
        self._factories = {  # key: (page, tab title, the data it shows besides people and units)
            "movements": (MovementsPage, self.tr("Phong trào"), (Data.EMULATION, Data.INDICATORS)),
            "registrations": (RegistrationsPage, self.tr("Đăng ký thi đua"), (Data.EMULATION, Data.AWARDS,
                                                                             Data.SETTINGS)),
            "ratings": (RatingsPage, self.tr("Đánh giá xếp loại"), (Data.EMULATION, Data.SETTINGS)),
            "initiatives": (InitiativesPage, self.tr("Sáng kiến"), (Data.EMULATION,)),
            "exemplars": (ExemplarsPage, self.tr("Điển hình"), (Data.EMULATION, Data.AWARDS)),
            "discipline": (DisciplinePage, self.tr("Kỷ luật, thanh tra"), (Data.EMULATION,)),
            "awards": (AwardHistoryPage, self.tr("Lịch sử khen thưởng"), (Data.AWARDS, Data.COUNCIL)),
            "households": (HouseholdsPage, self.tr("Hộ gia đình"), (Data.AWARDS,)),
            "complaints": (ComplaintsPage, self.tr("Khiếu nại"), (Data.COMPLAINTS, Data.SETTINGS)),
        }
        for key, (_, title, _) in self._factories.items():
            holder = QWidget()
            holder.setObjectName(key)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, title)
        self.tabs.currentChanged.connect(lambda index: self.page(list(self._factories)[index]))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.page("movements")

    def page(self, key: str) -> Page:
        """The tab ``key``'s page, built the first time it is asked for."""
        if key not in self._pages:
            cls, _, shows = self._factories[key]
            page = cls(self.ws)
            follow(page, self.ws, (*_NAMES, *shows), page.refresh)
            holder = self.tabs.widget(list(self._factories).index(key))
            holder.layout().addWidget(page)
            self._pages[key] = page
        return self._pages[key]

    def show_tab(self, key: str) -> Page:
        page = self.page(key)
        self.tabs.setCurrentIndex(list(self._factories).index(key))
        return page

    def show_place(self, place: str) -> None:
        if place in self._factories:
            self.show_tab(place)

    def refresh(self) -> None:
        """Re-read the tab in view."""
        self.page(list(self._factories)[self.tabs.currentIndex()]).refresh()
