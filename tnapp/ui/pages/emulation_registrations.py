"""Thi đua → Đăng ký thi đua: units register themselves and their people for
titles; the office sends, approves or rejects (with a reason); the combined
list exports to Excel and prints (PDF/Word) through the document engine."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QInputDialog, QLineEdit, QPushButton

from tnapp.domain.emulation_rules import NomineeType, title_fits
from tnapp.domain.formatting import format_date
from tnapp.domain.vocab import RegistrationState, UnitKind
from tnapp.errors import TNAppError, ValidationError
from tnapp.services.registrations import RegistrationInput, RegistrationRow
from tnapp.ui.files import save_file, suggested_name
from tnapp.ui.forms import select_data
from tnapp.ui.labels import tr_label
from tnapp.ui.messages import show_error, show_info
from tnapp.ui.pages.emulation_common import NomineePicker, RecordDialog, RecordPage, int_or_none
from tnapp.ui.table_model import Column
from tnapp.ui.tasks import run_task


class RegistrationDialog(RecordDialog):
    def __init__(self, ws, row: RegistrationRow | None, year: int | None, unit_id: int | None, parent=None) -> None:
        super().__init__(ws, "", row, parent)
        self.setWindowTitle(self.tr("Sửa đăng ký thi đua") if row else self.tr("Đăng ký thi đua"))
        self.year = self.add_field("year", self.tr("Năm:"), QLineEdit(str(row.year if row else year or dt.date.today().year)))
        self.year.setValidator(QIntValidator(2000, 2100, self.year))
        self.unit = self.add_field("unit_id", self.tr("Đơn vị đăng ký:"), QComboBox())
        self.units = {u.id: u for u in ws.units.list()}
        for unit in self.units.values():
            self.unit.addItem(f"{unit.code} – {unit.name}", unit.id)
        select_data(self.unit, row.unit_id if row else unit_id)
        self.nominee = self.add_field("nominee", self.tr("Đối tượng:"), NomineePicker(ws))
        self.nominee.set_nominee(row.nominee.nominee if row else None)
        self.title = self.add_field("title_id", self.tr("Danh hiệu đăng ký:"), QComboBox())
        self.titles = ws.award_history.titles()
        self.nominee.kind.currentIndexChanged.connect(lambda _: self._fill_titles())
        self.nominee.choice.currentIndexChanged.connect(lambda _: self._fill_titles())
        self._fill_titles()
        select_data(self.title, row.title_id if row else None)
        self.movement = self.add_field("movement_id", self.tr("Phong trào:"), QComboBox())
        self.movement.addItem(self.tr("(không gắn phong trào)"), None)
        for movement in ws.movements.list():
            self.movement.addItem(f"{movement.year} – {movement.name}", movement.id)
        select_data(self.movement, row.movement_id if row else None)

    def _fill_titles(self) -> None:
        """Only the titles that fit the chosen kind of nominee."""
        kind = NomineeType(self.nominee.kind.currentData())
        unit = self.units.get(self.nominee.choice.currentData()) if kind is NomineeType.COLLECTIVE else None
        chosen = self.title.currentData()
        self.title.clear()
        for title in self.titles:
            if title_fits(title.nominee_kind, kind, unit.kind if unit else UnitKind.VILLAGE if kind is
                          NomineeType.COLLECTIVE else None):
                self.title.addItem(f"{title.code} – {title.name}", title.id)
        select_data(self.title, chosen)

    def save_record(self) -> RegistrationRow:
        if self.title.currentData() is None:
            raise ValidationError(self.tr("Hãy chọn danh hiệu."), field="title_id")
        data = RegistrationInput(int_or_none(self.year.text(), "year", "năm") or 0, self.unit.currentData(),
                                 self.nominee.nominee(), self.title.currentData(), self.movement.currentData())
        if self.row is None:
            return self.ws.registrations.create(data)
        return self.ws.registrations.update(self.row.id, data, expected_version=self.row.version)


class RegistrationsPage(RecordPage):
    object_name = "registrations"
    can_import = True

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Năm"), lambda r: str(r.year), sort_key=lambda r: r.year),
            Column(self.tr("Đối tượng"), lambda r: r.nominee.name, sort_key=lambda r: r.nominee.sort_key),
            Column(self.tr("Đơn vị đăng ký"), lambda r: r.unit_name),
            Column(self.tr("Danh hiệu"), lambda r: r.title_name),
            Column(self.tr("Trạng thái"), lambda r: tr_label(r.state), tooltip=lambda r: r.reject_reason),
            Column(self.tr("Ngày gửi"), lambda r: format_date(r.sent_at.date()) if r.sent_at else "",
                   sort_key=lambda r: str(r.sent_at or "")),
            Column(self.tr("Hạn"), lambda r: (self.tr("Quá hạn {date}").format(date=format_date(r.deadline))
                                              if r.late else "")),
        ]

    def search_text(self, r: RegistrationRow) -> str:
        return f"{r.nominee.name} {r.unit_name} {r.title_name} {r.title_code} {r.reject_reason or ''}"

    def build_filters(self) -> None:
        self.year = self.add_filter(self.tr("Năm:"), self.year_filter(dt.date.today().year))
        self.unit = self.add_filter(self.tr("Đơn vị:"), self.unit_filter())
        self.state = self.add_filter(self.tr("Trạng thái:"), self.enum_filter(RegistrationState,
                                                                              self.tr("Tất cả trạng thái")))

    def extra_buttons(self) -> list[QPushButton]:
        self.send_button = QPushButton(self.tr("Gửi"))
        self.approve_button = QPushButton(self.tr("Duyệt"))
        self.reject_button = QPushButton(self.tr("Từ chối…"))
        self.recall_button = QPushButton(self.tr("Rút lại…"))
        self.print_button = QPushButton(self.tr("In danh sách…"))
        self.send_button.clicked.connect(lambda: self._move("send"))
        self.approve_button.clicked.connect(lambda: self._move("approve"))
        self.reject_button.clicked.connect(lambda: self._move("reject"))
        self.recall_button.clicked.connect(lambda: self._move("recall"))
        self.print_button.clicked.connect(self.print_list)
        return [self.send_button, self.approve_button, self.reject_button, self.recall_button, self.print_button]

    def selection_changed(self, row: RegistrationRow | None) -> None:
        state = row.state if row else None
        self.send_button.setEnabled(state in (RegistrationState.NOT_SENT, RegistrationState.REJECTED))
        self.approve_button.setEnabled(state is RegistrationState.PENDING)
        self.reject_button.setEnabled(state is RegistrationState.PENDING)
        self.recall_button.setEnabled(state in (RegistrationState.PENDING, RegistrationState.APPROVED))

    def fetch(self) -> list[RegistrationRow]:
        return self.ws.registrations.list(year=self.year.currentData(), unit_id=self.unit.currentData(),
                                          state=self.state.currentData())

    def warnings(self) -> list[str]:
        year = self.year.currentData()
        if year is None:
            return []
        late = [r for r in self.model.rows() if r.late and r.state is not RegistrationState.APPROVED]
        if not late:
            return []
        return [self.tr("Hạn đăng ký năm {year}: {date}. {n} đăng ký gửi sau hạn hoặc chưa gửi.", "",
                        len(late)).format(
            year=year, date=format_date(self.ws.registrations.deadline(year)), n=len(late))]

    def make_dialog(self, row: RegistrationRow | None) -> RegistrationDialog:
        return RegistrationDialog(self.ws, row, self.year.currentData(), self.unit.currentData(), self)

    def after_save(self, row: RegistrationRow) -> None:
        if row.late:
            show_info(self, self.tr("Đăng ký sau hạn {date}: đăng ký vẫn được lưu, nhưng là đăng ký muộn.").format(
                date=format_date(row.deadline)))

    def describe(self, row: RegistrationRow) -> str:
        return f"{row.nominee.name} – {row.title_name} {row.year}"

    def delete_record(self, row: RegistrationRow) -> None:
        self.ws.registrations.delete(row.id, expected_version=row.version)

    def _move(self, action: str) -> None:
        row = self.selected()
        if row is None:
            return
        service = self.ws.registrations
        if action in ("reject", "recall"):
            prompt = self.tr("Lý do từ chối:") if action == "reject" else self.tr("Lý do rút lại:")
            reason, ok = QInputDialog.getText(self, self.tr("Lý do"), prompt)
            if not ok:
                return
            call = (lambda: service.reject(row.id, reason, row.version)) if action == "reject" else \
                (lambda: service.recall(row.id, reason, row.version))
        else:
            call = (lambda: service.send(row.id, row.version)) if action == "send" else \
                (lambda: service.approve(row.id, row.version))
        saved = self.run(call, row.id)
        if saved is not None and action == "send":
            self.after_save(saved)

    def print_list(self) -> None:
        year = self.year.currentData() or dt.date.today().year
        name = suggested_name(self.tr("đăng ký thi đua"), year, suffix=".pdf")
        path, _ = save_file(self, self.tr("In danh sách đăng ký thi đua"), name, "PDF (*.pdf);;Word (*.docx)")
        if not path:
            return
        try:
            saved = run_task(self, self.tr("Đang tạo văn bản…"), lambda: self.ws.registrations.print_list(year, path))
        except TNAppError as exc:
            show_error(self, exc)
            return
        show_info(self, self.tr("Đã ghi danh sách năm {year} ra tệp «{file}».").format(year=year, file=str(saved)))

    def export(self, path: Path, rows: list[RegistrationRow]) -> Path:
        return self.ws.registrations.export_excel(path, rows)

    def preview_import(self, path: Path):
        return self.ws.registrations.preview_import(path)

    def apply_import(self, preview) -> int:
        return self.ws.registrations.apply_import(preview)

    def file_title(self) -> str:
        return self.tr("đăng ký thi đua")
