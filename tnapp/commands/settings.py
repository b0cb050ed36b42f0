"""``tnapp settings``: the dated settings in force (with their legal basis and
whether it is still unconfirmed), and ``tnapp settings set`` for a new value
from a date (earlier dates keep their value)."""

from __future__ import annotations

import argparse
import json

from tnapp.commands.common import open_workspace, print_json, print_table
from tnapp.domain.formatting import format_date, parse_date, parse_number
from tnapp.errors import ValidationError


def parse_value(text: str) -> object:
    """VALUE as JSON (0.75, true, "03-31", {"share": 0.75, …}) or a vi_VN number (0,75; 2.340.000)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
    try:
        number = parse_number(text, "GIÁ_TRỊ")
    except ValidationError:
        return text.strip()  # plain text, e.g. 03-31 typed without quotes; the setting's rule judges it
    return int(number) if number.is_integer() else number


def cmd_settings(args: argparse.Namespace) -> int:
    on = parse_date(args.on, "--on") if args.on else None
    with open_workspace(args) as ws:
        rows = ws.settings.in_force(on, args.key)
    if args.json:
        print_json(rows)
    else:
        print_table(("Thiết lập", "Giá trị", "Hiệu lực từ", "Căn cứ", "Xác nhận"),
                    [(r.key, json.dumps(r.value, ensure_ascii=False), format_date(r.effective_from), r.basis,
                      "chưa xác nhận" if r.unconfirmed else "") for r in rows])
    return 0


def cmd_settings_set(args: argparse.Namespace) -> int:
    effective_from = parse_date(args.from_date, "--from")
    with open_workspace(args) as ws:
        note = args.note or next((r.note for r in reversed(ws.settings.list()) if r.key == args.key), None)
        row = ws.settings.set(args.key, parse_value(args.value), effective_from, basis=args.basis,
                              unconfirmed=args.unconfirmed, note=note)
    if args.json:
        print_json(row)
    else:
        print(f"Đã lưu «{row.key}» = {json.dumps(row.value, ensure_ascii=False)} "
              f"từ ngày {format_date(row.effective_from)}.")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help="thiết lập có hiệu lực theo ngày (căn cứ, chưa xác nhận); "
                                        "«settings set»: giá trị mới từ một ngày")
    p.add_argument("--key", metavar="TIỀN_TỐ", help="chỉ các thiết lập có tên bắt đầu bằng tiền tố này")
    p.add_argument("--on", metavar="NGÀY", help="giá trị áp dụng ngày dd/mm/yyyy (mặc định: hôm nay)")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.set_defaults(func=cmd_settings)
    actions = p.add_subparsers(dest="action", metavar="VIỆC", parser_class=type(p))
    s = actions.add_parser("set", help="giá trị mới của một thiết lập từ một ngày (giữ giá trị các ngày trước)")
    s.add_argument("key", metavar="TÊN", help="tên thiết lập, ví dụ council.threshold.CSTDCS")
    s.add_argument("value", metavar="GIÁ_TRỊ",
                   help='JSON (0.75, true, "03-31", \'{"share": 0.75, "base": "all_members"}\') '
                        'hoặc số kiểu Việt Nam (0,75)')
    s.add_argument("--from", dest="from_date", required=True, metavar="NGÀY", help="áp dụng từ ngày dd/mm/yyyy")
    s.add_argument("--basis", required=True, metavar="CĂN_CỨ", help="văn bản, điều khoản làm căn cứ")
    s.add_argument("--unconfirmed", action="store_true", help="căn cứ chưa đối chiếu văn bản gốc")
    s.add_argument("--note", metavar="DIỄN_GIẢI", help="diễn giải (mặc định: giữ diễn giải đang dùng)")
    s.add_argument("--json", action="store_true", help="in dòng đã lưu dạng JSON")
    s.set_defaults(func=cmd_settings_set)
