"""The attendance grid of a council meeting: each member with a combo of
the three statuses (or the keys 1, 2, 3, then the next row); every change is
handed to the meeting view, which saves it through the council service."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget,
)

from tnapp.domain.vocab import Attendance
from tnapp.services.council import AttendanceRow
from tnapp.ui.labels import tr_label
from tnapp.ui.table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
ATTENDANCE_KEYS = {Qt.Key.Key_1: Attendance.PRESENT, Qt.Key.Key_2: Attendance.ABSENT_WITH_OPINION,
                   Qt.Key.Key_3: Attendance.ABSENT}


class AttendanceModel(RowTableModel[AttendanceRow]):
    """The members and their attendance; the last column is edited with a
    combo (or the keys 1, 2, 3) and each change goes to ``on_change``."""

    STATUS = 3

    def __init__(self, columns, on_change: Callable[[AttendanceRow, Attendance], None], parent=None) -> None:
        super().__init__(columns, parent=parent)
        self._on_change = on_change

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.STATUS else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.column() == self.STATUS:
            return self.row_at(index.row()).status
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != self.STATUS or not isinstance(value, Attendance):
            return False
        row = self.row_at(index.row())
        if value != row.status:
            self._on_change(row, value)
        return True


class AttendanceDelegate(QStyledItemDelegate):
    """A combo of the three statuses; choosing one saves it at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setObjectName("attendanceEditor")
        for status in Attendance:
            combo.addItem(tr_label(status), status)
        combo.activated.connect(lambda _=0, c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # noqa: N802, ANN001
        assert isinstance(editor, QComboBox)
        model.setData(index, Attendance(editor.currentData()), Qt.ItemDataRole.EditRole)  # Qt hands back a str


class AttendanceView(QTableView):
    """The grid; on a row, 1 = có mặt, 2 = vắng có ý kiến bằng văn bản, 3 = vắng, then the next row."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        status = ATTENDANCE_KEYS.get(Qt.Key(event.key()))
        index = self.currentIndex()
        read_only = self.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        if status is None or read_only or not index.isValid() or self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        row = index.row()
        self.model().setData(self.model().index(row, AttendanceModel.STATUS), status)
        following = self.model().index(min(row + 1, self.model().rowCount() - 1), AttendanceModel.STATUS)
        self.setCurrentIndex(following)
