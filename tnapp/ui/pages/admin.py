"""Quản trị: which database is open, who is acting, and the dated settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from tnapp.domain.formatting import format_date, format_number
from tnapp.services.settings import SettingRow
from tnapp.services.workspace import Workspace
from tnapp.ui.labels import tr_label
from tnapp.ui.pages.base import Page, heading, paragraph
from tnapp.ui.table_model import Column, RowTableModel, table_view


def format_setting_value(value: object) -> str:
    """A setting's stored JSON value as people read it: numbers the vi_VN way."""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, (int, float)):
        return format_number(value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {format_setting_value(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(format_setting_value(v) for v in value)
    return "" if value is None else str(value)


class AdminPage(Page):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Quản trị")))
        form = QFormLayout()
        self.location = QLabel(ws.location)
        self.schema = QLabel(ws.schema.head)
        self.user = QLabel(self.tr("{user} – vai trò: {role}").format(user=ws.actor.username,
                                                                       role=tr_label(ws.actor.role)))
        for label in (self.location, self.schema, self.user):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Cơ sở dữ liệu:"), self.location)
        form.addRow(self.tr("Phiên bản lược đồ:"), self.schema)
        form.addRow(self.tr("Người dùng:"), self.user)
        layout.addLayout(form)

        layout.addWidget(heading(self.tr("Thiết lập có hiệu lực theo ngày"), level=2))
        layout.addWidget(paragraph(self.tr("Mỗi thiết lập áp dụng từ ngày hiệu lực cho đến khi có giá trị mới. "
                                           "Dòng «chưa xác nhận» cần đối chiếu văn bản gốc trước khi dùng.")))
        self.model: RowTableModel[SettingRow] = RowTableModel([
            Column(self.tr("Thiết lập"), lambda s: s.key),
            Column(self.tr("Diễn giải"), lambda s: s.note),
            Column(self.tr("Giá trị"), lambda s: format_setting_value(s.value), align_right=True),
            Column(self.tr("Hiệu lực từ"), lambda s: format_date(s.effective_from)),
            Column(self.tr("Căn cứ"), lambda s: s.basis, tooltip=lambda s: s.basis),
            Column(self.tr("Xác nhận"), lambda s: self.tr("chưa xác nhận") if s.unconfirmed else ""),
        ], parent=self)
        self.table = table_view(self.model, "settingsTable")
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 4):  # the description and the legal basis share what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.ws.settings.list())
