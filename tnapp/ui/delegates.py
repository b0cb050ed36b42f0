"""A keyboard-first entry grid: typing replaces a cell, Enter goes down and
Tab across to the next editable cell, Ctrl+V pastes a block copied from
Excel or Word, Delete clears; the editor is coloured as the text is typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QTableView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
# (index, text) → "" (fine), "warning" or "error", and the message to show
Checker = Callable[[Index, str], tuple[str, str]]

WARNING_COLOUR = "#fff3c4"
ERROR_COLOUR = "#f8d7da"


class CellDelegate(QStyledItemDelegate):
    """A frameless line edit holding the cell's edit text, all selected (so
    typing replaces it), checked as it is typed when a ``checker`` is given."""

    def __init__(self, checker: Checker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checker = checker

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setObjectName("cellEditor")
        editor.setFrame(False)
        if self.checker is not None:
            editor.textChanged.connect(lambda text, e=editor, i=QPersistentModelIndex(index): self._mark(e, i, text))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # noqa: N802, ANN001
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def _mark(self, editor: QLineEdit, index: QPersistentModelIndex, text: str) -> None:
        assert self.checker is not None
        level, message = self.checker(index, text)
        colour = {"warning": WARNING_COLOUR, "error": ERROR_COLOUR}.get(level)
        editor.setStyleSheet(f"QLineEdit {{ background: {colour}; }}" if colour else "")
        editor.setToolTip(message)


class EntryGrid(QTableView):
    """The grid of an entry form; ``editable_columns`` are the columns the
    keyboard moves between. ``paste_requested(index, text)`` asks the model
    to fill the cells from ``index`` down."""

    paste_requested = Signal(QModelIndex, str)

    def __init__(self, editable_columns: tuple[int, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editable_columns = editable_columns
        self.setTabKeyNavigation(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.verticalHeader().hide()
        self.setWordWrap(False)

    def first_editable(self) -> QModelIndex:
        model = self.model()
        return model.index(0, self.editable_columns[0]) if model and model.rowCount() else QModelIndex()

    def next_editable(self, index: Index, down: bool, backwards: bool = False) -> QModelIndex:
        """The cell below (Enter) or the next editable cell across (Tab), wrapping to the next row."""
        model, row, col = self.model(), index.row(), index.column()
        if not index.isValid():
            return self.first_editable()
        if down:
            return model.index(min(row + 1, model.rowCount() - 1), col)
        cells = [(r, c) for r in range(model.rowCount()) for c in self.editable_columns]
        here = (row, col) if col in self.editable_columns else (row, self.editable_columns[0])
        position = cells.index(here) + (-1 if backwards else 1)
        r, c = cells[max(0, min(position, len(cells) - 1))]
        return model.index(r, c)

    def _move(self, down: bool, backwards: bool = False) -> None:
        target = self.next_editable(self.currentIndex(), down, backwards)
        if target.isValid():
            self.setCurrentIndex(target)
            self.scrollTo(target)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        hints = QAbstractItemDelegate.EndEditHint
        super().closeEditor(editor, hints.NoHint)
        if hint == hints.SubmitModelCache:
            self._move(down=True)
        elif hint in (hints.EditNextItem, hints.EditPreviousItem):
            self._move(down=False, backwards=hint == hints.EditPreviousItem)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, editing = event.key(), self.state() == QAbstractItemView.State.EditingState
        if not editing:
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_requested.emit(self.currentIndex(), QGuiApplication.clipboard().text())
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._move(down=True)
                return
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self._move(down=False, backwards=key == Qt.Key.Key_Backtab)
                return
            index = self.currentIndex()
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.model().setData(index, "", Qt.ItemDataRole.EditRole)
                return
        super().keyPressEvent(event)
