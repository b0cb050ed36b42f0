"""Start-up: the login dialog is up, and takes the name and password, while
the database is still opening in its worker thread (held here by a gate)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tnapp.services.workspace import Workspace
from tnapp.ui import app as app_module
from tnapp.ui.accounts_dialogs import FirstAdminDialog
from tnapp.ui.login import LoginDialog
from tnapp.ui.main_window import MainWindow

STRONG_PASSWORD = "Mật-khẩu-thử-2026"  # as tests/ui/conftest.py's sign_in_as


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Opening the database waits (in the worker thread) until the gate is set."""
    opened_by = app_module.open_database
    gate = threading.Event()

    def held_open(db: str | None, demo: bool) -> Workspace:
        assert threading.current_thread() is not threading.main_thread(), "opened behind the dialog"
        if not gate.wait(30):
            raise AssertionError("the test never opened the gate")
        return opened_by(db, demo)

    monkeypatch.setattr(app_module, "open_database", held_open)
    yield gate
    gate.set()


class MainWindowCloser:
    """Once the main window shows: note who is signed in, and close it."""

    def __init__(self) -> None:
        self.user: str | None = None
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                self._timer.stop()
                self.user = widget.ws.actor.username
                widget.close()  # the last window: app.exec() returns


@pytest.fixture
def with_admin(demo_db: Path, sign_in_as: Callable[..., None]) -> Path:
    ws = Workspace.open(demo_db)
    sign_in_as(ws)  # the administrator quantri
    ws.close()
    return demo_db


def test_the_login_dialog_takes_typing_before_the_database_is_open(qtbot, typist, gate, modal,
                                                                   with_admin: Path) -> None:
    seen: dict[str, object] = {}

    def type_and_sign_in(dialog: LoginDialog) -> None:
        assert not gate.is_set() and dialog.ws is None
        seen["where"] = dialog.where.text()
        typist(dialog.username, "quantri")
        typist(dialog.password, STRONG_PASSWORD)
        dialog.ok_button.click()  # before the database is open: waits for it
        seen["button"] = (dialog.ok_button.text(), dialog.ok_button.isEnabled())
        seen["still up"] = dialog.isVisible()
        gate.set()

    driver = modal(LoginDialog, type_and_sign_in, timeout_ms=10000)
    closer = MainWindowCloser()
    assert app_module.run(db=str(with_admin), demo=False) == 0
    assert driver.done
    assert seen == {"where": "Đang mở cơ sở dữ liệu…", "button": ("Đang mở cơ sở dữ liệu…", False),
                    "still up": True}
    assert closer.user == "quantri", "signed in once the database was open"


def test_an_error_while_opening_is_told_in_vietnamese_and_exits_with_2(qtbot, typist, gate, modal, messages,
                                                                       tmp_path: Path) -> None:
    folder = tmp_path / "du-lieu.sqlite"
    folder.mkdir()

    def type_and_wait(dialog: LoginDialog) -> None:
        typist(dialog.username, "quantri")
        dialog.ok_button.click()
        gate.set()

    driver = modal(LoginDialog, type_and_wait, timeout_ms=10000)
    assert app_module.run(db=str(folder), demo=False) == app_module.EXIT_ERROR
    assert driver.done
    assert [(m.kind, m.text) for m in messages] == [
        ("critical", f"«{folder}» là một thư mục, không phải tệp cơ sở dữ liệu.")]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]


def test_a_database_without_accounts_goes_to_the_first_administrator(qtbot, gate, modal, demo_db: Path) -> None:
    def first_admin(dialog: FirstAdminDialog) -> None:
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]
        for edit, text in ((dialog.username, "quantri"), (dialog.full_name, "Quản trị"),
                           (dialog.password, STRONG_PASSWORD), (dialog.confirm, STRONG_PASSWORD)):
            edit.setText(text)
        dialog.accept()

    gate.set()
    driver = modal(FirstAdminDialog, first_admin, timeout_ms=10000)
    closer = MainWindowCloser()
    assert app_module.run(db=str(demo_db), demo=False) == 0
    assert driver.done and closer.user == "quantri"


def test_leaving_while_the_database_opens_quits_quietly(qtbot, gate, modal, messages, with_admin: Path) -> None:
    def leave(dialog: LoginDialog) -> None:
        dialog.reject()
        gate.set()

    driver = modal(LoginDialog, leave, timeout_ms=10000)
    assert app_module.run(db=str(with_admin), demo=False) == 0
    assert driver.done and not messages
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_a_damaged_file_found_behind_the_dialog_is_told_on_the_ui_thread(qtbot, messages, demo_db: Path) -> None:
    ws = Workspace.open(demo_db)
    opened = app_module.Opened(ws, problem="*** in database main *** Page 3: btreeInitPage() returns error code 11")
    assert app_module.finish_opening(opened) is ws, "no backup to restore: the work goes on in the same file"
    assert [m.kind for m in messages] == ["warning"]
    assert messages[0].text.startswith(f"Kiểm tra nhanh cơ sở dữ liệu «{demo_db}» phát hiện lỗi: *** in database")
    assert "Chưa có bản sao lưu tự động nào" in messages[0].text
    ws.close()


def test_a_failed_automatic_backup_is_told_and_the_work_goes_on(qtbot, messages, demo_db: Path) -> None:
    from tnapp.paths import user_data_folder
    from tnapp.ui.safety import BackupScheduler

    user_data_folder().mkdir(parents=True, exist_ok=True)
    (user_data_folder() / "backups").write_text("một tệp chắn chỗ thư mục sao lưu", encoding="utf-8")
    opened = app_module.prepare(str(demo_db), demo=False)
    assert app_module.finish_opening(opened) is opened.ws, "the start goes on"
    scheduler = BackupScheduler(opened.ws)
    scheduler.at_exit()
    assert [m.kind for m in messages] == ["critical", "critical"]
    assert all("Không sao lưu được" in m.text and "Các bản sao lưu trước được giữ nguyên" in m.text
               for m in messages)
    opened.ws.close()
