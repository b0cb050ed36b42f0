"""The province route in the proposals list: send what the council passed for
titles above the commune to the province (with its dossier), and record the
province's decision when it comes back (``ws.province``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from tnapp.domain.formatting import format_date
from tnapp.errors import TNAppError
from tnapp.services.province import ProvinceRow
from tnapp.ui.forms import DateEdit
from tnapp.ui.messages import show_error, show_info
from tnapp.ui.pages.proposal_step_dossier import write_files


class SendDialog(QDialog):
    """Trình tỉnh: the day of the Tờ trình; says to whom and through whom it goes."""

    def __init__(self, ws, row: ProvinceRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.row = ws, row
        self.setWindowTitle(self.tr("Trình tỉnh"))
        self.setMinimumWidth(560)
        self.field_day = DateEdit(dt.date.today())
        self.field_day.setObjectName("sentOn")
        route = ws.province.route()
        note = QLabel(self.tr("Tờ trình của UBND xã gửi {to} {province}, qua {via}, kèm danh sách, báo cáo thành "
                              "tích, trích biên bản họp Hội đồng và giấy công nhận sáng kiến.").format(
            to=route.addressee, province=ws.commune.current().province, via=route.via))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        checklist = ws.province.checklist()
        if checklist:  # on screen only, never on the paper
            warning = QLabel(self.tr("Tờ trình dựa trên các điểm chưa xác nhận (xem Quản trị → Thiết lập):") + "\n"
                             + "\n".join(f"• {line}" for line in checklist))
            warning.setObjectName("unconfirmed")
            warning.setWordWrap(True)
            form.addRow(warning)
        form.addRow(self.tr("Ngày Tờ trình:"), self.field_day)
        form.addRow(buttons)
        self.sent: list[ProvinceRow] = []

    def send(self) -> None:
        try:
            day = self.field_day.date("sent_on")
            self.sent = self.ws.province.send(self.row.meeting_id, day)
        except TNAppError as exc:
            show_error(self, exc)
            return
        self.accept()


class DecisionDialog(QDialog):
    """Ghi quyết định của tỉnh: number, date and issuer (prefilled with the title's authority)."""

    def __init__(self, ws, row: ProvinceRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.row = ws, row
        self.setWindowTitle(self.tr("Quyết định khen thưởng của tỉnh"))
        self.field_number = QLineEdit()
        self.field_number.setObjectName("decisionNumber")
        self.field_number.setPlaceholderText(self.tr("ví dụ 345/QĐ-UBND"))
        self.field_day = DateEdit(dt.date.today())
        self.field_day.setObjectName("decisionDate")
        self.field_issuer = QLineEdit(ws.province.default_issuer(row.proposal_id))
        self.field_issuer.setObjectName("decisionIssuer")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("«{title}» năm {year}, trình tỉnh theo Tờ trình {number} ngày {day}.").format(
            title=row.title_name, year=row.year, number=row.number or "", day=format_date(row.sent_on))))
        form.addRow(self.tr("Số quyết định:"), self.field_number)
        form.addRow(self.tr("Ngày quyết định:"), self.field_day)
        form.addRow(self.tr("Cơ quan, người ban hành:"), self.field_issuer)
        form.addRow(buttons)

    def record(self) -> None:
        try:
            self.ws.province.record_decision(self.row.proposal_id, self.field_number.text(),
                                             self.field_day.date("decided_on"), self.field_issuer.text(),
                                             self.row.version)
        except TNAppError as exc:
            show_error(self, exc)
            return
        self.accept()


def send_to_province(parent: QWidget, ws, proposal_id: int) -> bool:
    """Ask the day, send, then offer to write the dossier for the province."""
    dialog = SendDialog(ws, ws.province.get(proposal_id), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    meeting_id = dialog.row.meeting_id
    show_info(parent, QCoreApplication.translate("ProvinceRoute", "Đã trình tỉnh {n} đề nghị (Tờ trình {number}). "
                                                 "Hãy chọn thư mục ghi hồ sơ trình tỉnh.", "",
                                                 len(dialog.sent)).format(
        n=len(dialog.sent), number=dialog.sent[0].number))
    write_files(parent, lambda folder: ws.province.write_dossier(meeting_id, folder))
    return True


def record_province_decision(parent: QWidget, ws, proposal_id: int) -> bool:
    return DecisionDialog(ws, ws.province.get(proposal_id), parent).exec() == QDialog.DialogCode.Accepted
