"""Thi đua → Điển hình: advanced examples, good deeds, new models, with
photos, and one click to a news item for the commune's web and social pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QIntValidator
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPlainTextEdit, QPushButton

from tnapp.domain.formatting import format_date
from tnapp.domain.vocab import ExemplarKind
from tnapp.errors import TNAppError
from tnapp.services.exemplars import ExemplarInput, ExemplarRow
from tnapp.ui.forms import DateEdit, enum_combo
from tnapp.ui.labels import tr_label
from tnapp.ui.messages import show_error, show_info
from tnapp.ui.pages.emulation_common import NomineePicker, RecordDialog, RecordPage, int_or_none
from tnapp.ui.table_model import Column

IMAGE_FILTER = "Ảnh (*.jpg *.jpeg *.png *.gif *.webp)"


class ExemplarDialog(RecordDialog):
    def __init__(self, ws, row: ExemplarRow | None, parent=None) -> None:
        super().__init__(ws, "", row, parent)
        self.setWindowTitle(self.tr("Sửa điển hình") if row else self.tr("Thêm điển hình"))
        self.kind = self.add_field("kind", self.tr("Loại:"), enum_combo(ExemplarKind, row.kind if row else None))
        self.nominee = self.add_field("nominee", self.tr("Đối tượng:"), NomineePicker(ws))
        self.nominee.set_nominee(row.nominee.nominee if row else None)
        self.title = self.add_field("title", self.tr("Tiêu đề:"), QLineEdit(row.title if row else ""))
        self.year = self.add_field("year", self.tr("Năm:"), QLineEdit(str(row.year if row else dt.date.today().year)))
        self.year.setValidator(QIntValidator(2000, 2100, self.year))
        self.happened = self.add_field("happened_on", self.tr("Ngày:"), DateEdit(row.happened_on if row else None))
        self.story = self.add_field("story", self.tr("Câu chuyện:"), QPlainTextEdit(row.story or "" if row else ""))
        self.story.setMinimumHeight(120)

    def save_record(self) -> ExemplarRow:
        data = ExemplarInput(self.nominee.nominee(), self.kind.currentData(), self.title.text(),
                             int_or_none(self.year.text(), "year", "năm") or 0, self.happened.date("happened_on"),
                             self.story.toPlainText())
        if self.row is None:
            return self.ws.exemplars.create(data)
        return self.ws.exemplars.update(self.row.id, data, expected_version=self.row.version)


class ExemplarsPage(RecordPage):
    object_name = "exemplars"

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Năm"), lambda r: str(r.year), sort_key=lambda r: r.year),
            Column(self.tr("Tiêu đề"), lambda r: r.title, tooltip=lambda r: r.story),
            Column(self.tr("Loại"), lambda r: tr_label(r.kind)),
            Column(self.tr("Đối tượng"), lambda r: r.nominee.name),
            Column(self.tr("Ngày"), lambda r: format_date(r.happened_on), sort_key=lambda r: str(r.happened_on)),
            Column(self.tr("Ảnh"), lambda r: str(r.photos), sort_key=lambda r: r.photos, align_right=True),
        ]

    def search_text(self, r: ExemplarRow) -> str:
        return f"{r.title} {r.nominee.name} {r.nominee.unit_name} {r.story or ''}"

    def build_filters(self) -> None:
        self.year = self.add_filter(self.tr("Năm:"), self.year_filter())
        self.kind = self.add_filter(self.tr("Loại:"), self.enum_filter(ExemplarKind, self.tr("Tất cả các loại")))

    def extra_buttons(self) -> list[QPushButton]:
        self.photo_button = QPushButton(self.tr("Thêm ảnh…"))
        self.news_button = QPushButton(self.tr("Tạo bản tin…"))
        self.photo_button.clicked.connect(self.add_photos)
        self.news_button.clicked.connect(self.make_news)
        return [self.photo_button, self.news_button]

    def selection_changed(self, row: ExemplarRow | None) -> None:
        self.photo_button.setEnabled(row is not None)
        self.news_button.setEnabled(row is not None)

    def fetch(self) -> list[ExemplarRow]:
        return self.ws.exemplars.list(year=self.year.currentData(), kind=self.kind.currentData())

    def make_dialog(self, row: ExemplarRow | None) -> ExemplarDialog:
        return ExemplarDialog(self.ws, row, self)

    def describe(self, row: ExemplarRow) -> str:
        return row.title

    def delete_record(self, row: ExemplarRow) -> None:
        self.ws.exemplars.delete(row.id, expected_version=row.version)

    def add_photos(self) -> None:
        row = self.selected()
        if row is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Thêm ảnh (tối đa 10 MB mỗi ảnh)"), "", IMAGE_FILTER)
        added = 0
        for path in paths:
            try:
                self.ws.exemplars.add_photo(row.id, Path(path))
                added += 1
            except TNAppError as exc:
                show_error(self, exc)
        self.refresh(select_id=row.id)
        if added:
            show_info(self, self.tr("Đã thêm {n} ảnh.").format(n=added))

    def make_news(self) -> None:
        row = self.selected()
        if row is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục để lưu bản tin"))
        if not folder:
            return
        try:
            target = self.ws.exemplars.make_news(row.id, Path(folder))
        except TNAppError as exc:
            show_error(self, exc)
            return
        show_info(self, self.tr("Đã tạo bản tin trong thư mục «{folder}»: trang index.html (đăng lên trang thông tin "
                                "điện tử) và bai-dang.txt (đăng mạng xã hội).").format(folder=str(target)))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def export(self, path: Path, rows: list[ExemplarRow]) -> Path:
        return self.ws.exemplars.export_excel(path, rows)

    def default_file_name(self) -> str:
        return "dien-hinh.xlsx"
