"""The seed's JSON files (``db/seed``: the defaults every database gets and
the demo commune), read with a clear message when one is missing or broken."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from tnapp.errors import TNAppError
from tnapp.i18n import _


def load_seed_file(folder: Path, name: str) -> Any:
    path = folder / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TNAppError(_("Không đọc được tệp dữ liệu mẫu «{path}»: {exc}.", path=path, exc=exc)) from exc


def seed_date(text: str | None) -> dt.date | None:
    """A date as the seed files write it (ISO, 2026-01-15), or None."""
    return dt.date.fromisoformat(text) if text else None
