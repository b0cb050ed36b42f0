"""The organisation tree: agencies, organisations, schools, the health station, villages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tnapp.domain.permissions import Permission
from tnapp.domain.text import nfc
from tnapp.domain.vocab import UnitKind
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import N_, _
from tnapp.models import (
    AwardRecord, Household, Indicator, Person, Registration, TaskRating, Unit, UnitReport, User,
)
from tnapp.services.base import Service, delete_unless_used


@dataclass(frozen=True)
class UnitInput:
    code: str
    name: str
    kind: UnitKind
    parent_id: int | None = None
    short_name: str | None = None
    sort_order: int = 0
    active_from: dt.date | None = None
    active_to: dt.date | None = None
    head_name: str | None = None
    phone: str | None = None
    note: str | None = None
    symbol: str | None = None  # ký hiệu viết tắt tên đơn vị in its papers' numbers ("TrTHCS")


@dataclass(frozen=True)
class UnitRow:
    id: int
    code: str
    name: str
    short_name: str | None
    kind: UnitKind
    parent_id: int | None
    parent_name: str | None
    sort_order: int
    active_from: dt.date | None
    active_to: dt.date | None
    head_name: str | None
    phone: str | None
    note: str | None
    people_count: int
    version: int
    symbol: str | None = None
    kind_label: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind_label", self.kind.label)


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


def _row(unit: Unit, people_count: int) -> UnitRow:
    return UnitRow(unit.id, unit.code, unit.name, unit.short_name, unit.kind, unit.parent_id,
                   unit.parent.name if unit.parent else None, unit.sort_order, unit.active_from, unit.active_to,
                   unit.head_name, unit.phone, unit.note, people_count, unit.version, unit.symbol)


# Records that keep a unit from being deleted, with what to tell the user.
_REFERENCES = (
    (Unit.parent_id, N_("đơn vị trực thuộc")),
    (Person.unit_id, N_("người")),
    (Household.village_id, N_("hộ gia đình")),
    (UnitReport.unit_id, N_("báo cáo")),
    (Indicator.lead_unit_id, N_("chỉ tiêu chủ trì")),
    (Registration.unit_id, N_("đăng ký thi đua")),
    (TaskRating.collective_id, N_("kết quả đánh giá")),
    (AwardRecord.collective_id, N_("khen thưởng")),
    (User.unit_id, N_("tài khoản")),
)


class UnitService(Service):
    def list(self) -> list[UnitRow]:
        """All units of the commune in their catalogue order (sort order, then code)."""
        commune = self.ws.commune.current()
        with self.ws.read() as session:
            counts = dict(session.execute(select(Person.unit_id, func.count()).group_by(Person.unit_id)).all())
            units = session.scalars(
                select(Unit).where(Unit.commune_id == commune.id).order_by(Unit.sort_order, Unit.code)
            ).all()
            return [_row(u, counts.get(u.id, 0)) for u in units]

    def get(self, unit_id: int) -> UnitRow:
        with self.ws.read() as session:
            unit = self._load(session, unit_id)
            count = session.scalar(select(func.count()).where(Person.unit_id == unit_id)) or 0
            return _row(unit, count)

    def by_code(self, code: str) -> UnitRow:
        commune = self.ws.commune.current()
        with self.ws.read() as session:
            unit_id = session.scalar(select(Unit.id).where(Unit.commune_id == commune.id,
                                                           func.lower(Unit.code) == code.strip().lower()))
        if unit_id is None:
            raise NotFoundError(_("Không có đơn vị mã «{code}».", code=code))
        return self.get(unit_id)

    def create(self, data: UnitInput) -> UnitRow:
        commune = self.ws.commune.current()
        with self.ws.write(Permission.EDIT_CATALOGUE) as session:
            self._validate(session, commune.id, data, unit_id=None)
            unit = Unit(commune_id=commune.id)
            self._apply(unit, data)
            session.add(unit)
            session.flush()
            unit_id = unit.id
        return self.get(unit_id)

    def update(self, unit_id: int, data: UnitInput, expected_version: int | None = None) -> UnitRow:
        commune = self.ws.commune.current()
        with self.ws.write(Permission.EDIT_CATALOGUE) as session:
            unit = self._load(session, unit_id)
            self.ws.check_version(unit, expected_version)
            self._validate(session, commune.id, data, unit_id=unit_id)
            self._apply(unit, data)
        return self.get(unit_id)

    def delete(self, unit_id: int, expected_version: int | None = None) -> None:
        with self.ws.write(Permission.EDIT_CATALOGUE) as session:
            unit = self._load(session, unit_id)
            self.ws.check_version(unit, expected_version)
            delete_unless_used(session, unit, _REFERENCES, _("Không xóa được đơn vị «{unit}»", unit=unit.name),
                               _("Hãy chuyển hoặc xóa các dữ liệu đó trước, hoặc ghi ngày ngừng hoạt động."))

    # --- helpers ---------------------------------------------------------------

    @staticmethod
    def _load(session: Session, unit_id: int) -> Unit:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise NotFoundError(_("Không tìm thấy đơn vị #{unit_id} (có thể đã bị xóa).", unit_id=unit_id))
        return unit

    @staticmethod
    def _apply(unit: Unit, data: UnitInput) -> None:
        unit.code = data.code.strip()
        unit.name = " ".join(data.name.split())
        unit.kind = data.kind
        unit.parent_id = data.parent_id
        unit.short_name = _clean(data.short_name)
        unit.symbol = nfc(data.symbol or "") or None
        unit.sort_order = data.sort_order
        unit.active_from = data.active_from
        unit.active_to = data.active_to
        unit.head_name = _clean(data.head_name)
        unit.phone = _clean(data.phone)
        unit.note = _clean(data.note)

    @staticmethod
    def _validate(session: Session, commune_id: int, data: UnitInput, unit_id: int | None) -> None:
        code = data.code.strip()
        if not code:
            raise ValidationError(_("Mã đơn vị không được để trống."), field="code")
        if len(code) > 30 or any(ch.isspace() for ch in code):
            raise ValidationError(_("Mã đơn vị tối đa 30 ký tự và không có dấu cách."), field="code")
        if not data.name.strip():
            raise ValidationError(_("Tên đơn vị không được để trống."), field="name")
        if len(data.name.strip()) > 200:
            raise ValidationError(_("Tên đơn vị tối đa 200 ký tự."), field="name")
        clash = session.scalar(select(Unit.name).where(
            Unit.commune_id == commune_id, func.lower(Unit.code) == code.lower(),
            Unit.id != (unit_id or -1)))
        if clash:
            raise ValidationError(_("Mã «{code}» đã dùng cho đơn vị «{clash}».", code=code, clash=clash), field="code")
        symbol = (data.symbol or "").strip()
        if len(symbol) > 20 or any(ch.isspace() or ch in "/\\" for ch in symbol):
            raise ValidationError(_("Ký hiệu «{symbol}»: tối đa 20 ký tự, không có dấu cách hay dấu «/» "
                                    "(ví dụ TrTHCS, TYT).", symbol=symbol), field="symbol")
        if data.active_from and data.active_to and data.active_to < data.active_from:
            raise ValidationError(_("Ngày ngừng hoạt động phải sau ngày bắt đầu."), field="active_to")
        parent_id = data.parent_id
        seen = {unit_id} if unit_id is not None else set()
        while parent_id is not None:
            if parent_id in seen:
                raise ValidationError(_("Đơn vị cấp trên không thể là chính nó hoặc đơn vị trực thuộc nó."),
                                      field="parent_id")
            seen.add(parent_id)
            parent = session.get(Unit, parent_id)
            if parent is None or parent.commune_id != commune_id:
                raise ValidationError(_("Đơn vị cấp trên không tồn tại."), field="parent_id")
            parent_id = parent.parent_id
