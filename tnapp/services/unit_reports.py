"""A unit's report for one period: entering values cell by cell, the narrative,
the checks that block submission, the workflow steps, and the overview matrix.

Made for a keyboard-first grid: ``open`` gives every line the unit must fill
(target, previous period, year-to-date, current value), ``check_value`` reads
one typed cell, ``save_value`` saves one cell at once as a small audited
transaction (creating the draft report on the first value).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tnapp.domain import report_workflow as workflow
from tnapp.domain.formatting import format_number
from tnapp.domain.periods import Period, due_text
from tnapp.domain.permissions import Permission
from tnapp.domain.report_workflow import Transition
from tnapp.domain.value_checks import (
    CheckedValue, ValueSpec, check_value, cumulative_findings, findings, year_to_date,
)
from tnapp.domain.vocab import Direction, PeriodKind, ReportState
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import _, label
from tnapp.models import Indicator, IndicatorRule, ReportValue, Unit, UnitReport
from tnapp.models.base import UNSAVED, utcnow
from tnapp.services.audit import actor_of, record_action
from tnapp.services.base import Service
from tnapp.services.indicators import RULE_OPERATORS, UnitRef, reported_by, spec_of
from tnapp.services.reporting import ReportStatus, unit_active_during
from tnapp.storage.locks import exclusive

_COMPARE = {"<=": lambda a, b: a <= b, "<": lambda a, b: a < b, ">=": lambda a, b: a >= b,
            ">": lambda a, b: a > b, "=": lambda a, b: abs(a - b) < 1e-9}


@dataclass(frozen=True)
class ReportKey:
    """Which report: a unit and a period code (the report itself may not exist yet)."""

    unit_id: int
    period: str


@dataclass(frozen=True)
class EntryLine:
    indicator_id: int
    code: str
    name: str
    unit_of_measure: str
    spec: ValueSpec
    direction: Direction
    cumulative: bool
    target: float | None  # the year's target: the unit's own if any, else the commune's
    previous: float | None  # the previous period's value (the baseline for the first year)
    year_to_date: float | None
    value: float | None
    comment: str | None
    version: int  # of the saved value; UNSAVED when nothing is saved yet
    warnings: tuple[str, ...]  # what the checks say about the current value
    earlier_in_year: float | None = None  # the year-to-date figure before this period (same year only)

    @property
    def below_year_to_date(self) -> str | None:
        """Why a cumulative value looks like this period's own figure (lower than the year's so far), or None."""
        found = cumulative_findings(self.spec, self.cumulative, self.value, self.earlier_in_year)
        return found[0].message if found else None


@dataclass(frozen=True)
class ReportSheet:
    """Everything the entry screen shows for one unit and period."""

    key: ReportKey
    unit_code: str
    unit_name: str
    period_label: str
    deadline: dt.date
    due: str
    report_id: int | None
    state: ReportState | None  # None: nothing entered yet
    version: int  # UNSAVED: nothing entered yet
    editable: bool
    results_text: str | None
    difficulties_text: str | None
    proposals_text: str | None
    return_reason: str | None
    lines: tuple[EntryLine, ...]

    def line(self, code: str) -> EntryLine:
        return next(line for line in self.lines if line.code == code)


@dataclass(frozen=True)
class ReportInfo:
    id: int
    unit_id: int
    unit_code: str
    period: str
    state: ReportState
    version: int
    return_reason: str | None
    submitted_by: str | None
    accepted_by: str | None


@dataclass(frozen=True)
class SavedCell:
    report: ReportInfo | None  # None: the cell was cleared before any report existed
    line: EntryLine  # the line as it is now (value, version, year-to-date, warnings)
    changed: bool


@dataclass(frozen=True)
class RuleViolation:
    rule_id: int
    left_code: str
    operator: str
    right_code: str
    left_value: float
    right_value: float
    message: str

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class MatrixRow:
    unit: UnitRef
    cells: tuple[ReportStatus | None, ...]  # per period; None: the unit does not report that period


@dataclass(frozen=True)
class ReportMatrix:
    periods: tuple[str, ...]
    rows: tuple[MatrixRow, ...]


ReportRef = ReportKey | ReportSheet | int  # a key, an opened sheet, or a report id


def _info(report: UnitReport) -> ReportInfo:
    return ReportInfo(report.id, report.unit_id, report.unit.code, report.period, report.state, report.version,
                      report.return_reason, report.submitted_by, report.accepted_by)


def clean_text(text: str | None) -> str | None:
    """Free text as stored: composed Vietnamese (NFC), trimmed, its line breaks kept; ``None`` when empty."""
    return unicodedata.normalize("NFC", (text or "").strip()) or None


def previous_period(period: Period) -> Period:
    """The period of the same kind just before (Q1 → Q4 of the year before)."""
    if period.index > 1:
        return Period(period.year, period.kind, period.index - 1)
    return Period(period.year - 1, period.kind, 1).periods_of_kind_in_year()[-1]


class UnitReportService(Service):
    # --- reading ------------------------------------------------------------------

    def open(self, unit_id: int, period: str) -> ReportSheet:
        """The unit's lines for the period, with the report's state and narrative."""
        p = Period.parse(period)
        deadline = self.ws.reporting.deadline(p)
        with self.ws.read() as session:
            unit = self._unit(session, unit_id)
            report = self._find(session, unit_id, p.code)
            indicators = session.scalars(reported_by(unit_id, p.kind).options(
                selectinload(Indicator.targets))).all()
            lines = self._lines(session, unit_id, p, indicators)
        state = report.state if report else None
        sent = state in (ReportState.SUBMITTED, ReportState.ACCEPTED)
        return ReportSheet(
            ReportKey(unit_id, p.code), unit.code, unit.name, p.label, deadline,
            "" if sent else due_text(deadline, dt.date.today()), report.id if report else None, state,
            report.version if report else UNSAVED, workflow.can_edit(state),
            report.results_text if report else None, report.difficulties_text if report else None,
            report.proposals_text if report else None, report.return_reason if report else None, tuple(lines))

    def get(self, report: ReportRef) -> ReportInfo | None:
        """The report's state and version (``None``: no report yet for that key)."""
        with self.ws.read() as session:
            found = self._resolve(session, report)
            return _info(found) if found else None

    def values(self, unit_id: int, period: str) -> dict[str, float | None]:
        """Indicator code → value saved in the unit's report of the period."""
        code = Period.parse(period).code
        with self.ws.read() as session:
            rows = session.execute(
                select(Indicator.code, ReportValue.value).join(ReportValue.indicator).join(ReportValue.report)
                .where(UnitReport.unit_id == unit_id, UnitReport.period == code)
                .order_by(Indicator.sort_order, Indicator.code))
            return {c: v for c, v in rows}

    def check_value(self, indicator: int | EntryLine | ValueSpec, text: object) -> CheckedValue:
        """Read one typed cell: its value, or the error, and the warnings (never blocks)."""
        if isinstance(indicator, EntryLine):
            checked = check_value(indicator.spec, text)
            return replace(checked, warnings=checked.warnings + cumulative_findings(
                indicator.spec, indicator.cumulative, checked.value, indicator.earlier_in_year)) if checked.ok \
                else checked
        if isinstance(indicator, ValueSpec):
            return check_value(indicator, text)
        with self.ws.read() as session:
            found = session.get(Indicator, indicator)
            if found is None:
                raise NotFoundError(_("Không tìm thấy chỉ tiêu #{indicator}.", indicator=indicator))
            return check_value(spec_of(found), text)

    def rule_violations(self, report: ReportRef) -> list[RuleViolation]:
        """The catalogue's rules broken by the report's values (they block submission)."""
        with self.ws.read() as session:
            found = self._resolve(session, report)
            return self._violations(session, found) if found else []

    def submission_problems(self, report: ReportRef) -> list[str]:
        """Everything that keeps the report from being submitted: broken rules
        and values impossible for their type."""
        with self.ws.read() as session:
            found = self._resolve(session, report)
            return self._blockers(session, found) if found else []

    def overview(self, periods: Sequence[str], today: dt.date | None = None) -> ReportMatrix:
        """Units × periods: each cell the report's state, deadline and overdue
        flag (from ``ReportingService.status``), or ``None`` where the unit does not report."""
        codes = tuple(Period.parse(p).code for p in periods)
        statuses = self.ws.reporting.statuses([Period.parse(code) for code in codes], today)
        by_period = [{s.unit_id: s for s in statuses[code]} for code in codes]
        unit_ids = {uid for statuses in by_period for uid in statuses}
        with self.ws.read() as session:
            units = session.scalars(select(Unit).where(Unit.id.in_(unit_ids)).order_by(Unit.sort_order, Unit.code))
            rows = tuple(MatrixRow(UnitRef(u.id, u.code, u.name), tuple(s.get(u.id) for s in by_period))
                         for u in units)
        return ReportMatrix(codes, rows)

    # --- entering -------------------------------------------------------------------

    def save_value(self, report: ReportRef, indicator_id: int, value: float | None, comment: str | None = None,
                   expected_version: int | None = None) -> SavedCell:
        """Save one cell of a draft (or returned) report at once; the draft is
        made on the first value. An empty value and comment clear the cell.
        Impossible or unusual values are kept, with their warnings.
        ``expected_version`` is the cell's version as shown (``UNSAVED`` for an
        empty cell): refused when another PC saved the cell since."""
        key = self.key_of(report)
        period = Period.parse(key.period)
        comment = clean_text(comment)
        with self.ws.write(Permission.ENTER_REPORTS) as session:
            unit = self._writable_unit(session, key.unit_id, period)
            indicator = session.scalar(reported_by(unit.id, period.kind).where(Indicator.id == indicator_id))
            if indicator is None:
                raise ValidationError(_("Chỉ tiêu #{indicator_id} không thuộc báo cáo {period} của «{unit}».",
                                        indicator_id=indicator_id, period=label(period),
                                        unit=unit.name), field="indicator")
            found = self._find_held(session, unit.id, period)
            workflow.require_editable(found.state if found else None, f"Báo cáo {period.label} của «{unit.name}»")
            row = session.scalar(select(ReportValue).where(
                ReportValue.report_id == found.id, ReportValue.indicator_id == indicator_id)) if found else None
            self.ws.check_version(row, expected_version)
            changed = False
            if found is not None or value is not None or comment is not None:
                found = found or self.new_report(session, unit.id, period)
                changed = self.put_value(session, found, indicator_id, row, value, comment)
                session.flush()
            line = self._lines(session, unit.id, period, [indicator])[0]
            return SavedCell(_info(found) if found else None, line, changed)

    def save_narrative(self, report: ReportRef, results: str | None, difficulties: str | None,
                       proposals: str | None, expected_version: int | None = None) -> ReportInfo:
        """The report's text parts: results, difficulties, proposals.
        ``expected_version`` is the report's as shown (``UNSAVED`` before
        anything was entered): refused when another PC saved it since."""
        key = self.key_of(report)
        period = Period.parse(key.period)
        with self.ws.write(Permission.ENTER_REPORTS) as session:
            unit = self._writable_unit(session, key.unit_id, period)
            found = self._find_held(session, unit.id, period)
            workflow.require_editable(found.state if found else None, f"Báo cáo {period.label} của «{unit.name}»")
            self.ws.check_version(found, expected_version)
            target = found or self.new_report(session, unit.id, period)
            self.put_narrative(target, results, difficulties, proposals)
            session.flush()
            return _info(target)

    # --- workflow ----------------------------------------------------------------------

    def submit(self, report: ReportRef, expected_version: int | None = None) -> ReportInfo:
        return self._transition(report, Transition.SUBMIT, None, expected_version)

    def accept(self, report: ReportRef, expected_version: int | None = None) -> ReportInfo:
        return self._transition(report, Transition.ACCEPT, None, expected_version)

    def return_report(self, report: ReportRef, reason: str, expected_version: int | None = None) -> ReportInfo:
        return self._transition(report, Transition.RETURN, reason, expected_version)

    def reopen(self, report: ReportRef, reason: str, expected_version: int | None = None) -> ReportInfo:
        """Unlock an accepted report (back to the unit as returned), the reason audited."""
        return self._transition(report, Transition.REOPEN, reason, expected_version)

    def allowed_steps(self, unit_id: int, state: ReportState | None) -> list[Transition]:
        """The steps the acting user may take on the unit's report in ``state``
        (for the GUI's buttons; each step is still checked when taken)."""
        actor = self.ws.actor
        return [t for t in workflow.available(state) if actor.can(workflow.STEPS[t].permission)
                and (not workflow.STEPS[t].own_unit_only or workflow.may_act_for(actor, unit_id))]

    def _transition(self, report: ReportRef, transition: Transition, reason: str | None,
                    expected_version: int | None) -> ReportInfo:
        step = workflow.STEPS[transition]
        reason = clean_text(reason)
        with self.ws.write(step.permission, reason=reason) as session:
            found = self._resolve(session, report, lock=True)
            if found is None:
                raise ValidationError(_("Đơn vị chưa nhập báo cáo này; chưa có gì để {transition}.",
                                        transition=label(transition).lower()), field="state")
            if step.own_unit_only:
                workflow.require_own_unit(self.ws.actor, found.unit_id, found.unit.name)
            self.ws.check_version(found, expected_version)
            target = workflow.next_state(found.state, transition, reason)
            if transition is Transition.SUBMIT:
                blockers = self._blockers(session, found)
                if blockers:
                    raise ValidationError(_("Chưa gửi được báo cáo {period} của «{unit}»: {blockers}.",
                                            period=found.period, unit=found.unit.name, blockers="; ".join(blockers)),
                                          field="values")
            username, now = actor_of(session).username, utcnow()
            found.state = target
            if transition is Transition.SUBMIT:
                found.submitted_at, found.submitted_by, found.return_reason = now, username, None
            elif transition is Transition.ACCEPT:
                found.accepted_at, found.accepted_by = now, username
            else:
                found.return_reason = reason
                found.accepted_at = found.accepted_by = None
                record_action(session, transition.value, found, reason,
                              {"state": target.value, "period": found.period})
            session.flush()
            return _info(found)

    # --- shared with the Excel import -------------------------------------------------

    def key_of(self, report: ReportRef) -> ReportKey:
        if isinstance(report, ReportKey):
            return ReportKey(report.unit_id, Period.parse(report.period).code)
        if isinstance(report, ReportSheet):
            return report.key
        with self.ws.read() as session:
            found = self._resolve(session, report)
            if found is None:
                raise NotFoundError(_("Không tìm thấy báo cáo #{report}.", report=report))
            return ReportKey(found.unit_id, found.period)

    def _writable_unit(self, session: Session, unit_id: int, period: Period) -> Unit:
        unit = self._unit(session, unit_id)
        workflow.require_own_unit(self.ws.actor, unit.id, unit.name)
        if not unit_active_during(unit, period):
            raise ValidationError(_("«{unit}» không hoạt động trong {period}.",
                                    unit=unit.name, period=label(period)), field="unit")
        return unit

    @staticmethod
    def new_report(session: Session, unit_id: int, period: Period) -> UnitReport:
        """A draft report, added to the session (saved at the next flush)."""
        report = UnitReport(unit_id=unit_id, period=period.code, year=period.year, period_kind=period.kind,
                            state=ReportState.DRAFT)
        session.add(report)
        return report

    @staticmethod
    def put_value(session: Session, report: UnitReport, indicator_id: int, row: ReportValue | None,
             value: float | None, comment: str | None) -> bool:
        """Set one value (and comment) of a report; returns whether anything changed."""
        if value is None and comment is None:
            if row is None:
                return False
            session.delete(row)
            return True
        if row is None:
            session.add(ReportValue(report=report, indicator_id=indicator_id, value=value, comment=comment))
            return True
        if (row.value, row.comment) == (value, comment):
            return False
        row.value, row.comment = value, comment
        return True

    @staticmethod
    def put_narrative(report: UnitReport, results: str | None, difficulties: str | None,
                      proposals: str | None) -> bool:
        texts = {"results_text": results, "difficulties_text": difficulties, "proposals_text": proposals}
        changed = False
        for name, text in texts.items():
            clean = clean_text(text)
            if getattr(report, name) != clean:
                setattr(report, name, clean)
                changed = True
        return changed

    # --- helpers ------------------------------------------------------------------------

    @staticmethod
    def _unit(session: Session, unit_id: int) -> Unit:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise NotFoundError(_("Không tìm thấy đơn vị #{unit_id}.", unit_id=unit_id))
        return unit

    @classmethod
    def _find_held(cls, session: Session, unit_id: int, period: Period) -> UnitReport | None:
        """The report, held until the transaction ends — also while it does not
        exist yet, so that two PCs entering its first value or text save one
        after the other and the second sees the first's."""
        exclusive(session, UnitReport.__tablename__, unit_id, period.code)
        return cls._find(session, unit_id, period.code, lock=True)

    @staticmethod
    def _find(session: Session, unit_id: int, period: str, lock: bool = False) -> UnitReport | None:
        query = select(UnitReport).where(UnitReport.unit_id == unit_id, UnitReport.period == period)
        return session.scalar(query.with_for_update() if lock else query)

    def _resolve(self, session: Session, report: ReportRef, lock: bool = False) -> UnitReport | None:
        if isinstance(report, int):
            query = select(UnitReport).where(UnitReport.id == report)
            found = session.scalar(query.with_for_update() if lock else query)
            if found is None:
                raise NotFoundError(_("Không tìm thấy báo cáo #{report} (có thể đã bị xóa).", report=report))
            return found
        key = report.key if isinstance(report, ReportSheet) else report
        return self._find(session, key.unit_id, Period.parse(key.period).code, lock)

    @staticmethod
    def _lines(session: Session, unit_id: int, period: Period, indicators: Iterable[Indicator]) -> list[EntryLine]:
        indicators = list(indicators)
        before = previous_period(period)
        so_far = [p.code for p in period.periods_of_kind_in_year() if p <= period]
        saved: dict[tuple[str, int], ReportValue] = {}
        for code, row in session.execute(
                select(UnitReport.period, ReportValue).join(ReportValue.report)
                .where(UnitReport.unit_id == unit_id, UnitReport.period.in_([*so_far, before.code]),
                       ReportValue.indicator_id.in_([i.id for i in indicators]))):
            saved[(code, row.indicator_id)] = row
        lines = []
        for ind in indicators:
            current = saved.get((period.code, ind.id))
            prev = saved.get((before.code, ind.id))
            # Before the first yearly report, the previous year is the plan's baseline (TH 2025).
            baseline = ind.baseline_value if period.kind is PeriodKind.YEAR and ind.baseline_year == before.year \
                else None
            previous = prev.value if prev else baseline
            targets = {(t.unit_id, t.year): t.value for t in ind.targets}
            target = targets.get((unit_id, period.year), targets.get((None, period.year)))
            ytd = year_to_date([saved[(c, ind.id)].value if (c, ind.id) in saved else None for c in so_far])
            earlier = year_to_date([saved[(c, ind.id)].value if (c, ind.id) in saved else None
                                    for c in so_far if c != period.code])
            value = current.value if current else None
            spec = spec_of(ind)
            lines.append(EntryLine(
                ind.id, ind.code, ind.name, ind.unit_of_measure, spec, ind.direction, ind.cumulative, target,
                previous, ytd, value, current.comment if current else None, current.version if current else UNSAVED,
                tuple(w.message for w in findings(spec, value) + cumulative_findings(
                    spec, ind.cumulative, value, earlier)), earlier))
        return lines

    @staticmethod
    def _violations(session: Session, report: UnitReport) -> list[RuleViolation]:
        values = dict(session.execute(select(ReportValue.indicator_id, ReportValue.value)
                                      .where(ReportValue.report_id == report.id)).all())
        rules = session.scalars(select(IndicatorRule).where(IndicatorRule.left_indicator_id.in_(values))
                                .options(selectinload(IndicatorRule.left), selectinload(IndicatorRule.right))
                                .order_by(IndicatorRule.id))
        broken = []
        for rule in rules:
            left, right = values.get(rule.left_indicator_id), values.get(rule.right_indicator_id)
            if left is None or right is None or _COMPARE[rule.operator](left, right):
                continue
            what = (f"{rule.left.code} = {format_number(left)} phải {RULE_OPERATORS[rule.operator]} "
                    f"{rule.right.code} = {format_number(right)}")
            broken.append(RuleViolation(rule.id, rule.left.code, rule.operator, rule.right.code, left, right,
                                        f"{rule.message} ({what})" if rule.message else what))
        return broken

    def _blockers(self, session: Session, report: UnitReport) -> list[str]:
        problems = [v.message for v in self._violations(session, report)]
        rows = session.scalars(select(ReportValue).where(ReportValue.report_id == report.id)
                               .options(selectinload(ReportValue.indicator)))
        for row in rows:
            impossible = [w.message for w in findings(spec_of(row.indicator), row.value) if w.impossible]
            if impossible:
                problems.append(f"{row.indicator.code}: {impossible[0]}")
        return problems
