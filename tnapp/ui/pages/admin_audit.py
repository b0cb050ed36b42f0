"""Quản trị → Nhật ký: who changed what, when, before → after; filtered by
user, dates, unit and record; exported to Excel. Read-only: nothing here (nor
in the core) edits or deletes an audit row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QSplitter, QTextBrowser,
    QVBoxLayout, QWidget,
)
from PySide6.QtCore import Qt

from tnapp.errors import TNAppError, ValidationError
from tnapp.services.audit_log import AuditFilters, AuditRow, describe_change, entity_labels
from tnapp.services.workspace import Workspace
from tnapp.ui.files import save_file, suggested_name
from tnapp.ui.forms import DateEdit
from tnapp.ui.messages import show_error, show_info
from tnapp.ui.table_model import Column, RowTableModel, fit_columns, table_view


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AuditTab(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        self.date_from = DateEdit()
        self.date_from.setObjectName("auditFrom")
        self.date_to = DateEdit()
        self.date_to.setObjectName("auditTo")
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText(self.tr("ngày/tháng/năm"))
            edit.setMaximumWidth(140)
        self.unit = QComboBox()
        self.unit.setObjectName("auditUnit")
        self.entity = QComboBox()
        self.entity.setObjectName("auditEntity")
        self.entity.addItem(self.tr("(mọi loại)"), None)
        for key, label in sorted(entity_labels().items(), key=lambda item: item[1]):
            self.entity.addItem(label, key)
        self.entity_id = QLineEdit()
        self.entity_id.setObjectName("auditEntityId")
        self.entity_id.setPlaceholderText(self.tr("mã số"))
        self.entity_id.setMaximumWidth(90)
        self.search_button = QPushButton(self.tr("Lọc"))
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.export_button.clicked.connect(self.export)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Người:")), 0, 0)
        grid.addWidget(self.user, 0, 1)
        grid.addWidget(QLabel(self.tr("Từ ngày:")), 0, 2)
        grid.addWidget(self.date_from, 0, 3)
        grid.addWidget(QLabel(self.tr("Đến ngày:")), 0, 4)
        grid.addWidget(self.date_to, 0, 5)
        grid.addWidget(QLabel(self.tr("Đơn vị:")), 1, 0)
        grid.addWidget(self.unit, 1, 1)
        grid.addWidget(QLabel(self.tr("Loại bản ghi:")), 1, 2)
        grid.addWidget(self.entity, 1, 3)
        grid.addWidget(QLabel(self.tr("Mã số:")), 1, 4)
        grid.addWidget(self.entity_id, 1, 5)
        grid.addWidget(self.search_button, 0, 6)
        grid.addWidget(self.export_button, 1, 6)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)

        self.model: RowTableModel[AuditRow] = RowTableModel([
            Column(self.tr("Thời điểm"), lambda r: r.at.strftime("%d/%m/%Y %H:%M:%S")),
            Column(self.tr("Người"), lambda r: r.username),
            Column(self.tr("Thao tác"), lambda r: r.action_label),
            Column(self.tr("Loại bản ghi"), lambda r: r.entity_label),
            Column(self.tr("Bản ghi"), lambda r: r.label or (f"#{r.entity_id}" if r.entity_id else "")),
            Column(self.tr("Đơn vị"), lambda r: r.unit_name or ""),
            Column(self.tr("Thay đổi (trước → sau)"), lambda r: r.diff_text, tooltip=lambda r: r.diff_text),
        ], parent=self)
        self.table = table_view(self.model, "auditTable")
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self.show_details(current.row()))
        self.details = QTextBrowser()
        self.details.setObjectName("auditDetails")
        self.count = QLabel()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([400, 160])
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)
        self._loaded = False

    def refresh(self) -> None:
        """Fill the filters' lists (once) and search."""
        if not self._loaded:
            try:
                users = self.ws.audit.usernames()
                units = self.ws.units.list()
            except TNAppError as exc:
                show_error(self, exc)
                return
            self.user.addItem(self.tr("(mọi người)"), None)
            for name in users:
                self.user.addItem(name, name)
            self.unit.addItem(self.tr("(mọi đơn vị)"), None)
            for unit in units:
                self.unit.addItem(f"{unit.code} – {unit.name}", unit.id)
            self._loaded = True
        self.search()

    def filters(self) -> AuditFilters:
        text = self.entity_id.text().strip()
        if text and not text.isdigit():
            raise ValidationError(self.tr("Mã số bản ghi phải là số."), field="entity_id")
        return AuditFilters(username=self.user.currentData(), date_from=self.date_from.date("date_from"),
                            date_to=self.date_to.date("date_to"), unit_id=self.unit.currentData(),
                            entity=self.entity.currentData(), entity_id=int(text) if text else None)

    def search(self) -> None:
        try:
            rows = self.ws.audit.search(self.filters())
        except TNAppError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        # long names: a set share; the time whole; the change in full in the details below
        fit_columns(self.table, self.model.columnCount() - 1, {4: 220, 5: 160}, keep=(0,))
        self.count.setText(self.tr("{n} dòng nhật ký (mới nhất trước).", "", len(rows)).format(n=len(rows)))
        self.details.clear()
        if rows:
            self.table.selectRow(0)

    def show_details(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            self.details.clear()
            return
        item = self.model.row_at(row)
        lines = "".join(f"<li>{_escape(describe_change(c, item.action))}</li>" for c in item.changes)
        reason = f"<p><i>{_escape(item.reason)}</i></p>" if item.reason else ""
        self.details.setHtml(f"<p><b>{item.at:%d/%m/%Y %H:%M:%S}</b> – {_escape(item.username)} – "
                             f"{_escape(item.action_label)} {_escape(item.entity_label)} "
                             f"«{_escape(item.label or '')}»</p>{reason}<ul>{lines}</ul>")

    def export(self) -> None:
        try:
            filters = self.filters()
        except TNAppError as exc:
            show_error(self, exc)
            return
        name = suggested_name(self.tr("nhật ký"), suffix=".xlsx")
        path, _ = save_file(self, self.tr("Xuất nhật ký ra Excel"), name, "Excel (*.xlsx)")
        if not path:
            return
        try:
            saved = self.ws.audit.export_excel(Path(path), filters)
        except TNAppError as exc:
            show_error(self, exc)
            return
        show_info(self, self.tr("Đã xuất nhật ký ra {path}").format(path=saved))
