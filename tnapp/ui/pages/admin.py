"""Quản trị: which database is open, who is acting, the dated settings; and,
by permission, the accounts, the audit log and the backups (each its own tab)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from tnapp.domain.permissions import Permission
from tnapp.services.changes import Data
from tnapp.services.workspace import Workspace
from tnapp.ui.changes import follow
from tnapp.ui.labels import tr_label
from tnapp.ui.pages.admin_settings import SettingsPanel
from tnapp.ui.pages.base import Page, heading, paragraph


# Who reaches the Quản trị area at all: anyone with one of these.
ADMIN_PERMISSIONS = (Permission.MANAGE_USERS, Permission.VIEW_AUDIT, Permission.MAINTAIN_DATABASE,
                     Permission.MANAGE_SETTINGS)


def can_administer(ws: Workspace) -> bool:
    return any(ws.actor.can(p) for p in ADMIN_PERMISSIONS)


class AdminPage(Page):
    """The settings, the accounts and the audit log follow the workspace's changes (each
    re-reads, when in view, after a write to what it shows); the backups, files on
    disk, are re-read when their tab is shown."""

    database_replaced = Signal()  # a backup was restored over the open database
    follows_changes = True

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("Quản trị")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        outer.addWidget(self.tabs, 1)
        general = QWidget()
        self.tabs.addTab(general, self.tr("Cơ sở dữ liệu và thiết lập"))
        layout = QVBoxLayout(general)
        form = QFormLayout()
        self.location = QLabel(ws.location)
        self.schema = QLabel(ws.schema.head)
        self.user = QLabel(self.tr("{user} – vai trò: {role}").format(user=ws.actor.username,
                                                                       role=tr_label(ws.actor.role)))
        for label in (self.location, self.schema, self.user):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Cơ sở dữ liệu:"), self.location)
        form.addRow(self.tr("Phiên bản lược đồ:"), self.schema)
        form.addRow(self.tr("Người dùng:"), self.user)
        layout.addLayout(form)

        layout.addWidget(heading(self.tr("Thiết lập có hiệu lực theo ngày"), level=2))
        layout.addWidget(paragraph(self.tr("Mỗi thiết lập áp dụng từ ngày hiệu lực cho đến khi có giá trị mới. "
                                           "Dòng «chưa xác nhận» (nền vàng) cần đối chiếu văn bản gốc trước khi dùng; "
                                           "đưa chuột lên dòng để xem căn cứ.")))
        self.settings_panel = SettingsPanel(ws)
        self.model = self.settings_panel.model
        layout.addWidget(self.settings_panel, 1)
        follow(self.settings_panel, ws, (Data.SETTINGS, Data.AWARDS), self.settings_panel.refresh)
        self.users_tab = self.audit_tab = self.backup_tab = None
        self._read = {id(general)}  # the tabs read so far
        self._add_tabs()
        self.tabs.currentChanged.connect(self._tab_shown)
        self.refresh()

    def _add_tabs(self) -> None:
        """Each tab only for who may use it (the services refuse the others anyway)."""
        from tnapp.ui.pages.admin_audit import AuditTab
        from tnapp.ui.pages.admin_backup import BackupTab
        from tnapp.ui.pages.admin_users import UsersTab

        if self.ws.actor.can(Permission.MANAGE_USERS):
            self.users_tab = UsersTab(self.ws)
            self.tabs.addTab(self.users_tab, self.tr("Tài khoản"))
            follow(self.users_tab, self.ws, (Data.ACCOUNTS, Data.COMMUNE), self.users_tab.refresh)
        if self.ws.actor.can(Permission.VIEW_AUDIT):
            self.audit_tab = AuditTab(self.ws)
            self.tabs.addTab(self.audit_tab, self.tr("Nhật ký thay đổi"))
            follow(self.audit_tab, self.ws, (Data.ACCOUNTS,), self.audit_tab.refresh)  # every write is logged
        if self.ws.actor.can(Permission.MAINTAIN_DATABASE):
            self.backup_tab = BackupTab(self.ws)
            self.backup_tab.database_replaced.connect(self.database_replaced)
            self.tabs.addTab(self.backup_tab, self.tr("Sao lưu"))

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)

    def _tab_shown(self) -> None:
        """A tab is read when first shown, the backups (files on disk) each time."""
        tab = self.tabs.currentWidget()
        if tab is not None and (tab is self.backup_tab or id(tab) not in self._read):
            self._read.add(id(tab))
            tab.refresh()

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if current in (self.users_tab, self.audit_tab, self.backup_tab) and current is not None:
            current.refresh()
        else:
            self.settings_panel.refresh()
