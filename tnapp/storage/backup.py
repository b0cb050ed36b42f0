"""Consistent copies of an SQLite database (SQLite's online backup API)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tnapp.errors import DatabaseError


def copy_sqlite(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` page by page while it may be in use.

    The copy is written to a temporary name and renamed into place, so a
    half-written backup never carries the final name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, readable on read-only media
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"Không sao lưu được «{source}» sang «{target}»: {exc}.") from exc
    return target
