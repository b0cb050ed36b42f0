"""``tnapp stat-form``: the Bộ Nội vụ statistics forms of emulation and commendation
(Biểu 0601–0605.N/BNV-TĐKT) — the list of forms, one form's figures for a year on the
screen with what is not counted or not confirmed, or saved in the form's layout;
``tnapp award-records``: people's awards in the national cadre database's fields."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterable

from tnapp.commands.common import open_workspace, print_table
from tnapp.errors import TNAppError


def cmd_stat_form(args: argparse.Namespace) -> int:
    year = args.year or dt.date.today().year
    with open_workspace(args) as ws:
        if not args.form:
            rows = []
            for form in ws.stat_forms.forms():
                until = f"{form.valid_to:%d/%m/%Y}" if form.valid_to else "nay"
                notes = ("" if form.commune_issues else "xã không lập", "chưa xác nhận" if form.unconfirmed else "")
                rows.append((form.form, form.code, form.name, form.circular,
                             f"{form.valid_from:%d/%m/%Y} – {until}", "; ".join(filter(None, notes))))
            print_table(("Biểu", "Ký hiệu", "Tên", "Ban hành theo", "Hiệu lực", "Ghi chú"), rows)
            return 0
        result = ws.stat_forms.compute(args.form, year)
        path = ws.reports.export(f"bnv-{result.form.form}", args.output, year) if args.output else None
    form = result.form
    print(f"Biểu số {form.code} – {form.name} – năm {year} (ban hành theo {form.circular})")
    numeric = form.numeric_columns
    print_table(("Mã số", "Chỉ tiêu", *(c.number for c in numeric)),
                [(r.row.code, r.row.label, *(r.cells[c.key] for c in numeric)) for r in result.rows])
    reasons = dict.fromkeys(r.row.not_counted for r in result.rows if r.row.not_counted)
    _notes("Để trống (không đếm được từ dữ liệu của TNApp):", reasons)
    _notes("Không thuộc cột nào của biểu (không tính):", result.outside)
    for section, names in result.unplaced:
        _notes(f"Đã tính vào tổng số nhưng không thuộc dòng nào của mục «{section}»:", names)
    print(f"\n{form.layout_source}")
    _notes("Ghi chú bố cục:", form.layout_notes)
    _notes("Chưa xác nhận:", form.unconfirmed)
    if path is not None:
        print(f"\nĐã ghi biểu vào {path}")
    return 0


def _notes(title: str, lines: Iterable[str]) -> None:
    lines = list(lines)
    if lines:
        print(f"\n{title}")
        for line in lines:
            print(f"  - {line}")


def _person_id(ws, text: str) -> int:
    if text.strip().isdigit():
        return int(text)
    found = ws.people.list(search=text)
    if len(found) != 1:
        names = ", ".join(f"#{p.id} {p.full_name} ({p.unit_code})" for p in found[:10]) or "không có ai"
        raise TNAppError(f"«{text}» cần khớp đúng một người (tìm thấy: {names}); hãy dùng số thứ tự #.")
    return found[0].id


def cmd_award_records(args: argparse.Namespace) -> int:
    if args.year is None and not args.person:
        raise TNAppError("Hãy cho --year NĂM hoặc --person NGƯỜI.")
    with open_workspace(args) as ws:
        person_id = _person_id(ws, args.person) if args.person else None
        result = ws.award_export.export(args.output, args.year, person_id)
    print(f"Đã ghi {result.rows} khen thưởng vào {result.path}")
    _notes("Cần biết:", result.notes())
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stat-form", help="biểu thống kê thi đua, khen thưởng của Bộ Nội vụ (0601–0605.N/BNV-TĐKT)")
    p.add_argument("form", nargs="?", metavar="BIỂU", help="0601, 0602, 0603, 0604 hoặc 0605 (không có: danh sách)")
    p.add_argument("--year", type=int, metavar="NĂM", help="năm báo cáo (mặc định: năm nay)")
    p.add_argument("-o", "--output", metavar="TỆP", help="ghi biểu ra .pdf, .docx hoặc .xlsx")
    p.set_defaults(func=cmd_stat_form)

    p = sub.add_parser("award-records", help="xuất khen thưởng theo trường của CSDL quốc gia về CBCCVC "
                                             "(.xlsx hoặc .json)")
    p.add_argument("--year", type=int, metavar="NĂM", help="khen thưởng của năm này (cán bộ, công chức, viên chức)")
    p.add_argument("--person", metavar="NGƯỜI", help="mọi khen thưởng của một người (số # hoặc họ tên)")
    p.add_argument("-o", "--output", required=True, metavar="TỆP", help="tệp kết quả .xlsx hoặc .json")
    p.set_defaults(func=cmd_award_records)
