"""What every page listing records in a searchable table shares: the chosen
row, selecting a record by id, the rows shown, the "N of M" status line and
the Edit/Delete buttons that need a chosen row.

A page using it has ``table`` (QTableView), ``proxy`` (``SearchProxy``),
``model``, ``status`` (QLabel), ``edit_button`` and ``delete_button``, and
says how to count its rows in ``count_text`` (its own words, translated in
its own context).
"""

from __future__ import annotations

from typing import Any


class RecordListMixin:
    def count_text(self, shown: int, total: int) -> str:  # pragma: no cover - every page defines it
        raise NotImplementedError

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def select(self, record_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.row_at(row).id == record_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return
        self.table.clearSelection()

    def shown_rows(self) -> list[Any]:
        return [self.proxy.row_at(row) for row in range(self.proxy.rowCount())]

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_status()

    def _update_status(self) -> None:
        self.status.setText(self.count_text(self.proxy.rowCount(), self.model.rowCount()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
