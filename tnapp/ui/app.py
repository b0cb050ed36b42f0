"""Starting the GUI: the Qt application, the language, the database, the window.

``run()`` is what ``tnapp`` without a subcommand calls. The database is opened
the same way as the CLI opens it: ``--db``/``TNAPP_DB``/the default file, or
with ``--demo`` the demo database, filled on first use.

A splash screen shows as soon as Qt is up; the database layer (SQLAlchemy,
the models, Alembic) is imported only after it, since loading it is most of
the start-up time (see ``bench/startup.py``).
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QVBoxLayout, QWidget

from tnapp.errors import TNAppError
from tnapp.paths import APP_NAME
from tnapp.ui.i18n import install_translators, remove_translators, saved_language, use_vietnamese_locale
from tnapp.ui.icons import app_icon
from tnapp.ui.messages import show_error

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace
    from tnapp.ui.main_window import MainWindow

EXIT_ERROR = 2
log = logging.getLogger("tnapp.ui")


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


def show_splash(app: QApplication) -> QWidget:
    """The icon and "Đang mở cơ sở dữ liệu…", painted at once while the
    database layer loads. (Not QSplashScreen: it waits up to a second for the
    window system on some platforms, longer than the load itself.)"""
    splash = QWidget(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    splash.setObjectName("splash")
    splash.setStyleSheet("QWidget#splash { background: white; border: 2px solid #b71c1c; }")
    picture = QLabel()
    picture.setPixmap(app_icon().pixmap(128, 128))
    picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
    text = QLabel(QCoreApplication.translate("App", "Đang mở cơ sở dữ liệu…"))
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout = QVBoxLayout(splash)
    layout.setContentsMargins(32, 24, 32, 20)
    layout.addWidget(picture)
    layout.addWidget(text)
    splash.show()
    splash.repaint()
    app.processEvents()
    return splash


def open_database(db: str | None, demo: bool) -> Workspace:
    """The workspace, as the CLI opens it; raises TNAppError with the reason."""
    from tnapp.services.opening import open_workspace as open_for_user  # the heavy part, after the splash

    return open_for_user(db, demo)


def open_workspace(db: str | None, demo: bool, splash: QWidget | None = None) -> Workspace | None:
    """The database to work in, or None (after telling the user why) when it
    cannot be opened or the user leaves the first-run dialog. The splash is
    closed before anything is asked or shown."""
    from tnapp.ui.safety import check_at_start

    try:
        ws = open_database(db, demo)
    except TNAppError as exc:
        if splash is not None:
            splash.close()
        show_error(None, exc)
        return None
    check_at_start(ws, splash)
    if not ready(ws, splash):
        ws.close()
        return None
    return ws


def ready(ws: Workspace, splash: QWidget | None = None) -> bool:
    """A database with a commune; an empty one goes through the first-run dialog."""
    from tnapp.ui.first_run import FirstRunDialog

    try:
        if ws.commune.find() is not None:
            return True
    except TNAppError as exc:
        if splash is not None:
            splash.close()
        show_error(None, exc)
        return False
    if splash is not None:
        splash.close()
    return bool(FirstRunDialog(ws).exec())


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

    def close(self) -> None:
        self.backups.at_exit()
        self.ws.close()


def show_fitted(window: QWidget) -> None:
    """Maximised on a laptop-sized screen (1366×768 and the like), else at its own size."""
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
    splash = show_splash(app)
    ws = open_workspace(db, demo, splash)
    if ws is None:
        return EXIT_ERROR
    from tnapp.ui.login import sign_in

    splash.close()
    if not sign_in(ws):
        ws.close()
        return 0
    sys.excepthook = _excepthook
    session = Session(ws)
    show_fitted(session.window)
    splash.close()
    try:
        return app.exec()
    finally:
        session.close()
