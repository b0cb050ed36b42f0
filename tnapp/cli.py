"""The ``tnapp`` command. Without a subcommand it opens the GUI; the headless
subcommands call the same services and never import Qt.

Errors print one Vietnamese line and exit with status 2.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from tnapp import __version__
from tnapp.errors import TNAppError
from tnapp.paths import demo_database_path, user_data_folder
from tnapp.services.base import to_json
from tnapp.services.workspace import Workspace

EXIT_ERROR = 2
log = logging.getLogger("tnapp")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"Lỗi: tham số không hợp lệ ({message}). Xem «tnapp --help».\n")


def _print_json(data: object) -> None:
    json.dump(to_json(data), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    for line in [list(headers)] + cells:
        print("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip())


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The database named by ``--db``/``TNAPP_DB``; with ``--demo``, the demo
    database (created and filled on first use)."""
    if args.demo:
        ws = Workspace.open(args.db or demo_database_path())
        if ws.is_empty():
            ws.seed.load_demo()
        return ws
    return Workspace.open(args.db)


# --- subcommands ------------------------------------------------------------------

def cmd_version(args: argparse.Namespace) -> int:
    print(f"TNApp {__version__}")
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    with Workspace.open(args.db) as ws:
        status = ws.schema
        if status.created:
            print(f"Đã tạo cơ sở dữ liệu mới: {ws.location}")
        elif status.upgraded:
            print(f"Đã nâng cấp cơ sở dữ liệu {ws.location} từ lược đồ {status.before} lên {status.head}.")
            if status.backup:
                print(f"Bản sao trước khi nâng cấp: {status.backup}")
        else:
            print(f"Cơ sở dữ liệu {ws.location} đã ở lược đồ mới nhất ({status.head}).")
        added = ws.seed.ensure_defaults()
        if added:
            print(f"Đã thêm {added} mục danh mục khen thưởng và thiết lập mặc định.")
        if args.demo:
            commune = ws.commune.find()
            if commune is not None and commune.is_demo:
                print("Dữ liệu mẫu xã Thượng Ninh đã có sẵn.")
            else:
                summary = ws.seed.load_demo()
                print(f"Đã nạp dữ liệu mẫu (DỮ LIỆU MẪU): {summary.units} đơn vị, {summary.people} người, "
                      f"{summary.indicators} chỉ tiêu, {summary.reports} báo cáo, {summary.households} hộ.")
    return 0


def cmd_units(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        rows = ws.units.list()
    if args.json:
        _print_json(rows)
    else:
        _print_table(("Mã", "Tên đơn vị", "Loại", "Số người"),
                     [(r.code, r.name, r.kind_label, r.people_count) for r in rows])
    return 0


def cmd_people(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        unit_id = ws.units.by_code(args.unit).id if args.unit else None
        rows = ws.people.list(search=args.search, unit_id=unit_id)
    if args.json:
        _print_json(rows)
    else:
        _print_table(("Họ và tên", "Giới tính", "Năm sinh", "Chức vụ", "Đơn vị"),
                     [(r.full_name, r.gender.label, r.birth_year, r.position, r.unit_code) for r in rows])
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="tnapp", description="TNApp – quản lý thi đua, khen thưởng cấp xã. "
                     "Không có lệnh con: mở giao diện.")
    parser.add_argument("--db", metavar="ĐƯỜNG_DẪN_HOẶC_URL",
                        help="tệp SQLite hoặc URL postgresql+psycopg://… (mặc định: biến TNAPP_DB, "
                             "hoặc tệp trong thư mục dữ liệu người dùng)")
    parser.add_argument("--demo", action="store_true",
                        help="dùng cơ sở dữ liệu mẫu xã Thượng Ninh (tạo và nạp nếu chưa có)")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=_Parser)

    p = sub.add_parser("version", help="in phiên bản")
    p.set_defaults(func=cmd_version)

    p = sub.add_parser("init", help="tạo hoặc nâng cấp cơ sở dữ liệu")
    p.add_argument("--demo", action="store_true", help="nạp dữ liệu mẫu xã Thượng Ninh")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("units", help="danh sách đơn vị")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.set_defaults(func=cmd_units)

    p = sub.add_parser("people", help="danh sách người (xếp theo tên)")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.add_argument("--search", help="tìm theo tên, chức vụ, đơn vị (có hoặc không dấu)")
    p.add_argument("--unit", metavar="MÃ", help="chỉ đơn vị có mã này")
    p.set_defaults(func=cmd_people)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    try:
        from tnapp.ui.app import run
    except ImportError as exc:
        raise TNAppError(f"Không mở được giao diện vì thiếu thư viện Qt ({exc.name or exc}). "
                         "Các lệnh không giao diện (tnapp --help) vẫn dùng được.") from exc
    return run(db=args.db, demo=args.demo)


def _log_to_file() -> None:
    """Unexpected errors go, with their traceback, to tnapp.log in the user's
    data folder (never on the user's screen); nowhere if it cannot be written."""
    root = logging.getLogger()
    if root.handlers:
        return
    try:
        folder = user_data_folder()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(folder / "tnapp.log", encoding="utf-8", delay=True)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _log_to_file()
    handler: Callable[[argparse.Namespace], int] = getattr(args, "func", _run_gui)
    try:
        return handler(args)
    except TNAppError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # output piped into a command that stopped reading (head, less)
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu.", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # the last line of defence: no traceback for the user
        log.exception("unexpected error")
        print(f"Lỗi không mong đợi: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
