"""Bar charts drawn with reportlab.graphics: a flowable in the PDF, and a PNG
for Word when reportlab can rasterise (its renderPM backend needs rlPyCairo)."""

from __future__ import annotations

import logging
import math

from tnapp.documents import layout
from tnapp.documents.model import BarChart

log = logging.getLogger("tnapp.documents")

_COLOURS = ("#2f5f8a", "#c0504d", "#9bbb59", "#8064a2", "#4bacc6")


def drawing(chart: BarChart, width_pt: float):
    """The chart as a reportlab ``Drawing`` ``width_pt`` wide."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    family = layout.pdf_family()
    height = layout.CHART_HEIGHT_MM * layout.MM
    d = Drawing(width_pt, height)
    d.add(String(width_pt / 2, height - 12, chart.title, fontName=f"{family}-Bold", fontSize=11,
                 textAnchor="middle"))
    bars = VerticalBarChart()
    many = len(chart.categories) > 5
    bars.x, bars.y = 40, 55 if many else 30
    bars.width = width_pt - 60
    bars.height = height - bars.y - (40 if len(chart.series) > 1 else 24)
    bars.data = [list(s.values) or [0] for s in chart.series]
    top = max([v for s in chart.series for v in s.values] + [0])
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = max(top * 1.15, 1)
    if all(float(v).is_integer() for s in chart.series for v in s.values):  # counts: whole-number ticks
        bars.valueAxis.valueStep = max(1, math.ceil(bars.valueAxis.valueMax / 6))
    bars.valueAxis.labels.fontName = family
    bars.valueAxis.labels.fontSize = 8
    bars.valueAxis.labelTextFormat = lambda v: layout.cell_text(int(v) if float(v).is_integer() else v)
    bars.categoryAxis.categoryNames = list(chart.categories) or [""]
    bars.categoryAxis.labels.fontName = family
    bars.categoryAxis.labels.fontSize = 8
    if many:
        bars.categoryAxis.labels.angle = 30
        bars.categoryAxis.labels.boxAnchor = "ne"
    bars.barLabels.fontName = family
    bars.barLabels.fontSize = 7
    bars.barLabelFormat = lambda v: layout.cell_text(int(v) if float(v).is_integer() else v)
    bars.barLabels.nudge = 6
    for i in range(len(chart.series)):
        bars.bars[i].fillColor = colors.HexColor(_COLOURS[i % len(_COLOURS)])
    d.add(bars)
    if len(chart.series) > 1:
        legend = Legend()
        legend.x, legend.y = 40, height - 22
        legend.fontName = family
        legend.fontSize = 8
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.dx = legend.dy = 7
        legend.deltax = 90
        legend.colorNamePairs = [(colors.HexColor(_COLOURS[i % len(_COLOURS)]), s.name)
                                 for i, s in enumerate(chart.series)]
        legend.dxTextSpace = 4
        legend.boxAnchor = "nw"
        legend.deltay = 0
        legend.subCols.rpad = 12
        d.add(legend)
    return d


def png(chart: BarChart, width_pt: float, dpi: int = 150) -> bytes | None:
    """The chart as PNG bytes, or None when reportlab cannot rasterise here."""
    try:
        from reportlab.graphics import renderPM
        return renderPM.drawToString(drawing(chart, width_pt), fmt="PNG", dpi=dpi)
    except Exception as exc:  # noqa: BLE001 - no backend (rlPyCairo) or a broken one: fall back
        log.info("chart as a table in Word: cannot rasterise (%s)", exc)
        return None
