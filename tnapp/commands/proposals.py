"""Award proposals, headless: ``tnapp proposals --year Y [--state S] --json``
(each proposal with its step, nominees, verdicts and prize money, and the
year's totals) and ``tnapp dossier ID -o DIR`` (the dossier as PDF and Word)."""

from __future__ import annotations

import argparse
from pathlib import Path

from tnapp.commands.common import open_workspace, print_json, print_table
from tnapp.domain.formatting import format_date, format_number, parse_date
from tnapp.domain.vocab import ProposalState
from tnapp.errors import TNAppError
from tnapp.services.base import to_json
from tnapp.services.proposals import ProposalRow


def cmd_proposals(args: argparse.Namespace) -> int:
    state = None
    if args.state:
        try:
            state = ProposalState.parse(args.state)
        except ValueError:
            choices = ", ".join(m.value for m in ProposalState)
            raise TNAppError(f"--state «{args.state}» không hợp lệ; dùng một trong: {choices}.") from None
    with open_workspace(args) as ws:
        rows = ws.proposals.list(year=args.year, state=state)
        totals = ws.proposals.totals(rows)
    if args.json:
        print_json({"year": args.year, "proposals": to_json(rows), "totals": to_json(totals)})
    else:
        print_table(("Số", "Năm", "Danh hiệu", "Trạng thái", "Đối tượng", "Tiền thưởng", "Tờ trình"),
                    [(r.id, r.year, r.title_name, _status(r), len(r.nominees),
                      format_number(r.payable_prize) if r.commune_pays else "cấp trên chi",
                      r.submission_number or "") for r in rows])
        left_out = [f"{totals.rejected} đối tượng Hội đồng không thông qua"] if totals.rejected else []
        if totals.province:
            left_out.append(f"{totals.province} đối tượng khen thưởng cấp trên do cấp trên chi thưởng")
        print(f"Tổng: {totals.proposals} đề nghị, {totals.nominees} đối tượng xã chi thưởng, "
              f"{format_number(totals.prize)} đồng" + (f" (không tính {', '.join(left_out)})" if left_out else ""))
    return 0


def _status(r: ProposalRow) -> str:
    if r.state is ProposalState.DRAFT:
        return f"{r.state.label} – bước «{r.step.label}»"
    if r.rejected:  # «Đã có quyết định» alone hides a nominee the council did not pass
        return f"{r.state.label} ({len(r.nominees) - r.rejected} thông qua, {r.rejected} không thông qua)"
    return r.state.label


def cmd_dossier(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        if args.command == "province-dossier":
            files = ws.province.write_dossier(args.meeting, Path(args.output))
        else:
            files = ws.proposals.write_dossier(args.id, Path(args.output))
    for path in files:
        print(path)
    return 0


def cmd_province_send(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        rows = ws.province.send(args.meeting, parse_date(args.date, "--date"))
    for r in rows:
        print(f"Đề nghị #{r.proposal_id} «{r.title_name}»: {r.state.label}, Tờ trình {r.number} ngày "
              f"{format_date(r.sent_on)}")
    return 0


def cmd_province_decision(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        issuer = args.issuer or ws.province.default_issuer(args.id)
        r = ws.province.record_decision(args.id, args.number, parse_date(args.date, "--date"), issuer)
    print(f"Đề nghị #{r.proposal_id} «{r.title_name}»: {r.state.label} — {r.decision_number} ngày "
          f"{format_date(r.decision_date)} của {r.decision_issuer}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("proposals", help="đề nghị khen thưởng (bước, đối tượng, điều kiện, tiền thưởng)")
    p.add_argument("--year", type=int, metavar="NĂM", help="chỉ năm này")
    p.add_argument("--state", metavar="TRẠNG_THÁI", help=", ".join(m.value for m in ProposalState))
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.set_defaults(func=cmd_proposals)

    p = sub.add_parser("dossier", help="ghi hồ sơ đề nghị (Tờ trình, danh sách, báo cáo thành tích) ra PDF và Word")
    p.add_argument("id", type=int, metavar="SỐ_ĐỀ_NGHỊ", help="số (id) của đề nghị, xem «tnapp proposals»")
    p.add_argument("-o", "--output", required=True, metavar="THƯ_MỤC", help="thư mục ghi hồ sơ (tạo nếu chưa có)")
    p.set_defaults(func=cmd_dossier)

    p = sub.add_parser("province-send", help="trình tỉnh các đề nghị khen thưởng cấp trên Hội đồng đã thông qua")
    p.add_argument("meeting", type=int, metavar="SỐ_PHIÊN_HỌP", help="số (id) của phiên họp Hội đồng")
    p.add_argument("--date", required=True, metavar="NGÀY", help="ngày Tờ trình (dd/mm/yyyy)")
    p.set_defaults(func=cmd_province_send)

    p = sub.add_parser("province-dossier", help="ghi hồ sơ trình tỉnh của một phiên họp ra PDF và Word")
    p.add_argument("meeting", type=int, metavar="SỐ_PHIÊN_HỌP", help="số (id) của phiên họp Hội đồng")
    p.add_argument("-o", "--output", required=True, metavar="THƯ_MỤC", help="thư mục ghi hồ sơ (tạo nếu chưa có)")
    p.set_defaults(func=cmd_dossier)

    p = sub.add_parser("province-decision", help="ghi quyết định khen thưởng của tỉnh cho một đề nghị đã trình tỉnh")
    p.add_argument("id", type=int, metavar="SỐ_ĐỀ_NGHỊ", help="số (id) của đề nghị")
    p.add_argument("--number", required=True, metavar="SỐ_QĐ", help="số quyết định của tỉnh, ví dụ 345/QĐ-UBND")
    p.add_argument("--date", required=True, metavar="NGÀY", help="ngày quyết định (dd/mm/yyyy)")
    p.add_argument("--issuer", metavar="CƠ_QUAN", help="cơ quan/người ban hành (mặc định: thẩm quyền của danh hiệu)")
    p.set_defaults(func=cmd_province_decision)
