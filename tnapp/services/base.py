"""What every service shares: the workspace it works in."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from tnapp.errors import ValidationError
from tnapp.i18n import _

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace


class Service:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws


def to_json(row: Any) -> Any:
    """A result dataclass (or a list of them) as JSON-ready data: enums by
    value, dates in ISO form."""
    if dataclasses.is_dataclass(row) and not isinstance(row, type):
        return {f.name: to_json(getattr(row, f.name)) for f in dataclasses.fields(row)}
    if isinstance(row, (list, tuple)):
        return [to_json(item) for item in row]
    if isinstance(row, enum.Enum):
        return row.value
    if isinstance(row, (dt.date, dt.datetime)):
        return row.isoformat()
    return row


def delete_unless_used(session: Session, obj: object, references: Iterable[tuple[ColumnElement, str]],
                       refusal: str, advice: str) -> None:
    """Delete ``obj`` unless other records point at it; the refusal names how
    many of each (``Không xóa được … vì đang có 2 báo cáo, 1 khen thưởng``)."""
    obj_id = obj.id  # type: ignore[attr-defined]
    used = [f"{n} {_(label)}" for column, label in references
            if (n := session.scalar(select(func.count()).where(column == obj_id)))]
    if used:
        raise ValidationError(_("{refusal} vì đang có {used}. {advice}",
                                refusal=refusal, used=', '.join(used), advice=advice))
    session.delete(obj)
