"""The workspace's change announcements as a Qt signal, and views that follow them.

``follow(view, kinds, refresh)``: after any committed write touching one of
``kinds`` (from this window or a worker thread), ``refresh()`` runs as soon as
the event loop turns if the view is on screen, else the next time it is
shown. Views showing other data are not re-read.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from tnapp.services.changes import Data

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace


class ChangeBridge(QObject):
    """One per workspace: re-emits ``ws.changes`` on the UI thread."""

    changed = Signal(object)  # frozenset[Data]

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        ws.changes.subscribe(self.changed.emit)  # queued to the UI thread when written from a worker


_bridges: weakref.WeakKeyDictionary[Workspace, ChangeBridge] = weakref.WeakKeyDictionary()


def bridge(ws: Workspace) -> ChangeBridge:
    """The workspace's bridge, made on first use; it goes with the workspace."""
    known = _bridges.get(ws)
    if known is None:
        known = _bridges[ws] = ChangeBridge(ws)
    return known


class _Follower(QObject):
    """Refreshes its view once per burst of changes (an import of many files
    is one re-read), when the view is shown."""

    def __init__(self, view: QWidget, kinds: frozenset[Data], refresh: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._kinds = kinds
        self._refresh = refresh
        self.stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._refresh_if_shown)
        view.installEventFilter(self)

    @Slot(object)
    def on_change(self, changed: frozenset) -> None:
        if changed & self._kinds:
            self.stale = True
            self._timer.start()

    def _refresh_if_shown(self) -> None:
        if self.stale and self._view.isVisible():
            self.stale = False
            self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and self.stale:
            self._timer.start()
        return False


def follow(view: QWidget, ws: Workspace, kinds: Iterable[Data], refresh: Callable[[], None]) -> None:
    """Re-read ``view`` with ``refresh`` whenever a write changes one of ``kinds``."""
    follower = _Follower(view, frozenset(kinds), refresh)
    bridge(ws).changed.connect(follower.on_change)
