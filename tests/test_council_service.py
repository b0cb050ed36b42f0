"""The council service on SQLite and PostgreSQL: attendance, the agenda from
submitted proposals, tallies and their refusals (nothing changed), the
decision and its signing (award history written at once), the CLI and the
papers of the meeting."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from council_fixtures import ADMIN, SECRETARY, add_council, open_meeting, submit_proposals
from tnapp.cli import main
from tnapp.domain.emulation_rules import Nominee, NomineeType
from tnapp.domain.permissions import Permission
from tnapp.domain.vocab import MatterKind, Attendance, DecisionState, DocumentKind, MeetingState, NumberState, ProposalState
from tnapp.errors import ValidationError
from tnapp.models import AwardRecord
from tnapp.models.awards import Proposal
from tnapp.models.council import MeetingAttendance, Tally
from tnapp.reports import council_docs
from tnapp.reports.certificates import write_certificates
from tnapp.services.council import ItemResult, MeetingInput, TallyInput
from tnapp.services.discipline import DisciplineInput
from tnapp.services.workspace import Workspace

YEAR = 2026


@pytest.fixture
def sec(db_url: str) -> Iterator[Workspace]:
    """The demo commune, acting as the council's secretary."""
    admin = Workspace.open(db_url, ADMIN)
    admin.seed.load_demo()
    admin.close()
    workspace = Workspace.open(db_url, SECRETARY)
    yield workspace
    workspace.close()


def _tallies(ws: Workspace) -> list[tuple]:
    with ws.read() as session:
        return [(t.item_id, t.round, t.agree, t.disagree) for t in session.scalars(select(Tally).order_by(Tally.id))]


def _awards(ws: Workspace) -> int:
    with ws.read() as session:
        return session.scalar(select(func.count()).select_from(AwardRecord).where(AwardRecord.decision_id.is_not(None)))


def _states(ws: Workspace) -> dict[int, ProposalState]:
    with ws.read() as session:
        return {p.id: p.state for p in session.scalars(select(Proposal).where(Proposal.year == YEAR))}


# --- attendance -------------------------------------------------------------------------------

def test_a_member_has_one_attendance_per_meeting(sec: Workspace) -> None:
    council_id = sec.council.councils()[0].id
    meeting = sec.council.create_meeting(MeetingInput(council_id, dt.datetime(YEAR, 12, 15, 8), "Hội trường", YEAR))
    member = sec.council.members(council_id)[0]
    sec.council.set_attendance(meeting.id, member.id, Attendance.PRESENT)
    row = sec.council.set_attendance(meeting.id, member.id, Attendance.ABSENT_WITH_OPINION)
    assert row.status is Attendance.ABSENT_WITH_OPINION
    with sec.read() as session:
        assert session.scalar(select(func.count()).where(MeetingAttendance.meeting_id == meeting.id)) == 1
    quorum = sec.council.quorum(meeting.id)
    assert (quorum.present, quorum.absent_with_opinion, quorum.unmarked, quorum.met) == (0, 1, 8, False)
    # the unique key refuses a second row for the same member, whatever the service does
    with pytest.raises(Exception):
        with sec.write(Permission.RUN_COUNCIL) as session:
            session.add(MeetingAttendance(meeting_id=meeting.id, member_id=member.id, status=Attendance.PRESENT))
    assert sec.council.attendance(meeting.id)[0].status is Attendance.ABSENT_WITH_OPINION


def test_attendance_of_a_member_of_another_council_refused(sec: Workspace) -> None:
    council_id = sec.council.councils()[0].id
    other = add_council(sec, 3, term="2031-2036")
    meeting = sec.council.create_meeting(MeetingInput(council_id, dt.datetime(YEAR, 12, 15, 8), "Hội trường", YEAR))
    mine = sec.council.members(council_id)[0].id
    stranger = sec.council.members(other)[0].id
    with pytest.raises(ValidationError, match="không thuộc Hội đồng"):
        sec.council.set_attendance_many(meeting.id, {mine: Attendance.PRESENT, stranger: Attendance.PRESENT})
    assert all(a.status is None for a in sec.council.attendance(meeting.id))  # nothing half-saved


# --- agenda ------------------------------------------------------------------------------------

def test_agenda_from_submitted_proposals_grouped_by_title_in_name_order(sec: Workspace) -> None:
    submit_proposals(sec, YEAR, {"CSTDCS": ["Đặng Thị Ánh", "Lê Văn An"], "LDTT": ["Mai Thị Ơn", "Lê Thị Dung"]})
    submit_proposals(sec, YEAR - 1, {"LDTT": ["Trần Văn Ân"]})  # another year: not on this agenda
    with sec.write(Permission.EDIT_PROPOSALS,
                   actor=ADMIN) as session:
        draft = session.scalars(select(Proposal).where(Proposal.year == YEAR - 1)).one()
        draft.year, draft.state = YEAR, ProposalState.DRAFT  # a draft of this year: not on it either
    council_id = sec.council.councils()[0].id
    meeting = open_meeting(sec, council_id, start=False)
    agenda = sec.council.agenda(meeting)
    # LĐTT comes before CSTĐCS in the catalogue; names by given name: An < Ánh, Dung < Ơn
    assert [(a.title_code, a.nominee_name) for a in agenda] == [
        ("LDTT", "Lê Thị Dung"), ("LDTT", "Mai Thị Ơn"), ("CSTDCS", "Lê Văn An"), ("CSTDCS", "Đặng Thị Ánh")]
    assert [a.position for a in agenda] == [1, 2, 3, 4]
    assert agenda[2].threshold.base.value == "all_members" and agenda[0].threshold.strict
    # rebuilt while planned: a proposal submitted since then joins
    submit_proposals(sec, YEAR, {"GK": ["Nguyễn Văn Đức"]})
    assert len(sec.council.build_agenda(meeting)) == 5
    sec.council.start_meeting(meeting)
    with pytest.raises(ValidationError, match="chưa bắt đầu"):
        sec.council.build_agenda(meeting)
    assert len(sec.council.agenda(meeting)) == 5
    slide = sec.council.slides(meeting)[2]
    # judged on the meeting's day (15/12), not the verdict stored when proposed: 2026 is not rated yet
    assert slide.eligibility.verdict_label == "Chưa đủ thông tin để kết luận"
    assert slide.eligibility.judged_on == dt.date(YEAR, 12, 15)
    assert slide.prize_amount and slide.proposer and slide.next_item


def test_slides_judge_eligibility_on_the_meetings_day(sec: Workspace, db_url: str) -> None:
    """Issue 16: a matter opened after the meeting does not bar the nominee on its slides (nor does
    the verdict stored when proposed stand in for the meeting's day); one opened before does."""
    submit_proposals(sec, YEAR, {"CSTDCS": ["Lê Văn An"]})
    council_id = sec.council.councils()[0].id
    meeting = open_meeting(sec, council_id, start=False, held_at=dt.datetime(YEAR, 6, 15, 8, 0))
    admin = Workspace.open(db_url, ADMIN)
    an = Nominee(NomineeType.PERSON, next(p.id for p in admin.people.list() if p.full_name == "Lê Văn An"))
    record = admin.discipline.create(DisciplineInput(an, MatterKind.INSPECTION, dt.date(YEAR, 7, 1)))

    def pending_line(slide) -> bool | None:
        return next(line.met for line in slide.eligibility.lines if line.text.startswith("Không đang bị xem xét"))

    slide = sec.council.slides(meeting)[0]
    assert slide.eligibility.judged_on == dt.date(YEAR, 6, 15) and pending_line(slide) is True
    assert pending_line(sec.council.slide(slide.item_id)) is True
    admin.discipline.update(record.id, DisciplineInput(an, MatterKind.INSPECTION, dt.date(YEAR, 6, 1)))
    admin.close()
    slide = sec.council.slides(meeting)[0]
    assert pending_line(slide) is False and slide.eligibility.eligible is False
    assert "01/06/2026" in next(line.explanation for line in slide.eligibility.lines if line.met is False)


def test_a_meeting_after_the_years_end_judges_pending_matters_on_its_own_day(sec: Workspace, db_url: str) -> None:
    """Issue 16: the meeting of 20/01/2026 on the 2025 proposals judges 2025's results with the matters
    pending on 20/01/2026 (NĐ 152/2025 Điều 4): an investigation opened on 10/01/2026 bars the nominee on
    the slide, an inspection settled on 15/01/2026 no longer does. The year-end review of 2025, held
    without a meeting, still looks at 31/12/2025."""
    submit_proposals(sec, YEAR - 1, {"LDTT": ["Lê Văn An"]})
    council_id = sec.council.councils()[0].id
    meeting = open_meeting(sec, council_id, YEAR - 1, start=False, held_at=dt.datetime(YEAR, 1, 20, 8, 0))
    admin = Workspace.open(db_url, ADMIN)
    an = Nominee(NomineeType.PERSON, next(p.id for p in admin.people.list() if p.full_name == "Lê Văn An"))

    def pending_line(slide) -> tuple[bool | None, str]:
        return next((line.met, line.explanation) for line in slide.eligibility.lines
                    if line.text.startswith("Không đang bị xem xét"))

    def review_pending() -> bool:
        return sec.eligibility.review(YEAR - 1, nominee=an)[0].pending

    slide = sec.council.slides(meeting)[0]
    assert slide.eligibility.judged_on == dt.date(YEAR, 1, 20) and slide.eligibility.eligible is True
    record = admin.discipline.create(DisciplineInput(an, MatterKind.INVESTIGATION, dt.date(YEAR, 1, 10)))
    slide = sec.council.slides(meeting)[0]
    met, why = pending_line(slide)
    assert met is False and slide.eligibility.eligible is False and "10/01/2026" in why and "20/01/2026" in why
    assert pending_line(sec.council.slide(slide.item_id))[0] is False
    assert not review_pending()  # the year-end review looks at 31/12/2025, before it was opened
    admin.discipline.update(record.id, DisciplineInput(an, MatterKind.INSPECTION, dt.date(YEAR - 1, 11, 5),
                                                       resolved_on=dt.date(YEAR, 1, 15)))
    admin.close()
    slide = sec.council.slides(meeting)[0]
    assert pending_line(slide)[0] is True and slide.eligibility.eligible is True
    assert review_pending()  # on 31/12/2025 the inspection was still running


# --- tallies -----------------------------------------------------------------------------------

def test_tally_refusals_leave_nothing_changed(sec: Workspace) -> None:
    submit_proposals(sec, YEAR, {"LDTT": ["Lê Văn An", "Lê Thị Dung"]})
    council_id = sec.council.councils()[0].id
    meeting = open_meeting(sec, council_id, present=7, with_opinion=1, start=False)
    first, second = sec.council.agenda(meeting)
    with pytest.raises(ValidationError, match="chưa bắt đầu"):
        sec.council.record_tally(first.id, TallyInput(7, 0))
    sec.council.start_meeting(meeting)
    sec.council.record_tally(first.id, TallyInput(6, 1, written_agree=1))
    before = _tallies(sec)
    with pytest.raises(ValidationError, match="nhiều hơn số thành viên có mặt") as more:
        sec.council.record_tally(second.id, TallyInput(7, 1))
    assert more.value.field == "agree"
    with pytest.raises(ValidationError, match="ý kiến bằng văn bản") as written:
        sec.council.record_tally(second.id, TallyInput(5, 1, written_agree=2))
    assert written.value.field == "written_agree"
    with pytest.raises(ValidationError, match="mới ghi 0") as missing:  # the absent member's opinion left out
        sec.council.record_tally(second.id, TallyInput(5, 1))
    assert missing.value.field == "written_agree"
    with pytest.raises(ValidationError, match="Chưa có phiếu bầu nào") as empty:  # an all-zero tally
        sec.council.record_tally(second.id, TallyInput(0, 0, written_agree=1))
    assert empty.value.field == "agree"
    with pytest.raises(ValidationError, match="vòng 1 đã được ghi"):
        sec.council.record_tally(first.id, TallyInput(6, 1, written_agree=1), round=1)
    with pytest.raises(ValidationError, match="thông qua ở vòng 1"):
        sec.council.record_tally(first.id, TallyInput(6, 1, written_agree=1))
    # two members leave: 5 of 9 present is below the 2/3 quorum
    members = sec.council.members(council_id)
    sec.council.set_attendance_many(meeting, {members[5].id: Attendance.ABSENT, members[6].id: Attendance.ABSENT})
    with pytest.raises(ValidationError, match="không đủ số lượng"):
        sec.council.record_tally(second.id, TallyInput(4, 1))
    assert _tallies(sec) == before


def test_thresholds_applied_with_written_opinions_and_a_second_round(sec: Workspace) -> None:
    council_id = add_council(sec, 10)
    submit_proposals(sec, YEAR, {"CSTDCS": ["Lê Văn An", "Đặng Thị Ánh"], "LDTT": ["Lê Thị Dung"]})
    meeting = open_meeting(sec, council_id, present=8, with_opinion=1)
    dung, an, anh = sec.council.agenda(meeting)
    assert sec.council.record_tally(dung.id, TallyInput(5, 3, written_agree=1)).approved  # 5 of 8 present: quá nửa
    tally = sec.council.record_tally(an.id, TallyInput(7, 1, written_agree=1))  # 8 of ALL 10 = 80 %: exactly
    assert (tally.votes_for, tally.needed, tally.approved) == (8, 8, True)
    failed = sec.council.record_tally(anh.id, TallyInput(7, 1, written_disagree=1))  # 7 of 10 < 80 %
    assert not failed.approved
    assert sec.council.agenda(meeting)[2].next_round_allowed
    second = sec.council.record_tally(anh.id, TallyInput(7, 1, written_agree=1))
    assert (second.round, second.approved) == (2, True)
    with pytest.raises(ValidationError, match="thông qua ở vòng 2"):
        sec.council.record_tally(anh.id, TallyInput(8, 0))
    results = sec.council.results(meeting)
    assert [(r.round, r.result, r.threshold_base) for r in results] == [
        (1, ItemResult.APPROVED, "present"), (1, ItemResult.APPROVED, "all_members"),
        (2, ItemResult.APPROVED, "all_members")]
    assert results[1].threshold_share == "80 %" and "Điều 30.7" in results[1].basis


def test_no_second_round_when_the_setting_forbids_it(sec: Workspace, db_url: str) -> None:
    with Workspace.open(db_url, ADMIN) as admin:
        admin.settings.set("council.second_round_allowed", False, dt.date(2000, 1, 1))
    submit_proposals(sec, YEAR, {"CSTDCS": ["Lê Văn An"]})
    meeting = open_meeting(sec, sec.council.councils()[0].id)
    item = sec.council.agenda(meeting)[0]
    assert not sec.council.record_tally(item.id, TallyInput(6, 3)).approved  # 6 of 9 < 80 %
    with pytest.raises(ValidationError, match="không cho bỏ phiếu vòng 2") as refused:
        sec.council.record_tally(item.id, TallyInput(9, 0))
    assert refused.value.field == "round"


# --- the decision ----------------------------------------------------------------------------

def _closed_meeting(sec: Workspace) -> int:
    submit_proposals(sec, YEAR, {"CSTDCS": ["Lê Văn An"], "LDTT": ["Lê Thị Dung", "Mai Thị Ơn"],
                                 "GK": ["Nguyễn Văn Đức"]})
    meeting = open_meeting(sec, sec.council.councils()[0].id)
    for item, counts in zip(sec.council.agenda(meeting), ((3, 6), (8, 1), (8, 1), (9, 0))):
        sec.council.record_tally(item.id, TallyInput(*counts))
    with pytest.raises(ValidationError, match="Đã kết thúc"):  # closing twice
        sec.council.close_meeting(sec.council.close_meeting(meeting).id)
    return meeting


def test_closing_the_meeting_refuses_further_tallies(sec: Workspace) -> None:
    meeting = _closed_meeting(sec)
    assert sec.council.get_meeting(meeting).state is MeetingState.CLOSED
    before = _tallies(sec)
    with pytest.raises(ValidationError, match="đã kết thúc"):
        sec.council.record_tally(sec.council.agenda(meeting)[1].id, TallyInput(8, 1))
    assert _tallies(sec) == before
    # one proposal per title; the LĐTT one passes for one of its two nominees
    assert sorted(s.value for s in _states(sec).values()) == ["approved", "approved", "approved"]


def test_signing_writes_award_history_at_once_and_only_once(sec: Workspace) -> None:
    meeting = _closed_meeting(sec)
    draft = sec.council.draft_decision(meeting, on_date=dt.date(YEAR, 12, 20))
    assert draft.state is DecisionState.DRAFT and draft.number == "01/QĐ-UBND"
    assert [a.name for a in draft.awardees] == ["Mai Thị Ơn", "Lê Văn An", "Nguyễn Văn Đức"]
    assert draft.total_amount == sum(a.amount for a in draft.awardees) > 0
    with pytest.raises(ValidationError, match="trước ngày họp") as early:
        sec.council.sign_decision(draft.id, dt.date(YEAR, 12, 1))
    assert early.value.field == "signed_on" and _awards(sec) == 0
    signed = sec.council.sign_decision(draft.id, dt.date(YEAR, 12, 22))
    assert (signed.state, signed.award_records) == (DecisionState.SIGNED, 3)
    history = [a for a in sec.award_history.list(year=YEAR) if a.from_decision]
    assert sorted((a.nominee.name, a.decision_number, a.decision_date) for a in history) == [
        ("Lê Văn An", "01/QĐ-UBND", dt.date(YEAR, 12, 22)), ("Mai Thị Ơn", "01/QĐ-UBND", dt.date(YEAR, 12, 22)),
        ("Nguyễn Văn Đức", "01/QĐ-UBND", dt.date(YEAR, 12, 22))]
    assert all(a.issuer == "Chủ tịch UBND xã Thượng Ninh" and a.amount for a in history)
    assert sorted(s.value for s in _states(sec).values()) == ["decided", "decided", "decided"]
    assert sec.documents.get(signed.number_id).state is NumberState.ISSUED
    with pytest.raises(ValidationError, match="không ghi lại lần hai"):
        sec.council.sign_decision(draft.id, dt.date(YEAR, 12, 23))
    assert _awards(sec) == 3


def test_a_decision_number_already_used_is_refused_nothing_changed(sec: Workspace) -> None:
    meeting = _closed_meeting(sec)
    draft = sec.council.draft_decision(meeting, on_date=dt.date(YEAR, 12, 20))
    sec.documents.record(DocumentKind.DECISION, 7, "Quyết định khác", year=YEAR)
    states = _states(sec)
    with pytest.raises(ValidationError, match="07/QĐ-UBND năm 2026 đã được dùng"):
        sec.council.sign_decision(draft.id, dt.date(YEAR, 12, 22), seq=7)
    assert (_awards(sec), _states(sec)) == (0, states)
    assert sec.council.decision(meeting).state is DecisionState.DRAFT
    assert sec.documents.get(draft.number_id).state is NumberState.RESERVED
    # the number actually signed, typed by hand: the reserved one is cancelled, the typed one issued
    signed = sec.council.sign_decision(draft.id, dt.date(YEAR, 12, 22), seq=8)
    assert signed.number == "08/QĐ-UBND" and signed.award_records == 3
    assert sec.documents.get(draft.number_id).state is NumberState.CANCELLED


# --- CLI and papers --------------------------------------------------------------------------------

def test_cli_meetings_and_tally_json(sec: Workspace, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    meeting = _closed_meeting(sec)
    assert main(["--db", db_url, "meetings", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["state"], r["item_count"]) for r in rows] == [(meeting, "closed", 4)]
    assert main(["--db", db_url, "tally", str(meeting), "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [(i["nominee"], i["agree"], i["result"]) for i in items] == [
        ("Lê Thị Dung", 3, "rejected"), ("Mai Thị Ơn", 8, "approved"), ("Lê Văn An", 8, "approved"),
        ("Nguyễn Văn Đức", 9, "approved")]
    cstdcs = items[2]
    assert (cstdcs["threshold_share"], cstdcs["threshold_base"], cstdcs["round"]) == ("80 %", "all_members", 1)
    assert main(["--db", db_url, "tally", "999"]) == 2
    assert "Không tìm thấy phiên họp #999" in capsys.readouterr().err


def _pdf_text(path: Path) -> str:
    """The text of every page, table cells' line breaks undone."""
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_papers_of_the_meeting(sec: Workspace, tmp_path: Path) -> None:
    meeting = _closed_meeting(sec)
    draft = sec.council.draft_decision(meeting, on_date=dt.date(YEAR, 12, 20))
    sec.council.sign_decision(draft.id, dt.date(YEAR, 12, 22))
    ballots = council_docs.write_ballots(sec, meeting, tmp_path / "phieu.pdf")
    assert len(PdfReader(ballots).pages) == 9  # one per member
    assert "PHIẾU BẦU" in _pdf_text(ballots) and "Không đồng ý" in _pdf_text(ballots)
    count = _pdf_text(council_docs.write_count_record(sec, meeting, tmp_path / "kiem-phieu.pdf"))
    assert "BIÊN BẢN KIỂM PHIẾU" in count and "Lê Thị Dung" in count and "Không thông qua" in count
    minutes = _pdf_text(council_docs.write_minutes(sec, meeting, tmp_path / "bien-ban.pdf"))
    assert "Có mặt 9/9" in minutes and "8/9 (88,9%)" in minutes and "Trần Văn Ân" in minutes
    word = docx.Document(council_docs.write_minutes(sec, meeting, tmp_path / "bien-ban.docx"))
    assert any("Lê Văn An" in c.text for t in word.tables for r in t.rows for c in r.cells)
    decision = _pdf_text(council_docs.write_decision(sec, meeting, tmp_path / "qd.pdf"))
    assert "01/QĐ-UBND" in decision and "Nghị định số 152/2025/NĐ-CP" in decision and "Nguyễn Văn Đức" in decision
    total = sec.council.decision(meeting).total_amount
    assert f"{total:,}".replace(",", ".") + " đ" in decision
    certificates = write_certificates(sec, meeting, tmp_path / "giay-khen.pdf")
    pages = [p.extract_text() for p in PdfReader(certificates).pages]
    assert len(pages) == 2  # CSTĐCS Lê Văn An and Giấy khen Nguyễn Văn Đức; LĐTT has no certificate
    assert "TẶNG DANH HIỆU" in pages[0] and "Lê Văn An" in pages[0] and "Số sổ vàng" in pages[0]
    assert "GIẤY KHEN" in pages[1] and "01/QĐ-UBND" in pages[1]


def test_council_minutes_have_their_own_number_series(sec: Workspace) -> None:
    """Each body numbers its own documents (NĐ 30/2020): 01/BB-UBND and 01/BB-HĐTĐKT both exist."""
    committee = sec.documents.reserve(DocumentKind.MINUTES, "Biên bản họp UBND", year=YEAR)
    council = sec.documents.reserve(DocumentKind.MINUTES, "Biên bản họp Hội đồng", year=YEAR, council=True)
    assert (committee.number, council.number) == ("01/BB-UBND", "01/BB-HĐTĐKT")
    assert sec.documents.reserve(DocumentKind.MINUTES, "Biên bản thứ hai", year=YEAR, council=True).seq == 2
    with pytest.raises(ValidationError, match="01/BB-HĐTĐKT năm 2026 đã được dùng"):
        sec.documents.record(DocumentKind.MINUTES, 1, "Nhập tay", year=YEAR, council=True)


def test_members_one_chair_and_removal_after_attendance_refused(sec: Workspace) -> None:
    from tnapp.domain.vocab import CouncilRole
    from tnapp.services.council import MemberInput

    council_id = sec.council.councils()[0].id
    with pytest.raises(ValidationError, match="đã có Chủ tịch Hội đồng là «Lê Đức Tuấn»") as twice:
        sec.council.add_member(council_id, MemberInput("Người Thứ Hai", CouncilRole.CHAIR))
    assert twice.value.field == "role"
    assert [m.role for m in sec.council.members(council_id)][:3] == [
        CouncilRole.CHAIR, CouncilRole.VICE_CHAIR, CouncilRole.VICE_CHAIR]
    meeting = sec.council.create_meeting(MeetingInput(council_id, dt.datetime(YEAR, 12, 15, 8), "Hội trường", YEAR))
    member = sec.council.members(council_id)[3]
    sec.council.set_attendance(meeting.id, member.id, Attendance.PRESENT)
    with pytest.raises(ValidationError, match="1 lượt điểm danh"):
        sec.council.remove_member(member.id)
    assert len(sec.council.members(council_id)) == 9


def _x_of(path: Path, needle: str) -> float:
    """Where ``needle`` starts on the first page (points from the left)."""
    found: list[float] = []

    def visit(text: str, cm: list, tm: list, *_: object) -> None:
        if needle in text:
            found.append(tm[4] * cm[0] + cm[4])

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return found[0]


def test_certificate_offset_moves_the_print_for_pre_printed_paper(sec: Workspace, db_url: str,
                                                                  tmp_path: Path) -> None:
    meeting = _closed_meeting(sec)
    sec.council.draft_decision(meeting, on_date=dt.date(YEAR, 12, 20))
    plain = write_certificates(sec, meeting, tmp_path / "thang.pdf")
    with Workspace.open(db_url, ADMIN) as admin:
        admin.settings.set("council.certificate_offset_mm", {"x": 5, "y": 0}, dt.date(2000, 1, 1))
    moved = write_certificates(sec, meeting, tmp_path / "lech.pdf")
    shift_mm = (_x_of(moved, "Quyết định số") - _x_of(plain, "Quyết định số")) / (72 / 25.4)
    assert shift_mm == pytest.approx(5, abs=0.01)


# --- the commune decides commune titles; the rest goes to the province ----------------------------

def _mixed_meeting(sec: Workspace, **close: object) -> int:
    """A closed meeting that passed a province title (Bằng khen của Chủ tịch UBND tỉnh, Lê Văn An), two
    commune titles for one person (LĐTT and Giấy khen, Mai Thị Ơn) and CSTĐCS; one absent member gave a
    written opinion on every item."""
    submit_proposals(sec, YEAR, {"LDTT": ["Mai Thị Ơn"], "CSTDCS": ["Lê Thị Dung"], "GK": ["Mai Thị Ơn"],
                                 "BKT": ["Lê Văn An"]})
    meeting = open_meeting(sec, sec.council.councils()[0].id, present=8, with_opinion=1)
    for item in sec.council.agenda(meeting):
        sec.council.record_tally(item.id, TallyInput(7, 1, written_agree=1))
    sec.council.close_meeting(meeting, **close)
    return meeting


def _decisions(ws: Workspace) -> tuple[int, int]:
    from tnapp.models import DocumentNumber
    from tnapp.models.council import Decision
    with ws.read() as session:
        return (session.scalar(select(func.count()).select_from(Decision)),
                session.scalar(select(func.count()).select_from(DocumentNumber)))


def test_a_province_title_passed_by_the_council_stays_out_of_the_commune_decision(sec: Workspace) -> None:
    meeting = _mixed_meeting(sec)
    bkt = next(a for a in sec.council.agenda(meeting) if a.title_code == "BKT")
    assert bkt.result == ItemResult.APPROVED
    before = _decisions(sec)
    with pytest.raises(ValidationError, match="vượt thẩm quyền của Chủ tịch UBND xã") as refused:
        sec.council.draft_decision(meeting, on_date=dt.date(YEAR, 12, 20), item_ids=[bkt.id])
    assert "Lê Văn An" in str(refused.value) and "Nghị định 129/2025/NĐ-CP, Điều 59" in str(refused.value)
    assert _decisions(sec) == before and sec.council.decision(meeting) is None  # no number taken, nothing saved
    draft = sec.council.draft_decision(meeting, on_date=dt.date(YEAR, 12, 20))
    assert sorted(a.title_code for a in draft.awardees) == ["CSTDCS", "GK", "LDTT"]
    # what the province route takes: the item with its vote
    [sent] = sec.council.passed_for_province(YEAR)
    assert (sent.item_id, sent.nominee, sent.title_code, sent.level) == (bkt.id, "Lê Văn An", "BKT", "province")
    assert (sent.agree, sent.disagree, sent.written_agree, sent.members_present, sent.members_total) == (7, 1, 1, 8, 9)
    signed = sec.council.sign_decision(draft.id, dt.date(YEAR, 12, 22))
    history = [a for a in sec.award_history.list(year=YEAR) if a.from_decision]
    assert signed.award_records == 3 and sorted(a.title_code for a in history) == ["CSTDCS", "GK", "LDTT"]
    assert {a.issuer for a in history} == {"Chủ tịch UBND xã Thượng Ninh"}
    with sec.read() as session:  # the province proposal waits for the province, its state untouched by signing
        states = {p.title.code: p.state for p in session.scalars(select(Proposal).where(Proposal.year == YEAR))}
    assert states["BKT"] is ProposalState.APPROVED and states["LDTT"] is ProposalState.DECIDED


def test_a_title_raised_above_the_commune_after_the_draft_is_refused_at_signing(sec: Workspace) -> None:
    from tnapp.domain.vocab import AwardLevel
    from tnapp.models import AwardTitle
    meeting = _mixed_meeting(sec)
    draft = sec.council.draft_decision(meeting, on_date=dt.date(YEAR, 12, 20))
    with sec.write(Permission.EDIT_PROPOSALS, actor=ADMIN) as session:
        session.scalars(select(AwardTitle).where(AwardTitle.code == "GK")).one().level = AwardLevel.PROVINCE
    with pytest.raises(ValidationError, match="vượt thẩm quyền"):
        sec.council.sign_decision(draft.id, dt.date(YEAR, 12, 22))
    assert _awards(sec) == 0 and sec.council.decision(meeting).state is DecisionState.DRAFT


def test_several_awards_to_one_person_are_a_warning_before_signing(sec: Workspace) -> None:
    meeting = _mixed_meeting(sec)
    draft = sec.council.draft_decision(meeting, on_date=dt.date(YEAR, 12, 20))
    assert len(draft.warnings) == 1
    assert "«Mai Thị Ơn» nhận 2 danh hiệu" in draft.warnings[0] and "Lao động tiên tiến" in draft.warnings[0]


# --- input that cannot be true ------------------------------------------------------------------

def _meetings(ws: Workspace) -> list[tuple]:
    return [(m.id, m.held_at, m.version) for m in ws.council.meetings()]


def test_a_meeting_outside_the_councils_term_is_refused(sec: Workspace) -> None:
    council_id = sec.council.councils()[0].id  # term 2026-2031, from 05/01/2026
    with pytest.raises(ValidationError, match="15/12/2025 nằm ngoài nhiệm kỳ") as early:
        sec.council.create_meeting(MeetingInput(council_id, dt.datetime(2025, 12, 15, 8), "Hội trường", 2025))
    assert early.value.field == "held_at" and _meetings(sec) == []
    meeting = sec.council.create_meeting(MeetingInput(council_id, dt.datetime(2026, 1, 10, 8), "Hội trường", 2025))
    before = _meetings(sec)
    with pytest.raises(ValidationError, match="nằm ngoài nhiệm kỳ"):
        sec.council.update_meeting(meeting.id, MeetingInput(council_id, dt.datetime(2031, 7, 1, 8), "Hội trường",
                                                            2025))
    with pytest.raises(ValidationError, match="phải sau giờ bắt đầu") as end:
        sec.council.update_meeting(meeting.id, MeetingInput(council_id, dt.datetime(2026, 1, 10, 8), "Hội trường",
                                                            2025, ended_at=dt.datetime(2026, 1, 10, 7, 30)))
    assert end.value.field == "ended_at" and _meetings(sec) == before


def test_one_person_both_present_and_absent_is_refused(sec: Workspace) -> None:
    from tnapp.domain.vocab import CouncilRole
    from tnapp.services.council import MemberInput
    council_id = sec.council.councils()[0].id
    twin = sec.council.add_member(council_id, MemberInput("  Lê  Đức Tuấn ", CouncilRole.MEMBER))  # entered twice
    chair = sec.council.members(council_id)[0]
    meeting = sec.council.create_meeting(MeetingInput(council_id, dt.datetime(YEAR, 12, 15, 8), "Hội trường", YEAR))
    with pytest.raises(ValidationError, match="«Lê Đức Tuấn» được ghi hai lần"):
        sec.council.set_attendance_many(meeting.id, {chair.id: Attendance.PRESENT, twin.id: Attendance.ABSENT})
    assert all(a.status is None for a in sec.council.attendance(meeting.id))
    sec.council.set_attendance(meeting.id, chair.id, Attendance.PRESENT)
    with pytest.raises(ValidationError, match="được ghi hai lần"):
        sec.council.set_attendance(meeting.id, twin.id, Attendance.ABSENT_WITH_OPINION)
    assert [a.status for a in sec.council.attendance(meeting.id) if a.member_id == twin.id] == [None]


def test_the_ban_kiem_phieu_is_present_and_recorded_before_ballots_are_counted(sec: Workspace) -> None:
    submit_proposals(sec, YEAR, {"LDTT": ["Lê Văn An"]})
    council_id = sec.council.councils()[0].id
    meeting = sec.council.create_meeting(MeetingInput(council_id, dt.datetime(YEAR, 12, 15, 8), "Hội trường", YEAR))
    members = sec.council.members(council_id)
    sec.council.set_attendance_many(meeting.id, {m.id: Attendance.PRESENT if i < 8 else Attendance.ABSENT
                                                 for i, m in enumerate(members)})
    sec.council.build_agenda(meeting.id)
    sec.council.start_meeting(meeting.id)
    item = sec.council.agenda(meeting.id)[0]
    with pytest.raises(ValidationError, match="chưa ghi Ban kiểm phiếu"):
        sec.council.record_tally(item.id, TallyInput(8, 0))
    with pytest.raises(ValidationError, match="chưa được điểm danh có mặt") as absent:
        sec.council.set_counters(meeting.id, members[3].id, [members[8].id])
    assert absent.value.field == "member_ids" and sec.council.counters(meeting.id) == []
    board = sec.council.set_counters(meeting.id, members[3].id, [members[4].id, members[5].id])
    assert [(c.full_name, c.label) for c in board] == [
        (members[3].full_name, "Trưởng ban"), (members[4].full_name, "Thành viên"), (members[5].full_name,
                                                                                    "Thành viên")]
    with pytest.raises(ValidationError, match="Ban kiểm phiếu nên phải có mặt"):
        sec.council.set_attendance(meeting.id, members[4].id, Attendance.ABSENT)
    assert sec.council.record_tally(item.id, TallyInput(8, 0)).approved
    with pytest.raises(ValidationError, match="đã kiểm phiếu"):
        sec.council.set_counters(meeting.id, members[0].id)
    assert len(sec.council.counters(meeting.id)) == 3


# --- the papers a chairman signs -----------------------------------------------------------------

# Never on a signed paper: internal notes, the repealed decree, the app's codes and field names.
INTERNAL = ("chưa xác nhận", "98/2023", "object at", "None", "council.", "threshold", "all_members", "prize_",
            "title_code", "CSTDCS", "LDTT", "BKT", "GK_", "(căn cứ:", "Thiết lập", "19 tháng 02 năm 2025")


def test_every_council_paper_is_free_of_internal_notes_and_signed_by_who_issues_it(
        sec: Workspace, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meeting = _mixed_meeting(sec, ended_at=dt.datetime(YEAR, 12, 15, 10, 30))
    draft = sec.council.draft_decision(meeting, on_date=dt.date(YEAR, 12, 20))
    sec.council.sign_decision(draft.id, dt.date(YEAR, 12, 22))
    folder = tmp_path / "Hồ sơ #2026 %đợt 1" / "mới"  # created by the command, as `tnapp dossier` does
    assert main(["--db", db_url, "council-docs", str(meeting), "-o", str(folder)]) == 0
    out = capsys.readouterr().out
    written = [Path(line.strip()) for line in out.split("\n") if line.strip().startswith(str(folder))]
    # what it left out, and why: no household or village was proposed
    assert "Không ghi:\n  Giấy công nhận «Gia đình văn hóa», «Thôn văn hóa»: không có đề nghị nào" in out
    pdfs = {p.name: _pdf_text(p) for p in written if p.suffix == ".pdf"}
    assert sorted(pdfs) == ["bien-ban-hop-hoi-dong-2026.pdf", "bien-ban-kiem-phieu-2026.pdf", "giay-chung-nhan-2026.pdf",
                            "phieu-bau-2026.pdf", "quyet-dinh-khen-thuong-2026.pdf"]
    extract = council_docs.write_minutes(sec, meeting, folder / "extract.pdf")  # replaced below by the extract
    from tnapp.documents.output import save
    extract_doc = council_docs.build_minutes_extract(sec, meeting, sec.council.passed_for_province(YEAR))
    numbers = [row[0] for block in extract_doc.body if hasattr(block, "rows") for row in block.rows]
    assert numbers == list(range(1, len(numbers) + 1)) and numbers  # the extract numbers its own rows
    save(extract_doc, extract)
    pdfs["extract.pdf"] = _pdf_text(extract)
    for name, text in pdfs.items():
        for bad in INTERNAL:
            assert bad not in text, (name, bad)
    decision = pdfs["quyet-dinh-khen-thuong-2026.pdf"]
    assert "Bằng khen" not in decision and "Lê Văn An" not in decision  # the province title is not the commune's
    # households are named as such, kinds with none left out; Mai Thị Ơn twice
    assert "Khen thưởng 02 cá nhân (03 danh hiệu, hình thức khen thưởng) đã có thành tích" in decision
    assert "tập thể" not in decision.split("Điều 1.")[1].split("Điều 2.")[0]
    assert "và các cá nhân có tên tại Điều 1" in decision
    assert "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025" in decision
    assert "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ" in decision
    assert "86/2023" not in decision  # no «Gia đình văn hóa», «Thôn văn hóa» in it: their decree is not cited
    assert f". CHỦ TỊCH {draft.signer_name}" in decision  # after "Nơi nhận", the block is CHỦ TỊCH alone
    assert re.search(r"\b(TM|KT)\. ", decision) is None
    count = pdfs["bien-ban-kiem-phieu-2026.pdf"]
    board = [c.full_name for c in sec.council.counters(meeting)]
    assert f"TRƯỞNG BAN KIỂM PHIẾU {board[0]}" in count or all(name in count for name in board)
    assert "Số phiếu phát ra: 8; số phiếu thu vào: 8" in count
    assert "0/0" not in count and "1/0" in count  # the absent member's written opinion, counted
    minutes = pdfs["bien-ban-hop-hoi-dong-2026.pdf"]
    assert "08 giờ 00 phút" in minutes and "kết thúc hồi 10 giờ 30 phút" in minutes
    assert "trình cấp trên xét khen thưởng 1 trường hợp" in minutes and "Ban kiểm phiếu gồm" in minutes
    assert "TM. HỘI ĐỒNG" in pdfs["extract.pdf"] and "Lê Văn An" in pdfs["extract.pdf"]
    assert "Mai Thị Ơn" not in pdfs["extract.pdf"]


def test_the_checklist_names_what_each_paper_rests_on_that_is_unconfirmed(sec: Workspace) -> None:
    meeting = _mixed_meeting(sec)
    minutes = sec.council.paper_checklist(meeting, "minutes")
    keys = [c.key for c in minutes.settings]
    assert keys[0] == "council.quorum" and "council.threshold.CSTDCS" in keys
    quorum = minutes.settings[0]
    assert quorum.value == "2/3 tổng số thành viên" and quorum.where == "Quản trị → Thiết lập" and quorum.meaning
    assert any("Quy chế hoạt động của Hội đồng" in c.citation for c in minutes.legal)
    shown = "\n".join(minutes.lines())  # what the papers tab shows: Vietnamese names, never a setting's key
    assert "Số thành viên Hội đồng cần có mặt" in shown and "Tỷ lệ phiếu để đề nghị – Chiến sĩ thi đua cơ sở" in shown
    assert "council." not in shown and "«" not in shown
    sec.council.draft_decision(meeting, on_date=dt.date(YEAR, 12, 20))
    decision = sec.council.paper_checklist(meeting, "decision")
    assert "prize_multiplier.GK" in [c.key for c in decision.settings]  # the Giấy khen prize is unconfirmed
    assert "prize_multiplier.BKT" not in [c.key for c in decision.settings]  # not in the commune decision
    shown = "\n".join(decision.lines())
    assert "Hệ số tiền thưởng – Giấy khen" in shown and "prize_" not in shown
    assert any(c.citation.startswith("Nghị định số 152/2025/NĐ-CP") for c in decision.legal)
    with pytest.raises(ValidationError, match="«thư»"):
        sec.council.paper_checklist(meeting, "thư")


def test_a_closed_meeting_takes_only_its_end_time_and_note(sec: Workspace) -> None:
    meeting = _mixed_meeting(sec)
    row = sec.council.get_meeting(meeting)
    assert row.ended_at is None
    data = MeetingInput(row.council_id, row.held_at, row.place, row.year, row.chaired_by,
                        ended_at=dt.datetime(YEAR, 12, 15, 11, 15))
    assert sec.council.update_meeting(meeting, data).ended_at == dt.datetime(YEAR, 12, 15, 11, 15)
    moved = MeetingInput(row.council_id, row.held_at, "Phòng họp khác", row.year, row.chaired_by)
    with pytest.raises(ValidationError, match="chỉ sửa được giờ kết thúc và ghi chú"):
        sec.council.update_meeting(meeting, moved)
    assert sec.council.get_meeting(meeting).place == row.place
    minutes = council_docs.build_minutes(sec, meeting)
    assert any("kết thúc hồi 11 giờ 15 phút cùng ngày" in getattr(b, "text", "") for b in minutes.body)
