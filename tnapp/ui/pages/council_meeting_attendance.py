"""The meeting view's attendance tab ("Điểm danh"): the grid marked by keys 1/2/3 or the
combo, and the Ban kiểm phiếu elected among the members present.

A part of ``MeetingView`` (``tnapp.ui.pages.council_meeting``), which reads the meeting
(``self.overview``, ``self.runs``) and fills the tab at each refresh."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from tnapp.domain.vocab import Attendance, MeetingState
from tnapp.services.council import AttendanceRow, MeetingOverview
from tnapp.ui.labels import tr_label
from tnapp.ui.pages.council_attendance import AttendanceDelegate, AttendanceModel, AttendanceView
from tnapp.ui.table_model import Column, fit_columns, fit_rows


class MeetingAttendance:
    """The attendance tab of ``MeetingView``."""

    def _attendance_tab(self) -> QWidget:
        columns = [
            Column(self.tr("Họ và tên"), lambda r: r.full_name),
            Column(self.tr("Vai trò"), lambda r: tr_label(r.role)),
            Column(self.tr("Chức vụ"), lambda r: r.position),
            Column(self.tr("Điểm danh"), lambda r: tr_label(r.status) if r.status else self.tr("(chưa điểm danh)")),
        ]
        self.attendance = AttendanceModel(columns, self.set_attendance, self)
        self.attendance_view = AttendanceView()
        self.attendance_view.setObjectName("attendanceGrid")
        self.attendance_view.setModel(self.attendance)
        self.attendance_view.setItemDelegateForColumn(AttendanceModel.STATUS, AttendanceDelegate(self))
        self.attendance_edit_triggers = (QAbstractItemView.EditTrigger.SelectedClicked
                                         | QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.attendance_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendance_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attendance_view.verticalHeader().hide()
        self.attendance_view.setAlternatingRowColors(True)
        fit_rows(self.attendance_view)
        hint = QLabel(self.tr("Chọn một người rồi gõ 1 = có mặt, 2 = vắng có ý kiến bằng văn bản, 3 = vắng "
                              "(hoặc bấm đôi vào ô «Điểm danh» để chọn). Mỗi người chỉ có một trạng thái."))
        hint.setWordWrap(True)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(self.attendance_view, 1)
        layout.addWidget(self._board_box())
        return box

    def _board_box(self) -> QGroupBox:
        """The Ban kiểm phiếu the meeting elects among the members present: its head and members."""
        group = QGroupBox(self.tr("Ban kiểm phiếu"))
        self.board_head = QComboBox()
        self.board_head.setObjectName("boardHead")
        self.board_members = QListWidget()
        self.board_members.setObjectName("boardMembers")
        self.board_members.setMaximumHeight(self.board_members.fontMetrics().lineSpacing() * 5)
        self.board_button = QPushButton(self.tr("Lưu Ban kiểm phiếu"))
        self.board_button.setObjectName("saveBoard")
        self.board_button.clicked.connect(self.save_board)
        self.board_label = QLabel()
        self.board_label.setObjectName("boardStatus")
        self.board_label.setWordWrap(True)
        form = QGridLayout(group)
        form.addWidget(QLabel(self.tr("Trưởng ban:")), 0, 0)
        form.addWidget(self.board_head, 0, 1)
        form.addWidget(QLabel(self.tr("Thành viên:")), 1, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.board_members, 1, 1)
        form.addWidget(self.board_button, 0, 2)
        form.addWidget(self.board_label, 2, 0, 1, 3)
        form.setColumnStretch(1, 1)
        return group

    def _fill_attendance(self, overview: MeetingOverview) -> None:
        current = self.attendance_view.currentIndex()
        self.attendance.set_rows(overview.attendance)
        fit_columns(self.attendance_view, stretch=2)
        if current.isValid():
            self.attendance_view.setCurrentIndex(self.attendance.index(current.row(), current.column()))
        self.attendance_view.setEditTriggers(self.attendance_edit_triggers if self.runs
                                             and overview.meeting.state is not MeetingState.CLOSED
                                             else QAbstractItemView.EditTrigger.NoEditTriggers)

    def _fill_board(self, overview: MeetingOverview) -> None:
        board = self.ws.council.counters(self.meeting_id)
        chosen = {c.member_id for c in board}
        head = next((c.member_id for c in board if c.is_head), None)
        present = [a for a in overview.attendance if a.status is Attendance.PRESENT]
        self.board_head.clear()
        self.board_members.clear()
        for row in present:
            self.board_head.addItem(row.full_name, row.member_id)
            entry = QListWidgetItem(row.full_name)
            entry.setData(Qt.ItemDataRole.UserRole, row.member_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if row.member_id in chosen and row.member_id != head
                                else Qt.CheckState.Unchecked)
            self.board_members.addItem(entry)
        if head is not None:
            self.board_head.setCurrentIndex(max(0, self.board_head.findData(head)))
        editable = self.runs and overview.meeting.state is not MeetingState.CLOSED and not any(
            s.tallies for g in overview.groups for s in g.slides)
        for widget in (self.board_head, self.board_members, self.board_button):
            widget.setEnabled(editable and bool(present))
        self.board_label.setText("; ".join(f"{c.full_name} – {c.label.lower()}" for c in board) if board else
                                 self.tr("Chưa ghi Ban kiểm phiếu: bầu trong số thành viên có mặt, trước khi kiểm "
                                         "phiếu (Ban kiểm phiếu ký biên bản kiểm phiếu)."))

    def save_board(self) -> None:
        head = self.board_head.currentData()
        if head is None:
            return
        members = [self.board_members.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.board_members.count())
                   if self.board_members.item(i).checkState() is Qt.CheckState.Checked]
        self._act(lambda: self.ws.council.set_counters(self.meeting_id, head, members))

    def set_attendance(self, row: AttendanceRow, status: Attendance) -> None:
        self._act(lambda: self.ws.council.set_attendance(self.meeting_id, row.member_id, status))
