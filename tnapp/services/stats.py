"""How much each work area holds: the counts the overview and the area pages show."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from tnapp.domain.vocab import ProposalState, ReportState
from tnapp.models import (
    AwardRecord, AwardTitle, Council, CouncilMember, Decision, DocumentNumber, Household, Indicator, Initiative,
    Meeting, Movement, Person, Proposal, Registration, Setting, TaskRating, Unit, UnitReport, User,
)
from tnapp.services.base import Service


@dataclass(frozen=True)
class WorkCounts:
    units: int
    people: int
    households: int
    indicators: int
    reports: int
    reports_by_state: dict[ReportState, int] = field(default_factory=dict)
    movements: int = 0
    registrations: int = 0
    ratings: int = 0
    initiatives: int = 0
    award_records: int = 0
    award_titles: int = 0
    proposals: int = 0
    proposals_by_state: dict[ProposalState, int] = field(default_factory=dict)
    councils: int = 0
    council_members: int = 0
    meetings: int = 0
    decisions: int = 0
    document_numbers: int = 0
    settings: int = 0
    users: int = 0


_TOTALS = {
    "units": Unit, "people": Person, "households": Household, "indicators": Indicator, "reports": UnitReport,
    "movements": Movement, "registrations": Registration, "ratings": TaskRating, "initiatives": Initiative,
    "award_records": AwardRecord, "award_titles": AwardTitle, "proposals": Proposal, "councils": Council,
    "council_members": CouncilMember, "meetings": Meeting, "decisions": Decision,
    "document_numbers": DocumentNumber, "settings": Setting, "users": User,
}


class StatsService(Service):
    def counts(self) -> WorkCounts:
        """How many rows each area holds, in one read."""
        with self.ws.read() as session:
            totals = {name: session.scalar(select(func.count()).select_from(model)) or 0
                      for name, model in _TOTALS.items()}
            reports = dict(session.execute(select(UnitReport.state, func.count()).group_by(UnitReport.state)).all())
            proposals = dict(session.execute(select(Proposal.state, func.count()).group_by(Proposal.state)).all())
        return WorkCounts(**totals, reports_by_state=reports, proposals_by_state=proposals)
