"""Charts in Word without cairo: Pillow draws the chart as a picture sharp at
its width, in the PDF chart's colours, and the progress report's Word file
shows it instead of the table of its data."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from PIL import Image

from tnapp.documents import charts, layout
from tnapp.documents.model import BarChart, Series
from tnapp.services.workspace import Workspace

AWARDS = BarChart("Số lượt khen thưởng theo hình thức", ("2024", "2025", "2026"),
                  (Series("Cá nhân", (10, 12, 1234)), Series("Tập thể", (3, 0, 5)),
                   Series("Hộ gia đình", (7, 8, 9))), value_label="lượt")


def rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def picture(chart: BarChart, width_pt: float = 453.0, dpi: int = 150) -> Image.Image:
    return Image.open(io.BytesIO(charts.pillow_png(chart, width_pt, dpi))).convert("RGB")


def test_the_picture_has_the_size_of_its_place_in_word_at_the_dpi() -> None:
    image = picture(AWARDS, 453.0, 150)
    assert image.size == (round(453 * 150 / 72), round(layout.CHART_HEIGHT_MM * layout.MM * 150 / 72))
    assert picture(AWARDS, 300.0, 96).size[0] == 400


def test_every_series_is_drawn_in_the_colour_of_the_pdf_chart() -> None:
    colours = picture(AWARDS).getcolors(maxcolors=1 << 20)
    counts = {colour: n for n, colour in colours}
    for i in range(3):  # each series' bars fill many pixels of its colour
        assert counts.get(rgb(charts._COLOURS[i]), 0) > 200, charts._COLOURS[i]
    assert counts.get(rgb(charts._COLOURS[3]), 0) == 0  # no fourth series


def test_long_vietnamese_labels_are_drawn_not_cut() -> None:
    names = ("Ủy ban Mặt trận Tổ quốc Việt Nam xã Thượng Ninh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
             "Hội Liên hiệp Phụ nữ", "Trường Tiểu học", "Trạm Y tế xã", "Công an xã", "Ban Chỉ huy Quân sự xã")
    chart = BarChart("Số lượt khen thưởng của các đơn vị trực thuộc Ủy ban nhân dân xã Thượng Ninh năm 2026",
                     names, (Series("Cá nhân", tuple(range(1, 8))),), value_label="lượt")
    image = picture(chart)
    bar = rgb(charts._COLOURS[0])
    assert dict((c, n) for n, c in image.getcolors(maxcolors=1 << 20)).get(bar, 0) > 500
    left_column = [image.getpixel((0, y)) for y in range(image.height)]
    assert all(p == (255, 255, 255) for p in left_column)  # the first slanted label stays inside the picture


def test_png_falls_back_to_pillow_and_to_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Image.open(io.BytesIO(charts.png(AWARDS, 453.0))).format == "PNG"  # no rlPyCairo here, or with it

    def broken(*args: object) -> bytes:
        raise OSError("cannot open resource")
    monkeypatch.setattr(charts, "pillow_png", broken)
    import reportlab.graphics.renderPM as render_pm
    monkeypatch.setattr(render_pm, "drawToString", broken)
    assert charts.png(AWARDS, 453.0) is None  # Word then shows the data as a table


def test_the_progress_report_in_word_shows_the_chart_as_a_picture(demo_ws: Workspace, tmp_path: Path) -> None:
    path = demo_ws.reports.export("progress", tmp_path / "tien-do.docx", 2026)
    word = docx.Document(str(path))
    assert len(word.inline_shapes) == 1
    shape = word.inline_shapes[0]
    assert round(shape.width.pt) == round(layout.text_width_mm() * layout.MM)  # the width of the text
    headers = [[c.text for c in t.rows[0].cells] for t in word.tables]
    assert ["Mức độ", "Số chỉ tiêu"] not in headers  # the chart's data table is gone
    blob = shape._inline.graphic.graphicData.pic.blipFill.blip.embed
    image = Image.open(io.BytesIO(word.part.related_parts[blob].blob))
    assert image.width >= 2 * shape.width.pt  # sharp: at least 144 dpi at its width in Word
