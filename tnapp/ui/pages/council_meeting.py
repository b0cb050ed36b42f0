"""One council meeting, as the secretary runs it: the header (date, place,
state, quorum as attendance is marked), the attendance grid, the agenda
grouped by title with the tally entry of the chosen item, the presentation
mode (F5), and the papers: ballots, ballot-count record, minutes, the draft
decision, certificates, and the signed decision that writes the award history.

Everything is read from ``ws.council.overview()`` and written through the
council service; refusals are shown as the service words them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QStyle, QTabWidget,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from tnapp.domain.formatting import format_date, format_datetime
from tnapp.domain.permissions import Permission
from tnapp.domain.vocab import MeetingState
from tnapp.errors import TNAppError, ValidationError
from tnapp.services.council import DecisionRow, MeetingOverview, Slide, TallyInput
from tnapp.services.workspace import Workspace
from tnapp.ui.forms import DateEdit, FormDialog, clean
from tnapp.ui.labels import tr_label
from tnapp.ui.messages import confirm, show_error, show_info
from tnapp.ui.pages.base import heading
from tnapp.ui.pages.council_meeting_attendance import MeetingAttendance
from tnapp.ui.pages.council_meeting_papers import CHECK_STYLE, MeetingPapers, checklist_text, side_by_side
from tnapp.ui.pages.council_presentation import (
    Deck, DeckSlide, MeetingKeys, Presentation, PresenterPanel, choose_screens, deck_slides, screen_label,
)
from tnapp.ui.pages.council_tally import CancelTallyDialog, TallyForm, TallyState, tally_state
from tnapp.ui.printing import ask_printer
from tnapp.ui.table_model import fit_rows

STATE_STYLES = {MeetingState.PLANNED: "background: #e3f2fd; color: #0d47a1;",
                MeetingState.IN_PROGRESS: "background: #fff3c4; color: #6d4c00;",
                MeetingState.CLOSED: "background: #e8f5e9; color: #1b5e20;"}
RESULT_COLOURS = {True: "#1b5e20", False: "#8a1c12"}
QUORUM_MET = "color: #1b5e20; font-weight: bold;"
QUORUM_NOT_MET = "color: #8a1c12; font-weight: bold;"
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
        self.form.addRow("", QLabel(self.tr("Khi lưu, {n} người, tập thể được ghi vào lịch sử khen thưởng.", "",
                                            len(decision.awardees))
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

class MeetingView(MeetingAttendance, MeetingPapers, QWidget):
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
        # the projector's screen and the start of the slides in a box of their own, beside the meeting's
        # buttons; where there is no room for both (1024 px: the screen's name was cut, 149 of 231 px),
        # the screen's name above the button (see resizeEvent)
        projector = QGroupBox(self.tr("Màn hình chiếu"))
        projector.setObjectName("projector")
        self.projector_box = QBoxLayout(QBoxLayout.Direction.LeftToRight, projector)
        self.projector_box.addWidget(self.screens)
        self.projector_box.addWidget(self.present_button, 0, Qt.AlignmentFlag.AlignRight)
        self.meeting_buttons = actions
        header = QHBoxLayout()
        header.addLayout(running, 1)
        header.addWidget(projector)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange_projector()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.agenda_viewport and event.type() == QEvent.Type.Resize:
            self._share_agenda()
        return False

    def _share_agenda(self) -> None:
        """The agenda's name column whole, the unit taking what is left (at least a third of the
        room, its whole text on hovering): at 1024 px both were cut to "1. Hoàng Thị …"."""
        header, metrics = self.agenda.header(), self.agenda.fontMetrics()
        rows = [self.agenda.topLevelItem(i).child(j) for i in range(self.agenda.topLevelItemCount())
                for j in range(self.agenda.topLevelItem(i).childCount())]
        pad = self.agenda.indentation() + 3 * metrics.averageCharWidth()
        name = max((metrics.horizontalAdvance(r.text(0)) for r in rows), default=0) + pad
        unit = max((metrics.horizontalAdvance(r.text(1)) for r in rows), default=0) + pad
        room = self.agenda.viewport().width() - header.sectionSize(2) - header.sectionSize(3)
        header.resizeSection(1, max(min(unit, room - name), min(unit, room // 3), header.sectionSizeHint(1)))

    def _arrange_projector(self) -> None:
        """The screen's name beside the button when the meeting's buttons leave room for both, else above it."""
        margins = 6 * self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutRightMargin)
        beside = self.meeting_buttons.minimumSize().width() + self.screens.sizeHint().width() \
            + self.present_button.sizeHint().width() + margins
        self.projector_box.setDirection(QBoxLayout.Direction.LeftToRight if self.width() >= beside
                                        else QBoxLayout.Direction.TopToBottom)

    # --- building the tabs -------------------------------------------------------------------

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
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Interactive,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.agenda_viewport = self.agenda.viewport()
        self.agenda_viewport.installEventFilter(self)  # the unit gives way to the name (see _share_agenda)
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
        unmarked = (self.tr(" Còn {n} người chưa điểm danh.", "", quorum.unmarked).format(n=quorum.unmarked)
                    if quorum.unmarked else "")
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
            top.setToolTip(0, top.text(0))  # at 1024 px the rule is cut: whole on hovering
            for slide in group.slides:
                last = slide.tallies[-1] if slide.tallies else None
                votes = self.tr("{votes} (cần {needed})").format(votes=last.votes_for, needed=last.needed) if last \
                    else ""
                child = QTreeWidgetItem([f"{slide.index}. {slide.nominee_name}", slide.unit_name,
                                         slide.result_label, votes])
                child.setData(0, Qt.ItemDataRole.UserRole, slide.item_id)
                child.setToolTip(0, child.text(0))
                child.setToolTip(1, slide.unit_name)
                if last:
                    child.setToolTip(3, last.explanation)
                    child.setForeground(2, QBrush(QColor(RESULT_COLOURS[last.approved])))
                top.addChild(child)
                if slide.item_id == chosen_id or (chosen is None and chosen_id is None):
                    chosen = child
            top.setExpanded(True)
        self.agenda.blockSignals(False)
        self._share_agenda()
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
        self._arrange_projector()  # the names are in: as wide as they are

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
