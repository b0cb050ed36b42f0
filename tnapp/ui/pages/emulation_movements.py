"""Thi đua → Phong trào: movements, their launch and their stage (Luật TĐKT 2022, Điều 17)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QInputDialog, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton

from tnapp.domain.formatting import format_date
from tnapp.domain.vocab import MovementKind, MovementStage
from tnapp.services.movements import MovementInput, MovementRow
from tnapp.ui.forms import DateEdit, clean, enum_combo
from tnapp.ui.labels import tr_label
from tnapp.ui.pages.emulation_common import RecordDialog, RecordPage, int_or_none
from tnapp.ui.table_model import Column


def _checklist(items: list[tuple[str, int]], chosen: tuple[int, ...], name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setMaximumHeight(110)
    for text, value in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def checked(widget: QListWidget) -> tuple[int, ...]:
    return tuple(widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.CheckState.Checked)


class MovementDialog(RecordDialog):
    def __init__(self, ws, row: MovementRow | None, parent=None) -> None:
        super().__init__(ws, "", row, parent)
        self.setWindowTitle(self.tr("Sửa phong trào") if row else self.tr("Thêm phong trào"))
        self.code = self.add_field("code", self.tr("Mã:"), QLineEdit(row.code if row else ""))
        self.name = self.add_field("name", self.tr("Tên phong trào:"), QLineEdit(row.name if row else ""))
        self.kind = self.add_field("kind", self.tr("Loại:"), enum_combo(MovementKind, row.kind if row else None))
        self.year = self.add_field("year", self.tr("Năm:"), QLineEdit(str(row.year) if row else ""))
        self.year.setValidator(QIntValidator(2000, 2100, self.year))
        self.slogan = self.add_field("slogan", self.tr("Khẩu hiệu:"), QLineEdit(row.slogan or "" if row else ""))
        self.doc = self.add_field("launch_doc_number", self.tr("Số văn bản phát động:"),
                                  QLineEdit(row.launch_doc_number or "" if row else ""))
        self.launch = self.add_field("launch_date", self.tr("Ngày phát động:"), DateEdit(row.launch_date if row else None))
        self.start = self.add_field("start_date", self.tr("Từ ngày:"), DateEdit(row.start_date if row else None))
        self.end = self.add_field("end_date", self.tr("Đến ngày:"), DateEdit(row.end_date if row else None))
        self.content = self.add_field("content", self.tr("Nội dung (mỗi phần một dòng tiêu đề):"),
                                      QPlainTextEdit(row.content or "" if row else ""))
        self.content.setMinimumHeight(90)
        self.indicators = self.add_field("indicator_ids", self.tr("Chỉ tiêu gắn với phong trào:"), _checklist(
            [(f"{i.code} – {i.name}", i.id) for i in ws.indicators.list()], row.indicator_ids if row else (),
            "indicators"))
        self.units = self.add_field("unit_ids", self.tr("Đơn vị thực hiện:"), _checklist(
            [(f"{u.code} – {u.name}", u.id) for u in ws.units.list()], row.unit_ids if row else (), "units"))

    def save_record(self) -> MovementRow:
        data = MovementInput(
            code=self.code.text(), name=self.name.text(), year=int_or_none(self.year.text(), "year", "năm") or 0,
            kind=self.kind.currentData(), slogan=clean(self.slogan.text()), launch_doc_number=clean(self.doc.text()),
            launch_date=self.launch.date("launch_date"), start_date=self.start.date("start_date"),
            end_date=self.end.date("end_date"), content=self.content.toPlainText(),
            indicator_ids=checked(self.indicators), unit_ids=checked(self.units))
        if self.row is None:
            return self.ws.movements.create(data)
        return self.ws.movements.update(self.row.id, data, expected_version=self.row.version)


class MovementsPage(RecordPage):
    object_name = "movements"
    can_import = True

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Năm"), lambda r: str(r.year), sort_key=lambda r: r.year),
            Column(self.tr("Tên phong trào"), lambda r: r.name, tooltip=lambda r: r.slogan),
            Column(self.tr("Loại"), lambda r: tr_label(r.kind)),
            Column(self.tr("Ngày phát động"), lambda r: format_date(r.launch_date), sort_key=lambda r: str(r.launch_date)),
            Column(self.tr("Bước"), lambda r: tr_label(r.stage), sort_key=lambda r: list(MovementStage).index(r.stage)),
            Column(self.tr("Mã"), lambda r: r.code),
        ]

    def search_text(self, r: MovementRow) -> str:
        return f"{r.code} {r.name} {r.slogan or ''} {r.launch_doc_number or ''}"

    def build_filters(self) -> None:
        self.year = self.add_filter(self.tr("Năm:"), self.year_filter())
        self.stage = self.add_filter(self.tr("Bước:"), self.enum_filter(MovementStage, self.tr("Tất cả các bước")))

    def extra_buttons(self) -> list[QPushButton]:
        self.advance_button = QPushButton(self.tr("Sang bước tiếp theo"))
        self.back_button = QPushButton(self.tr("Lùi một bước…"))
        self.advance_button.clicked.connect(self.advance)
        self.back_button.clicked.connect(self.step_back)
        return [self.advance_button, self.back_button]

    def selection_changed(self, row: MovementRow | None) -> None:
        self.advance_button.setEnabled(bool(row and row.next_stage))
        self.back_button.setEnabled(bool(row and row.previous_stage))
        if row and row.next_stage:
            self.advance_button.setToolTip(tr_label(row.next_stage))

    def fetch(self) -> list[MovementRow]:
        return self.ws.movements.list(year=self.year.currentData(), stage=self.stage.currentData())

    def make_dialog(self, row: MovementRow | None) -> MovementDialog:
        return MovementDialog(self.ws, row, self)

    def describe(self, row: MovementRow) -> str:
        return row.name

    def delete_record(self, row: MovementRow) -> None:
        self.ws.movements.delete(row.id, expected_version=row.version)

    def advance(self) -> None:
        row = self.selected()
        if row is not None:
            self.run(lambda: self.ws.movements.advance(row.id, expected_version=row.version), row.id)

    def step_back(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Lùi một bước"), self.tr("Lý do lùi về bước trước:"))
        if ok:
            self.run(lambda: self.ws.movements.step_back(row.id, reason, expected_version=row.version), row.id)

    def export(self, path: Path, rows: list[MovementRow]) -> Path:
        return self.ws.movements.export_excel(path, rows)

    def preview_import(self, path: Path):
        return self.ws.movements.preview_import(path)

    def apply_import(self, preview) -> int:
        return self.ws.movements.apply_import(preview)

    def file_title(self) -> str:
        return self.tr("phong trào")
