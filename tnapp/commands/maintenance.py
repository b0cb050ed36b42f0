"""``tnapp backup`` and ``tnapp restore``: the SQLite database, headless.

On PostgreSQL both say that the server's own tools (pg_dump, pg_restore) apply.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tnapp.commands.common import open_workspace


def cmd_backup(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        path = ws.backups.create(args.output or None)
    print(f"Đã sao lưu vào {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        result = ws.backups.restore(Path(args.file))
        print(f"Đã khôi phục {ws.location} từ {result.restored_from} (lược đồ {result.revision}).")
    print(f"Cơ sở dữ liệu trước khi khôi phục được giữ ở {result.previous_copy}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu SQLite ra tệp hoặc thư mục (ổ USB)")
    p.add_argument("-o", "--output", metavar="TỆP_HOẶC_THƯ_MỤC",
                   help="nơi ghi bản sao: tệp mới .sqlite/.db (không ghi đè tệp có sẵn) hoặc thư mục "
                        "(kết thúc bằng / hoặc \\ hay không có đuôi; tạo nếu chưa có). Mặc định: thư mục "
                        "backups trong thư mục dữ liệu người dùng")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="khôi phục từ bản sao lưu (kiểm tra tệp trước, giữ bản hiện tại)")
    p.add_argument("file", metavar="TỆP")
    p.set_defaults(func=cmd_restore)
