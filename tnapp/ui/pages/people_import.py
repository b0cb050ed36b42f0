"""The preview of a people import: what would be added, the duplicates that
are left out (never merged) and the problems, each naming its sheet, row and
column. Nothing is saved until "Nhập", which is offered only for a clean file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QTabWidget, QVBoxLayout, QWidget,
)

from tnapp.domain.formatting import format_number
from tnapp.errors import TNAppError
from tnapp.services.people import Duplicate, ImportRow, PeopleImportPreview
from tnapp.services.units import UnitRow
from tnapp.services.workspace import Workspace
from tnapp.ui.labels import tr_label
from tnapp.ui.messages import show_error
from tnapp.ui.table_model import Column, RowTableModel, table_view
from tnapp.ui.tasks import run_task


class ImportPreviewDialog(QDialog):
    def __init__(self, ws: Workspace, preview: PeopleImportPreview, units: list[UnitRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.preview = preview
        self.imported = 0
        self.setWindowTitle(self.tr("Nhập danh sách người – {file}").format(file=preview.path.name))
        self.resize(860, 520)
        unit_names = {u.id: u.name for u in units}

        self.summary = QLabel(self.tr("Tệp «{file}»: {new} người sẽ được thêm, {dup} dòng trùng (không nhập), "
                                      "{bad} lỗi.").format(file=preview.path.name,
                                                           new=format_number(len(preview.new_rows)),
                                                           dup=format_number(len(preview.duplicates)),
                                                           bad=format_number(len(preview.problems))))
        self.summary.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        if preview.problems:
            self.advice.setText(self.tr("Tệp còn lỗi nên chưa nhập được. Hãy sửa các ô được nêu trong tệp Excel "
                                        "rồi nhập lại; chưa có gì được lưu."))
            self.advice.setStyleSheet("color: #8a1c12; font-weight: bold;")
        elif not preview.new_rows:
            self.advice.setText(self.tr("Không có người mới nào để nhập."))
        else:
            self.advice.setText(self.tr("Người trùng (cùng họ tên, năm sinh, đơn vị) được giữ nguyên, không gộp."))

        new_model: RowTableModel[ImportRow] = RowTableModel([
            Column(self.tr("Dòng"), lambda r: str(r.row), sort_key=lambda r: r.row, align_right=True),
            Column(self.tr("Họ và tên"), lambda r: r.data.full_name),
            Column(self.tr("Giới tính"), lambda r: tr_label(r.data.gender)),
            Column(self.tr("Năm sinh"), lambda r: str(r.data.birth_year or "")),
            Column(self.tr("Chức vụ"), lambda r: r.data.position),
            Column(self.tr("Đơn vị"), lambda r: unit_names.get(r.data.unit_id, "")),
        ], parent=self)
        new_model.set_rows(preview.new_rows)
        duplicate_model: RowTableModel[Duplicate] = RowTableModel([
            Column(self.tr("Dòng"), lambda d: str(d.row), align_right=True),
            Column(self.tr("Họ và tên"), lambda d: d.full_name),
            Column(self.tr("Đã có, ghi là"), lambda d: d.existing_name if d.existing_name != d.full_name else ""),
            Column(self.tr("Năm sinh"), lambda d: str(d.birth_year or "")),
            Column(self.tr("Đơn vị"), lambda d: d.unit_name),
            Column(self.tr("Lý do"), lambda d: self.tr("đã có trong danh sách") if d.existing_id is not None
                   else self.tr("lặp lại trong cùng tệp")),
        ], parent=self)
        duplicate_model.set_rows(preview.duplicates)
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.addItems([str(p) for p in preview.problems])
        self.problems.setWordWrap(True)

        self.tabs = QTabWidget()
        self.new_table = table_view(new_model, "newRows")
        self.duplicate_table = table_view(duplicate_model, "duplicates")
        for view in (self.new_table, self.duplicate_table):
            view.resizeColumnsToContents()
            view.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.problems, self.tr("Lỗi ({n})").format(n=len(preview.problems)))
        self.tabs.addTab(self.new_table, self.tr("Sẽ thêm ({n})").format(n=len(preview.new_rows)))
        self.tabs.addTab(self.duplicate_table, self.tr("Trùng, không nhập ({n})").format(n=len(preview.duplicates)))
        self.tabs.setCurrentIndex(0 if preview.problems else 1)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Nhập"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(preview.can_apply)
        cancel = self.buttons.addButton(self.tr("Đóng") if not preview.can_apply else self.tr("Hủy"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setDefault(not preview.can_apply)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.advice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    def problem_texts(self) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())]

    def accept(self) -> None:
        if not self.preview.can_apply:
            return
        try:
            self.imported = run_task(self, self.tr("Đang nhập…"), lambda: self.ws.people.apply_import(self.preview))
        except TNAppError as exc:
            show_error(self, exc)
            return
        super().accept()
