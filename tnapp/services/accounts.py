"""Accounts: the first administrator, signing in with lockout, and user administration.

Passwords are checked by :mod:`tnapp.domain.passwords` (strength, scrypt).
A failed sign-in says the same thing whether the username exists or not,
takes as long, and is recorded in the audit log as an action.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tnapp.domain.passwords import DUMMY_HASH, hash_password, needs_rehash, require_strong, verify_password
from tnapp.domain.permissions import Actor, Permission
from tnapp.domain.text import nfc
from tnapp.domain.vocab import Role
from tnapp.errors import NotFoundError, PermissionDenied, TNAppError, ValidationError
from tnapp.i18n import _
from tnapp.models import Unit, User
from tnapp.models.accounts import AuditEntry
from tnapp.models.base import utcnow
from tnapp.services.base import Service
from tnapp.services.settings import setting_value

USERNAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{2,63}")
DEFAULT_MAX_FAILURES, DEFAULT_LOCKOUT_MINUTES = 5, 15
SIGN_IN_REFUSED = ("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa tạm thời "
                   "(sau {failures} lần nhập sai liên tiếp, tài khoản bị khóa {minutes} phút).")


class SignInRefused(TNAppError):
    """A failed sign-in; the message never tells which part was wrong."""


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    role: Role
    unit_id: int | None
    unit_name: str | None
    active: bool
    locked_until: dt.datetime | None
    must_change_password: bool
    last_login_at: dt.datetime | None
    version: int
    role_label: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "role_label", self.role.label)

    @property
    def locked(self) -> bool:
        return self.locked_until is not None and self.locked_until > utcnow()


def _row(user: User, unit_name: str | None) -> UserRow:
    return UserRow(user.id, user.username, user.full_name, user.role, user.unit_id, unit_name, user.active,
                   user.locked_until, user.must_change_password, user.last_login_at, user.version)


def clean_username(username: str) -> str:
    return nfc(username or "").lower()


def _log(session: Session, action: str, username: str, user: User | None, details: dict | None = None) -> None:
    """A sign-in event in the audit log (also for a username that does not exist)."""
    session.add(AuditEntry(username=username[:64] or "?", action=action, entity=User.__tablename__,
                           entity_id=user.id if user else None, label=username[:200] or "?",
                           unit_id=user.unit_id if user else None, after=details))


class AccountService(Service):
    # --- before anyone is signed in --------------------------------------------------------

    def has_users(self) -> bool:
        """Whether the database has accounts (if not, the GUI asks for the first administrator)."""
        with self.ws.write(Permission.READ, actor=Actor.system()) as session:
            return session.scalar(select(User.id).limit(1)) is not None

    def create_first_admin(self, username: str, full_name: str, password: str) -> Actor:
        """The first account, an administrator; refused once any account exists."""
        name = self._valid_username(username)
        require_strong(password, name)
        actor = Actor(name, Role.ADMIN)
        with self.ws.write(Permission.MANAGE_USERS, reason="Tạo tài khoản quản trị đầu tiên", actor=actor) as session:
            if session.scalar(select(User.id).limit(1)) is not None:
                raise PermissionDenied(_("Cơ sở dữ liệu đã có tài khoản; hãy đăng nhập, rồi nhờ quản trị viên tạo "
                                         "tài khoản mới."))
            session.add(self._new_user(name, full_name, Role.ADMIN, None, password, must_change=False))
        return actor

    def authenticate(self, username: str, password: str) -> Actor:
        """The actor of a correct username and password; otherwise ``SignInRefused``
        (the same message for an unknown name, a wrong password, a locked or
        deactivated account). Failures are counted; too many lock the account."""
        name = clean_username(username)
        attempt = Actor(name[:64] or "?", Role.UNIT_REPORTER)
        with self.ws.write(Permission.READ, reason="Đăng nhập", actor=attempt) as session:
            failures, minutes = self._lockout_rule(session)
            user = session.scalar(select(User).where(User.username == name))
            matches = verify_password(password, user.password_hash if user is not None else DUMMY_HASH)
            now = utcnow()
            actor: Actor | None = None
            if user is not None and user.locked_until is not None and user.locked_until > now:
                _log(session, "login_locked", name, user)
            elif user is None or not user.active or not matches:
                if user is not None:
                    user.failed_logins += 1
                    if user.failed_logins >= failures:
                        user.failed_logins = 0
                        user.locked_until = now + dt.timedelta(minutes=minutes)
                        _log(session, "lock", name, user, {"minutes": minutes})
                _log(session, "login_failed", name, user)
            else:
                user.failed_logins, user.locked_until, user.last_login_at = 0, None, now
                if needs_rehash(user.password_hash):
                    user.password_hash = hash_password(password)
                _log(session, "login", name, user)
                actor = Actor(user.username, user.role, user.unit_id)
        if actor is None:  # raised after the commit, so the failure stays counted
            raise SignInRefused(SIGN_IN_REFUSED.format(failures=failures, minutes=minutes))
        return actor

    # --- the signed-in user ------------------------------------------------------------------

    def current(self) -> UserRow | None:
        """The signed-in user's account (``None`` for the local operator of the CLI)."""
        return self._find_row(self.ws.actor.username) if self.ws.actor.signed_in else None

    def change_password(self, old_password: str, new_password: str) -> None:
        """The signed-in user's own password; clears "must change"."""
        self.ws.require(Permission.READ)
        name = self.ws.actor.username
        with self.ws.write(Permission.READ, reason="Đổi mật khẩu") as session:
            user = session.scalar(select(User).where(User.username == name))
            if user is None:
                raise NotFoundError(_("«{name}» không phải là tài khoản trong cơ sở dữ liệu này.", name=name))
            if not verify_password(old_password, user.password_hash):
                raise ValidationError(_("Mật khẩu hiện tại không đúng."), field="old_password")
            if old_password == new_password:
                raise ValidationError(_("Mật khẩu mới phải khác mật khẩu hiện tại."), field="new_password")
            require_strong(new_password, name, field="new_password")
            user.password_hash = hash_password(new_password)
            user.must_change_password = False

    # --- administration -------------------------------------------------------------------------

    def list_users(self) -> list[UserRow]:
        self.ws.require(Permission.MANAGE_USERS)
        with self.ws.read() as session:
            rows = session.execute(select(User, Unit.name).outerjoin(Unit, Unit.id == User.unit_id)
                                   .order_by(User.username)).all()
            return [_row(user, unit_name) for user, unit_name in rows]

    def get(self, username: str) -> UserRow:
        self.ws.require(Permission.MANAGE_USERS)
        row = self._find_row(username)
        if row is None:
            raise NotFoundError(_("Không có tài khoản «{username}».", username=username))
        return row

    def create_user(self, username: str, full_name: str, role: Role, password: str,
                    unit_id: int | None = None) -> UserRow:
        """A new account; the person must change the password at the first sign-in."""
        name = self._valid_username(username)
        with self.ws.write(Permission.MANAGE_USERS) as session:
            if session.scalar(select(User.id).where(func.lower(User.username) == name)) is not None:
                raise ValidationError(_("Tên đăng nhập «{name}» đã có.", name=name), field="username")
            require_strong(password, name)
            session.add(self._new_user(name, full_name, role, self._valid_unit(session, role, unit_id), password,
                                       must_change=True))
        return self.get(name)

    def reset_password(self, username: str, new_password: str) -> UserRow:
        """An administrator sets a new password; the person must change it at the next sign-in."""
        with self.ws.write(Permission.MANAGE_USERS, reason="Đặt lại mật khẩu") as session:
            user = self._load(session, username)
            require_strong(new_password, user.username)
            user.password_hash = hash_password(new_password)
            user.must_change_password = True
            user.failed_logins, user.locked_until = 0, None
        return self.get(username)

    def set_active(self, username: str, active: bool, expected_version: int | None = None) -> UserRow:
        """Deactivate (the account can no longer sign in; its history stays) or reactivate."""
        with self.ws.write(Permission.MANAGE_USERS) as session:
            user = self._load(session, username)
            self.ws.check_version(user, expected_version)
            if not active and user.username == self.ws.actor.username:
                raise ValidationError(_("Không thể tự khóa tài khoản đang dùng."), field="active")
            if not active and user.role is Role.ADMIN and user.active:
                others = session.scalar(select(func.count()).select_from(User).where(
                    User.role == Role.ADMIN, User.active.is_(True), User.id != user.id))
                if not others:
                    raise ValidationError(_("Phải còn ít nhất một tài khoản quản trị đang hoạt động."), field="active")
            user.active = active
        return self.get(username)

    # --- helpers ------------------------------------------------------------------------------------

    def _find_row(self, username: str) -> UserRow | None:
        with self.ws.read() as session:
            found = session.execute(select(User, Unit.name).outerjoin(Unit, Unit.id == User.unit_id)
                                    .where(User.username == clean_username(username))).first()
            return _row(*found) if found else None

    @staticmethod
    def _load(session: Session, username: str) -> User:
        user = session.scalar(select(User).where(User.username == clean_username(username)))
        if user is None:
            raise NotFoundError(_("Không có tài khoản «{username}».", username=username))
        return user

    @staticmethod
    def _lockout_rule(session: Session) -> tuple[int, int]:
        values = []
        for key, default in (("login.max_failures", DEFAULT_MAX_FAILURES),
                             ("login.lockout_minutes", DEFAULT_LOCKOUT_MINUTES)):
            try:
                values.append(max(1, int(setting_value(session, key))))  # type: ignore[arg-type]
            except (TNAppError, TypeError, ValueError):
                values.append(default)
        return values[0], values[1]

    @staticmethod
    def _valid_username(username: str) -> str:
        name = clean_username(username)
        if not USERNAME_PATTERN.fullmatch(name):
            raise ValidationError(_("Tên đăng nhập gồm 3–64 ký tự: chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc "
                                    "gạch dưới (ví dụ «nguyen.van.a»)."), field="username")
        return name

    @staticmethod
    def _valid_unit(session: Session, role: Role, unit_id: int | None) -> int | None:
        if role is not Role.UNIT_REPORTER:
            return None
        if unit_id is None:
            raise ValidationError(_("Cán bộ báo cáo của đơn vị phải gắn với một đơn vị."), field="unit_id")
        if session.get(Unit, unit_id) is None:
            raise ValidationError(_("Không có đơn vị #{unit_id}.", unit_id=unit_id), field="unit_id")
        return unit_id

    @staticmethod
    def _new_user(name: str, full_name: str, role: Role, unit_id: int | None, password: str,
                  must_change: bool) -> User:
        full = nfc(full_name or "")
        if not full:
            raise ValidationError(_("Họ và tên không được để trống."), field="full_name")
        if len(full) > 100:
            raise ValidationError(_("Họ và tên tối đa 100 ký tự."), field="full_name")
        return User(username=name, full_name=full, role=role, unit_id=unit_id, password_hash=hash_password(password),
                    active=True, failed_logins=0, must_change_password=must_change)
