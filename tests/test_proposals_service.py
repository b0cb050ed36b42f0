"""Award proposals (ws.proposals) on SQLite and PostgreSQL: the draft saved at
every step and resumed from a new Workspace, overrides audited, submission
numbered from the register with the prize money, totals, the dossier."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tnapp.cli import main
from tnapp.domain.eligibility import VerdictKind
from tnapp.domain.emulation_rules import Nominee, NomineeType
from tnapp.domain.formatting import format_number
from tnapp.domain.proposal_wizard import Draft, Step
from tnapp.domain.vocab import DocumentKind, ProposalState
from tnapp.errors import ConflictError, ValidationError
from tnapp.models import AuditEntry, Proposal, ProposalNominee
from tnapp.services.proposals import DraftState
from tnapp.services.workspace import Workspace

YEAR = 2025
DAY = dt.date(2025, 12, 20)


def pick(ws: Workspace, code: str, kind: VerdictKind, nominee_type: NomineeType, n: int = 1) -> list[Nominee]:
    rows = ws.eligibility.review(YEAR, nominee_types={nominee_type}, title_codes={code})
    found = [r.nominee for r in rows if r.verdict(code) and r.verdict(code).verdict is kind]
    assert len(found) >= n, f"the demo needs {n} {kind.value} for {code}"
    return found[:n]


def fill(state: DraftState, **changes) -> Draft:
    """The draft with every active nominee changed so."""
    return replace(state.draft, nominees=tuple(replace(x, **changes) for x in state.draft.nominees))


def walk_to_dossier(ws: Workspace, nominees: list[Nominee], code: str = "LDTT") -> DraftState:
    state = ws.proposals.start_draft(YEAR, code, decision_date=DAY, nominees=nominees)
    state = ws.proposals.save_step(state.proposal_id, state.step, state.draft, state.version)
    assert state.step is Step.ELIGIBILITY
    draft = replace(state.draft, nominees=tuple(
        replace(x, override_reason="Có thành tích đột xuất trong phòng chống bão lũ" if x.needs_override else "")
        for x in state.draft.nominees))
    state = ws.proposals.save_step(state.proposal_id, state.step, draft, state.version)
    state = ws.proposals.save_step(state.proposal_id, state.step,
                                   fill(state, achievements="Hoàn thành tốt nhiệm vụ năm 2025."), state.version)
    assert state.step is Step.DOSSIER
    return state


def test_draft_saved_at_every_step_and_resumed_from_a_new_workspace(demo_ws: Workspace) -> None:
    chosen = pick(demo_ws, "LDTT", VerdictKind.ELIGIBLE, NomineeType.PERSON, 2)
    state = demo_ws.proposals.start_draft(YEAR, "LDTT", decision_date=DAY, nominees=chosen)
    assert state.step is Step.NOMINEES and [x.nominee for x in state.draft.nominees] == chosen

    with Workspace.open(demo_ws.url, demo_ws.actor) as other:  # another window, or the app reopened
        resumed = other.proposals.resume(state.proposal_id)
        assert resumed.step is Step.NOMINEES and resumed.draft == state.draft
        moved = other.proposals.save_step(resumed.proposal_id, resumed.step, resumed.draft, resumed.version)
    assert moved.step is Step.ELIGIBILITY
    assert all(x.verdict is not None and x.verdict.verdict is VerdictKind.ELIGIBLE for x in moved.draft.nominees)

    with demo_ws.read() as session:  # the step, the draft and the nominees' rows, saved together
        proposal = session.get(Proposal, state.proposal_id)
        assert proposal.wizard_step == "eligibility" and proposal.version == moved.version
        rows = session.scalars(select(ProposalNominee).where(ProposalNominee.proposal_id == proposal.id)
                               .order_by(ProposalNominee.sort_order)).all()
        assert [Nominee.of(r) for r in rows] == chosen
        assert all(r.eligibility["verdict"] == "eligible" and r.eligibility["criteria"] for r in rows)

    typed = fill(moved, achievements="Đang gõ dở")  # closing mid-way keeps what was typed, at the same step
    kept = demo_ws.proposals.save_step(moved.proposal_id, Step.ACHIEVEMENTS, typed, moved.version, direction="stay")
    again = demo_ws.proposals.resume(kept.proposal_id)
    assert again.step is Step.ACHIEVEMENTS and again.draft.nominees[0].achievements == "Đang gõ dở"
    back = demo_ws.proposals.save_step(kept.proposal_id, Step.ACHIEVEMENTS, again.draft, kept.version,
                                       direction="back")
    assert back.step is Step.ELIGIBILITY

    with pytest.raises(ConflictError):  # a form opened on an older version
        demo_ws.proposals.save_step(state.proposal_id, Step.ELIGIBILITY, again.draft, state.version)


def test_a_blocking_failure_needs_a_reason_and_the_override_is_audited(demo_ws: Workspace) -> None:
    failing = pick(demo_ws, "LDTT", VerdictKind.NOT_ELIGIBLE, NomineeType.PERSON)
    state = demo_ws.proposals.start_draft(YEAR, "LDTT", decision_date=DAY, nominees=failing)
    state = demo_ws.proposals.save_step(state.proposal_id, state.step, state.draft, state.version)
    assert state.draft.nominees[0].needs_override
    with pytest.raises(ValidationError, match="Lý do vẫn đề nghị") as caught:
        demo_ws.proposals.save_step(state.proposal_id, state.step, state.draft, state.version)
    assert caught.value.field == "override_reason"
    assert demo_ws.proposals.resume(state.proposal_id).version == state.version  # nothing saved

    reason = "Cứu hai học sinh đuối nước tháng 8/2025, được tỉnh biểu dương"
    moved = demo_ws.proposals.save_step(state.proposal_id, state.step, fill(state, override_reason=reason),
                                        state.version)
    assert moved.step is Step.ACHIEVEMENTS
    with demo_ws.read() as session:
        row = session.scalars(select(ProposalNominee).where(ProposalNominee.proposal_id == state.proposal_id)).one()
        assert row.override_reason == reason
        audited = session.scalars(select(AuditEntry.reason).where(AuditEntry.entity == "proposal_nominee",
                                                                  AuditEntry.entity_id == row.id)).all()
    assert any(reason in (r or "") for r in audited)

    excluded = demo_ws.proposals.save_step(moved.proposal_id, Step.ELIGIBILITY, fill(moved, excluded=True),
                                           moved.version, direction="stay")
    with pytest.raises(ValidationError, match="Tất cả đối tượng đều đã bị loại"):  # all refused: no way on
        demo_ws.proposals.save_step(excluded.proposal_id, Step.ELIGIBILITY, excluded.draft, excluded.version)


def proposed_by(ws: Workspace, state: DraftState, unit_id: int | None, number: int | None = None,
                day: dt.date | None = None) -> DraftState:
    """The draft at its dossier step with this proposing unit and the unit's own number and date of its Tờ trình."""
    draft = replace(state.draft, proposing_unit_id=unit_id, unit_number=number, unit_date=day)
    return ws.proposals.save_step(state.proposal_id, state.step, draft, state.version, direction="stay")


def test_submit_numbers_only_ubnds_own_to_trinh_and_keeps_verdicts_and_prizes(demo_ws: Workspace) -> None:
    people = pick(demo_ws, "LDTT", VerdictKind.ELIGIBLE, NomineeType.PERSON, 3)
    unit = demo_ws.people.get(people[0].id).unit_id
    first = proposed_by(demo_ws, walk_to_dossier(demo_ws, people[:2]), unit)
    second = proposed_by(demo_ws, walk_to_dossier(demo_ws, people[2:]), None)  # UBND xã's own Tờ trình
    before = {n.seq for n in demo_ws.documents.register(dt.date.today().year, DocumentKind.SUBMISSION)}

    a = demo_ws.proposals.submit(first.proposal_id, first.version)
    assert {n.seq for n in demo_ws.documents.register(dt.date.today().year, DocumentKind.SUBMISSION)} == before
    assert a.submission_number is None  # the unit's register numbers it: left to write by hand
    b = demo_ws.proposals.submit(second.proposal_id, second.version)
    assert b.submission_number == f"{max(before, default=0) + 1:02d}/TTr-UBND"
    assert a.state is ProposalState.SUBMITTED
    assert a.step is Step.SUBMITTED and a.submitted_at is not None
    assert [n.prize_amount for n in a.nominees] == [710_000, 710_000]  # 0,3 × 2.340.000 rounded up
    assert a.total_prize == 1_420_000
    assert all(n.verdict is VerdictKind.ELIGIBLE for n in a.nominees)
    totals = demo_ws.proposals.totals(demo_ws.proposals.list(year=YEAR))
    assert (totals.proposals, totals.nominees, totals.prize) == (2, 3, 2_130_000)
    assert totals.prize_by_title == {"LDTT": 2_130_000}

    with pytest.raises(ValidationError, match="chỉ bản nháp"):
        demo_ws.proposals.save_step(a.id, Step.DOSSIER, first.draft, a.version)
    withdrawn = demo_ws.proposals.withdraw(b.id, "Đơn vị xin rút để bổ sung hồ sơ", b.version)
    assert withdrawn.state is ProposalState.WITHDRAWN
    assert demo_ws.proposals.totals(demo_ws.proposals.list(year=YEAR)).prize == 1_420_000


def test_an_incomplete_draft_is_not_submitted_and_takes_no_number(demo_ws: Workspace) -> None:
    chosen = pick(demo_ws, "LDTT", VerdictKind.ELIGIBLE, NomineeType.PERSON)
    state = demo_ws.proposals.start_draft(YEAR, "LDTT", decision_date=DAY, nominees=chosen)
    before = demo_ws.documents.register(dt.date.today().year, DocumentKind.SUBMISSION)
    with pytest.raises(ValidationError, match="Chưa xét điều kiện"):
        demo_ws.proposals.submit(state.proposal_id, state.version)
    assert demo_ws.documents.register(dt.date.today().year, DocumentKind.SUBMISSION) == before
    assert demo_ws.proposals.get(state.proposal_id).state is ProposalState.DRAFT


def test_a_batch_from_the_review_makes_one_proposal_per_title(demo_ws: Workspace) -> None:
    collectives = pick(demo_ws, "TTLDTT", VerdictKind.ELIGIBLE, NomineeType.COLLECTIVE, 3)
    person = pick(demo_ws, "LDTT", VerdictKind.ELIGIBLE, NomineeType.PERSON)[0]
    states = demo_ws.proposals.start_from_review(YEAR, [(c, "TTLDTT") for c in collectives] + [(person, "LDTT")])
    assert [len(s.draft.nominees) for s in states] == [3, 1]
    rows = {r.title_code: r for r in demo_ws.proposals.list(year=YEAR, state=ProposalState.DRAFT)}
    assert [n.nominee for n in rows["TTLDTT"].nominees] == collectives
    with pytest.raises(ValidationError, match="dành cho đối tượng «Cá nhân»"):  # a collective for a person's title
        demo_ws.proposals.start_from_review(YEAR, [(collectives[0], "LDTT"), (person, "LDTT")])


def test_attachments_keep_their_checksum_and_a_draft_can_be_deleted(demo_ws: Workspace, tmp_path: Path) -> None:
    chosen = pick(demo_ws, "LDTT", VerdictKind.ELIGIBLE, NomineeType.PERSON)
    state = demo_ws.proposals.start_draft(YEAR, "LDTT", decision_date=DAY, nominees=chosen)
    paper = tmp_path / "giấy-chứng-nhận.pdf"
    paper.write_bytes(b"%PDF-1.4 giay chung nhan")
    added = demo_ws.proposals.attach(state.proposal_id, paper)
    assert len(added.sha256) == 64 and added.media_type == "application/pdf"
    with pytest.raises(ValidationError, match="đã có"):
        demo_ws.proposals.attach(state.proposal_id, paper)
    assert demo_ws.proposals.attachment_data(added.id) == ("giấy-chứng-nhận.pdf", paper.read_bytes())
    assert demo_ws.proposals.get(state.proposal_id).attachments == 1
    demo_ws.proposals.delete_draft(state.proposal_id)
    assert demo_ws.proposals.list(year=YEAR) == [] and demo_ws.proposals.attachments(state.proposal_id) == []


def test_the_dossier_is_written_in_one_folder_with_names_and_amounts(demo_ws: Workspace, tmp_path: Path) -> None:
    people = pick(demo_ws, "LDTT", VerdictKind.ELIGIBLE, NomineeType.PERSON, 2)
    state = walk_to_dossier(demo_ws, people)
    row = demo_ws.proposals.submit(state.proposal_id, state.version)
    files = demo_ws.proposals.write_dossier(row.id, tmp_path)
    assert len({f.parent for f in files}) == 1
    assert sorted(f.suffix for f in files) == [".docx"] * 4 + [".pdf"] * 4  # tờ trình, danh sách, 2 báo cáo
    names = [n.name for n in row.nominees]

    def text(stem: str) -> str:
        pdf = next(f for f in files if f.name.startswith(stem) and f.suffix == ".pdf")
        return " ".join(page.extract_text() for page in PdfReader(pdf).pages)

    submission = text("01-to-trinh")
    assert f"Số: {row.submission_number}" in submission and "TỜ TRÌNH" in submission
    assert all(name in submission for name in names) and format_number(1_420_000) in submission
    listing = text("02-danh-sach")
    assert all(name in listing for name in names)
    assert format_number(710_000) in listing and format_number(1_420_000) in listing
    assert "BÁO CÁO THÀNH TÍCH" in text("03-bao-cao") and names[0] in text("03-bao-cao")
    assert "Hoàn thành tốt nhiệm vụ năm 2025." in text("03-bao-cao")


def test_cli_lists_proposals_as_json_and_writes_the_dossier(sqlite_demo: Workspace, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    people = pick(sqlite_demo, "LDTT", VerdictKind.ELIGIBLE, NomineeType.PERSON, 2)
    state = walk_to_dossier(sqlite_demo, people)
    row = sqlite_demo.proposals.submit(state.proposal_id, state.version)
    db = str(sqlite_demo.url.database)
    assert main(["--db", db, "proposals", "--year", str(YEAR), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    [listed] = data["proposals"]
    assert (listed["id"], listed["title_code"], listed["state"], listed["step"]) == (row.id, "LDTT", "submitted",
                                                                                    "submitted")
    assert [n["verdict"] for n in listed["nominees"]] == ["eligible", "eligible"]
    assert [n["prize_amount"] for n in listed["nominees"]] == [710_000, 710_000]
    assert data["totals"]["prize"] == 1_420_000 and listed["submission_number"] == row.submission_number
    assert main(["--db", db, "dossier", str(row.id), "-o", str(tmp_path / "ho-so")]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 8
    assert main(["--db", db, "dossier", "999", "-o", str(tmp_path)]) == 2
    assert "Không tìm thấy đề nghị #999" in capsys.readouterr().err


def test_the_units_own_number_and_date_are_refused_when_they_cannot_be_true(demo_ws: Workspace) -> None:
    people = pick(demo_ws, "LDTT", VerdictKind.ELIGIBLE, NomineeType.PERSON)
    unit = demo_ws.people.get(people[0].id).unit_id
    state = walk_to_dossier(demo_ws, people)
    cases = ((None, 12, None, "unit_number", "chỉ ghi khi đã chọn đơn vị đề nghị"),
             (unit, 0, None, "unit_number", "phải là số từ 1 đến 99999"),
             (unit, 3, dt.date.today() + dt.timedelta(days=1), "unit_date", "chưa tới"))
    for unit_id, number, day, field, message in cases:
        with pytest.raises(ValidationError, match=message) as caught:
            proposed_by(demo_ws, state, unit_id, number, day)
        assert caught.value.field == field
    assert demo_ws.proposals.resume(state.proposal_id).version == state.version  # nothing saved
    kept = proposed_by(demo_ws, state, unit, 7, dt.date(2026, 1, 9))
    with pytest.raises(ValidationError, match="sau ngày trình Hội đồng 08/01/2026") as caught:
        demo_ws.proposals.submit(kept.proposal_id, kept.version, on=dt.date(2026, 1, 8))
    assert caught.value.field == "unit_date"
    assert demo_ws.proposals.get(kept.proposal_id).state is ProposalState.DRAFT
    row = demo_ws.proposals.submit(kept.proposal_id, kept.version, on=dt.date(2026, 1, 12))
    assert row.submission_number == f"07/TTr-{demo_ws.units.get(unit).symbol}"
