"""Reports from Excel: the preview of an import (every value change old → new,
every problem with its sheet, row and column), nothing saved until "Nhập",
which is offered only when something clean can be applied; reading and
saving run off the UI thread with a progress bar and a Cancel button.
Also the small dialog asking the reason of a return or a reopen."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QMenu, QPlainTextEdit, QProgressDialog, QPushButton,
    QTabWidget, QVBoxLayout, QWidget,
)

from tnapp.domain.formatting import format_number
from tnapp.errors import TNAppError, ValidationError
from tnapp.services.report_import import ImportPreview, ImportResult
from tnapp.services.workspace import Workspace
from tnapp.ui.files import choose_folder, open_files
from tnapp.ui.messages import show_error, show_info
from tnapp.ui.tasks import run_off_ui_thread

EXCEL_FILTER = "Excel (*.xlsx)"
T = TypeVar("T")
Progress = Callable[[int, int, str], None]


class _Relay(QObject):
    progressed = Signal(int, int, str)


def run_with_progress(parent: QWidget | None, label: str,
                      call: Callable[[Progress, Callable[[], bool]], T]) -> T:
    """``call(progress, cancelled)`` on a worker thread, with a progress bar
    and a Cancel button (the service stops between files); returns its result."""
    relay, stop = _Relay(), threading.Event()
    dialog = QProgressDialog(label, QCoreApplication.translate("ReportImportDialog", "Hủy"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(stop.set)
    relay.progressed.connect(lambda done, total, name: (dialog.setMaximum(total), dialog.setValue(done),
                                                        dialog.setLabelText(f"{label}\n{name}")),
                             Qt.ConnectionType.QueuedConnection)
    return run_off_ui_thread(dialog, lambda: call(relay.progressed.emit, stop.is_set), "tnapp-report-import")


class ReportImportDialog(QDialog):
    def __init__(self, ws: Workspace, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.preview = preview
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("Nhập báo cáo từ Excel"))
        self.resize(880, 520)
        changes = [str(c) for f in preview.files for c in f.changes]
        changes += [f"{f.path.name}: {text}" for f in preview.files for text in f.narrative_changes]
        problems = [f"{f.path.name}: {m}" for f in preview.files for m in f.messages()]
        warnings = [f"{f.path.name}: {w}" for f in preview.files for w in f.warnings]
        self.summary = QLabel(self.tr("{files} tệp: {changes} thay đổi, {bad} tệp có lỗi (không nhập).").format(
            files=format_number(len(preview.files)), changes=format_number(len(changes)),
            bad=format_number(len(preview.refused))))
        if preview.cancelled:
            self.summary.setText(self.summary.text() + " " + self.tr("Đã dừng đọc giữa chừng."))
        self.summary.setWordWrap(True)
        self.changes, self.problems, self.warnings = QListWidget(), QListWidget(), QListWidget()
        self.tabs = QTabWidget()
        for widget, name, items, title in ((self.changes, "changes", changes, self.tr("Thay đổi ({n})")),
                                           (self.problems, "problems", problems, self.tr("Lỗi ({n})")),
                                           (self.warnings, "warnings", warnings, self.tr("Lưu ý ({n})"))):
            widget.setObjectName(name)
            widget.setWordWrap(True)
            widget.addItems(items)
            self.tabs.addTab(widget, title.format(n=len(items)))
        self.tabs.setCurrentWidget(self.problems if problems else self.changes)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(preview.can_apply)
        self.buttons.addButton(self.tr("Hủy") if preview.can_apply else self.tr("Đóng"),
                               QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    def texts(self, widget: QListWidget) -> list[str]:
        return [widget.item(i).text() for i in range(widget.count())]

    def accept(self) -> None:
        if not self.preview.can_apply:
            return
        try:
            self.result = run_with_progress(self, self.tr("Đang nhập…"), lambda progress, cancel:
                                            self.ws.report_templates.apply_import(self.preview, progress, cancel))
        except TNAppError as exc:
            show_error(self, exc)
            return
        super().accept()


def import_reports(parent: QWidget, ws: Workspace, paths: list[Path], unit_id: int | None = None,
                   period: str | None = None) -> bool:
    """Preview ``paths`` (files or folders), let the user confirm, apply; whether anything was saved."""
    try:
        reading = QCoreApplication.translate("ReportImportDialog", "Đang đọc tệp…")
        preview = run_with_progress(parent, reading, lambda progress, cancel:
                                    ws.report_templates.preview_import(paths, unit_id, period, progress, cancel))
    except TNAppError as exc:
        show_error(parent, exc)
        return False
    dialog = ReportImportDialog(ws, preview, parent)
    if not dialog.exec() or dialog.result is None:
        return False
    result = dialog.result
    text = QCoreApplication.translate("ReportImportDialog", "Đã nhập {files} tệp, {values} giá trị.").format(
        files=format_number(len(result.applied)), values=format_number(result.values_changed))
    if result.refused:
        text += "\n" + QCoreApplication.translate("ReportImportDialog", "Không nhập:") + "\n"
        text += "\n".join(f"• {p.name}: {why}" for p, why in result.refused)
    show_info(parent, text)
    return bool(result.applied)


def import_button(parent: QWidget, text: str, on_paths: Callable[[list[Path]], None]) -> QPushButton:
    """A button whose menu chooses Excel files or a folder of them, handed to ``on_paths``."""
    button = QPushButton(text, parent)
    menu = QMenu(button)

    def files() -> None:
        title = QCoreApplication.translate("ReportImportDialog", "Nhập báo cáo từ Excel")
        paths = open_files(parent, title, EXCEL_FILTER)
        if paths:
            on_paths([Path(p) for p in paths])

    def folder() -> None:
        title = QCoreApplication.translate("ReportImportDialog", "Chọn thư mục chứa các tệp báo cáo")
        chosen = choose_folder(parent, title)
        if chosen:
            on_paths([Path(chosen)])

    menu.addAction(QCoreApplication.translate("ReportImportDialog", "Chọn tệp…"), files)
    menu.addAction(QCoreApplication.translate("ReportImportDialog", "Chọn thư mục…"), folder)
    button.setMenu(menu)
    return button


class ReasonDialog(QDialog):
    """Asks why a report is returned or reopened, what to check in a value, why a mark is cleared (the text is
    required and audited). The dialog saves the text with ``save`` and stays open while the text is refused,
    the reason shown under it: nothing typed is lost."""

    def __init__(self, title: str, save: Callable[[str], object], parent: QWidget | None = None,
                 prompt: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self._save = save
        self.prompt = QLabel(prompt or self.tr("Lý do (đơn vị sẽ thấy lý do này):"))
        self.prompt.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setObjectName("reasonError")
        self.error.setStyleSheet("QLabel#reasonError { color: #b71c1c; }")
        self.error.setWordWrap(True)
        self.error.hide()
        self.reason.textChanged.connect(self.error.hide)  # the message goes once the text is changed
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Đồng ý"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        try:
            self._save(self.reason.toPlainText())
        except ValidationError as exc:  # the text is refused: say why beside it, keep it
            self.error.setText(str(exc))
            self.error.show()
            self.reason.setFocus()
            return
        except TNAppError as exc:  # the record changed or went meanwhile: retyping would not help
            show_error(self, exc)
            self.reject()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget, title: str, save: Callable[[str], object], prompt: str | None = None) -> bool:
        """True once the text is saved; False when cancelled or refused for a reason other than the text."""
        return bool(cls(title, save, parent, prompt).exec())
