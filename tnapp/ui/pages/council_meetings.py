"""Hội đồng → Phiên họp: the council's meetings, newest first; a new meeting
is planned in a form, and a meeting is opened (button, Enter or a
double-click) in the meeting view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QTimeEdit, QWidget

from tnapp.domain.formatting import format_datetime
from tnapp.errors import ValidationError
from tnapp.services.council import MeetingInput, MeetingRow
from tnapp.ui.forms import DateEdit, clean, select_data
from tnapp.ui.labels import tr_label
from tnapp.ui.pages.emulation_common import RecordDialog, RecordPage, int_or_none
from tnapp.ui.table_model import Column


class MeetingDialog(RecordDialog):
    def __init__(self, ws, row: MeetingRow | None, parent: QWidget | None = None) -> None:
        super().__init__(ws, "", row, parent)
        self.setWindowTitle(self.tr("Sửa phiên họp") if row else self.tr("Lên lịch phiên họp Hội đồng"))
        self.council = self.add_field("council_id", self.tr("Hội đồng nhiệm kỳ:"), QComboBox())
        for council in ws.council.councils():
            self.council.addItem(council.term, council.id)
        current = ws.council.current_council()
        select_data(self.council, row.council_id if row else current.id if current else None)
        held = row.held_at if row else dt.datetime.combine(dt.date.today(), dt.time(8, 0))
        self.day = self.add_field("held_at", self.tr("Ngày họp:"), DateEdit(held.date()))
        self.time = self.add_field("time", self.tr("Giờ họp:"), QTimeEdit(QTime(held.hour, held.minute)))
        self.time.setDisplayFormat("HH:mm")
        ended = row.ended_at if row else None
        self.end = self.add_field("ended_at", self.tr("Giờ kết thúc:"), QLineEdit(f"{ended:%H:%M}" if ended else ""))
        self.end.setPlaceholderText(self.tr("vd. 10:30 – để trống nếu chưa họp xong"))
        self.place = self.add_field("place", self.tr("Địa điểm:"),
                                    QLineEdit(row.place if row else self.tr("Hội trường UBND xã")))
        self.year = self.add_field("year", self.tr("Xét thành tích năm:"),
                                   QLineEdit(str(row.year if row else held.year)))
        self.year.setValidator(QIntValidator(2000, 2100, self.year))
        self.chair = self.add_field("chaired_by", self.tr("Chủ trì:"), QLineEdit(row.chaired_by or "" if row else ""))
        if row is None:
            self.chair.setText(self._chair_name())
        self.note = self.add_field("note", self.tr("Ghi chú:"), QLineEdit(row.note or "" if row else ""))

    def _chair_name(self) -> str:
        council_id = self.council.currentData()
        members = self.ws.council.members(council_id) if council_id else []
        return members[0].full_name if members else ""

    def _end(self, day: dt.date) -> dt.datetime | None:
        text = self.end.text().strip()
        if not text:
            return None
        try:
            return dt.datetime.combine(day, dt.datetime.strptime(text, "%H:%M").time())
        except ValueError:
            raise ValidationError(self.tr("Giờ kết thúc «{text}» không hợp lệ; viết giờ:phút, ví dụ 10:30.")
                                  .format(text=text), field="ended_at") from None

    def save_record(self) -> MeetingRow:
        if self.council.currentData() is None:
            raise ValidationError(self.tr("Hãy thêm Hội đồng (nhiệm kỳ và thành viên) trước khi lên lịch họp."),
                                  field="council_id")
        day = self.day.date("held_at")
        if day is None:
            raise ValidationError(self.tr("Hãy nhập ngày họp."), field="held_at")
        time = self.time.time()
        data = MeetingInput(self.council.currentData(), dt.datetime.combine(day, dt.time(time.hour(), time.minute())),
                            self.place.text().strip(), int_or_none(self.year.text(), "year", "năm") or 0,
                            clean(self.chair.text()), clean(self.note.text()), self._end(day))
        if self.row is None:
            return self.ws.council.create_meeting(data)
        return self.ws.council.update_meeting(self.row.id, data, expected_version=self.row.version)


class MeetingListPage(RecordPage):
    object_name = "meetings"
    open_requested = Signal(int)  # a meeting id

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Thời gian"), lambda r: format_datetime(r.held_at), sort_key=lambda r: r.held_at),
            Column(self.tr("Địa điểm"), lambda r: r.place),
            Column(self.tr("Xét năm"), lambda r: str(r.year), sort_key=lambda r: r.year),
            Column(self.tr("Trạng thái"), lambda r: tr_label(r.state)),
            Column(self.tr("Có mặt"), lambda r: f"{r.members_present}/{r.members_total}", align_right=True),
            Column(self.tr("Số đề nghị"), lambda r: str(r.item_count), sort_key=lambda r: r.item_count,
                   align_right=True),
        ]

    def search_text(self, r: MeetingRow) -> str:
        return f"{format_datetime(r.held_at)} {r.place} {r.year} {r.chaired_by or ''}"

    def build_filters(self) -> None:
        self.year = self.add_filter(self.tr("Năm:"), self.year_filter())
        self.export_button.hide()

    def extra_buttons(self) -> list[QPushButton]:
        self.open_button = QPushButton(self.tr("Mở phiên họp"))
        self.open_button.setObjectName("openMeeting")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.disconnect()
        self.table.doubleClicked.connect(self.open_selected)
        self.table.activated.connect(self.open_selected)
        return [self.open_button]

    def _update_buttons(self) -> None:
        super()._update_buttons()
        self.open_button.setEnabled(self.selected() is not None)

    def fetch(self) -> list[MeetingRow]:
        return self.ws.council.meetings(year=self.year.currentData())

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_requested.emit(row.id)

    def add_record(self) -> None:
        """Plan a meeting, then open it to mark attendance and build its agenda."""
        known = {r.id for r in self.model.rows()}
        super().add_record()
        planned = self.selected()
        if planned is not None and planned.id not in known:
            self.open_requested.emit(planned.id)

    def make_dialog(self, row: MeetingRow | None) -> MeetingDialog:
        return MeetingDialog(self.ws, row, self)

    def describe(self, row: MeetingRow) -> str:
        return self.tr("phiên họp {when} – {place}").format(when=format_datetime(row.held_at), place=row.place)

    def delete_record(self, row: MeetingRow) -> None:
        self.ws.council.delete_meeting(row.id, expected_version=row.version)

    def count_text(self, shown: int, total: int) -> str:
        return (self.tr("{n} phiên họp", "", total).format(n=total) if shown == total
                else self.tr("{shown} / {total} phiên họp khớp tìm kiếm", "", total).format(shown=shown, total=total))
