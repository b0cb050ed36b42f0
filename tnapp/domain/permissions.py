"""Who may do what. Services check these; a hidden button is not a permission."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from enum import StrEnum

from tnapp.domain.labels import QT_TRANSLATE_NOOP as _N
from tnapp.domain.vocab import Role


class Permission(StrEnum):
    READ = "read"
    EDIT_CATALOGUE = "edit_catalogue"  # units, people, households, indicators
    ENTER_REPORTS = "enter_reports"  # a unit reporter: only their own unit
    ACCEPT_REPORTS = "accept_reports"
    EDIT_EMULATION = "edit_emulation"  # movements, ratings, initiatives, award history…
    EDIT_PROPOSALS = "edit_proposals"
    RUN_COUNCIL = "run_council"  # meetings, tallies, minutes
    ISSUE_DOCUMENTS = "issue_documents"  # take numbers from the register
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_USERS = "manage_users"
    MAINTAIN_DATABASE = "maintain_database"  # initialise, load the demo, back up, restore
    APPROVE_PROPOSALS = "approve_proposals"  # leadership signs off proposals
    VIEW_AUDIT = "view_audit"  # who changed what, when


PERMISSION_LABELS = {
    Permission.READ: _N("Permission", "xem dữ liệu"),
    Permission.EDIT_CATALOGUE: _N("Permission", "sửa danh mục"),
    Permission.ENTER_REPORTS: _N("Permission", "nhập báo cáo"),
    Permission.ACCEPT_REPORTS: _N("Permission", "duyệt báo cáo"),
    Permission.EDIT_EMULATION: _N("Permission", "sửa hồ sơ thi đua"),
    Permission.EDIT_PROPOSALS: _N("Permission", "lập đề nghị khen thưởng"),
    Permission.RUN_COUNCIL: _N("Permission", "điều hành phiên họp Hội đồng"),
    Permission.ISSUE_DOCUMENTS: _N("Permission", "lấy số văn bản"),
    Permission.MANAGE_SETTINGS: _N("Permission", "sửa thiết lập"),
    Permission.MANAGE_USERS: _N("Permission", "quản lý tài khoản"),
    Permission.MAINTAIN_DATABASE: _N("Permission", "bảo trì cơ sở dữ liệu"),
    Permission.APPROVE_PROPOSALS: _N("Permission", "phê duyệt đề nghị khen thưởng"),
    Permission.VIEW_AUDIT: _N("Permission", "xem nhật ký thay đổi"),
}

_ALL = frozenset(Permission)
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: _ALL,
    Role.OFFICE: frozenset({
        Permission.READ, Permission.EDIT_CATALOGUE, Permission.ENTER_REPORTS, Permission.ACCEPT_REPORTS,
        Permission.EDIT_EMULATION, Permission.EDIT_PROPOSALS, Permission.ISSUE_DOCUMENTS,
    }),
    Role.UNIT_REPORTER: frozenset({Permission.READ, Permission.ENTER_REPORTS}),
    Role.SECRETARY: frozenset({Permission.READ, Permission.RUN_COUNCIL, Permission.ISSUE_DOCUMENTS}),
    Role.LEADERSHIP: frozenset({Permission.READ, Permission.ACCEPT_REPORTS, Permission.APPROVE_PROPOSALS,
                                Permission.VIEW_AUDIT}),
}


@dataclass(frozen=True)
class Actor:
    """The acting user of a service call, recorded in the audit log."""

    username: str
    role: Role
    unit_id: int | None = None  # a unit reporter's own unit
    signed_in: bool = True  # False: nobody is signed in, nothing is allowed

    def can(self, permission: Permission) -> bool:
        return self.signed_in and permission in ROLE_PERMISSIONS[self.role]

    @classmethod
    def nobody(cls) -> Actor:
        """The GUI after sign-out, before the next sign-in: may do nothing."""
        return cls("chua-dang-nhap", Role.UNIT_REPORTER, signed_in=False)

    @classmethod
    def system(cls) -> Actor:
        """TNApp itself: creating the schema and loading seed data."""
        return cls("he-thong", Role.ADMIN)

    @classmethod
    def local_operator(cls) -> Actor:
        """The person logged in to this computer, acting as administrator.

        Used by the headless CLI (whoever can open the SQLite file can change
        it anyway) and by the GUI until the database has accounts.
        """
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            name = "nguoi-dung"
        return cls(f"may:{name}"[:64], Role.ADMIN)
