"""Accounts: the first administrator, strong passwords, scrypt hashes, sign-in
with lockout that never tells whether a username exists, administration, and
the ``tnapp user`` commands."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from tnapp.domain.passwords import hash_password, needs_rehash, strength_problem, verify_password
from tnapp.domain.permissions import Actor
from tnapp.domain.vocab import Role
from tnapp.errors import PermissionDenied, ValidationError
from tnapp.models.base import utcnow
from tnapp.services.accounts import SignInRefused
from tnapp.services.audit_log import AuditFilters
from tnapp.services.workspace import Workspace

PASSWORD = "Đồng-lúa-Thượng-Ninh-2026"


@pytest.mark.parametrize("password, problem", [
    ("ngan", "ít nhất 10"), ("1234567890123", "chữ số"), ("quantri-2026-x", "tên đăng nhập"),
    ("Password123", "phổ biến"), ("MATKHAU123", "phổ biến"), ("aaaaaaaaaaaa", "phổ biến"), (PASSWORD, None),
])
def test_the_strength_rule(password: str, problem: str | None) -> None:
    found = strength_problem(password, "quantri")
    assert (found is None) if problem is None else (problem in found)


def test_scrypt_hashes_carry_their_parameters_and_a_random_salt() -> None:
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first.startswith("scrypt$n=32768,r=8,p=1$") and first != second
    assert verify_password(PASSWORD, first) and not verify_password(PASSWORD + "x", first)
    weaker = hash_password(PASSWORD, n=2**10)
    assert verify_password(PASSWORD, weaker) and needs_rehash(weaker) and not needs_rehash(first)
    for broken in ("", "scrypt$", "md5$x$y$z", "scrypt$n=99999999999,r=8,p=1$AA==$AA=="):
        assert not verify_password(PASSWORD, broken)


def test_first_admin_only_once_and_only_strong(ws: Workspace) -> None:
    assert not ws.accounts.has_users()
    with pytest.raises(ValidationError, match="ít nhất 10"):
        ws.accounts.create_first_admin("quantri", "Quản Trị", "ngan")
    assert not ws.accounts.has_users()
    actor = ws.accounts.create_first_admin("QuanTri", "Quản Trị", PASSWORD)
    assert actor == Actor("quantri", Role.ADMIN) and ws.accounts.has_users()
    with pytest.raises(PermissionDenied, match="đã có tài khoản"):
        ws.accounts.create_first_admin("khac", "Người Khác", PASSWORD)


def test_sign_in_lockout_and_the_same_message_for_everything(ws: Workspace) -> None:
    ws.sign_in(ws.accounts.create_first_admin("quantri", "Quản Trị", PASSWORD))
    assert ws.accounts.authenticate(" QUANTRI ", PASSWORD).username == "quantri"
    messages = set()
    for _ in range(5):
        with pytest.raises(SignInRefused) as refused:
            ws.accounts.authenticate("quantri", "sai-mat-khau-roi")
        messages.add(str(refused.value))
    with pytest.raises(SignInRefused) as locked:  # the right password, but locked for 15 minutes
        ws.accounts.authenticate("quantri", PASSWORD)
    with pytest.raises(SignInRefused) as unknown:
        ws.accounts.authenticate("khong-co-ai", PASSWORD)
    assert messages == {str(locked.value)} == {str(unknown.value)}
    assert "5 lần" in str(locked.value) and "15 phút" in str(locked.value)
    row = ws.accounts.get("quantri")
    assert row.locked and row.locked_until > utcnow() + dt.timedelta(minutes=14)
    actions = [r.action for r in ws.audit.search(AuditFilters(entity="app_user"))]
    assert actions.count("login_failed") == 6 and "lock" in actions and "login_locked" in actions


def test_lockout_ends_and_a_reset_unlocks(ws: Workspace) -> None:
    ws.sign_in(ws.accounts.create_first_admin("quantri", "Quản Trị", PASSWORD))
    ws.accounts.create_user("ke.toan", "Kế Toán", Role.OFFICE, PASSWORD)
    for _ in range(5):
        with pytest.raises(SignInRefused):
            ws.accounts.authenticate("ke.toan", "sai-sai-sai-sai")
    row = ws.accounts.reset_password("ke.toan", "Mật-khẩu-mới-2026")
    assert not row.locked and row.must_change_password
    assert ws.accounts.authenticate("ke.toan", "Mật-khẩu-mới-2026").role is Role.OFFICE


def test_change_password_deactivate_and_no_hash_in_the_audit(ws: Workspace) -> None:
    ws.sign_in(ws.accounts.create_first_admin("quantri", "Quản Trị", PASSWORD))
    ws.accounts.create_user("thu.ky", "Thư Ký", Role.SECRETARY, PASSWORD)
    ws.sign_in(ws.accounts.authenticate("thu.ky", PASSWORD))
    with pytest.raises(ValidationError, match="hiện tại không đúng"):
        ws.accounts.change_password("sai", "Mật-khẩu-mới-2026")
    with pytest.raises(ValidationError, match="tên đăng nhập"):
        ws.accounts.change_password(PASSWORD, "thu.ky-2026-abc")
    ws.accounts.change_password(PASSWORD, "Mật-khẩu-mới-2026")
    ws.sign_in(Actor("quantri", Role.ADMIN))
    assert not ws.accounts.get("thu.ky").must_change_password
    with pytest.raises(ValidationError, match="tự khóa"):
        ws.accounts.set_active("quantri", False)
    ws.accounts.set_active("thu.ky", False)
    with pytest.raises(SignInRefused):
        ws.accounts.authenticate("thu.ky", "Mật-khẩu-mới-2026")
    for row in ws.audit.search():
        for change in row.changes:
            assert not str(change.before).startswith("scrypt$") and not str(change.after).startswith("scrypt$")


def test_a_unit_reporter_needs_a_unit_and_usernames_are_checked(demo_ws: Workspace) -> None:
    demo_ws.sign_in(Actor("quan-tri", Role.ADMIN))
    with pytest.raises(ValidationError, match="gắn với một đơn vị"):
        demo_ws.accounts.create_user("bao.cao", "Báo Cáo", Role.UNIT_REPORTER, PASSWORD)
    with pytest.raises(ValidationError, match="Tên đăng nhập"):
        demo_ws.accounts.create_user("Nguyễn A", "Nguyễn A", Role.OFFICE, PASSWORD)
    unit = demo_ws.units.list()[3]
    row = demo_ws.accounts.create_user("bao.cao", "Báo Cáo", Role.UNIT_REPORTER, PASSWORD, unit.id)
    assert (row.unit_name, row.must_change_password) == (unit.name, True)
    actor = demo_ws.accounts.authenticate("bao.cao", PASSWORD)
    assert actor == Actor("bao.cao", Role.UNIT_REPORTER, unit.id)
    assert [u.username for u in demo_ws.accounts.list_users()] == ["bao.cao"]


def _tnapp(args: list[str], db: Path, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tnapp", "--db", str(db), *args], input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_cli_user_add_list_reset_with_the_password_on_stdin(sqlite_demo: Workspace, tmp_path: Path) -> None:
    db = Path(sqlite_demo.location)
    unit = sqlite_demo.units.list()[2]
    added = _tnapp(["user", "add", "bao.cao", "--role", "unit_reporter", "--unit", unit.code, "--name", "Lê Thị Báo"],
                   db, PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert "bao.cao" in added.stdout and PASSWORD not in added.stdout
    listed = _tnapp(["user", "list", "--json"], db)
    import json
    users = json.loads(listed.stdout)
    assert [(u["username"], u["role"], u["unit_id"]) for u in users] == [("bao.cao", "unit_reporter", unit.id)]
    assert "scrypt" not in listed.stdout and "password_hash" not in listed.stdout
    weak = _tnapp(["user", "reset", "bao.cao"], db, "ngan\n")
    assert weak.returncode == 2 and "ít nhất 10" in weak.stderr
    assert _tnapp(["user", "reset", "bao.cao"], db, "Mật-khẩu-khác-2026\n").returncode == 0
    assert sqlite_demo.accounts.authenticate("bao.cao", "Mật-khẩu-khác-2026").username == "bao.cao"
    assert _tnapp(["user", "add", "x.y", "--role", "office"], db, "").returncode == 2
    assert _tnapp(["user", "add", "x.y", "--role", "office", "--password", "a"], db).returncode == 2
