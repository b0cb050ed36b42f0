"""``tnapp report LIST`` and ``tnapp report NAME -o FILE``: the leadership
reports as PDF, Word or Excel, by the output file's extension."""

from __future__ import annotations

import argparse
import datetime as dt

from tnapp.commands.common import open_workspace, print_table
from tnapp.errors import TNAppError

FORMATS = (".pdf", ".docx", ".xlsx")


def cmd_report(args: argparse.Namespace) -> int:
    from tnapp.reports import CATALOGUE, find

    if args.name.upper() == "LIST":
        print_table(("Mã", "Tên báo cáo", "Tham số"),
                    [(r.code, r.title, r.parameters_text) for r in CATALOGUE])
        return 0
    report = find(args.name)  # an unknown name is refused before the database is opened
    if not args.output:
        raise TNAppError(f"Hãy cho biết tệp kết quả: tnapp report {report.code} -o TỆP.pdf (hoặc .docx, .xlsx).")
    if not args.output.lower().endswith(FORMATS):
        raise TNAppError(f"Tệp kết quả «{args.output}» phải có đuôi .pdf, .docx hoặc .xlsx.")
    year = args.year or dt.date.today().year
    with open_workspace(args) as ws:
        path = ws.reports.export(report.code, args.output, year, args.period)
    print(f"Đã ghi «{report.title}» năm {year} vào {path}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="in báo cáo ra PDF, Word hoặc Excel (LIST: danh sách báo cáo)")
    p.add_argument("name", metavar="TÊN", help="mã báo cáo, hoặc LIST để xem danh sách")
    p.add_argument("--year", type=int, metavar="NĂM", help="năm báo cáo (mặc định: năm nay)")
    p.add_argument("--period", "--as-of", dest="period", metavar="KỲ",
                   help="kỳ báo cáo: 2026-Q3, 2026-H1, 2026-9M, 2026, 2026-M03")
    p.add_argument("-o", "--output", metavar="TỆP", help="tệp kết quả .pdf, .docx hoặc .xlsx")
    p.set_defaults(func=cmd_report)
