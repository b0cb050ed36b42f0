"""Award proposals (đề nghị khen thưởng): the wizard's draft saved at every
step, submission to the council with a number for its Tờ trình, the prize
money of each nominee, and the dossier written as PDF and Word.

The steps and what decides the next one live in
``tnapp.domain.proposal_wizard``; this service keeps the draft in
``Proposal.draft`` (JSON) and ``Proposal.wizard_step``, and the proposed
nominees as ``ProposalNominee`` rows (what the council reads: eligibility
verdict JSON, achievements, override reason, prize amount), all in one
write transaction per step.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tnapp.documents.model import default_symbol, unit_symbol
from tnapp.domain.council_rules import commune_chairman_may_decide
from tnapp.domain.eligibility import VerdictKind
from tnapp.domain.emulation_rules import Nominee, NomineeType
from tnapp.domain.formatting import document_number
from tnapp.domain.permissions import Permission
from tnapp.domain.proposal_wizard import (
    STEPS, Draft, DraftNominee, Step, TitleFacts, Transition, advance, back, check_step, criteria_initiatives,
    criteria_years, default_decision_date, resume_step, set_nominees,
)
from tnapp.domain.text import nfc
from tnapp.domain.vocab import DocumentKind, ProposalState
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import _, label
from tnapp.models import Attachment, AwardTitle, DocumentNumber, Person, Proposal, ProposalNominee, Unit
from tnapp.models.base import utcnow
from tnapp.models.council import AgendaItem
from tnapp.services.attachments import AttachmentRow, attachment_row, owned, read_upload, store_attachment
from tnapp.services.base import Service
from tnapp.services.council_views import ItemResult
from tnapp.services.documents import reserve_in
from tnapp.services.emulation_excel import load_nominee
from tnapp.services.exemplars import ExemplarRow
from tnapp.services.initiatives import InitiativeRow
from tnapp.services.prize import PrizeQuote, prize_quote

OWNER = "proposal"
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
Direction = Literal["next", "back", "stay"]


@dataclass(frozen=True)
class ProposedNominee:
    nominee: Nominee
    name: str
    unit_name: str
    verdict: VerdictKind | None
    override_reason: str | None
    achievements: str | None
    prize_amount: int | None
    council_result: str | None = None  # ItemResult (its last round at its latest meeting); None: not on an agenda

    @property
    def council_rejected(self) -> bool:
        return self.council_result == ItemResult.REJECTED


@dataclass(frozen=True)
class ProposalRow:
    id: int
    year: int
    title_code: str
    title_name: str
    movement_id: int | None
    state: ProposalState
    step: Step
    nominees: tuple[ProposedNominee, ...]
    total_prize: int  # đồng, the nominees' prize amounts
    submission_number: str | None  # "05/TTr-TrTHCS" (the unit's), "05/TTr-UBND"; None: left to fill by hand
    submitted_at: dt.datetime | None
    attachments: int
    version: int
    commune_pays: bool = True  # a title the Chủ tịch UBND xã decides; above it the province decides and pays

    @property
    def rejected(self) -> int:
        """How many of its nominees the council did not pass."""
        return sum(n.council_rejected for n in self.nominees)

    @property
    def payable(self) -> tuple[ProposedNominee, ...]:
        """The nominees the commune will pay: not rejected by the council, for a title the commune decides."""
        return tuple(n for n in self.nominees if not n.council_rejected) if self.commune_pays else ()

    @property
    def payable_prize(self) -> int:
        """đồng the commune will pay for it (``total_prize`` is what was proposed)."""
        return sum(n.prize_amount or 0 for n in self.payable)


@dataclass(frozen=True)
class Totals:
    """A year's proposals still in play (not withdrawn, not rejected): how many, and whom the commune will
    pay how much — without the nominees the council rejected and the titles the province decides and pays."""

    proposals: int
    nominees: int  # the commune's to pay
    prize: int  # đồng, the commune's to pay
    prize_by_title: dict[str, int]
    rejected: int = 0  # nominees the council did not pass
    province: int = 0  # nominees of titles above the commune (the province pays)


@dataclass(frozen=True)
class DraftState:
    """A proposal as the wizard sees it: where it stands and what it holds."""

    proposal_id: int
    state: ProposalState
    step: Step
    draft: Draft
    version: int
    notice: str = ""  # why the wizard went somewhere else than the next step


@dataclass(frozen=True)
class AchievementOptions:
    years: range  # the years the criteria looked at
    initiatives: tuple[InitiativeRow, ...]
    exemplars: tuple[ExemplarRow, ...]
    counted: tuple[int, ...]  # initiatives the criteria counted: checked by default


@dataclass(frozen=True)
class PrizeLine:
    name: str
    amount: int | None


@dataclass(frozen=True)
class PrizeSummary:
    quote: PrizeQuote | None  # None: no multiplier in force for the title on that day
    problem: str  # the message when there is no quote
    lines: tuple[PrizeLine, ...]

    @property
    def total(self) -> int:
        return sum(line.amount or 0 for line in self.lines)


def load_proposal(session: Session, proposal_id: int) -> Proposal:
    """The proposal, or a 'not found' message naming it."""
    proposal = session.get(Proposal, proposal_id)
    if proposal is None:
        raise NotFoundError(_("Không tìm thấy đề nghị #{proposal_id} (có thể đã bị xóa).", proposal_id=proposal_id))
    return proposal


def submission_number(session: Session, proposal: Proposal) -> tuple[int | None, str]:
    """The number and symbol of the proposal's Tờ trình. A unit numbers its papers from its own register,
    which TNApp does not keep: the number typed in the wizard (or a blank to fill by hand) with the unit's
    abbreviation ("…/TTr-TrTHCS"). Only UBND xã's own Tờ trình (no proposing unit) takes its register's."""
    if proposal.proposing_unit_id is not None:
        unit = session.get(Unit, proposal.proposing_unit_id)
        return Draft.from_json(proposal.draft).unit_number, unit_symbol(DocumentKind.SUBMISSION, unit.symbol)
    number = session.get(DocumentNumber, proposal.submission_number_id) if proposal.submission_number_id else None
    return (number.seq, number.symbol) if number else (None, default_symbol(DocumentKind.SUBMISSION))


def _home_unit(session: Session, nominees: Sequence[Nominee]) -> int | None:
    """The unit the nominees belong to when they share one (a person's unit, a
    collective itself, a household's village): who proposes them by default."""
    homes = set()
    for n in nominees:
        row, _ = load_nominee(session, n, field="nominees")
        homes.add(row.unit_id if isinstance(row, Person) else row.id if isinstance(row, Unit) else row.village_id)
    return homes.pop() if len(homes) == 1 else None


def describe_nominee(session: Session, nominee: Nominee) -> DraftNominee:
    """Name, unit and (for a collective) unit kind of a nominee; refused when missing."""
    row, unit_kind = load_nominee(session, nominee, field="nominees")
    if isinstance(row, Person):
        return DraftNominee(nominee, row.full_name, row.unit.name if row.unit else "")
    if isinstance(row, Unit):
        parent = session.get(Unit, row.parent_id) if row.parent_id else None
        return DraftNominee(nominee, row.name, parent.name if parent else "", unit_kind)
    return DraftNominee(nominee, f"Hộ {row.head_name}", row.village.name)


class ProposalService(Service):
    # --- reading --------------------------------------------------------------------------------

    def titles(self) -> dict[str, TitleFacts]:
        """The active titles the wizard offers, by code."""
        with self.ws.read() as session:
            return {t.code: TitleFacts(t.code, t.name, t.nominee_kind) for t in session.scalars(
                select(AwardTitle).where(AwardTitle.active.is_(True)).order_by(AwardTitle.sort_order))}

    def list(self, year: int | None = None, state: ProposalState | None = None) -> list[ProposalRow]:
        with self.ws.read() as session:
            query = select(Proposal).options(*self._options()).order_by(Proposal.year.desc(), Proposal.id)
            if year is not None:
                query = query.where(Proposal.year == year)
            if state is not None:
                query = query.where(Proposal.state == state)
            proposals = session.scalars(query).all()
            return [self._row(session, p) for p in proposals]

    def get(self, proposal_id: int) -> ProposalRow:
        with self.ws.read() as session:
            return self._row(session, self._load(session, proposal_id))

    def totals(self, rows: Sequence[ProposalRow]) -> Totals:
        live = [r for r in rows if r.state not in (ProposalState.WITHDRAWN, ProposalState.REJECTED)]
        by_title: dict[str, int] = {}
        for r in live:
            by_title[r.title_code] = by_title.get(r.title_code, 0) + r.payable_prize
        return Totals(len(live), sum(len(r.payable) for r in live), sum(r.payable_prize for r in live), by_title,
                      sum(r.rejected for r in live),
                      sum(len(r.nominees) - r.rejected for r in live if not r.commune_pays))

    def resume(self, proposal_id: int) -> DraftState:
        """The draft and the step where the wizard continues."""
        titles = self.titles()
        with self.ws.read() as session:
            proposal = self._load(session, proposal_id)
            state = self._state(proposal)
        if state.step is not Step.SUBMITTED:
            state = replace(state, step=resume_step(state.step, state.draft, titles))
        return state

    def prizes(self, proposal_id: int) -> PrizeSummary:
        """Each proposed nominee's prize: the amounts kept at submission, or
        today's quote for the planned decision date while a draft."""
        with self.ws.read() as session:
            proposal = self._load(session, proposal_id)
            draft = Draft.from_json(proposal.draft)
            names = [(n.nominee_name, n.prize_amount) for n in proposal.nominees]
            title_code = proposal.title.code
            submitted = proposal.state is not ProposalState.DRAFT
            on = draft.decision_date or default_decision_date(proposal.year)
            try:
                quote, problem = prize_quote(session, title_code, on), ""
            except NotFoundError as exc:
                quote, problem = None, str(exc)
        if submitted:
            return PrizeSummary(quote, problem, tuple(PrizeLine(name, amount) for name, amount in names))
        amount = quote.amount if quote else None
        return PrizeSummary(quote, problem, tuple(PrizeLine(n.name, amount) for n in draft.active))

    def achievement_options(self, nominee: DraftNominee, year: int) -> AchievementOptions:
        """What the achievements step offers for ``nominee``: its own initiatives
        (as author, or the collective's) and exemplars from the years its criteria
        looked at (never other people's), and the initiatives the criteria counted."""
        years = criteria_years(nominee, year)
        n = nominee.nominee
        person = n.type is NomineeType.PERSON
        initiatives = tuple(i for i in self.ws.initiatives.list() if i.year in years and (
            n.id in i.author_ids if person else n.type is NomineeType.COLLECTIVE and i.unit_id == n.id))
        exemplars = tuple(e for e in self.ws.exemplars.list() if e.year in years and e.nominee.nominee == n)
        return AchievementOptions(years, initiatives, exemplars, criteria_initiatives(nominee))

    def attachments(self, proposal_id: int) -> list[AttachmentRow]:
        with self.ws.read() as session:
            return [attachment_row(a) for a in session.scalars(owned(OWNER, proposal_id))]

    def attachment_data(self, attachment_id: int) -> tuple[str, bytes]:
        with self.ws.read() as session:
            a = session.get(Attachment, attachment_id)
            if a is None or a.owner_type != OWNER:
                raise NotFoundError(_("Không tìm thấy tệp đính kèm #{attachment_id}.", attachment_id=attachment_id))
            return a.filename, a.data

    # --- the wizard -----------------------------------------------------------------------------

    def start_draft(self, year: int, title_code: str, movement_id: int | None = None,
                    decision_date: dt.date | None = None, nominees: Sequence[Nominee] = (),
                    proposing_unit_id: int | None = None) -> DraftState:
        """A new draft for ``title_code``; with nominees (from the review) it opens at the nominees step."""
        titles = self.titles()
        with self.ws.write(Permission.EDIT_PROPOSALS) as session:
            draft = Draft(year, movement_id, title_code, decision_date or default_decision_date(year),
                          proposing_unit_id=proposing_unit_id or _home_unit(session, nominees))
            draft = set_nominees(draft, [describe_nominee(session, n) for n in nominees])
            check_step(Step.NOMINEES if nominees else Step.YEAR_TITLE, draft, titles)
            proposal = Proposal(year=year, movement_id=movement_id, title_id=self._title_id(session, title_code),
                                state=ProposalState.DRAFT,
                                proposing_unit_id=self._unit_id(session, draft.proposing_unit_id))
            session.add(proposal)
            session.flush()
            self._store(session, proposal, Step.NOMINEES if nominees else Step.YEAR_TITLE, draft)
            session.flush()
            return self._state(proposal)

    def start_from_review(self, year: int, picks: Sequence[tuple[Nominee, str]]) -> list[DraftState]:
        """Drafts for a batch chosen in the year-end review: one proposal per
        title, with all the nominees chosen for it (in the order chosen)."""
        by_title: dict[str, list[Nominee]] = {}
        for nominee, code in picks:
            if nominee not in by_title.setdefault(code, []):
                by_title[code].append(nominee)
        if not by_title:
            raise ValidationError(_("Chưa chọn đối tượng nào để đề nghị."), field="nominees")
        self.ws.require(Permission.EDIT_PROPOSALS)
        return [self.start_draft(year, code, nominees=chosen) for code, chosen in by_title.items()]

    def save_step(self, proposal_id: int, step: Step, data: Draft, expected_version: int | None = None,
                  direction: Direction = "next") -> DraftState:
        """Save what the wizard collected at ``step`` and move: ``next`` (its
        checks must pass; the transition decides where), ``back``, or
        ``stay`` (closing the wizard mid-way keeps whatever was typed).

        Entering the eligibility step judges every nominee that has no
        verdict yet (``ws.eligibility``); an override reason kept for a nominee
        is written to the audit log as the reason of the change."""
        step = Step(step)
        titles = self.titles()
        with self.ws.read() as session:  # a submitted proposal is refused before anything is judged
            self._require_draft(self._load(session, proposal_id))
            draft = self._clean(session, data)
        notice = ""
        if direction == "next":
            transition: Transition = advance(step, draft, titles)
            target, notice = transition.step, transition.notice
            if target is Step.SUBMITTED:
                raise ValidationError(_("Hãy bấm «Trình Hội đồng» để trình đề nghị."), field="state")
        elif direction == "back":
            target = back(step)
        else:
            target = step
        if direction == "next" and STEPS.index(target) >= STEPS.index(Step.ELIGIBILITY):
            draft = self._judge(draft)  # closing or going back saves what is there, never judges
        overrides = [f"{n.name}: {nfc(n.override_reason)}" for n in draft.active if n.overridden]
        reason = ("Vẫn đề nghị dù chưa đủ điều kiện — " + "; ".join(overrides)) if overrides else None
        with self.ws.write(Permission.EDIT_PROPOSALS, reason=reason) as session:
            proposal = self._load(session, proposal_id)
            self.ws.check_version(proposal, expected_version)
            self._require_draft(proposal)
            if draft.title_code != proposal.title.code:
                proposal.title_id = self._title_id(session, draft.title_code or "")
            proposal.year = draft.year or proposal.year
            proposal.movement_id = draft.movement_id
            proposal.proposing_unit_id = self._unit_id(session, draft.proposing_unit_id)
            self._store(session, proposal, target, draft)
            session.flush()
            return replace(self._state(proposal), notice=notice)

    def submit(self, proposal_id: int, expected_version: int | None = None, on: dt.date | None = None) -> ProposalRow:
        """Trình Hội đồng: every step's checks pass, the prize is quoted for
        the planned decision date, and the proposal becomes SUBMITTED on ``on``
        (today, or the day a paper already sent was dated). A unit's Tờ trình
        keeps the number of the unit's own register (``submission_number``);
        UBND xã's own takes the next TTr number of its register of ``on``'s year —
        all in one transaction: nothing changes, and no number is taken, if any of it fails."""
        day = on or dt.date.today()
        if day > dt.date.today():
            raise ValidationError(_("Ngày trình {day:%d/%m/%Y} chưa tới.", day=day), field="on")
        with self.ws.read() as session:
            own_paper = self._load(session, proposal_id).proposing_unit_id is None
        if own_paper:
            self.ws.require(Permission.ISSUE_DOCUMENTS)  # UBND xã's Tờ trình: its number comes from the register
        titles = self.titles()
        commune_id = self.ws.commune.current().id
        with self.ws.write(Permission.EDIT_PROPOSALS) as session:
            proposal = self._load(session, proposal_id)
            self._require_draft(proposal)
            self.ws.check_version(proposal, expected_version)
            draft = Draft.from_json(proposal.draft)
            check_step(Step.DOSSIER, draft, titles)
            if draft.unit_date and draft.unit_date > day:
                raise ValidationError(_("Tờ trình của đơn vị ghi ngày {unit_date:%d/%m/%Y}, sau ngày trình "
                                        "Hội đồng {day:%d/%m/%Y}.", unit_date=draft.unit_date, day=day),
                                      field="unit_date")
            quote = prize_quote(session, proposal.title.code, draft.decision_date)
            if proposal.proposing_unit_id is None:
                number = reserve_in(session, commune_id=commune_id, year=day.year,
                                    kind=DocumentKind.SUBMISSION, symbol=default_symbol(DocumentKind.SUBMISSION),
                                    summary=f"Đề nghị khen thưởng «{proposal.title.name}» năm {proposal.year}",
                                    reserved_by=self.ws.actor.username)
                proposal.submission_number_id = number.id
            self._store(session, proposal, Step.SUBMITTED, draft, prize=quote.amount)
            proposal.state = ProposalState.SUBMITTED
            proposal.submitted_at = utcnow() if on is None else dt.datetime.combine(day, dt.time(8))
        return self.get(proposal_id)

    def withdraw(self, proposal_id: int, reason: str, expected_version: int | None = None) -> ProposalRow:
        """Rút đề nghị đã trình (before the council decides), with a reason kept in the audit log."""
        reason = nfc(reason or "")
        if not reason:
            raise ValidationError(_("Hãy ghi lý do rút đề nghị."), field="reason")
        with self.ws.write(Permission.EDIT_PROPOSALS, reason=reason) as session:
            proposal = self._load(session, proposal_id)
            self.ws.check_version(proposal, expected_version)
            if proposal.state is not ProposalState.SUBMITTED:
                raise ValidationError(_("Chỉ rút được đề nghị đã trình Hội đồng; đề nghị #{proposal_id} đang ở "
                                        "trạng thái «{state}».",
                                        proposal_id=proposal_id, state=label(proposal.state)), field="state")
            proposal.state = ProposalState.WITHDRAWN
            proposal.note = reason
        return self.get(proposal_id)

    def delete_draft(self, proposal_id: int, expected_version: int | None = None) -> None:
        """Xóa bản nháp, with its nominees and attached files."""
        with self.ws.write(Permission.EDIT_PROPOSALS) as session:
            proposal = self._load(session, proposal_id)
            self.ws.check_version(proposal, expected_version)
            self._require_draft(proposal)
            for attachment in session.scalars(owned(OWNER, proposal_id)):
                session.delete(attachment)
            session.delete(proposal)

    def attach(self, proposal_id: int, path: Path) -> AttachmentRow:
        """Keep a supporting file (at most 20 MB) with the proposal, with its SHA-256."""
        path = Path(path)
        data = read_upload(path, MAX_ATTACHMENT_BYTES, "Tệp", "Hãy nén hoặc chia nhỏ tệp rồi thêm lại.",
                           field="attachments")
        media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        with self.ws.write(Permission.EDIT_PROPOSALS) as session:
            self._require_draft(self._load(session, proposal_id))
            return store_attachment(session, OWNER, proposal_id, path.name, media, data, "Tệp",
                                    field="attachments")

    def remove_attachment(self, attachment_id: int) -> None:
        with self.ws.write(Permission.EDIT_PROPOSALS) as session:
            attachment = session.get(Attachment, attachment_id)
            if attachment is None or attachment.owner_type != OWNER:
                raise NotFoundError(_("Không tìm thấy tệp đính kèm #{attachment_id}.", attachment_id=attachment_id))
            self._require_draft(self._load(session, attachment.owner_id))
            session.delete(attachment)

    # --- the dossier ----------------------------------------------------------------------------

    def write_dossier(self, proposal_id: int, out_dir: Path) -> list[Path]:
        """The dossier in one folder per proposal under ``out_dir``: Tờ trình,
        Báo cáo thành tích of each nominee, the list of nominees — each as PDF
        and Word. Returns the files written."""
        from tnapp.reports.dossier import write_dossier
        return write_dossier(self.ws, proposal_id, Path(out_dir))

    # --- helpers --------------------------------------------------------------------------------

    def _judge(self, draft: Draft) -> Draft:
        """Verdicts for the nominees that have none (the rules in force for the draft's year)."""
        judged = []
        for n in draft.nominees:
            if n.verdict is None:
                n = replace(n, verdict=self.ws.eligibility.judge(n.nominee, draft.title_code, draft.year))
            judged.append(n)
        return replace(draft, nominees=tuple(judged))

    @staticmethod
    def _clean(session: Session, data: Draft) -> Draft:
        """Names and units as the catalogue has them now; typed text in NFC; the unit's
        own number and date of its Tờ trình only with a proposing unit, a number above 0, a day come."""
        if data.proposing_unit_id is None and (data.unit_number is not None or data.unit_date is not None):
            raise ValidationError(_("Số, ngày tờ trình của đơn vị chỉ ghi khi đã chọn đơn vị đề nghị."),
                                  field="unit_number")
        if data.unit_number is not None and not 0 < data.unit_number < 100_000:
            raise ValidationError(_("Số tờ trình của đơn vị «{number}» phải là số từ 1 đến 99999.", number=data.unit_number),
                                  field="unit_number")
        if data.unit_date is not None and data.unit_date > dt.date.today():
            raise ValidationError(_("Ngày tờ trình của đơn vị {unit_date:%d/%m/%Y} chưa tới.", unit_date=data.unit_date),
                                  field="unit_date")
        nominees = []
        for n in data.nominees:
            known = describe_nominee(session, n.nominee)
            nominees.append(replace(n, name=known.name, unit_name=known.unit_name, unit_kind=known.unit_kind,
                                    override_reason=nfc(n.override_reason or ""),
                                    achievements="\n".join(nfc(line) for line in (n.achievements or "").splitlines())
                                    .strip()))
        return replace(data, nominees=tuple(nominees))

    @staticmethod
    def _options() -> list:
        return [selectinload(Proposal.title), selectinload(Proposal.nominees)]

    _load = staticmethod(load_proposal)

    @staticmethod
    def _require_draft(proposal: Proposal) -> None:
        if proposal.state is not ProposalState.DRAFT:
            raise ValidationError(_("Đề nghị #{id} đã ở trạng thái «{state}»; chỉ bản nháp mới sửa được.",
                                    id=proposal.id, state=label(proposal.state)), field="state")

    @staticmethod
    def _title_id(session: Session, code: str) -> int:
        title_id = session.scalar(select(AwardTitle.id).where(AwardTitle.code == code, AwardTitle.active.is_(True)))
        if title_id is None:
            raise ValidationError(_("Không có danh hiệu mã «{code}» (hoặc đã ngừng dùng).",
                                    code=code), field="title_code")
        return title_id

    @staticmethod
    def _unit_id(session: Session, unit_id: int | None) -> int | None:
        if unit_id is not None and session.get(Unit, unit_id) is None:
            raise ValidationError(_("Không có đơn vị đề nghị #{unit_id} (có thể đã bị xóa).",
                                    unit_id=unit_id), field="proposing_unit_id")
        return unit_id

    def _store(self, session: Session, proposal: Proposal, step: Step, draft: Draft,
               prize: int | None = None) -> None:
        """The draft, its step and the proposed nominees' rows (kept in step
        with the draft: same rows updated, taken-out ones removed)."""
        proposal.wizard_step = step.value
        proposal.draft = draft.to_json()
        rows = {Nominee.of(r): r for r in proposal.nominees}
        wanted = []
        for order, n in enumerate(draft.active):
            row = rows.pop(n.nominee, None) or ProposalNominee(**n.nominee.columns)
            row.sort_order = order
            row.achievements = n.achievements or None
            row.eligibility = n.verdict.to_json() if n.verdict else None
            row.override_reason = n.override_reason or None if n.needs_override else None
            row.prize_amount = prize
            wanted.append(row)
        for stale in rows.values():
            session.delete(stale)
        proposal.nominees = wanted

    @staticmethod
    def _state(proposal: Proposal) -> DraftState:
        return DraftState(proposal.id, proposal.state, Step(proposal.wizard_step or Step.YEAR_TITLE.value),
                          Draft.from_json(proposal.draft), proposal.version)

    def _row(self, session: Session, p: Proposal) -> ProposalRow:
        seq, symbol = submission_number(session, p)
        draft = Draft.from_json(p.draft)
        info = {n.nominee: n for n in draft.nominees}
        nominees = []
        results = self._council_results(session, [r.id for r in p.nominees])
        for r in p.nominees:
            d = info.get(Nominee.of(r))
            verdict = VerdictKind(r.eligibility["verdict"]) if r.eligibility else None
            nominees.append(ProposedNominee(Nominee.of(r), d.name if d else r.nominee_name,
                                            d.unit_name if d else "", verdict, r.override_reason, r.achievements,
                                            r.prize_amount, results.get(r.id)))
        files = len(session.scalars(owned(OWNER, p.id).with_only_columns(Attachment.id)).all())
        return ProposalRow(p.id, p.year, p.title.code, p.title.name, p.movement_id, p.state,
                           Step(p.wizard_step or Step.YEAR_TITLE.value), tuple(nominees),
                           sum(n.prize_amount or 0 for n in nominees),
                           document_number(seq, symbol) if seq is not None else None, p.submitted_at, files,
                           p.version, commune_chairman_may_decide(p.title.level))

    @staticmethod
    def _council_results(session: Session, nominee_ids: Sequence[int]) -> dict[int, str]:
        """Each nominee's council result: its last round at its latest meeting."""
        if not nominee_ids:
            return {}
        items = session.scalars(select(AgendaItem).where(AgendaItem.nominee_id.in_(nominee_ids))
                                .options(selectinload(AgendaItem.tallies))
                                .order_by(AgendaItem.meeting_id, AgendaItem.id)).all()
        last = {i.nominee_id: i for i in items}
        return {nid: ItemResult.PENDING if not i.tallies else
                ItemResult.APPROVED if i.tallies[-1].approved else ItemResult.REJECTED for nid, i in last.items()}

