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
    Annex, Block, Column, Document, Heading, Issuer, Items, Money, Para, Run, Signature, Table, default_symbol,
)
from tnapp.documents.output import save
from tnapp.domain import legal_bases
from tnapp.domain.council_rules import commune_chairman_may_decide
from tnapp.domain.emulation_rules import nominee_count, nominee_kinds
from tnapp.domain.formatting import format_number
from tnapp.domain.recognition_papers import decision_bases
from tnapp.domain.vocab import Attendance, CouncilRole, DocumentKind
from tnapp.errors import ValidationError
from tnapp.reports.base import DEMO_MARK, printed_name, proposed_name
from tnapp.services.council import ItemResult

if TYPE_CHECKING:
    from tnapp.services.council import ItemOutcome, MeetingOverview, MeetingRow, PaperNumber, ProvinceItem
    from tnapp.services.workspace import Workspace

COUNCIL_BODY = "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG"
# The council's own series: its count record and minutes are numbered apart from the committee's papers.
MINUTES_SYMBOL = default_symbol(DocumentKind.MINUTES, council=True)


def _council_issuer(ws: Workspace) -> Issuer:
    commune = ws.commune.current()
    return Issuer(f"UBND XÃ {commune.name.upper()}", COUNCIL_BODY, "HĐTĐKT")


def _numbered(number: PaperNumber | None) -> dict[str, object]:
    """The number and symbol a council paper prints after "Số:": the one the
    meeting took when it closed; before that, a blank of the council's series
    (a paper not final yet has no number of the register)."""
    return {"number": number.seq, "symbol": number.symbol} if number else {"symbol": MINUTES_SYMBOL}


def _demo(ws: Workspace) -> list[Block]:
    return [Para.of(DEMO_MARK, italic=True, align="center", indent=False)] if ws.commune.current().is_demo else []


def _bases(paper_kind: str, day: dt.date) -> list[Block]:
    """The "Căn cứ" lines of a paper: the legal bases in force on its date, worded by the catalogue."""
    return [Para.of(f"Căn cứ {legal_bases.citation(doc)};", italic=True)
            for doc in legal_bases.bases_for(paper_kind, day)]


def _when(held_at: dt.datetime) -> str:
    return f"{held_at:%H} giờ {held_at:%M} phút, ngày {held_at:%d/%m/%Y}"


def _end_line(meeting: MeetingRow) -> str:
    """The minutes' closing time: as recorded, or left blank to write in."""
    if meeting.ended_at is None:
        return "Cuộc họp kết thúc hồi …… giờ …… phút cùng ngày."
    if meeting.ended_at.date() == meeting.held_at.date():
        return f"Cuộc họp kết thúc hồi {meeting.ended_at:%H} giờ {meeting.ended_at:%M} phút cùng ngày."
    return f"Cuộc họp kết thúc hồi {_when(meeting.ended_at)}."


def _members_by_role(ws: Workspace, council_id: int, role: CouncilRole) -> str:
    return next((m.full_name for m in ws.council.members(council_id) if m.role is role), "")


def _blank(value: int | None) -> int | str:
    return "" if value is None else value


def _threshold_lines(outcomes: Sequence[ItemOutcome]) -> list[Block]:
    """One line per title: the threshold applied, as a count of votes (no setting, no basis: those are on screen)."""
    seen: dict[str, ItemOutcome] = {}
    for o in outcomes:
        seen.setdefault(printed_name(o.title), o)
    lines = [f"{title}: {o.threshold}" + (f" (ít nhất {o.needed} phiếu đồng ý)" if o.needed else "")
             for title, o in seen.items()]
    return [Para.of("Tỷ lệ phiếu đồng ý cần đạt:", italic=True, indent=False), Items(tuple(lines), numbered=False)]


def _counts_text(agree: int | None, base: int | None) -> str:
    if agree is None or not base:
        return ""
    return f"{agree}/{base} ({format_number(round(100 * agree / base, 1))}%)"


def _board_text(ws: Workspace, meeting_id: int) -> str:
    board = ws.council.counters(meeting_id)
    return "; ".join(f"{c.full_name} – {c.label.lower()}" for c in board)


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
    # A title above the commune is the council's proposal to the province, not an award of its own.
    headings = {g.title_code: printed_name(g.title_name) if _is_commune(ws, g.title_code) else proposed_name(g.title_name)
                for g in overview.groups}
    return render_ballots(ws.commune.current(), overview, copies, target, headings)


# --- the ballot-count record -----------------------------------------------------------------------

def build_count_record(ws: Workspace, meeting_id: int) -> Document:
    """Biên bản kiểm phiếu: the ballots issued, returned, valid and invalid,
    per item the votes for and against and the written opinions of absent
    members as the threshold counts them; signed by the Ban kiểm phiếu."""
    overview = ws.council.overview(meeting_id)
    meeting, quorum = overview.meeting, overview.quorum
    board = ws.council.counters(meeting_id)
    if not board:
        raise ValidationError("Chưa ghi Ban kiểm phiếu của phiên họp; biên bản kiểm phiếu do Ban kiểm phiếu ký.")
    outcomes = ws.council.results(meeting_id)
    commune = ws.commune.current()
    first = [o for o in outcomes if o.round == 1]
    returned = max((o.agree + o.disagree + o.invalid for o in first), default=0)
    body: list[Block] = _demo(ws)
    body += _bases(legal_bases.BALLOT_COUNT_RECORD, meeting.held_at.date())
    body += [
        Para.of(f"Hồi {_when(meeting.held_at)}, tại {meeting.place}, Ban kiểm phiếu do Hội đồng Thi đua – Khen thưởng "
                f"xã {commune.name} bầu tại phiên họp xét khen thưởng năm {meeting.year}, gồm: "
                f"{_board_text(ws, meeting_id)}, tiến hành kiểm phiếu bỏ phiếu kín."),
        Para.of(f"Tổng số thành viên Hội đồng: {quorum.members_total}; có mặt: {quorum.present}; vắng mặt có ý kiến "
                f"bằng văn bản: {quorum.absent_with_opinion}; vắng mặt: {quorum.absent + quorum.unmarked}."),
        Para.of(f"Số phiếu phát ra: {quorum.present}; số phiếu thu vào: {returned}."),
        Heading("KẾT QUẢ KIỂM PHIẾU", 1),
    ]
    written = quorum.absent_with_opinion > 0
    second = any((o.round or 0) > 1 for o in outcomes)
    columns = [Column("STT", 0.45, "center"), Column("Họ và tên, danh hiệu đề nghị", 2.6)]
    if second:
        columns.append(Column("Vòng", 0.5, "center"))
    columns += [Column("Phiếu thu vào", 0.75, "center"), Column("Phiếu hợp lệ", 0.75, "center"),
                Column("Phiếu không hợp lệ", 0.8, "center"), Column("Đồng ý", 0.7, "center"),
                Column("Không đồng ý", 0.75, "center")]
    if written:
        columns.append(Column("Ý kiến bằng văn bản: đồng ý/ không đồng ý", 1.1, "center"))
    columns.append(Column("Kết quả", 1.0, "center"))
    rows = []
    for o in outcomes:
        row: list = [o.position, f"{o.nominee} – {printed_name(o.title)}"]
        if second:
            row.append(o.round or "")
        voted = o.agree is not None
        row += [o.agree + o.disagree + o.invalid if voted else "", o.agree + o.disagree if voted else "",
                _blank(o.invalid), _blank(o.agree), _blank(o.disagree)]
        if written:
            row.append(f"{o.written_agree}/{o.written_disagree}" if voted else "")
        row.append(o.result_label)
        rows.append(tuple(row))
    body.append(Table(tuple(columns), tuple(rows), caption="Kết quả kiểm phiếu từng trường hợp"))
    body += _threshold_lines(outcomes)
    if written:
        body.append(Para.of(_written_rule(outcomes)))
    body.append(Para.of("Ban kiểm phiếu chịu trách nhiệm về tính chính xác của kết quả kiểm phiếu."))
    head, *members = board
    return Document(kind=DocumentKind.MINUTES, issuer=_council_issuer(ws), **_numbered(meeting.count_number),
                    summary=f"Kiểm phiếu xét khen thưởng năm {meeting.year}", title="Biên bản kiểm phiếu",
                    place=commune.place_name, date=meeting.held_at.date(), body=tuple(body),
                    signature=Signature(("TRƯỞNG BAN KIỂM PHIẾU",), head.full_name),
                    co_signers=tuple(Signature(("THÀNH VIÊN",), m.full_name) for m in members),
                    meta={"title": f"Biên bản kiểm phiếu năm {meeting.year}"})


def _written_rule(outcomes: Sequence[ItemOutcome]) -> str:
    """How the written opinions of absent members entered the result, per the threshold of each title."""
    counted = list(dict.fromkeys(printed_name(o.title) for o in outcomes if o.count_written))
    other = list(dict.fromkeys(printed_name(o.title) for o in outcomes if not o.count_written))
    parts = []
    if counted:
        parts.append(f"được tính vào số phiếu đồng ý đối với {', '.join(counted)}")
    if other:
        parts.append(f"được ghi nhận nhưng không tính vào kết quả đối với {', '.join(other)}")
    return "Ý kiến bằng văn bản của thành viên vắng mặt " + "; ".join(parts) + "."


def _chair(ws: Workspace, overview: MeetingOverview) -> str:
    return overview.meeting.chaired_by or _members_by_role(ws, overview.meeting.council_id, CouncilRole.CHAIR)


def _secretary(ws: Workspace, council_id: int, title: str) -> Signature:
    """The secretary signs a biên bản on the left, the chair on the right (NĐ 30/2020, Phụ lục I, mẫu biên bản)."""
    return Signature((title,), _members_by_role(ws, council_id, CouncilRole.SECRETARY))


def write_count_record(ws: Workspace, meeting_id: int, path: str | os.PathLike) -> Path:
    return save(build_count_record(ws, meeting_id), path)


# --- the minutes ----------------------------------------------------------------------------

def _result_rows(outcomes: Sequence[ItemOutcome], renumber: bool = False) -> tuple[tuple, ...]:
    """The vote on each case; numbered as on the agenda, or from 1 in an extract (``renumber``)."""
    rows = []
    for number, o in enumerate(outcomes, start=1):
        base = o.members_total if o.threshold_base == "all_members" else o.members_present
        rows.append((number if renumber else o.position, o.nominee, o.unit, printed_name(o.title), _counts_text(o.votes_for, base), o.result_label))
    return tuple(rows)


RESULT_COLUMNS = (Column("STT", 0.5, "center"), Column("Họ và tên", 1.9), Column("Đơn vị", 2.0),
                  Column("Danh hiệu, hình thức đề nghị", 1.9), Column("Số phiếu đồng ý", 1.4, "center"),
                  Column("Kết quả", 1.1, "center"))


def _is_commune(ws: Workspace, title_code: str) -> bool:
    return commune_chairman_may_decide(ws.award_history.title_by_code(title_code).level)


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
    body += _bases(legal_bases.COUNCIL_MINUTES, meeting.held_at.date())
    body += [
        Heading("I. THỜI GIAN, ĐỊA ĐIỂM", 1),
        Para.of(f"Vào hồi {_when(meeting.held_at)}, tại {meeting.place}, Hội đồng Thi đua – Khen thưởng xã "
                f"{commune.name} (nhiệm kỳ {meeting.council_term}) họp xét khen thưởng năm {meeting.year}."),
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
    body.append(Para.of(quorum.text))
    board = _board_text(ws, meeting_id)
    body += [Heading("III. NỘI DUNG", 1),
             Para.of(f"Thư ký Hội đồng trình bày {len(outcomes)} trường hợp đề nghị khen thưởng năm {meeting.year} "
                     "do các đơn vị đề nghị (tóm tắt thành tích, đối chiếu tiêu chuẩn). Hội đồng thảo luận và bỏ "
                     "phiếu kín từng trường hợp"
                     + (f"; Ban kiểm phiếu gồm: {board}" if board else "")
                     + (". Ý kiến bằng văn bản của thành viên vắng mặt được tổng hợp vào kết quả."
                        if quorum.absent_with_opinion else "."))]
    body.append(Table(RESULT_COLUMNS, _result_rows(outcomes), caption="Kết quả biểu quyết"))
    body += _threshold_lines(outcomes)
    body.append(Heading("IV. KẾT LUẬN", 1))
    approved = [o for o in outcomes if o.result == ItemResult.APPROVED]
    commune_items = [o for o in approved if _is_commune(ws, o.title_code)]
    higher = [o for o in approved if not _is_commune(ws, o.title_code)]
    if commune_items:
        body.append(Para.of(f"Hội đồng thống nhất đề nghị Chủ tịch UBND xã khen thưởng {len(commune_items)} "
                            "trường hợp:"))
        body.append(_by_title(commune_items))
    if higher:
        body.append(Para.of(f"Hội đồng thống nhất đề nghị UBND xã trình cấp trên xét khen thưởng {len(higher)} "
                            "trường hợp:"))
        body.append(_by_title(higher))
    if not approved:
        body.append(Para.of("Không có trường hợp nào đạt số phiếu theo quy định."))
    rejected = [o for o in outcomes if o.result != ItemResult.APPROVED]
    if rejected:
        body.append(Para.of("Không đạt: " + ", ".join(f"{o.nominee} ({printed_name(o.title)})" for o in rejected) + "."))
    body.append(Para.of(f"{_end_line(meeting)} Biên bản được thông qua tại cuộc họp; các thành viên dự họp nhất trí."))
    return Document(kind=DocumentKind.MINUTES, issuer=_council_issuer(ws), **_numbered(meeting.minutes_number),
                    summary=f"Họp Hội đồng Thi đua – Khen thưởng xét khen thưởng năm {meeting.year}",
                    title="Biên bản", place=commune.place_name, date=meeting.held_at.date(), body=tuple(body),
                    signature=Signature(("CHỦ TỌA",), chair),
                    co_signers=(_secretary(ws, meeting.council_id, "THƯ KÝ"),),
                    recipients=("UBND xã", "Thành viên Hội đồng", "Lưu: Hồ sơ khen thưởng"),
                    meta={"title": f"Biên bản họp Hội đồng TĐKT năm {meeting.year}"})


def _by_title(outcomes: Sequence[ItemOutcome]) -> Items:
    titles: dict[str, list[str]] = {}
    for o in outcomes:
        titles.setdefault(printed_name(o.title), []).append(o.nominee)
    return Items(tuple(f"{title}: {', '.join(names)} ({len(names)})" for title, names in titles.items()),
                 numbered=False)


def build_minutes_extract(ws: Workspace, meeting_id: int, items: Sequence[ProvinceItem]) -> Document:
    """Trích biên bản: the part of the minutes about ``items`` (what the
    council passed for titles above the commune, from
    ``ws.council.passed_for_province``) with the vote, for the province
    dossier; certified by the council's chairman on behalf of the council."""
    overview = ws.council.overview(meeting_id)
    meeting, quorum = overview.meeting, overview.quorum
    wanted = {i.item_id for i in items if i.meeting_id == meeting_id}
    if not wanted:
        raise ValidationError("Không có trường hợp nào của phiên họp này để trích biên bản.")
    outcomes = [o for o in ws.council.results(meeting_id) if o.item_id in wanted]
    commune = ws.commune.current()
    body: list[Block] = _demo(ws)
    body += [
        Para.of(f"Vào hồi {_when(meeting.held_at)}, tại {meeting.place}, Hội đồng Thi đua – Khen thưởng xã "
                f"{commune.name} (nhiệm kỳ {meeting.council_term}) họp xét khen thưởng năm {meeting.year}. "
                f"{quorum.text}"),
        Para.of("Hội đồng thảo luận và bỏ phiếu kín; kết quả đối với các trường hợp đề nghị cấp trên khen thưởng "
                "như sau:"),
        Table(RESULT_COLUMNS, _result_rows(outcomes, renumber=True), caption="Kết quả biểu quyết"),
        *_threshold_lines(outcomes),
        Para.of(f"Hội đồng thống nhất đề nghị UBND xã trình cấp trên xét khen thưởng {len(outcomes)} trường hợp "
                "nêu trên."),
    ]
    return Document(kind=DocumentKind.MINUTES, issuer=_council_issuer(ws), **_numbered(meeting.minutes_number),
                    summary=f"Họp Hội đồng Thi đua – Khen thưởng xét khen thưởng năm {meeting.year}",
                    title="Trích biên bản", place=commune.place_name, date=meeting.held_at.date(),
                    body=tuple(body), signature=Signature.issued_by(_chair(ws, overview), collective="HỘI ĐỒNG"),
                    meta={"title": f"Trích biên bản họp Hội đồng TĐKT năm {meeting.year}"})


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
    day = decision.signed_on or dt.date.today()
    body += _bases(legal_bases.COMMUNE_AWARD_DECISION, day)
    cited = {doc.id for doc in legal_bases.bases_for(legal_bases.COMMUNE_AWARD_DECISION, day)}
    body += [Para.of(f"Căn cứ {legal_bases.citation(doc)};", italic=True)
             for doc in decision_bases((a.title_code for a in decision.awardees), day) if doc.id not in cited]
    minutes = f"số {meeting.minutes_number.text} " if meeting.minutes_number else ""
    body += [Para.of(f"Căn cứ Biên bản {minutes}ngày {meeting.held_at:%d/%m/%Y} của Hội đồng Thi đua – Khen thưởng "
                     "xã;", italic=True),
             Para.of("Theo đề nghị của Thường trực Hội đồng Thi đua – Khen thưởng xã.", italic=True)]
    body.append(Para.of("QUYẾT ĐỊNH:", bold=True, align="center", indent=False))
    count = len(decision.awardees)
    nominees = {a.nominee.nominee for a in decision.awardees}
    awards = f" ({count:02d} danh hiệu, hình thức khen thưởng)" if count != len(nominees) else ""
    body.append(Para((Run("Điều 1. ", bold=True),
                      Run(f"Khen thưởng {nominee_count(n.type for n in nominees)}{awards} đã có thành tích trong phong trào thi "
                          f"đua năm {meeting.year} (có danh sách kèm theo)."))))
    total = decision.total_amount or 0
    body.append(Para((Run("Điều 2. ", bold=True),
                      Run(f"Tiền thưởng kèm theo danh hiệu, hình thức khen thưởng thực hiện theo quy định hiện "
                          f"hành; tổng số tiền: {format_number(total)} đồng, chi từ Quỹ thi đua, khen thưởng của xã."))))
    body.append(Para((Run("Điều 3. ", bold=True),
                      Run("Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND xã, công chức phụ "
                          "trách Tài chính – Kế toán, Thường trực Hội đồng Thi đua – Khen thưởng xã và các "
                          f"{nominee_kinds(n.type for n in nominees)} có tên tại Điều 1 chịu trách nhiệm thi hành "
                          "Quyết định này."))))
    number_text = decision.number or ""
    signed = f"{decision.signed_on:%d/%m/%Y}" if decision.signed_on else "      /      /"
    rows = [(i, a.name, a.job_unit, printed_name(a.title_name), Money(a.amount) if a.amount is not None else "Chưa có mức")
            for i, a in enumerate(decision.awardees, start=1)]
    rows.append(("", "Tổng cộng", f"{count} trường hợp", "", Money(total)))
    annex = Annex("DANH SÁCH KHEN THƯỞNG",
                  f"(Kèm theo Quyết định số {number_text or '      /QĐ-UBND'} ngày {signed} của Chủ tịch UBND xã "
                  f"{commune.name})",
                  (Table((Column("STT", 0.5, "center"), Column("Họ và tên", 2.0), Column("Chức vụ, đơn vị", 3.0),
                          Column("Danh hiệu, hình thức", 2.0), Column("Số tiền", 1.4, "right")),
                         tuple(rows), sheet="Danh sách khen thưởng", total_rows=1),))
    # The chairman's own decision: "CHỦ TỊCH"; a vice-chairman signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
    title = (decision.signer_title or "Chủ tịch").strip()
    deputy = None if title.lower() == "chủ tịch" else title.upper()
    signature = Signature.issued_by(decision.signer_name or "", deputy=deputy)
    return Document(kind=DocumentKind.DECISION, issuer=Issuer.commune(commune.name), number=decision.seq,
                    symbol=number_text.split("/", 1)[1] if "/" in number_text else None, summary=decision.summary,
                    place=commune.place_name, date=decision.signed_on, body=tuple(body), signature=signature,
                    recipients=("Như Điều 3", "Thường trực Đảng ủy, HĐND xã (để b/c)", "Lưu: VT, Hồ sơ TĐKT"),
                    annexes=(annex,), meta={"title": f"Quyết định khen thưởng năm {meeting.year}"})


def write_decision(ws: Workspace, meeting_id: int, path: str | os.PathLike) -> Path:
    return save(build_decision(ws, meeting_id), path)


# --- all at once --------------------------------------------------------------------------------

def write_all(ws: Workspace, meeting_id: int, folder: str | os.PathLike) -> list[Path]:
    """Every paper of the meeting that can be made now (``paper_plan``) into
    ``folder``, created when missing: ballots, count record, minutes (PDF +
    DOCX), the decision, the certificates and the recognition papers once
    the decision is drafted."""
    from tnapp.reports.certificates import write_certificates, write_recognitions
    from tnapp.services.council_papers import paper_plan
    out = Path(folder).expanduser()
    if out.exists() and not out.is_dir():
        raise ValidationError(f"«{out}» là một tệp, không phải thư mục.", field="folder")
    out.mkdir(parents=True, exist_ok=True)
    writers = {"ballots": write_ballots, "count": write_count_record, "minutes": write_minutes,
               "decision": write_decision, "certificates": write_certificates, "recognitions": write_recognitions}
    return [writers[plan.key](ws, meeting_id, out / name)
            for plan in paper_plan(ws, meeting_id) if plan.written for name in plan.files]


__all__: Sequence[str] = ("build_count_record", "build_decision", "build_minutes",
                          "build_minutes_extract", "write_all", "write_ballots", "write_count_record", "write_decision", "write_minutes")
