"""``tnapp report LIST`` and ``tnapp report NAME -o FILE``: the leadership
reports as PDF, Word or Excel, by the output file's extension; ``tnapp
outliers KỲ``: the period's values far from their unit's own history and the
values marked for checking."""

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


def cmd_outliers(args: argparse.Namespace) -> int:
    from tnapp.domain.formatting import format_number
    from tnapp.domain.periods import Period

    period = Period.parse(args.period)
    with open_workspace(args) as ws:
        rows = ws.data_quality.outliers(period.code)
        marks = ws.data_quality.follow_ups(period.code)
    print(f"Số liệu bất thường {period.label} (so với các kỳ trước của chính đơn vị; chỉ cảnh báo): {len(rows)}")
    if rows:
        print_table(("Đơn vị", "Chỉ tiêu", "Giá trị", "Nhận xét"),
                    [(r.unit_name, r.indicator_code, format_number(r.value), r.message) for r in rows])
    print(f"Số liệu đang chờ kiểm tra {period.label}: {len(marks)}")
    if marks:
        print_table(("Đơn vị", "Chỉ tiêu", "Giá trị", "Nội dung cần kiểm tra", "Người đánh dấu"),
                    [(m.unit_name, m.indicator_code, format_number(m.value), m.comment, m.marked_by) for m in marks])
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    o = sub.add_parser("outliers", help="số liệu bất thường so với các kỳ trước của đơn vị, và số liệu chờ kiểm tra")
    o.add_argument("period", metavar="KỲ", help="kỳ báo cáo: 2026-Q3, 2026-M03, 2026-H1, 2026")
    o.set_defaults(func=cmd_outliers)
    p = sub.add_parser("report", help="in báo cáo ra PDF, Word hoặc Excel (LIST: danh sách báo cáo)")
    p.add_argument("name", metavar="TÊN", help="mã báo cáo, hoặc LIST để xem danh sách")
    p.add_argument("--year", type=int, metavar="NĂM", help="năm báo cáo (mặc định: năm nay)")
    p.add_argument("--period", "--as-of", dest="period", metavar="KỲ",
                   help="kỳ báo cáo: 2026-Q3, 2026-H1, 2026-9M, 2026, 2026-M03")
    p.add_argument("-o", "--output", metavar="TỆP", help="tệp kết quả .pdf, .docx hoặc .xlsx")
    p.set_defaults(func=cmd_report)
