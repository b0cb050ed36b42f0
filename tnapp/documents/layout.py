"""The layout decisions both renderers share: page, margins, sizes, fixed
texts, column widths and rule lengths. Each follows Nghị định 30/2020/NĐ-CP,
Phụ lục I (cited per item); the PDF and Word renderers only translate these
numbers into their own units.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache

from tnapp.documents.model import BarChart, Cell, Column, Table
from tnapp.domain.formatting import format_date, format_datetime, format_number

MM = 72 / 25.4  # points per millimetre

# Khổ A4 (210 × 297 mm), lề trên/dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm
# (NĐ 30/2020, Phụ lục I, Phần I, mục I.2–3).
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210.0, 297.0
MARGIN_TOP_MM, MARGIN_BOTTOM_MM = 20.0, 20.0
MARGIN_LEFT_MM, MARGIN_RIGHT_MM = 30.0, 15.0
# Page number in the top margin, centred (Phần I, mục I.4); its baseline this far from the top edge.
PAGE_NUMBER_FROM_TOP_MM = 12.0


def text_width_mm(landscape: bool = False) -> float:
    page = PAGE_HEIGHT_MM if landscape else PAGE_WIDTH_MM
    return page - MARGIN_LEFT_MM - MARGIN_RIGHT_MM


# Font sizes in points (Phụ lục I, mục II.1–9; body 13–14 pt, mục I.1).
SIZE_BODY = 14.0
SIZE_PARENT = 13.0  # tên cơ quan chủ quản, in hoa, đứng (mục II.2)
SIZE_ISSUER = 13.0  # tên cơ quan ban hành, in hoa, đứng, đậm (mục II.2)
SIZE_MOTTO_1 = 12.5  # Quốc hiệu, in hoa, đứng, đậm, 12–13 (mục II.1)
SIZE_MOTTO_2 = 13.0  # Tiêu ngữ, in thường, đứng, đậm, 13–14 (mục II.1)
SIZE_NUMBER = 13.0  # "Số:", cỡ 13 (mục II.3)
SIZE_DATE = 14.0  # địa danh và thời gian, nghiêng, 13–14 (mục II.4)
SIZE_TITLE = 14.0  # tên loại văn bản, in hoa, đứng, đậm, 13–14 (mục II.5a)
SIZE_SUMMARY = 14.0  # trích yếu, đứng, đậm, 13–14 (mục II.5a)
SIZE_LETTER_SUMMARY = 12.5  # trích yếu công văn "V/v", 12–13 (mục II.5b)
SIZE_SIGNATURE = 14.0  # quyền hạn, chức vụ, họ tên người ký, 13–14 (mục II.7)
SIZE_RECIPIENTS_LABEL = 12.0  # "Nơi nhận:", nghiêng, đậm, 12 (mục II.9)
SIZE_RECIPIENTS = 11.0  # các nơi nhận, đứng, 11 (mục II.9)
SIZE_PAGE_NUMBER = 13.0  # số trang, 13–14 (Phần I, mục I.4)
SIZE_TABLE = 12.0  # bảng biểu: not fixed by the decree; 12 pt keeps wide tables legible
SIZE_CAPTION = 13.0
SIZE_ANNEX_TITLE = 14.0  # tên phụ lục, in hoa, đứng, đậm, 13–14
SIZE_ANNEX_NOTE = 14.0  # "(Kèm theo … số … ngày …)", in thường, nghiêng

# Nội dung: căn đều hai lề, lùi đầu dòng 1–1,27 cm, cách đoạn tối thiểu 6 pt,
# cách dòng từ dòng đơn đến 1,5 dòng (mục II.6).
FIRST_LINE_INDENT_MM = 10.0
PARAGRAPH_SPACE_PT = 6.0
LINE_SPACING = 1.2  # × font size: single spacing (≥ 15 pt at 13–14 pt)

# Two-column header: issuing body left, motto right (mục II.1–2, Mẫu 1.1).
HEADER_LEFT_SHARE = 0.37
# Signature block: "Nơi nhận" bottom left, signer right (mục II.7, II.9).
SIGN_LEFT_SHARE = 0.45
SIGN_SPACE_MM = 25.0  # room for the hand signature and the seal (mục II.7c, II.8)
# A heading or a table's caption never ends a page: it starts on the next one
# when less than this is left under it (the caption: plus the table's first rows).
KEEP_HEADING_MM = 30.0

# Fixed texts (mục II.1, II.9).
MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_LABEL = "Nơi nhận:"
ARCHIVE_LINE = "Lưu: VT"
RULE_WIDTH_PT = 0.6

# Rule under the issuing body: 1/3–1/2 of its line (mục II.2); under the
# motto: as long as the motto (mục II.1); under the summary: 1/3–1/2 (mục II.5a).
ISSUER_RULE_SHARE = 0.4
SUMMARY_RULE_SHARE = 0.35

HEADING_SIZES = {1: SIZE_BODY, 2: SIZE_BODY, 3: SIZE_BODY}
CHART_HEIGHT_MM = 75.0


@lru_cache(maxsize=1)
def pdf_family() -> str:
    """The registered reportlab family (Times New Roman or bundled Liberation Serif)."""
    from reportlab.pdfbase.pdfmetrics import getFont

    from tnapp.fonts import register_reportlab_fonts
    family = register_reportlab_fonts()
    for face in ("", "-Bold", "-Italic", "-BoldItalic"):
        _remember_widths(getFont(family + face))
    return family


def _remember_widths(font: object) -> None:
    """Memoise the font's word widths: line breaking measures the same
    Vietnamese syllables thousands of times, and a width only scales with size."""
    if getattr(font, "_tnapp_widths", None) is not None:
        return
    measure, widths = font.stringWidth, {}

    def string_width(text: str, size: float, encoding: str = "utf8") -> float:
        unit = widths.get(text)
        if unit is None:
            if len(widths) > 100_000:
                widths.clear()
            unit = widths[text] = measure(text, 1.0, encoding)
        return unit * size

    font._tnapp_widths = widths
    font.stringWidth = string_width


def string_width_pt(text: str, size: float, bold: bool = False) -> float:
    """Printed width of ``text``: Liberation Serif has Times New Roman's
    metrics, so this serves the Word renderer as well."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    family = pdf_family()
    return stringWidth(text, f"{family}-Bold" if bold else family, size)


def issuer_rule_pt(body: str) -> float:
    return max(string_width_pt(body, SIZE_ISSUER, bold=True) * ISSUER_RULE_SHARE, 20 * MM)


def motto_rule_pt() -> float:
    return string_width_pt(MOTTO_2, SIZE_MOTTO_2, bold=True)


def summary_rule_pt() -> float:
    return text_width_mm() * MM * SUMMARY_RULE_SHARE


def cell_text(value: Cell) -> str:
    """How a cell prints: numbers the Vietnamese way (1.234,5), dates 26/11/2026, nothing for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, (int, float)):
        return format_number(value)
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


CELL_PADDING_PT = 8.0  # left + right padding of a table cell


def column_widths_pt(columns: Sequence[Column], total_pt: float) -> list[float]:
    """Widths in proportion to the columns' shares, but never narrower than
    the longest word of the header (so "STT" is not broken into "ST T")."""
    shares = [max(c.width, 0.01) for c in columns]
    floors = [max((string_width_pt(w, SIZE_TABLE, bold=True) for w in c.header.split()), default=0.0)
              + CELL_PADDING_PT + 1 for c in columns]
    widths = [total_pt * s / sum(shares) for s in shares]
    for _ in range(len(columns)):
        short = {i for i, w in enumerate(widths) if w < floors[i]}
        if not short:
            break
        spare = total_pt - sum(floors[i] for i in short)
        rest = sum(shares[i] for i in range(len(columns)) if i not in short)
        widths = [floors[i] if i in short else spare * shares[i] / rest for i in range(len(columns))]
    return widths


def recipient_lines(recipients: Sequence[str]) -> list[str]:
    """Each line starts with "-" and ends with ";", the archive line last,
    ending with "." (mục II.9)."""
    names = [r.strip().rstrip(";.") for r in recipients if r.strip()]
    if not any(n.startswith("Lưu") for n in names):
        names.append(ARCHIVE_LINE)
    return [f"- {n};" for n in names[:-1]] + [f"- {names[-1]}."]


def chart_as_table(chart: BarChart) -> Table:
    """A chart's data as a table: the Word fallback and the Excel sheet."""
    columns = (Column(chart.category_label, 3.0, text=True),) + tuple(
        Column(s.name, 1.2, "right") for s in chart.series)
    rows = tuple((category,) + tuple(s.values[i] for s in chart.series)
                 for i, category in enumerate(chart.categories))
    return Table(columns, rows, caption=chart.title, sheet=chart.sheet)
