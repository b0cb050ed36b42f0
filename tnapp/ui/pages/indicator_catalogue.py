"""Chỉ tiêu → Danh mục: the indicator catalogue (plan 2026–2030) with search,
add/edit/delete, the rules between indicators, and the plan's appendix in Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSplitter,
    QVBoxLayout, QWidget,
)
from PySide6.QtCore import Qt

from tnapp.domain.formatting import format_number
from tnapp.errors import TNAppError
from tnapp.services.indicators import PLAN_YEARS, IndicatorRow, RuleRow
from tnapp.services.workspace import Workspace
from tnapp.ui.files import open_file, save_file, suggested_name
from tnapp.ui.labels import tr_label
from tnapp.ui.messages import confirm, show_error, show_info
from tnapp.ui.pages.indicator_dialog import AppendixPreviewDialog, IndicatorDialog, RuleDialog
from tnapp.ui.record_list import RecordListMixin
from tnapp.ui.table_model import Column, RowTableModel, SearchProxy, fit_columns, table_view
from tnapp.ui.tasks import run_task

EXCEL_FILTER = "Excel (*.xlsx)"
PLAN_FILTER = "Excel, Word (*.xlsx *.docx)"


class IndicatorCatalogueView(RecordListMixin, QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        columns: list[Column[IndicatorRow]] = [
            Column(self.tr("Mã"), lambda r: r.code, sort_key=lambda r: (r.sort_order, r.code)),
            Column(self.tr("Chỉ tiêu"), lambda r: r.name, tooltip=lambda r: r.name),
            Column(self.tr("Lĩnh vực"), lambda r: tr_label(r.area), tooltip=lambda r: tr_label(r.area)),
            Column(self.tr("ĐVT"), lambda r: r.unit_of_measure, tooltip=lambda r: r.unit_of_measure),
            # the direction, the aggregation, the period and the later plan years give way on a narrow screen
            Column(self.tr("Chiều"), lambda r: tr_label(r.direction), tooltip=lambda r: tr_label(r.direction),
                   secondary=True),
            Column(self.tr("Cách tổng hợp"), lambda r: tr_label(r.aggregation),
                   tooltip=lambda r: tr_label(r.aggregation), secondary=True),
            Column(self.tr("Kỳ"), lambda r: tr_label(r.frequency), secondary=True),
            Column(self.tr("TH {year}").format(year=PLAN_YEARS[0] - 1), lambda r: format_number(r.baseline_value),
                   sort_key=lambda r: r.baseline_value or 0, align_right=True),
        ]
        columns += [Column(self.tr("KH {year}").format(year=y), lambda r, y=y: format_number(r.targets.get(y)),
                           sort_key=lambda r, y=y: r.targets.get(y) or 0, align_right=True,
                           secondary=y > PLAN_YEARS[1]) for y in PLAN_YEARS]
        self.model: RowTableModel[IndicatorRow] = RowTableModel(
            columns, search_text=lambda r: f"{r.code} {r.name} {r.area.label} {r.unit_of_measure}", parent=self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("indicatorSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm theo mã, tên chỉ tiêu, lĩnh vực (gõ có dấu hoặc không dấu)"))
        self.search.textChanged.connect(self._search_changed)
        self.add_button = QPushButton(self.tr("Thêm…"))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.import_button = QPushButton(self.tr("Nhập phụ lục (Excel, Word)…"))
        self.export_button = QPushButton(self.tr("Xuất phụ lục Excel…"))
        self.add_button.clicked.connect(self.add_indicator)
        self.edit_button.clicked.connect(self.edit_indicator)
        self.delete_button.clicked.connect(self.delete_indicator)
        self.import_button.clicked.connect(self.import_appendix)
        self.export_button.clicked.connect(self.export_appendix)
        self.table = table_view(self.proxy, "indicatorCatalogue", sortable=True)
        self.table.doubleClicked.connect(self.edit_indicator)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.status = QLabel()

        self.rules = QListWidget()
        self.rules.setObjectName("indicatorRules")
        self.rules.setMaximumHeight(96)
        self.add_rule_button = QPushButton(self.tr("Thêm quy tắc…"))
        self.delete_rule_button = QPushButton(self.tr("Xóa quy tắc"))
        self.add_rule_button.clicked.connect(self.add_rule)
        self.delete_rule_button.clicked.connect(self.delete_rule)
        rules_box = QWidget()
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.setContentsMargins(0, 0, 0, 0)
        rules_layout.addWidget(QLabel(self.tr("Quy tắc kiểm tra giữa các chỉ tiêu (chặn gửi báo cáo khi sai):")))
        rules_layout.addWidget(self.rules, 1)
        rule_buttons = QHBoxLayout()
        rule_buttons.addWidget(self.add_rule_button)
        rule_buttons.addWidget(self.delete_rule_button)
        rule_buttons.addStretch(1)
        rules_layout.addLayout(rule_buttons)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(rules_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.refresh()

    # --- reading ------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        current = self.selected()
        self.model.set_rows(self.ws.indicators.list())
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        caps = (95, 80, 95, 95, 62) + (64,) * (1 + len(PLAN_YEARS))  # long labels elided, whole in the tooltip
        fit_columns(self.table, 1, {column: min(header.sectionSize(column), cap)
                                    for column, cap in enumerate(caps, start=2)})
        self.select(select_id if select_id is not None else (current.id if current else None))
        self.rules.clear()
        for rule in self.ws.indicators.rules():
            item = QListWidgetItem(f"{rule.text}" + (f" — {rule.message}" if rule.message else ""))
            item.setData(Qt.ItemDataRole.UserRole, rule)
            self.rules.addItem(item)
        self._update_status()

    def selected_rule(self) -> RuleRow | None:
        item = self.rules.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def count_text(self, shown: int, total: int) -> str:
        return (self.tr("{n} chỉ tiêu", "", total).format(n=format_number(total)) if shown == total
                else self.tr("{shown} / {total} chỉ tiêu khớp tìm kiếm", "", total).format(
                    shown=format_number(shown), total=format_number(total)))

    # --- actions ---------------------------------------------------------------------

    def add_indicator(self) -> None:
        dialog = IndicatorDialog(self.ws, self.ws.units.list(), self.model.rows(), parent=self)
        if dialog.exec() and dialog.saved:
            self.refresh(select_id=dialog.saved.id)

    def edit_indicator(self) -> None:
        indicator = self.selected()
        if indicator is None:
            return
        dialog = IndicatorDialog(self.ws, self.ws.units.list(), self.model.rows(), indicator, parent=self)
        if dialog.exec() and dialog.saved:
            self.refresh(select_id=dialog.saved.id)

    def delete_indicator(self) -> None:
        indicator = self.selected()
        if indicator is None or not confirm(self, self.tr("Xóa chỉ tiêu"), self.tr(
                "Xóa chỉ tiêu «{code} – {name}»? Việc xóa không hoàn tác được.").format(
                code=indicator.code, name=indicator.name)):
            return
        try:
            self.ws.indicators.delete(indicator.id, expected_version=indicator.version)
        except TNAppError as exc:
            show_error(self, exc)
        self.refresh()

    def add_rule(self) -> None:
        if RuleDialog(self.ws, self.model.rows(), parent=self).exec():
            self.refresh()

    def delete_rule(self) -> None:
        rule = self.selected_rule()
        if rule is None or not confirm(self, self.tr("Xóa quy tắc"),
                                       self.tr("Xóa quy tắc «{rule}»?").format(rule=rule.text)):
            return
        try:
            self.ws.indicators.delete_rule(rule.id, expected_version=rule.version)
        except TNAppError as exc:
            show_error(self, exc)
        self.refresh()

    def import_appendix(self) -> None:
        path = open_file(self, self.tr("Nhập phụ lục chỉ tiêu từ Excel hoặc kế hoạch (Word)"), PLAN_FILTER)
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        try:
            preview = run_task(self, self.tr("Đang đọc tệp…"), lambda: self.ws.indicator_appendix.preview_import(path))
        except TNAppError as exc:
            show_error(self, exc)
            return
        dialog = AppendixPreviewDialog(self.ws, preview, parent=self)
        if dialog.exec():
            show_info(self, self.tr("Đã nhập {n} chỉ tiêu từ tệp «{file}».", "", dialog.imported).format(
                n=format_number(dialog.imported), file=path.name))
            self.refresh()

    def export_appendix(self) -> None:
        path, _ = save_file(self, self.tr("Xuất phụ lục chỉ tiêu ra Excel"),
                            suggested_name(self.tr("phụ lục chỉ tiêu"), suffix=".xlsx"), EXCEL_FILTER)
        if not path:
            return
        target = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
        try:
            run_task(self, self.tr("Đang ghi tệp…"), lambda: self.ws.indicator_appendix.export(target))
        except TNAppError as exc:
            show_error(self, exc)
            return
        show_info(self, self.tr("Đã xuất phụ lục chỉ tiêu ra tệp «{file}».").format(file=str(target)))
