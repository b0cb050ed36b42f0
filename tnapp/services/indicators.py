"""The indicator catalogue (chỉ tiêu 2026–2030): what each indicator measures,
who reports it and how often, its yearly targets for the commune and per unit,
and the rules between indicators of one report (poor households ≤ households).

The rules for a valid indicator live in :func:`validate_indicator` (no
database) and :meth:`IndicatorService._check_references` (codes and units).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from tnapp.domain.permissions import Permission
from tnapp.domain.text import nfc
from tnapp.domain.value_checks import ValueSpec, findings
from tnapp.domain.vocab import Aggregation, Direction, IndicatorArea, PeriodKind, ValueType
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import N_, _
from tnapp.models import Indicator, IndicatorRule, IndicatorTarget, ReportValue, Unit
from tnapp.models.indicators import indicator_responsible_unit
from tnapp.services.base import Service, delete_unless_used

PLAN_YEARS = range(2026, 2031)  # the 2026–2030 plan
RULE_OPERATORS = {"<=": "≤", "<": "<", ">=": "≥", ">": ">", "=": "="}


@dataclass(frozen=True)
class IndicatorInput:
    code: str
    name: str
    area: IndicatorArea
    unit_of_measure: str
    lead_unit_id: int | None
    value_type: ValueType = ValueType.NUMBER
    direction: Direction = Direction.HIGHER_BETTER
    aggregation: Aggregation = Aggregation.COMMUNE_ONLY
    frequency: PeriodKind = PeriodKind.YEAR
    cumulative: bool = False
    responsible_unit_ids: tuple[int, ...] = ()  # commune_only: the lead unit alone
    weight_indicator_id: int | None = None  # required for a weighted average
    baseline_year: int = 2025
    baseline_value: float | None = None
    min_value: float | None = None
    max_value: float | None = None
    targets: Mapping[int, float] = field(default_factory=dict)  # the commune's, year → value
    unit_targets: Mapping[int, Mapping[int, float]] = field(default_factory=dict)  # unit id → year → value
    sort_order: int | None = None  # None: after the last one
    active: bool = True
    note: str | None = None


@dataclass(frozen=True)
class UnitRef:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class IndicatorRow:
    id: int
    code: str
    name: str
    area: IndicatorArea
    unit_of_measure: str
    value_type: ValueType
    direction: Direction
    aggregation: Aggregation
    frequency: PeriodKind
    cumulative: bool
    lead_unit: UnitRef | None
    responsible_units: tuple[UnitRef, ...]
    weight_indicator_id: int | None
    weight_indicator_code: str | None
    baseline_year: int
    baseline_value: float | None
    min_value: float | None
    max_value: float | None
    targets: dict[int, float]  # the commune's, year → value
    unit_targets: dict[str, dict[int, float]]  # unit code → year → value
    sort_order: int
    active: bool
    note: str | None
    version: int

    @property
    def spec(self) -> ValueSpec:
        return ValueSpec(self.value_type, self.min_value, self.max_value, self.unit_of_measure)

    def target_for(self, year: int, unit_code: str | None = None) -> float | None:
        """The unit's own target when it has one, else the commune's."""
        own = self.unit_targets.get(unit_code, {}).get(year) if unit_code else None
        return own if own is not None else self.targets.get(year)

    def as_input(self, units_by_code: Mapping[str, int]) -> IndicatorInput:
        """The row as an input to edit and save back."""
        return IndicatorInput(
            self.code, self.name, self.area, self.unit_of_measure, self.lead_unit.id if self.lead_unit else None,
            self.value_type, self.direction, self.aggregation, self.frequency, self.cumulative,
            tuple(u.id for u in self.responsible_units), self.weight_indicator_id, self.baseline_year,
            self.baseline_value, self.min_value, self.max_value, dict(self.targets),
            {units_by_code[c]: dict(t) for c, t in self.unit_targets.items()}, self.sort_order, self.active,
            self.note)


@dataclass(frozen=True)
class RuleRow:
    id: int
    left_id: int
    left_code: str
    operator: str
    right_id: int
    right_code: str
    message: str | None
    version: int

    @property
    def text(self) -> str:
        return f"{self.left_code} {RULE_OPERATORS[self.operator]} {self.right_code}"


def spec_of(indicator: Indicator) -> ValueSpec:
    return ValueSpec(indicator.value_type, indicator.min_value, indicator.max_value, indicator.unit_of_measure)


def _ref(unit: Unit) -> UnitRef:
    return UnitRef(unit.id, unit.code, unit.name)


def _row(i: Indicator, weight_codes: Mapping[int, str], unit_codes: Mapping[int, str]) -> IndicatorRow:
    targets: dict[int, float] = {}
    unit_targets: dict[str, dict[int, float]] = {}
    for t in sorted(i.targets, key=lambda t: t.year):
        if t.unit_id is None:
            targets[t.year] = t.value
        else:
            unit_targets.setdefault(unit_codes[t.unit_id], {})[t.year] = t.value
    return IndicatorRow(
        i.id, i.code, i.name, i.area, i.unit_of_measure, i.value_type, i.direction, i.aggregation, i.frequency,
        i.cumulative, _ref(i.lead_unit) if i.lead_unit else None,
        tuple(_ref(u) for u in sorted(i.responsible_units, key=lambda u: (u.sort_order, u.code))),
        i.weight_indicator_id, weight_codes.get(i.weight_indicator_id) if i.weight_indicator_id else None,
        i.baseline_year, i.baseline_value, i.min_value, i.max_value, targets, dict(sorted(unit_targets.items())),
        i.sort_order, i.active, i.note, i.version)


def _check_amount(spec: ValueSpec, value: float, what: str, field_name: str) -> None:
    impossible = [w.message for w in findings(spec, value) if w.impossible]
    if impossible:
        raise ValidationError(_("{what}: {impossible}.", what=what, impossible=impossible[0]), field=field_name)


def validate_indicator(data: IndicatorInput) -> IndicatorInput:
    """The rules of one indicator that need no database; returns the cleaned input."""
    code = data.code.strip()
    if not code or len(code) > 30 or any(ch.isspace() for ch in code):
        raise ValidationError(_("Mã chỉ tiêu không được trống, tối đa 30 ký tự, không có dấu cách."), field="code")
    name, uom = nfc(data.name), nfc(data.unit_of_measure)
    if not name or len(name) > 300:
        raise ValidationError(_("Tên chỉ tiêu không được trống, tối đa 300 ký tự."), field="name")
    if not uom or len(uom) > 50:
        raise ValidationError(_("Đơn vị tính không được trống, tối đa 50 ký tự."), field="unit_of_measure")
    if data.lead_unit_id is None:
        raise ValidationError(_("Chỉ tiêu «{code}» chưa có đơn vị chủ trì.", code=code), field="lead_unit_id")
    low, high = data.min_value, data.max_value
    if data.value_type is ValueType.YES_NO:
        low, high = (0.0 if low is None else low), (1.0 if high is None else high)
        if (low, high) != (0.0, 1.0):
            raise ValidationError(_("Chỉ tiêu Có/Không chỉ nhận 0 và 1 (cận dưới 0, cận trên 1)."), field="min_value")
    if low is not None and high is not None and low > high:
        raise ValidationError(_("Cận dưới phải nhỏ hơn hoặc bằng cận trên."), field="min_value")
    weight = data.weight_indicator_id
    if data.aggregation is Aggregation.WEIGHTED_AVERAGE and weight is None:
        raise ValidationError(_("Trung bình có trọng số cần chọn chỉ tiêu làm trọng số."), field="weight_indicator_id")
    if data.aggregation is not Aggregation.WEIGHTED_AVERAGE:
        weight = None
    responsible = tuple(dict.fromkeys(data.responsible_unit_ids))
    if data.aggregation is Aggregation.COMMUNE_ONLY:
        if set(responsible) - {data.lead_unit_id}:
            raise ValidationError(_("Chỉ tiêu chỉ cấp xã do đơn vị chủ trì báo cáo; không giao cho đơn vị khác."),
                                  field="responsible_unit_ids")
        responsible = (data.lead_unit_id,)
    elif not responsible:
        raise ValidationError(_("Hãy chọn các đơn vị thực hiện (báo cáo) chỉ tiêu."), field="responsible_unit_ids")
    if not 2000 <= data.baseline_year <= 2100:
        raise ValidationError(_("Năm thực hiện gốc {baseline_year} không hợp lệ.",
                                baseline_year=data.baseline_year), field="baseline_year")
    spec = ValueSpec(data.value_type, low, high, uom)
    if data.baseline_value is not None:
        _check_amount(spec, data.baseline_value, f"Số thực hiện năm {data.baseline_year}", "baseline_value")
    for owner, targets in [(None, data.targets), *data.unit_targets.items()]:
        if owner is not None and owner not in responsible:
            raise ValidationError(_("Chỉ giao chỉ tiêu cho đơn vị thực hiện chỉ tiêu đó."), field="unit_targets")
        where = "unit_targets" if owner is not None else "targets"
        for year, value in targets.items():
            if year not in PLAN_YEARS:
                raise ValidationError(_("Kế hoạch năm {year} nằm ngoài giai đoạn {PLAN_YEARS}–{PLAN_YEARS2}.",
                                        year=year, PLAN_YEARS=PLAN_YEARS[0], PLAN_YEARS2=PLAN_YEARS[-1]),
                                      field=f"{where}.{year}")
            _check_amount(spec, value, f"Kế hoạch năm {year}", f"{where}.{year}")
    unit_targets = {u: dict(t) for u, t in data.unit_targets.items() if t}
    return replace(data, code=code, name=name, unit_of_measure=uom, min_value=low, max_value=high,
                   weight_indicator_id=weight, responsible_unit_ids=responsible, targets=dict(data.targets),
                   unit_targets=unit_targets, note=nfc(data.note or "") or None)


class IndicatorService(Service):
    # --- reading --------------------------------------------------------------------

    def list(self, include_inactive: bool = True) -> list[IndicatorRow]:
        """The catalogue in its order (sort order, then code)."""
        commune = self.ws.commune.current()
        with self.ws.read() as session:
            query = (select(Indicator).where(Indicator.commune_id == commune.id)
                     .options(selectinload(Indicator.lead_unit), selectinload(Indicator.responsible_units),
                              selectinload(Indicator.targets))
                     .order_by(Indicator.sort_order, Indicator.code))
            if not include_inactive:
                query = query.where(Indicator.active)
            return self._rows(session, session.scalars(query).all())

    def get(self, indicator_id: int) -> IndicatorRow:
        with self.ws.read() as session:
            return self._rows(session, [self._load(session, indicator_id)])[0]

    def by_code(self, code: str) -> IndicatorRow:
        commune = self.ws.commune.current()
        with self.ws.read() as session:
            found = session.scalar(select(Indicator.id).where(
                Indicator.commune_id == commune.id, func.lower(Indicator.code) == code.strip().lower()))
        if found is None:
            raise NotFoundError(_("Không có chỉ tiêu mã «{code}».", code=code))
        return self.get(found)

    # --- writing --------------------------------------------------------------------

    def create(self, data: IndicatorInput) -> IndicatorRow:
        data = validate_indicator(data)
        commune = self.ws.commune.current()
        with self.ws.write(Permission.EDIT_CATALOGUE) as session:
            indicator = Indicator(commune_id=commune.id)
            self.save(session, indicator, data)
            indicator_id = indicator.id
        return self.get(indicator_id)

    def update(self, indicator_id: int, data: IndicatorInput, expected_version: int | None = None) -> IndicatorRow:
        data = validate_indicator(data)
        with self.ws.write(Permission.EDIT_CATALOGUE) as session:
            indicator = self._load(session, indicator_id)
            self.ws.check_version(indicator, expected_version)
            self.save(session, indicator, data)
        return self.get(indicator_id)

    def delete(self, indicator_id: int, expected_version: int | None = None) -> None:
        with self.ws.write(Permission.EDIT_CATALOGUE) as session:
            indicator = self._load(session, indicator_id)
            self.ws.check_version(indicator, expected_version)
            delete_unless_used(session, indicator, [(ReportValue.indicator_id, N_("giá trị đã báo cáo")),
                                                    (Indicator.weight_indicator_id, N_("chỉ tiêu dùng làm trọng số"))],
                               _("Không xóa được chỉ tiêu «{code}»", code=indicator.code),
                               _("Hãy ngừng theo dõi chỉ tiêu (bỏ chọn «Đang dùng») thay vì xóa."))

    def save(self, session: Session, indicator: Indicator, data: IndicatorInput) -> bool:
        """Write validated ``data`` into ``indicator`` inside an open write,
        touching only what differs; returns whether anything changed."""
        self._check_references(session, indicator.commune_id, data, indicator.id)
        if data.sort_order is None and indicator.id is None:
            last = session.scalar(select(func.max(Indicator.sort_order))
                                  .where(Indicator.commune_id == indicator.commune_id))
            data = replace(data, sort_order=(last or 0) + 10)
        changed = False
        columns = {
            "code": data.code, "name": data.name, "area": data.area, "unit_of_measure": data.unit_of_measure,
            "value_type": data.value_type, "direction": data.direction, "aggregation": data.aggregation,
            "weight_indicator_id": data.weight_indicator_id, "frequency": data.frequency,
            "cumulative": data.cumulative, "lead_unit_id": data.lead_unit_id, "baseline_year": data.baseline_year,
            "baseline_value": data.baseline_value, "min_value": data.min_value, "max_value": data.max_value,
            "active": data.active, "note": data.note,
        }
        if data.sort_order is not None:
            columns["sort_order"] = data.sort_order
        for name, value in columns.items():
            if getattr(indicator, name, None) != value:
                setattr(indicator, name, value)
                changed = True
        if indicator.id is None:
            session.add(indicator)
            session.flush()
        if {u.id for u in indicator.responsible_units} != set(data.responsible_unit_ids):
            indicator.responsible_units = list(session.scalars(
                select(Unit).where(Unit.id.in_(data.responsible_unit_ids))))
            changed = True
        wanted = {(None, y): v for y, v in data.targets.items()}
        wanted.update({(u, y): v for u, years in data.unit_targets.items() for y, v in years.items()})
        for target in list(indicator.targets):
            value = wanted.pop((target.unit_id, target.year), None)
            if value is None:
                indicator.targets.remove(target)
                changed = True
            elif target.value != value:
                target.value = value
                changed = True
        for (unit_id, year), value in sorted(wanted.items(), key=lambda kv: (kv[0][0] or 0, kv[0][1])):
            indicator.targets.append(IndicatorTarget(unit_id=unit_id, year=year, value=value))
            changed = True
        session.flush()
        return changed

    # --- rules between indicators -------------------------------------------------------

    def rules(self) -> list[RuleRow]:
        with self.ws.read() as session:
            rules = session.scalars(select(IndicatorRule).options(
                selectinload(IndicatorRule.left), selectinload(IndicatorRule.right)).order_by(IndicatorRule.id))
            return [RuleRow(r.id, r.left_indicator_id, r.left.code, r.operator, r.right_indicator_id, r.right.code,
                            r.message, r.version) for r in rules]

    def add_rule(self, left_id: int, operator: str, right_id: int, message: str | None = None) -> RuleRow:
        if operator not in RULE_OPERATORS:
            raise ValidationError(_("Phép so sánh «{operator}» không hợp lệ; dùng <=, <, >=, > hoặc =.",
                                    operator=operator),
                                  field="operator")
        if left_id == right_id:
            raise ValidationError(_("Quy tắc phải so sánh hai chỉ tiêu khác nhau."), field="right_id")
        with self.ws.write(Permission.EDIT_CATALOGUE) as session:
            left, right = self._load(session, left_id), self._load(session, right_id)
            if left.frequency != right.frequency:
                raise ValidationError(_("«{code}» và «{code2}» báo cáo theo kỳ khác nhau; quy tắc chỉ so sánh hai "
                                        "chỉ tiêu trong cùng một báo cáo.",
                                        code=left.code, code2=right.code), field="right_id")
            rule = IndicatorRule(left_indicator_id=left_id, operator=operator, right_indicator_id=right_id,
                                 message=nfc(message or "") or None)
            session.add(rule)
            session.flush()
            rule_id = rule.id
        return next(r for r in self.rules() if r.id == rule_id)

    def delete_rule(self, rule_id: int, expected_version: int | None = None) -> None:
        with self.ws.write(Permission.EDIT_CATALOGUE) as session:
            rule = session.get(IndicatorRule, rule_id)
            if rule is None:
                raise NotFoundError(_("Không tìm thấy quy tắc #{rule_id}.", rule_id=rule_id))
            self.ws.check_version(rule, expected_version)
            session.delete(rule)

    # --- helpers --------------------------------------------------------------------

    @staticmethod
    def _rows(session: Session, indicators: Sequence[Indicator]) -> list[IndicatorRow]:
        weight_ids = {i.weight_indicator_id for i in indicators if i.weight_indicator_id}
        weight_codes = dict(session.execute(select(Indicator.id, Indicator.code)
                                            .where(Indicator.id.in_(weight_ids))).all()) if weight_ids else {}
        unit_codes = dict(session.execute(select(Unit.id, Unit.code)).all())
        return [_row(i, weight_codes, unit_codes) for i in indicators]

    @staticmethod
    def _load(session: Session, indicator_id: int) -> Indicator:
        indicator = session.get(Indicator, indicator_id)
        if indicator is None:
            raise NotFoundError(_("Không tìm thấy chỉ tiêu #{indicator_id} (có thể đã bị xóa).",
                                  indicator_id=indicator_id))
        return indicator

    @staticmethod
    def _check_references(session: Session, commune_id: int, data: IndicatorInput, indicator_id: int | None) -> None:
        clash = session.scalar(select(Indicator.name).where(
            Indicator.commune_id == commune_id, func.lower(Indicator.code) == data.code.lower(),
            Indicator.id != (indicator_id or -1)))
        if clash:
            raise ValidationError(_("Mã «{code}» đã dùng cho chỉ tiêu «{clash}».",
                                    code=data.code, clash=clash), field="code")
        unit_ids = {data.lead_unit_id, *data.responsible_unit_ids, *data.unit_targets} - {None}
        known = set(session.scalars(select(Unit.id).where(Unit.commune_id == commune_id, Unit.id.in_(unit_ids))))
        if unit_ids - known:
            raise ValidationError(_("Đơn vị chủ trì hoặc đơn vị thực hiện không có trong danh mục."),
                                  field="responsible_unit_ids")
        if data.weight_indicator_id is not None:
            if data.weight_indicator_id == indicator_id:
                raise ValidationError(_("Chỉ tiêu không thể làm trọng số cho chính nó."), field="weight_indicator_id")
            weight = session.get(Indicator, data.weight_indicator_id)
            if weight is None or weight.commune_id != commune_id:
                raise ValidationError(_("Chỉ tiêu làm trọng số không có trong danh mục."), field="weight_indicator_id")


def _reported(kind: PeriodKind) -> Select[tuple[Indicator]]:
    """The one rule of who reports what: the active indicators of a period
    kind, reported by the units responsible for them. A commune-only
    indicator's responsible unit is its lead unit (``validate_indicator``
    keeps it so), which is also how ``ReportingService.status`` decides who
    must report."""
    link = indicator_responsible_unit.c
    return (select(Indicator).join(indicator_responsible_unit, link.indicator_id == Indicator.id)
            .where(Indicator.active, Indicator.frequency == kind).order_by(Indicator.sort_order, Indicator.code))


def reported_by(unit_id: int, kind: PeriodKind) -> Select[tuple[Indicator]]:
    """The indicators one unit reports in periods of ``kind``, in catalogue order."""
    return _reported(kind).where(indicator_responsible_unit.c.unit_id == unit_id)


def reporters(kind: PeriodKind) -> Select[tuple[Indicator, int]]:
    """(indicator, unit id) for every unit's indicators in periods of ``kind``."""
    return _reported(kind).add_columns(indicator_responsible_unit.c.unit_id)
