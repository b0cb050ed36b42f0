"""Quản trị as an administrator: the accounts tab, the audit viewer (filter by
user, before → after), backup and restore through the page's buttons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tnapp.domain.vocab import Role
from tnapp.services.units import UnitInput
from tnapp.services.workspace import Workspace
from tnapp.ui.accounts_dialogs import NewUserDialog
from tnapp.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def admin_window(qtbot, gui_ws: Workspace, sign_in_as) -> MainWindow:
    sign_in_as(gui_ws)
    window = MainWindow(gui_ws)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_the_administrator_adds_an_account_from_the_page(qtbot, typist, admin_window: MainWindow, modal,
                                                       gui_ws: Workspace) -> None:
    page = admin_window.show_area("admin")
    page.show_tab(page.users_tab)
    assert page.users_tab.model.rowCount() == 1

    def fill(dialog: NewUserDialog) -> None:
        typist(dialog.username, "ke.toan")
        typist(dialog.full_name, "Lê Thị Kế Toán")
        for edit in (dialog.password, dialog.confirm):
            typist(edit, "Sổ-sách-rõ-ràng-2026")
        dialog.save_button.click()

    driver = modal(NewUserDialog, fill)
    page.users_tab.add_button.click()
    assert driver.done and page.users_tab.model.rowCount() == 2
    row = next(r for r in page.users_tab.model.rows() if r.username == "ke.toan")
    assert row.role is Role.OFFICE and row.must_change_password


def test_audit_viewer_filters_by_user_and_shows_before_and_after(qtbot, admin_window: MainWindow,
                                                                 gui_ws: Workspace) -> None:
    unit = gui_ws.units.list()[0]
    gui_ws.units.update(unit.id, UnitInput(unit.code, "Tên mới của đơn vị", unit.kind, unit.parent_id,
                                           unit.short_name, unit.sort_order))
    page = admin_window.show_area("admin")
    page.show_tab(page.audit_tab)
    tab = page.audit_tab
    tab.user.setCurrentIndex(tab.user.findData("quantri"))
    tab.entity.setCurrentIndex(tab.entity.findData("unit"))
    qtbot.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    rows = tab.model.rows()
    assert rows and {r.username for r in rows} == {"quantri"} and {r.entity for r in rows} == {"unit"}
    texts = [tab.model.index(0, c).data() for c in range(tab.model.columnCount())]
    assert f"Tên: «{unit.name}» → «Tên mới của đơn vị»" in texts[-1]
    assert "→" in tab.details.toPlainText() and "Tên mới của đơn vị" in tab.details.toPlainText()
    tab.user.setCurrentIndex(tab.user.findData("he-thong"))
    tab.search()
    assert {r.username for r in tab.model.rows()} <= {"he-thong"}


def test_backup_and_restore_from_the_page(qtbot, admin_window: MainWindow, gui_ws: Workspace, tmp_path: Path,
                                          monkeypatch, messages, answers) -> None:
    page = admin_window.show_area("admin")
    page.show_tab(page.backup_tab)
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    page.backup_tab.backup_button.click()
    made = list(usb.glob("*.sqlite"))
    assert len(made) == 1 and "Đã sao lưu" in messages[-1].text
    gui_ws.units.create(UnitInput("SAU", "Đơn vị sau sao lưu", gui_ws.units.list()[0].kind))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(made[0]), ""))
    with qtbot.waitSignal(admin_window.database_chosen, timeout=5000) as reopened:
        page.backup_tab.restore_button.click()
    assert answers.asked and "Đã khôi phục" in messages[-1].text
    assert reopened.args == [gui_ws.location]
    assert "SAU" not in {u.code for u in gui_ws.units.list()}


def test_a_foreign_file_is_refused_by_the_restore_button(admin_window: MainWindow, gui_ws: Workspace,
                                                         tmp_path: Path, monkeypatch, messages, answers) -> None:
    page = admin_window.show_area("admin")
    page.show_tab(page.backup_tab)
    bad = tmp_path / "thu.sqlite"
    bad.write_text("không phải", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    units = len(gui_ws.units.list())
    page.backup_tab.restore_button.click()
    assert "không phải cơ sở dữ liệu" in messages[-1].text and not answers.asked
    assert len(gui_ws.units.list()) == units
