"""The audit trail: who changed what, when, before → after.

Every flush of a write session records one ``audit_log`` row per inserted,
updated or deleted :class:`~tnapp.models.base.Audited` entity, through the
same connection and so in the same transaction as the change: a failed write
leaves neither the change nor its audit row behind.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import Column, event, insert, inspect
from sqlalchemy.orm import ColumnProperty, Session, sessionmaker

from tnapp.domain.permissions import Actor
from tnapp.i18n import N_
from tnapp.models.accounts import AuditEntry
from tnapp.models.base import Audited, Versioned, record_label, utcnow
from tnapp.models.labels import SNAPSHOT_FIELDS

ACTOR_KEY = "tnapp.actor"
REASON_KEY = "tnapp.reason"
FLUSHING_KEY = "tnapp.flushing"  # the versioned rows being updated by the current flush
INSERTING_KEY = "tnapp.inserting"  # the versioned rows being inserted by the current flush
_BOOKKEEPING = {"version", "created_at", "updated_at", "updated_by"}
_SECRETS = {"password_hash"}  # recorded as changed, never with its value
_HIDDEN = "••••••"
SNAPSHOT = {"before": N_("(bản trước)"), "after": N_("(bản mới)")}  # kept in Vietnamese, shown translated


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} byte>"
    return value


def _related(session: Session, column: Column, value: Any) -> str:
    """A foreign key as the record it names, as it is called now: ``Chiến sĩ thi đua cơ sở (#3)``."""
    name = record_label(session, column, value)
    return f"{name} (#{value})" if name else f"#{value}"


def _shown(session: Session, attr: ColumnProperty, value: Any, side: str) -> Any:
    """What the log keeps of a column's value: readable and stable (never an object's text)."""
    if value is None:
        return None
    if attr.key in _SECRETS:
        return _HIDDEN
    if attr.key in SNAPSHOT_FIELDS:
        return SNAPSHOT[side]
    if attr.columns[0].foreign_keys:
        return _related(session, attr.columns[0], value)
    return _plain(value)


def _columns(session: Session, obj: object, side: str) -> dict[str, Any]:
    state = inspect(obj)
    return {
        attr.key: _shown(session, attr, state.dict[attr.key], side)
        for attr in state.mapper.column_attrs
        if attr.key not in _BOOKKEEPING and attr.key in state.dict
    }


def _changes(session: Session, obj: object) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _BOOKKEEPING:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            before[attr.key] = _shown(session, attr, history.deleted[0], "before") if history.deleted else None
            after[attr.key] = _shown(session, attr, history.added[0], "after") if history.added else None
    return before, after


def actor_of(session: Session) -> Actor:
    actor = session.info.get(ACTOR_KEY)
    if actor is None:
        raise RuntimeError("write without an acting user: open it with Workspace.write()")
    return actor


def _stamp_versioned(session: Session, _flush_context: object, _instances: object) -> None:
    dirty_or_new = list(session.new) + [o for o in session.dirty if session.is_modified(o)]
    if not dirty_or_new:
        return
    username = actor_of(session).username
    session.info[FLUSHING_KEY] = [o for o in session.dirty if isinstance(o, Versioned)]  # names a stale row
    session.info[INSERTING_KEY] = [o for o in session.new if isinstance(o, Versioned)]  # names a row saved first
    for obj in dirty_or_new:
        if isinstance(obj, Versioned):
            obj.updated_by = username


def _record(session: Session, _flush_context: object) -> None:
    rows: list[dict[str, Any]] = []
    now = utcnow()

    def add(obj: Audited, action: str, before: dict | None, after: dict | None) -> None:
        rows.append({
            "at": now, "username": actor_of(session).username, "action": action,
            "entity": obj.__tablename__, "entity_id": inspect(obj).mapper.primary_key_from_instance(obj)[0],
            "label": obj.audit_label[:200], "unit_id": obj.audit_unit_id, "before": before, "after": after,
            "reason": session.info.get(REASON_KEY),
        })

    with session.no_autoflush:  # labels may load a related row
        for obj in session.new:
            if isinstance(obj, Audited):
                add(obj, "insert", None, _columns(session, obj, "after"))
        for obj in session.dirty:
            if isinstance(obj, Audited) and session.is_modified(obj):
                before, after = _changes(session, obj)
                if after:
                    add(obj, "update", before, after)
        for obj in session.deleted:
            if isinstance(obj, Audited):
                add(obj, "delete", _columns(session, obj, "before"), None)
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def install(factory: sessionmaker) -> None:
    """Attach the audit trail to every session the factory makes."""
    event.listen(factory, "before_flush", _stamp_versioned)
    event.listen(factory, "after_flush", _record)


def record_action(session: Session, action: str, obj: Audited, reason: str | None = None,
                  details: dict | None = None) -> None:
    """Record a named action that is not a plain edit (a report reopened, a
    rule overridden…) with its reason, in the session's transaction."""
    session.add(AuditEntry(
        username=actor_of(session).username, action=action, entity=obj.__tablename__,
        entity_id=getattr(obj, "id", None), label=obj.audit_label[:200], unit_id=obj.audit_unit_id,
        after=details, reason=reason,
    ))
