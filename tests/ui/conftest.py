"""GUI fixtures: real widgets, offscreen, over a copy of the demo database.

Message boxes are replaced by recorders (``messages``, ``answers``) so a test
reads what the user would have been told; a modal dialog opened by a button
is driven with ``modal`` while its ``exec()`` runs.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from tnapp.services.workspace import Workspace  # noqa: E402
from tnapp.ui.main_window import MainWindow  # noqa: E402

SCREEN = (1366, 768)


@pytest.fixture(scope="session", autouse=True)
def _qsettings_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The language choice and other QSettings go to a temporary INI file."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("qsettings")))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, loaded once; tests work on copies."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite"
    ws = Workspace.open(path)
    ws.seed.load_demo()
    ws.close()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def gui_ws(demo_db: Path) -> Iterator[Workspace]:
    ws = Workspace.open(demo_db)
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot, gui_ws: Workspace) -> MainWindow:
    win = MainWindow(gui_ws)
    qtbot.addWidget(win)
    win.resize(*SCREEN)
    win.show()
    qtbot.waitExposed(win)
    return win


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, as a Vietnamese keyboard (Unikey, Telex) sends
    it: one key event per composed letter. QTest.keyClicks takes ASCII only."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else (Qt.Key.Key_Space if ch == " " else 0)
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def typist() -> Callable[[QWidget, str], None]:
    """``typist(widget, "Nguyễn Văn Hùng")`` types into a widget."""
    return type_text


@dataclass
class Recorded:
    kind: str
    title: str
    text: str


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[Recorded]:
    """Every warning/critical/information box, recorded instead of shown."""
    shown: list[Recorded] = []

    def recorder(kind: str) -> Callable:
        def show(parent, title, text, *args, **kwargs):
            shown.append(Recorded(kind, title, text))
            return QMessageBox.StandardButton.Ok
        return show

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return shown


@dataclass
class Answers:
    """QMessageBox.question, answered with ``reply``; the questions asked are kept."""

    reply: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    asked: list[str] = field(default_factory=list)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    state = Answers()

    def question(parent, title, text, *args, **kwargs):
        state.asked.append(text)
        return state.reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return state


class ModalDriver:
    """Waits (polling the event loop) for a modal dialog of a given class and
    runs ``action`` on it; ``done`` tells whether it ran."""

    def __init__(self, cls: type[QWidget], action: Callable[[QWidget], None], timeout_ms: int) -> None:
        self.cls, self.action, self.done = cls, action, False
        self._left = timeout_ms // 10
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        self._left -= 1
        widget = QApplication.activeModalWidget()
        if isinstance(widget, self.cls) and widget.isVisible():
            self._timer.stop()
            self.done = True
            self.action(widget)
        elif self._left <= 0:
            self._timer.stop()


@pytest.fixture
def modal() -> Iterator[Callable[..., ModalDriver]]:
    """``modal(DialogClass, action)`` before the click that opens the dialog."""
    drivers: list[ModalDriver] = []

    def arm(cls: type[QWidget], action: Callable[[QWidget], None], timeout_ms: int = 5000) -> ModalDriver:
        driver = ModalDriver(cls, action, timeout_ms)
        drivers.append(driver)
        return driver

    yield arm
    for driver in drivers:
        driver._timer.stop()


STRONG_PASSWORD = "Mật-khẩu-thử-2026"


@pytest.fixture
def sign_in_as() -> Callable[..., None]:
    """``sign_in_as(ws, "bao.cao", Role.UNIT_REPORTER, unit_id)``: make the account
    (the first one is the administrator) and sign the workspace in with it."""
    from tnapp.domain.permissions import Actor
    from tnapp.domain.vocab import Role

    def sign_in(ws: Workspace, username: str = "quantri", role=None, unit_id: int | None = None) -> None:
        role = role or Role.ADMIN
        if not ws.accounts.has_users():
            ws.accounts.create_first_admin("quantri", "Quản Trị Viên", STRONG_PASSWORD)
        if username != "quantri":
            ws.sign_in(Actor("quantri", Role.ADMIN))
            ws.accounts.create_user(username, "Người Dùng Thử", role, STRONG_PASSWORD, unit_id)
        ws.sign_in(ws.accounts.authenticate(username, STRONG_PASSWORD))

    return sign_in
