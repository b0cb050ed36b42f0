"""The tally entry of one agenda item: the counts of a secret-ballot round
(agree, disagree, invalid, written opinions of absent members), the
threshold that applies and the result. Used by the meeting view and by the
presenter's window; the service checks and records, the form only collects
the numbers and shows the answer or the refusal, in place, at its field."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from tnapp.domain.council_rules import Counts
from tnapp.domain.vocab import MeetingState
from tnapp.errors import TNAppError
from tnapp.ui.forms import FormDialog

ERROR_STYLE = "color: #8a1c12; background: #fdecea; border: 1px solid #d9534f; border-radius: 3px; padding: 4px;"
APPROVED_STYLE = "color: #1b5e20; font-weight: bold;"
REJECTED_STYLE = "color: #8a1c12; font-weight: bold;"
FIELD_ERROR_STYLE = "QSpinBox { background: #f8d7da; }"


@dataclass(frozen=True)
class TallyState:
    """What the form shows for an item (the caller builds it from the service's view)."""

    heading: str
    threshold: str              # "≥ 80 % tổng số thành viên Hội đồng · căn cứ … (chưa xác nhận)"
    result: str = ""            # "" before a tally
    approved: bool | None = None
    counts: Counts | None = None  # the last round's counts, shown again
    round: int = 1              # the round the next entry records
    can_enter: bool = True      # a round may be recorded now
    second_round: bool = False  # a second round may be opened now
    note: str = ""              # why nothing can be entered (meeting closed, quorum…)
    can_cancel: bool = False    # the last round may be cancelled now (typed in wrongly)


class TallyForm(QGroupBox):
    save_requested = Signal(object)   # Counts
    second_round_requested = Signal()
    cancel_requested = Signal()       # the last round, typed in wrongly

    FIELDS = ("agree", "disagree", "invalid", "written_agree", "written_disagree")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kiểm phiếu"), parent)
        self.setObjectName("tallyForm")
        self.heading = QLabel()
        self.heading.setObjectName("tallyHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.threshold = QLabel()
        self.threshold.setObjectName("tallyThreshold")
        self.threshold.setWordWrap(True)
        self.inputs: dict[str, QSpinBox] = {}
        form = QFormLayout()
        labels = (self.tr("Phiếu đồng ý:"), self.tr("Phiếu không đồng ý:"), self.tr("Phiếu không hợp lệ:"),
                  self.tr("Ý kiến bằng văn bản – đồng ý:"), self.tr("Ý kiến bằng văn bản – không đồng ý:"))
        for name, label in zip(self.FIELDS, labels, strict=True):
            box = QSpinBox()
            box.setObjectName(name)
            box.setRange(0, 999)  # the service refuses more ballots than members, with its message
            box.setAccelerated(True)
            box.valueChanged.connect(lambda _=0, b=box: b.setStyleSheet(""))
            self.inputs[name] = box
            form.addRow(label, box)
        self.error = QLabel()
        self.error.setObjectName("tallyError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.result = QLabel()
        self.result.setObjectName("tallyResult")
        self.result.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Ghi kết quả"))
        self.save_button.setObjectName("saveTally")
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.counts()))
        self.second_button = QPushButton(self.tr("Bỏ phiếu vòng 2"))
        self.second_button.setObjectName("secondRound")
        self.second_button.clicked.connect(self.open_next_round)
        self.cancel_button = QPushButton(self.tr("Hủy kết quả vừa ghi…"))
        self.cancel_button.setObjectName("cancelTally")
        self.cancel_button.setToolTip(self.tr("Kết quả vòng cuối nhập nhầm: hủy (ghi lý do) rồi nhập lại."))
        self.cancel_button.clicked.connect(self.cancel_requested.emit)
        self.state: TallyState | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.second_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.threshold)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result, 1)
        result_row.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(result_row)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.show_state(None)

    def counts(self) -> Counts:
        return Counts(**{name: box.value() for name, box in self.inputs.items()})

    def set_counts(self, counts: Counts | None) -> None:
        for name, box in self.inputs.items():
            box.setValue(getattr(counts, name) if counts else 0)

    def open_next_round(self) -> None:
        """The second round: empty counts to enter, the first round's result kept above."""
        if self.state is not None:
            self.show_state(replace(self.state, counts=None, round=self.state.round + 1, can_enter=True,
                                    second_round=False, can_cancel=False))
            self.inputs["agree"].setFocus()
        self.second_round_requested.emit()

    def show_state(self, state: TallyState | None) -> None:
        self.state = state
        self.clear_error()
        self.setEnabled(state is not None)
        if state is None:
            for label in (self.heading, self.threshold, self.result, self.note):
                label.clear()
            self.set_counts(None)
            self.second_button.hide()
            self.cancel_button.hide()
            return
        self.setTitle(self.tr("Kiểm phiếu – vòng {n}").format(n=state.round))
        self.heading.setText(state.heading)
        self.threshold.setText(self.tr("Ngưỡng: {text}").format(text=state.threshold))
        self.set_counts(state.counts)
        self.result.setText(state.result)
        self.result.setStyleSheet("" if state.approved is None else
                                  APPROVED_STYLE if state.approved else REJECTED_STYLE)
        self.note.setText(state.note)
        self.note.setVisible(bool(state.note))
        for box in self.inputs.values():
            box.setReadOnly(not state.can_enter)
        self.save_button.setEnabled(state.can_enter)
        self.second_button.setVisible(state.second_round)
        self.cancel_button.setVisible(state.can_cancel)

    def show_error(self, message: str, field: str | None) -> None:
        """The refusal under the numbers; the field it names marked and focused."""
        self.error.setText(message)
        self.error.show()
        box = self.inputs.get(field or "")
        if box is not None:
            box.setStyleSheet(FIELD_ERROR_STYLE)
            box.setFocus(Qt.FocusReason.OtherFocusReason)
            box.selectAll()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
        for box in self.inputs.values():
            box.setStyleSheet("")


def threshold_text(info) -> str:  # noqa: ANN001 - a ThresholdInfo
    """"≥ 80 % tổng số thành viên Hội đồng · NĐ 98/2023… (chưa xác nhận)"."""
    parts = [info.text]
    if info.basis:
        parts.append(info.basis)
    text = " · ".join(parts)
    if info.unconfirmed and "chưa xác nhận" not in text:
        text += " " + QCoreApplication.translate("TallyForm", "(tỷ lệ chưa xác nhận)")
    return text


def tally_state(slide, meeting_state: MeetingState) -> TallyState:  # noqa: ANN001 - a council Slide
    """What the tally form shows for ``slide`` in a meeting in ``meeting_state``."""
    last = slide.tallies[-1] if slide.tallies else None
    heading = f"{slide.index}. {slide.nominee_name} – {slide.title_name}"
    in_progress = meeting_state is MeetingState.IN_PROGRESS
    note = ""
    if meeting_state is MeetingState.PLANNED:
        note = QCoreApplication.translate(
            "TallyForm", "Phiên họp chưa bắt đầu: điểm danh, rồi bấm «Bắt đầu phiên họp» để ghi kết quả.")
    elif meeting_state is MeetingState.CLOSED:
        note = QCoreApplication.translate("TallyForm", "Phiên họp đã kết thúc; kết quả không sửa được.")
    if last is None:
        return TallyState(heading, threshold_text(slide.threshold), can_enter=in_progress, note=note)
    counts = Counts(last.agree, last.disagree, last.invalid, last.written_agree, last.written_disagree)
    result = QCoreApplication.translate("TallyForm", "Vòng {n}: {result}. {explanation}").format(
        n=last.round, result=slide.result_label, explanation=last.explanation)
    return TallyState(heading, threshold_text(slide.threshold), result, last.approved, counts, last.round,
                      can_enter=False, second_round=in_progress and slide.next_round_allowed, note=note,
                      can_cancel=in_progress)


class CancelTallyDialog(FormDialog):
    """Asks why the last round of an item is cancelled (required) and is the
    confirmation: "Hủy kết quả" removes it; a refusal stays in the dialog."""

    def __init__(self, ws, slide, parent: QWidget | None = None) -> None:  # noqa: ANN001 - a council Slide
        super().__init__(self.tr("Hủy kết quả biểu quyết"), parent)
        self.ws, self.tally, self.cancelled = ws, slide.tallies[-1], False
        warning = QLabel(self.tr("Hủy kết quả vòng {n} của «{nominee} – {title}» ({agree} đồng ý, {disagree} không "
                                 "đồng ý)? Kết quả bị xóa để nhập lại; lý do được ghi vào nhật ký thay đổi.").format(
            n=self.tally.round, nominee=slide.nominee_name, title=slide.title_name, agree=self.tally.agree,
            disagree=self.tally.disagree))
        warning.setObjectName("cancelWarning")
        warning.setWordWrap(True)
        self.form.addRow(warning)
        self.reason = self.add_field("reason", self.tr("Lý do hủy:"), QLineEdit())
        self.reason.setPlaceholderText(self.tr("ví dụ nhập nhầm số phiếu đồng ý"))
        self.error = QLabel()
        self.error.setObjectName("cancelError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.form.addRow(self.error)
        self.save_button.setText(self.tr("Hủy kết quả"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Giữ kết quả"))  # not "Hủy"
        self.reason.textChanged.connect(lambda _: self.error.hide())

    def save(self) -> None:
        self.ws.council.cancel_tally(self.tally.id, self.reason.text(), expected_version=self.tally.version)
        self.cancelled = True

    def accept(self) -> None:
        """The refusal in the dialog, under the reason (not a message box)."""
        try:
            self.save()
        except TNAppError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.reason.setFocus()
            return
        super(FormDialog, self).accept()
