"""Keeping the user's data safe while the GUI runs: the quick integrity check
at start (offering the latest backup when it fails), and the automatic
backups at start, every day and at exit. A failed automatic backup is logged
and told to the user (the previous copies are kept), and never stops the work."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from tnapp.errors import TNAppError
from tnapp.ui.messages import show_error, show_info

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace

DAY_MS = 24 * 60 * 60 * 1000
log = logging.getLogger("tnapp.ui")


def automatic_backup(ws: Workspace, reason: str) -> TNAppError | None:
    """An automatic backup; why it failed (also logged), or None. No Qt."""
    try:
        ws.backups.automatic(reason)
    except TNAppError as exc:
        log.warning("automatic backup (%s) of %s failed", reason, ws.location, exc_info=True)
        return exc
    return None


def quick_check_and_backup(ws: Workspace) -> tuple[str | None, TNAppError | None]:
    """The quick check, and when it passes the start-up backup: what the check
    found and why the backup failed, each None when all is well. No Qt: it runs
    in the thread that opens the database."""
    problem = ws.backups.quick_check()
    return problem, (automatic_backup(ws, "khoi-dong") if problem is None else None)


def offer_restore(ws: Workspace, problem: str) -> None:
    """The quick check found ``problem`` (a damaged file): offer to restore the
    latest automatic backup."""
    latest = ws.backups.latest()
    found = QCoreApplication.translate("Safety", "Kiểm tra nhanh cơ sở dữ liệu «{location}» phát hiện lỗi: "
                                                 "{problem}.").format(location=ws.location, problem=problem)
    if latest is None:
        show_error(None, found + " " + QCoreApplication.translate(
            "Safety", "Chưa có bản sao lưu tự động nào. Hãy đóng TNApp, chép tệp dữ liệu sang nơi an toàn và khôi "
                      "phục từ bản sao lưu trên ổ USB (Quản trị → Sao lưu)."))
        return
    answer = QMessageBox.question(
        None, QCoreApplication.translate("Safety", "Cơ sở dữ liệu bị lỗi"),
        found + " " + QCoreApplication.translate(
            "Safety", "Khôi phục bản sao lưu tự động gần nhất ({time})? Tệp hiện tại được chép vào thư mục sao lưu "
                      "trước khi thay.").format(time=latest.taken_at.strftime("%d/%m/%Y %H:%M")),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        result = ws.backups.restore(latest.path)
    except TNAppError as exc:
        show_error(None, exc)
        return
    show_info(None, QCoreApplication.translate("Safety", "Đã khôi phục từ {file}. Tệp bị lỗi được giữ ở {copy}.")
              .format(file=result.restored_from.name, copy=result.previous_copy))


class BackupScheduler(QObject):
    """A backup every day while TNApp stays open, and one at exit."""

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.timer = QTimer(self)
        self.timer.setInterval(DAY_MS)
        self.timer.timeout.connect(lambda: self.backup("hang-ngay"))
        self.timer.start()

    def backup(self, reason: str) -> None:
        error = automatic_backup(self.ws, reason)
        if error is not None:
            show_error(None, error)

    def at_exit(self) -> None:
        self.timer.stop()
        self.backup("thoat")
