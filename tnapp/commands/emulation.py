"""Emulation records, headless: ``tnapp movements``, ``registrations``,
``ratings``, ``initiatives``, ``exemplars``, ``discipline``,
``award-history``, ``households``, ``complaints`` — each lists as a table or
``--json``, with the same filters as the GUI pages."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from tnapp.commands.common import open_workspace, print_json, print_table
from tnapp.domain.formatting import format_date, format_number
from tnapp.domain.labels import LabelledEnum
from tnapp.domain.vocab import ComplaintState, MovementStage, RatingLevel, RegistrationState
from tnapp.errors import TNAppError


def _parse(enum_cls: type[LabelledEnum], text: str | None, option: str):
    if not text:
        return None
    try:
        return enum_cls.parse(text)
    except ValueError:
        choices = ", ".join(m.value for m in enum_cls)
        raise TNAppError(f"{option} «{text}» không hợp lệ; dùng một trong: {choices}.") from None


def _unit_id(ws, code: str | None) -> int | None:
    return ws.units.by_code(code).id if code else None


def cmd_movements(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        rows = ws.movements.list(year=args.year, stage=_parse(MovementStage, args.stage, "--stage"),
                                 search=args.search)
    if args.json:
        print_json(rows)
    else:
        print_table(("Mã", "Năm", "Tên phong trào", "Bước"), [(r.code, r.year, r.name, r.stage.label) for r in rows])
    return 0


def cmd_registrations(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        rows = ws.registrations.list(year=args.year, unit_id=_unit_id(ws, args.unit), search=args.search,
                                     state=_parse(RegistrationState, args.state, "--state"))
        if args.export:
            exported = ws.registrations.export_excel(Path(args.export), rows)
        if args.print:
            if args.year is None:
                raise TNAppError("--print cần --year (năm của danh sách).")
            printed = ws.registrations.print_list(args.year, args.print)
    said = sys.stderr if args.json else sys.stdout  # --json keeps standard output for the JSON alone
    if args.export:
        print(f"Đã ghi {len(rows)} đăng ký thi đua vào {exported}", file=said)
    if args.print:
        print(f"Đã in danh sách đăng ký thi đua năm {args.year} vào {printed}", file=said)
    if args.json:
        print_json(rows)
    else:
        print_table(("Năm", "Đối tượng", "Đơn vị", "Danh hiệu", "Trạng thái", "Quá hạn"),
                    [(r.year, r.nominee.name, r.unit_code, r.title_name, r.state.label, "x" if r.late else "")
                     for r in rows])
    return 0


def cmd_ratings(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        unit_id = _unit_id(ws, args.unit)
        rows = ws.ratings.list(year=args.year, unit_id=unit_id, search=args.search,
                               level=_parse(RatingLevel, args.level, "--level"))
        warnings = ws.ratings.warnings(args.year, unit_id) if args.warnings and args.year else []
    if args.json:
        print_json({"ratings": rows, "warnings": [w.message for w in warnings]} if args.warnings else rows)
        return 0
    print_table(("Năm", "Đối tượng", "Đơn vị", "Mức", "Điểm"),
                [(r.year, r.nominee.name, r.unit_name, r.result, format_number(r.points)) for r in rows])
    for warning in warnings:
        print(f"Cảnh báo: {warning.message}")
    return 0


def cmd_initiatives(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        rows = ws.initiatives.list(year=args.year, unit_id=_unit_id(ws, args.unit), search=args.search)
    if args.json:
        print_json(rows)
    else:
        print_table(("Năm", "Tên", "Tác giả", "Phạm vi", "Số QĐ"),
                    [(r.year, r.title, r.authors_text, r.scope.label, r.decision_number) for r in rows])
    return 0


def cmd_exemplars(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        rows = ws.exemplars.list(year=args.year, unit_id=_unit_id(ws, args.unit), search=args.search)
    if args.json:
        print_json(rows)
    else:
        print_table(("Năm", "Loại", "Tiêu đề", "Đối tượng", "Ảnh"),
                    [(r.year, r.kind.label, r.title, r.nominee.name, r.photos) for r in rows])
    return 0


def cmd_discipline(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        rows = ws.discipline.list(search=args.search, pending_only=args.pending, unit_id=_unit_id(ws, args.unit))
    if args.json:
        print_json(rows)
    else:
        print_table(("Đối tượng", "Việc", "Hình thức", "Từ ngày", "Đến ngày", "Đang có hiệu lực"),
                    [(r.nominee.name, r.matter.label, r.form.label if r.form else "", format_date(r.opened_on),
                      format_date(r.resolved_on), "x" if r.pending else "") for r in rows])
    return 0


def cmd_award_history(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        title_id = ws.award_history.title_by_code(args.title).id if args.title else None
        rows = ws.award_history.list(year=args.year, unit_id=_unit_id(ws, args.unit), search=args.search,
                                     title_id=title_id)
    if args.json:
        print_json(rows)
    else:
        print_table(("Năm", "Đối tượng", "Đơn vị", "Danh hiệu", "Số QĐ", "Ngày QĐ"),
                    [(r.year, r.nominee.name, r.nominee.unit_code, r.title_name, r.decision_number,
                      format_date(r.decision_date)) for r in rows])
    return 0


def cmd_households(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        rows = ws.households.list(village_id=_unit_id(ws, args.village), search=args.search)
    if args.json:
        print_json(rows)
    else:
        print_table(("Thôn", "Mã hộ", "Chủ hộ", "Địa chỉ", "Gia đình văn hóa"),
                    [(r.village_code, r.code, r.head_name, r.address, ", ".join(map(str, r.culture_years)))
                     for r in rows])
    return 0


def cmd_complaints(args: argparse.Namespace) -> int:
    today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    with open_workspace(args) as ws:
        if args.overdue:
            rows = ws.complaints.overdue_complaints(today)
        else:
            rows = ws.complaints.list(search=args.search, today=today,
                                      state=_parse(ComplaintState, args.state, "--state"))
    if args.json:
        print_json(rows)
    else:
        print_table(("Ngày nhận", "Người gửi", "Hạn", "Trạng thái", "Quá hạn"),
                    [(format_date(r.received_on), r.sender, format_date(r.due_on), r.state.label,
                      "x" if r.overdue else "") for r in rows])
    return 0


def _listing(sub: argparse._SubParsersAction, name: str, help_text: str, func, *, year: bool = True,
             unit: bool = True, search: bool = True) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help_text)
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    if year:
        p.add_argument("--year", type=int, metavar="NĂM", help="chỉ năm này")
    if unit:
        p.add_argument("--unit", metavar="MÃ", help="chỉ đơn vị có mã này")
    if search:
        p.add_argument("--search", help="tìm (có hoặc không dấu)")
    p.set_defaults(func=func)
    return p


def register(sub: argparse._SubParsersAction) -> None:
    p = _listing(sub, "movements", "phong trào thi đua", cmd_movements, unit=False)
    p.add_argument("--stage", metavar="BƯỚC", help="chỉ phong trào ở bước này (mã hoặc tên bước)")

    p = _listing(sub, "registrations", "đăng ký thi đua", cmd_registrations)
    p.add_argument("--state", metavar="TRẠNG_THÁI", help="not_sent, pending, rejected, approved (hoặc tên)")
    p.add_argument("--export", metavar="TỆP.xlsx", help="ghi danh sách ra Excel (mẫu nhập lại được)")
    p.add_argument("--print", metavar="TỆP", help="in danh sách tổng hợp của --year ra .pdf, .docx hoặc .xlsx")

    p = _listing(sub, "ratings", "kết quả đánh giá mức độ hoàn thành nhiệm vụ", cmd_ratings)
    p.add_argument("--level", metavar="MỨC", help="HTXS, HTT, HT hoặc KHT")
    p.add_argument("--warnings", action="store_true",
                   help="kèm cảnh báo của --year (tỷ lệ HTXS theo NĐ 335/2025, người bị kỷ luật)")

    _listing(sub, "initiatives", "sáng kiến, đề tài", cmd_initiatives)
    _listing(sub, "exemplars", "điển hình tiên tiến, người tốt việc tốt, mô hình mới", cmd_exemplars)

    p = _listing(sub, "discipline", "kỷ luật, thanh tra, điều tra, khiếu nại đang xử lý", cmd_discipline, year=False)
    p.add_argument("--pending", action="store_true", help="chỉ việc chưa kết thúc (chưa xét khen thưởng được)")

    p = _listing(sub, "award-history", "lịch sử khen thưởng", cmd_award_history)
    p.add_argument("--title", metavar="MÃ", help="chỉ danh hiệu có mã này (CSTDCS, LDTT…)")

    p = _listing(sub, "households", "hộ gia đình theo thôn", cmd_households, year=False, unit=False)
    p.add_argument("--village", metavar="MÃ", help="chỉ thôn có mã này")

    p = _listing(sub, "complaints", "khiếu nại, kiến nghị về thi đua, khen thưởng", cmd_complaints, year=False,
                 unit=False)
    p.add_argument("--state", metavar="TRẠNG_THÁI", help="received, handling, resolved, withdrawn (hoặc tên)")
    p.add_argument("--overdue", action="store_true", help="chỉ đơn quá hạn giải quyết")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="tính quá hạn theo ngày này (mặc định hôm nay)")
