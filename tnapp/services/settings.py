"""Settings with effective dates: the value in force on a given day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tnapp.domain.permissions import Permission
from tnapp.errors import NotFoundError, ValidationError
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


def setting_value(session: Session, key: str, on: dt.date | None = None) -> object:
    """The value of ``key`` in force on ``on`` (today by default), read in ``session``."""
    day = on or dt.date.today()
    setting = session.scalars(
        select(Setting).where(Setting.key == key, Setting.effective_from <= day)
        .order_by(Setting.effective_from.desc()).limit(1)).first()
    if setting is None:
        raise NotFoundError(f"Chưa có thiết lập «{key}» áp dụng cho ngày {day:%d/%m/%Y}.")
    return setting.value


class SettingsService(Service):
    def value(self, key: str, on: dt.date | None = None) -> object:
        """The value of ``key`` in force on ``on`` (today by default)."""
        with self.ws.read() as session:
            return setting_value(session, key, on)

    def list(self) -> list[SettingRow]:
        with self.ws.read() as session:
            return [_row(s) for s in session.scalars(select(Setting).order_by(Setting.key, Setting.effective_from))]

    def set(self, key: str, value: object, effective_from: dt.date, basis: str | None = None,
            unconfirmed: bool = False, note: str | None = None) -> SettingRow:
        """Add or replace the value of ``key`` from ``effective_from`` on."""
        if not key.strip():
            raise ValidationError("Tên thiết lập không được để trống.", field="key")
        with self.ws.write(Permission.MANAGE_SETTINGS) as session:
            setting = session.scalars(select(Setting).where(Setting.key == key,
                                                            Setting.effective_from == effective_from)).first()
            if setting is None:
                setting = Setting(key=key, effective_from=effective_from)
                session.add(setting)
            setting.value = value
            setting.basis = basis
            setting.unconfirmed = unconfirmed
            setting.note = note
            session.flush()
            return _row(setting)
