"""Hội đồng: the Emulation and Commendation Council — its members per term,
and its meetings (a list; a meeting opens in the meeting view)."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from tnapp.services.changes import Data
from tnapp.services.workspace import Workspace
from tnapp.ui.changes import follow
from tnapp.ui.pages.base import Page
from tnapp.ui.pages.council_meeting import MeetingView
from tnapp.ui.pages.council_meetings import MeetingListPage
from tnapp.ui.pages.council_members import CouncilMembersPage


class CouncilPage(Page):
    """Members, meetings and the open meeting follow the workspace's changes: each
    re-reads (when in view) after a write to what it shows, wherever it was made."""

    follows_changes = True

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.members = CouncilMembersPage(ws)
        self.meetings = MeetingListPage(ws)
        self.meeting = MeetingView(ws)
        self.meeting_stack = QStackedWidget()
        self.meeting_stack.setObjectName("meetingStack")
        self.meeting_stack.addWidget(self.meetings)
        self.meeting_stack.addWidget(self.meeting)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setObjectName("councilTabs")
        self.tabs.addTab(self.members, self.tr("Thành viên Hội đồng"))
        self.tabs.addTab(self.meeting_stack, self.tr("Phiên họp"))
        self.meetings.open_requested.connect(self.open_meeting)
        self.meeting.back_requested.connect(self.show_meetings)
        follow(self.members, ws, (Data.COUNCIL,), self.members.refresh)
        follow(self.meetings, ws, (Data.COUNCIL, Data.PROPOSALS), self.meetings.refresh)
        # the slides judge eligibility on the meeting's day: ratings, matters and awards count
        follow(self.meeting, ws, (Data.COUNCIL, Data.PROPOSALS, Data.PEOPLE, Data.COMMUNE, Data.EMULATION,
                                  Data.AWARDS, Data.SETTINGS, Data.DOCUMENTS), self.meeting.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def open_meeting(self, meeting_id: int) -> MeetingView:
        self.tabs.setCurrentWidget(self.meeting_stack)
        self.meeting.open(meeting_id)
        self.meeting_stack.setCurrentWidget(self.meeting)
        return self.meeting

    def show_meetings(self) -> None:
        self.meeting_stack.setCurrentWidget(self.meetings)

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.members:
            self.members.refresh()
        elif self.meeting_stack.currentWidget() is self.meeting:
            self.meeting.refresh()
        else:
            self.meetings.refresh()
