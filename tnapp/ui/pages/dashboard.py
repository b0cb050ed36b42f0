"""Tiến độ: the live dashboard of the indicators' progress — tiles per status,
the period's reporting and the overdue complaints, bullet bars by area, a trend
per indicator, filters, and the drill-down indicator → units (with its line
chart) → a unit's indicators. Every number comes from ``ws.progress``,
``ws.reporting`` and ``ws.complaints``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea, QSplitter,
    QVBoxLayout, QWidget,
)

from tnapp.domain.formatting import format_date, format_number
from tnapp.domain.periods import Period
from tnapp.domain.progress import STATUS_COLOURS, ProgressStatus, as_of_choices
from tnapp.domain.vocab import IndicatorArea, PeriodKind
from tnapp.services.progress import Contribution, IndicatorProgress, YearProgress, percent
from tnapp.services.reporting import DONE_STATES
from tnapp.services.changes import Data
from tnapp.services.workspace import Workspace
from tnapp.ui.changes import follow
from tnapp.ui.labels import tr_label
from tnapp.ui.pages.dashboard_chart import BulletChart, SparklineDelegate, TrendChart
from tnapp.ui.table_model import Column, RowTableModel, fit_rows, show_secondary, table_view

LARGE = 1.5  # the projector's font scale
NAME_LETTERS = 36  # large text: the indicator's name gets room for this many letters before the bars get any
BARS_MIN = 240  # px: narrower than this the bars (which repeat the table's figures) are left out


class ColouredModel(RowTableModel):
    """Rows with a background colour (a status, an overdue unit)."""

    def __init__(self, columns, colour: Callable[[Any], str | None], parent=None) -> None:
        super().__init__(columns, parent=parent)
        self._colour = colour

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            colour = self._colour(self.row_at(index.row()), index.column())
            return QBrush(QColor(colour)) if colour else None
        return super().data(index, role)


def _share(splitter: QSplitter, weights: tuple[int, ...]) -> None:
    """Share the splitter's room by ``weights`` (its sizes are pixels)."""
    room = sum(splitter.sizes())
    splitter.setSizes([room * w // sum(weights) for w in weights])
    for index, weight in enumerate(weights):
        splitter.setStretchFactor(index, weight)


def _pct(ratio: float | None) -> str:
    value = percent(ratio)
    return "" if value is None else f"{format_number(value)}%"


def _num(value: float | None) -> str:
    return "" if value is None else format_number(round(value, 2))


class Tile(QFrame):
    clicked = Signal()

    def __init__(self, name: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(f"QFrame#{name} {{ border-left: 6px solid {colour}; background: #fafafa;"
                           " border-radius: 3px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        self.number = QLabel("0")
        self.caption = QLabel("")
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.clicked.emit()
        super().mousePressEvent(event)

    def set(self, number: str, caption: str, point_size: float) -> None:
        self.number.setText(number)
        self.caption.setText(caption)
        font = self.number.font()
        font.setPointSizeF(point_size * 1.8)
        font.setBold(True)
        self.number.setFont(font)
        font = self.caption.font()
        font.setPointSizeF(point_size)
        self.caption.setFont(font)


class DashboardView(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.today = today or dt.date.today()
        self.result: YearProgress | None = None
        self.selected: str | None = None  # the indicator whose units are shown
        self._back: tuple[str | None, str | None] | None = None  # (unit filter, indicator) to return to
        self._base_size = self.font().pointSizeF()

        self.year = QComboBox(objectName="year")
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # "2026" in large text too
        for y in range(2025, 2031):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(self.year.findData(min(max(self.today.year, 2025), 2030)))
        self.as_of = QComboBox(objectName="asOf")
        self.area = QComboBox(objectName="area")
        self.area.addItem(self.tr("Mọi lĩnh vực"), None)
        for a in IndicatorArea:
            self.area.addItem(tr_label(a), a)
        self.unit = QComboBox(objectName="unit")
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit.setMinimumContentsLength(12)
        self.unit.addItem(self.tr("Toàn xã"), None)
        for u in ws.units.list():
            self.unit.addItem(f"{u.code} – {u.name}", u.code)
        self.status = QComboBox(objectName="status")
        self.status.addItem(self.tr("Mọi mức độ"), None)
        for s in ProgressStatus:
            self.status.addItem(tr_label(s), s)
        self.large = QCheckBox(self.tr("Chữ lớn (máy chiếu)"), objectName="largeFonts")
        self.refresh_button = QPushButton(self.tr("Làm mới"), objectName="refresh")
        self._fill_periods()

        self.controls = [self.year, self.as_of, self.area, self.unit, self.status, self.large, self.refresh_button]
        filters = QHBoxLayout()
        for label, box in ((self.tr("Năm"), self.year), (self.tr("Tính đến"), self.as_of),
                           (self.tr("Lĩnh vực"), self.area), (self.tr("Đơn vị"), self.unit),
                           (self.tr("Mức độ"), self.status)):
            caption = QLabel(label)
            self.controls.append(caption)
            filters.addWidget(caption)
            filters.addWidget(box)
        filters.addStretch(1)

        self.tiles: dict[str, Tile] = {s.value: Tile(f"tile_{s.value}", STATUS_COLOURS[s]) for s in ProgressStatus}
        self.tiles["reports"] = Tile("tile_reports", "#455a64")
        self.tiles["overdue"] = Tile("tile_overdue", "#8a1c12")
        self.tiles["on_time"] = Tile("tile_on_time", "#00695c")  # the year's reports: due, sent, sent on time
        self.tiles["complaints"] = Tile("tile_complaints", "#6a1b9a")  # a click opens Thi đua → Khiếu nại
        self.tiles["complaints"].setCursor(Qt.CursorShape.PointingHandCursor)
        self.tile_grid = tiles = QGridLayout()
        self._tile_columns = 0
        self._lay_tiles()

        self.scope = QLabel(objectName="scope")
        self.chart = BulletChart()
        self.bars = chart_scroll = QScrollArea()
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(self.chart)

        self.model = ColouredModel([
            Column(self.tr("Mã"), lambda r: r.code),
            Column(self.tr("Chỉ tiêu"), lambda r: r.name, tooltip=lambda r: r.name),
            Column(self.tr("Thực hiện"), lambda r: _num(r.actual), align_right=True),
            Column(self.tr("Kế hoạch"), lambda r: _num(r.target), align_right=True),
            Column(self.tr("% KH"), lambda r: _pct(r.percent), align_right=True),
            Column(self.tr("Mức độ"), lambda r: tr_label(r.status)),
            Column(self.tr("Dự báo"), lambda r: _num(r.forecast), align_right=True, secondary=True),
            Column(self.tr("Xu hướng"), lambda r: "", secondary=True),
        ], lambda r, col: _light(STATUS_COLOURS[r.status]) if col == 5 else None)
        self.table = table_view(self.model, "indicatorTable")
        self.table.setItemDelegateForColumn(7, SparklineDelegate(self._trend, self.table))
        _fit_columns(self.table, stretch=1)
        self.table.setColumnWidth(7, 90)

        self.detail_title = QLabel(objectName="detailTitle")
        self.detail_title.setWordWrap(True)
        self.back = QPushButton(self.tr("← Quay lại"), objectName="back")
        self.back.setVisible(False)
        self.units_model = ColouredModel([
            Column(self.tr("Đơn vị"), lambda c: c.unit_name),
            Column(self.tr("Giá trị"), lambda c: _num(c.value) if c.value is not None else self.tr("chưa gửi"),
                   align_right=True),
            Column(self.tr("Tỷ trọng"), lambda c: _pct(c.share), align_right=True, secondary=True),
            Column(self.tr("Chỉ tiêu đơn vị"), lambda c: _num(c.target), align_right=True, secondary=True),
        ], lambda c, col: "#fdecea" if c.unit_id in self._overdue else None)
        self.units_table = table_view(self.units_model, "unitTable")
        _fit_columns(self.units_table, stretch=0)
        self._overdue: set[int] = set()
        self.trend = TrendChart()

        self.detail = detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        top = QHBoxLayout()
        top.addWidget(self.detail_title, 1)
        top.addWidget(self.back)
        detail_layout.addLayout(top)
        self.parts = QSplitter(Qt.Orientation.Horizontal)
        self.parts.addWidget(self.units_table)
        self.parts.addWidget(self.trend)
        detail_layout.addWidget(self.parts, 1)
        # Normal: the bars | (the indicators over the chosen one's detail). Large text moves the
        # indicators beside the bars and the detail below both, full width (see _set_large).
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(self.table)
        self.right.addWidget(detail)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(chart_scroll)
        self.split.addWidget(self.right)
        self.body = QSplitter(Qt.Orientation.Vertical)
        self.body.setObjectName("dashboardBody")
        self.body.addWidget(self.split)
        for splitter in (self.right, self.split, self.body, self.parts):
            splitter.setChildrenCollapsible(False)
        self._arrange(large=False)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(tiles)
        scope = QHBoxLayout()  # the scope line has room for the projector switch, even at 1024 px
        scope.addWidget(self.scope, 1)
        scope.addWidget(self.large)
        scope.addWidget(self.refresh_button)
        layout.addLayout(scope)
        layout.addWidget(self.body, 1)

        self.year.currentIndexChanged.connect(self._year_changed)
        for box in (self.as_of, self.area, self.unit, self.status):
            box.currentIndexChanged.connect(self.refresh)
        self.large.toggled.connect(self._set_large)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.clicked.connect(lambda index: self.show_indicator(self.model.row_at(index.row()).code))
        self.chart.indicator_clicked.connect(self.show_indicator)
        self.units_table.clicked.connect(lambda index: self.show_unit(self.units_model.row_at(index.row()).unit_code))
        self.back.clicked.connect(self.go_back)
        self.tiles["complaints"].clicked.connect(self.open_complaints)
        follow(self, ws, (Data.REPORTS, Data.INDICATORS, Data.COMMUNE, Data.COMPLAINTS), self.refresh)
        self.refresh()

    # --- filters ------------------------------------------------------------------

    def _fill_periods(self) -> None:
        year = self.year.currentData()
        self.as_of.blockSignals(True)
        self.as_of.clear()
        self.as_of.addItem(self.tr("Mọi kỳ đã có"), str(year))
        for p in as_of_choices(year):
            self.as_of.addItem(p.label, p.code)
        self.as_of.blockSignals(False)

    def _year_changed(self) -> None:
        self._fill_periods()
        self.refresh()

    def _set_large(self, on: bool) -> None:
        """The projector's type for the figures, tables and charts; the filters keep
        theirs (they are for the one at the keyboard) so the bar still fits 1024 px."""
        font = self.font()
        font.setPointSizeF(self._base_size * (LARGE if on else 1.0))
        self.setFont(font)
        normal = QFont(font)
        normal.setPointSizeF(self._base_size)
        for control in self.controls:
            control.setFont(normal)
        for view in (self.table, self.units_table):
            fit_rows(view)
            show_secondary(view, not on)
        self._arrange(on)
        self.refresh()

    def _arrange(self, large: bool) -> None:
        """Normal: the bars beside the indicators, the chosen one's units and trend under the
        indicators. Large text (a projector at 1366×768 or 1024×768): the indicators beside the
        bars above, the units and the trend below across the whole width, so that each table
        keeps several rows and the trend its legend."""
        if large:
            self.split.insertWidget(1, self.table)
            self.body.addWidget(self.detail)
            self.right.hide()
            _share(self.body, (2, 3))
            _share(self.parts, (1, 2))
            self._fit_table()
        else:
            self.right.insertWidget(0, self.table)
            self.right.insertWidget(1, self.detail)
            self.right.show()
            self.bars.show()
            self.split.setSizes([520, 700])
            self.right.setSizes([500, 300])
            self.parts.setSizes([440, 360])

    def _fit_table(self) -> None:
        """Large text: the indicator table as wide as its columns need (the name with room for
        NAME_LETTERS letters), the bars beside it in what is left, or left out when that is
        under BARS_MIN — the table never scrolls sideways."""
        table, header = self.table, self.table.horizontalHeader()
        columns = [i for i in range(self.model.columnCount()) if not table.isColumnHidden(i)]
        need = sum(max(header.sectionSizeHint(i), table.sizeHintForColumn(i)) for i in columns if i != 1)
        need += table.fontMetrics().averageCharWidth() * NAME_LETTERS + 2 * table.frameWidth() \
            + table.verticalScrollBar().sizeHint().width()
        room = sum(self.split.sizes()) or self.split.width()
        self.bars.setVisible(room - need >= BARS_MIN)
        if self.bars.isVisible():
            self.split.setSizes([room - need, need, 0])
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 0)

    def _lay_tiles(self) -> None:
        """The tiles in one row, or in two when a row would cut a number or a word (large
        text, English, 1024 px)."""
        tiles = list(self.tiles.values())
        need = sum(max(t.number.sizeHint().width(), *(t.caption.fontMetrics().horizontalAdvance(word)
                                                     for word in t.caption.text().split() or [""]))
                   + 2 * 10 + 6 + self.tile_grid.spacing() for t in tiles)  # the margins, the coloured edge
        rows = 1 if need <= self.width() or not self.isVisible() else 2
        columns = -(-len(tiles) // rows)
        if columns != self._tile_columns:
            self._tile_columns = columns
            for tile in tiles:
                self.tile_grid.removeWidget(tile)
            for i, tile in enumerate(tiles):
                self.tile_grid.addWidget(tile, *divmod(i, columns))
            for column in range(len(tiles)):
                self.tile_grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._lay_tiles()
        if self.large.isChecked():
            self._fit_table()

    def _select(self, box: QComboBox, data: object) -> None:
        index = box.findData(data)
        if index >= 0 and index != box.currentIndex():
            box.blockSignals(True)
            box.setCurrentIndex(index)
            box.blockSignals(False)

    # --- reading ------------------------------------------------------------------

    def reporting_period(self) -> Period:
        """The period whose reports the tiles count: the chosen quarter (for the
        half year and nine months: the quarter they end with), or the year's
        last quarter that has ended (the first one before any has)."""
        chosen = Period.parse(self.as_of.currentData())
        if chosen.kind is not PeriodKind.YEAR:
            return Period(chosen.year, PeriodKind.QUARTER, chosen.last_month // 3) \
                if chosen.kind in (PeriodKind.HALF_YEAR, PeriodKind.NINE_MONTHS) else chosen
        ended = [p for p in Period(chosen.year, PeriodKind.QUARTER).periods_of_kind_in_year() if p.end < self.today]
        return ended[-1] if ended else Period(chosen.year, PeriodKind.QUARTER, 1)

    def visible_rows(self) -> list[IndicatorProgress]:
        rows = list(self.result.indicators) if self.result else []
        area, status = self.area.currentData(), self.status.currentData()
        rows = [r for r in rows if area is None or r.area == area]
        rows.sort(key=lambda r: list(IndicatorArea).index(r.area))
        return [r for r in rows if status is None or r.status == status]

    def refresh(self) -> None:
        """Re-read the progress and the reporting (after reports change)."""
        year = self.year.currentData()
        self.result = self.ws.progress.compute(year, self.as_of.currentData(), self.unit.currentData())
        period = self.reporting_period()
        status = self.ws.reporting.status(period.code, today=self.today)
        self._overdue = {s.unit_id for s in status if s.overdue}
        size = self.font().pointSizeF()
        area = self.area.currentData()
        counts = YearProgress(year, self.result.as_of, self.result.unit_code, tuple(
            r for r in self.result.indicators if area is None or r.area == area)).counts()
        for s, n in counts.items():
            self.tiles[s.value].set(format_number(n), tr_label(s), size)
        sent = sum(1 for s in status if s.state in DONE_STATES)
        self.tiles["reports"].set(f"{sent}/{len(status)}", self.tr("đơn vị đã gửi báo cáo {p}").format(
            p=period.label), size)
        self.tiles["overdue"].set(format_number(len(self._overdue)), self.tr("đơn vị quá hạn báo cáo"), size)
        self._show_timeliness(year, size)
        complaints = self.ws.complaints.overdue_complaints(self.today)
        self.tiles["complaints"].set(format_number(len(complaints)), self.tr("đơn thư quá hạn giải quyết"), size)
        self._lay_tiles()
        self.tiles["complaints"].setToolTip("\n".join(
            self.tr("{subject} – {sender}: hạn {due}").format(subject=c.subject, sender=c.sender,
                                                            due=format_date(c.due_on))
            for c in complaints) or self.tr("Không có đơn thư quá hạn."))
        unit = self.unit.currentData()
        as_of = self.result.as_of
        self.scope.setText(self.tr("Năm {y}, {p}; {who}").format(
            y=year, p=self.tr("mọi kỳ đã có số liệu") if as_of.kind is PeriodKind.YEAR
            else self.tr("tính đến {p}").format(p=as_of.label),
            who=self.tr("đơn vị {u} (so với chỉ tiêu giao cho đơn vị)").format(u=unit) if unit
            else self.tr("toàn xã")))
        rows = self.visible_rows()
        self.model.set_rows(rows)
        if self.large.isChecked():
            self._fit_table()
        self.chart.set_rows(rows, self.ws.progress.bands(year), self.font().pointSizeF(),
                            names=not self.large.isChecked())  # large: the names are in the table beside
        if self.selected and any(r.code == self.selected for r in self.result.indicators) and not unit:
            self.show_indicator(self.selected)
        elif not unit:
            self.detail_title.setText(self.tr("Bấm vào một chỉ tiêu để xem phần của từng đơn vị."))
            self.units_model.set_rows([])
            self.trend.set_row(None, year, size, self.large.isChecked())

    def _show_timeliness(self, year: int, size: float) -> None:
        """The year's reports due so far: how many were sent on time; the tooltip says what is counted
        (and what the report matrix shows besides), then each unit's figures."""
        found = self.ws.reporting.year_timeliness(year, self.today)
        self.tiles["on_time"].set(f"{found.on_time}/{found.expected}", self.tr(
            "báo cáo năm {y} gửi đúng hạn (đã gửi {sent})").format(y=year, sent=found.sent), size)
        self.tiles["on_time"].setToolTip(found.scope + "\n\n" + ("\n".join(
            self.tr("{unit}: đã gửi {sent}/{expected}, đúng hạn {on_time}").format(
                unit=u.unit_name, sent=u.sent, expected=u.expected, on_time=u.on_time)
            for u in found.units if u.on_time < u.expected) or self.tr("Mọi báo cáo đến hạn đều gửi đúng hạn.")))

    def _trend(self, index: QModelIndex) -> list[float]:
        row = self.model.row_at(index.row())
        return [v.value for v in row.series] + ([row.partial.value] if row.partial and not row.series else [])

    # --- drill-down ---------------------------------------------------------------

    def show_indicator(self, code: str) -> None:
        """Each unit's part of the indicator's figure (overdue units in red)."""
        if self.unit.currentData():  # from a unit's view: back to the commune's figure
            self._select(self.unit, None)
            self.refresh()
        self.selected = code
        row = self.result.get(code)
        parts: list[Contribution] = self.ws.progress.contributions(code, self.result.year,
                                                                   self.as_of.currentData())
        self.units_model.set_rows(parts)
        self.trend.set_row(row, self.result.year, self.font().pointSizeF(), self.large.isChecked())
        text = self.tr("{code} {name} ({period}): {actual} / {target} {uom} ({pct}), {status}")
        self.detail_title.setText(text.format(
            code=row.code, name=row.name, period=row.as_of.label if row.as_of else "–",
            actual=_num(row.actual) or "–", target=_num(row.target) or "–", uom=row.unit_of_measure,
            pct=_pct(row.percent) or "–", status=tr_label(row.status).lower()))
        for i in range(self.model.rowCount()):
            if self.model.row_at(i).code == code:
                self.table.selectRow(i)

    def show_unit(self, unit_code: str) -> None:
        """The unit's own indicators, against its own targets; ``go_back`` returns."""
        self._back = (self.unit.currentData(), self.selected)
        self._select(self.unit, unit_code)
        self.back.setVisible(True)
        self.refresh()
        self.detail_title.setText(self.tr("Các chỉ tiêu của đơn vị {u}").format(u=self.unit.currentText()))
        self.units_model.set_rows([])
        self.trend.set_row(None, self.result.year, self.font().pointSizeF(), self.large.isChecked())

    def open_complaints(self) -> None:
        """Thi đua → Khiếu nại, through the main window's navigation (when in one)."""
        window = self.window()
        page = window.show_area("emulation") if hasattr(window, "show_area") else None
        if page is not None and hasattr(page, "show_tab"):
            page.show_tab("complaints").show_overdue()

    def go_back(self) -> None:
        unit, indicator = self._back or (None, None)
        self._back = None
        self.back.setVisible(False)
        self._select(self.unit, unit)
        self.selected = indicator
        self.refresh()


def _fit_columns(view, stretch: int) -> None:
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for i in range(view.model().columnCount()):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch if i == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    if view.model().columnCount() > 7:
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Fixed)


def _light(colour: str) -> str:
    """A status colour lightened for a cell's background."""
    c = QColor(colour)
    return QColor.fromRgb((c.red() + 3 * 255) // 4, (c.green() + 3 * 255) // 4, (c.blue() + 3 * 255) // 4).name()
