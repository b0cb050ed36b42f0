"""The dashboard's pictures: bullet bars (QtCharts) of each indicator's
percent of target over the status bands, a sparkline of its trend, and the
chosen indicator's line chart (actual by period against the pace to the
target). They only draw what ``ws.progress`` computed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSet, QCategoryAxis, QChart, QChartView, QHorizontalStackedBarSeries, QLegend, QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QModelIndex, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tnapp.domain.formatting import format_number
from tnapp.domain.periods import Period
from tnapp.domain.progress import STATUS_COLOURS, Bands, expected_by
from tnapp.domain.vocab import PeriodKind
from tnapp.services.progress import IndicatorProgress
from tnapp.ui.labels import tr_label

CAP = 150.0  # percent: longer bars are cut at 150 %
_BAND_COLOURS = ("#f6d5d5", "#fbe9c6", "#d9ecd9")


def _short(text: str, size: int = 34) -> str:
    return text if len(text) <= size else text[:size - 1] + "…"


def _due(row: IndicatorProgress) -> float:
    """What is due by now, in percent of the year's target (where the
    on-track band starts): percent ÷ pace, the same ratio for every direction."""
    if row.percent and row.pace:
        return 100 * row.percent / row.pace
    return 100.0


class BulletChart(QChartView):
    """One row per indicator: its bands (behind / at risk / on track, from
    what is due by now) as the background, the actual as a bar in its status
    colour, the year's target as the line at 100 %."""

    indicator_clicked = Signal(str)  # an indicator code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulletChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.codes: list[str] = []
        self.set_rows([], Bands(), 10.0)

    def set_rows(self, rows: Sequence[IndicatorProgress], bands: Bands, point_size: float,
                 names: bool = True) -> None:
        """``names``: each row labelled with its code and name; without, with its code alone
        (large text, the names being in the table beside)."""
        rows = list(reversed(rows))  # horizontal bars are drawn from the bottom up
        self.codes = [r.code for r in rows]
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(chart.margins().__class__(4, 4, 4, 4))
        font = QFont()
        font.setPointSizeF(point_size)
        categories = [f"{r.code}  {_short(r.name)}" if names else r.code for r in rows] or [""]

        background = QHorizontalStackedBarSeries()  # each row's bands, around what is due by now
        due = [_due(r) for r in rows] or [100.0]
        edges = [(min(CAP, bands.at_risk * d), min(CAP, bands.on_track * d), CAP) for d in due]
        for k, colour in enumerate(_BAND_COLOURS):
            band = QBarSet("")
            band.append([e[k] - (e[k - 1] if k else 0.0) for e in edges])
            band.setColor(QColor(colour))
            band.setBorderColor(QColor(colour))
            background.append(band)
        background.setBarWidth(0.9)

        background.clicked.connect(lambda index, _set: self._clicked(index))
        chart.addSeries(background)
        axis_y = QBarCategoryAxis()
        axis_y.append(categories)
        axis_y.setLabelsFont(font)
        axis_x = QValueAxis()
        axis_x.setRange(0, CAP)
        axis_x.setTickCount(7)
        axis_x.setLabelFormat("%d%%")
        axis_x.setLabelsFont(font)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        background.attachAxis(axis_y)
        background.attachAxis(axis_x)

        line_y = QValueAxis()  # the bars' rows as numbers, for the lines drawn over them
        line_y.setRange(-0.5, len(categories) - 0.5)
        line_y.setVisible(False)
        chart.addAxis(line_y, Qt.AlignmentFlag.AlignRight)
        thickness = max(6.0, point_size * 0.9)
        for i, r in enumerate(rows):  # the actual: a thick line in the status colour over its bands
            if r.percent is None:
                continue
            bar = QLineSeries()
            bar.append([QPointF(0, i), QPointF(min(CAP, 100 * r.percent), i)])
            pen = QPen(QColor(STATUS_COLOURS[r.status]), thickness)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            bar.setPen(pen)
            self._add_line(chart, bar, axis_x, line_y)
        target = QLineSeries()  # the target mark: a line at 100 %
        target.append([QPointF(100, -0.5), QPointF(100, len(categories) - 0.5)])
        target.setPen(QPen(QColor("#222222"), 2.5))
        self._add_line(chart, target, axis_x, line_y)

        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.setMinimumHeight(int(max(160, (point_size * 2.6 + 6) * len(categories) + 60)))

    def _add_line(self, chart: QChart, line: QLineSeries, axis_x: QValueAxis, axis_y: QValueAxis) -> None:
        chart.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
        line.clicked.connect(lambda point: self._clicked(round(point.y())))

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(self.codes):
            self.indicator_clicked.emit(self.codes[index])


def marker(shape: str, colour: str, size: int) -> QImage:
    """A point marker drawn on the line and in the legend: "circle", "square" or "triangle"."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("white"), max(1.0, size / 8)))
    painter.setBrush(QColor(colour))
    inner = QRectF(1, 1, size - 2, size - 2)
    if shape == "circle":
        painter.drawEllipse(inner)
    elif shape == "square":
        painter.drawRect(inner.adjusted(1, 1, -1, -1))
    else:
        painter.drawPolygon(QPolygonF([QPointF(size / 2, 1), QPointF(size - 1, size - 1), QPointF(1, size - 1)]))
    painter.end()
    return image


def value_axis(low: float, high: float, font: QFont, ticks: int = 5) -> QCategoryAxis:
    """A y axis over [low, high] at about ``ticks`` round steps, its labels written the vi_VN
    way (15.000, 2,5)."""
    nice = QValueAxis()
    nice.setRange(low, high)
    nice.setTickCount(ticks)
    nice.applyNiceNumbers()
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(nice.min(), nice.max())
    step = (nice.max() - nice.min()) / max(1, nice.tickCount() - 1)
    for i in range(nice.tickCount()):
        tick = nice.min() + i * step
        axis.append(format_number(round(tick, 6)), tick)
    axis.setLabelsFont(font)
    return axis


# The three lines of the trend, each its own colour, line style and point marker (on the chart and in the legend).
ACTUAL_STYLE = ("#1565c0", Qt.PenStyle.SolidLine, "circle")
PLAN_STYLE = ("#616161", Qt.PenStyle.DotLine, "square")
FORECAST_STYLE = ("#e65100", Qt.PenStyle.DashLine, "triangle")


class TrendChart(QChartView):
    """One indicator's year: the actual of each sub-period (x: the month it
    ends), the pace line from the start of the year to the year's target (what
    should be reached by then, ``expected_by``), the year-end forecast dashed;
    each with its own marker in the legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.actual = self.pace = self.forecast = QLineSeries()
        self.set_row(None, 2026, 10.0)

    def set_row(self, row: IndicatorProgress | None, year: int, point_size: float, compact: bool = False) -> None:
        """``compact``: short and wide (large text on a projector): the legend beside the lines,
        three steps on the value axis, room for the last period's name."""
        chart = QChart()
        chart.setMargins(chart.margins().__class__(2, 2, 2, 2))
        font = QFont()
        font.setPointSizeF(point_size)
        chart.legend().setFont(font)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight if compact else Qt.AlignmentFlag.AlignBottom)
        chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)  # the line and its marker
        self.actual, self.pace, self.forecast = QLineSeries(), QLineSeries(), QLineSeries()
        width = max(2.0, point_size / 4)
        size = round(max(9.0, point_size * 1.1))
        for series, name, (colour, style, shape), thick in (
                (self.actual, self.tr("Thực hiện"), ACTUAL_STYLE, 1.5), (self.pace, self.tr("Kế hoạch"), PLAN_STYLE, 1),
                (self.forecast, self.tr("Dự báo"), FORECAST_STYLE, 1)):
            series.setName(name)
            series.setPen(QPen(QColor(colour), width * thick, style))
            series.setLightMarker(marker(shape, colour, size))
            series.setMarkerSize(size)
        axis_x = QCategoryAxis()
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis_x.setRange(0, 13.6 if compact else 12.9)  # room for the last label
        axis_x.setLabelsFont(font)
        ticks = 3 if compact else 5
        axis_y = value_axis(0.0, 1.0, font, ticks)
        if row is not None:
            axis_y = self._fill(row, year, axis_x, font, ticks, compact)
            title = f"{row.code} ({row.unit_of_measure})"
            if compact and row.frequency is PeriodKind.QUARTER:  # the axis reads I, II, III, IV
                title += f" – {tr_label(PeriodKind.QUARTER).lower()}"
            chart.setTitle(title)
            chart.setTitleFont(font)
        self.axis_y = axis_y
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for series in (self.pace, self.actual, self.forecast):
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.setMinimumHeight(int(max(160, point_size * 13) if compact else max(200, point_size * 20)))

    def _fill(self, row: IndicatorProgress, year: int, axis_x: QCategoryAxis, font: QFont,
              ticks: int, compact: bool) -> QCategoryAxis:
        for p in Period(year, row.frequency).periods_of_kind_in_year():  # "Quý III" (compact: "III"), "T3", "Năm 2026"
            label = p.short_label
            if compact and p.kind is PeriodKind.QUARTER:
                label = label.removeprefix("Quý ")  # in English "Q3" already is
            axis_x.append(label, p.last_month)
        self.actual.append([QPointF(v.period.last_month, v.value) for v in row.series])
        if row.target is not None:
            self.pace.append([QPointF(m, expected_by(row.target, m / 12, row.cumulative, row.baseline,
                                                     row.value_type)) for m in (0, 12)])
        if row.forecast is not None and row.series and row.forecast_method != "actual":
            last = row.series[-1]
            self.forecast.append([QPointF(last.period.last_month, last.value), QPointF(12, row.forecast)])
        values = [p.y() for s in (self.actual, self.pace, self.forecast) for p in s.points()] or [0.0, 1.0]
        low, high = min(0.0, *values), max(values)
        return value_axis(low, high + (high - low) * 0.1 or 1.0, font, ticks)


class SparklineDelegate(QStyledItemDelegate):
    """The indicator's values of the year as a small line, the last point marked."""

    def __init__(self, values_of, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values_of = values_of  # index → list of values

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, QModelIndex())
        values = self._values_of(index)
        if not values:
            return
        rect = option.rect.adjusted(6, 5, -6, -5)
        low, high = min(values), max(values)
        span = (high - low) or 1.0
        step = rect.width() / max(1, len(values) - 1)
        points = [QPointF(rect.left() + i * step if len(values) > 1 else rect.center().x(),
                          rect.bottom() - (v - low) / span * rect.height()) for i, v in enumerate(values)]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#1565c0"), 1.6))
        painter.drawPolyline(QPolygonF(points))
        painter.setBrush(QColor("#1565c0"))
        painter.drawEllipse(points[-1], 2.5, 2.5)
        painter.restore()
