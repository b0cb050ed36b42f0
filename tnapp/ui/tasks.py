"""Running a long service call (an import, an export) off the UI thread.

The caller waits for the result as if the call were direct, while the window
keeps painting and a busy dialog appears if the call takes more than a moment.
The call itself must not touch widgets.

Python's garbage collector is paused while the worker runs: a collection
started on the worker thread could otherwise destroy Qt objects (unreachable
widgets, dialogs) away from the UI thread and crash. It resumes afterwards.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

SHOW_AFTER_MS = 400


class _Done(QObject):
    finished = Signal()


def run_off_ui_thread(dialog: QProgressDialog, call: Callable[[], T], name: str,
                      flags: QEventLoop.ProcessEventsFlag = QEventLoop.ProcessEventsFlag.AllEvents) -> T:
    """``call()`` on a worker thread named ``name`` while the UI thread processes its
    events (``flags``) under ``dialog``; closes ``dialog``, then returns the call's
    result or raises its error."""
    outcome: dict[str, object] = {}
    done = _Done()
    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            outcome["result"] = call()
        except BaseException as exc:  # handed back to the UI thread below
            outcome["error"] = exc
        done.finished.emit()

    collecting = gc.isenabled()
    gc.disable()
    try:
        worker = threading.Thread(target=work, name=name, daemon=True)
        worker.start()
        loop.exec(flags)
        worker.join()
    finally:
        if collecting:
            gc.enable()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]


def run_task(parent: QWidget | None, label: str, call: Callable[[], T]) -> T:
    """``call()`` on a worker thread; returns its result or raises its error."""
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_AFTER_MS)
    progress.setValue(0)
    return run_off_ui_thread(progress, call, "tnapp-task", QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
