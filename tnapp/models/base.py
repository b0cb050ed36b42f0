"""Declarative base, column conventions and mixins shared by every table."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from sqlalchemy import JSON, DateTime, MetaData, String, inspect
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names, so that Alembic migrations (batch mode on SQLite)
# can find and alter them by name for years.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Timestamps are stored as naive UTC on every backend."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # Enums are stored as their string values with a CHECK constraint
    # (portable between SQLite and PostgreSQL, readable in a raw dump).
    type_annotation_map = {
        Enum: SAEnum(
            Enum,
            native_enum=False,
            create_constraint=True,
            length=32,
            values_callable=lambda members: [m.value for m in members],
            validate_strings=True,
        ),
        dict: JSON,
        list: JSON,
        dt.datetime: DateTime(),
        str: String(),
    }


UNSAVED = 0  # the version a form holds for a record not saved yet (saved records start at 1)


class Versioned:
    """Optimistic versioning and who/when of the last change.

    SQLAlchemy bumps ``version`` on every UPDATE and refuses one whose row has
    moved on (``StaleDataError``): two PCs saving the same row never silently
    overwrite each other. ``updated_by`` names who changed it, for the message.
    A form opened on a record that did not exist yet holds ``UNSAVED``: saving
    it is refused once another PC has saved that record first.
    """

    version: Mapped[int] = mapped_column(default=1, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow, nullable=False)
    updated_by: Mapped[str | None] = mapped_column(String(64))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}


class Audited:
    """Marks an entity whose inserts, updates and deletes go to the audit log.

    ``audit_unit_id`` names the organisational unit the row belongs to, so the
    audit viewer can filter by unit; ``audit_label`` is a short human name.
    """

    @property
    def audit_unit_id(self) -> int | None:
        return getattr(self, "unit_id", None)

    @property
    def audit_label(self) -> str:
        """Its name, or the name of the record it is about (a proposal's title)."""
        mapper = inspect(self).mapper
        for attr in ("name", "full_name", "code", "title"):
            relationship = mapper.relationships.get(attr)
            if relationship is not None and len(relationship.local_columns) == 1:
                label = self.label_of(mapper.get_property_by_column(next(iter(relationship.local_columns))).key)
                if label:
                    return label
            value = getattr(self, attr, None)
            if isinstance(value, str) and value:
                return value
        return f"#{getattr(self, 'id', '?')}"

    def label_of(self, key: str) -> str | None:
        """The label of the record the foreign key column ``key`` names."""
        state = inspect(self)
        column = state.mapper.columns.get(key)
        value = state.dict.get(key)
        if column is None or value is None or state.session is None:
            return None
        return record_label(state.session, column, value)


def record_label(session: Session, column: Column, value: object) -> str | None:
    """The label of the record that ``value`` of the foreign key ``column`` names (``None``: not found)."""
    target = next(iter(column.foreign_keys)).column.table
    cls = next((m.class_ for m in Base.registry.mappers if m.local_table is target), None)
    found = session.get(cls, value) if cls is not None else None
    return found.audit_label if isinstance(found, Audited) else getattr(found, "name", None)
