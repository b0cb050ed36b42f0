"""Users, roles and the audit log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from tnapp.domain.vocab import Role
from tnapp.models.base import Audited, Base, Versioned, utcnow


class User(Audited, Versioned, Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[Role]
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))  # unit reporters
    password_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(default=True)
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None]
    must_change_password: Mapped[bool] = mapped_column(default=False)
    last_login_at: Mapped[dt.datetime | None]

    @property
    def audit_label(self) -> str:
        return self.username


class AuditEntry(Base):
    """Who changed what, when, before → after. Written in the same transaction
    as the change; the application never updates or deletes these rows."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_id"),
        Index("ix_audit_log_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    username: Mapped[str] = mapped_column(String(64), index=True)  # kept even if the user is removed
    action: Mapped[str] = mapped_column(String(20))  # insert / update / delete / or a named action
    entity: Mapped[str] = mapped_column(String(40))  # table name
    entity_id: Mapped[int | None]
    label: Mapped[str | None] = mapped_column(String(200))
    unit_id: Mapped[int | None] = mapped_column(index=True)  # no FK: the unit may be deleted later
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)
