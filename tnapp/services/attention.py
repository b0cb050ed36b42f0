"""What the overview asks the office to look at: the units' overdue reports,
the year's dossier deadline, and, for a commune in its first year, the steps
of setting the year up, each ticked from the data.

The view words and links them; every figure and every tick is decided here.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import func, select

from tnapp.domain.periods import Period, periods_in_year
from tnapp.domain.vocab import PeriodKind, ProposalState
from tnapp.models import (
    Commune, Council, CouncilMember, Indicator, Movement, Person, Proposal, Registration, Unit, UnitReport,
)
from tnapp.models.indicators import IndicatorTarget
from tnapp.services.base import Service
from tnapp.services.reporting import DONE_STATES

DOSSIER_KEY = "year_end_dossier_deadline"  # "MM-DD", a dated setting (the province's yearly guidance)
DOSSIER_NOTICE_DAYS = 60  # the deadline is shown from this many days before it
OVERDUE_LOOKBACK_DAYS = 365  # reports overdue for longer than this are history, not a task


@dataclass(frozen=True)
class OverdueReports:
    """One period's reports past their deadline and not sent."""

    period: str  # code, "2026-Q3"
    deadline: dt.date
    days_late: int
    units: tuple[str, ...]  # their names, in catalogue order

    @property
    def label(self) -> str:
        return Period.parse(self.period).label


@dataclass(frozen=True)
class DossierDeadline:
    """The day the year's award proposals must be in (setting ``year_end_dossier_deadline``)."""

    year: int
    deadline: dt.date
    days_left: int  # negative once passed
    proposals: int  # the year's proposals (withdrawn ones aside)
    unfinished: int  # of them, those still drafted or not yet through the council
    basis: str


class Step(enum.StrEnum):
    """The first year's work, in order."""

    COMMUNE = "commune"
    UNITS = "units"
    PEOPLE = "people"
    INDICATORS = "indicators"  # the catalogue and this year's targets (the plan's appendix)
    MOVEMENTS = "movements"
    REGISTRATIONS = "registrations"
    COUNCIL = "council"
    REPORTS = "reports"  # the first period's reports sent
    REVIEW = "review"  # the year-end review: proposals made


@dataclass(frozen=True)
class ChecklistStep:
    step: Step
    done: bool
    count: int  # what the data holds for it (units, people, targets of the year…)


@dataclass(frozen=True)
class Checklist:
    year: int
    first_year: bool  # no report from an earlier year
    steps: tuple[ChecklistStep, ...]

    @property
    def shown(self) -> bool:
        """Shown to a commune in its first year until every step is done."""
        return self.first_year and not all(s.done for s in self.steps)

    @property
    def next_step(self) -> Step | None:
        return next((s.step for s in self.steps if not s.done), None)


def _count(session, query) -> int:
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


class AttentionService(Service):
    def overdue_reports(self, today: dt.date | None = None) -> list[OverdueReports]:
        """Per period (newest first), the units whose report is past its deadline and not
        sent, with the days late; periods whose deadline passed within the last year, from
        the year of the commune's first report of that kind of period (before it nothing of
        the kind was asked in TNApp: a commune that typed in last year's quarters as history
        was not asked last year's yearly report)."""
        today = today or dt.date.today()
        with self.ws.read() as session:
            kinds = set(session.scalars(select(Indicator.frequency).where(Indicator.active).distinct()))
            first: dict[PeriodKind, int] = {}
            for code in session.scalars(select(UnitReport.period).distinct()):
                period = Period.parse(code)
                first[period.kind] = min(first.get(period.kind, period.year), period.year)
        periods = [period for kind in kinds
                   for year in range(max(first.get(kind, today.year), today.year - 1), today.year + 1)
                   for period in periods_in_year(year, kind)]
        found = []
        for code, rows in self.ws.reporting.statuses(periods, today).items():
            late = [s for s in rows if s.overdue]
            if late and today - dt.timedelta(days=OVERDUE_LOOKBACK_DAYS) <= late[0].deadline:
                deadline = late[0].deadline
                found.append(OverdueReports(code, deadline, (today - deadline).days, tuple(s.unit_name for s in late)))
        return sorted(found, key=lambda o: (o.deadline, o.period), reverse=True)

    def dossier_deadline(self, today: dt.date | None = None) -> DossierDeadline | None:
        """This year's dossier deadline, from ``DOSSIER_NOTICE_DAYS`` before it to the
        year's end (after it only while proposals are unfinished); None otherwise or unset."""
        today = today or dt.date.today()
        try:
            row = next(s for s in self.ws.settings.in_force(dt.date(today.year, 1, 1), DOSSIER_KEY)
                       if s.key == DOSSIER_KEY)
        except StopIteration:
            return None
        month, day = (int(part) for part in str(row.value).split("-"))
        deadline = dt.date(today.year, month, day)
        days_left = (deadline - today).days
        if days_left > DOSSIER_NOTICE_DAYS:
            return None
        with self.ws.read() as session:
            states = dict(session.execute(select(Proposal.state, func.count()).where(
                Proposal.year == today.year, Proposal.state != ProposalState.WITHDRAWN).group_by(Proposal.state)).all())
        unfinished = states.get(ProposalState.DRAFT, 0) + states.get(ProposalState.SUBMITTED, 0)
        if days_left < 0 and not unfinished:
            return None
        return DossierDeadline(today.year, deadline, days_left, sum(states.values()), unfinished, row.basis or "")

    def checklist(self, today: dt.date | None = None) -> Checklist:
        """The first year's steps, each ticked from what the database holds for this year."""
        year = (today or dt.date.today()).year
        with self.ws.read() as session:
            counts = {
                Step.COMMUNE: _count(session, select(Commune.id)),
                Step.UNITS: _count(session, select(Unit.id)),
                Step.PEOPLE: _count(session, select(Person.id)),
                Step.INDICATORS: _count(session, select(IndicatorTarget.id).where(IndicatorTarget.year == year)),
                Step.MOVEMENTS: _count(session, select(Movement.id).where(Movement.year == year)),
                Step.REGISTRATIONS: _count(session, select(Registration.id).where(Registration.year == year)),
                Step.COUNCIL: _count(session, select(CouncilMember.id).join(Council)),
                Step.REPORTS: _count(session, select(UnitReport.id).where(UnitReport.year == year,
                                                                         UnitReport.state.in_(DONE_STATES))),
                Step.REVIEW: _count(session, select(Proposal.id).where(Proposal.year == year)),
            }
            earlier = _count(session, select(UnitReport.id).where(UnitReport.year < year))
        return Checklist(year, earlier == 0, tuple(ChecklistStep(s, counts[s] > 0, counts[s]) for s in Step))


__all__ = ["AttentionService", "Checklist", "ChecklistStep", "DossierDeadline", "OverdueReports", "Step"]
