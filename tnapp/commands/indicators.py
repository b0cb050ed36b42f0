"""Indicators and unit reports from the command line: the catalogue and its
appendix, report templates, importing filled templates, values and states."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from tnapp.commands.common import open_workspace, print_json, print_table
from tnapp.domain.formatting import format_number
from tnapp.domain.periods import Period
from tnapp.services.excel import CellProblem

REFUSED = 2  # like every other error of the command


def _problems(title: str, problems: list[CellProblem], stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    if problems:
        print(f"{title} ({len(problems)}):", file=stream)
        for problem in problems:
            print(f"  - {problem}", file=stream)


def cmd_indicators(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        rows = ws.indicators.list()
    if args.json:
        print_json(rows)
    else:
        year = args.year
        print_table(("Mã", "Chỉ tiêu", "ĐVT", "Kỳ", "Chủ trì", f"KH {year}" if year else "Kế hoạch"),
                    [(r.code, r.name, r.unit_of_measure, r.frequency.label, r.lead_unit.code if r.lead_unit else "",
                      format_number(r.targets.get(year)) if year else
                      " · ".join(f"{y}: {format_number(v)}" for y, v in r.targets.items())) for r in rows])
    return 0


def _choices(option: str, pairs: list[str], new: list[str],
             by_code: Callable[[str], Any]) -> dict[str, int | None] | None:
    """The user's word on what the file names: ``--OPTION "TÊN=MÃ"`` (the record of that code) and the
    names to add as new (None); None, said on stderr, when a pair has no name."""
    choices: dict[str, int | None] = dict.fromkeys(new)
    for pair in pairs:
        text, _, code = pair.rpartition("=")
        if not text:
            print(f"--{option} «{pair}»: hãy viết TÊN=MÃ", file=sys.stderr)
            return None
        choices[text] = by_code(code.strip()).id
    return choices


def cmd_indicators_import(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        choices = _choices("unit", args.unit, args.new_unit, ws.units.by_code)
        if choices is None:
            return REFUSED
        indicator_choices = _choices("same-indicator", args.same_indicator, args.new_indicator, ws.indicators.by_code)
        if indicator_choices is None:
            return REFUSED
        preview = ws.indicator_appendix.preview_import(Path(args.file), choices, indicator_choices)
        print("Các cột đã đọc:")
        for line in preview.columns:
            print(f"  {line}")
        for line in preview.unit_matches:
            print(f"Đơn vị: {line}")
        for unit in preview.new_units:
            print(f"Đơn vị mới: «{unit.text}» (mã {unit.code}, {unit.kind.label})")
        for row in preview.rows:
            if row.action != "unchanged":
                print(row)
        _problems("Cảnh báo", preview.warnings)
        if preview.unknown_units:
            print("Đơn vị chưa có trong danh mục: chọn đơn vị có sẵn (--unit \"TÊN=MÃ\") hoặc thêm mới "
                  "(--new-unit \"TÊN\"): " + ", ".join(f"«{t}»" for t in preview.unknown_units), file=sys.stderr)
        if preview.near_indicators:
            print("Chỉ tiêu gần giống chỉ tiêu trong danh mục: là chỉ tiêu đó (--same-indicator \"TÊN=MÃ\") hay "
                  "chỉ tiêu mới (--new-indicator \"TÊN\"): " + ", ".join(
                      f"«{t}» ~ {code} «{name}»" for t, (_, code, name) in preview.near_indicators.items()),
                  file=sys.stderr)
        _problems("Lỗi, chưa nhập gì", preview.problems, sys.stderr)
        if preview.problems:
            return REFUSED
        unchanged = sum(1 for r in preview.rows if r.action == "unchanged")
        if args.dry_run or not preview.can_apply:
            print(f"{'Xem trước: ' if args.dry_run else ''}{len(preview.rows) - unchanged} chỉ tiêu mới hoặc thay đổi, "
                  f"{unchanged} không đổi.")
            return 0
        count = ws.indicator_appendix.apply_import(preview)
    print(f"Đã nhập {count} chỉ tiêu mới hoặc thay đổi; {unchanged} không đổi.")
    return 0


def cmd_indicators_export(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        path = ws.indicator_appendix.export(Path(args.output))
    print(f"Đã ghi phụ lục chỉ tiêu vào {path}")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        if args.unit:
            path = ws.report_templates.template(ws.units.by_code(args.unit).id, args.period, Path(args.output))
        else:
            path = ws.report_templates.template_all(args.period, Path(args.output))
    print(f"Đã ghi mẫu báo cáo {Period.parse(args.period).label} vào {path}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        unit_id = ws.units.by_code(args.unit).id if args.unit else None
        preview = ws.report_templates.preview_import([Path(f) for f in args.files], unit_id, args.period)
        for item in preview.files:
            if not item.ok:
                print(f"✗ {item.path.name}: bị từ chối, không nhập gì.", file=sys.stderr)
                for message in item.messages():
                    print(f"  - {message}", file=sys.stderr)
                continue
            print(f"✓ {item.path.name}: {len(item.changes)} giá trị thay đổi"
                  + (f", sửa {len(item.narrative_changes)} phần thuyết minh" if item.narrative_changes else ""))
            for change in item.changes:
                print(f"  {change}")
            _problems("  Cảnh báo", item.warnings)
        if not preview.files:
            print("Không có tệp .xlsx nào để nhập.", file=sys.stderr)
            return REFUSED
        if not args.dry_run and preview.can_apply:
            result = ws.report_templates.apply_import(preview)
            print(f"Đã nhập {len(result.applied)} tệp ({result.values_changed} giá trị); "
                  f"{len(result.unchanged)} tệp không có gì thay đổi; {len(result.refused)} tệp bị từ chối.")
            for path, message in result.refused:
                if path not in {f.path for f in preview.refused}:
                    print(f"✗ {path.name}: {message}", file=sys.stderr)
            return REFUSED if result.refused else 0
        if args.dry_run:
            print("Xem trước: chưa lưu gì.")
    return REFUSED if preview.refused else 0


def cmd_values(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        values = ws.unit_reports.values(ws.units.by_code(args.unit).id, args.period)
    if args.json:
        print_json(values)
    else:
        print_table(("Mã", "Giá trị"), [(code, format_number(value)) for code, value in values.items()])
    return 0


def cmd_reports(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        rows = ws.reporting.status(args.period)
    if args.json:
        print_json(rows)
    else:
        print_table(("Mã", "Đơn vị", "Trạng thái", "Hạn"),
                    [(r.unit_code, r.unit_name, r.state.label if r.state else "Chưa nhập",
                      r.due or r.deadline.strftime("%d/%m/%Y")) for r in rows])
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("indicators", help="danh mục chỉ tiêu; nhập, xuất phụ lục chỉ tiêu (Excel)")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.add_argument("--year", type=int, metavar="NĂM", help="chỉ hiện kế hoạch của năm này")
    p.set_defaults(func=cmd_indicators)
    actions = p.add_subparsers(dest="indicators_action", metavar="VIỆC")
    q = actions.add_parser("import", help="nhập phụ lục chỉ tiêu từ tệp Excel hoặc bảng phụ lục của kế hoạch (.docx) "
                                          "(xem trước, rồi nhập tất cả hoặc không)")
    q.add_argument("file", metavar="TỆP.xlsx|TỆP.docx")
    q.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không lưu")
    q.add_argument("--unit", action="append", default=[], metavar="TÊN=MÃ",
                   help="đơn vị tệp ghi TÊN (không có trong danh mục) là đơn vị có sẵn mã MÃ")
    q.add_argument("--new-unit", action="append", default=[], metavar="TÊN",
                   help="thêm đơn vị TÊN (tệp ghi, không có trong danh mục) vào danh mục khi nhập")
    q.add_argument("--same-indicator", action="append", default=[], metavar="TÊN=MÃ",
                   help="chỉ tiêu tệp ghi TÊN (gần giống một chỉ tiêu trong danh mục) là chỉ tiêu có sẵn mã MÃ")
    q.add_argument("--new-indicator", action="append", default=[], metavar="TÊN",
                   help="chỉ tiêu tệp ghi TÊN (gần giống một chỉ tiêu trong danh mục) là chỉ tiêu mới")
    q.set_defaults(func=cmd_indicators_import)
    q = actions.add_parser("export", help="xuất phụ lục chỉ tiêu ra tệp Excel")
    q.add_argument("-o", "--output", required=True, metavar="TỆP.xlsx")
    q.set_defaults(func=cmd_indicators_export)

    p = sub.add_parser("template", help="mẫu Excel báo cáo chỉ tiêu của một đơn vị (hoặc mọi đơn vị) cho một kỳ")
    p.add_argument("--unit", metavar="MÃ", help="mã đơn vị (bỏ trống: mọi đơn vị phải báo cáo, mỗi đơn vị một trang)")
    p.add_argument("--period", required=True, metavar="KỲ", help="2026-M03, 2026-Q1, 2026-H1, 2026-9M hoặc 2026")
    p.add_argument("-o", "--output", required=True, metavar="TỆP.xlsx")
    p.set_defaults(func=cmd_template)

    p = sub.add_parser("import", help="nhập các mẫu báo cáo đã điền (tệp hoặc thư mục); mỗi tệp nhập trọn hoặc không")
    p.add_argument("files", nargs="+", metavar="TỆP", help="tệp .xlsx hoặc thư mục chứa chúng")
    p.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không lưu")
    p.add_argument("--unit", metavar="MÃ", help="từ chối tệp của đơn vị khác")
    p.add_argument("--period", metavar="KỲ", help="từ chối tệp của kỳ khác")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("values", help="giá trị chỉ tiêu một đơn vị đã báo cáo trong một kỳ")
    p.add_argument("--unit", required=True, metavar="MÃ")
    p.add_argument("--period", required=True, metavar="KỲ")
    p.add_argument("--json", action="store_true", help="in dạng JSON (mã chỉ tiêu → giá trị)")
    p.set_defaults(func=cmd_values)

    p = sub.add_parser("reports", help="trạng thái báo cáo của các đơn vị trong một kỳ")
    p.add_argument("--period", required=True, metavar="KỲ")
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.set_defaults(func=cmd_reports)
