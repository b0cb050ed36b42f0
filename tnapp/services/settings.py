"""Settings with effective dates: the value in force on a given day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tnapp.domain import setting_rules
from tnapp.domain.permissions import Permission
from tnapp.errors import NotFoundError, ValidationError
from tnapp.i18n import _
from tnapp.models import Setting
from tnapp.services.base import Service


@dataclass(frozen=True)
class SettingRow:
    id: int
    key: str
    value: object
    effective_from: dt.date
    basis: str | None
    unconfirmed: bool
    note: str | None
    version: int


def _row(s: Setting) -> SettingRow:
    return SettingRow(s.id, s.key, s.value, s.effective_from, s.basis, s.unconfirmed, s.note, s.version)


def setting_in_force(session: Session, key: str, on: dt.date | None = None) -> Setting:
    """The row of ``key`` in force on ``on`` (today by default): its value with
    its basis and "unconfirmed" flag, read in ``session``."""
    day = on or dt.date.today()
    setting = session.scalars(
        select(Setting).where(Setting.key == key, Setting.effective_from <= day)
        .order_by(Setting.effective_from.desc()).limit(1)).first()
    if setting is None:
        raise NotFoundError(_("Chưa có thiết lập «{key}» áp dụng cho ngày {day:%d/%m/%Y}.", key=key, day=day))
    return setting


def setting_value(session: Session, key: str, on: dt.date | None = None) -> object:
    """The value of ``key`` in force on ``on`` (today by default), read in ``session``."""
    return setting_in_force(session, key, on).value


class SettingsService(Service):
    def value(self, key: str, on: dt.date | None = None) -> object:
        """The value of ``key`` in force on ``on`` (today by default)."""
        with self.ws.read() as session:
            return setting_value(session, key, on)

    def list(self) -> list[SettingRow]:
        with self.ws.read() as session:
            return [_row(s) for s in session.scalars(select(Setting).order_by(Setting.key, Setting.effective_from))]

    def in_force(self, on: dt.date | None = None, key_prefix: str | None = None) -> list[SettingRow]:
        """For each setting (whose key starts with ``key_prefix``), the row in force on ``on`` (today)."""
        day = on or dt.date.today()
        rows: dict[str, SettingRow] = {}
        for row in self.list():
            if row.effective_from <= day and (not key_prefix or row.key.startswith(key_prefix)):
                rows[row.key] = row  # list() is ordered by date: the last one wins
        return list(rows.values())

    def set(self, key: str, value: object, effective_from: dt.date, basis: str | None = None,
            unconfirmed: bool = False, note: str | None = None) -> SettingRow:
        """A new value of ``key`` from ``effective_from`` on (the normal way: earlier
        dates keep their value); replaces a value set from that same date.
        ``basis`` None: not stated (scripts); a stated basis must not be blank."""
        key = key.strip()
        if not key:
            raise ValidationError(_("Tên thiết lập không được để trống."), field="key")
        with self.ws.write(Permission.MANAGE_SETTINGS, reason=f"Giá trị mới của «{key}»") as session:
            value = _checked(session, key, value, basis)
            setting = session.scalars(select(Setting).where(Setting.key == key,
                                                            Setting.effective_from == effective_from)).first()
            if setting is None:
                setting = Setting(key=key, effective_from=effective_from)
                session.add(setting)
            _apply(setting, value, effective_from, basis, unconfirmed, note)
            session.flush()
            return _row(setting)

    def update(self, setting_id: int, value: object, effective_from: dt.date, basis: str | None,
               unconfirmed: bool, note: str | None, expected_version: int | None = None) -> SettingRow:
        """Correct one row (a typing mistake, the basis once checked); a change of
        the figure from a date on is ``set``, which keeps the history."""
        with self.ws.write(Permission.MANAGE_SETTINGS, reason="Sửa thiết lập") as session:
            setting = session.get(Setting, setting_id)
            if setting is None:
                raise NotFoundError(_("Không tìm thấy thiết lập số {setting_id}.", setting_id=setting_id))
            self.ws.check_version(setting, expected_version)
            value = _checked(session, setting.key, value, basis, exclude=setting.id)
            clash = session.scalars(select(Setting).where(
                Setting.key == setting.key, Setting.effective_from == effective_from, Setting.id != setting.id)).first()
            if clash is not None:
                raise ValidationError(_("Thiết lập «{key}» đã có giá trị từ ngày {effective_from:%d/%m/%Y}; hãy sửa "
                                        "dòng đó.",
                                        key=setting.key, effective_from=effective_from), field="effective_from")
            _apply(setting, value, effective_from, basis, unconfirmed, note)
            session.flush()
            return _row(setting)


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "có/không"
    if isinstance(value, (int, float)):
        return "số"
    return {str: "chữ", dict: "nhóm giá trị", list: "danh sách"}.get(type(value), type(value).__name__)


def _checked(session: Session, key: str, value: object, basis: str | None, exclude: int | None = None) -> object:
    """The value to store: checked by the key's rule (tnapp.domain.setting_rules)
    and of the same kind as the key's other values; a stated basis not blank."""
    if basis is not None and not basis.strip():
        raise ValidationError(_("Thiết lập «{key}»: Căn cứ không được để trống (ghi văn bản, điều khoản hoặc «Thiết "
                                "lập của văn phòng»).", key=key), field="basis")
    value = setting_rules.check(key, value)
    other = session.scalars(select(Setting).where(Setting.key == key, Setting.id != (exclude or -1))
                            .order_by(Setting.effective_from.desc()).limit(1)).first()
    if other is not None and _kind(other.value) != _kind(value):
        raise ValidationError(_("Thiết lập «{key}»: Giá trị phải là {value} như các giá trị trước (đã nhập {value2}).",
                                key=key, value=_kind(other.value), value2=_kind(value)), field="value")
    return value


def _apply(setting: Setting, value: object, effective_from: dt.date, basis: str | None, unconfirmed: bool,
           note: str | None) -> None:
    setting.value = value
    setting.effective_from = effective_from
    setting.basis = basis.strip() if basis else None
    setting.unconfirmed = unconfirmed
    setting.note = note.strip() if note and note.strip() else None
