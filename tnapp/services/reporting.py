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

from tnapp.domain.periods import Period, due_text, period_due, periods_in_year
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
    sent_on: dt.date | None = None  # the local day it was (last) sent, once sent

    @property
    def on_time(self) -> bool:
        return self.sent_on is not None and self.sent_on <= self.deadline


@dataclass(frozen=True)
class UnitTimeliness:
    """One unit's reports of a year: how many were due (their deadline passed), sent, sent on time."""

    unit_id: int
    unit_name: str
    expected: int
    sent: int
    on_time: int


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
            sent_on = report.submitted_at.replace(tzinfo=dt.UTC).astimezone().date() \
                if sent and report.submitted_at else None
            rows.append(ReportStatus(unit.id, unit.code, unit.name, period.code, state, deadline,
                                     not sent and today > deadline, "" if sent else due_text(deadline, today),
                                     report.id if report else None, sent_on))
        return rows

    def timeliness(self, year: int, today: dt.date | None = None) -> list[UnitTimeliness]:
        """Per unit, its reports of the year whose deadline has passed by ``today``: how many it had to send
        (by ``status``, the one rule of who reports what), sent, and sent by the deadline."""
        today = today or dt.date.today()
        counts: dict[int, list] = {}
        for kind in PeriodKind:
            for period in periods_in_year(year, kind):
                if self.deadline(period) >= today:
                    continue
                for row in self.status(period.code, today):
                    tally = counts.setdefault(row.unit_id, [row.unit_name, 0, 0, 0])
                    tally[1] += 1
                    tally[2] += row.state in DONE_STATES
                    tally[3] += row.on_time
        with self.ws.read() as session:
            order = {u.id: (u.sort_order, u.code) for u in session.scalars(select(Unit).where(Unit.id.in_(counts)))}
        return [UnitTimeliness(unit_id, *counts[unit_id]) for unit_id in sorted(counts, key=order.__getitem__)]
