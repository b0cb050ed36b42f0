"""Bar charts drawn with reportlab.graphics: a flowable in the PDF, and a PNG
for Word: rasterised by reportlab when its renderPM backend (rlPyCairo) is
installed, else drawn again with Pillow in the same layout and colours."""

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
    bars.valueAxis.valueMin = 0
    ticks = _ticks(chart)  # the same axis as the picture for Word
    bars.valueAxis.valueMax = ticks[-1]
    bars.valueAxis.valueStep = ticks[1]
    bars.valueAxis.labels.fontName = family
    bars.valueAxis.labels.fontSize = 8
    bars.valueAxis.labelTextFormat = _number
    bars.categoryAxis.categoryNames = list(chart.categories) or [""]
    bars.categoryAxis.labels.fontName = family
    bars.categoryAxis.labels.fontSize = 8
    if many:
        bars.categoryAxis.labels.angle = 30
        bars.categoryAxis.labels.boxAnchor = "ne"
    bars.barLabels.fontName = family
    bars.barLabels.fontSize = 7
    bars.barLabelFormat = _number
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
    """The chart as PNG bytes ``width_pt`` wide at ``dpi``, or None when neither
    reportlab nor Pillow can draw it here (Word then shows the data as a table)."""
    try:
        from reportlab.graphics import renderPM
        return renderPM.drawToString(drawing(chart, width_pt), fmt="PNG", dpi=dpi)
    except Exception as exc:  # noqa: BLE001 - no backend (rlPyCairo) or a broken one: try Pillow
        log.debug("reportlab cannot rasterise the chart (%s): drawing it with Pillow", exc)
    try:
        return pillow_png(chart, width_pt, dpi)
    except Exception as exc:  # noqa: BLE001 - no Pillow or an unreadable font: fall back to the table
        log.info("chart as a table in Word: cannot draw it (%s)", exc)
        return None


def _number(value: float) -> str:
    return layout.cell_text(int(value) if float(value).is_integer() else value)


def _ticks(chart: BarChart) -> list[float]:
    """The value axis' ticks from 0 to just above the tallest bar (with room
    for its value): about six steps of 1, 2, 2.5 or 5 × 10ⁿ, whole for counts."""
    values = [v for s in chart.series for v in s.values]
    high = max(max(values + [0]) * 1.15, 1)
    counts = all(float(v).is_integer() for v in values)
    raw = high / 6
    power = 10.0 ** math.floor(math.log10(raw))
    steps = [m * power for m in (1, 2, 2.5, 5, 10) if not counts or float(m * power).is_integer()]
    step = next((m for m in steps if m >= raw), None) or (max(1, math.ceil(raw)) if counts else 10 * power)
    count = math.ceil(high / step - 1e-9)
    return [round(i * step, 10) for i in range(count + 1)]


def _wrap(text: str, font: object, width: float) -> list[str]:
    """``text`` broken at spaces into lines at most ``width`` pixels wide (a
    longer single word stays whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def _shorten(text: str, font: object, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` pixels."""
    if font.getlength(text) <= width:
        return text
    while text and font.getlength(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def pillow_png(chart: BarChart, width_pt: float, dpi: int = 150) -> bytes:
    """``drawing`` redone with Pillow (no cairo needed): title, legend, the
    value axis with Vietnamese numbers and grid lines, grouped bars with their
    values, and category labels wrapped (or slanted when long)."""
    from io import BytesIO

    from PIL import Image, ImageDraw, ImageFont

    from tnapp.fonts import document_font

    scale = dpi / 72.0  # pixels per point

    def px(points: float) -> int:
        return round(points * scale)

    face = document_font()

    def font(size_pt: float, bold: bool = False, italic: bool = False) -> ImageFont.FreeTypeFont:
        path = face.bold if bold else face.italic if italic else face.regular
        return ImageFont.truetype(str(path), px(size_pt))

    def line_height(f: ImageFont.FreeTypeFont) -> int:
        ascent, descent = f.getmetrics()
        return ascent + descent

    width, height = px(width_pt), px(layout.CHART_HEIGHT_MM * layout.MM)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    title_font, small, tiny = font(11, bold=True), font(8), font(7)
    unit_font = font(8, italic=True)
    series = list(chart.series)
    categories = list(chart.categories) or [""]
    colours = [_COLOURS[i % len(_COLOURS)] for i in range(len(series))]

    y = px(4)  # title, centred and wrapped
    for line in _wrap(chart.title, title_font, width - px(8)):
        draw.text((width / 2, y), line, fill="black", font=title_font, anchor="ma")
        y += line_height(title_font)
    y += px(4)
    if len(series) > 1:  # legend: a swatch and the name of each series, right-aligned rows
        box, gap = px(7), px(12)
        entries = [(c, _shorten(s.name, small, width / 2)) for c, s in zip(colours, series)]
        rows: list[list[tuple[str, str]]] = [[]]
        used = 0.0
        for entry in entries:
            need = box + px(4) + small.getlength(entry[1]) + gap
            if rows[-1] and used + need > width - px(40):
                rows.append([])
                used = 0.0
            rows[-1].append(entry)
            used += need
        for row in rows:
            x = px(40)
            for colour, name in row:
                middle = y + line_height(small) / 2
                draw.rectangle((x, middle - box / 2, x + box, middle + box / 2), fill=colour)
                draw.text((x + box + px(4), y), name, fill="black", font=small, anchor="la")
                x += box + px(4) + small.getlength(name) + gap
            y += line_height(small) + px(2)
        y += px(2)
    unit_y = y
    y += line_height(unit_font)
    top = y + line_height(tiny) // 2  # room for the value above the tallest bar

    ticks = _ticks(chart)
    labels = [_number(t) for t in ticks]
    left = px(6) + max(round(small.getlength(t)) for t in labels) + px(4)
    right = width - px(10)
    group = (right - left) / len(categories)

    # category labels: wrapped under their group, slanted 30° when a word or three lines do not fit
    wrapped = [_wrap(c, small, group - px(10)) for c in categories]
    slanted = any(len(lines) > 3 or any(small.getlength(w) > group - px(10) for w in lines) for lines in wrapped)
    if slanted:
        angle = math.radians(30)
        texts = [_shorten(c, small, height * 0.3 / math.sin(angle)) for c in categories]
        # the first label slants left of the axis: widen the margin for it (up to a quarter of the width)
        reach = small.getlength(texts[0]) * math.cos(angle)
        left = max(left, min(round(reach - group / 2 + px(4)), width // 4))
        group = (right - left) / len(categories)
        texts[0] = _shorten(categories[0], small, min(height * 0.3 / math.sin(angle),
                                                      (left + group / 2 - px(4)) / math.cos(angle)))
        label_height = max(small.getlength(t) for t in texts) * math.sin(angle) + line_height(small) + px(6)
    else:
        label_height = max(len(lines) for lines in wrapped) * line_height(small) + px(6)
    bottom = height - px(4) - round(label_height)

    def y_of(value: float) -> float:
        return bottom - (bottom - top) * value / ticks[-1]

    for tick, label in zip(ticks, labels):  # grid lines and the value axis' numbers
        ty = y_of(tick)
        draw.line((left, ty, right, ty), fill="#d9d9d9" if tick else "black", width=max(1, px(0.5)))
        draw.text((left - px(4), ty), label, fill="black", font=small, anchor="rm")
    draw.line((left, top, left, bottom), fill="black", width=max(1, px(0.5)))
    if chart.value_label:  # the unit above the value axis
        unit = f"({chart.value_label})"
        draw.text((max(px(4), left - unit_font.getlength(unit) / 2), unit_y), unit, fill="black", font=unit_font,
                  anchor="la")

    inner = group * 0.8 / max(len(series), 1)  # bars fill 80% of their group
    for i, category in enumerate(categories):
        x0 = left + i * group + group * 0.1
        for k, s in enumerate(series):
            value = s.values[i] if i < len(s.values) else 0
            bx = x0 + k * inner
            if value > 0:
                draw.rectangle((bx, y_of(value), bx + inner - 1, bottom), fill=colours[k])
            draw.text((bx + inner / 2, y_of(value) - px(2)), _number(value), fill="black", font=tiny,
                      anchor="md")
        centre = left + (i + 0.5) * group
        draw.line((centre, bottom, centre, bottom + px(3)), fill="black", width=max(1, px(0.5)))
        if slanted:
            text = texts[i]
            w, h = round(small.getlength(text)) + 2, line_height(small)
            label = Image.new("RGBA", (w, h), (255, 255, 255, 0))
            ImageDraw.Draw(label).text((w, 0), text, fill="black", font=small, anchor="ra")
            label = label.rotate(30, expand=True, resample=Image.BICUBIC)
            # the end of the text at the tick, the rest slanting down to the left
            image.paste(label, (round(centre - label.width + h * math.sin(angle) / 2), bottom + px(4)), label)
        else:
            ly = bottom + px(4)
            for line in wrapped[i]:
                draw.text((centre, ly), line, fill="black", font=small, anchor="ma")
                ly += line_height(small)

    out = BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()
