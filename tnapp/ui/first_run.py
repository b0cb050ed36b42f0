"""The first start on an empty database: use the demo data, or declare the commune."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from tnapp.errors import TNAppError, ValidationError
from tnapp.ui.messages import show_error

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace


class FirstRunDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Bắt đầu với TNApp"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("Cơ sở dữ liệu «{location}» chưa có thông tin xã. Hãy chọn một trong hai cách "
                               "dưới đây.").format(location=ws.location))
        intro.setWordWrap(True)

        demo_box = QGroupBox(self.tr("Làm quen với chương trình"))
        demo_text = QLabel(self.tr("Nạp dữ liệu giả lập của xã Thượng Ninh (đơn vị, người, chỉ tiêu, báo cáo). "
                                   "Mọi màn hình sẽ ghi rõ «DỮ LIỆU MẪU»."))
        demo_text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Dùng dữ liệu mẫu"))
        self.demo_button.clicked.connect(self.use_demo)
        demo_layout = QVBoxLayout(demo_box)
        demo_layout.addWidget(demo_text)
        demo_layout.addWidget(self.demo_button)

        commune_box = QGroupBox(self.tr("Khai báo xã để dùng thật"))
        form = QFormLayout(commune_box)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("mã đơn vị hành chính, ví dụ 16075"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("ví dụ Thượng Ninh"))
        self.province = QLineEdit(self.tr("Thanh Hóa"))
        form.addRow(self.tr("Mã xã:"), self.code)
        form.addRow(self.tr("Tên xã:"), self.name)
        form.addRow(self.tr("Tỉnh:"), self.province)
        self.commune_button = QPushButton(self.tr("Khai báo xã"))
        self.commune_button.clicked.connect(self.create_commune)
        form.addRow(self.commune_button)
        self.fields = {"code": self.code, "name": self.name, "province": self.province}

        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Thoát"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(demo_box)
        layout.addWidget(commune_box)
        layout.addWidget(buttons)

    def use_demo(self) -> None:
        try:
            self.ws.seed.ensure_defaults()
            self.ws.seed.load_demo()
            self.ws.seed.load_demo_cycle()
        except TNAppError as exc:
            show_error(self, exc)
            return
        self.accept()

    def create_commune(self) -> None:
        try:
            self.ws.commune.create(self.code.text(), self.name.text(), self.province.text())
            self.ws.seed.ensure_defaults()
        except ValidationError as exc:
            show_error(self, exc)
            if exc.field in self.fields:
                self.fields[exc.field].setFocus()
            return
        except TNAppError as exc:
            show_error(self, exc)
            return
        self.accept()
