"""Signing in through the real dialogs: the first administrator, wrong
passwords and the lockout, a unit reporter kept out of Quản trị, sign-out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import Role
from tnapp.errors import PermissionDenied
from tnapp.services.workspace import Workspace
from tnapp.ui import app as app_module
from tnapp.ui.accounts_dialogs import FirstAdminDialog
from tnapp.ui.login import LoginDialog
from tnapp.ui.main_window import MainWindow

STRONG_PASSWORD = "Mật-khẩu-thử-2026"  # as tests/ui/conftest.py's sign_in_as

pytestmark = pytest.mark.gui


def test_first_administrator_refuses_a_weak_password(qtbot, typist, gui_ws: Workspace, messages) -> None:
    dialog = FirstAdminDialog(gui_ws)
    qtbot.addWidget(dialog)
    dialog.show()
    typist(dialog.username, "quantri")
    typist(dialog.full_name, "Nguyễn Văn Quản")
    for edit in (dialog.password, dialog.confirm):
        typist(edit, "123456789")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "ít nhất 10 ký tự" in messages[-1].text and dialog.isVisible()
    assert not gui_ws.accounts.has_users()
    for edit in (dialog.password, dialog.confirm):
        edit.clear()
        typist(edit, "quantri-2026-xyz")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "tên đăng nhập" in messages[-1].text and not gui_ws.accounts.has_users()
    for edit in (dialog.password, dialog.confirm):
        edit.clear()
        typist(edit, STRONG_PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.actor.role is Role.ADMIN
    assert gui_ws.accounts.has_users()


def test_a_wrong_password_shows_an_error_and_five_lock_the_account(qtbot, typist, gui_ws: Workspace,
                                                                   sign_in_as) -> None:
    sign_in_as(gui_ws)
    gui_ws.sign_out()
    dialog = LoginDialog(gui_ws)
    qtbot.addWidget(dialog)
    dialog.show()
    typist(dialog.username, "quantri")
    for attempt in range(5):
        typist(dialog.password, "mat-khau-sai")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.error.isVisible() and "không đúng" in dialog.error.text()
        assert dialog.password.text() == "" and dialog.actor is None
    typist(dialog.password, STRONG_PASSWORD)  # the right one, but the account is now locked
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is None and dialog.isVisible() and "khóa" in dialog.error.text()
    assert gui_ws.actor.signed_in is False
    gui_ws.sign_in(Actor("quan-tri-may", Role.ADMIN))
    assert gui_ws.accounts.get("quantri").locked


def test_a_unit_reporter_never_reaches_user_administration(qtbot, gui_ws: Workspace, sign_in_as,
                                                          messages) -> None:
    unit = gui_ws.units.list()[5]
    sign_in_as(gui_ws, "bao.cao", Role.UNIT_REPORTER, unit.id)
    window = MainWindow(gui_ws)
    qtbot.addWidget(window)
    window.show()
    admin_row = next(i for i in range(window.nav.count())
                     if window.nav.item(i).data(Qt.ItemDataRole.UserRole) == "admin")
    assert window.nav.item(admin_row).isHidden()
    window.show_area("admin")
    assert window.page("admin") is None and "không được vào" in messages[-1].text
    assert "bao.cao" in window.user_label.text() and window.sign_out_button.isVisible()
    with pytest.raises(PermissionDenied):
        gui_ws.accounts.create_user("ke.gian", "Kẻ Gian", Role.ADMIN, STRONG_PASSWORD)
    with pytest.raises(PermissionDenied):
        gui_ws.accounts.list_users()


def test_sign_out_returns_to_the_login_dialog(qtbot, typist, gui_ws: Workspace, sign_in_as, modal) -> None:
    sign_in_as(gui_ws, "ke.toan", Role.OFFICE)
    gui_ws.accounts.change_password(STRONG_PASSWORD, STRONG_PASSWORD + "!")
    session = app_module.Session(gui_ws)
    first = session.window
    first.show()

    def log_in(dialog: LoginDialog) -> None:
        assert not gui_ws.actor.signed_in, "signed out while the dialog is up"
        typist(dialog.username, "quantri")
        typist(dialog.password, STRONG_PASSWORD)
        dialog.ok_button.click()

    driver = modal(LoginDialog, log_in)
    first.sign_out_button.click()
    assert driver.done and gui_ws.actor.username == "quantri" and session.window is not first
    qtbot.addWidget(session.window)
    assert "quantri" in session.window.user_label.text()
    session.close()
