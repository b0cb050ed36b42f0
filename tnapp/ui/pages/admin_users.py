"""Quản trị → Tài khoản: list, add, reset a password, deactivate (administrators only;
the service refuses anyone else whatever this page shows)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from tnapp.domain.formatting import format_date
from tnapp.errors import TNAppError
from tnapp.services.accounts import UserRow
from tnapp.services.workspace import Workspace
from tnapp.ui.accounts_dialogs import NewUserDialog, ResetPasswordDialog
from tnapp.ui.labels import tr_label
from tnapp.ui.messages import confirm, show_error, show_info
from tnapp.ui.pages.base import paragraph
from tnapp.ui.table_model import Column, RowTableModel, table_view


class UsersTab(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.model: RowTableModel[UserRow] = RowTableModel([
            Column(self.tr("Tên đăng nhập"), lambda u: u.username),
            Column(self.tr("Họ và tên"), lambda u: u.full_name),
            Column(self.tr("Vai trò"), lambda u: tr_label(u.role)),
            Column(self.tr("Đơn vị"), lambda u: u.unit_name or ""),
            Column(self.tr("Trạng thái"), self._state),
            Column(self.tr("Đăng nhập lần cuối"),
                   lambda u: format_date(u.last_login_at.date()) if u.last_login_at else ""),
        ], parent=self)
        self.table = table_view(self.model, "usersTable")
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Thêm tài khoản…"))
        self.add_button.clicked.connect(self.add_user)
        self.reset_button = QPushButton(self.tr("Đặt lại mật khẩu…"))
        self.reset_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton(self.tr("Khóa / mở lại tài khoản"))
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr("Mỗi người dùng một tài khoản riêng; vai trò quyết định được làm gì. "
                                           "Tài khoản bị khóa không đăng nhập được nhưng lịch sử vẫn giữ.")))
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def _state(self, user: UserRow) -> str:
        if not user.active:
            return self.tr("đã khóa")
        if user.locked:
            return self.tr("tạm khóa (nhập sai mật khẩu)")
        if user.must_change_password:
            return self.tr("chờ đổi mật khẩu")
        return self.tr("đang hoạt động")

    def refresh(self) -> None:
        try:
            self.model.set_rows(self.ws.accounts.list_users())
        except TNAppError as exc:
            show_error(self, exc)

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _need_selection(self) -> UserRow | None:
        user = self.selected()
        if user is None:
            show_info(self, self.tr("Hãy chọn một tài khoản trong danh sách."))
        return user

    def add_user(self) -> None:
        try:
            units = self.ws.units.list()
        except TNAppError as exc:
            show_error(self, exc)
            return
        if NewUserDialog(self.ws, units, self).exec():
            self.refresh()

    def reset_password(self) -> None:
        user = self._need_selection()
        if user is not None and ResetPasswordDialog(self.ws, user, self).exec():
            self.refresh()

    def toggle_active(self) -> None:
        user = self._need_selection()
        if user is None:
            return
        question = (self.tr("Khóa tài khoản «{user}»? Người này sẽ không đăng nhập được nữa.") if user.active
                    else self.tr("Mở lại tài khoản «{user}»?")).format(user=user.username)
        if not confirm(self, self.tr("Tài khoản"), question):
            return
        try:
            self.ws.accounts.set_active(user.username, not user.active, expected_version=user.version)
        except TNAppError as exc:
            show_error(self, exc)
        self.refresh()
