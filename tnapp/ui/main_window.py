"""The main window: the work areas on the left, the chosen area's page on the
right (each page is built the first time it is shown)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QStackedWidget,
    QToolButton, QWidget,
)

from tnapp import __version__
from tnapp.errors import TNAppError
from tnapp.ui.areas import AREAS, Area
from tnapp.ui.files import open_file
from tnapp.ui.help import HelpDialog
from tnapp.ui.i18n import save_language, settings
from tnapp.ui.icons import icon
from tnapp.ui.labels import tr_label
from tnapp.ui.messages import show_error, show_info
from tnapp.ui.pages.base import Page

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace

DATABASE_FILTER = "SQLite (*.sqlite *.sqlite3 *.db)"
GEOMETRY_KEY = "window/geometry"
# Each language named, and its change confirmed, in that language itself (whatever the interface's).
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}
NEXT_START = {"vi": "Ngôn ngữ mới sẽ được dùng từ lần mở TNApp sau.",
              "en": "The new language will be used from the next time TNApp opens."}


class MainWindow(QMainWindow):
    database_chosen = Signal(str)  # a file to open instead of the current database
    sign_out_requested = Signal()

    def __init__(self, ws: Workspace, language: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.language = language
        self._pages: dict[str, Page] = {}
        commune = ws.commune.current()
        self.setWindowTitle(self.tr("TNApp – xã {name}").format(name=commune.name))
        self.resize(1280, 720)
        self.setMinimumSize(960, 600)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setFixedWidth(212)
        for number, area in enumerate(AREAS, start=1):
            item = QListWidgetItem(icon(f"nav/{area.key}"), area.tr_title())
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            item.setToolTip(f"{area.tr_summary()} (Ctrl+{number})")
            item.setSizeHint(QSize(200, 36))
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.nav.currentRowChanged.connect(lambda row: self.show_area(AREAS[row].key))

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self._build_shortcuts()
        self._build_status_bar(commune.is_demo)
        for row, area in enumerate(AREAS):
            self.nav.item(row).setHidden(not self.may_enter(area.key))
        self.nav.setCurrentRow(0)

    def may_enter(self, key: str) -> bool:
        """Whether the acting user may open area ``key`` (only Quản trị is restricted)."""
        if key != "admin":
            return True
        from tnapp.ui.pages.admin import can_administer

        return can_administer(self.ws)

    # --- areas ----------------------------------------------------------------------

    def show_area(self, key: str) -> Page | None:
        """Show the page of area ``key``, building it on first use, re-reading it after
        (unless its views follow the changes themselves)."""
        row = next(i for i, a in enumerate(AREAS) if a.key == key)
        if not self.may_enter(key):
            show_error(self, self.tr("Tài khoản «{user}» không được vào khu vực «{area}».").format(
                user=self.ws.actor.username, area=AREAS[row].tr_title()))
            return self.current_page()
        page = self._pages.get(key)
        try:
            if page is None:
                page = self._create_page(AREAS[row])
                self._pages[key] = page
                self.stack.addWidget(page)
            elif not page.follows_changes:
                page.refresh()
        except TNAppError as exc:  # the database went away, a lock…: stay where we were
            show_error(self, exc)
            page = self.current_page()
            if page is None:
                return None
            row = self._row_of(page)
        self.stack.setCurrentWidget(page)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        return page

    def show_place(self, key: str, place: str) -> Page | None:
        """Show area ``key`` with the part ``place`` of its page in view (a tab, a period…)."""
        page = self.show_area(key)
        if page is not None and page is self._pages.get(key):
            page.show_place(place)
        return page

    def _create_page(self, area: Area) -> Page:
        module = importlib.import_module(f"tnapp.ui.pages.{area.module}")
        page: Page = getattr(module, area.page_class)(self.ws)
        page.setObjectName(f"page_{area.key}")
        if hasattr(page, "area_requested"):
            page.area_requested.connect(self.show_area)
        if hasattr(page, "place_requested"):
            page.place_requested.connect(self.show_place)
        if hasattr(page, "database_replaced"):  # a restore: reopen it, signing in again
            page.database_replaced.connect(lambda: self.database_chosen.emit(self.ws.location))
        return page

    def current_page(self) -> Page | None:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def _row_of(self, page: Page) -> int:
        key = next(k for k, p in self._pages.items() if p is page)
        return next(i for i, a in enumerate(AREAS) if a.key == key)

    def page(self, key: str) -> Page | None:
        """The page of ``key`` if it has been built."""
        return self._pages.get(key)

    # --- menus, shortcuts, status bar -----------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        open_action = file_menu.addAction(self.tr("&Mở cơ sở dữ liệu…"))
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_database)
        file_menu.addSeparator()
        self.change_password_action = file_menu.addAction(self.tr("Đổi &mật khẩu…"), self.change_password)
        self.sign_out_action = file_menu.addAction(self.tr("Đăng &xuất"), self.sign_out_requested.emit)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("T&hoát"))
        quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        quit_action.triggered.connect(self.close)

        view_menu = self.menuBar().addMenu(self.tr("&Hiển thị"))
        # "Language" stays beside the translated word, and each language is named in itself: someone
        # who cannot read the interface's language still finds the way to their own
        language_menu = view_menu.addMenu(self.tr("Ngôn ngữ (áp dụng khi mở lại)") + " · Language")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_actions[code] = action

        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        guide = help_menu.addAction(self.tr("&Hướng dẫn sử dụng"), self.show_help)
        guide.setShortcut(QKeySequence(Qt.Key.Key_F1))
        guide.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        help_menu.addAction(self.tr("&Giới thiệu"), self.about)
        self.help_dialog: HelpDialog | None = None

    def _build_shortcuts(self) -> None:
        self.area_actions: list[QAction] = []
        for number, area in enumerate(AREAS, start=1):
            action = QAction(area.tr_title(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, k=area.key: self.show_area(k))
            self.addAction(action)
            self.area_actions.append(action)

    def _build_status_bar(self, is_demo: bool) -> None:
        bar = self.statusBar()
        self.database_label = QLabel(self.tr("Cơ sở dữ liệu: {location}").format(location=self.ws.location))
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setToolTip(self.ws.location)
        bar.addWidget(self.database_label, 1)
        self.demo_label = QLabel(self.tr("DỮ LIỆU MẪU"))
        self.demo_label.setObjectName("demoLabel")
        self.demo_label.setStyleSheet("QLabel { background: #c62828; color: white; font-weight: bold;"
                                      " padding: 1px 8px; border-radius: 3px; }")
        self.demo_label.setVisible(is_demo)
        bar.addPermanentWidget(self.demo_label)
        self.user_label = QLabel(self.tr("Người dùng: {user} ({role})").format(
            user=self.ws.actor.username, role=tr_label(self.ws.actor.role)))
        self.user_label.setObjectName("userLabel")
        bar.addPermanentWidget(self.user_label)
        self.sign_out_button = QToolButton()
        self.sign_out_button.setObjectName("signOutButton")
        self.sign_out_button.setDefaultAction(self.sign_out_action)
        bar.addPermanentWidget(self.sign_out_button)
        has_account = self.ws.accounts.current() is not None  # not so for the local operator
        for widget in (self.sign_out_button, self.sign_out_action, self.change_password_action):
            widget.setVisible(has_account)

    # --- actions ------------------------------------------------------------------------

    def restore_geometry(self) -> bool:
        """Take the size and place the window had when last closed (False: none kept)."""
        saved = settings().value(GEOMETRY_KEY)
        return bool(saved) and self.restoreGeometry(saved)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        settings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)

    def choose_database(self) -> None:
        path = open_file(self, self.tr("Mở cơ sở dữ liệu TNApp"), DATABASE_FILTER)
        if path:
            self.database_chosen.emit(path)

    def change_password(self) -> None:
        from tnapp.ui.accounts_dialogs import ChangePasswordDialog

        if ChangePasswordDialog(self.ws, parent=self).exec():
            show_info(self, self.tr("Đã đổi mật khẩu."))

    def choose_language(self, language: str) -> None:
        save_language(language)
        if language != self.language:
            show_info(self, NEXT_START[language])

    def show_help(self) -> HelpDialog:
        """The user guide at the section of the area in view (F1)."""
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        page = self.current_page()
        key = next((k for k, p in self._pages.items() if p is page), None)
        self.help_dialog.show_section(page.help_section(key) if key else None)
        return self.help_dialog

    def about(self) -> None:
        QMessageBox.about(self, self.tr("Giới thiệu TNApp"), self.tr(
            "<b>TNApp {version}</b><br>Quản lý thi đua, khen thưởng cấp xã.<br>"
            "Cơ sở dữ liệu đang mở: {location}").format(version=__version__, location=self.ws.location))
