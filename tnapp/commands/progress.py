"""``tnapp progress --year Y [--as-of P] [--unit CODE] [--json]``: each
indicator's progress, the same figures as the dashboard and the ``progress``
report (``IndicatorProgress.record``)."""

from __future__ import annotations

import argparse
import datetime as dt

from tnapp.commands.common import open_workspace, print_json, print_table
from tnapp.domain.formatting import format_number


def cmd_progress(args: argparse.Namespace) -> int:
    year = args.year or dt.date.today().year
    with open_workspace(args) as ws:
        result = ws.progress.compute(year, args.as_of, args.unit)
    records = [row.record() for row in result.indicators]
    if args.json:
        print_json(records)
        return 0
    print(f"Tiến độ chỉ tiêu năm {year}, đến {result.as_of.label}"
          + (f", đơn vị {result.unit_code}" if result.unit_code else ""))
    print_table(("Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "%", "Tiến độ", "Dự báo"),
                [(r["code"], r["name"], r["unit_of_measure"], format_number(r["target"]),
                  format_number(r["actual"]), format_number(r["percent"]), row.status.label,
                  format_number(r["forecast"])) for r, row in zip(records, result.indicators)])
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("progress", help="tiến độ thực hiện chỉ tiêu trong năm (--json: cho máy đọc)")
    p.add_argument("--year", type=int, metavar="NĂM", help="năm (mặc định: năm nay)")
    p.add_argument("--as-of", metavar="KỲ", help="tính đến kỳ: 2026-Q3, 2026-H1, 2026-9M (mặc định: cả năm)")
    p.add_argument("--unit", metavar="MÃ", help="một đơn vị, so với chỉ tiêu giao cho đơn vị đó")
    p.add_argument("--json", action="store_true", help="in JSON, mỗi chỉ tiêu một đối tượng")
    p.set_defaults(func=cmd_progress)
