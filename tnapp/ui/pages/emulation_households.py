"""Thi đua → Hộ gia đình: households per village, imported from Excel, and
the yearly "Gia đình văn hóa" result (NĐ 86/2023)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QInputDialog, QLineEdit, QPushButton

from tnapp.domain.emulation_rules import Nominee
from tnapp.services.households import HouseholdInput, HouseholdRow
from tnapp.ui.forms import select_data
from tnapp.ui.messages import show_info
from tnapp.ui.pages.emulation_common import RecordDialog, RecordPage, int_or_none
from tnapp.ui.table_model import Column


class HouseholdDialog(RecordDialog):
    def __init__(self, ws, row: HouseholdRow | None, village_id: int | None, parent=None) -> None:
        super().__init__(ws, "", row, parent)
        self.setWindowTitle(self.tr("Sửa hộ gia đình") if row else self.tr("Thêm hộ gia đình"))
        self.village = self.add_field("village_id", self.tr("Thôn:"), QComboBox())
        for village in ws.households.villages():
            self.village.addItem(f"{village.code} – {village.name}", village.id)
        select_data(self.village, row.village_id if row else village_id)
        self.code = self.add_field("code", self.tr("Mã hộ:"), QLineEdit(row.code if row else ""))
        self.head = self.add_field("head_name", self.tr("Chủ hộ:"), QLineEdit(row.head_name if row else ""))
        self.address = self.add_field("address", self.tr("Địa chỉ:"), QLineEdit(row.address or "" if row else ""))
        self.members = self.add_field("members", self.tr("Số nhân khẩu:"),
                                      QLineEdit(str(row.members or "") if row else ""))
        self.members.setValidator(QIntValidator(1, 100, self.members))

    def save_record(self) -> HouseholdRow:
        data = HouseholdInput(self.village.currentData(), self.code.text(), self.head.text(), self.address.text(),
                              int_or_none(self.members.text(), "members", "số nhân khẩu"))
        if self.row is None:
            return self.ws.households.create(data)
        return self.ws.households.update(self.row.id, data, expected_version=self.row.version)


class HouseholdsPage(RecordPage):
    object_name = "households"
    can_import = True

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Thôn"), lambda r: r.village_name, sort_key=lambda r: r.village_code),
            Column(self.tr("Mã hộ"), lambda r: r.code),
            Column(self.tr("Chủ hộ"), lambda r: r.head_name),
            Column(self.tr("Địa chỉ"), lambda r: r.address),
            Column(self.tr("Nhân khẩu"), lambda r: str(r.members or ""), sort_key=lambda r: r.members or 0,
                   align_right=True),
            Column(self.tr("Gia đình văn hóa"), lambda r: ", ".join(map(str, r.culture_years))),
        ]

    def stretch_column(self) -> int:
        return 3

    def search_text(self, r: HouseholdRow) -> str:
        return f"{r.code} {r.head_name} {r.address or ''} {r.village_name}"

    def build_filters(self) -> None:
        self.village = self.add_filter(self.tr("Thôn:"), self.unit_filter(villages_only=True))

    def extra_buttons(self) -> list[QPushButton]:
        self.culture_button = QPushButton(self.tr("Công nhận Gia đình văn hóa…"))
        self.culture_button.clicked.connect(self.record_culture)
        return [self.culture_button]

    def selection_changed(self, row: HouseholdRow | None) -> None:
        self.culture_button.setEnabled(row is not None)

    def fetch(self) -> list[HouseholdRow]:
        return self.ws.households.list(village_id=self.village.currentData())

    def make_dialog(self, row: HouseholdRow | None) -> HouseholdDialog:
        return HouseholdDialog(self.ws, row, self.village.currentData(), self)

    def describe(self, row: HouseholdRow) -> str:
        return f"{row.code} – {row.head_name}"

    def delete_record(self, row: HouseholdRow) -> None:
        self.ws.households.delete(row.id, expected_version=row.version)

    def record_culture(self) -> None:
        row = self.selected()
        if row is None:
            return
        year, ok = QInputDialog.getInt(self, self.tr("Gia đình văn hóa"), self.tr("Năm công nhận:"),
                                       dt.date.today().year - 1, 2000, 2100)
        if ok:
            added = self.run(lambda: self.ws.households.record_culture(year, [Nominee.household(row.id)]), row.id)
            if added == 0:
                show_info(self, self.tr("Hộ này đã được ghi nhận năm {year}.").format(year=year))

    def export(self, path: Path, rows: list[HouseholdRow]) -> Path:
        return self.ws.households.export_excel(path, rows)

    def preview_import(self, path: Path):
        return self.ws.households.preview_import(path)

    def apply_import(self, preview) -> int:
        return self.ws.households.apply_import(preview)

    def file_title(self) -> str:
        return self.tr("hộ gia đình")
