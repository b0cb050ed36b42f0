"""Starting the GUI: the Qt application, the language, the database, the window.

``run()`` is what ``tnapp`` without a subcommand calls. The database is opened
the same way as the CLI opens it: ``--db``/``TNAPP_DB``/the default file, or
with ``--demo`` the demo database, filled on first use.

The login dialog shows as soon as Qt is up, and the user types in it while
a worker thread imports the database layer (SQLAlchemy, the models, Alembic:
most of the start-up time, see ``bench/startup.py``), opens the database,
checks it and backs it up (``prepare``, no Qt). "Đăng nhập" pressed before
that waits for it. What needs asking (an error, a damaged file, an empty
database, no accounts yet) closes the login dialog and goes on as before on
the UI thread (``finish_opening``, ``sign_in``).

The workspace crosses threads once: the worker has finished with it (its
connections back in the pool) before the UI thread, after joining the worker,
uses it; see ``tnapp.storage.engine.make_engine`` for the SQLite side.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tnapp.errors import TNAppError
from tnapp.paths import APP_NAME
from tnapp.ui.i18n import install_translators, remove_translators, saved_language, settings, use_vietnamese_locale
from tnapp.ui.icons import app_icon
from tnapp.ui.messages import show_error

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace
    from tnapp.ui.login import LoginDialog
    from tnapp.ui.main_window import MainWindow

EXIT_ERROR = 2
MORE_TO_ASK = 2  # the login dialog's result when opening needs other dialogs first
log = logging.getLogger("tnapp.ui")
LAST_DATABASE_KEY = "files/last_database"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with TNApp's name, icon, locale and chosen language."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setWindowIcon(app_icon())
    use_vietnamese_locale()
    language = saved_language()
    app.setProperty("tnapp_language", language)
    remove_translators(app, getattr(app, "tnapp_translators", []))
    app.tnapp_translators = install_translators(app, language)  # kept alive with the app
    return app


def starting_database(db: str | None, demo: bool) -> str | None:
    """The database to open: the one asked for (``--db``, ``--demo``, ``TNAPP_DB``),
    else the file worked in last time when it is still there, else the default file."""
    if db is not None or demo or os.environ.get("TNAPP_DB"):
        return db
    last = settings().value(LAST_DATABASE_KEY, "")
    return last if last and Path(last).is_file() else None


def remember_database(ws: Workspace) -> None:
    """Keep the SQLite file worked in for the next start (a server address is not kept)."""
    from tnapp.storage.engine import sqlite_path

    path = sqlite_path(ws.url)
    if path is not None:
        settings().setValue(LAST_DATABASE_KEY, str(path))


def open_database(db: str | None, demo: bool) -> Workspace:
    """The workspace, as the CLI opens it; raises TNAppError with the reason."""
    from tnapp.services.opening import open_workspace as open_for_user  # the heavy part, after Qt is up

    return open_for_user(db, demo)


@dataclass
class Opened:
    """What opening the database found, before anything is asked."""

    ws: Workspace | None = None
    error: TNAppError | None = None
    problem: str | None = None  # what the quick check found in a damaged file
    backup_error: TNAppError | None = None  # why the start-up backup failed
    has_commune: bool = False
    has_users: bool = False

    @property
    def ready_to_sign_in(self) -> bool:
        return self.ws is not None and self.problem is None and self.has_commune and self.has_users


def prepare(db: str | None, demo: bool) -> Opened:
    """Open the database, its quick check and start-up backup, and what the
    start must ask next. No Qt: it runs in the opening thread."""
    from tnapp.ui.safety import quick_check_and_backup

    try:
        ws = open_database(db, demo)
    except TNAppError as exc:
        return Opened(error=exc)
    try:
        problem, backup_error = quick_check_and_backup(ws)
        if problem is not None:
            return Opened(ws, problem=problem)
        has_commune = ws.commune.find() is not None
        return Opened(ws, backup_error=backup_error, has_commune=has_commune,
                      has_users=has_commune and ws.accounts.has_users())
    except TNAppError as exc:
        ws.close()
        return Opened(error=exc)
    except BaseException:
        ws.close()
        raise


def finish_opening(opened: Opened) -> Workspace | None:
    """On the UI thread: the database to work in, or None (after telling the
    user why) when it cannot be opened or the user leaves the first-run dialog;
    a damaged file first gets the offer of its latest backup."""
    from tnapp.ui.safety import offer_restore

    if opened.error is not None:
        show_error(None, opened.error)
        return None
    ws = opened.ws
    assert ws is not None
    if opened.backup_error is not None:
        show_error(None, opened.backup_error)
    if opened.problem is not None:
        offer_restore(ws, opened.problem)
    elif opened.has_commune:
        return ws
    if not ready(ws):
        ws.close()
        return None
    return ws


def open_workspace(db: str | None, demo: bool) -> Workspace | None:
    """``prepare`` and ``finish_opening`` in one go, on the UI thread."""
    return finish_opening(prepare(db, demo))


def ready(ws: Workspace) -> bool:
    """A database with a commune; an empty one goes through the first-run dialog."""
    from tnapp.ui.first_run import FirstRunDialog

    try:
        if ws.commune.find() is not None:
            return True
    except TNAppError as exc:
        show_error(None, exc)
        return False
    return bool(FirstRunDialog(ws).exec())


class Opening(QObject):
    """``prepare`` in a worker thread behind the login dialog: when it is done,
    the dialog gets the workspace, or is closed with MORE_TO_ASK."""

    _done = Signal()  # emitted in the worker thread, delivered (queued) in the UI thread

    def __init__(self, db: str | None, demo: bool, login: LoginDialog) -> None:
        super().__init__()
        self.login = login
        self._outcome: Opened | BaseException | None = None
        self._collected = False
        self._thread = threading.Thread(target=self._work, args=(db, demo), name="tnapp-opening", daemon=True)

    def start(self) -> None:
        from PySide6.QtCore import Qt  # loading the Qt namespace waits until the login dialog is painted

        self._done.connect(self._arrived, Qt.ConnectionType.QueuedConnection)
        self._thread.start()

    def _work(self, db: str | None, demo: bool) -> None:
        try:
            self._outcome = prepare(db, demo)
        except BaseException as exc:  # noqa: BLE001 - raised again on the UI thread by result()
            self._outcome = exc
        self._done.emit()

    @Slot()
    def _arrived(self) -> None:
        if self._collected or not self.login.isVisible():  # the user left while it was opening
            return
        outcome = self._outcome
        if isinstance(outcome, Opened) and outcome.ready_to_sign_in:
            self.login.set_workspace(outcome.ws)
        else:
            self.login.done(MORE_TO_ASK)

    def result(self) -> Opened:
        """What opening found, waiting for it if need be; the thread is joined,
        so all it did is visible to the caller."""
        self._thread.join()
        self._collected = True
        if isinstance(self._outcome, BaseException):
            raise self._outcome
        assert self._outcome is not None
        return self._outcome


class Session:
    """The open database and its window; "Mở cơ sở dữ liệu…" swaps both, and
    signing out hides the window until someone signs in again."""

    def __init__(self, ws: Workspace) -> None:
        from tnapp.ui.safety import BackupScheduler

        self.ws = ws
        self.window = self._window(ws)
        self.backups = BackupScheduler(ws)

    def _window(self, ws: Workspace) -> MainWindow:
        from tnapp.ui.main_window import MainWindow

        language = QApplication.instance().property("tnapp_language") or "vi"
        window = MainWindow(ws, language)
        window.database_chosen.connect(self.switch)
        window.sign_out_requested.connect(self.sign_out)
        return window

    def _replace_window(self) -> None:
        old_window = self.window
        self.window = self._window(self.ws)
        self.window.setGeometry(old_window.geometry())
        self.window.show()
        old_window.close()
        old_window.deleteLater()

    def sign_out(self) -> None:
        """Hide the window, sign in again (a new window: the new user's rights), or quit."""
        from tnapp.ui.login import sign_in

        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)  # the window is hidden while the login dialog is up
        self.ws.sign_out()
        self.window.hide()
        try:
            if not sign_in(self.ws):
                self.window.close()
                app.quit()
                return
            self._replace_window()
        finally:
            app.setQuitOnLastWindowClosed(True)

    def switch(self, path: str) -> None:
        from tnapp.ui.login import sign_in

        try:
            ws = open_database(path, demo=False)
        except TNAppError as exc:
            show_error(self.window, exc)
            return
        if not ready(ws) or not sign_in(ws, self.window):
            ws.close()
            return
        old_ws = self.ws
        self.ws = self.backups.ws = ws
        self._replace_window()
        old_ws.close()
        remember_database(ws)

    def close(self) -> None:
        self.backups.at_exit()
        self.ws.close()


def show_fitted(window: MainWindow) -> None:
    """Where and as large as it was last closed; the first time maximised on a
    laptop-sized screen (1366×768 and the like), else at its own size."""
    if window.restore_geometry():
        window.show()
        return
    screen = window.screen().availableGeometry()
    if screen.width() < 1440 or screen.height() < 900:
        window.setGeometry(screen)  # also where no window manager maximises
        window.showMaximized()
    else:
        window.show()


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An unexpected error in a slot: logged with its traceback, shown in one line."""
    log.error("unexpected error in the GUI", exc_info=(kind, exc, tb))
    QMessageBox.critical(QApplication.activeWindow(), QCoreApplication.translate("App", "Lỗi không mong đợi"),
                         QCoreApplication.translate("App", "Đã xảy ra lỗi không mong đợi: {error}. Chi tiết được "
                                                          "ghi vào tệp tnapp.log.").format(
                             error=f"{kind.__name__}: {exc}"))


def run(db: str | None, demo: bool) -> int:
    app = create_application()
    db = starting_database(db, demo)
    from tnapp.ui.login import LoginDialog, complete_sign_in, sign_in

    login = LoginDialog(None)
    opening = Opening(db, demo, login)
    login.setModal(True)  # as exec() would: it is shown before
    login.show()
    login.repaint()  # painted before the worker competes for the interpreter
    app.processEvents()
    opening.start()
    answer = login.exec() if login.isVisible() else login.result()  # left already while it was first painted
    opened = opening.result()  # the user may have left while it was opening
    if answer == QDialog.DialogCode.Rejected:
        if opened.ws is not None:
            opened.ws.close()
        return 0
    if answer == QDialog.DialogCode.Accepted:
        ws = opened.ws
        signed_in = complete_sign_in(ws, login.actor) or sign_in(ws)
    else:
        ws = finish_opening(opened)
        if ws is None:
            return EXIT_ERROR
        signed_in = sign_in(ws)
    if not signed_in:
        ws.close()
        return 0
    sys.excepthook = _excepthook
    if not demo:
        remember_database(ws)
    session = Session(ws)
    show_fitted(session.window)
    try:
        return app.exec()
    finally:
        session.close()
