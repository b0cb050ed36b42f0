"""Account dialogs: the first administrator, changing one's password, and the
administrator's "new user" and "reset password" forms. The rules (strength,
usernames, roles) are the core's; these only collect and show its refusals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from tnapp.domain.passwords import MIN_LENGTH
from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import Role
from tnapp.errors import ValidationError
from tnapp.ui.forms import FormDialog, enum_combo

if TYPE_CHECKING:
    from tnapp.services.accounts import UserRow
    from tnapp.services.units import UnitRow
    from tnapp.services.workspace import Workspace


def password_edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(placeholder)
    return edit


class PasswordForm(FormDialog):
    """A form ending in "password" and "repeat it", with the strength rule shown."""

    def add_password_fields(self, name: str = "password", label: str = "") -> None:
        self.password = self.add_field(name, label or self.tr("Mật khẩu:"), password_edit())
        self.confirm = self.add_field("confirm", self.tr("Nhập lại mật khẩu:"), password_edit())
        hint = QLabel(self.tr("Ít nhất {n} ký tự, không chỉ gồm chữ số, không chứa tên đăng nhập, không phải "
                              "mật khẩu phổ biến.").format(n=MIN_LENGTH))
        hint.setObjectName("passwordRule")
        hint.setWordWrap(True)
        self.form.addRow("", hint)

    def checked_password(self) -> str:
        if self.password.text() != self.confirm.text():
            raise ValidationError(self.tr("Hai lần nhập mật khẩu không khớp."), field="confirm")
        return self.password.text()


class FirstAdminDialog(PasswordForm):
    """The first start on a database without accounts: its administrator."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tạo tài khoản quản trị"), parent)
        self.ws = ws
        self.actor: Actor | None = None
        intro = QLabel(self.tr("Cơ sở dữ liệu «{location}» chưa có tài khoản nào. Hãy tạo tài khoản quản trị "
                               "đầu tiên; người quản trị sẽ tạo tài khoản cho những người khác.")
                       .format(location=ws.location))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.username = self.add_field("username", self.tr("Tên đăng nhập:"), QLineEdit())
        self.username.setPlaceholderText(self.tr("ví dụ quantri"))
        self.full_name = self.add_field("full_name", self.tr("Họ và tên:"), QLineEdit())
        self.add_password_fields()
        self.save_button.setText(self.tr("Tạo tài khoản"))

    def save(self) -> None:
        password = self.checked_password()
        self.actor = self.ws.accounts.create_first_admin(self.username.text(), self.full_name.text(), password)


class ChangePasswordDialog(PasswordForm):
    """The signed-in user's own password (required after a reset)."""

    def __init__(self, ws: Workspace, forced: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Đổi mật khẩu"), parent)
        self.ws = ws
        if forced:
            note = QLabel(self.tr("Mật khẩu của anh/chị vừa được đặt lại hoặc mới tạo; hãy đổi sang mật khẩu "
                                  "chỉ mình anh/chị biết trước khi tiếp tục."))
            note.setWordWrap(True)
            self.form.addRow(note)
        self.old_password = self.add_field("old_password", self.tr("Mật khẩu hiện tại:"), password_edit())
        self.add_password_fields("new_password", self.tr("Mật khẩu mới:"))

    def save(self) -> None:
        password = self.checked_password()
        self.ws.accounts.change_password(self.old_password.text(), password)


class NewUserDialog(PasswordForm):
    """Quản trị → Tài khoản → Thêm: the person changes the password at the first sign-in."""

    def __init__(self, ws: Workspace, units: list[UnitRow], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Thêm tài khoản"), parent)
        self.ws = ws
        self.saved: UserRow | None = None
        self.username = self.add_field("username", self.tr("Tên đăng nhập:"), QLineEdit())
        self.full_name = self.add_field("full_name", self.tr("Họ và tên:"), QLineEdit())
        self.role = self.add_field("role", self.tr("Vai trò:"), enum_combo(Role, Role.OFFICE))
        self.unit = self.add_field("unit_id", self.tr("Đơn vị (cán bộ báo cáo):"), QComboBox())
        self.unit.addItem(self.tr("(không gắn đơn vị)"), None)
        for unit in units:
            self.unit.addItem(f"{unit.code} – {unit.name}", unit.id)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.add_password_fields(label=self.tr("Mật khẩu ban đầu:"))

    def _role_changed(self) -> None:
        self.unit.setEnabled(self.role.currentData() is Role.UNIT_REPORTER)

    def save(self) -> None:
        password = self.checked_password()
        role = self.role.currentData()
        unit_id = self.unit.currentData() if role is Role.UNIT_REPORTER else None
        self.saved = self.ws.accounts.create_user(self.username.text(), self.full_name.text(), role, password, unit_id)


class ResetPasswordDialog(PasswordForm):
    def __init__(self, ws: Workspace, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Đặt lại mật khẩu của «{user}»").format(user=user.username), parent)
        self.ws = ws
        self.user = user
        self.add_password_fields(label=self.tr("Mật khẩu mới:"))

    def save(self) -> None:
        self.ws.accounts.reset_password(self.user.username, self.checked_password())
