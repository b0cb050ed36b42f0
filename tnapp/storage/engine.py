"""Database URLs and engines.

SQLite is the default (one file in the user's data folder); PostgreSQL serves
several PCs of one office over the LAN with the same code: give
``--db postgresql+psycopg://user:pass@host/db`` or set ``TNAPP_DB``.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from tnapp.errors import DatabaseError
from tnapp.paths import default_database_path
from tnapp.storage.network import network_location

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def resolve_url(db: str | os.PathLike | None = None) -> URL:
    """``--db`` (a path or a URL), else ``TNAPP_DB``, else the default file."""
    raw = os.fspath(db) if db is not None else os.environ.get("TNAPP_DB") or str(default_database_path())
    if "://" not in raw:
        return URL.create("sqlite", database=str(Path(raw).expanduser().resolve()))
    url = make_url(raw)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    if not is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def describe(url: URL) -> str:
    """What the status bar shows: the file, or the server and database (no password)."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return url.render_as_string(hide_password=True)


def check_sqlite_file(path: Path) -> None:
    """Refuse, without touching it, a file that is not an SQLite database, that
    cannot be written or that sits on a network share; create the folder for a
    new database."""
    remote = network_location(path)
    if remote is not None:
        raise DatabaseError(
            f"Tệp «{path}» nằm trên {remote}. TNApp không mở cơ sở dữ liệu SQLite qua mạng: nhiều máy cùng ghi "
            "một tệp trên thư mục dùng chung sẽ làm hỏng dữ liệu. Một máy: chép tệp về ổ đĩa của máy này (ví dụ "
            "thư mục Tài liệu) rồi mở lại. Nhiều máy: dùng chung một máy chủ PostgreSQL "
            "(--db postgresql+psycopg://người_dùng:mật_khẩu@máy_chủ/tnapp, xem README, mục «Using it»).")
    if path.exists():
        if path.is_dir():
            raise DatabaseError(f"«{path}» là một thư mục, không phải tệp cơ sở dữ liệu.")
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise DatabaseError(f"Không đọc được tệp «{path}»: {exc.strerror or exc}.") from exc
        if header and header != SQLITE_MAGIC:
            raise DatabaseError(
                f"Tệp «{path}» không phải là cơ sở dữ liệu TNApp (SQLite). Tệp được giữ nguyên; "
                "hãy chọn đúng tệp dữ liệu.")
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise DatabaseError(
                f"Không có quyền ghi vào «{path}» hoặc thư mục chứa nó. Hãy chép tệp sang thư mục "
                "có quyền ghi (ví dụ Tài liệu) rồi mở lại.")
        return
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"Không tạo được thư mục «{folder}»: {exc.strerror or exc}.") from exc
    if not os.access(folder, os.W_OK):
        raise DatabaseError(f"Không có quyền ghi vào thư mục «{folder}» để tạo cơ sở dữ liệu.")


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # WAL lets readers work while a write is under way; FULL makes every commit
    # durable across a power cut; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)  # Vietnamese stays readable in a raw dump


def make_engine(url: URL) -> Engine:
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            check_sqlite_file(path)
        # The GUI opens the database in a worker thread and then uses it on the UI
        # thread: a file database's connections are pooled (QueuePool), each used
        # by one thread at a time, so sqlite3 may hand one to another thread
        # (SQLAlchemy's default for files, said here so it does not depend on that).
        connect_args: dict[str, object] = {"timeout": BUSY_TIMEOUT_MS / 1000}
        if path is not None:
            connect_args["check_same_thread"] = False
        engine = create_engine(url, json_serializer=_json, connect_args=connect_args)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, json_serializer=_json, pool_pre_ping=True, connect_args={"connect_timeout": 10})


def close_engine(engine: Engine) -> None:
    """Close the engine's connections; on an SQLite file, then fold the
    write-ahead log back into the file, so that once the last program using it
    has closed, the folder holds the database file alone (no ``-wal``/``-shm``
    beside it, which a copy of the file alone would leave behind). SQLite
    removes them when the last connection that can write closes: this one, unless
    another window or PC still has the file open, which then cleans up itself.
    Never waits for another program."""
    engine.dispose()
    path = sqlite_path(engine.url)
    if path is None or not path.is_file():
        return
    try:
        conn = sqlite3.connect(path, timeout=0)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error:  # busy or unreadable: what is left is the next program's to fold in
        return
