"""The one entry to a TNApp database: open it, read, write as an acting user.

``Workspace`` owns the engine and the session factory and hands out the
services; the CLI, the GUI and the tests open it the same way::

    ws = Workspace.open("/path/tnapp.sqlite", actor)
    ws.units.list()
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import Engine, and_, inspect, or_, select
from sqlalchemy import exc as sa_exc
from sqlalchemy import schema as sa_schema
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from tnapp.domain.permissions import PERMISSION_LABELS, Actor, Permission
from tnapp.errors import ConflictError, DatabaseError, PermissionDenied, TNAppError
from tnapp.i18n import _, label, translate
from tnapp.models import Commune
from tnapp.models.base import UNSAVED, Versioned
from tnapp.services import audit, changes
from tnapp.services.award_export import AwardExportService
from tnapp.services.award_history import AwardHistoryService
from tnapp.services.commune import CommuneService
from tnapp.services.complaints import ComplaintService
from tnapp.services.council import CouncilService
from tnapp.services.data_quality import DataQualityService
from tnapp.services.discipline import DisciplineService
from tnapp.services.eligibility import EligibilityService
from tnapp.services.indicator_appendix import IndicatorAppendixService
from tnapp.services.indicators import IndicatorService
from tnapp.services.documents import DocumentService
from tnapp.services.exemplars import ExemplarService
from tnapp.services.households import HouseholdService
from tnapp.services.initiatives import InitiativeService
from tnapp.services.movements import MovementService
from tnapp.services.accounts import AccountService
from tnapp.services.attention import AttentionService
from tnapp.services.audit_log import AuditLogService
from tnapp.services.backup import BackupService
from tnapp.services.people import PersonService
from tnapp.services.progress import ProgressService
from tnapp.services.proposals import ProposalService
from tnapp.services.province import ProvinceService
from tnapp.services.ratings import RatingService
from tnapp.services.registrations import RegistrationService
from tnapp.services.report_templates import ReportTemplateService
from tnapp.services.reporting import ReportingService
from tnapp.services.seed import SeedService
from tnapp.services.settings import SettingsService
from tnapp.services.stat_forms import StatFormService
from tnapp.services.stats import StatsService
from tnapp.services.unit_reports import UnitReportService
from tnapp.services.units import UnitService
from tnapp.storage.engine import close_engine, describe, make_engine, resolve_url
from tnapp.storage.migrate import SchemaStatus, ensure_schema

if TYPE_CHECKING:
    from tnapp.reports import ReportService

log = logging.getLogger(__name__)


def explain_database_error(exc: BaseException, where: str) -> DatabaseError:
    """Turn a driver error into a Vietnamese message naming the database."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        msg = (f"Cơ sở dữ liệu «{where}» đang bị khóa bởi một chương trình khác (có thể TNApp đang mở "
               "ở cửa sổ khác). Hãy đóng chương trình đó rồi thử lại; dữ liệu không bị thay đổi.")
    elif "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
        msg = (f"Không ghi được vào «{where}» (tệp hoặc thư mục chỉ đọc). Hãy chép tệp sang thư mục "
               "có quyền ghi rồi mở lại.")
    elif "disk is full" in text or "no space" in text or "disk full" in text:
        msg = f"Ổ đĩa chứa «{where}» đã đầy. Hãy giải phóng dung lượng; thay đổi vừa rồi chưa được lưu."
    elif "not a database" in text or "malformed" in text or "file is encrypted" in text:
        msg = (f"Tệp «{where}» bị hỏng hoặc không phải cơ sở dữ liệu TNApp. Tệp được giữ nguyên; "
               "hãy khôi phục từ bản sao lưu.")
    elif "connection" in text or "could not" in text or "timeout" in text:
        msg = f"Không kết nối được máy chủ cơ sở dữ liệu «{where}». Hãy kiểm tra mạng và máy chủ."
    else:
        log.error("database error on %s: %s", where, getattr(exc, "orig", exc))  # the driver's text, for support
        msg = (f"Cơ sở dữ liệu «{where}» báo lỗi nên thay đổi vừa rồi chưa được lưu. Hãy thử lại; nếu vẫn lỗi, "
               "hãy báo người quản trị (chi tiết đã ghi vào nhật ký chương trình).")
    return DatabaseError(msg)


class Workspace:
    def __init__(self, engine: Engine, url: URL, actor: Actor, schema: SchemaStatus) -> None:
        self.engine = engine
        self.url = url
        self.actor = actor
        self.schema = schema
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        audit.install(self._sessions)
        changes.install(self._sessions)
        self.changes = changes.ChangeFeed()  # what each committed write changed, for the views that show it

    @classmethod
    def open(cls, db: str | os.PathLike | URL | None = None, actor: Actor | None = None) -> Workspace:
        """Open (creating or upgrading to the current schema) the database at
        ``db``: a path, a URL, or ``None`` for ``TNAPP_DB`` / the default file."""
        url = db if isinstance(db, URL) else resolve_url(db)
        engine = make_engine(url)
        try:
            status = ensure_schema(engine, url)
        except TNAppError:
            close_engine(engine)
            raise
        except (sa_exc.DBAPIError, sqlite3.Error, OSError) as exc:
            close_engine(engine)
            raise explain_database_error(exc, describe(url)) from exc
        return cls(engine, url, actor or Actor.local_operator(), status)

    def close(self) -> None:
        close_engine(self.engine)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def location(self) -> str:
        return describe(self.url)

    def sign_in(self, actor: Actor) -> None:
        """Act as ``actor`` from now on (given by ``accounts.authenticate``)."""
        self.actor = actor

    def sign_out(self) -> None:
        """Nobody acts until the next sign-in: every service call is refused."""
        self.actor = Actor.nobody()

    # --- sessions -------------------------------------------------------------

    def require(self, permission: Permission) -> None:
        if not self.actor.signed_in:
            raise PermissionDenied(_("Chưa đăng nhập: hãy đăng nhập để tiếp tục."))
        if not self.actor.can(permission):
            raise PermissionDenied(
                _("Tài khoản «{username}» (vai trò: {role}) không có quyền {PERMISSION_LABELS}.",
                  username=self.actor.username, role=label(self.actor.role),
                  PERMISSION_LABELS=translate("Permission", PERMISSION_LABELS[permission])))

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing is flushed or committed. Closing it
        ends the transaction and keeps loaded rows readable (detached)."""
        self.require(Permission.READ)
        try:
            with self._sessions() as session, session.no_autoflush:
                yield session
        except (sa_exc.OperationalError, sa_exc.InterfaceError) as exc:
            raise explain_database_error(exc, self.location) from exc

    @contextmanager
    def write(self, permission: Permission, reason: str | None = None,
              actor: Actor | None = None) -> Iterator[Session]:
        """One transaction: everything in the block is saved, with its audit
        rows, or nothing is (any error rolls the whole block back). Once it is
        committed, ``changes`` announces the kinds of data it touched."""
        acting = actor or self.actor
        if acting is self.actor:
            self.require(permission)
        session = self._sessions()
        session.info[audit.ACTOR_KEY] = acting
        session.info[audit.REASON_KEY] = reason
        try:
            with session.begin():
                yield session
        except StaleDataError as exc:
            if getattr(exc, "tnapp_object", None) is None:  # a racing flush: the row it tried to update
                exc.tnapp_object = next(iter(session.info.get(audit.FLUSHING_KEY, [])), None)  # type: ignore[attr-defined]
            raise self._conflict(exc) from exc
        except (sa_exc.OperationalError, sa_exc.InterfaceError) as exc:
            raise explain_database_error(exc, self.location) from exc
        except sa_exc.IntegrityError as exc:
            raise self._refused(exc, session.info.get(audit.INSERTING_KEY, [])) from exc
        finally:
            session.close()
        self.changes.announce(changes.kinds_of(changes.touched(session)))

    def check_version(self, obj: Versioned | None, expected_version: int | None) -> None:
        """Refuse a save made from a form opened on another version of ``obj``:
        an older one, or none at all (``UNSAVED``: the form showed an empty
        record that another PC has saved since). ``None``: the caller read no
        version (a script), nothing is checked."""
        if expected_version is None:
            return
        if (obj.version if obj is not None else UNSAVED) != expected_version:
            error = StaleDataError(f"{type(obj).__name__} {getattr(obj, 'id', '?')} changed")
            error.tnapp_object = obj  # type: ignore[attr-defined]
            raise error

    def _conflict(self, exc: StaleDataError) -> ConflictError:
        """Name who saved the row in between, and when, read fresh from the database."""
        obj = getattr(exc, "tnapp_object", None)
        fresh = None
        if obj is not None:
            with self._sessions() as session:
                fresh = session.get(type(obj), obj.id)
        return self._saved_by_other(fresh)

    @staticmethod
    def _saved_by_other(fresh: object | None) -> ConflictError:
        who, when = "một người dùng khác", ""
        if isinstance(fresh, Versioned):
            who = f"«{fresh.updated_by}»" if fresh.updated_by else who
            local = fresh.updated_at.replace(tzinfo=dt.UTC).astimezone()
            when = f" lúc {local:%H:%M} ngày {local:%d/%m/%Y}"
        return ConflictError(
            _("Bản ghi này vừa được {who} lưu trên máy khác{when}, sau khi anh/chị mở nó. Thay đổi của anh/chị chưa "
              "được lưu; hãy tải lại để xem bản mới rồi sửa lại.", who=who, when=when))

    def _refused(self, exc: sa_exc.IntegrityError, inserting: list[Versioned]) -> TNAppError:
        """A unique key refused an insert: another PC saved that record first
        (named, with the time); any other broken constraint in plain Vietnamese.
        The driver's text goes to the program's log, never to the user."""
        log.warning("integrity error: %s", exc.orig)
        first = next((row for obj in inserting if (row := self._saved_first(obj)) is not None), None)
        if first is not None:
            return self._saved_by_other(first)
        return TNAppError(_("Không lưu được vì dữ liệu trùng với một bản ghi đã có hoặc đang được dùng ở nơi khác "
                            "(có thể vừa được lưu trên máy khác). Hãy tải lại rồi thử lại; chưa có gì bị thay đổi."))

    def _saved_first(self, obj: Versioned) -> Versioned | None:
        """The saved row holding one of the unique keys ``obj`` wanted."""
        mapper, values = inspect(obj).mapper, inspect(obj).dict
        keys = [[(column, mapper.get_property_by_column(column).key) for column in constraint.columns]
                for constraint in mapper.local_table.constraints if isinstance(constraint, sa_schema.UniqueConstraint)]
        wanted = [and_(*(column == values[key] for column, key in key_columns)) for key_columns in keys
                  if all(values.get(key) is not None for _, key in key_columns)]
        if not wanted:
            return None
        with self._sessions() as session:
            return session.scalars(select(mapper.class_).where(or_(*wanted))).first()

    # --- services --------------------------------------------------------------

    @cached_property
    def commune(self) -> CommuneService:
        return CommuneService(self)

    @cached_property
    def units(self) -> UnitService:
        return UnitService(self)

    @cached_property
    def people(self) -> PersonService:
        return PersonService(self)

    @cached_property
    def data_quality(self) -> DataQualityService:
        return DataQualityService(self)

    @cached_property
    def reporting(self) -> ReportingService:
        return ReportingService(self)

    @cached_property
    def progress(self) -> ProgressService:
        return ProgressService(self)

    @cached_property
    def indicators(self) -> IndicatorService:
        return IndicatorService(self)

    @cached_property
    def indicator_appendix(self) -> IndicatorAppendixService:
        return IndicatorAppendixService(self)

    @cached_property
    def unit_reports(self) -> UnitReportService:
        return UnitReportService(self)

    @cached_property
    def report_templates(self) -> ReportTemplateService:
        return ReportTemplateService(self)

    @cached_property
    def settings(self) -> SettingsService:
        return SettingsService(self)

    @cached_property
    def seed(self) -> SeedService:
        return SeedService(self)

    @cached_property
    def accounts(self) -> AccountService:
        return AccountService(self)

    @cached_property
    def audit(self) -> AuditLogService:
        return AuditLogService(self)

    @cached_property
    def backups(self) -> BackupService:
        return BackupService(self)

    @cached_property
    def stats(self) -> StatsService:
        return StatsService(self)

    @cached_property
    def attention(self) -> AttentionService:
        return AttentionService(self)

    @cached_property
    def documents(self) -> DocumentService:
        return DocumentService(self)

    @cached_property
    def reports(self) -> ReportService:
        from tnapp.reports import ReportService  # documents and their renderers load on first use
        return ReportService(self)

    @cached_property
    def movements(self) -> MovementService:
        return MovementService(self)

    @cached_property
    def registrations(self) -> RegistrationService:
        return RegistrationService(self)

    @cached_property
    def ratings(self) -> RatingService:
        return RatingService(self)

    @cached_property
    def initiatives(self) -> InitiativeService:
        return InitiativeService(self)

    @cached_property
    def exemplars(self) -> ExemplarService:
        return ExemplarService(self)

    @cached_property
    def discipline(self) -> DisciplineService:
        return DisciplineService(self)

    @cached_property
    def award_history(self) -> AwardHistoryService:
        return AwardHistoryService(self)

    @cached_property
    def award_export(self) -> AwardExportService:
        return AwardExportService(self)

    @cached_property
    def stat_forms(self) -> StatFormService:
        return StatFormService(self)

    @cached_property
    def households(self) -> HouseholdService:
        return HouseholdService(self)

    @cached_property
    def complaints(self) -> ComplaintService:
        return ComplaintService(self)

    @cached_property
    def eligibility(self) -> EligibilityService:
        return EligibilityService(self)

    @cached_property
    def proposals(self) -> ProposalService:
        return ProposalService(self)

    @cached_property
    def province(self) -> ProvinceService:
        return ProvinceService(self)

    @cached_property
    def council(self) -> CouncilService:
        return CouncilService(self)

    def is_empty(self) -> bool:
        with self.read() as session:
            return session.scalar(select(Commune.id).limit(1)) is None
