"""The council's meetings from the command line: ``tnapp meetings [--year Y]
[--json]``, ``tnapp tally MEETING_ID [--json]`` (per item: nominee, title,
counts, threshold share, base, basis, result, round) and
``tnapp council-docs MEETING_ID -o FOLDER`` (ballots, count record, minutes,
decision, certificates and recognition papers that can be made now; then
what it wrote and what it left out, and why)."""

from __future__ import annotations

import argparse

from tnapp.commands.common import open_workspace, print_json, print_table


def cmd_meetings(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        rows = ws.council.meetings(year=args.year)
    if args.json:
        print_json(rows)
        return 0
    print_table(("ID", "Ngày họp", "Năm xét", "Địa điểm", "Trạng thái", "Có mặt", "Số mục"),
                [(m.id, f"{m.held_at:%d/%m/%Y %H:%M}", m.year, m.place, m.state.label,
                  f"{m.members_present}/{m.members_total}", m.item_count) for m in rows])
    return 0


def cmd_tally(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        rows = ws.council.results(args.meeting_id)
    if args.json:
        print_json(rows)
        return 0
    print_table(("STT", "Họ và tên", "Danh hiệu", "Vòng", "Đồng ý", "Không", "K.hợp lệ", "VB đồng ý/không",
                 "Ngưỡng", "Kết quả"),
                [(o.position, o.nominee, o.title, o.round, o.agree, o.disagree, o.invalid,
                  "" if o.written_agree is None else f"{o.written_agree}/{o.written_disagree}", o.threshold,
                  o.result_label) for o in rows])
    return 0


def cmd_council_docs(args: argparse.Namespace) -> int:
    """Writes the papers that can be made now, then says what it wrote and what it left out, and why."""
    from tnapp.reports.council_docs import write_all
    from tnapp.services.council_papers import paper_plan
    with open_workspace(args) as ws:
        written = write_all(ws, args.meeting_id, args.output)
        plan = paper_plan(ws, args.meeting_id)
    by_name = {p.name: p for p in written}
    print("Đã ghi:")
    for paper in (p for p in plan if p.written):
        print(f"  {paper.line}:")
        for name in paper.files:
            print(f"    {by_name[name]}")
    left_out = [p for p in plan if not p.written]
    if left_out:
        print("Không ghi:")
        for paper in left_out:
            print(f"  {paper.line}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("meetings", help="các phiên họp Hội đồng Thi đua – Khen thưởng (--json: cho máy đọc)")
    p.add_argument("--year", type=int, metavar="NĂM", help="chỉ các phiên xét khen thưởng năm này")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(func=cmd_meetings)

    p = sub.add_parser("tally", help="kết quả bỏ phiếu từng mục của một phiên họp (--json: cho máy đọc)")
    p.add_argument("meeting_id", type=int, metavar="MÃ_PHIÊN_HỌP")
    p.add_argument("--json", action="store_true", help="in JSON, mỗi mục một đối tượng")
    p.set_defaults(func=cmd_tally)

    p = sub.add_parser("council-docs", help="in phiếu bầu, biên bản, quyết định, giấy khen, giấy công nhận của một phiên họp; báo giấy nào chưa in được và vì sao")
    p.add_argument("meeting_id", type=int, metavar="MÃ_PHIÊN_HỌP")
    p.add_argument("-o", "--output", required=True, metavar="THƯ_MỤC", help="thư mục ghi các tệp")
    p.set_defaults(func=cmd_council_docs)
