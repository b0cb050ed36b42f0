"""Signing in: the login dialog, and the steps from an open database to a
signed-in workspace (the first administrator, a forced password change)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from tnapp.domain.permissions import Actor
from tnapp.errors import TNAppError
from tnapp.ui.accounts_dialogs import ChangePasswordDialog, FirstAdminDialog, password_edit
from tnapp.ui.icons import app_icon
from tnapp.ui.messages import show_error

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace


class LoginDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.actor: Actor | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Đăng nhập – TNApp"))
        self.setMinimumWidth(440)
        picture = QLabel()
        picture.setPixmap(app_icon().pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Thi đua – Khen thưởng cấp xã"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        where = QLabel(self.tr("Cơ sở dữ liệu: {location}").format(location=ws.location))
        where.setWordWrap(True)
        where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        where.setStyleSheet("color: #555;")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = password_edit()
        self.password.setObjectName("password")
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel#loginError { color: #b71c1c; }")
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("Đăng nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.tr("Thoát"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(picture)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.username.setFocus()

    def accept(self) -> None:
        try:
            self.actor = self.ws.accounts.authenticate(self.username.text(), self.password.text())
        except TNAppError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()


def sign_in(ws: Workspace, parent: QWidget | None = None) -> bool:
    """Sign ``ws`` in: create the first administrator on a database without
    accounts, otherwise ask for a username and password (and a new password
    when it must be changed). False when the user leaves."""
    try:
        has_users = ws.accounts.has_users()
    except TNAppError as exc:
        show_error(parent, exc)
        return False
    if not has_users:
        dialog = FirstAdminDialog(ws, parent)
        if not dialog.exec() or dialog.actor is None:
            return False
        ws.sign_in(dialog.actor)
        return True
    while True:
        ws.sign_out()
        login = LoginDialog(ws, parent)
        if not login.exec() or login.actor is None:
            return False
        ws.sign_in(login.actor)
        account = ws.accounts.current()
        if account is None or not account.must_change_password:
            return True
        if ChangePasswordDialog(ws, forced=True, parent=parent).exec():
            return True
