"""A read-only table over a list of the services' result rows, and a proxy
that searches without diacritics and sorts by each column's own key."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel, QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex,
    QSortFilterProxyModel, Qt,
)
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QToolTip, QTreeView,
    QWidget,
)

from tnapp.domain.text import fold

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its (translated) title, the text shown for a row, and
    optionally the key it sorts by (default: the text). A ``secondary`` column
    is one a reader can do without: large text (a projector) drops it, and its
    value moves into the row's tooltip (see ``show_secondary``)."""

    title: str
    text: Callable[[T], str | None]
    sort_key: Callable[[T], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[T], str | None] | None = None
    secondary: bool = False


class RowTableModel(QAbstractTableModel, Generic[T]):
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column[T]], search_text: Callable[[T], str] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        self._search_text = search_text
        self._folded: list[str] = []
        self._secondary_shown = True

    # --- data -----------------------------------------------------------------

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._folded = [fold(self._search_text(r)) for r in self._rows] if self._search_text else []
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def folded_text(self, row: int) -> str:
        """The row's searchable text without diacritics ('' when not searchable)."""
        return self._folded[row] if self._folded else ""

    def sort_value(self, row: int, column: int) -> Any:
        col = self._columns[column]
        item = self._rows[row]
        return col.sort_key(item) if col.sort_key else (col.text(item) or "")

    # --- QAbstractTableModel --------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item) or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column, item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.RowRole:
            return item
        return None

    def _tooltip(self, column: Column[T], item: T) -> str | None:
        """The column's own tooltip, then (while the secondary columns are dropped) their values."""
        lines = [column.tooltip(item) or ""] if column.tooltip else []
        if not self._secondary_shown:
            lines += [f"{c.title}: {c.text(item)}" for c in self._columns if c.secondary and c.text(item)]
        return "\n".join(line for line in lines if line) or None

    def secondary_columns(self) -> list[int]:
        return [i for i, c in enumerate(self._columns) if c.secondary]

    def set_secondary_shown(self, shown: bool) -> None:
        self._secondary_shown = shown

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None


class SearchProxy(QSortFilterProxyModel):
    """Keeps the rows whose text contains the search words, typed with or
    without diacritics ("hung" finds "Hùng" and "Hưng"); sorts a column by the
    column's sort key, so names sort the Vietnamese way."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10; invalidateRowsFilter is deprecated there
            self.beginFilterChange()
            self._words = fold(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = fold(text).split()
            self.invalidateRowsFilter()

    def source(self) -> RowTableModel:
        return self.sourceModel()  # type: ignore[return-value]

    def row_at(self, proxy_row: int) -> Any:
        return self.source().row_at(self.mapToSource(self.index(proxy_row, 0)).row())

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt's name
        if not self._words:
            return True
        text = self.source().folded_text(source_row)
        return all(word in text for word in self._words)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt's name
        model = self.source()
        return model.sort_value(left.row(), left.column()) < model.sort_value(right.row(), right.column())


# Capitals carrying stacked Vietnamese accents (Ấ, Ẫ, Ỗ…) and descenders: many fonts draw their
# marks above the font's ascent, so a row only as tall as the line clips "Ấn" into "Ân", "Ánh" into "Anh".
_INK = "ẤẪỖỮẶỆỶẴỄỠẸẬgjpqyỵ"
_PADDING = 3  # on each side of the ink


def accent_overhang(metrics: QFontMetrics) -> int:
    """How far Vietnamese marks stacked over capitals (and descenders) reach beyond the font's line box."""
    ink = metrics.tightBoundingRect(_INK)
    return max(0, -ink.top() - metrics.ascent(), ink.bottom() - metrics.descent())


def row_height(widget: QWidget, lines: int = 1) -> int:
    """A row of ``lines`` lines tall enough for Vietnamese accents stacked over capitals, with a margin."""
    metrics = widget.fontMetrics()
    return metrics.height() + metrics.lineSpacing() * (lines - 1) + 2 * (accent_overhang(metrics) + _PADDING)


class _RoomyRows(QStyledItemDelegate):
    """A tree's delegate: rows at least ``row_height`` tall."""

    def __init__(self, height: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.height = height

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt's name
        size = super().sizeHint(option, index)
        return size.expandedTo(QSize(0, self.height))


def fit_rows(view: QAbstractItemView, lines: int = 1) -> None:
    """Rows that fit the font (see ``row_height``): every grid and tree of TNApp is set up through here."""
    height = row_height(view, lines)
    if isinstance(view, QTableView):
        view.verticalHeader().setDefaultSectionSize(height)
    elif isinstance(view, QTreeView):
        view.setItemDelegate(_RoomyRows(height, view))


STRETCH_LETTERS = 16  # the stretched column keeps room for this many letters beside its title
NARROWEST = 48  # px: no column is squeezed below its title or this (or below what it needs, if less)


class _SharedWidth(QObject):
    """Keeps a table's columns inside its width as the window narrows (see ``fit_columns``),
    and shows a cell's whole text as its tooltip when the cell is too narrow for it."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = 0
        self.wanted: dict[int, int] = {}
        self.keep: set[int] = set()
        view.viewport().installEventFilter(self)

    def share(self) -> None:
        """Each column as wide as it wants; when that leaves the stretched column less than its
        title and STRETCH_LETTERS letters, the widest columns give way equally (a water level),
        none below its title."""
        view, header = self.view, self.view.horizontalHeader()
        room = view.viewport().width() - header.sectionSizeHint(self.stretch) \
            - view.fontMetrics().averageCharWidth() * STRETCH_LETTERS \
            - sum(self.wanted.get(i, 0) for i in self.keep)
        floors = {i: min(w, max(header.sectionSizeHint(i), NARROWEST)) for i, w in self.wanted.items()
                  if i not in self.keep}
        source = _source(view.model())
        if isinstance(source, RowTableModel) and source.secondary_columns():
            show_secondary(view, sum(floors.values()) <= room)  # when even the titles do not fit, they go first
        columns = {i: w for i, w in self.wanted.items() if not header.isSectionHidden(i) and i not in self.keep}

        def widths(level: int) -> dict[int, int]:
            return {i: min(w, max(level, floors[i])) for i, w in columns.items()}

        low, high = 0, max(columns.values(), default=0)  # the highest level that fits the room
        while low < high:
            middle = (low + high + 1) // 2
            low, high = (middle, high) if sum(widths(middle).values()) <= room else (low, middle - 1)
        for i, width in widths(low).items():
            header.resizeSection(i, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.share()
        elif event.type() == QEvent.Type.ToolTip:
            index = self.view.indexAt(event.pos())
            text = index.data() if index.isValid() and index.data(Qt.ItemDataRole.ToolTipRole) is None \
                and not self.view.wordWrap() else None
            if isinstance(text, str) and self.view.fontMetrics().horizontalAdvance(text) \
                    > self.view.visualRect(index).width() - 8:
                QToolTip.showText(event.globalPos(), text, self.view)
                return True
        return False


def fit_columns(view: QTableView, stretch: int, widths: dict[int, int] | None = None,
                keep: Sequence[int] = ()) -> None:
    """The columns as wide as their contents (or ``widths``), column ``stretch`` taking the
    rest; on a narrow screen (1024×768) the widest give way (never those in ``keep``), so the
    table never needs scrolling sideways and no column is squeezed to nothing. Call after the
    rows change."""
    header = view.horizontalHeader()
    view.resizeColumnsToContents()
    sharer = view.findChild(_SharedWidth) or _SharedWidth(view)
    sharer.stretch, sharer.keep = stretch, set(keep)
    sharer.wanted = {i: (widths or {}).get(i, header.sectionSize(i)) for i in range(header.count()) if i != stretch}
    for i in sharer.wanted:
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    sharer.share()


def _source(model: QAbstractItemModel) -> RowTableModel:
    return model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model


def show_secondary(view: QTableView, shown: bool) -> None:
    """Show or drop the columns its model declares ``secondary`` (large text drops them so
    the columns a leader reads fit the screen without scrolling sideways; the dropped
    values stay readable in the row's tooltip)."""
    source = _source(view.model())
    source.set_secondary_shown(shown)
    for column in source.secondary_columns():
        view.setColumnHidden(column, not shown)


def table_view(model: QAbstractItemModel, name: str, sortable: bool = False) -> QTableView:
    """A read-only, row-selecting table with compact rows. A sortable one
    starts in the model's own order (the services' order) until a header is clicked."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    fit_rows(view)
    view.horizontalHeader().setHighlightSections(False)
    if sortable:
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
    return view
