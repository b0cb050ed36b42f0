"""``tnapp user add|list|reset``: accounts, headless.

The CLI acts as the local operator (administrator): whoever can open the
SQLite file can change it anyway. A password is read with getpass from the
keyboard, or as the first line of standard input (UTF-8) when it is piped; never
from the command line, where other users of the computer could see it.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from tnapp.commands.common import open_workspace, print_json, print_table
from tnapp.domain.formatting import format_date
from tnapp.domain.vocab import Role
from tnapp.errors import TNAppError


def _piped_line() -> str:
    """The first line of piped standard input, read as UTF-8 (a byte-order
    mark dropped), never in the console's ANSI code page."""
    if sys.stdin is None:
        return ""
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # already text (an in-memory stream)
        return sys.stdin.readline()
    try:
        return raw.readline().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TNAppError("Mật khẩu đưa vào đầu vào chuẩn không phải văn bản UTF-8; chưa thay đổi gì. "
                         "Hãy lưu tệp mật khẩu dạng UTF-8.") from exc


def read_password(prompt: str = "Mật khẩu: ") -> str:
    """From the keyboard (asked twice), or the first line of piped standard input."""
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if first != getpass.getpass("Nhập lại mật khẩu: "):
            raise TNAppError("Hai lần nhập mật khẩu không khớp; chưa thay đổi gì.")
        password = first
    else:
        password = _piped_line().rstrip("\r\n")
    if not password:
        raise TNAppError("Chưa có mật khẩu: hãy gõ khi được hỏi, hoặc đưa vào đầu vào chuẩn "
                         "(ví dụ: tnapp user add ten < tep-mat-khau).")
    return password


def cmd_add(args: argparse.Namespace) -> int:
    role = Role(args.role)
    with open_workspace(args) as ws:
        unit_id = ws.units.by_code(args.unit).id if args.unit else None
        password = read_password()
        row = ws.accounts.create_user(args.username, args.name or args.username, role, password, unit_id)
    print(f"Đã tạo tài khoản «{row.username}» ({row.role_label}"
          + (f", {row.unit_name}" if row.unit_name else "") + "); lần đăng nhập đầu phải đổi mật khẩu.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        rows = ws.accounts.list_users()
    if args.json:
        print_json(rows)
    else:
        print_table(("Tên đăng nhập", "Họ và tên", "Vai trò", "Đơn vị", "Hoạt động", "Đăng nhập lần cuối"),
                    [(r.username, r.full_name, r.role_label, r.unit_name, "có" if r.active else "không",
                      format_date(r.last_login_at.date()) if r.last_login_at else "") for r in rows])
    return 0


def cmd_reset(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        ws.accounts.get(args.username)  # an unknown name is refused before asking for a password
        row = ws.accounts.reset_password(args.username, read_password("Mật khẩu mới: "))
    print(f"Đã đặt lại mật khẩu của «{row.username}»; lần đăng nhập tới phải đổi mật khẩu.")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    user = sub.add_parser("user", help="tài khoản người dùng (thêm, danh sách, đặt lại mật khẩu)")
    actions = user.add_subparsers(dest="user_command", metavar="VIỆC", required=True, parser_class=type(user))

    p = actions.add_parser("add", help="thêm tài khoản; mật khẩu gõ khi được hỏi hoặc từ đầu vào chuẩn")
    p.add_argument("username", metavar="TÊN_ĐĂNG_NHẬP")
    p.add_argument("--role", required=True, choices=[r.value for r in Role], help="vai trò")
    p.add_argument("--unit", metavar="MÃ", help="mã đơn vị (bắt buộc với vai trò unit_reporter)")
    p.add_argument("--name", metavar="HỌ_TÊN", help="họ và tên (mặc định: tên đăng nhập)")
    p.set_defaults(func=cmd_add)

    p = actions.add_parser("list", help="danh sách tài khoản")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.set_defaults(func=cmd_list)

    p = actions.add_parser("reset", help="đặt lại mật khẩu (người dùng phải đổi khi đăng nhập)")
    p.add_argument("username", metavar="TÊN_ĐĂNG_NHẬP")
    p.set_defaults(func=cmd_reset)
