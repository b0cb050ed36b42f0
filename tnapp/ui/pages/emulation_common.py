"""What the emulation pages share: a list page with search, filters,
add/edit/delete and Excel import/export; a nominee picker (person,
collective, household); the preview of an import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
    QPushButton, QTabWidget, QVBoxLayout, QWidget, QLineEdit,
)

from tnapp.domain.emulation_rules import Nominee, NomineeType
from tnapp.domain.formatting import format_number
from tnapp.errors import TNAppError, ValidationError
from tnapp.services.emulation_excel import ImportItem, ImportPreview
from tnapp.services.workspace import Workspace
from tnapp.ui.files import open_file, save_file, suggested_name
from tnapp.ui.forms import FormDialog, select_data
from tnapp.ui.messages import confirm, show_error, show_info
from tnapp.ui.pages.base import Page
from tnapp.ui.record_list import RecordListMixin
from tnapp.ui.table_model import Column, RowTableModel, SearchProxy, fit_columns, table_view
from tnapp.ui.tasks import run_task

EXCEL_FILTER = "Excel (*.xlsx)"
WARNING_STYLE = "color: #8a1c12; font-weight: bold;"


def year_choices(first: int = 2020) -> list[int]:
    return list(range(dt.date.today().year + 1, first - 1, -1))


class NomineePicker(QWidget):
    """Who a record is about: the kind (person, collective, household) and,
    in a searchable list, the one of that kind."""

    def __init__(self, ws: Workspace, kinds: Sequence[NomineeType] = tuple(NomineeType),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.kind = QComboBox()
        self.kind.setObjectName("nomineeKind")
        labels = {NomineeType.PERSON: self.tr("Cá nhân"), NomineeType.COLLECTIVE: self.tr("Tập thể"),
                  NomineeType.HOUSEHOLD: self.tr("Hộ gia đình")}
        for kind in kinds:
            self.kind.addItem(labels[kind], kind)
        self.choice = QComboBox()
        self.choice.setObjectName("nomineeChoice")
        self.choice.setEditable(True)
        self.choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.choice.setMinimumContentsLength(34)
        completer = self.choice.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._choices: dict[NomineeType, list[tuple[str, int]]] = {}
        self.kind.currentIndexChanged.connect(lambda _: self._fill())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.choice, 1)
        self._fill()

    def _options(self, kind: NomineeType) -> list[tuple[str, int]]:
        if kind not in self._choices:
            if kind is NomineeType.PERSON:
                items = [(f"{p.full_name} ({p.birth_year or '?'}, {p.unit_code})", p.id) for p in self.ws.people.list()]
            elif kind is NomineeType.COLLECTIVE:
                items = [(f"{u.code} – {u.name}", u.id) for u in self.ws.units.list()]
            else:
                items = [(f"{h.village_code}/{h.code} – {h.head_name}", h.id) for h in self.ws.households.list()]
            self._choices[kind] = items
        return self._choices[kind]

    def _fill(self) -> None:
        self.choice.clear()
        for text, value in self._options(NomineeType(self.kind.currentData())):
            self.choice.addItem(text, value)
        self.choice.setCurrentIndex(-1)

    def set_nominee(self, nominee: Nominee | None) -> None:
        if nominee is None:
            return
        select_data(self.kind, nominee.type)
        select_data(self.choice, nominee.id)

    def nominee(self) -> Nominee:
        index = self.choice.findText(self.choice.currentText())
        if index < 0 or self.choice.itemData(index) is None:
            raise ValidationError(self.tr("Hãy chọn đối tượng trong danh sách."), field="nominee")
        return Nominee(NomineeType(self.kind.currentData()), self.choice.itemData(index))


class ImportDialog(QDialog):
    """The preview of an emulation import: problems, new rows, changes. Nothing
    is saved until "Nhập", which is offered only for a clean file."""

    def __init__(self, preview: ImportPreview, apply: Callable[[ImportPreview], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview, self._apply, self.imported = preview, apply, 0
        self.setWindowTitle(self.tr("Nhập từ Excel – {file}").format(file=preview.path.name))
        self.resize(820, 480)
        self.summary = QLabel(self.tr("Tệp «{file}»: {new} dòng mới, {changed} dòng thay đổi, {same} dòng không đổi, "
                                      "{bad} lỗi.").format(file=preview.path.name, new=len(preview.new),
                                                           changed=len(preview.changed), same=preview.unchanged,
                                                           bad=len(preview.problems)))
        self.summary.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        if preview.problems:
            self.advice.setText(self.tr("Tệp còn lỗi nên chưa nhập dòng nào (tệp được nhập trọn vẹn hoặc không nhập). "
                                        "Hãy sửa các ô được nêu rồi nhập lại."))
            self.advice.setStyleSheet(WARNING_STYLE)
        elif not preview.can_apply:
            self.advice.setText(self.tr("Không có gì mới để nhập."))
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.addItems([str(p) for p in preview.problems])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.problems, self.tr("Lỗi ({n})").format(n=len(preview.problems)))
        for items, title in ((preview.new, self.tr("Thêm mới ({n})")), (preview.changed, self.tr("Thay đổi ({n})"))):
            model: RowTableModel[ImportItem] = RowTableModel([
                Column(self.tr("Dòng"), lambda i: str(i.row), align_right=True),
                Column(self.tr("Nội dung"), lambda i: i.summary)], parent=self)
            model.set_rows(items)
            view = table_view(model, "importRows")
            view.horizontalHeader().setStretchLastSection(True)
            self.tabs.addTab(view, title.format(n=len(items)))
        self.tabs.setCurrentIndex(0 if preview.problems else 1)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(preview.can_apply)
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.advice):
            layout.addWidget(widget)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    def problem_texts(self) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())]

    def accept(self) -> None:
        if not self.preview.can_apply:
            return
        try:
            self.imported = run_task(self, self.tr("Đang nhập…"), lambda: self._apply(self.preview))
        except TNAppError as exc:
            show_error(self, exc)
            return
        super().accept()


class RecordPage(RecordListMixin, Page):
    """A list of one kind of record: search (with or without diacritics),
    filters, add/edit/delete through a FormDialog, Excel import/export.

    Subclasses give ``columns()``, ``fetch()``, ``search_text()``,
    ``make_dialog()``, ``delete_record()``, ``export()`` and, when the record
    imports, ``preview_import()`` and ``apply_import()``."""

    object_name = "records"
    can_import = False
    service = ""  # the Workspace service whose preview_import / apply_import the default hooks call

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.model: RowTableModel[Any] = RowTableModel(self.columns(), search_text=self.search_text, parent=self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName(f"{self.object_name}Search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm (gõ có dấu hoặc không dấu)"))
        self.search.textChanged.connect(self._search_changed)
        self.add_button = QPushButton(self.tr("Thêm…"))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.import_button = QPushButton(self.tr("Nhập từ Excel…"))
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_record)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_excel)
        self.export_button.clicked.connect(self.export_excel)
        self.import_button.setVisible(self.can_import)
        self.table = table_view(self.proxy, f"{self.object_name}Table", sortable=True)
        self.table.doubleClicked.connect(self.edit_record)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.status = QLabel()
        self.warning = QLabel()
        self.warning.setObjectName("warnings")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()

        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.search, 1)
        self.action_bar = QHBoxLayout()
        self.build_filters()
        for button in (self.add_button, self.edit_button, self.delete_button, *self.extra_buttons()):
            self.action_bar.addWidget(button)
        self.action_bar.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        self.body = QVBoxLayout()
        self.body.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_bar)
        layout.addLayout(self.action_bar)
        layout.addWidget(self.warning)
        layout.addLayout(self.body, 1)
        layout.addLayout(bottom)
        self.refresh()

    # --- hooks ------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def search_text(self, row: Any) -> str:
        return ""

    def fetch(self) -> list[Any]:
        raise NotImplementedError

    def build_filters(self) -> None:
        """Add filter widgets with ``add_filter``."""

    def extra_buttons(self) -> list[QPushButton]:
        return []

    def make_dialog(self, row: Any | None) -> FormDialog:
        raise NotImplementedError

    def delete_record(self, row: Any) -> None:
        raise NotImplementedError

    def describe(self, row: Any) -> str:
        return ""

    def export(self, path: Path, rows: list[Any]) -> Path:
        raise NotImplementedError

    def preview_import(self, path: Path) -> ImportPreview:
        return getattr(self.ws, self.service).preview_import(path)

    def apply_import(self, preview: ImportPreview) -> int:
        return getattr(self.ws, self.service).apply_import(preview)

    def warnings(self) -> list[str]:
        return []

    def file_title(self) -> str:
        """What an exported file is called, in the user's words ("phong trào" → phong-trao.xlsx)."""
        return self.tr("danh sách")

    # --- filters ------------------------------------------------------------------------

    def add_filter(self, label: str, widget: QWidget) -> QWidget:
        self.filter_bar.addWidget(QLabel(label))
        self.filter_bar.addWidget(widget)
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _: self.refresh())
        return widget

    def year_filter(self, default: int | None = None) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("yearFilter")
        combo.addItem(self.tr("Tất cả các năm"), None)
        for year in year_choices():
            combo.addItem(str(year), year)
        select_data(combo, default)
        return combo

    def unit_filter(self, villages_only: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("unitFilter")
        combo.setMinimumContentsLength(18)
        combo.addItem(self.tr("Tất cả đơn vị") if not villages_only else self.tr("Tất cả các thôn"), None)
        for unit in self.ws.units.list():
            if not villages_only or unit.kind.value == "village":
                combo.addItem(unit.short_name or unit.name, unit.id)
        return combo

    def enum_filter(self, members, all_text: str) -> QComboBox:
        from tnapp.ui.labels import tr_label
        combo = QComboBox()
        combo.addItem(all_text, None)
        for member in members:
            combo.addItem(tr_label(member), member)
        return combo

    # --- reading ------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        current = self.selected()
        self.model.set_rows(self.fetch())
        fit_columns(self.table, self.stretch_column())
        self.select(select_id if select_id is not None else (current.id if current else None))
        found = self.warnings()
        if len(found) > 4:
            found = found[:3] + [self.tr("… và {n} cảnh báo khác.", "", len(found) - 3).format(n=len(found) - 3)]
        self.warning.setText("\n".join(found))
        self.warning.setVisible(bool(found))
        self._update_status()

    def stretch_column(self) -> int:
        return 1

    def count_text(self, shown: int, total: int) -> str:
        return (self.tr("{n} dòng", "", total).format(n=format_number(total)) if shown == total
                else self.tr("{shown} / {total} dòng khớp tìm kiếm", "", total).format(
                    shown=format_number(shown), total=format_number(total)))

    def _update_buttons(self) -> None:
        super()._update_buttons()
        self.selection_changed(self.selected())

    def selection_changed(self, row: Any | None) -> None:
        """Enable the page's own buttons for ``row``."""

    # --- actions ---------------------------------------------------------------------------

    def add_record(self) -> None:
        dialog = self.make_dialog(None)
        if dialog.exec() and getattr(dialog, "saved", None) is not None:
            self.after_save(dialog.saved)
            self.refresh(select_id=dialog.saved.id)

    def edit_record(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = self.make_dialog(row)
        if dialog.exec() and getattr(dialog, "saved", None) is not None:
            self.after_save(dialog.saved)
            self.refresh(select_id=dialog.saved.id)

    def after_save(self, row: Any) -> None:
        """Tell the user what a save implies (a late registration…)."""

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not confirm(self, self.tr("Xóa"), self.tr("Xóa «{what}»? Việc xóa không hoàn tác được.")
                       .format(what=self.describe(row))):
            return
        try:
            self.delete_record(row)
        except TNAppError as exc:
            show_error(self, exc)
        self.refresh()

    def run(self, call: Callable[[], Any], select_id: int | None = None) -> Any:
        """A service call from a button: its refusal shown, the list re-read."""
        try:
            result = call()
        except TNAppError as exc:
            show_error(self, exc)
            return None
        self.refresh(select_id=select_id)
        return result

    def import_excel(self) -> None:
        path = open_file(self, self.tr("Nhập từ Excel"), EXCEL_FILTER)
        if not path:
            return
        try:
            preview = run_task(self, self.tr("Đang đọc tệp…"), lambda: self.preview_import(Path(path)))
        except TNAppError as exc:
            show_error(self, exc)
            return
        dialog = ImportDialog(preview, self.apply_import, parent=self)
        if dialog.exec():
            show_info(self, self.tr("Đã nhập {n} dòng từ tệp «{file}».", "", dialog.imported).format(n=dialog.imported,
                                                                               file=Path(path).name))
            self.refresh()

    def export_excel(self) -> None:
        path, _ = save_file(self, self.tr("Xuất Excel"), suggested_name(self.file_title(), suffix=".xlsx"), EXCEL_FILTER)
        if not path:
            return
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
        rows = self.shown_rows()
        try:
            run_task(self, self.tr("Đang ghi tệp…"), lambda: self.export(target, rows))
        except TNAppError as exc:
            show_error(self, exc)
            return
        show_info(self, self.tr("Đã xuất {n} dòng ra tệp «{file}».", "", len(rows)).format(n=len(rows),
                                                                                      file=str(target)))


class RecordDialog(FormDialog):
    """A FormDialog whose ``save()`` keeps the service's result in ``saved``."""

    def __init__(self, ws: Workspace, title: str, row: Any | None, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.ws, self.row, self.saved = ws, row, None

    def save(self) -> None:
        self.saved = self.save_record()

    def save_record(self) -> Any:
        raise NotImplementedError


def int_or_none(text: str, field: str, what: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError as exc:
        raise ValidationError(f"«{text}» không phải {what}.", field=field) from exc
