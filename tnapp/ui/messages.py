"""Telling the user what happened: the core's messages are already Vietnamese
and name the place, so they are shown as they are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tnapp.errors import DatabaseError, TNAppError


def show_error(parent: QWidget | None, error: TNAppError | str) -> None:
    """A refusal or a problem; a database error is shown as critical."""
    if isinstance(error, DatabaseError):
        QMessageBox.critical(parent, QCoreApplication.translate("Messages", "Lỗi cơ sở dữ liệu"), str(error))
    else:
        QMessageBox.warning(parent, QCoreApplication.translate("Messages", "Không thực hiện được"), str(error))


def show_info(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("Messages", "Thông báo"), text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No, defaulting to No."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
