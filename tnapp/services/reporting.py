"""Who must report what, and by when: the one rule behind the overview matrix,
the completeness report and the dashboard's overdue list.

A unit is expected to report a period when it is responsible for an active
indicator reported at that period's kind (quarterly indicators in quarters…)
and the unit exists during the period (it may join or leave mid-year).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tnapp.domain.periods import Period, due_text, period_due, periods_in_year
from tnapp.domain.vocab import PeriodKind, ReportState
from tnapp.i18n import _, label
from tnapp.models import Indicator, Setting, Unit, UnitReport
from tnapp.services.base import Service
from tnapp.services.settings import setting_value

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


@dataclass(frozen=True)
class YearTimeliness:
    """The reports of a year the dashboard's timeliness tile counts: every kind of period
    (months, quarters, half years, the year) whose deadline passed before ``today``, per
    unit; and the year's reports it leaves out, those not due yet, which the report matrix
    (one kind of period at a time, every period of the year) does show."""

    year: int
    today: dt.date
    units: tuple[UnitTimeliness, ...]
    due: tuple[tuple[PeriodKind, int], ...]      # the reports counted, by kind of period
    not_due: tuple[tuple[PeriodKind, int], ...]  # the year's reports whose deadline has not come

    @property
    def expected(self) -> int:
        return sum(u.expected for u in self.units)

    @property
    def sent(self) -> int:
        return sum(u.sent for u in self.units)

    @property
    def on_time(self) -> int:
        return sum(u.on_time for u in self.units)

    @property
    def scope(self) -> str:
        """What the figures count, as a person reads it."""
        def listed(counts: tuple[tuple[PeriodKind, int], ...]) -> str:
            return ", ".join(_("{count} báo cáo {kind}", count=n, kind=label(kind).lower()) for kind, n in counts)
        if not self.due:
            text = _("Chưa có báo cáo nào của năm {year} đến hạn nộp trước ngày {today:%d/%m/%Y}.",
                     year=self.year, today=self.today)
        else:
            text = _("Tính các báo cáo của năm {year} đã đến hạn nộp trước ngày {today:%d/%m/%Y}: {due}.",
                     year=self.year, today=self.today, due=listed(self.due))
        if self.not_due:
            text += " " + _("Chưa tính {not_due} chưa đến hạn; bảng tổng hợp báo cáo đơn vị có cả các kỳ này, "
                            "mỗi lần một loại kỳ.", not_due=listed(self.not_due))
        return text


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


def _deadlines(session: Session, periods: Iterable[Period]) -> dict[str, dt.date]:
    """Each period's deadline: the days of ``report_deadline_days.<kind>`` in force at
    the period's end, every kind's values read at once."""
    periods = list(periods)
    keys = {p.kind: f"report_deadline_days.{p.kind.value}" for p in periods}
    values: dict[str, list[tuple[dt.date, object]]] = {}
    for row in session.scalars(select(Setting).where(Setting.key.in_(set(keys.values())))
                               .order_by(Setting.effective_from)):
        values.setdefault(row.key, []).append((row.effective_from, row.value))
    found = {}
    for period in periods:
        days = [value for start, value in values.get(keys[period.kind], ()) if start <= period.end]
        # none in force: the settings' own refusal, naming the key and the day
        found[period.code] = period.deadline(int(days[-1] if days else setting_value(
            session, keys[period.kind], period.end)))
    return found


class ReportingService(Service):
    def deadline(self, period: Period) -> dt.date:
        with self.ws.read() as session:
            return _deadlines(session, [period])[period.code]

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
        return self.statuses([period], today)[period.code]

    def statuses(self, periods: Iterable[Period], today: dt.date | None = None) -> dict[str, list[ReportStatus]]:
        """``status`` of several periods (by code), read in one go: the deadlines, the
        indicators with their units and the periods' reports, each in one query."""
        periods = list(periods)
        today = today or dt.date.today()
        commune = self.ws.commune.current()
        with self.ws.read() as session:
            deadlines = _deadlines(session, periods)
            indicators = session.scalars(
                select(Indicator).options(selectinload(Indicator.responsible_units))
                .where(Indicator.commune_id == commune.id, Indicator.active,
                       Indicator.frequency.in_({p.kind for p in periods}))
            ).all()
            reports = {(r.period, r.unit_id): r for r in session.scalars(
                select(UnitReport).where(UnitReport.period.in_([p.code for p in periods])))}
        responsible: dict[PeriodKind, dict[int, Unit]] = {}  # kind → the units reporting at it
        for indicator in indicators:
            responsible.setdefault(indicator.frequency, {}).update((u.id, u) for u in indicator.responsible_units)
        ordered = {kind: sorted(units.values(), key=lambda u: (u.sort_order, u.code))
                   for kind, units in responsible.items()}
        return {p.code: self._status_rows(p, deadlines[p.code], ordered.get(p.kind, ()), reports, today)
                for p in periods}

    @staticmethod
    def _status_rows(period: Period, deadline: dt.date, units: Iterable[Unit],
                     reports: dict[tuple[str, int], UnitReport], today: dt.date) -> list[ReportStatus]:
        """The rows of ``period``: its ``units`` (in catalogue order) that exist during it."""
        rows = []
        for unit in (u for u in units if unit_active_during(u, period)):
            report = reports.get((period.code, unit.id))
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
        return list(self.year_timeliness(year, today).units)

    def year_timeliness(self, year: int, today: dt.date | None = None) -> YearTimeliness:
        """``timeliness`` with what it counts: the reports due, and those of the year not due yet, by kind."""
        today = today or dt.date.today()
        counts: dict[int, list] = {}
        due: dict[PeriodKind, int] = {}
        not_due: dict[PeriodKind, int] = {}
        periods = [period for kind in PeriodKind for period in periods_in_year(year, kind)]
        for code, rows in self.statuses(periods, today).items():
            kind = Period.parse(code).kind
            for row in rows:
                if row.deadline >= today:
                    not_due[kind] = not_due.get(kind, 0) + 1
                    continue
                due[kind] = due.get(kind, 0) + 1
                tally = counts.setdefault(row.unit_id, [row.unit_name, 0, 0, 0])
                tally[1] += 1
                tally[2] += row.state in DONE_STATES
                tally[3] += row.on_time
        with self.ws.read() as session:
            order = {u.id: (u.sort_order, u.code) for u in session.scalars(select(Unit).where(Unit.id.in_(counts)))}
        units = tuple(UnitTimeliness(unit_id, *counts[unit_id]) for unit_id in sorted(counts, key=order.__getitem__))
        return YearTimeliness(year, today, units, tuple(due.items()), tuple(not_due.items()))
