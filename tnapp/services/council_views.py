"""What the council service returns and takes: plain frozen dataclasses for
the council, its members, meetings, attendance and quorum, the agenda and
its slides, the tallies and the decision. No database here; the GUI, the
CLI and the documents read these (``tnapp.services.council`` re-exports them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from tnapp.domain.council_rules import ThresholdBase
from tnapp.domain.vocab import Attendance, CouncilRole, DecisionState, MeetingState
from tnapp.i18n import N_, _
from tnapp.services.emulation_excel import NomineeInfo

@dataclass(frozen=True)
class CouncilInput:
    term: str  # "2026-2031"
    established_by: str | None = None  # the decision establishing it
    start_date: dt.date | None = None
    end_date: dt.date | None = None


@dataclass(frozen=True)
class CouncilRow:
    id: int
    term: str
    established_by: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    member_count: int
    version: int


@dataclass(frozen=True)
class MemberInput:
    full_name: str
    role: CouncilRole
    position: str | None = None  # chức vụ (Phó Chủ tịch UBND xã…)
    person_id: int | None = None
    sort_order: int = 0


@dataclass(frozen=True)
class MemberRow:
    id: int
    council_id: int
    full_name: str
    position: str | None
    role: CouncilRole
    person_id: int | None
    sort_order: int
    version: int


@dataclass(frozen=True)
class MeetingInput:
    council_id: int
    held_at: dt.datetime
    place: str
    year: int  # the year whose proposals it reviews
    chaired_by: str | None = None
    note: str | None = None
    ended_at: dt.datetime | None = None  # the minutes give start (held_at) and end


@dataclass(frozen=True)
class MeetingRow:
    id: int
    council_id: int
    council_term: str
    held_at: dt.datetime
    place: str
    year: int
    state: MeetingState
    chaired_by: str | None
    note: str | None
    members_total: int
    members_present: int
    item_count: int
    version: int
    ended_at: dt.datetime | None = None
    # The council's own numbers (BB-HĐTĐKT) of the count record and the minutes, taken when the meeting
    # closed; None before (and for a meeting closed before TNApp numbered them): the paper leaves a blank.
    count_number: PaperNumber | None = None
    minutes_number: PaperNumber | None = None


@dataclass(frozen=True)
class PaperNumber:
    """A number of the register as a paper prints it after "Số:"."""

    seq: int
    symbol: str
    text: str  # "02/BB-HĐTĐKT"


@dataclass(frozen=True)
class CounterRow:
    """A member of the meeting's Ban kiểm phiếu."""

    member_id: int
    full_name: str
    position: str | None
    is_head: bool

    @property
    def label(self) -> str:
        return "Trưởng ban" if self.is_head else "Thành viên"


@dataclass(frozen=True)
class AttendanceRow:
    """One member and their attendance (None: not marked yet)."""

    member_id: int
    full_name: str
    role: CouncilRole
    position: str | None
    status: Attendance | None
    version: int | None  # of the attendance row, None when not marked


@dataclass(frozen=True)
class QuorumStatus:
    members_total: int
    present: int
    absent_with_opinion: int
    absent: int
    unmarked: int
    required: int
    met: bool
    share_text: str  # "2/3"
    basis: str
    unconfirmed: bool
    text: str  # one line for the screen and the minutes


@dataclass(frozen=True)
class ThresholdInfo:
    """The threshold applied to a title, as shown and printed."""

    title_code: str
    share: Fraction
    share_text: str  # "80 %"
    base: ThresholdBase
    base_label: str
    strict: bool
    count_written: bool
    text: str  # "≥ 80 % tổng số thành viên Hội đồng"
    basis: str
    unconfirmed: bool
    setting_key: str


@dataclass(frozen=True)
class TallyInput:
    agree: int
    disagree: int
    invalid: int = 0
    written_agree: int = 0
    written_disagree: int = 0


@dataclass(frozen=True)
class TallyRow:
    id: int
    item_id: int
    round: int
    agree: int
    disagree: int
    invalid: int
    written_agree: int
    written_disagree: int
    members_total: int
    members_present: int
    threshold_share: Fraction
    threshold_base: ThresholdBase
    threshold_basis: str | None
    approved: bool
    votes_for: int
    needed: int
    explanation: str
    version: int


@dataclass(frozen=True)
class EligibilityLine:
    text: str
    outcome_label: str  # Đạt / Không đạt / Chưa đủ thông tin
    met: bool | None  # None: unknown
    basis: str
    explanation: str
    blocking: bool = True  # False: a warning only (NĐ 152/2025 lets it pass; the slide says so)


@dataclass(frozen=True)
class EligibilitySummary:
    verdict_label: str  # Đủ điều kiện…
    eligible: bool | None
    rule_set_basis: str
    lines: tuple[EligibilityLine, ...]
    override_reason: str | None  # proposed despite the verdict, and why
    judged_on: dt.date | None = None  # the day pending matters are judged on (the meeting's); None: as proposed


class ItemResult:
    """Where an item stands: no vote yet, approved, not approved (a second round may follow)."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"

    LABELS = {PENDING: N_("Chưa biểu quyết"), APPROVED: N_("Thông qua"), REJECTED: N_("Không thông qua")}


@dataclass(frozen=True)
class AgendaItemRow:
    id: int
    meeting_id: int
    position: int  # 1, 2, …
    nominee_id: int  # ProposalNominee.id
    proposal_id: int
    nominee: NomineeInfo
    nominee_name: str
    unit_name: str
    job_title: str | None  # chức vụ of a person
    title_id: int
    title_code: str
    title_name: str
    proposer: str  # the proposing unit
    threshold: ThresholdInfo  # what applies to the next round (a recorded round keeps its own)
    tallies: tuple[TallyRow, ...]
    result: str  # ItemResult.*
    result_label: str
    next_round_allowed: bool  # a (second) round may still be recorded
    presenter_note: str | None
    version: int

    @property
    def last_tally(self) -> TallyRow | None:
        return self.tallies[-1] if self.tallies else None


@dataclass(frozen=True)
class Slide:
    """What the presentation mode shows for one agenda item."""

    item_id: int
    index: int  # 1-based
    count: int
    group_title: str  # the title heading of the group the item is in
    nominee_name: str
    unit_name: str
    job_title: str | None
    title_name: str
    title_code: str
    eligibility: EligibilitySummary | None
    achievements: str | None
    proposer: str
    prize_amount: int | None  # on the meeting date; the decision fixes it
    prize_basis: str
    threshold: ThresholdInfo
    tallies: tuple[TallyRow, ...]
    result: str  # ItemResult.*
    result_label: str
    next_round_allowed: bool
    presenter_note: str | None
    next_item: str | None  # "Nguyễn Văn A – Chiến sĩ thi đua cơ sở"
    item_version: int  # for set_presenter_note


@dataclass(frozen=True)
class ItemOutcome:
    """One line of `tnapp tally MEETING_ID --json` and of the minutes."""

    item_id: int
    position: int
    nominee: str
    unit: str
    title_code: str
    title: str
    round: int | None
    agree: int | None
    disagree: int | None
    invalid: int | None
    written_agree: int | None
    written_disagree: int | None
    members_total: int | None
    members_present: int | None
    threshold_share: str  # "80 %"
    threshold_base: str
    threshold: str
    basis: str
    unconfirmed: bool
    votes_for: int | None
    needed: int | None
    result: str  # ItemResult.*
    result_label: str
    count_written: bool = False  # written opinions of absent members count toward the threshold


@dataclass(frozen=True)
class Awardee:
    item_id: int
    nominee_id: int
    nominee: NomineeInfo
    name: str
    job_unit: str  # chức vụ/đơn vị as in the annex
    title_id: int
    title_code: str
    title_name: str
    amount: int | None  # đồng; None when no prize setting is in force


@dataclass(frozen=True)
class DecisionRow:
    id: int
    meeting_id: int | None
    number_id: int | None
    number: str | None  # "05/QĐ-UBND"
    seq: int | None
    year: int | None
    summary: str
    state: DecisionState
    signed_on: dt.date | None
    signer_name: str | None
    signer_title: str | None
    total_amount: int | None
    awardees: tuple[Awardee, ...]
    award_records: int  # award history rows written by signing it
    version: int
    warnings: tuple[str, ...] = ()  # shown before signing (several awards to one nominee)


@dataclass(frozen=True)
class ProvinceItem:
    """An item the council passed whose title is above the commune: it goes to
    the province with the vote result (the province route's input)."""

    item_id: int
    meeting_id: int
    meeting_date: dt.date
    position: int
    nominee_id: int
    proposal_id: int
    nominee: str
    unit: str
    title_id: int
    title_code: str
    title_name: str
    level: str  # AwardLevel value
    agree: int
    disagree: int
    invalid: int
    written_agree: int
    written_disagree: int
    members_total: int
    members_present: int
    votes_for: int
    needed: int
    threshold: str  # "≥ 80 % tổng số thành viên Hội đồng"


@dataclass(frozen=True)
class SettingCheck:
    """A figure in a paper resting on a setting not confirmed yet."""

    key: str
    meaning: str  # the setting's Vietnamese name (setting_rules.setting_name), never its key
    value: str
    basis: str
    where: str = N_("Quản trị → Thiết lập")


@dataclass(frozen=True)
class LegalCheck:
    """A legal basis the paper cites whose number or date was not checked."""

    citation: str
    note: str


@dataclass(frozen=True)
class PaperChecklist:
    """What to check on screen before printing or signing a paper."""

    paper: str
    settings: tuple[SettingCheck, ...]
    legal: tuple[LegalCheck, ...]

    @property
    def empty(self) -> bool:
        return not self.settings and not self.legal

    def lines(self) -> list[str]:
        """One line per check, as the screen shows it."""
        return ([_("{setting} – căn cứ: {basis} (xác nhận tại {where})",
                   setting=c.meaning if c.value.casefold() in c.meaning.casefold() else f"{c.meaning}: {c.value}",
                   basis=c.basis or _("chưa ghi"), where=_(c.where)) for c in self.settings]
                + [_("Căn cứ pháp lý: {citation} – {note}", citation=c.citation, note=c.note) for c in self.legal])


@dataclass(frozen=True)
class AgendaGroup:
    """The items of one title, under its heading and threshold."""

    title_code: str
    title_name: str
    threshold: ThresholdInfo
    slides: tuple[Slide, ...]


@dataclass(frozen=True)
class MeetingOverview:
    """Everything the meeting screen shows, read in one call."""

    meeting: MeetingRow
    quorum: QuorumStatus
    attendance: tuple[AttendanceRow, ...]
    groups: tuple[AgendaGroup, ...]
    second_round_allowed: bool  # the setting in force on the meeting date
