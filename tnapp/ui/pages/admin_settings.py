"""Quản trị → the dated settings: search, rows «chưa xác nhận» in amber with
their basis in the tooltip, and (with MANAGE_SETTINGS) a new value from a
date or the correction of one row. What a value may be is decided by the
service (tnapp.domain.setting_rules); the dialog only reads the widgets."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from tnapp.domain.formatting import format_date, format_number, parse_number
from tnapp.domain.permissions import Permission
from tnapp.domain.setting_rules import (
    BASE_LABELS, FROM_THE_BEGINNING, SHARE_PARTS, ValueKind, meaning_of, setting_name,
)
from tnapp.domain.vocab import PeriodKind
from tnapp.errors import TNAppError, ValidationError
from tnapp.services.settings import SettingRow
from tnapp.services.workspace import Workspace
from tnapp.ui.labels import tr_label, tr_setting_meaning, tr_setting_part, tr_threshold_base
from tnapp.ui.forms import DateEdit, FormDialog, clean, select_data
from tnapp.ui.messages import show_error, show_info
from tnapp.ui.table_model import Column, Index, RowTableModel, SearchProxy, fit_columns, table_view

UNCONFIRMED_BACKGROUND = QColor("#fff1c7")  # amber: the figure still needs checking against the text


def format_setting_value(value: object, kind: ValueKind | None = None) -> str:
    """A setting's stored JSON value as people read it, by what it measures:
    2.340.000 đồng, 1,5 × lương cơ sở, 70 %, 10 ngày, 10/12 hằng năm, có…"""
    if isinstance(value, bool):
        return QCoreApplication.translate("SettingValue", "có") if value else \
            QCoreApplication.translate("SettingValue", "không")
    if isinstance(value, dict):  # the parts by their Vietnamese names (tỷ lệ: 80 %; cơ sở tính: tổng số thành viên)
        return "; ".join(_part(k, v, kind) for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(format_setting_value(v) for v in value)
    if isinstance(value, (int, float)):
        if kind is ValueKind.SHARE:
            return f"{format_number(round(value * 100, 2))} %"
        if kind is ValueKind.MULTIPLIER:
            return f"{format_number(value)} {tr_label(kind)}"
        unit = tr_label(kind) if kind is not None and kind not in (ValueKind.PARTS, ValueKind.YES_NO) else ""
        return f"{format_number(value)} {unit}".strip()
    if kind is ValueKind.MONTH_DAY and isinstance(value, str) and len(value) == 5:
        return f"{value[3:]}/{value[:2]} {tr_label(kind)}"
    return "" if value is None else str(value)


def _part(part: str, value: object, kind: ValueKind | None) -> str:
    if part == "base":
        return f"{tr_setting_part(part)}: {tr_threshold_base(str(value))}"
    if kind is ValueKind.POINTS:  # HTXS từ 90 điểm
        return QCoreApplication.translate("SettingValue", "{level} từ {points} điểm").format(level=part, points=format_number(value))
    shown = format_setting_value(value, ValueKind.SHARE if part in SHARE_PARTS else None)
    return f"{tr_setting_part(part)}: {shown}"


def kind_of(key: str) -> ValueKind | None:
    meaning = meaning_of(key)
    return meaning.kind if meaning else None


def format_effective_from(day: dt.date) -> str:
    """The first day a value applies; a value set from the start says so."""
    return QCoreApplication.translate("SettingValue", "từ đầu") if day == FROM_THE_BEGINNING else format_date(day)


class SettingsModel(RowTableModel[SettingRow]):
    """The rows, the unconfirmed ones in amber; every cell's tooltip gives the basis."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            row = self.row_at(index.row())
            if role == Qt.ItemDataRole.BackgroundRole:
                return UNCONFIRMED_BACKGROUND if row.unconfirmed else None
            tip = self.tr("Căn cứ: {basis}").format(basis=row.basis or self.tr("(chưa ghi)"))
            if row.unconfirmed:
                tip += "\n" + self.tr("Chưa xác nhận: cần đối chiếu văn bản gốc trước khi dùng.")
            if row.note:
                tip += "\n" + self.tr("Ghi chú: {note}").format(note=row.note)
            return tip + "\n" + self.tr("Mã thiết lập: {key}").format(key=row.key)
        return super().data(index, role)


class ValueInput:
    """The widgets editing one value (or one part of a dict value), by its JSON type."""

    def __init__(self, current: object, field: str, label: str, part: str = "") -> None:
        self.current, self.field, self.label = current, field, label
        if isinstance(current, bool):
            self.widget: QWidget = QCheckBox()
            self.widget.setChecked(current)
        elif part == "base":
            self.widget = QComboBox()
            for code in BASE_LABELS:
                self.widget.addItem(tr_threshold_base(code), code)
            select_data(self.widget, current)
        elif isinstance(current, (int, float)):
            self.widget = QLineEdit(format_number(current))
            self.widget.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.widget.setMaximumWidth(160)
        else:
            self.widget = QLineEdit("" if current is None else str(current))

    def value(self) -> object:
        if isinstance(self.widget, QCheckBox):
            return self.widget.isChecked()
        if isinstance(self.widget, QComboBox):
            return self.widget.currentData()
        text = self.widget.text().strip()
        if not isinstance(self.current, (int, float)):
            return text
        if not text:
            raise ValidationError(f"{self.label} không được để trống.", field=self.field)
        try:
            number = parse_number(text, self.label)
        except ValidationError as exc:
            raise ValidationError(str(exc), field=self.field) from exc
        return int(number) if isinstance(self.current, int) and number.is_integer() else number


class SettingDialog(FormDialog):
    """A new value of ``row.key`` from a date (``correcting=False``: earlier dates keep
    theirs) or the correction of ``row`` itself; ``saved`` is the row written."""

    def __init__(self, ws: Workspace, row: SettingRow, correcting: bool = False,
                 parent: QWidget | None = None, name: str | None = None) -> None:
        super().__init__("", parent)
        self.ws, self.row, self.correcting = ws, row, correcting
        self.saved: SettingRow | None = None
        name = name or row.key
        self.setWindowTitle(self.tr("Sửa thiết lập «{key}» từ {date}").format(
            key=name, date=format_effective_from(row.effective_from)) if correcting
            else self.tr("Giá trị mới của «{key}»").format(key=name))
        key = self.add_field("key", self.tr("Thiết lập:"), QLineEdit(name))
        key.setReadOnly(True)
        key.setCursorPosition(0)
        key.setToolTip(row.key)
        self.inputs: list[tuple[str, ValueInput]] = []
        value_label = self.tr("Giá trị")
        if isinstance(row.value, dict):
            for part, current in row.value.items():
                label = f"{value_label} – {tr_setting_part(part)} ({part})"
                self._add_input(part, ValueInput(current, f"value.{part}", label, part))
        else:
            self._add_input("", ValueInput(row.value, "value", value_label))
        self.effective_from = self.add_field("effective_from", self.tr("Hiệu lực từ ngày:"),
                                             DateEdit(row.effective_from if correcting else None))
        self.basis = self.add_field("basis", self.tr("Căn cứ:"), QLineEdit(row.basis or ""))
        self.basis.setCursorPosition(0)  # the start of a long basis, not its end
        self.unconfirmed = self.add_field("unconfirmed", "", QCheckBox(self.tr("Chưa xác nhận (chưa đối chiếu "
                                                                               "văn bản gốc)")))
        self.unconfirmed.setChecked(row.unconfirmed)
        self.note = self.add_field("note", self.tr("Diễn giải:"), QLineEdit(row.note or ""))
        hint = QLabel(self.tr("Sửa dòng chỉ để chữa lỗi nhập; khi quy định thay đổi, hãy thêm giá trị mới "
                              "từ ngày áp dụng để các quyết định trước ngày đó giữ nguyên.") if correcting
                      else self.tr("Các ngày trước ngày hiệu lực vẫn dùng giá trị cũ. "
                                   "Tỷ lệ ghi dạng số thập phân: 0,75 là 75 %."))
        hint.setWordWrap(True)
        self.form.addRow(hint)

    def _add_input(self, part: str, value_input: ValueInput) -> None:
        self.add_field(value_input.field, value_input.label + ":", value_input.widget)
        self.inputs.append((part, value_input))

    def value(self) -> object:
        if isinstance(self.row.value, dict):
            return {part: value_input.value() for part, value_input in self.inputs}
        return self.inputs[0][1].value()

    def save(self) -> None:
        value = self.value()
        effective_from = self.effective_from.date("effective_from")
        if effective_from is None:
            raise ValidationError(self.tr("Hãy nhập ngày bắt đầu hiệu lực (ngày/tháng/năm)."), field="effective_from")
        args = (value, effective_from, self.basis.text(), self.unconfirmed.isChecked(), clean(self.note.text()))
        if self.correcting:
            self.saved = self.ws.settings.update(self.row.id, *args, expected_version=self.row.version)
        else:
            self.saved = self.ws.settings.set(self.row.key, *args)


class SettingsPanel(QWidget):
    """The dated settings' table with its search box and, for who may, the edit buttons."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._subjects: dict[str, str] = {}  # a key's last part → what it names (a title, a kind of period)
        self.model = SettingsModel([
            Column(self.tr("Thiết lập"), self.name_of),
            Column(self.tr("Ý nghĩa"), self.meaning_of, tooltip=self.meaning_of),
            Column(self.tr("Giá trị"), lambda s: format_setting_value(s.value, kind_of(s.key)), align_right=True),
            Column(self.tr("Hiệu lực từ"), lambda s: format_effective_from(s.effective_from)),
            Column(self.tr("Căn cứ"), lambda s: s.basis),
            Column(self.tr("Xác nhận"), lambda s: self.tr("chưa xác nhận") if s.unconfirmed else ""),
        ], search_text=lambda s: f"{self.name_of(s)} {self.meaning_of(s)} {s.key} {s.note or ''} {s.basis or ''}",
            parent=self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = table_view(self.proxy, "settingsTable")
        self.table.setWordWrap(True)  # whole names, meanings and bases on two or three lines, nothing cut
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.search = QLineEdit()
        self.search.setObjectName("settingsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm theo tên thiết lập, ý nghĩa, căn cứ"))
        self.search.textChanged.connect(self.proxy.set_search)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        self.add_button = QPushButton(self.tr("Thêm giá trị mới…"))
        self.add_button.setToolTip(self.tr("Giá trị mới từ một ngày; các ngày trước giữ giá trị cũ"))
        self.add_button.clicked.connect(self.add_value)
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.edit_button.setToolTip(self.tr("Chữa dòng đang chọn (lỗi nhập, căn cứ đã đối chiếu)"))
        self.edit_button.clicked.connect(self.correct)
        may_edit = ws.actor.can(Permission.MANAGE_SETTINGS)
        for button in (self.add_button, self.edit_button):
            button.setVisible(may_edit)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        self._subjects = {t.code: t.name for t in self.ws.award_history.titles(active_only=False)}
        self._subjects.update({k.value: tr_label(k).lower() for k in PeriodKind})
        self.model.set_rows(self.ws.settings.list())
        em = self.fontMetrics().horizontalAdvance("m")  # the name, the value, the basis: wrapped in a set width,
        fit_columns(self.table, 1, {0: 21 * em, 2: 15 * em, 4: 16 * em})  # the meaning takes what is left

    def name_of(self, row: SettingRow) -> str:
        """The setting as people call it ("Hệ số tiền thưởng – Bằng khen…"), see ``setting_name``."""
        return setting_name(row.key, self._subjects, row.note or "")

    def meaning_of(self, row: SettingRow) -> str:
        meaning = meaning_of(row.key)
        return tr_setting_meaning(meaning) if meaning else (row.note or "")

    def selected(self) -> SettingRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def select(self, setting_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.row_at(row).id == setting_id:
                self.table.selectRow(row)
                return

    def add_value(self) -> None:
        self._edit(correcting=False)

    def correct(self) -> None:
        self._edit(correcting=True)

    def _edit(self, correcting: bool) -> None:
        row = self.selected()
        if row is None:
            show_info(self, self.tr("Hãy chọn một thiết lập trong danh sách."))
            return
        dialog = SettingDialog(self.ws, row, correcting, self, name=self.name_of(row))
        if dialog.exec() and dialog.saved is not None:
            try:
                self.refresh()
            except TNAppError as exc:
                show_error(self, exc)
            self.select(dialog.saved.id)
