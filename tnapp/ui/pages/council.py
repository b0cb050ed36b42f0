"""Hội đồng: the Emulation and Commendation Council — its members per term,
and its meetings (a list; a meeting opens in the meeting view)."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from tnapp.services.workspace import Workspace
from tnapp.ui.pages.base import Page
from tnapp.ui.pages.council_meeting import MeetingView
from tnapp.ui.pages.council_meetings import MeetingListPage
from tnapp.ui.pages.council_members import CouncilMembersPage


class CouncilPage(Page):
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
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        self.meetings.open_requested.connect(self.open_meeting)
        self.meeting.back_requested.connect(self.show_meetings)
        self.meeting.changed.connect(self.meetings.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def open_meeting(self, meeting_id: int) -> MeetingView:
        self.tabs.setCurrentWidget(self.meeting_stack)
        self.meeting.open(meeting_id)
        self.meeting_stack.setCurrentWidget(self.meeting)
        return self.meeting

    def show_meetings(self) -> None:
        self.meetings.refresh()
        self.meeting_stack.setCurrentWidget(self.meetings)

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.members:
            self.members.refresh()
        elif self.meeting_stack.currentWidget() is self.meeting:
            self.meeting.refresh()
        else:
            self.meetings.refresh()
