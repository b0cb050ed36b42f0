"""``ws.progress``: the indicators' progress for a year, loaded in SQL
aggregates (``GROUP BY indicator, period``) and judged by the rules of
``tnapp.domain.progress`` — the one source of the dashboard, the
``progress`` report (PDF, Word, Excel), the reviews and ``tnapp progress``.

Only reports sent or accepted count; drafts and returned reports do not.
An indicator is read at its own frequency: the sub-periods of its kind that
end by the as-of period; its actual is the value of the latest such
sub-period that all the expected units have reported (else the latest with
data), year-to-date or point-in-time as the indicator is.

    ws.progress.compute(2026, "2026-Q3")          # every indicator of the commune
    ws.progress.compute(2026, unit_code="T01")    # one unit, against its own targets
    ws.progress.contributions("KT03", 2026)       # each unit's part of one figure
    ws.progress.outlook(2026)                     # 2025 baseline → each year → 2030
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import aliased, selectinload

from tnapp.domain import progress as rules
from tnapp.domain.periods import Period
from tnapp.domain.progress import Bands, ProgressStatus, Totals, UnitValue
from tnapp.domain.vocab import Aggregation, Direction, IndicatorArea, PeriodKind, ValueType
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import _, label
from tnapp.models import Indicator, IndicatorTarget, ReportValue, Unit, UnitReport
from tnapp.models.indicators import indicator_responsible_unit
from tnapp.services.base import Service
from tnapp.services.reporting import DONE_STATES, unit_active_during

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

HORIZON = 2030


def rounded(value: float | None) -> float | None:
    """A published value: 2 decimals."""
    return None if value is None else round(value, 2)


def percent(ratio: float | None) -> float | None:
    """A published percent of the target: ``0.4589`` → ``45.9``."""
    return None if ratio is None else round(100 * ratio, 1)


@dataclass(frozen=True)
class PeriodValue:
    period: Period
    value: float
    reported: int  # units whose value went into it


@dataclass(frozen=True)
class IndicatorProgress:
    indicator_id: int
    code: str
    name: str
    area: IndicatorArea
    unit_of_measure: str
    value_type: ValueType
    direction: Direction
    aggregation: Aggregation
    frequency: PeriodKind
    cumulative: bool
    baseline_year: int
    baseline: float | None
    target: float | None  # for the year: the commune's, or the unit's own in a unit view
    actual: float | None
    as_of: Period | None  # the sub-period the actual comes from
    reported: int
    expected: int  # units responsible during that sub-period
    percent: float | None
    expected_now: float | None
    pace: float | None
    status: ProgressStatus
    forecast: float | None
    forecast_method: str | None
    forecast_percent: float | None
    series: tuple[PeriodValue, ...]  # this year's values up to the actual, in period order
    partial: PeriodValue | None = None  # a later sub-period some expected units have not reported yet
    partial_expected: int = 0

    def record(self) -> dict[str, object]:
        """The published figures, the same in ``tnapp progress --json``, the PDF,
        Word and Excel: values to 2 decimals, percents of the target to 0.1."""
        return {
            "code": self.code, "name": self.name, "area": self.area.value, "unit_of_measure": self.unit_of_measure,
            "value_type": self.value_type.value, "direction": self.direction.value,
            "aggregation": self.aggregation.value, "cumulative": self.cumulative,
            "baseline_year": self.baseline_year, "baseline": rounded(self.baseline), "target": rounded(self.target),
            "actual": rounded(self.actual), "as_of": self.as_of.code if self.as_of else None,
            "reported": self.reported, "expected": self.expected, "percent": percent(self.percent),
            "expected_now": rounded(self.expected_now), "pace": percent(self.pace), "status": self.status.value,
            "forecast": rounded(self.forecast), "forecast_method": self.forecast_method,
            "forecast_percent": percent(self.forecast_percent),
            "series": [{"period": v.period.code, "value": rounded(v.value), "reported": v.reported}
                       for v in self.series],
            "partial": ({"period": self.partial.period.code, "value": rounded(self.partial.value),
                         "reported": self.partial.reported, "expected": self.partial_expected}
                        if self.partial else None),
        }


@dataclass(frozen=True)
class YearProgress:
    year: int
    as_of: Period
    unit_code: str | None
    indicators: tuple[IndicatorProgress, ...]

    def counts(self) -> dict[ProgressStatus, int]:
        found = Counter(i.status for i in self.indicators)
        return {s: found.get(s, 0) for s in ProgressStatus}

    def get(self, code: str) -> IndicatorProgress:
        return next(i for i in self.indicators if i.code == code)


@dataclass(frozen=True)
class Contribution:
    unit_id: int
    unit_code: str
    unit_name: str
    value: float | None  # None: expected but not (yet) reported
    share: float | None  # of the commune's sum (sum indicators only)
    target: float | None  # the unit's own target, if one was set
    percent: float | None


@dataclass(frozen=True)
class Outlook:
    code: str
    name: str
    unit_of_measure: str
    direction: Direction
    value_type: ValueType
    baseline_year: int
    baseline: float | None
    results: dict[int, float | None]  # each year from baseline_year + 1 to 2030: its result so far
    targets: dict[int, float]
    forecast_2030: float | None
    percent_2030: float | None  # of the 2030 target, by the forecast


class ProgressService(Service):
    def bands(self, year: int) -> Bands:
        return Bands.from_setting(self.ws.settings.value("progress.bands", on=Period(year, PeriodKind.YEAR).end))

    def compute(self, year: int, as_of: str | None = None, unit_code: str | None = None) -> YearProgress:
        """Every active indicator's progress in ``year`` up to ``as_of`` (the
        whole year by default), for the commune or one unit."""
        period = _as_of(year, as_of)
        bands = self.bands(year)
        with self.ws.read() as session:
            unit = self._unit(session, unit_code) if unit_code else None
            indicators = self._indicators(session, unit)
            spans = _responsible(session) if unit is None else {}
            figures = _figures(session, indicators, [year - 1, year], unit.id if unit else None)
            targets = _targets(session, [i.id for i in indicators], [year], unit.id if unit else None)
        rows = [_judge(ind, figures, targets.get((ind.id, year)), year, period, bands, spans.get(ind.id, []),
                       unit is not None) for ind in indicators]
        return YearProgress(year, period, unit.code if unit else None, tuple(rows))

    def contributions(self, code: str, year: int, as_of: str | None = None) -> list[Contribution]:
        """Each responsible unit's value in the sub-period the commune figure comes from."""
        row = self.compute(year, as_of).get(code)
        with self.ws.read() as session:
            ind = session.scalars(select(Indicator).options(selectinload(Indicator.responsible_units))
                                  .where(Indicator.id == row.indicator_id)).one()
            values = {}
            if row.as_of is not None:
                code_ = row.as_of.code
                values = {v.unit_id: v.value for v in _unit_values(session, [ind.id], [code_])[ind.id, code_]}
            unit_targets = {t.unit_id: t.value for t in session.scalars(select(IndicatorTarget).where(
                IndicatorTarget.indicator_id == ind.id, IndicatorTarget.year == year,
                IndicatorTarget.unit_id.is_not(None)))}
            units = {u.id: u for u in ind.responsible_units if row.as_of is None or unit_active_during(u, row.as_of)}
            units.update({u.id: u for u in session.scalars(select(Unit).where(Unit.id.in_(values)))})
        total = sum(values.values()) if ind.aggregation is Aggregation.SUM else None
        result = []
        for u in sorted(units.values(), key=lambda u: (u.sort_order, u.code)):
            value, target = values.get(u.id), unit_targets.get(u.id)
            result.append(Contribution(
                u.id, u.code, u.name, value, value / total if total and value is not None else None, target,
                rules.score(value, target, ind.direction, ind.value_type)
                if value is not None and target is not None else None))
        return result

    def outlook(self, year: int) -> list[Outlook]:
        """Each indicator from its baseline year to 2030: the result of each year
        (to date), the targets, and the straight-line forecast for 2030."""
        with self.ws.read() as session:
            indicators = self._indicators(session, None)
            spans = _responsible(session)
            first = min([i.baseline_year for i in indicators] + [year]) + 1
            years = list(range(first - 1, max(HORIZON, year) + 1))
            figures = _figures(session, indicators, years, None)
            targets = _targets(session, [i.id for i in indicators], years, None)
        bands = self.bands(year)
        result = []
        for ind in indicators:
            results: dict[int, float | None] = {}
            points = [(ind.baseline_year, ind.baseline_value)] if ind.baseline_value is not None else []
            for y in range(ind.baseline_year + 1, HORIZON + 1):
                row = _judge(ind, figures, targets.get((ind.id, y)), y, Period(y, PeriodKind.YEAR), bands,
                             spans.get(ind.id, []), False)
                results[y] = row.actual
                if y <= year and row.forecast is not None:  # the year's result, or its year-end forecast
                    points.append((y, row.forecast))
            forecast = rules.within(rules.forecast_line(points, HORIZON), ind.min_value, ind.max_value)
            target = targets.get((ind.id, HORIZON))
            result.append(Outlook(
                ind.code, ind.name, ind.unit_of_measure, ind.direction, ind.value_type, ind.baseline_year,
                ind.baseline_value, results,
                {y: v for (i, y), v in targets.items() if i == ind.id}, forecast,
                rules.score(forecast, target, ind.direction, ind.value_type)
                if forecast is not None and target is not None else None))
        return result

    # --- loading ------------------------------------------------------------------

    def _indicators(self, session: Session, unit: Unit | None) -> list[Any]:
        """The active indicators as rows of the columns the rules read (no ORM objects)."""
        commune = self.ws.commune.current()
        stmt = (select(*_INDICATOR_COLUMNS).where(Indicator.commune_id == commune.id, Indicator.active)
                .order_by(Indicator.sort_order, Indicator.code))
        if unit is not None:
            stmt = stmt.where(Indicator.id.in_(select(indicator_responsible_unit.c.indicator_id)
                                               .where(indicator_responsible_unit.c.unit_id == unit.id)))
        return list(session.execute(stmt))

    def _unit(self, session: Session, code: str) -> Unit:
        commune = self.ws.commune.current()
        unit = session.scalar(select(Unit).where(Unit.commune_id == commune.id,
                                                 func.upper(Unit.code) == code.strip().upper()))
        if unit is None:
            raise NotFoundError(_("Không có đơn vị mã «{code}».", code=code))
        return unit


def _as_of(year: int, as_of: str | None) -> Period:
    if not as_of:
        return Period(year, PeriodKind.YEAR)
    period = Period.parse(as_of if "-" in as_of or len(as_of) == 4 else f"{year}-{as_of}")
    if period.year != year:
        raise ValidationError(_("Kỳ {period} không thuộc năm {year}.", period=label(period), year=year), field="period")
    return period


Figures = dict[tuple[int, str], tuple[float, int]]  # (indicator, period code) → (value, units)
_INDICATOR_COLUMNS = (
    Indicator.id, Indicator.code, Indicator.name, Indicator.area, Indicator.unit_of_measure, Indicator.value_type,
    Indicator.direction, Indicator.aggregation, Indicator.weight_indicator_id, Indicator.frequency,
    Indicator.cumulative, Indicator.lead_unit_id, Indicator.baseline_year, Indicator.baseline_value,
    Indicator.min_value, Indicator.max_value)


def _done(years: Sequence[int], unit_id: int | None) -> list:
    where = [UnitReport.year.in_(years), UnitReport.state.in_(DONE_STATES), ReportValue.value.is_not(None)]
    if unit_id is not None:
        where.append(UnitReport.unit_id == unit_id)
    return where


def _of_indicators(indicators: Sequence[Any], unit_id: int | None) -> ColumnElement[bool]:
    """The values of a few indicators: for the commune read from their index
    entries (``ix_report_value_indicator_report_value``); for one unit from its
    own reports, ``+ 0`` keeping the database off the indicator index."""
    column = ReportValue.indicator_id if unit_id is None else ReportValue.indicator_id + 0
    return column.in_([i.id for i in indicators])


def _figures(session: Session, indicators: list[Any], years: list[int], unit_id: int | None) -> Figures:
    """The combined figure of each (indicator, period) from SQL aggregates over
    the years' sent reports, never each unit's row in Python: every value counted
    and summed (``GROUP BY indicator, period``, one pass over the years' values),
    then, for the few indicators that need more, the weight sums of weighted
    averages (``_weighted``) and the one value "latest" and "commune only" pick
    (``_picked``), both read from ``ix_report_value_indicator_report_value``."""
    by_id = {i.id: i for i in indicators}
    totals, weighted, picked = _statements(
        tuple(_Kind(i.id, i.aggregation, i.weight_indicator_id, i.lead_unit_id) for i in indicators),
        tuple(years), unit_id)
    weights = {(i, p): (products, total) for i, p, products, total
               in session.execute(weighted)} if weighted is not None else {}
    values = {(i, p): v for i, p, v in session.execute(picked)} if picked is not None else {}
    figures: Figures = {}
    for ind_id, period, count, total in session.execute(totals):
        ind, key = by_id.get(ind_id), (ind_id, period)
        if ind is None:
            continue
        if key in values:
            figures[key] = (values[key], count)
        else:
            products, weight_sum = weights.get(key, (0.0, 0.0))
            figures[key] = (rules.from_totals(ind.aggregation, Totals(count, total or 0.0, products or 0.0,
                                                                      weight_sum or 0.0)), count)
    return figures


class _Kind(NamedTuple):
    """What the figures' statements depend on, of one indicator."""

    id: int
    aggregation: Aggregation
    weight_indicator_id: int | None
    lead_unit_id: int | None


@lru_cache(maxsize=16)
def _statements(kinds: tuple[_Kind, ...], years: tuple[int, ...], unit_id: int | None
                ) -> tuple[Select, Select | None, Select | None]:
    """The figures' statements: the totals of every indicator, the weight sums of
    the weighted averages, the values picked for the others. Built once for the
    same indicators (building costs as much as running them on one commune)."""
    value = ReportValue.value
    totals = (select(ReportValue.indicator_id, UnitReport.period, func.count(value), func.sum(value))
              .join(UnitReport, ReportValue.report_id == UnitReport.id)
              .where(*_done(years, unit_id)).group_by(ReportValue.indicator_id, UnitReport.period))
    weighted = [k for k in kinds if k.aggregation is Aggregation.WEIGHTED_AVERAGE and k.weight_indicator_id]
    picked = [k for k in kinds if k.aggregation not in rules.TOTALLED]
    return (totals, _weighted(weighted, years, unit_id) if weighted else None,
            _picked(picked, years, unit_id) if picked else None)


def _weighted(indicators: list[Any], years: Sequence[int], unit_id: int | None) -> Select:
    """Per (indicator, period) of weighted averages, ``Σ value × weight`` and
    ``Σ weight``: the weight is the weight indicator's value in the same report
    (a report without it adds nothing here)."""
    weight = aliased(ReportValue, name="weight")
    return (select(ReportValue.indicator_id, UnitReport.period, func.sum(ReportValue.value * weight.value),
                   func.sum(weight.value))
            .join(UnitReport, ReportValue.report_id == UnitReport.id)
            .join(Indicator, Indicator.id == ReportValue.indicator_id)
            .join(weight, and_(weight.report_id == ReportValue.report_id,
                               weight.indicator_id == Indicator.weight_indicator_id,
                               weight.indicator_id.in_(sorted({i.weight_indicator_id for i in indicators}))))
            .where(_of_indicators(indicators, unit_id), *_done(years, unit_id))
            .group_by(ReportValue.indicator_id, UnitReport.period))


def _picked(indicators: list[Any], years: Sequence[int], unit_id: int | None) -> Select:
    """Per (indicator, period), the value ``rules.combine`` picks, in one window
    over the rows in the order it reads them: "latest" the report sent last (ties
    and unsent ones: the first unit), "commune only" the lead unit's, else the
    first unit's."""
    rank = func.row_number().over(partition_by=(ReportValue.indicator_id, UnitReport.period),
                                  order_by=_pick_order(indicators))
    rows = (select(ReportValue.indicator_id, UnitReport.period, ReportValue.value, rank.label("rank"))
            .join(UnitReport, ReportValue.report_id == UnitReport.id)
            .where(_of_indicators(indicators, unit_id), *_done(years, unit_id))
            .subquery("picked"))
    return select(rows.c.indicator_id, rows.c.period, rows.c.value).where(rows.c.rank == 1)


def _pick_order(indicators: list[Any]) -> tuple:
    """The units' rows in the order ``rules.combine`` picks the first of: "commune
    only" the lead unit's, then by unit; "latest" the last sent, then by unit."""
    lead_of = {i.id: i.lead_unit_id or 0 for i in indicators if i.aggregation is Aggregation.COMMUNE_ONLY}
    lead_only = ReportValue.indicator_id.in_(list(lead_of))
    return (case((lead_only, case((UnitReport.unit_id == case(lead_of or {0: 0}, value=ReportValue.indicator_id), 0),
                                  else_=1)),
                 else_=case((UnitReport.submitted_at.is_(None), 1), else_=0)),
            case((lead_only, None), else_=UnitReport.submitted_at).desc(), UnitReport.unit_id)


def _unit_values(session: Session, indicator_ids: list[int], periods: list[str] | None,
                 years: list[int] | None = None, unit_id: int | None = None
                 ) -> dict[tuple[int, str], list[UnitValue]]:
    """Each unit's value per (indicator, period), for the rules that need the
    rows themselves (latest, commune only) and for the units' contributions."""
    where = [ReportValue.indicator_id.in_(indicator_ids), UnitReport.state.in_(DONE_STATES),
             ReportValue.value.is_not(None)]
    if periods is not None:
        where.append(UnitReport.period.in_(periods))
    if years is not None:
        where += _done(years, unit_id)
    stmt = (select(ReportValue.indicator_id, UnitReport.period, UnitReport.unit_id, ReportValue.value,
                   UnitReport.submitted_at)
            .join(UnitReport, ReportValue.report_id == UnitReport.id)
            .where(*where).order_by(UnitReport.unit_id))
    result: dict[tuple[int, str], list[UnitValue]] = defaultdict(list)
    for ind_id, period, unit, value, sent in session.execute(stmt):
        result[ind_id, period].append(UnitValue(unit, value, None, sent))
    return result


def _targets(session: Session, indicator_ids: list[int], years: list[int], unit_id: int | None
             ) -> dict[tuple[int, int], float]:
    which = IndicatorTarget.unit_id.is_(None) if unit_id is None else IndicatorTarget.unit_id == unit_id
    rows = session.execute(select(IndicatorTarget.indicator_id, IndicatorTarget.year, IndicatorTarget.value)
                           .where(IndicatorTarget.indicator_id.in_(indicator_ids),
                                  IndicatorTarget.year.in_(years), which))
    return {(i, y): v for i, y, v in rows}


class _Span(NamedTuple):
    """When responsible units exist (what ``unit_active_during`` reads)."""

    active_from: dt.date | None
    active_to: dt.date | None


def _responsible(session: Session) -> dict[int, list[tuple[_Span, int]]]:
    """Per indicator, its responsible units counted by the dates they exist (one GROUP BY)."""
    link = indicator_responsible_unit.c
    rows = session.execute(select(link.indicator_id, Unit.active_from, Unit.active_to, func.count())
                           .join(Unit, Unit.id == link.unit_id)
                           .group_by(link.indicator_id, Unit.active_from, Unit.active_to))
    result: dict[int, list[tuple[_Span, int]]] = defaultdict(list)
    for ind_id, start, end, n in rows:
        result[ind_id].append((_Span(start, end), n))
    return result


@lru_cache(maxsize=64)
def _sub_periods(year: int, kind: PeriodKind) -> tuple[tuple[Period, str, dt.date], ...]:
    """A year's periods of one kind with their codes and ends, worked out once
    for every indicator of that frequency."""
    return tuple((p, p.code, p.end) for p in Period(year, kind).periods_of_kind_in_year())


@lru_cache(maxsize=4096)
def _active(span: _Span, period: Period) -> bool:
    return unit_active_during(span, period)


def _judge(ind: Any, figures: Figures, target: float | None, year: int, as_of: Period, bands: Bands,
           spans: list[tuple[_Span, int]], one_unit: bool) -> IndicatorProgress:
    """One indicator's progress. The actual is the latest sub-period that
    every expected unit has reported; a later one still missing reports is
    kept apart (``partial``) so that a half-reported sum never passes for the
    commune's figure. With no complete sub-period, the latest with data."""
    def expected_in(period: Period) -> int:
        return 1 if one_unit else sum(n for span, n in spans if _active(span, period))

    end, key = as_of.end, ind.id
    found = [PeriodValue(p, *figure) for p, code, p_end in _sub_periods(year, ind.frequency)
             if p_end <= end and (figure := figures.get((key, code))) is not None and figure[0] is not None]
    complete = [i for i, v in enumerate(found) if v.reported >= expected_in(v.period)]
    cut = (complete[-1] + 1) if complete else len(found)
    series, partial = tuple(found[:cut]), (found[-1] if cut < len(found) else None)
    previous = {p.index: figures[key, code][0] for p, code, _ in _sub_periods(year - 1, ind.frequency)
                if (key, code) in figures}
    a = rules.assess([(s.period, s.value) for s in series], target, direction=ind.direction,
                     value_type=ind.value_type, cumulative=ind.cumulative, baseline=ind.baseline_value,
                     bands=bands, previous=previous, bounds=(ind.min_value, ind.max_value))
    last = series[-1] if series else None
    return IndicatorProgress(
        ind.id, ind.code, ind.name, ind.area, ind.unit_of_measure, ind.value_type, ind.direction,
        ind.aggregation, ind.frequency, ind.cumulative, ind.baseline_year, ind.baseline_value, target,
        last.value if last else None, last.period if last else None, last.reported if last else 0,
        expected_in(last.period) if last else 0,
        a.percent, a.expected_now, a.pace, a.status, a.forecast, a.forecast_method, a.forecast_percent, series,
        partial, expected_in(partial.period) if partial else 0)
