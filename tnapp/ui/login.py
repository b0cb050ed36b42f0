"""Signing in: the login dialog, and the steps from an open database to a
signed-in workspace (the first administrator, a forced password change).

At start the login dialog shows before the database is open (see
``tnapp.ui.app.run``): the user types while it opens behind; "Đăng nhập"
pressed meanwhile waits and signs in as soon as ``set_workspace`` is called."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from tnapp.errors import TNAppError
from tnapp.ui.icons import app_icon
from tnapp.ui.messages import show_error

if TYPE_CHECKING:
    from tnapp.domain.permissions import Actor
    from tnapp.services.workspace import Workspace

# Centred by the style sheet, not setAlignment: the dialog paints before the
# Qt namespace (a dozen milliseconds of enums) is first loaded at start.
STYLE = """
QLabel#loginPicture, QLabel#loginTitle, QLabel#loginWhere { qproperty-alignment: AlignCenter; }
QLabel#loginWhere { color: #555; }
QLabel#loginError { color: #b71c1c; }
"""


class LoginDialog(QDialog):
    """``ws`` None: the database is still opening; ``set_workspace`` gives it."""

    def __init__(self, ws: Workspace | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.actor: Actor | None = None
        self.waiting = False  # "Đăng nhập" pressed before the database was open
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Đăng nhập – TNApp"))
        self.setMinimumWidth(440)
        self.setStyleSheet(STYLE)
        picture = QLabel()
        picture.setObjectName("loginPicture")
        picture.setPixmap(app_icon().pixmap(64, 64))
        picture.setFixedHeight(64)  # never squeezed when the error message shows
        title = QLabel(self.tr("Thi đua – Khen thưởng cấp xã"))
        title.setObjectName("loginTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.where = QLabel(self.tr("Đang mở cơ sở dữ liệu…"))
        self.where.setObjectName("loginWhere")
        self.where.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("password")
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("Đăng nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setMinimumWidth(self.ok_button.fontMetrics().horizontalAdvance(
            self.tr("Đang mở cơ sở dữ liệu…")) + 24)  # the waiting text fits without the dialog jumping
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.tr("Thoát"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(picture)
        layout.addWidget(title)
        layout.addWidget(self.where)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.username.setFocus()
        if ws is not None:
            self.set_workspace(ws)

    def set_workspace(self, ws: Workspace) -> None:
        """The database is open: say where, and sign in if the user is waiting."""
        self.ws = ws
        self.where.setText(self.tr("Cơ sở dữ liệu: {location}").format(location=ws.location))
        if self.waiting:
            self.waiting = False
            self.ok_button.setEnabled(True)
            self.ok_button.setText(self.tr("Đăng nhập"))
            self.accept()

    def accept(self) -> None:
        if self.ws is None:  # still opening: sign in once it is open
            self.waiting = True
            self.ok_button.setEnabled(False)
            self.ok_button.setText(self.tr("Đang mở cơ sở dữ liệu…"))
            return
        try:
            self.actor = self.ws.accounts.authenticate(self.username.text(), self.password.text())
        except TNAppError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.adjustSize()  # room for the message: nothing above it is squeezed
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()


def sign_in(ws: Workspace, parent: QWidget | None = None) -> bool:
    """Sign ``ws`` in: create the first administrator on a database without
    accounts, otherwise ask for a username and password (and a new password
    when it must be changed). False when the user leaves."""
    from tnapp.ui.accounts_dialogs import FirstAdminDialog

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
        if complete_sign_in(ws, login.actor, parent):
            return True


def complete_sign_in(ws: Workspace, actor: Actor, parent: QWidget | None = None) -> bool:
    """Act as ``actor`` (checked by the login dialog); a password that must be
    changed is changed now. False when the user leaves that."""
    from tnapp.ui.accounts_dialogs import ChangePasswordDialog

    ws.sign_in(actor)
    account = ws.accounts.current()
    if account is None or not account.must_change_password:
        return True
    return bool(ChangePasswordDialog(ws, forced=True, parent=parent).exec())
