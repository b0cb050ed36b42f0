"""What every service shares: the workspace it works in."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from typing import TYPE_CHECKING, Any

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
