"""The council meeting's papers: the ballots (phiếu bầu), the ballot-count
record (biên bản kiểm phiếu), the minutes (biên bản họp Hội đồng) and the draft
decision on awards (Quyết định khen thưởng) with its annex of awardees.

The count record, the minutes and the decision go through the documents
engine (PDF, or DOCX for staff to edit). The ballot is a form without number,
date line or signature, which the engine's administrative layout always
prints, so it is drawn with reportlab's flowables directly: one page per
member, as many copies as the council has members.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tnapp.documents.model import (
    Annex, Block, Column, Document, Heading, Issuer, Items, Para, Run, Signature, Table,
)
from tnapp.documents.output import save
from tnapp.domain.formatting import format_money, format_number
from tnapp.domain.vocab import Attendance, CouncilRole, DocumentKind
from tnapp.errors import TNAppError, ValidationError
from tnapp.reports.base import DEMO_MARK
from tnapp.services.council import ItemResult

if TYPE_CHECKING:
    from tnapp.services.council import ItemOutcome, MeetingOverview
    from tnapp.services.workspace import Workspace

COUNCIL_BODY = "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG"
MINUTES_SYMBOL = "BB-HĐTĐKT"
# Căn cứ of a commune chairman's decision on awards.
DECISION_BASES = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết và hướng dẫn thi hành "
    "Luật Thi đua, khen thưởng;",
)


def _council_issuer(ws: Workspace) -> Issuer:
    commune = ws.commune.current()
    return Issuer(f"UBND XÃ {commune.name.upper()}", COUNCIL_BODY, "HĐTĐKT")


def _demo(ws: Workspace) -> list[Block]:
    return [Para.of(DEMO_MARK, italic=True, align="center", indent=False)] if ws.commune.current().is_demo else []


def _when(held_at: dt.datetime) -> str:
    return f"{held_at:%H} giờ {held_at:%M} phút, ngày {held_at:%d/%m/%Y}"


def _members_by_role(ws: Workspace, council_id: int, role: CouncilRole) -> str:
    return next((m.full_name for m in ws.council.members(council_id) if m.role is role), "")


def _blank(value: int | None) -> int | str:
    return "" if value is None else value


def _threshold_lines(outcomes: Sequence[ItemOutcome]) -> list[Block]:
    """One line per title: the threshold applied and its basis."""
    seen: dict[str, ItemOutcome] = {}
    for o in outcomes:
        seen.setdefault(o.title, o)
    lines = [f"{title}: cần {o.threshold} (căn cứ: {o.basis.split('; ', 1)[-1]})" for title, o in seen.items()]
    return [Para.of("Ngưỡng thông qua:", italic=True, indent=False), Items(tuple(lines), numbered=False)]


def _counts_text(agree: int | None, base: int | None) -> str:
    if agree is None or not base:
        return ""
    return f"{agree}/{base} ({format_number(round(100 * agree / base, 1))}%)"


# --- ballots -------------------------------------------------------------------------------------

def write_ballots(ws: Workspace, meeting_id: int, path: str | os.PathLike, copies: int | None = None) -> Path:
    """The printable ballots: the agenda with "Đồng ý" / "Không đồng ý" boxes,
    ``copies`` pages (the number of members by default), one per member. PDF."""
    target = Path(path).expanduser()
    if target.suffix.lower() != ".pdf":
        raise ValidationError(f"Phiếu bầu chỉ in ra PDF; hãy đặt tên tệp kết thúc bằng .pdf («{target.name}»).",
                              field="path")
    overview = ws.council.overview(meeting_id)
    if not overview.groups:
        raise ValidationError("Phiên họp chưa có chương trình; chưa có gì để in phiếu bầu.")
    copies = overview.meeting.members_total if copies is None else copies
    if not 1 <= copies <= 200:
        raise ValidationError(f"Số bản phiếu bầu {copies} không hợp lệ (1–200).", field="copies")
    from tnapp.reports.certificates import render_ballots  # reportlab loads on first use
    return render_ballots(ws.commune.current(), overview, copies, target)


# --- the ballot-count record -----------------------------------------------------------------------

def build_count_record(ws: Workspace, meeting_id: int) -> Document:
    overview = ws.council.overview(meeting_id)
    meeting, quorum = overview.meeting, overview.quorum
    outcomes = ws.council.results(meeting_id)
    commune = ws.commune.current()
    body: list[Block] = _demo(ws)
    body += [
        Para.of(f"Hồi {_when(meeting.held_at)}, tại {meeting.place}, Ban kiểm phiếu của Hội đồng Thi đua – "
                f"Khen thưởng xã {commune.name} tiến hành kiểm phiếu bỏ phiếu kín xét khen thưởng năm {meeting.year}."),
        Para.of(f"Tổng số thành viên Hội đồng: {quorum.members_total}; có mặt: {quorum.present}; vắng có ý kiến "
                f"bằng văn bản: {quorum.absent_with_opinion}; vắng: {quorum.absent + quorum.unmarked}."),
        Para.of(f"Số phiếu phát ra: {quorum.present}. {quorum.text}"),
        Heading("KẾT QUẢ KIỂM PHIẾU", 1),
    ]
    rows = []
    for o in outcomes:
        written = "" if o.written_agree is None else f"{o.written_agree}/{o.written_disagree}"
        rows.append((o.position, o.nominee, o.title, o.round or "", _blank(o.agree), _blank(o.disagree),
                     _blank(o.invalid), written, o.result_label))
    body.append(Table((Column("STT", 0.5, "center"), Column("Họ và tên", 2.0), Column("Danh hiệu", 1.8),
                       Column("Vòng", 0.6, "center"), Column("Đồng ý", 0.8, "center"),
                       Column("Không đồng ý", 0.9, "center"), Column("Không hợp lệ", 0.9, "center"),
                       Column("Ý kiến văn bản (đồng ý/ không)", 1.1, "center"),
                       Column("Kết quả", 1.1, "center")),
                      tuple(rows), caption="Kết quả bỏ phiếu từng trường hợp"))
    body += _threshold_lines(outcomes)
    body.append(Para.of("Ban kiểm phiếu chịu trách nhiệm về tính chính xác của kết quả kiểm phiếu. Phiếu bầu là "
                        "phiếu kín; biên bản chỉ ghi số phiếu, không ghi ai bỏ phiếu thế nào."))
    # A record kept with the minutes, not sent out: two signers, no "Nơi nhận".
    return Document(kind=DocumentKind.MINUTES, issuer=_council_issuer(ws), symbol=MINUTES_SYMBOL,
                    summary=f"Kiểm phiếu xét khen thưởng năm {meeting.year}", title="Biên bản kiểm phiếu",
                    place=commune.place_name, date=meeting.held_at.date(), body=tuple(body),
                    signature=Signature(("TM. HỘI ĐỒNG", "CHỦ TỊCH"), _chair(ws, overview)),
                    co_signers=(_secretary(ws, meeting.council_id, "THƯ KÝ HỘI ĐỒNG"),),
                    meta={"title": f"Biên bản kiểm phiếu năm {meeting.year}"})


def _chair(ws: Workspace, overview: MeetingOverview) -> str:
    return overview.meeting.chaired_by or _members_by_role(ws, overview.meeting.council_id, CouncilRole.CHAIR)


def _secretary(ws: Workspace, council_id: int, title: str) -> Signature:
    """The secretary signs a biên bản on the left, the chair on the right (NĐ 30/2020, Phụ lục I, mẫu biên bản)."""
    return Signature((title,), _members_by_role(ws, council_id, CouncilRole.SECRETARY))


def write_count_record(ws: Workspace, meeting_id: int, path: str | os.PathLike) -> Path:
    return save(build_count_record(ws, meeting_id), path)


# --- the minutes ----------------------------------------------------------------------------

def build_minutes(ws: Workspace, meeting_id: int) -> Document:
    overview = ws.council.overview(meeting_id)
    meeting, quorum = overview.meeting, overview.quorum
    outcomes = ws.council.results(meeting_id)
    commune = ws.commune.current()
    chair = _chair(ws, overview)
    secretary = _members_by_role(ws, meeting.council_id, CouncilRole.SECRETARY)
    by_status: dict[Attendance | None, list[str]] = {}
    for row in overview.attendance:
        by_status.setdefault(row.status, []).append(
            f"{row.full_name} – {row.position or row.role.label}, {row.role.label}")
    body: list[Block] = _demo(ws)
    body += [
        Heading("I. THỜI GIAN, ĐỊA ĐIỂM", 1),
        Para.of(f"Vào hồi {_when(meeting.held_at)}, tại {meeting.place}, Hội đồng Thi đua – Khen thưởng xã "
                f"{commune.name} "
                f"(nhiệm kỳ {meeting.council_term}) họp xét khen thưởng năm {meeting.year}."),
        Heading("II. THÀNH PHẦN", 1),
        Para.of(f"Chủ trì: {chair}. Thư ký: {secretary}."),
        Para.of(f"Có mặt {quorum.present} thành viên:", indent=False),
        Items(tuple(by_status.get(Attendance.PRESENT, [])), numbered=True),
    ]
    if by_status.get(Attendance.ABSENT_WITH_OPINION):
        body += [Para.of("Vắng mặt, có ý kiến bằng văn bản:", indent=False),
                 Items(tuple(by_status[Attendance.ABSENT_WITH_OPINION]), numbered=False)]
    absent = by_status.get(Attendance.ABSENT, []) + by_status.get(None, [])
    if absent:
        body += [Para.of("Vắng mặt:", indent=False), Items(tuple(absent), numbered=False)]
    body += [Para.of(f"{quorum.text} (Căn cứ: {quorum.basis}.)"),
             Heading("III. NỘI DUNG", 1),
             Para.of(f"Thư ký Hội đồng trình bày {len(outcomes)} trường hợp đề nghị khen thưởng năm {meeting.year} "
                     "do các đơn vị đề nghị (tóm tắt thành tích, đối chiếu tiêu chuẩn). Hội đồng thảo luận và bỏ "
                     "phiếu kín từng trường hợp; ý kiến bằng văn bản của thành viên vắng mặt được tổng hợp theo "
                     "quy chế.")]
    rows = []
    for o in outcomes:
        base = o.members_total if o.threshold_base == "all_members" else o.members_present
        rows.append((o.position, o.nominee, o.unit, o.title, o.round or "", _counts_text(o.votes_for, base),
                     o.result_label))
    body.append(Table((Column("STT", 0.5, "center"), Column("Họ và tên", 1.9), Column("Đơn vị", 2.0),
                       Column("Danh hiệu", 1.7), Column("Vòng", 0.6, "center"),
                       Column("Số phiếu đồng ý", 1.4, "center"), Column("Kết quả", 1.1, "center")),
                      tuple(rows), caption="Kết quả biểu quyết"))
    body += _threshold_lines(outcomes)
    body.append(Heading("IV. KẾT LUẬN", 1))
    approved = [o for o in outcomes if o.result == ItemResult.APPROVED]
    if approved:
        body.append(Para.of(f"Hội đồng thống nhất đề nghị Chủ tịch UBND xã khen thưởng {len(approved)} trường hợp:"))
        titles: dict[str, list[str]] = {}
        for o in approved:
            titles.setdefault(o.title, []).append(o.nominee)
        body.append(Items(tuple(f"{title}: {', '.join(names)} ({len(names)})" for title, names in titles.items()),
                          numbered=False))
    else:
        body.append(Para.of("Không có trường hợp nào đạt số phiếu theo quy định."))
    rejected = [o for o in outcomes if o.result != ItemResult.APPROVED]
    if rejected:
        body.append(Para.of("Không đạt: " + ", ".join(f"{o.nominee} ({o.title})" for o in rejected) + "."))
    body.append(Para.of("Biên bản được thông qua tại cuộc họp; các thành viên dự họp nhất trí."))
    return Document(kind=DocumentKind.MINUTES, issuer=_council_issuer(ws), symbol=MINUTES_SYMBOL,
                    summary=f"Họp Hội đồng Thi đua – Khen thưởng xét khen thưởng năm {meeting.year}",
                    title="Biên bản", place=commune.place_name, date=meeting.held_at.date(), body=tuple(body),
                    signature=Signature(("CHỦ TỌA", "CHỦ TỊCH HỘI ĐỒNG"), chair),
                    co_signers=(_secretary(ws, meeting.council_id, "THƯ KÝ"),),
                    recipients=("UBND xã", "Thành viên Hội đồng", "Lưu: Hồ sơ khen thưởng"),
                    meta={"title": f"Biên bản họp Hội đồng TĐKT năm {meeting.year}"})


def write_minutes(ws: Workspace, meeting_id: int, path: str | os.PathLike) -> Path:
    return save(build_minutes(ws, meeting_id), path)


# --- the decision ---------------------------------------------------------------------------

def build_decision(ws: Workspace, meeting_id: int) -> Document:
    """The draft (or signed) decision: căn cứ, Điều 1–3, the signature, then the annex list on its own page."""
    decision = ws.council.decision(meeting_id)
    if decision is None:
        raise ValidationError("Chưa lập dự thảo quyết định khen thưởng cho phiên họp này.")
    meeting = ws.council.get_meeting(meeting_id)
    commune = ws.commune.current()
    body: list[Block] = _demo(ws)
    body.append(Para.of(f"CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ {commune.name.upper()}", bold=True, align="center",
                        indent=False))
    bases = [*DECISION_BASES,
             f"Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng xã ngày {meeting.held_at:%d/%m/%Y};",
             "Theo đề nghị của Thường trực Hội đồng Thi đua – Khen thưởng xã."]
    body += [Para.of(line, italic=True) for line in bases]
    body.append(Para.of("QUYẾT ĐỊNH:", bold=True, align="center", indent=False))
    count = len(decision.awardees)
    body.append(Para((Run("Điều 1. ", bold=True),
                      Run(f"Khen thưởng {count} cá nhân, tập thể đã có thành tích trong phong trào thi đua năm "
                          f"{meeting.year} (có danh sách kèm theo)."))))
    total = decision.total_amount or 0
    body.append(Para((Run("Điều 2. ", bold=True),
                      Run(f"Tiền thưởng kèm theo danh hiệu, hình thức khen thưởng thực hiện theo Nghị định số "
                          f"152/2025/NĐ-CP; tổng số tiền: {format_money(total)}, chi từ Quỹ thi đua, khen thưởng "
                          "của xã."))))
    body.append(Para((Run("Điều 3. ", bold=True),
                      Run("Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND xã, công chức phụ "
                          "trách Tài chính – Kế toán, Thường trực Hội đồng Thi đua – Khen thưởng xã và các cá nhân, "
                          "tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."))))
    number_text = decision.number or ""
    signed = f"{decision.signed_on:%d/%m/%Y}" if decision.signed_on else "      /      /"
    rows = [(i, a.name, a.job_unit, a.title_name, format_money(a.amount) if a.amount is not None else "Chưa có mức")
            for i, a in enumerate(decision.awardees, start=1)]
    rows.append(("", "Tổng cộng", f"{count} trường hợp", "", format_money(total)))
    annex = Annex("DANH SÁCH KHEN THƯỞNG",
                  f"(Kèm theo Quyết định số {number_text or '      /QĐ-UBND'} ngày {signed} của Chủ tịch UBND xã "
                  f"{commune.name})",
                  (Table((Column("STT", 0.5, "center"), Column("Họ và tên", 2.0), Column("Chức vụ, đơn vị", 3.0),
                          Column("Danh hiệu, hình thức", 2.0), Column("Số tiền", 1.4, "right")),
                         tuple(rows), sheet="Danh sách khen thưởng", total_rows=1),))
    signer = decision.signer_name or ""
    signature = (Signature.chairman(signer) if (decision.signer_title or "Chủ tịch").strip().lower() == "chủ tịch"
                 else Signature.vice_chairman(signer))
    return Document(kind=DocumentKind.DECISION, issuer=Issuer.commune(commune.name), number=decision.seq,
                    symbol=number_text.split("/", 1)[1] if "/" in number_text else None, summary=decision.summary,
                    place=commune.place_name, date=decision.signed_on, body=tuple(body), signature=signature,
                    recipients=("Như Điều 3", "Thường trực Đảng ủy, HĐND xã (để b/c)", "Lưu: VT, Hồ sơ TĐKT"),
                    annexes=(annex,), meta={"title": f"Quyết định khen thưởng năm {meeting.year}"})


def write_decision(ws: Workspace, meeting_id: int, path: str | os.PathLike) -> Path:
    return save(build_decision(ws, meeting_id), path)


# --- all at once --------------------------------------------------------------------------------

def write_all(ws: Workspace, meeting_id: int, folder: str | os.PathLike) -> list[Path]:
    """Every paper of the meeting that can be made now into ``folder``:
    ballots, count record, minutes (PDF + DOCX), the decision and the
    certificates once drafted."""
    from tnapp.reports.certificates import write_certificates
    out = Path(folder).expanduser()
    if not out.is_dir():
        raise TNAppError(f"Thư mục «{out}» không tồn tại.")
    year = ws.council.get_meeting(meeting_id).year
    written = [write_ballots(ws, meeting_id, out / f"phieu-bau-{year}.pdf")]
    if any(a.tallies for a in ws.council.agenda(meeting_id)):
        written.append(write_count_record(ws, meeting_id, out / f"bien-ban-kiem-phieu-{year}.pdf"))
        for suffix in (".pdf", ".docx"):
            written.append(write_minutes(ws, meeting_id, out / f"bien-ban-hop-hoi-dong-{year}{suffix}"))
    if ws.council.decision(meeting_id) is not None:
        for suffix in (".pdf", ".docx"):
            written.append(write_decision(ws, meeting_id, out / f"quyet-dinh-khen-thuong-{year}{suffix}"))
        written.append(write_certificates(ws, meeting_id, out / f"giay-chung-nhan-{year}.pdf"))
    return written


__all__: Sequence[str] = ("build_count_record", "build_decision", "build_minutes", "write_all", "write_ballots",
                          "write_count_record", "write_decision", "write_minutes")
