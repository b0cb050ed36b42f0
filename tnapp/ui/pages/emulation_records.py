"""Thi đua → Sáng kiến, Kỷ luật, Khiếu nại: the smaller record lists."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit

from tnapp.domain.emulation_rules import NomineeType
from tnapp.domain.formatting import format_date
from tnapp.domain.vocab import ComplaintState, DisciplineForm, EffectScope, InitiativeKind, MatterKind
from tnapp.services.complaints import ComplaintInput, ComplaintRow
from tnapp.services.discipline import DisciplineInput, DisciplineRow
from tnapp.services.initiatives import InitiativeInput, InitiativeRow
from tnapp.ui.forms import DateEdit, clean, enum_combo, select_data
from tnapp.ui.labels import tr_label
from tnapp.ui.pages.emulation_common import NomineePicker, RecordDialog, RecordPage, int_or_none
from tnapp.ui.table_model import Column

# --- Sáng kiến ------------------------------------------------------------------------------


class InitiativeDialog(RecordDialog):
    def __init__(self, ws, row: InitiativeRow | None, parent=None) -> None:
        super().__init__(ws, "", row, parent)
        self.setWindowTitle(self.tr("Sửa sáng kiến, đề tài") if row else self.tr("Thêm sáng kiến, đề tài"))
        self.kind = self.add_field("kind", self.tr("Loại:"), enum_combo(InitiativeKind, row.kind if row else None))
        self.title = self.add_field("title", self.tr("Tên:"), QLineEdit(row.title if row else ""))
        self.year = self.add_field("year", self.tr("Năm:"), QLineEdit(str(row.year) if row else
                                                                      str(dt.date.today().year)))
        self.year.setValidator(QIntValidator(2000, 2100, self.year))
        self.author_filter = QLineEdit()
        self.author_filter.setPlaceholderText(self.tr("Lọc tên tác giả…"))
        self.author_filter.textChanged.connect(self._filter_authors)
        self.form.addRow(self.tr("Tác giả:"), self.author_filter)
        self.authors = QListWidget()
        self.authors.setMaximumHeight(130)
        chosen = row.author_ids if row else ()
        for person in ws.people.list():
            item = QListWidgetItem(f"{person.full_name} ({person.unit_code})")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in chosen else Qt.CheckState.Unchecked)
            self.authors.addItem(item)
        self.add_field("author_ids", "", self.authors)
        self.unit = self.add_field("unit_id", self.tr("Đơn vị:"), QComboBox())
        self.unit.addItem("", None)
        for unit in ws.units.list():
            self.unit.addItem(f"{unit.code} – {unit.name}", unit.id)
        select_data(self.unit, row.unit_id if row else None)
        self.by = self.add_field("recognised_by", self.tr("Cơ quan công nhận:"),
                                 QLineEdit(row.recognised_by or "" if row else ""))
        self.on = self.add_field("recognised_on", self.tr("Ngày công nhận:"), DateEdit(row.recognised_on if row else None))
        self.scope = self.add_field("scope", self.tr("Phạm vi ảnh hưởng:"), enum_combo(EffectScope, row.scope if row
                                                                                       else EffectScope.GRASSROOTS))
        self.number = self.add_field("decision_number", self.tr("Số quyết định:"),
                                     QLineEdit(row.decision_number or "" if row else ""))

    def _filter_authors(self, text: str) -> None:
        from tnapp.domain.text import fold
        needle = fold(text)
        for i in range(self.authors.count()):
            item = self.authors.item(i)
            item.setHidden(bool(needle) and needle not in fold(item.text()))

    def save_record(self) -> InitiativeRow:
        authors = tuple(self.authors.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.authors.count())
                        if self.authors.item(i).checkState() == Qt.CheckState.Checked)
        data = InitiativeInput(self.title.text(), int_or_none(self.year.text(), "year", "năm") or 0, authors,
                               self.kind.currentData(), self.unit.currentData(), clean(self.by.text()),
                               self.on.date("recognised_on"), self.scope.currentData(), clean(self.number.text()))
        if self.row is None:
            return self.ws.initiatives.create(data)
        return self.ws.initiatives.update(self.row.id, data, expected_version=self.row.version)


class InitiativesPage(RecordPage):
    object_name = "initiatives"
    can_import = True
    service = "initiatives"

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Năm"), lambda r: str(r.year), sort_key=lambda r: r.year),
            Column(self.tr("Tên sáng kiến, đề tài"), lambda r: r.title, tooltip=lambda r: r.title),
            Column(self.tr("Tác giả"), lambda r: r.authors_text),
            Column(self.tr("Phạm vi"), lambda r: tr_label(r.scope)),
            Column(self.tr("Công nhận"), lambda r: f"{r.recognised_by or ''} {format_date(r.recognised_on)}".strip()),
            Column(self.tr("Số quyết định"), lambda r: r.decision_number),
        ]

    def search_text(self, r: InitiativeRow) -> str:
        return f"{r.title} {r.authors_text} {r.unit_name or ''} {r.decision_number or ''}"

    def build_filters(self) -> None:
        self.year = self.add_filter(self.tr("Năm:"), self.year_filter())
        self.unit = self.add_filter(self.tr("Đơn vị:"), self.unit_filter())
        self.scope = self.add_filter(self.tr("Phạm vi:"), self.enum_filter(EffectScope, self.tr("Mọi phạm vi")))

    def fetch(self) -> list[InitiativeRow]:
        return self.ws.initiatives.list(year=self.year.currentData(), unit_id=self.unit.currentData(),
                                        scope=self.scope.currentData())

    def make_dialog(self, row: InitiativeRow | None) -> InitiativeDialog:
        return InitiativeDialog(self.ws, row, self)

    def describe(self, row: InitiativeRow) -> str:
        return row.title

    def delete_record(self, row: InitiativeRow) -> None:
        self.ws.initiatives.delete(row.id, expected_version=row.version)

    def export(self, path: Path, rows: list[InitiativeRow]) -> Path:
        return self.ws.initiatives.export_excel(path, rows)

    def file_title(self) -> str:
        return self.tr("sáng kiến")


# --- Kỷ luật và việc đang xử lý ---------------------------------------------------------------


class DisciplineDialog(RecordDialog):
    def __init__(self, ws, row: DisciplineRow | None, parent=None) -> None:
        super().__init__(ws, "", row, parent)
        self.setWindowTitle(self.tr("Sửa hồ sơ") if row else self.tr("Thêm kỷ luật, thanh tra, khiếu nại"))
        self.nominee = self.add_field("nominee", self.tr("Đối tượng:"),
                                      NomineePicker(ws, (NomineeType.PERSON, NomineeType.COLLECTIVE)))
        self.nominee.set_nominee(row.nominee.nominee if row else None)
        self.matter = self.add_field("matter", self.tr("Việc:"), enum_combo(MatterKind, row.matter if row else None))
        self.discipline_form = self.add_field("form", self.tr("Hình thức kỷ luật:"), QComboBox())
        self.discipline_form.addItem("", None)
        for form in DisciplineForm:
            self.discipline_form.addItem(tr_label(form), form)
        select_data(self.discipline_form, row.form if row else None)
        self.opened = self.add_field("opened_on", self.tr("Từ ngày:"), DateEdit(row.opened_on if row else None))
        self.resolved = self.add_field("resolved_on", self.tr("Kết thúc ngày:"), DateEdit(row.resolved_on if row else None))
        self.resolved.setPlaceholderText(self.tr("để trống khi chưa kết thúc"))
        self.number = self.add_field("decision_number", self.tr("Số quyết định:"),
                                     QLineEdit(row.decision_number or "" if row else ""))
        self.decided = self.add_field("decided_on", self.tr("Ngày quyết định kỷ luật:"),
                                      DateEdit(row.decided_on if row else None))
        self.decided.setToolTip(self.tr("Kỷ luật được tính vào năm của ngày quyết định, dù vụ việc bắt đầu từ năm "
                                        "trước; để trống thì tính từ ngày bắt đầu."))
        self.note = self.add_field("note", self.tr("Ghi chú:"), QLineEdit(row.note or "" if row else ""))

    def save_record(self) -> DisciplineRow:
        data = DisciplineInput(self.nominee.nominee(), self.matter.currentData(), self.opened.date("opened_on"),
                               self.discipline_form.currentData(), self.resolved.date("resolved_on"),
                               clean(self.number.text()), clean(self.note.text()), self.decided.date("decided_on"))
        if self.row is None:
            return self.ws.discipline.create(data)
        return self.ws.discipline.update(self.row.id, data, expected_version=self.row.version)


class DisciplinePage(RecordPage):
    object_name = "discipline"
    can_import = True
    service = "discipline"

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Đối tượng"), lambda r: r.nominee.name, sort_key=lambda r: r.nominee.sort_key),
            Column(self.tr("Đơn vị"), lambda r: r.nominee.unit_name),
            Column(self.tr("Việc"), lambda r: tr_label(r.matter)),
            Column(self.tr("Hình thức"), lambda r: tr_label(r.form) if r.form else ""),
            Column(self.tr("Từ ngày"), lambda r: format_date(r.opened_on), sort_key=lambda r: r.opened_on),
            Column(self.tr("Kết thúc"), lambda r: format_date(r.resolved_on) if r.resolved_on else self.tr("chưa kết thúc"),
                   sort_key=lambda r: r.resolved_on or dt.date.max),
            Column(self.tr("Ghi chú"), lambda r: r.note),
        ]

    def stretch_column(self) -> int:
        return 6

    def search_text(self, r: DisciplineRow) -> str:
        return f"{r.nominee.name} {r.nominee.unit_name} {r.note or ''} {r.decision_number or ''}"

    def build_filters(self) -> None:
        self.matter = self.add_filter(self.tr("Việc:"), self.enum_filter(MatterKind, self.tr("Tất cả")))
        self.pending = QCheckBox(self.tr("Chỉ việc chưa kết thúc"))
        self.pending.toggled.connect(lambda _: self.refresh())
        self.filter_bar.addWidget(self.pending)

    def fetch(self) -> list[DisciplineRow]:
        return self.ws.discipline.list(matter=self.matter.currentData(), pending_only=self.pending.isChecked())

    def warnings(self) -> list[str]:
        pending = [r for r in self.model.rows() if r.pending]
        return [self.tr("{n} việc chưa kết thúc: chưa xét khen thưởng cho các đối tượng này "
                        "(NĐ 152/2025, Điều 4).", "", len(pending)).format(n=len(pending))] if pending else []

    def make_dialog(self, row: DisciplineRow | None) -> DisciplineDialog:
        return DisciplineDialog(self.ws, row, self)

    def describe(self, row: DisciplineRow) -> str:
        return f"{row.nominee.name} – {tr_label(row.matter)}"

    def delete_record(self, row: DisciplineRow) -> None:
        self.ws.discipline.delete(row.id, expected_version=row.version)

    def export(self, path: Path, rows: list[DisciplineRow]) -> Path:
        return self.ws.discipline.export_excel(path, rows)

    def file_title(self) -> str:
        return self.tr("kỷ luật")


# --- Khiếu nại, kiến nghị ------------------------------------------------------------------------


class ComplaintDialog(RecordDialog):
    def __init__(self, ws, row: ComplaintRow | None, parent=None) -> None:
        super().__init__(ws, "", row, parent)
        self.setWindowTitle(self.tr("Sửa khiếu nại, kiến nghị") if row else self.tr("Thêm khiếu nại, kiến nghị"))
        self.received = self.add_field("received_on", self.tr("Ngày nhận:"),
                                       DateEdit(row.received_on if row else dt.date.today()))
        self.sender = self.add_field("sender", self.tr("Người gửi:"), QLineEdit(row.sender if row else ""))
        self.subject = self.add_field("subject", self.tr("Nội dung:"), QPlainTextEdit(row.subject if row else ""))
        self.subject.setMaximumHeight(80)
        self.handler = self.add_field("handler", self.tr("Người xử lý:"), QLineEdit(row.handler or "" if row else ""))
        self.due = self.add_field("due_on", self.tr("Hạn giải quyết:"), DateEdit(row.due_on if row else None))
        self.due.setPlaceholderText(self.tr("để trống: 30 ngày kể từ ngày nhận (Luật Khiếu nại 2011, Điều 28)"))
        self.state = self.add_field("state", self.tr("Trạng thái:"), enum_combo(ComplaintState, row.state if row
                                                                                 else None))
        self.resolved = self.add_field("resolved_on", self.tr("Ngày giải quyết:"),
                                       DateEdit(row.resolved_on if row else None))
        self.result = self.add_field("result", self.tr("Kết quả:"), QLineEdit(row.result or "" if row else ""))

    def save_record(self) -> ComplaintRow:
        data = ComplaintInput(self.received.date("received_on"), self.sender.text(), self.subject.toPlainText(),
                              clean(self.handler.text()), self.due.date("due_on"), self.state.currentData(),
                              self.resolved.date("resolved_on"), clean(self.result.text()))
        if self.row is None:
            return self.ws.complaints.create(data)
        return self.ws.complaints.update(self.row.id, data, expected_version=self.row.version)


class ComplaintsPage(RecordPage):
    object_name = "complaints"
    can_import = True
    service = "complaints"

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Ngày nhận"), lambda r: format_date(r.received_on), sort_key=lambda r: r.received_on),
            Column(self.tr("Nội dung"), lambda r: r.subject, tooltip=lambda r: r.subject),
            Column(self.tr("Người gửi"), lambda r: r.sender),
            Column(self.tr("Người xử lý"), lambda r: r.handler),
            Column(self.tr("Hạn"), lambda r: format_date(r.due_on), sort_key=lambda r: r.due_on),
            Column(self.tr("Trạng thái"), lambda r: self.tr("QUÁ HẠN") if r.overdue else tr_label(r.state)),
        ]

    def search_text(self, r: ComplaintRow) -> str:
        return f"{r.sender} {r.subject} {r.handler or ''}"

    def build_filters(self) -> None:
        self.state = self.add_filter(self.tr("Trạng thái:"), self.enum_filter(ComplaintState,
                                                                              self.tr("Tất cả trạng thái")))
        self.overdue = QCheckBox(self.tr("Chỉ đơn quá hạn"))
        self.overdue.toggled.connect(lambda _: self.refresh())
        self.filter_bar.addWidget(self.overdue)

    def fetch(self) -> list[ComplaintRow]:
        return self.ws.complaints.list(state=self.state.currentData(), overdue_only=self.overdue.isChecked())

    def show_overdue(self) -> None:
        """Only the overdue complaints, the one due first selected (the dashboard's alert)."""
        self.state.setCurrentIndex(0)
        self.overdue.setChecked(True)
        self.refresh()
        rows = sorted(self.shown_rows(), key=lambda r: r.due_on)
        self.select(rows[0].id if rows else None)

    def warnings(self) -> list[str]:
        late = self.ws.complaints.overdue_complaints(dt.date.today())
        return [self.tr("{n} đơn quá hạn giải quyết (Luật Khiếu nại 2011, Điều 28).", "", len(late)).format(
            n=len(late))] if late else []

    def make_dialog(self, row: ComplaintRow | None) -> ComplaintDialog:
        return ComplaintDialog(self.ws, row, self)

    def describe(self, row: ComplaintRow) -> str:
        return f"{row.sender} – {row.subject[:60]}"

    def delete_record(self, row: ComplaintRow) -> None:
        self.ws.complaints.delete(row.id, expected_version=row.version)

    def export(self, path: Path, rows: list[ComplaintRow]) -> Path:
        return self.ws.complaints.export_excel(path, rows)

    def file_title(self) -> str:
        return self.tr("khiếu nại")
