"""Quản trị → Sao lưu: the automatic copies, a backup now to a folder or USB
stick, and restoring from a file (checked first; the current database is
copied before it is replaced). On PostgreSQL: what to use instead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from tnapp.domain.formatting import format_number
from tnapp.errors import TNAppError
from tnapp.services.backup import POSTGRES_MESSAGE, BackupInfo
from tnapp.services.workspace import Workspace
from tnapp.ui.files import choose_folder, open_file
from tnapp.ui.messages import confirm, show_error, show_info
from tnapp.ui.pages.base import paragraph
from tnapp.ui.table_model import Column, RowTableModel, table_view
from tnapp.ui.tasks import run_task

BACKUP_FILTER = "SQLite (*.sqlite *.sqlite3 *.db);;*"


class BackupTab(QWidget):
    database_replaced = Signal()  # a restore replaced the open database

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        layout = QVBoxLayout(self)
        if not ws.backups.supported:
            self.note = paragraph(POSTGRES_MESSAGE.format(where=ws.location))
            self.note.setObjectName("postgresNote")
            layout.addWidget(self.note)
            layout.addStretch(1)
            self.model = None
            return
        self.note = paragraph(self.tr("TNApp tự sao lưu khi mở, khi thoát và mỗi ngày vào thư mục {folder} "
                                      "(giữ các bản gần nhất và một bản mỗi ngày). Nên chép thêm ra ổ USB "
                                      "hằng tuần.").format(folder=ws.backups.folder))
        self.backup_button = QPushButton(self.tr("Sao lưu ngay ra thư mục…"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Khôi phục từ tệp…"))
        self.restore_button.clicked.connect(self.restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        self.model: RowTableModel[BackupInfo] | None = RowTableModel([
            Column(self.tr("Thời điểm"), lambda b: b.taken_at.strftime("%d/%m/%Y %H:%M:%S")),
            Column(self.tr("Lý do"), lambda b: b.reason),
            Column(self.tr("Dung lượng (KB)"), lambda b: format_number(round(b.size / 1024)), align_right=True),
            Column(self.tr("Tệp"), lambda b: b.path.name, tooltip=lambda b: str(b.path)),
        ], parent=self)
        self.table = table_view(self.model, "backupsTable")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        if self.model is not None:
            self.model.set_rows(self.ws.backups.list())

    def backup_now(self) -> None:
        folder = choose_folder(self, self.tr("Chọn thư mục hoặc ổ USB để sao lưu"))
        if not folder:
            return
        try:
            path = run_task(self, self.tr("Đang sao lưu…"), lambda: self.ws.backups.create(Path(folder)))
        except TNAppError as exc:
            show_error(self, exc)
            return
        show_info(self, self.tr("Đã sao lưu vào {path}").format(path=path))

    def restore(self) -> None:
        path = open_file(self, self.tr("Chọn bản sao lưu để khôi phục"), BACKUP_FILTER)
        if not path:
            return
        try:
            self.ws.backups.check_file(Path(path))
        except TNAppError as exc:
            show_error(self, exc)
            return
        if not confirm(self, self.tr("Khôi phục"), self.tr(
                "Thay toàn bộ dữ liệu đang mở bằng bản sao lưu «{file}»? Dữ liệu hiện tại sẽ được chép vào thư "
                "mục sao lưu trước.").format(file=Path(path).name)):
            return
        try:
            result = run_task(self, self.tr("Đang khôi phục…"), lambda: self.ws.backups.restore(Path(path)))
        except TNAppError as exc:
            show_error(self, exc)
            return
        show_info(self, self.tr("Đã khôi phục. Dữ liệu trước khi khôi phục được giữ ở {path}. Hãy đăng nhập "
                                "lại.").format(path=result.previous_copy))
        self.database_replaced.emit()
