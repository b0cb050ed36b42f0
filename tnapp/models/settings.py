"""Settings with an effective date and a legal basis (base salary, thresholds…)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tnapp.models.base import Audited, Base, Versioned


class Setting(Audited, Versioned, Base):
    """One value of a setting from ``effective_from`` on (empty: always).

    The value in force on a date is the row with the latest ``effective_from``
    not after that date; see ``tnapp.services.settings``.
    """

    __tablename__ = "setting"
    __table_args__ = (
        Index("uq_setting_key_from", "key", "effective_from", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80))
    value: Mapped[object] = mapped_column(JSON)
    effective_from: Mapped[dt.date] = mapped_column(default=dt.date(1900, 1, 1))
    basis: Mapped[str | None] = mapped_column(String(300))
    unconfirmed: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str | None] = mapped_column(Text)

    @property
    def audit_label(self) -> str:
        return self.key
