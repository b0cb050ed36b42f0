"""``tnapp version`` and ``tnapp init [--demo]``."""

from __future__ import annotations

import argparse

from tnapp import __version__
from tnapp.services.workspace import Workspace


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
                ws.seed.load_demo_cycle()
                print(f"Đã nạp dữ liệu mẫu (DỮ LIỆU MẪU): {summary.units} đơn vị, {summary.people} người, "
                      f"{summary.indicators} chỉ tiêu, {summary.reports} báo cáo, {summary.households} hộ.")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("version", help="in phiên bản")
    p.set_defaults(func=cmd_version)

    p = sub.add_parser("init", help="tạo hoặc nâng cấp cơ sở dữ liệu")
    p.add_argument("--demo", action="store_true", help="nạp dữ liệu mẫu xã Thượng Ninh")
    p.set_defaults(func=cmd_init)
