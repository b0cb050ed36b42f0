"""Danh mục → Người: officials, employees and residents, with Excel import/export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from tnapp.domain.emulation_rules import Nominee
from tnapp.domain.formatting import format_number
from tnapp.domain.names import person_sort_key
from tnapp.domain.vocab import Gender, PersonStatus, StaffCategory
from tnapp.errors import TNAppError, ValidationError
from tnapp.services.people import PersonInput, PersonRow
from tnapp.services.units import UnitRow
from tnapp.services.workspace import Workspace
from tnapp.ui.files import open_file, save_file, suggested_name
from tnapp.ui.forms import DateEdit, FormDialog, clean, enum_combo, select_data
from tnapp.ui.labels import tr_label
from tnapp.ui.messages import confirm, show_error, show_info
from tnapp.ui.pages.base import Page
from tnapp.ui.pages.people_import import ImportPreviewDialog
from tnapp.ui.record_list import RecordListMixin
from tnapp.ui.table_model import Column, RowTableModel, SearchProxy, fit_columns, table_view
from tnapp.ui.tasks import run_task

EXCEL_FILTER = "Excel (*.xlsx)"


class PersonDialog(FormDialog):
    """Add (``person=None``) or edit a person; ``accept()`` saves through the service."""

    def __init__(self, ws: Workspace, units: list[UnitRow], person: PersonRow | None = None,
                 unit_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Sửa thông tin «{name}»").format(name=person.full_name) if person
                            else self.tr("Thêm người"))
        self.ws = ws
        self.person = person
        self.saved: PersonRow | None = None
        self.full_name = self.add_field("full_name", self.tr("Họ và tên:"),
                                        QLineEdit(person.full_name if person else ""))
        self.gender = self.add_field("gender", self.tr("Giới tính:"),
                                     enum_combo(Gender, person.gender if person else None))
        self.birth_year = self.add_field("birth_year", self.tr("Năm sinh:"),
                                         QLineEdit(str(person.birth_year or "") if person else ""))
        self.birth_year.setValidator(QIntValidator(0, 9999, self.birth_year))
        self.birth_year.setPlaceholderText(self.tr("ví dụ 1985; để trống nếu không rõ"))
        self.position = self.add_field("position", self.tr("Chức vụ:"),
                                       QLineEdit(person.position or "" if person else ""))
        # What the Báo cáo thành tích asks of the person (left empty: a line to fill by hand).
        self.hometown = self.add_field("hometown", self.tr("Quê quán:"),
                                       QLineEdit(person.hometown or "" if person else ""))
        self.residence = self.add_field("residence", self.tr("Nơi thường trú:"),
                                        QLineEdit(person.residence or "" if person else ""))
        self.qualification = self.add_field("qualification", self.tr("Trình độ chuyên môn, nghiệp vụ:"),
                                            QLineEdit(person.qualification or "" if person else ""))
        self.qualification.setPlaceholderText(self.tr("ví dụ Đại học Luật"))
        self.political_theory = self.add_field("political_theory", self.tr("Trình độ lý luận chính trị:"),
                                               QLineEdit(person.political_theory or "" if person else ""))
        self.political_theory.setPlaceholderText(self.tr("ví dụ Trung cấp"))
        self.unit = self.add_field("unit_id", self.tr("Đơn vị:"), QComboBox())
        for unit in units:
            self.unit.addItem(f"{unit.code} – {unit.name}", unit.id)
        select_data(self.unit, person.unit_id if person else unit_id)
        self.moved_on = self.add_field("moved_on", self.tr("Ngày chuyển đơn vị:"), DateEdit(dt.date.today()))
        self.moved_on.setToolTip(self.tr("Từ ngày này người đó thuộc đơn vị mới; trước ngày này vẫn thuộc "
                                         "đơn vị cũ (để đánh giá, khen thưởng các năm trước)."))
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self._unit_changed()
        self.category = self.add_field("category", self.tr("Đối tượng:"),
                                       enum_combo(StaffCategory, person.category if person
                                                  else StaffCategory.CIVIL_SERVANT))
        self.status = self.add_field("status", self.tr("Tình trạng:"),
                                     enum_combo(PersonStatus, person.status if person else PersonStatus.ACTIVE))
        self.phone = self.add_field("phone", self.tr("Điện thoại:"), QLineEdit(person.phone or "" if person else ""))
        self.note = self.add_field("note", self.tr("Ghi chú:"), QLineEdit(person.note or "" if person else ""))

    def moved(self) -> bool:
        """Whether the unit of a saved person is being changed."""
        return self.person is not None and self.unit.currentData() != self.person.unit_id

    def _unit_changed(self) -> None:
        self.form.setRowVisible(self.moved_on, self.moved())

    def save(self) -> None:
        if self.unit.currentData() is None:
            raise ValidationError(self.tr("Hãy chọn đơn vị."), field="unit_id")
        moved_on = self.moved_on.date("moved_on") if self.moved() else None
        if self.moved() and moved_on is None:
            raise ValidationError(self.tr("Hãy nhập ngày chuyển đơn vị (ngày/tháng/năm)."), field="moved_on")
        year = self.birth_year.text().strip()
        data = PersonInput(
            full_name=self.full_name.text(), gender=self.gender.currentData(), unit_id=self.unit.currentData(),
            birth_year=int(year) if year else None, position=clean(self.position.text()),
            category=self.category.currentData(), status=self.status.currentData(),
            phone=clean(self.phone.text()), note=clean(self.note.text()), hometown=clean(self.hometown.text()),
            residence=clean(self.residence.text()), qualification=clean(self.qualification.text()),
            political_theory=clean(self.political_theory.text()))
        if self.person is None:
            self.saved = self.ws.people.create(data)
        else:
            self.saved = self.ws.people.update(self.person.id, data, expected_version=self.person.version,
                                               moved_on=moved_on)


class PeoplePage(RecordListMixin, Page):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.units: list[UnitRow] = []
        self.model: RowTableModel[PersonRow] = RowTableModel([
            Column(self.tr("Họ và tên"), lambda p: p.full_name,
                   sort_key=lambda p: (person_sort_key(p.full_name), p.birth_year or 0, p.id)),
            Column(self.tr("Giới tính"), lambda p: tr_label(p.gender)),
            Column(self.tr("Năm sinh"), lambda p: str(p.birth_year or ""), sort_key=lambda p: p.birth_year or 0),
            Column(self.tr("Chức vụ"), lambda p: p.position),
            Column(self.tr("Đơn vị"), lambda p: p.unit_name),
            Column(self.tr("Đối tượng"), lambda p: tr_label(p.category)),
            Column(self.tr("Tình trạng"), lambda p: tr_label(p.status)),
        ], search_text=lambda p: f"{p.full_name} {p.position or ''} {p.unit_name}", parent=self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm theo tên, chức vụ, đơn vị (gõ có dấu hoặc không dấu)"))
        self.search.textChanged.connect(self._search_changed)
        self.unit_filter = QComboBox()
        self.unit_filter.setObjectName("unitFilter")
        self.unit_filter.setMinimumContentsLength(24)
        self.unit_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.add_button = QPushButton(self.tr("Thêm…"))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.import_button = QPushButton(self.tr("Nhập từ Excel…"))
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.delete_button.clicked.connect(self.delete_person)
        self.import_button.clicked.connect(self.import_excel)
        self.export_button.clicked.connect(self.export_excel)

        self.table = table_view(self.proxy, "peopleTable", sortable=True)
        self.table.doubleClicked.connect(self.edit_person)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._show_unit_history)
        self.status = QLabel()
        self.unit_history = QLabel()
        self.unit_history.setObjectName("unitHistory")
        self.unit_history.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(QLabel(self.tr("Đơn vị:")))
        top.addWidget(self.unit_filter)
        for button in (self.add_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unit_history)
        layout.addLayout(bottom)
        self.refresh()

    # --- reading ------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        self._load_units()
        current = self.selected()
        self.model.set_rows(self.ws.people.list(unit_id=self.unit_filter.currentData()))
        fit_columns(self.table, 3)
        self.select(select_id if select_id is not None else (current.id if current else None))
        self._update_status()

    def _show_unit_history(self) -> None:
        """The chosen person's units, oldest first, with the dates of their moves."""
        person = self.selected()
        history = self.ws.award_history.unit_history(Nominee.person(person.id)) if person else []
        self.unit_history.setText(self.tr("Quá trình công tác của «{name}»: {units}").format(
            name=person.full_name, units=" → ".join(u.text for u in history)) if person else "")

    def _load_units(self) -> None:
        """The unit filter, keeping the chosen unit while it still exists."""
        self.units = self.ws.units.list()
        chosen = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("Tất cả đơn vị"), None)
        for unit in self.units:
            self.unit_filter.addItem(unit.short_name or unit.name, unit.id)
            self.unit_filter.setItemData(self.unit_filter.count() - 1, unit.name, Qt.ItemDataRole.ToolTipRole)
        select_data(self.unit_filter, chosen)
        self.unit_filter.blockSignals(False)

    def count_text(self, shown: int, total: int) -> str:
        return (self.tr("{n} người", "", total).format(n=format_number(total)) if shown == total
                else self.tr("{shown} / {total} người khớp tìm kiếm", "", total).format(
                    shown=format_number(shown), total=format_number(total)))

    # --- actions ---------------------------------------------------------------------

    def add_person(self) -> None:
        dialog = PersonDialog(self.ws, self.units, unit_id=self.unit_filter.currentData(), parent=self)
        if dialog.exec() and dialog.saved:
            self.refresh(select_id=dialog.saved.id)

    def edit_person(self) -> None:
        person = self.selected()
        if person is None:
            return
        dialog = PersonDialog(self.ws, self.units, person, parent=self)
        if dialog.exec() and dialog.saved:
            self.refresh(select_id=dialog.saved.id)

    def delete_person(self) -> None:
        person = self.selected()
        if person is None:
            return
        if not confirm(self, self.tr("Xóa người"),
                       self.tr("Xóa «{name}» ({unit}) khỏi danh sách? Việc xóa không hoàn tác được.")
                       .format(name=person.full_name, unit=person.unit_name)):
            return
        try:
            self.ws.people.delete(person.id, expected_version=person.version)
        except TNAppError as exc:
            show_error(self, exc)
        self.refresh()

    def import_excel(self) -> None:
        path = open_file(self, self.tr("Nhập danh sách người từ Excel"), EXCEL_FILTER)
        if not path:
            return
        try:
            preview = run_task(self, self.tr("Đang đọc tệp…"), lambda: self.ws.people.preview_import(Path(path)))
        except TNAppError as exc:
            show_error(self, exc)
            return
        dialog = ImportPreviewDialog(self.ws, preview, self.units, parent=self)
        if dialog.exec():
            show_info(self, self.tr("Đã nhập {n} người từ tệp «{file}».", "", dialog.imported).format(
                n=format_number(dialog.imported), file=Path(path).name))
            self.refresh()

    def export_excel(self) -> None:
        path, _ = save_file(self, self.tr("Xuất danh sách người ra Excel"),
                            suggested_name(self.tr("danh sách người"), suffix=".xlsx"), EXCEL_FILTER)
        if not path:
            return
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
        rows = self.shown_rows()
        try:
            run_task(self, self.tr("Đang ghi tệp…"), lambda: self.ws.people.export_excel(target, rows))
        except TNAppError as exc:
            show_error(self, exc)
            return
        show_info(self, self.tr("Đã xuất {n} người ra tệp «{file}».", "", len(rows)).format(n=format_number(len(rows)),
                                                                           file=str(target)))
