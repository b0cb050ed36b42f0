"""Consistent, verified copies of an SQLite database (SQLite's online backup API),
and the one way TNApp opens an SQLite file read-only by its ``file:`` address."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from pathlib import Path, PurePath
from urllib.parse import quote

from tnapp.errors import DatabaseError


def sqlite_uri(path: PurePath, mode: str = "ro") -> str:
    """The ``file:`` URI SQLite needs for ``path``: every character that means
    something in a URI (``#``, ``?``, ``%``, spaces, Vietnamese letters) is
    percent-escaped, and the authority is always empty, so that a Windows drive
    (``file:///C:/…``) and a UNC share (``file:////server/share/…``) both reach
    the file itself and never another one."""
    posix = path.as_posix() if path.is_absolute() else Path(os.path.abspath(path)).as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # C:/… → /C:/…
    return f"file://{quote(posix, safe='/:')}?mode={mode}"


def connect_readonly(path: Path) -> sqlite3.Connection:
    """An SQLite connection that can neither change nor create ``path``."""
    return sqlite3.connect(sqlite_uri(path), uri=True)


def open_elsewhere(path: Path, wait: float = 0.5) -> bool:
    """Whether another connection – another TNApp window or PC, any program –
    has the SQLite file at ``path`` open, waiting ``wait`` seconds at most. The
    test: leaving write-ahead logging needs the file to oneself, and so does an
    exclusive transaction once out of it. A file found alone is left with a
    rollback journal, which TNApp turns back to write-ahead logging when it next
    connects; its data are not touched either way."""
    conn = sqlite3.connect(path, timeout=wait, isolation_level=None)
    try:
        if conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0].lower() != "delete":
            return True
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return True
        raise
    finally:
        conn.close()
    return False


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Each table's number of rows (SQLite's own tables left out)."""
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in _tables(conn)}


def verify_copy(copy: Path, expected: dict[str, int]) -> None:
    """Raise ``DatabaseError`` unless ``copy`` opens read-only, passes SQLite's
    integrity check and holds the same tables with the same numbers of rows."""
    conn = connect_readonly(copy)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        counts = row_counts(conn)
    finally:
        conn.close()
    if problems != ["ok"]:
        raise DatabaseError(f"bản sao không qua kiểm tra toàn vẹn ({'; '.join(problems[:3])})")
    if counts != expected:
        differ = sorted(name for name in set(counts) | set(expected) if counts.get(name) != expected.get(name))
        raise DatabaseError(f"bản sao khác bản gốc ở {len(differ)} bảng ({', '.join(differ[:5])})")


_OS_REASONS = {
    errno.ENOENT: "thư mục hoặc tệp không tồn tại",
    errno.ENOTDIR: "một phần của đường dẫn là tệp chứ không phải thư mục",
    errno.EISDIR: "đường dẫn là một thư mục",
    errno.EACCES: "không có quyền ghi",
    errno.EPERM: "không có quyền ghi",
    errno.EROFS: "ổ đĩa chỉ đọc",
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EEXIST: "đã có một tệp trùng tên",
}


def reason(exc: BaseException) -> str:
    """Why a file operation failed, in Vietnamese (never SQLite's or the system's English)."""
    if isinstance(exc, DatabaseError):
        return str(exc)
    if isinstance(exc, OSError):
        return _OS_REASONS.get(exc.errno or 0, "lỗi hệ thống tệp")
    text = str(exc).lower()
    if "unable to open" in text:
        return "không mở hoặc tạo được tệp (thư mục không tồn tại, không có quyền ghi hoặc tên không hợp lệ)"
    if "readonly" in text or "read-only" in text:
        return "tệp hoặc ổ đĩa chỉ đọc"
    if "full" in text:
        return "ổ đĩa đã đầy"
    if "locked" in text or "busy" in text:
        return "tệp đang bị một chương trình khác khóa"
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return "tệp bị hỏng hoặc không phải cơ sở dữ liệu SQLite"
    return "lỗi SQLite"


def copy_sqlite(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` page by page while it may be in use, and
    verify the copy against the snapshot it was taken from.

    The copy is written to a temporary name and renamed into place only once
    verified, so a half-written or wrong backup never carries the final name.
    """
    partial = target.with_name(target.name + ".partial")
    try:
        if not source.is_file():
            raise DatabaseError(f"không có tệp «{source}»")
        target.parent.mkdir(parents=True, exist_ok=True)
        src = connect_readonly(source)
        try:
            src.execute("BEGIN")  # one read snapshot for the counts and the pages
            expected = row_counts(src)
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, readable on read-only media
            finally:
                dst.close()
            src.rollback()
        finally:
            src.close()
        verify_copy(partial, expected)
        partial.replace(target)
    except (sqlite3.Error, OSError, DatabaseError) as exc:
        with contextlib.suppress(OSError):  # e.g. the folder is a file: there is nothing to remove
            partial.unlink(missing_ok=True)
        raise DatabaseError(f"Không sao lưu được «{source}» sang «{target}»: {reason(exc)}. "
                            "Các bản sao lưu trước được giữ nguyên.") from exc
    return target
