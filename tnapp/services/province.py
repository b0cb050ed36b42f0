"""The province route (tuyến trình tỉnh): titles above the commune's authority
(Bằng khen, Chiến sĩ thi đua cấp tỉnh, Tập thể lao động xuất sắc …, decided by
the Chủ tịch UBND tỉnh) that the commune's council passed are not decided by
the commune; UBND xã sends them to the province in a Tờ trình with the dossier
the province needs (Luật TĐKT 2022, Điều 84; NĐ 152/2025/NĐ-CP): the list, each
nominee's Báo cáo thành tích, the extract of the council minutes with the vote
result and the recognition of the initiatives the criteria used.

    approved (council passed) → sent_to_province → decided (the province's decision recorded)

Recording the province's decision writes each passed nominee's award history
with the province's number, date and issuer — never the commune as issuer.
The addressee and the route of the Tờ trình are a dated setting
(``province.submission_route``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tnapp.documents.model import default_symbol
from tnapp.domain.council_rules import commune_chairman_may_decide
from tnapp.domain.formatting import is_document_number
from tnapp.domain.legal_bases import PROPOSAL_TO_PROVINCE, citation, unconfirmed
from tnapp.domain.permissions import Permission
from tnapp.domain.names import name_key
from tnapp.domain.setting_rules import setting_name
from tnapp.domain.text import nfc
from tnapp.domain.vocab import DocumentKind, MeetingState, NumberState, ProposalState
from tnapp.errors import ValidationError
from tnapp.i18n import _, label
from tnapp.models import AwardRecord, DocumentNumber, Proposal, ProposalNominee
from tnapp.models.council import AgendaItem
from tnapp.services.base import Service
from tnapp.services.council_views import MeetingRow, ProvinceItem
from tnapp.services.documents import reserve_in
from tnapp.services.proposals import load_proposal
from tnapp.services.settings import setting_in_force

# «UBND xã …», «Ủy ban nhân dân xã …», «Chủ tịch xã», «cấp xã» — not «Bộ … Xã hội»
_COMMUNE_LEVEL = re.compile(r"(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|chủ tịch|cấp|hđnd)\s+xã(?!\s+hội)")

ROUTE_KEY = "province.submission_route"


@dataclass(frozen=True)
class Route:
    """Whom the Tờ trình is addressed to and through whom it goes, on a day."""

    addressee: str  # "Chủ tịch Ủy ban nhân dân tỉnh"
    via: str  # "Sở Nội vụ (Ban Thi đua – Khen thưởng)"
    basis: str | None
    unconfirmed: bool


@dataclass(frozen=True)
class ProvinceRow:
    """A proposal on the province route."""

    proposal_id: int
    year: int
    title_code: str
    title_name: str
    state: ProposalState
    nominees: tuple[str, ...]
    meeting_id: int | None
    number: str | None  # the Tờ trình to the province, "07/TTr-UBND"
    sent_on: dt.date | None
    decision_number: str | None
    decision_date: dt.date | None
    decision_issuer: str | None
    version: int


class ProvinceService(Service):
    # --- reading -------------------------------------------------------------------------------

    def route(self, on: dt.date | None = None) -> Route:
        """The addressee and route of the Tờ trình to the province in force on ``on``."""
        with self.ws.read() as session:
            setting = setting_in_force(session, ROUTE_KEY, on)
            return Route(setting.value["addressee"], setting.value["via"], setting.basis, setting.unconfirmed)

    def checklist(self, on: dt.date | None = None) -> list[str]:
        """What the Tờ trình to the province dated ``on`` rests on that is not confirmed
        (shown on screen before sending; never printed)."""
        day = on or dt.date.today()
        route = self.route(day)
        items = [f"Nơi nhận, đường trình: thiết lập «{setting_name(ROUTE_KEY)}» chưa xác nhận "
                 f"({route.basis or ''})."
                 ] if route.unconfirmed else []
        return items + [f"Căn cứ «{citation(doc)}»: {doc.note}" for doc in unconfirmed(PROPOSAL_TO_PROVINCE, day)]

    def passed(self, meeting_id: int) -> list[ProvinceItem]:
        """The nominees the meeting passed for titles above the commune, in agenda order, with the vote
        (the council's ``passed_for_province``: the one place that reads its result for the province)."""
        year = self.ws.council.get_meeting(meeting_id).year
        return [i for i in self.ws.council.passed_for_province(year) if i.meeting_id == meeting_id]

    def list(self, year: int | None = None) -> list[ProvinceRow]:
        """Proposals for titles above the commune that the council passed, sent or not yet."""
        with self.ws.read() as session:
            query = select(Proposal).where(Proposal.state.in_(
                (ProposalState.APPROVED, ProposalState.SENT_TO_PROVINCE, ProposalState.DECIDED)))
            if year is not None:
                query = query.where(Proposal.year == year)
            rows = [self._row(session, p) for p in session.scalars(query.order_by(Proposal.year.desc(), Proposal.id))
                    if not commune_chairman_may_decide(p.title.level)]
        return rows

    def get(self, proposal_id: int) -> ProvinceRow:
        with self.ws.read() as session:
            return self._row(session, load_proposal(session, proposal_id))

    def default_issuer(self, proposal_id: int) -> str:
        """Who decides the title, as the catalogue names its authority, with the province's name."""
        commune = self.ws.commune.current()
        with self.ws.read() as session:
            authority = load_proposal(session, proposal_id).title.authority
        return f"{authority} {commune.province}" if commune.province not in authority else authority

    # --- sending and recording -------------------------------------------------------------------

    def send(self, meeting_id: int, sent_on: dt.date) -> list[ProvinceRow]:
        """Trình tỉnh: the proposals with a nominee the meeting passed for a title
        above the commune take ONE Tờ trình number (issued on ``sent_on``) and
        become «Đã trình tỉnh» — in one transaction. Refused before the
        meeting is closed, before its date, or when there is nothing to send."""
        self.ws.require(Permission.ISSUE_DOCUMENTS)
        passed = self.passed(meeting_id)
        meeting = self.ws.council.get_meeting(meeting_id)
        self._check_meeting(meeting, sent_on)
        waiting = sorted({p.proposal_id for p in passed})
        commune_id = self.ws.commune.current().id
        with self.ws.write(Permission.EDIT_PROPOSALS) as session:
            proposals = [load_proposal(session, pid) for pid in waiting]
            proposals = [p for p in proposals if p.state is ProposalState.APPROVED]
            if not proposals:
                raise ValidationError(_("Phiên họp ngày {held_at:%d/%m/%Y} không còn đề nghị khen thưởng cấp trên "
                                        "nào được thông qua mà chưa trình tỉnh.",
                                        held_at=meeting.held_at), field="meeting_id")
            number = reserve_in(session, commune_id=commune_id, year=sent_on.year, kind=DocumentKind.SUBMISSION,
                                symbol=default_symbol(DocumentKind.SUBMISSION),
                                summary=f"Đề nghị Chủ tịch UBND tỉnh khen thưởng thành tích năm {meeting.year}",
                                reserved_by=self.ws.actor.username)
            number.state, number.issued_on = NumberState.ISSUED, sent_on
            for proposal in proposals:
                proposal.state = ProposalState.SENT_TO_PROVINCE
                proposal.province_number_id = number.id
            ids = [p.id for p in proposals]
        return [self.get(pid) for pid in ids]

    def record_decision(self, proposal_id: int, number: str, decided_on: dt.date, issuer: str,
                        expected_version: int | None = None) -> ProvinceRow:
        """The province's decision came back: its number, date and issuer are
        kept with the proposal and written, in the same transaction, into the
        award history of every nominee the council passed (the issuer is the
        province's, as the decision names it). Only for a proposal sent to the province."""
        number, issuer = nfc(number or "").strip(), nfc(issuer or "").strip()
        if not number:
            raise ValidationError(_("Hãy nhập số quyết định của tỉnh (ví dụ 1234/QĐ-UBND)."), field="number")
        if not is_document_number(number):
            raise ValidationError(_("«{number}» không phải số quyết định: ghi số, dấu «/» và ký hiệu văn bản (ví dụ "
                                    "1234/QĐ-UBND).", number=number), field="number")
        if not issuer:
            raise ValidationError(_("Hãy nhập cơ quan, người ban hành quyết định (ví dụ Chủ tịch UBND tỉnh …)."),
                                  field="issuer")
        if self._names_commune(issuer):
            raise ValidationError(_("«{issuer}» là cấp xã; quyết định khen thưởng cấp trên do cấp có thẩm quyền ban "
                                    "hành (ví dụ {proposal_id}).",
                                    issuer=issuer, proposal_id=self.default_issuer(proposal_id)), field="issuer")
        if decided_on > dt.date.today():
            raise ValidationError(_("Ngày quyết định {decided_on:%d/%m/%Y} chưa tới.",
                                    decided_on=decided_on), field="decided_on")
        passed_ids = self._passed_nominees(proposal_id)
        with self.ws.write(Permission.ISSUE_DOCUMENTS) as session:
            proposal = load_proposal(session, proposal_id)
            self.ws.check_version(proposal, expected_version)
            if proposal.state is not ProposalState.SENT_TO_PROVINCE:
                raise ValidationError(_("Đề nghị #{proposal_id} đang ở trạng thái «{state}»; chỉ ghi quyết định của "
                                        "tỉnh cho đề nghị đã trình tỉnh.",
                                        proposal_id=proposal_id, state=label(proposal.state)), field="state")
            sent = session.get(DocumentNumber, proposal.province_number_id)
            if sent is not None and sent.issued_on and decided_on < sent.issued_on:
                raise ValidationError(_("Ngày quyết định {decided_on:%d/%m/%Y} trước ngày trình tỉnh "
                                        "({issued_on:%d/%m/%Y}).",
                                        decided_on=decided_on, issued_on=sent.issued_on), field="decided_on")
            proposal.province_decision_number = number
            proposal.province_decision_date = decided_on
            proposal.province_decision_issuer = issuer
            proposal.state = ProposalState.DECIDED
            for nominee in proposal.nominees:
                if nominee.id in passed_ids:
                    session.add(AwardRecord(
                        person_id=nominee.person_id, collective_id=nominee.collective_id,
                        household_id=nominee.household_id, title_id=proposal.title_id, year=proposal.year,
                        decision_number=number, decision_date=decided_on, issuer=issuer))
        return self.get(proposal_id)

    def write_dossier(self, meeting_id: int, out_dir: Path) -> list[Path]:
        """The dossier sent to the province for ``meeting_id`` (PDF and Word), see ``tnapp.reports.province``."""
        from tnapp.reports.province import write_province_dossier
        return write_province_dossier(self.ws, meeting_id, Path(out_dir))

    # --- helpers ---------------------------------------------------------------------------------

    def _names_commune(self, issuer: str) -> bool:
        """Whether ``issuer`` names the commune level (UBND xã, Chủ tịch xã, the
        commune's own name) rather than the authority above it — «Xã hội» is not a commune."""
        text = issuer.lower()
        if _COMMUNE_LEVEL.search(text):
            return True
        commune = self.ws.commune.current()
        return name_key(commune.name) in name_key(issuer) and name_key(commune.province) not in name_key(issuer)

    def _passed_nominees(self, proposal_id: int) -> set[int]:
        meeting_id = self.get(proposal_id).meeting_id
        if meeting_id is None:
            return set()
        return {p.nominee_id for p in self.passed(meeting_id) if p.proposal_id == proposal_id}

    @staticmethod
    def _check_meeting(meeting: MeetingRow, sent_on: dt.date) -> None:
        if meeting.state is not MeetingState.CLOSED:
            raise ValidationError(_("Phiên họp ngày {held_at:%d/%m/%Y} chưa kết thúc; chỉ trình tỉnh khi Hội đồng "
                                    "đã có kết quả.", held_at=meeting.held_at), field="meeting_id")
        if sent_on < meeting.held_at.date():
            raise ValidationError(_("Ngày trình {sent_on:%d/%m/%Y} trước ngày họp Hội đồng ({held_at:%d/%m/%Y}).",
                                    sent_on=sent_on, held_at=meeting.held_at), field="sent_on")

    @staticmethod
    def _row(session: Session, p: Proposal) -> ProvinceRow:
        meeting_id = session.scalar(select(AgendaItem.meeting_id)
                                    .join(ProposalNominee, ProposalNominee.id == AgendaItem.nominee_id)
                                    .where(ProposalNominee.proposal_id == p.id).limit(1))
        number = session.get(DocumentNumber, p.province_number_id) if p.province_number_id else None
        return ProvinceRow(p.id, p.year, p.title.code, p.title.name, p.state,
                           tuple(n.nominee_name for n in p.nominees), meeting_id,
                           number.display_number if number else None,
                           number.issued_on if number else None, p.province_decision_number,
                           p.province_decision_date, p.province_decision_issuer, p.version)
