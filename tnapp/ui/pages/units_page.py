"""Danh mục → Đơn vị: the organisation tree of the commune."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from tnapp.domain.formatting import format_number
from tnapp.domain.text import fold
from tnapp.domain.vocab import UnitKind
from tnapp.errors import TNAppError
from tnapp.services.units import UnitInput, UnitRow
from tnapp.services.workspace import Workspace
from tnapp.ui.forms import DateEdit, FormDialog, clean, enum_combo, select_data
from tnapp.ui.labels import tr_label
from tnapp.ui.messages import confirm, show_error
from tnapp.ui.pages.base import Page
from tnapp.ui.record_list import RecordListMixin
from tnapp.ui.table_model import Column, RowTableModel, SearchProxy, fit_columns, table_view


class UnitDialog(FormDialog):
    """Add (``unit=None``) or edit a unit; ``accept()`` saves through the service."""

    def __init__(self, ws: Workspace, units: list[UnitRow], unit: UnitRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Sửa đơn vị «{name}»").format(name=unit.name) if unit
                            else self.tr("Thêm đơn vị"))
        self.ws = ws
        self.unit = unit
        self.saved: UnitRow | None = None
        self.code = self.add_field("code", self.tr("Mã:"), QLineEdit(unit.code if unit else ""))
        self.code.setMaxLength(30)
        self.name = self.add_field("name", self.tr("Tên đơn vị:"), QLineEdit(unit.name if unit else ""))
        self.short_name = self.add_field("short_name", self.tr("Tên ngắn:"),
                                         QLineEdit(unit.short_name or "" if unit else ""))
        self.symbol = self.add_field("symbol", self.tr("Ký hiệu viết tắt:"),
                                     QLineEdit(unit.symbol or "" if unit else ""))
        self.symbol.setMaxLength(20)
        self.symbol.setPlaceholderText(self.tr("trong số văn bản của đơn vị, ví dụ TrTHCS trong «…/TTr-TrTHCS»"))
        self.kind = self.add_field("kind", self.tr("Loại:"), enum_combo(UnitKind, unit.kind if unit else None))
        self.parent_unit = self.add_field("parent_id", self.tr("Đơn vị cấp trên:"), QComboBox())
        self.parent_unit.addItem(self.tr("(không có)"), None)
        for other in units:
            if unit is None or other.id != unit.id:
                self.parent_unit.addItem(f"{other.code} – {other.name}", other.id)
        select_data(self.parent_unit, unit.parent_id if unit else None)
        self.sort_order = self.add_field("sort_order", self.tr("Thứ tự sắp xếp:"), QSpinBox())
        self.sort_order.setRange(0, 999_999)
        self.sort_order.setValue(unit.sort_order if unit else _next_sort_order(units))
        self.active_from = self.add_field("active_from", self.tr("Hoạt động từ ngày:"),
                                          DateEdit(unit.active_from if unit else None))
        self.active_to = self.add_field("active_to", self.tr("Ngừng hoạt động từ ngày:"),
                                        DateEdit(unit.active_to if unit else None))
        self.head_name = self.add_field("head_name", self.tr("Người đứng đầu:"),
                                        QLineEdit(unit.head_name or "" if unit else ""))
        self.phone = self.add_field("phone", self.tr("Điện thoại:"), QLineEdit(unit.phone or "" if unit else ""))
        self.note = self.add_field("note", self.tr("Ghi chú:"), QLineEdit(unit.note or "" if unit else ""))

    def save(self) -> None:
        data = UnitInput(
            code=self.code.text(), name=self.name.text(), kind=self.kind.currentData(),
            parent_id=self.parent_unit.currentData(), short_name=clean(self.short_name.text()),
            sort_order=self.sort_order.value(), active_from=self.active_from.date("active_from"),
            active_to=self.active_to.date("active_to"), head_name=clean(self.head_name.text()),
            phone=clean(self.phone.text()), note=clean(self.note.text()), symbol=clean(self.symbol.text()))
        if self.unit is None:
            self.saved = self.ws.units.create(data)
        else:
            self.saved = self.ws.units.update(self.unit.id, data, expected_version=self.unit.version)


def _next_sort_order(units: list[UnitRow]) -> int:
    return (max((u.sort_order for u in units), default=0) // 10 + 1) * 10


class UnitsPage(RecordListMixin, Page):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.model: RowTableModel[UnitRow] = RowTableModel([
            Column(self.tr("Mã"), lambda u: u.code),
            Column(self.tr("Tên đơn vị"), lambda u: u.name, sort_key=lambda u: fold(u.name)),
            Column(self.tr("Loại"), lambda u: tr_label(u.kind)),
            Column(self.tr("Đơn vị cấp trên"), lambda u: u.parent_name),
            Column(self.tr("Số người"), lambda u: format_number(u.people_count), sort_key=lambda u: u.people_count,
                   align_right=True),
            Column(self.tr("Người đứng đầu"), lambda u: u.head_name),
        ], search_text=lambda u: " ".join(filter(None, (u.code, u.name, u.short_name, u.parent_name, u.head_name,
                                                       tr_label(u.kind)))), parent=self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("unitSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm theo mã, tên, loại, người đứng đầu (gõ có dấu hoặc không dấu)"))
        self.search.textChanged.connect(self._search_changed)
        self.add_button = QPushButton(self.tr("Thêm…"))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.add_button.clicked.connect(self.add_unit)
        self.edit_button.clicked.connect(self.edit_unit)
        self.delete_button.clicked.connect(self.delete_unit)

        self.table = table_view(self.proxy, "unitsTable", sortable=True)
        self.table.doubleClicked.connect(self.edit_unit)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.status = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.refresh()

    # --- reading -------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        current = self.selected()
        self.model.set_rows(self.ws.units.list())
        fit_columns(self.table, 1)
        self.select(select_id if select_id is not None else (current.id if current else None))
        self._update_status()

    def count_text(self, shown: int, total: int) -> str:
        return (self.tr("{n} đơn vị", "", total).format(n=format_number(total)) if shown == total
                else self.tr("{shown} / {total} đơn vị khớp tìm kiếm", "", total).format(
                    shown=format_number(shown), total=format_number(total)))

    # --- actions ----------------------------------------------------------------------

    def add_unit(self) -> None:
        dialog = UnitDialog(self.ws, self.model.rows(), parent=self)
        if dialog.exec() and dialog.saved:
            self.refresh(select_id=dialog.saved.id)

    def edit_unit(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        dialog = UnitDialog(self.ws, self.model.rows(), unit, parent=self)
        if dialog.exec() and dialog.saved:
            self.refresh(select_id=dialog.saved.id)

    def delete_unit(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        if not confirm(self, self.tr("Xóa đơn vị"),
                       self.tr("Xóa đơn vị «{name}» (mã {code})? Việc xóa không hoàn tác được.")
                       .format(name=unit.name, code=unit.code)):
            return
        try:
            self.ws.units.delete(unit.id, expected_version=unit.version)
        except TNAppError as exc:
            show_error(self, exc)
        self.refresh()
