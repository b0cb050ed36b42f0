"""Thi đua → Điển hình: advanced examples, good deeds, new models, with
photos, and one click to a news item for the commune's web and social pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QIntValidator, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from tnapp.domain.formatting import format_date
from tnapp.domain.vocab import ExemplarKind
from tnapp.errors import TNAppError
from tnapp.services.exemplars import ExemplarInput, ExemplarRow
from tnapp.ui.files import choose_folder, open_files
from tnapp.ui.forms import DateEdit, enum_combo
from tnapp.ui.labels import tr_label
from tnapp.ui.messages import confirm, show_error, show_info
from tnapp.ui.pages.emulation_common import NomineePicker, RecordDialog, RecordPage, int_or_none
from tnapp.ui.table_model import Column

IMAGE_FILTER = "Ảnh (*.jpg *.jpeg *.png *.gif *.webp)"
THUMBNAIL = QSize(120, 90)


class PhotoStrip(QWidget):
    """The photos of one exemplar as thumbnails, with add and remove."""

    changed = Signal()  # photos were added or removed

    def __init__(self, ws, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.exemplar_id = ws, None
        self.caption = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("photos")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMBNAIL)
        self.list.setGridSize(QSize(THUMBNAIL.width() + 24, THUMBNAIL.height() + 36))
        self.list.setMovement(QListView.Movement.Static)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setFixedHeight(THUMBNAIL.height() + 48)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Thêm ảnh…"))
        self.remove_button = QPushButton(self.tr("Xóa ảnh"))
        self.add_button.clicked.connect(self.add_photos)
        self.remove_button.clicked.connect(self.remove_photo)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addLayout(row)
        self.show_exemplar(None)

    def show_exemplar(self, row: ExemplarRow | None) -> None:
        self.exemplar_id = row.id if row else None
        self.list.clear()
        if row is None:
            self.caption.setText(self.tr("Chọn một điển hình để xem ảnh."))
        else:
            photos = self.ws.exemplars.photos(row.id)
            self.caption.setText(self.tr("Ảnh của «{title}»: {n} ảnh").format(title=row.title, n=len(photos)))
            for photo in photos:
                pixmap = QPixmap()
                pixmap.loadFromData(self.ws.exemplars.photo_data(photo.id))
                item = QListWidgetItem(QIcon(pixmap.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                                                           Qt.TransformationMode.SmoothTransformation)),
                                       photo.filename)
                item.setData(Qt.ItemDataRole.UserRole, photo.id)
                item.setToolTip(self.tr("{file} – {size} KB").format(file=photo.filename, size=photo.size // 1024 or 1))
                self.list.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.exemplar_id is not None)
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def add_photos(self) -> None:
        if self.exemplar_id is None:
            return
        paths = open_files(self, self.tr("Thêm ảnh (tối đa 10 MB mỗi ảnh)"), IMAGE_FILTER)
        for path in paths:
            try:
                self.ws.exemplars.add_photo(self.exemplar_id, Path(path))
            except TNAppError as exc:
                show_error(self, exc)
        if paths:
            self.changed.emit()

    def remove_photo(self) -> None:
        items = self.list.selectedItems()
        if not items:
            return
        item = items[0]
        if not confirm(self, self.tr("Xóa ảnh"), self.tr("Xóa ảnh «{file}» khỏi điển hình? Việc xóa không hoàn tác "
                                                         "được.").format(file=item.text())):
            return
        try:
            self.ws.exemplars.remove_photo(item.data(Qt.ItemDataRole.UserRole))
        except TNAppError as exc:
            show_error(self, exc)
        self.changed.emit()


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
    can_import = True
    service = "exemplars"

    def __init__(self, ws, parent=None) -> None:
        super().__init__(ws, parent)
        self.body.addWidget(self.photo_strip)

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
        self.news_button = QPushButton(self.tr("Tạo bản tin…"))
        self.news_button.clicked.connect(self.make_news)
        self.photo_strip = PhotoStrip(self.ws, self)  # placed under the list in __init__
        self.photo_strip.changed.connect(self._photos_changed)
        return [self.news_button]

    def selection_changed(self, row: ExemplarRow | None) -> None:
        self.news_button.setEnabled(row is not None)
        if row is None or row.id != self.photo_strip.exemplar_id:
            self.photo_strip.show_exemplar(row)

    def _photos_changed(self) -> None:
        row_id = self.photo_strip.exemplar_id
        self.refresh(select_id=row_id)
        self.photo_strip.show_exemplar(self.selected())

    def fetch(self) -> list[ExemplarRow]:
        return self.ws.exemplars.list(year=self.year.currentData(), kind=self.kind.currentData())

    def make_dialog(self, row: ExemplarRow | None) -> ExemplarDialog:
        return ExemplarDialog(self.ws, row, self)

    def describe(self, row: ExemplarRow) -> str:
        return row.title

    def delete_record(self, row: ExemplarRow) -> None:
        self.ws.exemplars.delete(row.id, expected_version=row.version)

    def make_news(self) -> None:
        row = self.selected()
        if row is None:
            return
        folder = choose_folder(self, self.tr("Chọn thư mục để lưu bản tin"))
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

    def file_title(self) -> str:
        return self.tr("điển hình")
