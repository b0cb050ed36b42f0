"""Backups of an SQLite database: automatic (start, exit, daily) with rotation,
manual to a chosen folder, restore after checking the file, and a quick
integrity check at start.

Copies are made with SQLite's online backup (:func:`tnapp.storage.backup.copy_sqlite`),
so they are consistent while TNApp is working. On PostgreSQL these are the
server's business (``pg_dump``/``pg_restore``): every call says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tnapp.domain.permissions import Permission
from tnapp.domain.text import fold
from tnapp.errors import DatabaseError, TNAppError
from tnapp.i18n import _
from tnapp.paths import user_data_folder
from tnapp.services.base import Service
from tnapp.storage.backup import connect_readonly, copy_sqlite, open_elsewhere, reason, row_counts, verify_copy
from tnapp.storage.backup import reason as failure_reason  # automatic() names its parameter «reason»
from tnapp.storage.engine import SQLITE_MAGIC, sqlite_path
from tnapp.storage.migrate import (ensure_schema, is_known_revision, revision_objects, revision_schema,
                                   sqlite_objects, sqlite_schema)

DEFAULT_KEEP_LAST, DEFAULT_KEEP_DAILY = 10, 14
AUTO_MARK = "tu-dong"
_STAMP = "%Y%m%d-%H%M%S"
BACKUP_SUFFIXES = (".sqlite", ".db")
_AUTO_NAME = re.compile(rf"^(?P<stem>.+)-{AUTO_MARK}-(?P<stamp>\d{{8}}-\d{{6}})(?:-\d+)?-(?P<reason>[a-z-]+)\.sqlite$")

POSTGRES_MESSAGE = (
    "Cơ sở dữ liệu «{where}» nằm trên máy chủ PostgreSQL: TNApp chỉ sao lưu và khôi phục tệp SQLite. "
    "Hãy sao lưu bằng công cụ của máy chủ (pg_dump, ví dụ «pg_dump -Fc -f tnapp.dump tnapp») và khôi phục "
    "bằng pg_restore; nhờ người quản trị máy chủ làm việc này.")


class NotSQLiteError(DatabaseError):
    """Backup or restore asked for a PostgreSQL database."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # local time, from the file name
    reason: str
    size: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_copy: Path  # the database as it was before the restore
    revision: str


def _free(path: Path, numbered: bool = True, ending: str | None = None) -> Path:
    """``path``, or its name with ``-2``, ``-3``… put before ``ending`` (its suffix
    unless said: ``name-2.sqlite``; an automatic copy numbers before its reason,
    ``…-093000-2-thoat.sqlite``): the first that does not exist yet, reserved by
    creating it empty (so that two backups in the same second, even from two
    programs, never take the same name); with ``numbered`` false, ``path`` itself
    or ``FileExistsError``."""
    ending = path.suffix if ending is None else ending
    head = path.name.removesuffix(ending)
    path.parent.mkdir(parents=True, exist_ok=True)
    candidate, counter = path, 2
    while True:
        try:
            candidate.open("xb").close()
            return candidate
        except FileExistsError:
            if not numbered:
                raise
            candidate = path.with_name(f"{head}-{counter}{ending}")
            counter += 1


def _copy_to_reserved(source: Path, target: Path) -> Path:
    """``copy_sqlite`` into a name reserved by ``_free``, which is removed again if the copy fails."""
    try:
        return copy_sqlite(source, target)
    except DatabaseError:
        with contextlib.suppress(OSError):
            if target.stat().st_size == 0:
                target.unlink()
        raise


def _slug(text: str) -> str:
    return re.sub(r"[^a-z]+", "-", fold(text)).strip("-") or "khac"


_KIND = {"index": "chỉ mục", "trigger": "trigger", "view": "view"}


def _schema_differences(found: dict[str, frozenset[str]], expected: dict[str, frozenset[str]],
                        found_objects: dict[tuple[str, str], str] | None = None,
                        expected_objects: dict[tuple[str, str], str] | None = None) -> list[str]:
    """What ``found`` lacks or has beyond ``expected``, in words (tables, columns,
    then indexes, triggers and views, an index also by the table it is on)."""
    said = [f"thiếu bảng {name}" for name in sorted(set(expected) - set(found))]
    said += [f"thừa bảng {name}" for name in sorted(set(found) - set(expected))]
    for name in sorted(set(found) & set(expected)):
        said += [f"thiếu cột {name}.{column}" for column in sorted(expected[name] - found[name])]
        said += [f"thừa cột {name}.{column}" for column in sorted(found[name] - expected[name])]
    found_objects, expected_objects = found_objects or {}, expected_objects or {}
    for key in sorted(set(expected_objects) | set(found_objects)):
        kind, name = _KIND[key[0]], key[1]
        if key not in found_objects:
            said.append(f"thiếu {kind} {name}")
        elif key not in expected_objects:
            said.append(f"thừa {kind} {name} (trên bảng {found_objects[key]})")
        elif found_objects[key] != expected_objects[key]:
            said.append(f"{kind} {name} nằm trên bảng {found_objects[key]} thay vì {expected_objects[key]}")
    if len(said) > 4:
        said[3:] = [f"và {len(said) - 3} khác biệt nữa"]
    return said


class BackupService(Service):
    @property
    def supported(self) -> bool:
        return sqlite_path(self.ws.url) is not None

    @property
    def folder(self) -> Path:
        return user_data_folder() / "backups"

    def _shared_stem(self, source: Path) -> str:
        """The name a database's copies start with in the backups folder, which every
        database on this computer shares: its file name and a tag of its full path,
        so that two databases both called ``tnapp.sqlite`` never take or rotate each other's copies."""
        return f"{source.stem}-{hashlib.sha1(str(source.resolve()).encode('utf-8')).hexdigest()[:6]}"

    def _database(self) -> Path:
        path = sqlite_path(self.ws.url)
        if path is None:
            raise NotSQLiteError(POSTGRES_MESSAGE.format(where=self.ws.location))
        return path

    # --- automatic --------------------------------------------------------------------------

    def automatic(self, reason: str) -> Path | None:
        """A copy into the backups folder (``reason``: khoi-dong, thoat, hang-ngay…),
        then rotation. Runs for whoever is signed in (it only copies); ``None`` on PostgreSQL."""
        if not self.supported:
            return None
        source = self._database()
        if not source.exists():
            return None
        stamp, ending = dt.datetime.now().strftime(_STAMP), f"-{_slug(reason)}.sqlite"
        try:
            target = _free(self.folder / f"{self._shared_stem(source)}-{AUTO_MARK}-{stamp}{ending}", ending=ending)
        except OSError as exc:  # the backups folder cannot be made (a file in its place, no right to write…)
            raise DatabaseError(_("Không sao lưu được «{source}» vào thư mục «{folder}»: {exc}. Các bản sao lưu "
                                  "trước được giữ nguyên.",
                                  source=source, folder=self.folder, exc=failure_reason(exc))) from exc
        _copy_to_reserved(source, target)
        self.rotate(verified=target)
        return target

    def list(self) -> list[BackupInfo]:
        """This database's automatic backups, newest first."""
        if not self.supported or not self.folder.is_dir():
            return []
        source = self._database()
        stems = (self._shared_stem(source), source.stem)  # the second: copies named before the tag was added
        found = []
        for path in (p for stem in stems for p in self.folder.glob(f"{stem}-{AUTO_MARK}-*.sqlite")):
            match = _AUTO_NAME.match(path.name)
            if match is None or match["stem"] not in stems:
                continue
            try:
                found.append(BackupInfo(path, dt.datetime.strptime(match["stamp"], _STAMP), match["reason"],
                                        path.stat().st_size))
            except (ValueError, OSError):
                continue
        return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)

    def latest(self) -> BackupInfo | None:
        """The newest automatic backup that can be restored (one that fails the
        check, such as an empty copy left by an older TNApp, is passed over)."""
        return next((b for b in self.list() if self._restorable(b.path)), None)

    def _restorable(self, path: Path) -> bool:
        try:
            self.check_file(path)
        except DatabaseError:
            return False
        return True

    def rotate(self, verified: Path | None = None) -> list[Path]:
        """Keep the last ``backup.keep_last`` copies, the newest of each of the
        last ``backup.keep_daily`` days and, whatever its age, the newest copy
        that can be restored (``verified``: a copy just checked by ``copy_sqlite``,
        not checked again); delete the others. Returns what was deleted."""
        keep_last = self._setting("backup.keep_last", DEFAULT_KEEP_LAST)
        keep_daily = self._setting("backup.keep_daily", DEFAULT_KEEP_DAILY)
        backups = self.list()
        keep = {b.path for b in backups[:keep_last]}
        newest_good = next((b for b in backups if b.path == verified or self._restorable(b.path)), None)
        if newest_good is not None:
            keep.add(newest_good.path)
        first_day = dt.date.today() - dt.timedelta(days=keep_daily - 1)
        days_seen: set[dt.date] = set()
        for backup in backups:  # newest first: the first of each day is its newest
            day = backup.taken_at.date()
            if day >= first_day and day not in days_seen:
                days_seen.add(day)
                keep.add(backup.path)
        removed = []
        for backup in backups:
            if backup.path not in keep:
                backup.path.unlink(missing_ok=True)
                removed.append(backup.path)
        return removed

    def _setting(self, key: str, default: int) -> int:
        try:
            return max(1, int(self.ws.settings.value(key)))  # type: ignore[arg-type]
        except (TNAppError, TypeError, ValueError):
            return default

    # --- manual backup and restore ------------------------------------------------------------

    def create(self, target: str | os.PathLike | None = None) -> Path:
        """A copy to ``target``: a new ``.sqlite``/``.db`` file, or a folder (a USB
        stick; created if missing) to put a dated file in; ``None``: the backups
        folder. A name ending in ``/`` or ``\\``, or without a suffix, is a folder.
        An existing file is never overwritten, a file name ending in anything else
        is refused: nothing is written then."""
        self.ws.require(Permission.MAINTAIN_DATABASE)
        source = self._database()
        raw = os.fspath(target) if target is not None else ""
        folder_named = not raw or raw.endswith(("/", "\\"))
        path = Path(raw.rstrip("/\\") or "/") if raw else self.folder
        into_folder = folder_named or path.is_dir() or (not path.exists() and not path.suffix)
        if into_folder:
            stem = source.stem
            if target is None or path.resolve() == self.folder.resolve():
                stem = self._shared_stem(source)
            if path.exists() and not path.is_dir():
                raise TNAppError(_("«{path}» là một tệp, không phải thư mục: hãy chọn thư mục khác. Chưa sao lưu gì.",
                                   path=path))
            path = path / f"{stem}-sao-luu-{dt.datetime.now().strftime(_STAMP)}.sqlite"
        else:
            if path.suffix.lower() not in BACKUP_SUFFIXES:
                raise TNAppError(_("Tên tệp sao lưu «{path}» phải có đuôi .sqlite hoặc .db (ví dụ «{stem}.sqlite»); "
                                   "chưa sao lưu gì.", path=path.name, stem=path.stem))
            if path.exists():
                if path.resolve() == source.resolve():
                    raise TNAppError(_("Không thể sao lưu cơ sở dữ liệu đè lên chính nó; hãy chọn tệp hoặc thư mục "
                                       "khác."))
                raise TNAppError(_("Tệp «{path}» đã có: TNApp không ghi đè lên tệp có sẵn. Hãy đặt tên khác, xóa "
                                   "tệp cũ trước, hoặc chỉ ra một thư mục để TNApp tự đặt tên. Chưa sao lưu gì.",
                                   path=path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(_("Không sao lưu được «{source}» sang «{path}»: không tạo được thư mục «{parent}» "
                                  "({exc}). Các bản sao lưu trước được giữ nguyên.",
                                  source=source, path=path, parent=path.parent, exc=reason(exc))) from exc
        try:
            reserved = _free(path, numbered=into_folder)
        except FileExistsError as exc:  # made by another program since the check above
            raise TNAppError(_("Tệp «{path}» đã có: TNApp không ghi đè lên tệp có sẵn. Chưa sao lưu gì.",
                               path=path)) from exc
        except OSError as exc:
            raise DatabaseError(_("Không sao lưu được «{source}» sang «{path}»: {exc}. Các bản sao lưu trước được "
                                  "giữ nguyên.", source=source, path=path, exc=reason(exc))) from exc
        return _copy_to_reserved(source, reserved)

    def check_file(self, path: Path) -> str:
        """The schema revision of a TNApp backup at ``path``, after checking it
        read-only; a ``DatabaseError`` saying why it cannot be restored otherwise."""
        path = Path(path)
        refuse = _("Không khôi phục từ «{path}»", path=path)
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise DatabaseError(_("{refuse}: không đọc được tệp ({exc}).", refuse=refuse, exc=reason(exc))) from exc
        if header != SQLITE_MAGIC:
            raise DatabaseError(_("{refuse}: tệp không phải cơ sở dữ liệu SQLite. Tệp được giữ nguyên.", refuse=refuse))
        try:
            conn = connect_readonly(path)
            try:
                result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
                schema, objects = sqlite_schema(conn), sqlite_objects(conn)
                dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
                revision = None
                if "alembic_version" in schema:
                    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                    revision = row[0] if row else None
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise DatabaseError(_("{refuse}: tệp bị hỏng ({exc}). Tệp được giữ nguyên.",
                                  refuse=refuse, exc=reason(exc))) from exc
        if result != ["ok"]:
            raise DatabaseError(_("{refuse}: kiểm tra toàn vẹn báo lỗi ({result}). Hãy chọn bản sao lưu khác.",
                                  refuse=refuse, result='; '.join(result[:3])))
        if revision is None:
            raise DatabaseError(_("{refuse}: đây không phải cơ sở dữ liệu của TNApp.", refuse=refuse))
        if not is_known_revision(revision):
            raise DatabaseError(_("{refuse}: tệp được tạo bởi phiên bản TNApp mới hơn (lược đồ «{revision}»). Hãy "
                                  "cập nhật TNApp trước.", refuse=refuse, revision=revision))
        differences = _schema_differences(schema, revision_schema(revision), objects, revision_objects(revision))
        if differences:
            raise DatabaseError(_("{refuse}: cấu trúc dữ liệu không đúng với phiên bản «{revision}» của TNApp "
                                  "({differences}). Tệp được giữ nguyên.",
                                  refuse=refuse, revision=revision, differences='; '.join(differences)))
        if dangling:  # (table, rowid, referenced table, constraint)
            pointing = sorted({f"{row[0]} → {row[2]}" for row in dangling})
            raise DatabaseError(_("{refuse}: {count} bản ghi trỏ tới bản ghi không tồn tại ({pointing}{value}, ví "
                                  "dụ {dangling} dòng {dangling2}). Tệp được giữ nguyên.",
                                  refuse=refuse, count=len(dangling), pointing='; '.join(pointing[:3]),
                                  value='…' if len(pointing) > 3 else '', dangling=dangling[0][0],
                                  dangling2=dangling[0][1]))
        return revision

    def restore(self, path: Path) -> RestoreResult:
        """Replace the open database with the backup at ``path``, after checking
        it and copying the current database into the backups folder."""
        self.ws.require(Permission.MAINTAIN_DATABASE)
        target = self._database()
        source = Path(path)
        if source.resolve() == target.resolve():
            raise TNAppError(_("Tệp được chọn chính là cơ sở dữ liệu đang mở."))
        revision = self.check_file(source)
        self.ws.engine.dispose()  # no pooled connection keeps the old pages, nor counts as another user
        try:
            in_use = open_elsewhere(target)
        except sqlite3.Error as exc:
            raise DatabaseError(_("Không khôi phục được: {reason}. Chưa thay đổi gì.", reason=reason(exc))) from exc
        if in_use:
            raise DatabaseError(_("Không khôi phục được: cơ sở dữ liệu «{target}» đang được mở ở một cửa sổ TNApp "
                                  "khác hoặc trên máy khác. Hãy đóng TNApp ở đó (hoặc chờ việc đang ghi xong) rồi "
                                  "khôi phục lại. Chưa thay đổi gì.", target=target))
        stamp = dt.datetime.now().strftime(_STAMP)
        previous = _copy_to_reserved(
            target, _free(self.folder / f"{self._shared_stem(target)}-truoc-khoi-phuc-{stamp}.sqlite"))
        try:
            src = connect_readonly(source)
            try:
                expected = row_counts(src)
                dst = sqlite3.connect(target, timeout=5)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
            verify_copy(target, expected)
        except (sqlite3.Error, DatabaseError) as exc:
            raise DatabaseError(_("Không khôi phục được: {exc}. Cơ sở dữ liệu trước đó được giữ ở «{previous}».",
                                  exc=reason(exc), previous=previous)) \
                from exc
        ensure_schema(self.ws.engine, self.ws.url)  # an older backup is upgraded (with its own copy first)
        return RestoreResult(source, previous, revision)

    # --- integrity -----------------------------------------------------------------------------

    def quick_check(self) -> str | None:
        """``None`` when SQLite's quick check passes (always on PostgreSQL), else what it found."""
        if not self.supported:
            return None
        try:
            with self.ws.engine.connect() as conn:
                result = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check")]
        except Exception as exc:  # noqa: BLE001 - a damaged file fails in many ways
            return str(getattr(exc, "orig", exc))
        return None if result == ["ok"] else "; ".join(result[:5])
