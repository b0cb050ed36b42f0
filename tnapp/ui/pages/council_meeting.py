"""One council meeting, as the secretary runs it: the header (date, place,
state, quorum as attendance is marked), the attendance grid, the agenda
grouped by title with the tally entry of the chosen item, the presentation
mode (F5), and the papers: ballots, ballot-count record, minutes, the draft
decision, certificates, and the signed decision that writes the award history.

Everything is read from ``ws.council.overview()`` and written through the
council service; refusals are shown as the service words them."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton, QScrollArea, QSpinBox, QSplitter, QTabWidget, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from tnapp.domain.formatting import format_date, format_datetime, format_money
from tnapp.domain.permissions import Permission
from tnapp.domain.vocab import Attendance, MeetingState
from tnapp.errors import TNAppError, ValidationError
from tnapp.reports import certificates, council_docs
from tnapp.services import council_papers
from tnapp.services.council import AttendanceRow, DecisionRow, MeetingOverview, PaperChecklist, Slide, TallyInput
from tnapp.services.workspace import Workspace
from tnapp.ui.forms import DateEdit, FormDialog, clean
from tnapp.ui.labels import tr_label
from tnapp.ui.messages import confirm, show_error, show_info
from tnapp.ui.pages.base import heading
from tnapp.ui.pages.council_attendance import AttendanceDelegate, AttendanceModel, AttendanceView
from tnapp.ui.printing import ask_printer, print_pdf
from tnapp.ui.pages.council_presentation import (
    Deck, DeckSlide, MeetingKeys, Presentation, PresenterPanel, choose_screens, deck_slides, screen_label,
)
from tnapp.ui.pages.council_tally import CancelTallyDialog, TallyForm, TallyState, tally_state
from tnapp.ui.table_model import Column, fit_columns, fit_rows
from tnapp.ui.tasks import run_task

STATE_STYLES = {MeetingState.PLANNED: "background: #e3f2fd; color: #0d47a1;",
                MeetingState.IN_PROGRESS: "background: #fff3c4; color: #6d4c00;",
                MeetingState.CLOSED: "background: #e8f5e9; color: #1b5e20;"}
RESULT_COLOURS = {True: "#1b5e20", False: "#8a1c12"}
QUORUM_MET = "color: #1b5e20; font-weight: bold;"
QUORUM_NOT_MET = "color: #8a1c12; font-weight: bold;"
PDF, WORD = "PDF (*.pdf)", "Word (*.docx)"
CHECK_STYLE = "color: #6d4c00;"
# The buttons' papers as the service names them.
PAPERS = {"ballots": "ballots", "count": "count_record", "minutes": "minutes", "decision": "decision",
          "certificates": "certificates", "recognitions": "recognitions"}


def checklist_text(checklist: PaperChecklist) -> str:
    """The lines of a paper's checklist, one per line ("" when nothing is unconfirmed)."""
    return "\n".join(f"• {line}" for line in checklist.lines())


def side_by_side(left: QWidget, right: QWidget, stretch: tuple[int, int]) -> QSplitter:
    splitter = QSplitter(Qt.Orientation.Horizontal)
    for index, widget in enumerate((left, right)):
        splitter.addWidget(widget)
        splitter.setStretchFactor(index, stretch[index])
    return splitter


# --- the signed decision ------------------------------------------------------------------------

class SignedDecisionDialog(FormDialog):
    """The number and date of the signed decision; saving writes the award history."""

    def __init__(self, ws: Workspace, decision: DecisionRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ghi quyết định đã ký"), parent)
        self.ws, self.decision, self.saved = ws, decision, None
        symbol = decision.number.split("/", 1)[1] if decision.number and "/" in decision.number else ""
        self.seq = self.add_field("seq", self.tr("Số quyết định:"), QLineEdit(str(decision.seq or "")))
        self.seq.setToolTip(self.tr("Số thứ tự trong sổ văn bản; ký hiệu: {symbol}").format(symbol=symbol))
        self.form.addRow("", QLabel(self.tr("Số đã giữ: {number} (để nguyên nếu quyết định ký đúng số này)")
                                    .format(number=decision.number or "–")))
        self.signed_on = self.add_field("signed_on", self.tr("Ngày ký:"), DateEdit(decision.signed_on))
        self.signer = self.add_field("signer_name", self.tr("Người ký:"), QLineEdit(decision.signer_name or ""))
        self.signer_title = self.add_field("signer_title", self.tr("Chức vụ người ký:"),
                                           QLineEdit(decision.signer_title or ""))
        self.form.addRow("", QLabel(self.tr("Khi lưu, {n} người, tập thể được ghi vào lịch sử khen thưởng.")
                                    .format(n=len(decision.awardees))))
        self.warnings = QLabel("\n".join(f"⚠ {w}" for w in decision.warnings))
        self.warnings.setObjectName("decisionWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a1c12;")
        self.warnings.setVisible(bool(decision.warnings))
        self.form.addRow("", self.warnings)
        checklist = ws.council.paper_checklist(decision.meeting_id, "decision")
        self.checklist = QLabel(self.tr("Trước khi ký, hãy đối chiếu (chưa xác nhận):") + "\n"
                                + checklist_text(checklist))
        self.checklist.setObjectName("decisionChecklist")
        self.checklist.setWordWrap(True)
        self.checklist.setStyleSheet(CHECK_STYLE)
        self.checklist.setVisible(not checklist.empty)
        self.form.addRow("", self.checklist)

    def save(self) -> None:
        text = self.seq.text().strip()
        if not text.isdigit():
            raise ValidationError(self.tr("Số quyết định phải là số thứ tự (ví dụ 12)."), field="seq")
        day = self.signed_on.date("signed_on")
        if day is None:
            raise ValidationError(self.tr("Hãy nhập ngày ký quyết định."), field="signed_on")
        seq = int(text)
        self.saved = self.ws.council.sign_decision(
            self.decision.id, day, seq=None if seq == self.decision.seq else seq,
            signer_name=clean(self.signer.text()), signer_title=clean(self.signer_title.text()),
            expected_version=self.decision.version)


# --- the meeting view -----------------------------------------------------------------------------

class MeetingView(QWidget):
    back_requested = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.meeting_id: int | None = None
        self.overview: MeetingOverview | None = None
        self.decision: DecisionRow | None = None
        self.presentation: Presentation | None = None
        self.deck: Deck | None = None
        self._presenter_forms: list[TallyForm] = []
        self.last_output: Path | None = None
        self.ask_printer = ask_printer  # the print dialog (a test answers it)
        self.runs = False  # the acting account may run the meeting (read at each refresh)

        self.back_button = QPushButton(self.tr("← Danh sách phiên họp"))
        self.back_button.clicked.connect(self.back_requested.emit)
        self.title = heading("")
        self.state = QLabel()
        self.state.setObjectName("meetingState")
        self.quorum = QLabel()
        self.quorum.setObjectName("quorum")
        self.quorum.setWordWrap(True)
        self.agenda_button = QPushButton(self.tr("Lập chương trình"))
        self.agenda_button.setToolTip(self.tr("Lấy các đề nghị đã gửi Hội đồng của năm xét, nhóm theo danh hiệu "
                                              "(lập lại được khi chưa bắt đầu họp)."))
        self.start_button = QPushButton(self.tr("Bắt đầu phiên họp"))
        self.start_button.setObjectName("startMeeting")
        self.close_button = QPushButton(self.tr("Kết thúc phiên họp"))
        self.close_button.setObjectName("closeMeeting")
        self.present_button = QPushButton(self.tr("Trình chiếu (F5)"))
        self.present_button.setObjectName("present")
        self.screens = QComboBox()
        self.screens.setObjectName("projectorScreen")
        self.screens.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.agenda_button.clicked.connect(lambda: self._act(lambda: self.ws.council.build_agenda(self.meeting_id)))
        self.start_button.clicked.connect(lambda: self._act(lambda: self.ws.council.start_meeting(
            self.meeting_id, expected_version=self.overview.meeting.version)))
        self.close_button.clicked.connect(self.close_meeting)
        self.present_button.clicked.connect(lambda: self.keys.start())
        self.keys = MeetingKeys(self, self.start_presentation)  # F5, PgDn, PgUp anywhere in the window

        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.addTab(self._attendance_tab(), self.tr("Điểm danh"))
        self.tabs.addTab(self._agenda_tab(), self.tr("Chương trình và kiểm phiếu"))
        self.tabs.addTab(self._outputs_tab(), self.tr("Văn bản và quyết định"))

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.state)
        actions = QHBoxLayout()
        for button in (self.agenda_button, self.start_button, self.close_button):
            actions.addWidget(button)
        actions.addStretch(1)
        running = QVBoxLayout()
        running.addWidget(self.quorum)
        running.addLayout(actions)
        running.addStretch(1)
        # the projector's screen and the start of the slides in a box of their own, the screen's name above
        # the button: side by side with the meeting's buttons they were cut at 1024 px (231 px wanted, 149 had)
        projector = QGroupBox(self.tr("Màn hình chiếu"))
        projector.setObjectName("projector")
        box = QVBoxLayout(projector)
        box.addWidget(self.screens)
        box.addWidget(self.present_button, 0, Qt.AlignmentFlag.AlignRight)
        header = QHBoxLayout()
        header.addLayout(running, 1)
        header.addWidget(projector)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    # --- building the tabs -------------------------------------------------------------------

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

    def _agenda_tab(self) -> QWidget:
        self.agenda = QTreeWidget()
        self.agenda.setObjectName("agenda")
        self.agenda.setColumnCount(4)
        self.agenda.setHeaderLabels([self.tr("Đề nghị"), self.tr("Đơn vị"), self.tr("Kết quả"), self.tr("Phiếu")])
        self.agenda.setRootIsDecorated(False)
        self.agenda.setAlternatingRowColors(True)
        fit_rows(self.agenda)
        # the whole agenda in the width (1366×768 included): name and unit share the room and wrap,
        # the result and the votes as wide as they need
        self.agenda.setWordWrap(True)
        header = self.agenda.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.agenda.currentItemChanged.connect(lambda *_: self._show_tally())
        self.note = QLineEdit()
        self.note.setObjectName("presenterNote")
        self.note.setPlaceholderText(self.tr("Ghi chú cho người trình bày (chỉ hiện trên màn hình điều khiển)"))
        self.note_button = QPushButton(self.tr("Lưu ghi chú"))
        self.note_button.clicked.connect(self.save_note)
        notes = QHBoxLayout()
        notes.addWidget(self.note, 1)
        notes.addWidget(self.note_button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.agenda, 1)
        column.addLayout(notes)
        self.tally = TallyForm()
        self.tally.save_requested.connect(lambda _: self.save_tally(self.tally, self.current_slide()))
        self.tally.cancel_requested.connect(lambda: self.cancel_tally(self.tally, self.current_slide()))
        return side_by_side(left, self.tally, (3, 2))

    def _outputs_tab(self) -> QWidget:
        self.copies = QSpinBox()
        self.copies.setObjectName("ballotCopies")
        self.copies.setRange(1, 200)
        self.output_buttons: dict[str, QPushButton] = {}
        self.print_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        rows = (
            ("ballots", self.tr("Phiếu bầu…"), self.tr("Mỗi thành viên một tờ, liệt kê các đề nghị với ô "
                                                          "Đồng ý / Không đồng ý.")),
            ("count", self.tr("Biên bản kiểm phiếu…"), self.tr("Số phiếu của từng đề nghị, ngưỡng và kết quả.")),
            ("minutes", self.tr("Biên bản họp…"), self.tr("Thành phần, số lượng, từng nội dung và kết quả (PDF "
                                                          "hoặc Word).")),
            ("decision", self.tr("Dự thảo quyết định…"), self.tr("Lấy số trong sổ văn bản; danh sách và tiền "
                                                                 "thưởng (PDF hoặc Word). Cần kết thúc phiên họp.")),
            ("certificates", self.tr("Giấy khen, giấy chứng nhận…"), self.tr("In hàng loạt trên khổ A4 theo "
                                                                            "mẫu, theo quyết định.")),
            ("recognitions", self.tr("Giấy công nhận…"), self.tr("«Gia đình văn hóa», «Thôn văn hóa»: khổ A4 "
                                                                "ngang, theo quyết định.")),
        )
        for row, (key, text, description) in enumerate(rows):
            button = QPushButton(text)
            button.setObjectName(f"output_{key}")
            button.clicked.connect(lambda _=False, k=key: self.write_output(k))
            self.output_buttons[key] = button
            grid.addWidget(button, row, 0)
            printer = QPushButton(self.tr("In…"))
            printer.setObjectName(f"print_{key}")
            printer.setToolTip(self.tr("Lập văn bản (PDF) và in ngay trên máy in chọn trong hộp thoại in."))
            printer.clicked.connect(lambda _=False, k=key: self.print_output(k))
            self.print_buttons[key] = printer
            grid.addWidget(printer, row, 1)
            label = QLabel(description)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if key == "ballots":  # the number of ballots before what they are, in the description's cell
                cell = QHBoxLayout()
                cell.addWidget(QLabel(self.tr("Số tờ:")), 0, Qt.AlignmentFlag.AlignTop)
                cell.addWidget(self.copies, 0, Qt.AlignmentFlag.AlignTop)
                cell.addWidget(label, 1)
                grid.addLayout(cell, row, 2)
            else:
                grid.addWidget(label, row, 2)
        grid.setColumnStretch(2, 1)
        self.sign_button = QPushButton(self.tr("Ghi quyết định đã ký…"))
        self.sign_button.setObjectName("signDecision")
        self.sign_button.clicked.connect(self.record_signed_decision)
        self.decision_label = QLabel()
        self.decision_label.setObjectName("decisionStatus")
        self.decision_label.setWordWrap(True)
        self.decision_label.setMinimumHeight(self.decision_label.fontMetrics().lineSpacing() * 3)
        self.plan_label = QLabel()
        self.plan_label.setObjectName("paperPlan")
        self.plan_label.setWordWrap(True)
        self.plan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checklist = QLabel()
        self.checklist.setObjectName("paperChecklist")
        self.checklist.setWordWrap(True)
        self.checklist.setStyleSheet(CHECK_STYLE)
        self.checklist.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.output_status = QLabel()
        self.output_status.setObjectName("outputStatus")
        self.output_status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Mở bằng ứng dụng khác"))
        self.open_button.clicked.connect(self.open_output)
        self.open_button.setEnabled(False)
        self.pdf = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setObjectName("outputPreview")
        self.preview.setDocument(self.pdf)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        side = QWidget()
        column = QVBoxLayout(side)
        column.addLayout(grid)
        column.addWidget(heading(self.tr("Giấy tờ của phiên họp"), level=2))
        column.addWidget(self.plan_label)
        column.addWidget(heading(self.tr("Quyết định khen thưởng"), level=2))
        column.addWidget(self.decision_label)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.sign_button)
        sign_row.addStretch(1)
        column.addLayout(sign_row)
        column.addWidget(self.checklist)
        column.addWidget(self.output_status)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        column.addLayout(open_row)
        column.addStretch(1)
        # at 1024×768 the papers, their plan and the checks are taller than the tab: they scroll as one,
        # each line at its full height, rather than squeeze the descriptions over each other
        scroll = QScrollArea()
        scroll.setObjectName("papersArea")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(side)
        return side_by_side(scroll, self.preview, (3, 2))

    # --- reading --------------------------------------------------------------------------------

    def open(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        self._fill_screens()
        self.refresh()
        self.tabs.setCurrentIndex(0 if self.overview.meeting.state is MeetingState.PLANNED else 1)
        self.copies.setValue(max(1, self.overview.meeting.members_total))

    def refresh(self) -> None:
        if self.meeting_id is None:
            return
        chosen = self.current_slide()
        self.overview = overview = self.ws.council.overview(self.meeting_id)
        self.decision = self.ws.council.decision(self.meeting_id)
        meeting = overview.meeting
        self.title.setText(self.tr("Phiên họp {when} – {place} · xét năm {year}").format(
            when=format_datetime(meeting.held_at), place=meeting.place, year=meeting.year))
        self.state.setText(tr_label(meeting.state))
        self.state.setStyleSheet(f"QLabel {{ {STATE_STYLES[meeting.state]} padding: 3px 10px; border-radius: 3px;"
                                 " font-weight: bold; }")
        quorum = overview.quorum
        unmarked = self.tr(" Còn {n} người chưa điểm danh.").format(n=quorum.unmarked) if quorum.unmarked else ""
        unconfirmed = self.tr(" (tỷ lệ chưa xác nhận)") if quorum.unconfirmed and "chưa xác nhận" not in \
            quorum.text else ""
        self.quorum.setText(quorum.text + unconfirmed + unmarked)
        self.quorum.setToolTip(quorum.basis)
        self.quorum.setStyleSheet(QUORUM_MET if quorum.met else QUORUM_NOT_MET)
        planned, running = meeting.state is MeetingState.PLANNED, meeting.state is MeetingState.IN_PROGRESS
        self.runs = self.ws.actor.can(Permission.RUN_COUNCIL)  # the secretary; others read
        self.agenda_button.setEnabled(planned and self.runs)
        self.start_button.setEnabled(planned and self.runs)
        self.close_button.setEnabled(running and self.runs)
        self.present_button.setEnabled(bool(overview.groups))
        self._fill_attendance(overview)
        self._fill_board(overview)
        self._fill_agenda(overview, chosen.item_id if chosen else None)
        self._show_decision()
        if self.deck is not None:
            self.deck.replace(self._deck_slides())

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

    def _fill_agenda(self, overview: MeetingOverview, chosen_id: int | None) -> None:
        self.agenda.blockSignals(True)
        self.agenda.clear()
        chosen = None
        for group in overview.groups:
            top = QTreeWidgetItem([self.tr("{title} ({n}) – thông qua khi {rule}").format(
                title=group.title_name, n=len(group.slides), rule=group.threshold.text)])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.agenda.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for slide in group.slides:
                last = slide.tallies[-1] if slide.tallies else None
                votes = self.tr("{votes} (cần {needed})").format(votes=last.votes_for, needed=last.needed) if last \
                    else ""
                child = QTreeWidgetItem([f"{slide.index}. {slide.nominee_name}", slide.unit_name,
                                         slide.result_label, votes])
                child.setData(0, Qt.ItemDataRole.UserRole, slide.item_id)
                child.setToolTip(1, slide.unit_name)
                if last:
                    child.setToolTip(3, last.explanation)
                    child.setForeground(2, QBrush(QColor(RESULT_COLOURS[last.approved])))
                top.addChild(child)
                if slide.item_id == chosen_id or (chosen is None and chosen_id is None):
                    chosen = child
            top.setExpanded(True)
        self.agenda.blockSignals(False)
        if chosen is not None:
            self.agenda.setCurrentItem(chosen)
        self._show_tally()

    def slides(self) -> list[Slide]:
        return [s for g in self.overview.groups for s in g.slides] if self.overview else []

    def _slide(self, item_id: int | None) -> Slide | None:
        return next((s for s in self.slides() if s.item_id == item_id), None)

    def current_slide(self) -> Slide | None:
        item = self.agenda.currentItem()
        return self._slide(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def select_item(self, item_id: int) -> None:
        for i in range(self.agenda.topLevelItemCount()):
            top = self.agenda.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, Qt.ItemDataRole.UserRole) == item_id:
                    self.agenda.setCurrentItem(top.child(j))
                    return

    def tally_state(self, slide: Slide | None) -> TallyState | None:
        """The form's state for ``slide``; read-only for an account that does not run the council."""
        if slide is None:
            return None
        state = tally_state(slide, self.overview.meeting.state)
        if not self.runs:
            state = replace(state, can_enter=False, second_round=False, can_cancel=False,
                            note=self.tr("Tài khoản này chỉ xem; thư ký Hội đồng ghi kết quả."))
        return state

    def _show_tally(self) -> None:
        slide = self.current_slide()
        self.tally.show_state(self.tally_state(slide))
        self.note.setText(slide.presenter_note or "" if slide else "")
        self.note.setEnabled(slide is not None)
        self.note_button.setEnabled(slide is not None)

    def _show_decision(self) -> None:
        decision, state = self.decision, self.overview.meeting.state
        plan = council_papers.paper_plan(self.ws, self.meeting_id)
        for paper in plan:
            if paper.key != "decision":  # the decision's button drafts it: enabled once the meeting is closed
                self.output_buttons[paper.key].setEnabled(paper.written)
        self._show_plan(plan)
        issues = self.ws.actor.can(Permission.ISSUE_DOCUMENTS)
        self.output_buttons["decision"].setEnabled(state is MeetingState.CLOSED and issues)
        self.sign_button.setEnabled(decision is not None and decision.signed_on is None and issues)
        for key, button in self.print_buttons.items():
            button.setEnabled(self.output_buttons[key].isEnabled())
        self._show_checklist()
        if decision is None:
            self.decision_label.setText(self.tr("Chưa lập dự thảo quyết định. Sau khi kết thúc phiên họp, bấm "
                                                "«Dự thảo quyết định…»."))
            return
        text = self.tr("Quyết định số {number} – {state}: {n} người, tập thể; tổng tiền thưởng {total}.").format(
            number=decision.number or "–", state=tr_label(decision.state), n=len(decision.awardees),
            total=format_money(decision.total_amount or 0))
        if decision.signed_on is not None:
            text += " " + self.tr("Ký ngày {day}; đã ghi {n} dòng vào lịch sử khen thưởng.").format(
                day=format_date(decision.signed_on), n=decision.award_records)
        elif decision.warnings:
            text += "\n" + "\n".join(f"⚠ {w}" for w in decision.warnings)
        self.decision_label.setText(text)

    def _show_plan(self, plan: list[council_papers.PaperPlan]) -> None:
        """Which papers can be made now, with their numbers, and which not, and why."""
        made = [f"✓ {p.line}" for p in plan if p.written]
        left = [f"✗ {p.line}" for p in plan if not p.written]
        text = self.tr("Lập được:") + "\n" + "\n".join(made) if made else ""
        if left:
            text += ("\n" if text else "") + self.tr("Chưa lập được:") + "\n" + "\n".join(left)
        self.plan_label.setText(text)

    def _show_checklist(self) -> None:
        """What the papers that can be made now rest on that is not confirmed (never printed on them):
        each check once, with the papers it concerns."""
        papers: dict[str, list[str]] = {}
        for key, paper in PAPERS.items():
            if not self.output_buttons[key].isEnabled() or (paper == "decision" and self.decision is None):
                continue
            for line in self.ws.council.paper_checklist(self.meeting_id, paper).lines():
                papers.setdefault(line, []).append(self.output_buttons[key].text().rstrip("…"))
        lines = [f"• {line} [{', '.join(names)}]" for line, names in papers.items()]
        self.checklist.setText(self.tr("Chưa xác nhận – hãy đối chiếu trước khi in, ký:") + "\n" + "\n".join(lines)
                               if lines else "")
        self.checklist.setVisible(bool(lines))

    # --- actions -------------------------------------------------------------------------------

    def _act(self, call: Callable[[], Any]) -> bool:
        """A service call from a button: its refusal shown, the view re-read."""
        try:
            call()
        except TNAppError as exc:
            show_error(self, exc)
            return False
        self.refresh()
        return True

    def set_attendance(self, row: AttendanceRow, status: Attendance) -> None:
        self._act(lambda: self.ws.council.set_attendance(self.meeting_id, row.member_id, status))

    def close_meeting(self) -> None:
        if confirm(self, self.tr("Kết thúc phiên họp"),
                   self.tr("Kết thúc phiên họp? Sau đó không ghi thêm hay sửa kết quả biểu quyết được.")):
            meeting, now = self.overview.meeting, dt.datetime.now().replace(second=0, microsecond=0)
            ended = now if meeting.held_at.date() == now.date() and now > meeting.held_at else None
            self._act(lambda: self.ws.council.close_meeting(self.meeting_id, expected_version=meeting.version,
                                                            ended_at=ended))

    def save_tally(self, form: TallyForm, slide: Slide | None) -> bool:
        """Record the form's counts for ``slide``; a refusal stays in the form, at its field."""
        if slide is None or form.state is None:
            return False
        counts = form.counts()
        data = TallyInput(counts.agree, counts.disagree, counts.invalid, counts.written_agree,
                          counts.written_disagree)
        try:
            self.ws.council.record_tally(slide.item_id, data, round=form.state.round)
        except ValidationError as exc:
            form.show_error(str(exc), exc.field)
            return False
        except TNAppError as exc:
            form.show_error(str(exc), None)
            return False
        self.refresh()
        return True

    def cancel_tally(self, form: TallyForm, slide: Slide | None) -> bool:
        """Cancel the last round of ``slide`` (reason asked); the form is ready for that round again."""
        if slide is None or not slide.tallies:
            return False
        dialog = CancelTallyDialog(self.ws, slide, self)
        if not dialog.exec() or not dialog.cancelled:
            return False
        self.refresh()
        if dialog.tally.round > 1 and form.state is not None and form.state.second_round:
            form.open_next_round()  # the second round was cancelled: enter it again
        return True

    def save_note(self) -> None:
        slide = self.current_slide()
        if slide is not None:
            self._act(lambda: self.ws.council.set_presenter_note(slide.item_id, self.note.text(),
                                                                 expected_version=slide.item_version))

    # --- papers --------------------------------------------------------------------------------

    def _suggested(self, key: str) -> tuple[str, str]:
        year = self.overview.meeting.year
        names = {"ballots": (f"phieu-bau-{year}.pdf", PDF), "count": (f"bien-ban-kiem-phieu-{year}.pdf", PDF),
                 "minutes": (f"bien-ban-hop-hoi-dong-{year}.pdf", f"{PDF};;{WORD}"),
                 "decision": (f"du-thao-quyet-dinh-khen-thuong-{year}.pdf", f"{PDF};;{WORD}"),
                 "certificates": (f"giay-khen-{year}.pdf", PDF),
                 "recognitions": (f"giay-cong-nhan-{year}.pdf", PDF)}
        return names[key]

    def _writer(self, key: str) -> Callable[[Path], Path]:
        ws, meeting_id, copies = self.ws, self.meeting_id, self.copies.value()

        def decision(path: Path) -> Path:
            ws.council.draft_decision(meeting_id)  # the same draft again, its totals up to date
            return council_docs.write_decision(ws, meeting_id, path)

        return {"ballots": lambda p: council_docs.write_ballots(ws, meeting_id, p, copies),
                "count": lambda p: council_docs.write_count_record(ws, meeting_id, p),
                "minutes": lambda p: council_docs.write_minutes(ws, meeting_id, p),
                "decision": decision,
                "certificates": lambda p: certificates.write_certificates(ws, meeting_id, p),
                "recognitions": lambda p: certificates.write_recognitions(ws, meeting_id, p)}[key]

    def write_output(self, key: str) -> Path | None:
        """Ask where, write the paper off the UI thread, preview it (a PDF)."""
        suggested, filters = self._suggested(key)
        chosen, chosen_filter = QFileDialog.getSaveFileName(self, self.tr("Lưu văn bản"), suggested, filters)
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() not in (".pdf", ".docx"):
            target = target.with_name(target.name + (".docx" if chosen_filter == WORD else ".pdf"))
        write = self._writer(key)
        try:
            written = run_task(self, self.tr("Đang lập văn bản…"), lambda: write(target))
        except TNAppError as exc:
            show_error(self, exc)
            self.refresh()
            return None
        self.last_output = written
        self.output_status.setText(self.tr("Đã lưu: {path}").format(path=str(written)))
        self.open_button.setEnabled(True)
        self._preview(written)
        self.refresh()
        return written

    def print_output(self, key: str) -> int | None:
        """Write the paper to a temporary PDF off the UI thread and print it; the pages printed."""
        write = self._writer(key)
        with tempfile.TemporaryDirectory(prefix="tnapp-in-") as folder:
            target = Path(folder) / self._suggested(key)[0]
            try:
                written = run_task(self, self.tr("Đang lập văn bản…"), lambda: write(target))
                pages = print_pdf(self, written, ask=self.ask_printer)
            except TNAppError as exc:
                show_error(self, exc)
                self.refresh()
                return None
        if pages:
            self.output_status.setText(self.tr("Đã gửi {n} trang «{name}» tới máy in.").format(
                n=pages, name=target.name))
        self.refresh()
        return pages

    def _preview(self, path: Path) -> None:
        self.pdf.close()
        if path.suffix.lower() == ".pdf":
            self.pdf.load(str(path))

    def open_output(self) -> None:
        if self.last_output is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output))):
            show_error(self, self.tr("Máy này chưa có chương trình mở tệp này."))

    def record_signed_decision(self) -> None:
        if self.decision is None:
            return
        dialog = SignedDecisionDialog(self.ws, self.decision, self)
        if dialog.exec() and dialog.saved is not None:
            self.refresh()
            show_info(self, self.tr("Đã ghi Quyết định số {number} ngày {day}; lịch sử khen thưởng đã thêm {n} "
                                    "dòng.").format(number=dialog.saved.number, day=format_date(dialog.saved.signed_on),
                                                    n=dialog.saved.award_records))

    # --- presentation ----------------------------------------------------------------------------

    def _fill_screens(self) -> None:
        self.screens.clear()
        primary = QGuiApplication.primaryScreen()
        screens = QGuiApplication.screens()
        for screen in screens:
            self.screens.addItem(screen_label(screen, primary), screen)
        projector, _ = choose_screens(screens, primary=primary) if screens else (None, None)
        self.screens.setCurrentIndex(max(0, screens.index(projector)) if projector in screens else 0)

    def _deck_slides(self) -> list[DeckSlide]:
        return deck_slides(self.overview.groups, lambda group: group.slides)

    def start_presentation(self, screens=None, full_screen: bool = True) -> Presentation | None:  # noqa: ANN001
        """Full screen on the chosen projector; with one screen a single window (P toggles the presenter view)."""
        if self.presentation is not None or self.overview is None:
            return self.presentation
        if not self.overview.groups:
            show_error(self, self.tr("Phiên họp chưa có chương trình để trình chiếu."))
            return None
        self.deck = Deck(self._deck_slides(), self)
        self.presentation = Presentation(self.deck, self._make_presenter, parent=self)
        self.presentation.finished.connect(self._presentation_finished)
        self.presentation.start(screens, projector=self.screens.currentData(), full_screen=full_screen)
        return self.presentation

    def _make_presenter(self, deck: Deck) -> PresenterPanel:
        form = TallyForm()
        self._presenter_forms.append(form)

        def current() -> Slide | None:
            slide = deck.current
            return None if slide is None or slide.is_divider else slide.item

        def show() -> None:
            form.show_state(self.tally_state(current()))

        def save() -> None:
            if self.save_tally(form, current()):
                form.window().setFocus()  # the arrows move the slides again, not the numbers

        form.save_requested.connect(lambda _: save())
        form.cancel_requested.connect(lambda: self.cancel_tally(form, current()))  # the deck re-shows
        deck.changed.connect(lambda _: show())
        show()
        return PresenterPanel(deck, form)

    def _presentation_finished(self) -> None:
        slide = self.deck.current if self.deck else None
        self.presentation, self.deck = None, None
        self._presenter_forms.clear()
        if slide is not None and not slide.is_divider:
            self.select_item(slide.item.item_id)
            self.tabs.setCurrentIndex(1)
