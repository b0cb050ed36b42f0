"""``tnapp units`` and ``tnapp people``: the catalogue, as a table or JSON."""

from __future__ import annotations

import argparse

from tnapp.commands.common import open_workspace, print_json, print_table


def cmd_units(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        rows = ws.units.list()
    if args.json:
        print_json(rows)
    else:
        print_table(("Mã", "Tên đơn vị", "Loại", "Số người"),
                    [(r.code, r.name, r.kind_label, r.people_count) for r in rows])
    return 0


def cmd_people(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        unit_id = ws.units.by_code(args.unit).id if args.unit else None
        rows = ws.people.list(search=args.search, unit_id=unit_id)
    if args.json:
        print_json(rows)
    else:
        print_table(("Họ và tên", "Giới tính", "Năm sinh", "Chức vụ", "Đơn vị"),
                    [(r.full_name, r.gender.label, r.birth_year, r.position, r.unit_code) for r in rows])
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("units", help="danh sách đơn vị")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.set_defaults(func=cmd_units)

    p = sub.add_parser("people", help="danh sách người (xếp theo tên)")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.add_argument("--search", help="tìm theo tên, chức vụ, đơn vị (có hoặc không dấu)")
    p.add_argument("--unit", metavar="MÃ", help="chỉ đơn vị có mã này")
    p.set_defaults(func=cmd_people)
