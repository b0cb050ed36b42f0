"""Who must report what, and by when: the one rule behind the overview matrix,
the completeness report and the dashboard's overdue list.

A unit is expected to report a period when it is responsible for an active
indicator reported at that period's kind (quarterly indicators in quarters…)
and the unit exists during the period (it may join or leave mid-year).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tnapp.domain.periods import Period, due_text, period_due
from tnapp.domain.vocab import PeriodKind, ReportState
from tnapp.models import Indicator, Unit, UnitReport
from tnapp.services.base import Service

DONE_STATES = (ReportState.SUBMITTED, ReportState.ACCEPTED)


@dataclass(frozen=True)
class ReportStatus:
    unit_id: int
    unit_code: str
    unit_name: str
    period: str
    state: ReportState | None  # None: nothing entered yet
    deadline: dt.date
    overdue: bool
    due: str  # "còn 3 ngày" / "quá hạn 2 ngày" (empty once sent)
    report_id: int | None


def reported_within(report_period: str, period: Period) -> bool:
    """A report counts for ``period`` when its own period lies inside it (a
    quarter's report counts for the year): the rule of the reviews' figures
    and narratives, and of their count of units that reported."""
    own = Period.parse(report_period)
    return period.start <= own.start and own.end <= period.end


@dataclass(frozen=True)
class Coverage:
    """Who had to report within a period and who did, by the one rule ``reported_within``."""

    expected: tuple[str, ...]  # units responsible for an active indicator during the period
    sent: tuple[str, ...]  # units with a report sent (or accepted) within the period

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(u for u in self.expected if u not in self.sent)


def unit_active_during(unit: Unit, period: Period) -> bool:
    return (unit.active_from is None or unit.active_from <= period.end) and (
        unit.active_to is None or unit.active_to >= period.start)


class ReportingService(Service):
    def deadline(self, period: Period) -> dt.date:
        days = self.ws.settings.value(f"report_deadline_days.{period.kind.value}", on=period.end)
        return period.deadline(int(days))

    def coverage(self, period_code: str) -> Coverage:
        """The units that had to report within the period (any report period inside
        it) and those that sent a report within it — what the reviews' figures used."""
        period = Period.parse(period_code)
        commune = self.ws.commune.current()
        with self.ws.read() as session:
            indicators = session.scalars(select(Indicator).options(selectinload(Indicator.responsible_units))
                                         .where(Indicator.commune_id == commune.id, Indicator.active)).all()
            expected = {u.id: u for i in indicators for u in i.responsible_units if unit_active_during(u, period)}
            reports = session.scalars(select(UnitReport).options(selectinload(UnitReport.unit)).where(
                UnitReport.year == period.year, UnitReport.state.in_(DONE_STATES))).all()
            sent = {r.unit_id: r.unit for r in reports if reported_within(r.period, period)}
            units = sorted({**expected, **sent}.values(), key=lambda u: (u.sort_order, u.code))
            return Coverage(tuple(u.name for u in units), tuple(u.name for u in units if u.id in sent))

    def period_due(self, kind: PeriodKind = PeriodKind.QUARTER, today: dt.date | None = None) -> Period:
        """The period of ``kind`` whose report is due now (see ``periods.period_due``)."""
        return period_due(kind, today or dt.date.today(), self.deadline)

    def status(self, period_code: str, today: dt.date | None = None) -> list[ReportStatus]:
        """Each expected unit's report state for the period, in catalogue order."""
        period = Period.parse(period_code)
        today = today or dt.date.today()
        deadline = self.deadline(period)
        commune = self.ws.commune.current()
        with self.ws.read() as session:
            indicators = session.scalars(
                select(Indicator).options(selectinload(Indicator.responsible_units))
                .where(Indicator.commune_id == commune.id, Indicator.active, Indicator.frequency == period.kind)
            ).all()
            expected = {u.id: u for i in indicators for u in i.responsible_units if unit_active_during(u, period)}
            reports = {r.unit_id: r for r in session.scalars(
                select(UnitReport).where(UnitReport.period == period.code, UnitReport.unit_id.in_(expected)))}
        rows = []
        for unit in sorted(expected.values(), key=lambda u: (u.sort_order, u.code)):
            report = reports.get(unit.id)
            state = report.state if report else None
            sent = state in DONE_STATES
            rows.append(ReportStatus(unit.id, unit.code, unit.name, period.code, state, deadline,
                                     not sent and today > deadline, "" if sent else due_text(deadline, today),
                                     report.id if report else None))
        return rows
