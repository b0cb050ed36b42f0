"""The quality of the units' figures beyond the checks that block a submission:
values far from the unit's own history (warnings, never blocks), values the
office marks for checking and clears with a reason, and each value's history
read from the audit trail.

The rule that decides what is far from the history is
:mod:`tnapp.domain.outliers`; its factor and shortest history are settings
(``outliers.factor``, ``outliers.min_history``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tnapp.domain.outliers import judge
from tnapp.domain.periods import Period
from tnapp.domain.permissions import Permission
from tnapp.domain.vocab import ValueType
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import _, label
from tnapp.models import Indicator, ReportValue, Unit, UnitReport, ValueFollowUp
from tnapp.models.accounts import AuditEntry
from tnapp.models.base import utcnow
from tnapp.services.audit import actor_of
from tnapp.services.base import Service
from tnapp.services.settings import setting_value
from tnapp.services.unit_reports import clean_text

_KEY = re.compile(r"#(\d+)\)?$")  # a foreign key as the audit trail writes it: "Số hộ nghèo (#12)"


@dataclass(frozen=True)
class OutlierRow:
    unit_id: int
    unit_code: str
    unit_name: str
    period: str
    report_id: int
    indicator_id: int
    indicator_code: str
    indicator_name: str
    value: float
    message: str  # "gấp 3 lần quý trước (11); thường từ … đến …"


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    report_id: int
    unit_id: int
    unit_name: str
    period: str
    indicator_id: int
    indicator_code: str
    indicator_name: str
    value: float | None
    comment: str
    marked_by: str
    marked_at: dt.datetime  # local time
    cleared_by: str | None
    cleared_at: dt.datetime | None
    clear_reason: str | None
    version: int


@dataclass(frozen=True)
class ValueChange:
    at: dt.datetime  # local time
    username: str
    before: float | None
    after: float | None
    action: str  # insert, update, delete
    reason: str | None


def _local(at: dt.datetime) -> dt.datetime:
    return at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _key(text: object) -> int | None:
    match = _KEY.search(text) if isinstance(text, str) else None
    return int(match.group(1)) if match else None


class DataQualityService(Service):
    # --- outliers from the unit's own history -------------------------------------------------

    def outliers(self, periods: str | Sequence[str]) -> list[OutlierRow]:
        """The values of the periods (all of one kind) that lie outside the range of their unit's own
        earlier figures, in catalogue order: warnings for the office to check, never blocks."""
        wanted = sorted({Period.parse(p) for p in ([periods] if isinstance(periods, str) else periods)})
        if not wanted:
            return []
        kind = wanted[0].kind
        if any(p.kind is not kind for p in wanted):
            raise ValidationError(_("Các kỳ xét số liệu bất thường phải cùng một loại kỳ."), field="period")
        last = wanted[-1]
        query = (select(UnitReport.unit_id, UnitReport.period, UnitReport.id, ReportValue.indicator_id,
                        ReportValue.value)
                 .join(ReportValue, ReportValue.report_id == UnitReport.id)
                 .where(UnitReport.period_kind == kind, UnitReport.year <= last.year, ReportValue.value.is_not(None)))
        series: dict[tuple[int, int], dict[Period, float]] = defaultdict(dict)
        report_of: dict[tuple[int, Period], int] = {}
        periods: dict[str, Period] = {}
        with self.ws.read() as session:
            factor = float(setting_value(session, "outliers.factor", last.end))
            min_history = int(setting_value(session, "outliers.min_history", last.end))
            for unit_id, code, report_id, indicator_id, value in session.execute(query):
                period = periods.get(code) or periods.setdefault(code, Period.parse(code))
                series[unit_id, indicator_id][period] = value
                report_of[unit_id, period] = report_id
            # Plain rows, not ORM objects: only what the list shows and the rule needs.
            indicators = {i.id: i for i in session.execute(select(
                Indicator.id, Indicator.code, Indicator.name, Indicator.value_type, Indicator.cumulative,
                Indicator.unit_of_measure, Indicator.sort_order))}
            units = {u.id: u for u in session.execute(select(Unit.id, Unit.code, Unit.name, Unit.sort_order))}
        found = []
        for (unit_id, indicator_id), values in series.items():
            indicator = indicators[indicator_id]
            if indicator.value_type is ValueType.YES_NO:  # done or not: no range to be far from
                continue
            whole = indicator.value_type is ValueType.COUNT
            for period in wanted:
                if period not in values:
                    continue
                flagged = judge(period, values, indicator.cumulative, factor, min_history, whole,
                                indicator.unit_of_measure)
                if flagged is not None:
                    unit = units[unit_id]
                    found.append(OutlierRow(unit_id, unit.code, unit.name, period.code, report_of[unit_id, period],
                                            indicator_id, indicator.code, indicator.name, values[period],
                                            flagged.message))
        order = {u: (units[u].sort_order, units[u].code) for u in units}
        return sorted(found, key=lambda r: (r.period, order[r.unit_id], indicators[r.indicator_id].sort_order,
                                            r.indicator_code))

    def periods_with_values(self) -> list[str]:
        """The periods of which some unit has entered a value, oldest first (by end; of two ending together,
        the longer first, so the last is the latest quarter rather than the nine months ending with it)."""
        with self.ws.read() as session:
            codes = session.scalars(select(UnitReport.period).distinct()
                                    .join(ReportValue, ReportValue.report_id == UnitReport.id)
                                    .where(ReportValue.value.is_not(None))).all()
        periods = [Period.parse(code) for code in codes]
        return [p.code for p in sorted(periods, key=lambda p: (p.end, p.start))]

    def latest_period_with_values(self) -> str | None:
        """The period the check page opens on: the latest with values (the period due may have none yet)."""
        filled = self.periods_with_values()
        return filled[-1] if filled else None

    # --- follow-up marks ----------------------------------------------------------------------

    def mark(self, report_id: int, indicator_id: int, comment: str) -> FollowUpRow:
        """Mark a value of a report for checking, with what to check (audited)."""
        comment = clean_text(comment)
        if comment is None:
            raise ValidationError(_("Hãy ghi nội dung cần kiểm tra của số liệu."), field="comment")
        with self.ws.write(Permission.ACCEPT_REPORTS) as session:
            report = session.get(UnitReport, report_id)
            if report is None:
                raise NotFoundError(_("Không tìm thấy báo cáo #{report_id}.", report_id=report_id))
            indicator = session.get(Indicator, indicator_id)
            if indicator is None:
                raise NotFoundError(_("Không tìm thấy chỉ tiêu #{indicator_id}.", indicator_id=indicator_id))
            if session.scalar(select(ValueFollowUp.id).where(
                    ValueFollowUp.report_id == report_id, ValueFollowUp.indicator_id == indicator_id,
                    ValueFollowUp.cleared_at.is_(None))) is not None:
                raise ValidationError(_("Số liệu «{code} – {name}» của {unit} ({period}) đã được đánh dấu cần kiểm tra.",
                                        code=indicator.code, name=indicator.name, unit=report.unit.name,
                                        period=label(Period.parse(report.period))), field="indicator")
            mark = ValueFollowUp(report=report, indicator=indicator, comment=comment,
                                 marked_by=actor_of(session).username, marked_at=utcnow())
            session.add(mark)
            session.flush()
            return self._rows(session, [mark])[0]

    def clear(self, followup_id: int, reason: str, expected_version: int | None = None) -> FollowUpRow:
        """Clear a mark once the value is checked; the reason is required and audited."""
        reason = clean_text(reason)
        if reason is None:
            raise ValidationError(_("Hãy ghi lý do bỏ đánh dấu (đã kiểm tra thế nào, kết quả ra sao)."),
                                  field="clear_reason")
        with self.ws.write(Permission.ACCEPT_REPORTS, reason=reason) as session:
            mark = session.get(ValueFollowUp, followup_id)
            if mark is None:
                raise NotFoundError(_("Không tìm thấy đánh dấu kiểm tra #{followup_id}.", followup_id=followup_id))
            self.ws.check_version(mark, expected_version)
            if mark.cleared_at is not None:
                raise ValidationError(_("Đánh dấu kiểm tra này đã được bỏ trước đó."), field="state")
            mark.cleared_at, mark.cleared_by, mark.clear_reason = utcnow(), actor_of(session).username, reason
            session.flush()
            return self._rows(session, [mark])[0]

    def follow_ups(self, period: str | None = None, include_cleared: bool = False) -> list[FollowUpRow]:
        """The marks still to check (of one period, or all), oldest first."""
        query = select(ValueFollowUp).join(ValueFollowUp.report).options(
            selectinload(ValueFollowUp.report).selectinload(UnitReport.unit), selectinload(ValueFollowUp.indicator))
        if period is not None:
            query = query.where(UnitReport.period == Period.parse(period).code)
        if not include_cleared:
            query = query.where(ValueFollowUp.cleared_at.is_(None))
        with self.ws.read() as session:
            return self._rows(session, session.scalars(query.order_by(ValueFollowUp.marked_at, ValueFollowUp.id)))

    @staticmethod
    def _rows(session: Session, marks: Sequence[ValueFollowUp]) -> list[FollowUpRow]:
        marks = list(marks)
        values = {(r, i): v for r, i, v in session.execute(
            select(ReportValue.report_id, ReportValue.indicator_id, ReportValue.value)
            .where(ReportValue.report_id.in_({m.report_id for m in marks})))} if marks else {}
        return [FollowUpRow(m.id, m.report_id, m.report.unit_id, m.report.unit.name, m.report.period, m.indicator_id,
                            m.indicator.code, m.indicator.name, values.get((m.report_id, m.indicator_id)),
                            m.comment, m.marked_by, _local(m.marked_at), m.cleared_by,
                            _local(m.cleared_at) if m.cleared_at else None, m.clear_reason, m.version)
                for m in marks]

    # --- each value's history, from the audit trail ----------------------------------------------

    def value_history(self, report_id: int, indicator_id: int) -> list[ValueChange]:
        """Who entered or changed the report's value of the indicator, when, old → new; oldest first."""
        with self.ws.read() as session:
            report = session.get(UnitReport, report_id)
            if report is None:
                raise NotFoundError(_("Không tìm thấy báo cáo #{report_id}.", report_id=report_id))
            entries = self._value_entries(session, report)
        return [ValueChange(_local(e.at), e.username, (e.before or {}).get("value"), (e.after or {}).get("value"),
                            e.action, e.reason)
                for e, indicator in entries if indicator == indicator_id
                and (e.action != "update" or "value" in (e.after or {}))]

    def changes_since_acceptance(self, report_id: int) -> int | None:
        """How many values of a reopened report changed since it was reopened (it was accepted until then);
        ``None`` for a report never reopened."""
        with self.ws.read() as session:
            report = session.get(UnitReport, report_id)
            if report is None:
                raise NotFoundError(_("Không tìm thấy báo cáo #{report_id}.", report_id=report_id))
            reopened = session.scalar(select(AuditEntry.at).where(
                AuditEntry.entity == UnitReport.__tablename__, AuditEntry.entity_id == report_id,
                AuditEntry.action == "reopen").order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(1))
            if reopened is None:
                return None
            return len({indicator for e, indicator in self._value_entries(session, report) if e.at >= reopened})

    @staticmethod
    def _value_entries(session: Session, report: UnitReport) -> list[tuple[AuditEntry, int | None]]:
        """The audit rows of the report's values (also of values cleared since), each with its indicator id."""
        entries = session.scalars(select(AuditEntry).where(
            AuditEntry.entity == ReportValue.__tablename__, AuditEntry.unit_id == report.unit_id)
            .order_by(AuditEntry.at, AuditEntry.id)).all()
        indicator_of = dict(session.execute(select(ReportValue.id, ReportValue.indicator_id)
                                            .where(ReportValue.report_id == report.id)).all())
        for entry in entries:
            whole = entry.after if entry.action == "insert" else entry.before if entry.action == "delete" else None
            if whole and _key(whole.get("report_id")) == report.id:
                indicator_of[entry.entity_id] = _key(whole.get("indicator_id"))
        return [(e, indicator_of[e.entity_id]) for e in entries if e.entity_id in indicator_of]
