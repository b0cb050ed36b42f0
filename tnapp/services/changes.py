"""What a write changed, announced once it is committed.

Every ``Workspace.write()`` notes the tables its flushes (and its ORM bulk
statements) touched; after the commit the workspace announces the kinds of
data they hold to its subscribers — the GUI refreshes the views that show
them, and nothing else. A rolled-back write announces nothing.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable, Iterable

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

CHANGED_KEY = "tnapp.changed"  # session.info: the tables touched so far


class Data(enum.StrEnum):
    """A kind of data a view may show."""

    COMMUNE = "commune"        # the commune, its units
    PEOPLE = "people"          # people, their units, households
    INDICATORS = "indicators"  # the catalogue, targets, rules
    REPORTS = "reports"        # the units' reports and their figures
    EMULATION = "emulation"    # movements, registrations, ratings, initiatives, exemplars, discipline
    AWARDS = "awards"          # the awards given, the titles and prizes
    COMPLAINTS = "complaints"
    PROPOSALS = "proposals"
    COUNCIL = "council"        # members, meetings, attendance, agenda, tallies, decisions
    DOCUMENTS = "documents"    # the document register
    SETTINGS = "settings"
    ACCOUNTS = "accounts"      # users and the audit trail


KIND_OF_TABLE: dict[str, Data] = {
    "commune": Data.COMMUNE, "unit": Data.COMMUNE,
    "person": Data.PEOPLE, "person_unit_period": Data.PEOPLE, "household": Data.PEOPLE,
    "indicator": Data.INDICATORS, "indicator_target": Data.INDICATORS, "indicator_rule": Data.INDICATORS,
    "indicator_responsible_unit": Data.INDICATORS,
    "unit_report": Data.REPORTS, "report_value": Data.REPORTS, "value_followup": Data.REPORTS,
    "movement": Data.EMULATION, "movement_unit": Data.EMULATION, "movement_indicator": Data.EMULATION,
    "initiative_author": Data.EMULATION, "registration": Data.EMULATION, "task_rating": Data.EMULATION,
    "initiative": Data.EMULATION, "exemplar": Data.EMULATION, "attachment": Data.EMULATION,
    "discipline_record": Data.EMULATION,
    "award_record": Data.AWARDS, "award_title": Data.AWARDS,
    "complaint": Data.COMPLAINTS,
    "proposal": Data.PROPOSALS, "proposal_nominee": Data.PROPOSALS,
    "council": Data.COUNCIL, "council_member": Data.COUNCIL, "meeting": Data.COUNCIL,
    "meeting_attendance": Data.COUNCIL, "vote_counter": Data.COUNCIL, "agenda_item": Data.COUNCIL, "tally": Data.COUNCIL,
    "decision": Data.COUNCIL,
    "document_number": Data.DOCUMENTS,
    "setting": Data.SETTINGS,
    "app_user": Data.ACCOUNTS, "audit_log": Data.ACCOUNTS,
}

Listener = Callable[[frozenset[Data]], None]


class ChangeFeed:
    """The workspace's announcements: ``subscribe(listener)`` and, after each
    committed write, ``listener(kinds)``. Listeners may be called from the
    thread that wrote (a worker thread of the GUI)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every committed change; returns the unsubscribe call."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)
        return unsubscribe

    def announce(self, kinds: Iterable[Data]) -> None:
        changed = frozenset(kinds)
        if not changed:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(changed)


def kinds_of(tables: Iterable[str]) -> frozenset[Data]:
    """The kinds of data in ``tables``; a table not yet classified counts as every kind."""
    kinds: set[Data] = set()
    for table in tables:
        kinds.update((KIND_OF_TABLE[table],) if table in KIND_OF_TABLE else Data)
    return frozenset(kinds)


def touched(session: Session) -> set[str]:
    """The tables the session's write has touched so far."""
    return session.info.setdefault(CHANGED_KEY, set())


def _note_flush(session: Session, _flush_context: object) -> None:
    tables = touched(session)
    for obj in (*session.new, *session.dirty, *session.deleted):
        name = getattr(obj, "__tablename__", None)
        if name and (obj not in session.dirty or session.is_modified(obj)):
            tables.add(name)


def _note_bulk(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        if table is not None:
            touched(state.session).add(table.name)


def install(factory: sessionmaker) -> None:
    """Note what every session of the factory writes."""
    event.listen(factory, "after_flush", _note_flush)
    event.listen(factory, "do_orm_execute", _note_bulk)
