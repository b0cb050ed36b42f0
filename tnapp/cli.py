"""The ``tnapp`` command. Without a subcommand it opens the GUI; the headless
subcommands call the same services and never import Qt.

Errors print one Vietnamese line and exit with status 2.
"""

from __future__ import annotations

import argparse
import io
import logging
import sys
from collections.abc import Callable, Sequence

from tnapp.commands import (
    catalogue, council, database, eligibility, emulation, indicators, maintenance, progress, proposals, reports,
    settings, stat_forms, users,
)
from tnapp.commands.parser import EXIT_ERROR, Parser
from tnapp.errors import TNAppError
from tnapp.paths import user_data_folder

log = logging.getLogger("tnapp")


# The work areas' subcommands, in the order ``tnapp --help`` lists them.
COMMAND_MODULES = (database, catalogue, indicators, progress, reports, stat_forms, emulation, eligibility, proposals, council,
                   users, maintenance, settings)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="tnapp", description="TNApp – quản lý thi đua, khen thưởng cấp xã. "
                    "Không có lệnh con: mở giao diện.")
    parser.add_argument("--db", metavar="ĐƯỜNG_DẪN_HOẶC_URL",
                        help="tệp SQLite hoặc URL postgresql+psycopg://… (mặc định: biến TNAPP_DB, "
                             "hoặc tệp trong thư mục dữ liệu người dùng)")
    parser.add_argument("--demo", action="store_true",
                        help="dùng cơ sở dữ liệu mẫu xã Thượng Ninh (tạo và nạp nếu chưa có)")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
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


def _write_utf8() -> None:
    """Standard output and error in UTF-8 whatever the console's code page
    (cp1258, cp1252…): Vietnamese text and ``--json`` piped to a file are
    never cut short by an UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.encoding.replace("-", "").lower() != "utf8":
            stream.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    _write_utf8()
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
