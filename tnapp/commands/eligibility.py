"""The eligibility engine, headless: ``tnapp eligibility`` (verdicts with
their criteria and bases) and ``tnapp rules`` (the rule sets shipped)."""

from __future__ import annotations

import argparse

from tnapp.commands.common import open_workspace, print_json, print_table
from tnapp.domain.eligibility import VerdictKind, criterion_lines
from tnapp.domain.emulation_rules import Nominee, NomineeType
from tnapp.domain.formatting import format_date
from tnapp.errors import TNAppError
from tnapp.services.eligibility import RuleSetInfo

def _rule_set_json(info: RuleSetInfo) -> dict:
    return {"id": info.id, "name": info.name, "effective_from": info.effective_from.isoformat(),
            "basis": info.basis, "draft": info.draft, "titles": list(info.titles),
            "parameters": [{"name": p.name, "value": p.value, "text": p.text, "basis": p.basis,
                            "unconfirmed": p.unconfirmed, "setting": p.setting} for p in info.parameters]}


def _type(text: str | None) -> NomineeType | None:
    if not text:
        return None
    try:
        return NomineeType(text.strip().lower())
    except ValueError:
        raise TNAppError(f"--type «{text}» không hợp lệ; dùng person, collective hoặc household.") from None


def cmd_eligibility(args: argparse.Namespace) -> int:
    kind = _type(args.type)
    if args.nominee is not None and kind is None:
        kind = NomineeType.PERSON
    nominee = Nominee(kind, args.nominee) if args.nominee is not None else None
    titles = {args.title.strip().upper()} if args.title else None
    with open_workspace(args) as ws:
        info = ws.eligibility.rule_set_for(args.year)
        if titles and not titles <= set(info.titles):
            raise TNAppError(f"--title «{args.title}» không có trong bộ tiêu chí «{info.name}»; "
                             f"dùng một trong: {', '.join(info.titles)}.")
        unit_id = ws.units.by_code(args.unit).id if args.unit else None
        rows = ws.eligibility.review(args.year, nominee_types={kind} if kind else None, title_codes=titles,
                                     unit_id=unit_id, search=args.search, nominee=nominee)
    verdicts = [v for r in rows for v in r.verdicts
                if not args.eligible or v.verdict is VerdictKind.ELIGIBLE]
    if args.json:
        print_json({"year": args.year, "rule_set": _rule_set_json(info),
                    "verdicts": [v.to_json() for v in verdicts],
                    "warnings": {f"{r.nominee.type.value}:{r.nominee.id}": list(r.warnings)
                                 for r in rows if r.warnings}})
        return 0
    print(f"Năm {args.year} — {info.label}; căn cứ: {info.basis}")
    for p in info.unconfirmed:
        print(f"  Con số chưa xác nhận: {p.sentence}")
    if nominee is not None:
        for v in verdicts:
            print(f"\n{v.nominee_name} — {v.title}: {v.verdict.label}")
            for c in v.criteria:
                print("\n".join(criterion_lines(c, "  ")))
        return 0
    # One line per nominee and title, the title by its name (codes only in --json); the nominee once.
    order = list(info.titles).index
    lines = []
    for r in rows:
        shown = [v for v in sorted(r.verdicts, key=lambda v: order(v.title_code))
                 if not args.eligible or v.verdict is VerdictKind.ELIGIBLE]
        lines += [(r.name if i == 0 else "", r.unit_name if i == 0 else "", v.title, v.verdict.label,
                   (len(r.warnings) or "") if i == 0 else "") for i, v in enumerate(shown)]
    print_table(("Đối tượng", "Đơn vị", "Danh hiệu, hình thức khen thưởng", "Kết quả", "Cảnh báo"), lines)
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        sets = ws.eligibility.rule_sets()
    if args.json:
        print_json([_rule_set_json(s) for s in sets])
    else:
        print_table(("Mã", "Hiệu lực từ", "Tên", "Dự thảo"),
                    [(s.id, format_date(s.effective_from), s.name, "x" if s.draft else "") for s in sets])
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eligibility", help="xét điều kiện khen thưởng theo tiêu chí của pháp luật",
                       description="Xét, cho từng đối tượng và danh hiệu, các tiêu chí đạt / không đạt / chưa đủ "
                                   "thông tin, kèm căn cứ pháp lý (theo bộ tiêu chí có hiệu lực cho năm).")
    p.add_argument("--year", type=int, required=True, metavar="NĂM")
    p.add_argument("--title", metavar="MÃ", help="chỉ danh hiệu này (LDTT, CSTDCS, TTLDTT…)")
    p.add_argument("--nominee", type=int, metavar="ID", help="chỉ đối tượng có mã số này (kèm --type)")
    p.add_argument("--type", metavar="LOẠI", help="person, collective hoặc household")
    p.add_argument("--unit", metavar="MÃ", help="chỉ đơn vị có mã này")
    p.add_argument("--search", metavar="CHUỖI", help="tìm theo tên")
    p.add_argument("--eligible", action="store_true", help="chỉ kết quả đủ điều kiện")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(func=cmd_eligibility)

    p = sub.add_parser("rules", help="các bộ tiêu chí thi đua, khen thưởng (theo ngày hiệu lực)")
    p.add_argument("--json", action="store_true", help="in JSON")
    p.set_defaults(func=cmd_rules)
