"""Keeping a database's schema at the head revision (Alembic, ``db/``).

Opening an older database upgrades it in place after taking a backup copy
beside it; a database made by a newer TNApp is refused and never touched; a
database of another program is refused too.
"""

from __future__ import annotations

import datetime as dt
import functools
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import URL

from tnapp.errors import DatabaseError
from tnapp.paths import migrations_dir
from tnapp.storage.backup import connect_readonly, copy_sqlite
from tnapp.storage.engine import sqlite_path


@dataclass(frozen=True)
class SchemaStatus:
    before: str | None  # revision found (None: a new database)
    head: str
    backup: Path | None  # the copy taken before an upgrade

    @property
    def created(self) -> bool:
        return self.before is None

    @property
    def upgraded(self) -> bool:
        return self.before is not None and self.before != self.head


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str) -> bool:
    """Whether ``revision`` is one of this TNApp's (so at most the head)."""
    try:
        return ScriptDirectory.from_config(_config()).get_revision(revision) is not None
    except CommandError:
        return False


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure_schema(engine: Engine, url: URL) -> SchemaStatus:
    """Create the schema of a new database or upgrade an older one to head."""
    config = _config()
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    assert head is not None
    current, foreign_tables = _peek(engine, url)
    if foreign_tables:
        raise DatabaseError(
            "Cơ sở dữ liệu này đã có dữ liệu của một chương trình khác (không phải TNApp); "
            "TNApp không thay đổi nó. Hãy chọn một tệp mới hoặc đúng tệp của TNApp.")
    if current == head:
        return SchemaStatus(current, head, None)
    if current is not None:
        try:
            script.get_revision(current)
        except CommandError:
            raise DatabaseError(
                f"Cơ sở dữ liệu này được tạo bởi phiên bản TNApp mới hơn (lược đồ «{current}», "
                f"phiên bản này biết tới «{head}»). Hãy cập nhật TNApp; dữ liệu được giữ nguyên.") from None
    backup = _backup_before_upgrade(url, current, head) if current is not None else None
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return SchemaStatus(current, head, backup)


def _peek(engine: Engine, url: URL) -> tuple[str | None, bool]:
    """The schema revision and whether the database holds tables of another
    program. An existing SQLite file is read through a read-only connection,
    so that a file TNApp refuses is not changed at all (not even switched to WAL)."""
    path = sqlite_path(url)
    if path is None or not path.exists() or path.stat().st_size == 0:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            return current, current is None and bool(inspect(conn).get_table_names())
    conn = connect_readonly(path)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables:
            return None, bool(tables)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), False
    finally:
        conn.close()


def _backup_before_upgrade(url: URL, current: str, head: str) -> Path | None:
    path = sqlite_path(url)
    if path is None:
        return None  # PostgreSQL: the server's own backups apply
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return copy_sqlite(path, path.with_name(f"{path.stem}.truoc-nang-cap-{current}-{stamp}{path.suffix}"))


Schema = dict[str, frozenset[str]]  # table → its columns
Objects = dict[tuple[str, str], str]  # (index/trigger/view, name) → its table


def sqlite_schema(conn: sqlite3.Connection) -> Schema:
    """The tables of an SQLite database and their columns (SQLite's own tables left out)."""
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {name: frozenset(row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')) for name in names}


def sqlite_objects(conn: sqlite3.Connection) -> Objects:
    """The indexes, triggers and views of an SQLite database as ``(kind, name) → table``
    (the indexes SQLite makes itself for UNIQUE and PRIMARY KEY left out)."""
    return {(row[0], row[1]): row[2] for row in conn.execute(
        "SELECT type, name, tbl_name FROM sqlite_master "
        "WHERE type IN ('index', 'trigger', 'view') AND name NOT LIKE 'sqlite_%'")}


@functools.cache
def revision_objects(revision: str) -> Objects:
    """The indexes, triggers and views this TNApp's migrations make on SQLite up to ``revision``."""
    return _at_revision(revision, sqlite_objects)


@functools.cache
def revision_schema(revision: str) -> Schema:
    """The tables and columns this TNApp's migrations make on SQLite up to
    ``revision``: built once per revision by upgrading a scratch in-memory database."""
    return _at_revision(revision, sqlite_schema)


def _at_revision(revision: str, read):  # noqa: ANN001, ANN202 - one of the two readers above
    """What ``read`` finds in a scratch in-memory database upgraded to ``revision``."""
    config = _config()
    engine = create_engine("sqlite://")
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            return read(conn.connection.dbapi_connection)
    finally:
        engine.dispose()
