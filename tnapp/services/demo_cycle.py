"""Last year's whole award cycle in the demo commune, built by calling the
services as a user would (so a newcomer sees every paper without building it):
2025 proposals for each commune title and a province title, the council's
meeting with its tallies (one item not passed), the signed commune decision
and the province proposal sent and awaiting the province.

Run after ``SeedService.load_demo`` by ``tnapp init --demo``, ``tnapp --demo``
and the first-run dialog; the demo tests load the commune alone."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from tnapp.domain.eligibility import VerdictKind
from tnapp.domain.emulation_rules import Nominee, NomineeType
from tnapp.domain.proposal_wizard import DraftNominee, Step
from tnapp.domain.vocab import Attendance, UnitKind
from tnapp.errors import TNAppError
from tnapp.i18n import _
from tnapp.services.council_views import MeetingInput, TallyInput

if TYPE_CHECKING:
    from tnapp.services.eligibility import ReviewRow
    from tnapp.services.workspace import Workspace

YEAR = 2025
MEETING_AT = dt.datetime(2026, 1, 20, 8, 0)
SUBMITTED_ON = dt.date(2026, 1, 12)
UNIT_PAPERS_ON = dt.date(2026, 1, 9)  # the units' Tờ trình, each numbered in the unit's own register
SIGNED_ON = dt.date(2026, 1, 22)
SENT_ON = dt.date(2026, 1, 26)


# What the demo's proposals say the nominees achieved: a household or a village has no "task assigned".
ACHIEVEMENTS = {
    "": "{rating} được giao năm {year}; tích cực trong các phong trào thi đua của xã.",
    "GDVH": "Gương mẫu chấp hành chủ trương, pháp luật, hương ước của thôn; gia đình hòa thuận, tích cực tham gia "
            "các phong trào thi đua của thôn năm {year}.",
    "GK_HGD": "Ba năm liền (2023–{year}) đạt danh hiệu «Gia đình văn hóa»; tích cực tham gia các phong trào thi đua "
              "của thôn.",
    "GK_TT": "Hoàn thành tốt nhiệm vụ năm {year}; mô hình «Phụ nữ giữ đường làng xanh – sạch – đẹp» được biểu "
             "dương tại hội nghị sơ kết phong trào thi đua của xã.",
    "TVH": "Đa số hộ gia đình được thôn họp bình xét đạt tiêu chuẩn «Gia đình văn hóa» năm {year}; thực hiện tốt hương ước, giữ gìn an ninh trật tự, "
           "vệ sinh môi trường.",
}


def _achievements(ws: Workspace, code: str, nominee: DraftNominee) -> str:
    """What the proposal says the nominee achieved; a task's completion is the level rated for the
    year (the unit head confirms the report: it never claims a better rating than the one recorded)."""
    if code in ACHIEVEMENTS:
        return ACHIEVEMENTS[code].format(year=YEAR)
    rating = ws.eligibility.facts(nominee.nominee, YEAR).ratings.get(YEAR)
    if rating is None:
        raise TNAppError(_("Dữ liệu mẫu: {nominee} chưa có mức xếp loại năm {year}.", nominee=nominee.name, year=YEAR))
    return ACHIEVEMENTS[""].format(year=YEAR, rating=rating.label)


def _propose(ws: Workspace, code: str, nominees: list[Nominee], unit_id: int, number: int | None) -> int:
    """One proposal through the wizard's steps, with the unit's own number of its Tờ trình (None: a
    village's paper, numbered by hand), then submitted to the council."""
    state = ws.proposals.start_draft(YEAR, code, nominees=nominees, proposing_unit_id=unit_id,
                                     decision_date=SIGNED_ON)
    state = ws.proposals.save_step(state.proposal_id, Step.NOMINEES, state.draft)  # judged on entering eligibility
    draft = replace(state.draft, unit_number=number, unit_date=UNIT_PAPERS_ON if number else None,
                    nominees=tuple(replace(n, achievements=_achievements(ws, code, n))
                                   for n in state.draft.nominees))
    state = ws.proposals.save_step(state.proposal_id, Step.ELIGIBILITY, draft)
    ws.proposals.submit(state.proposal_id, on=SUBMITTED_ON)  # every step's checks run again here
    return state.proposal_id


# The titles proposed, with how many nominees each (LĐTT: two, the council rejects the second).
PLAN = (("LDTT", 2), ("CSTDCS", 1), ("GK", 1), ("TTLDTT", 1), ("GK_TT", 1), ("GK_HGD", 1), ("GDVH", 1), ("TVH", 1),
        ("BKT", 1))
LEADING_BODIES = (UnitKind.PARTY, UnitKind.PEOPLES_COUNCIL, UnitKind.GOVERNMENT)
SAME_AS = {"BKT": "CSTDCS", "GDVH": "GK_HGD"}  # the province's Bằng khen for the CSTĐCS; the household's two titles


def _eligible(row: ReviewRow, code: str) -> bool:
    verdict = row.verdict(code)
    return verdict is not None and verdict.verdict is VerdictKind.ELIGIBLE


def _pick(ws: Workspace) -> list[tuple[str, list[Nominee], int]]:
    """Each title's nominees from the 2025 review, eligible under the rule set in
    force (the demo's data gives every title someone eligible), nobody proposed
    for two titles (but ``SAME_AS``) nor awarded already; each proposed by its own
    unit — a household by its village."""
    awarded = {a.nominee.nominee for a in ws.award_history.list(year=YEAR)}  # nobody proposed twice for 2025
    # The commune's leading bodies do not propose themselves to the chairman (UBND xã would address its own head).
    leading = {u.id for u in ws.units.list() if u.parent_id is None and u.kind in LEADING_BODIES}
    rows = [r for r in ws.eligibility.review(YEAR) if r.nominee not in awarded
            and not (r.nominee.type is NomineeType.COLLECTIVE and r.nominee.id in leading)]
    villages = {h.id: h.village_id for h in ws.households.list()}
    used: set[Nominee] = set()
    picks: dict[str, list] = {}
    scarce = ("CSTDCS", "GK")  # few are eligible for them: picked before LĐTT takes anyone
    for code, count in sorted(PLAN, key=lambda c: c[0] not in scarce):
        if code in SAME_AS:
            chosen = [r for r in picks[SAME_AS[code]] if _eligible(r, code)]
        else:
            eligible = [r for r in rows if r.nominee not in used and _eligible(r, code)]
            # one proposal, one proposing unit: its nominees from the same unit (the first with enough of them)
            unit = next((r.unit_id for r in eligible if sum(x.unit_id == r.unit_id for x in eligible) >= count),
                        None)
            chosen = [r for r in eligible if r.unit_id == unit][:count]
        if len(chosen) < count:
            raise TNAppError(_("Dữ liệu mẫu không có ai đủ điều kiện «{code}» năm {year} để đề nghị.", code=code,
                                   year=YEAR))
        used.update(r.nominee for r in chosen)
        picks[code] = chosen
    plan = []
    for code, _count in PLAN:
        nominees = [r.nominee for r in picks[code]]
        first = nominees[0]
        unit_id = (villages[first.id] if first.type is NomineeType.HOUSEHOLD else
                   first.id if first.type is NomineeType.COLLECTIVE else picks[code][0].unit_id)
        plan.append((code, nominees, unit_id))
    return plan


def load_demo_cycle(ws: Workspace) -> None:
    plan = _pick(ws)
    villages = {u.id for u in ws.units.list() if u.kind is UnitKind.VILLAGE}
    papers: dict[int, int] = {}  # each unit's register: its next number
    for code, nominees, unit_id in plan:
        number = None if unit_id in villages else papers.get(unit_id, 1)
        if number is not None:
            papers[unit_id] = number + 1
        _propose(ws, code, nominees, unit_id, number)
    council = ws.council.current_council(MEETING_AT.date())
    meeting = ws.council.create_meeting(MeetingInput(council.id, MEETING_AT, "Hội trường UBND xã", YEAR,
                                                     ws.council.members(council.id)[0].full_name))
    members = ws.council.members(council.id)
    ws.council.set_attendance_many(meeting.id, {m.id: Attendance.PRESENT for m in members})
    ws.council.set_counters(meeting.id, members[3].id, [members[4].id, members[5].id])  # the Ban kiểm phiếu elected
    agenda = ws.council.build_agenda(meeting.id)
    ws.council.start_meeting(meeting.id)
    present = ws.council.get_meeting(meeting.id).members_present
    for i, item in enumerate(agenda):
        not_passed = i == 1  # the second LĐTT nominee: the council does not pass it
        ws.council.record_tally(item.id, TallyInput(2, present - 2) if not_passed else TallyInput(present, 0))
    ws.council.close_meeting(meeting.id, ended_at=MEETING_AT + dt.timedelta(hours=2, minutes=30))
    ws.province.send(meeting.id, SENT_ON)  # the province title leaves the commune's flow first
    decision = ws.council.draft_decision(meeting.id, on_date=SIGNED_ON)
    ws.council.sign_decision(decision.id, SIGNED_ON)
