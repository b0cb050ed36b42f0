"""Printed forms drawn with reportlab directly, outside the documents engine:
the certificates (Giấy khen, Chiến sĩ thi đua cơ sở), the recognition papers
(Giấy công nhận «Gia đình văn hóa», «Thôn văn hóa», worded by
``resources/forms/recognition_papers.json``) and the ballots.

A certificate is not a flowing administrative text but a fixed layout on a
landscape A4 sheet, often pre-printed with its border and emblem: each line
sits at a set height, shifted by the offset setting
``council.certificate_offset_mm`` (``{"x": 0, "y": 0}``, millimetres, right
and up) so staff can align the text with their paper. A ballot has no number,
date line or signature, which the engine's layout always prints.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tnapp.documents.layout import MM, pdf_family
from tnapp.documents.output import write_atomically
from tnapp.domain.formatting import blank_date_line, date_line
from tnapp.domain.recognition_papers import recognition_paper
from tnapp.domain.text import nfc, position_and_unit
from tnapp.errors import TNAppError, ValidationError
from tnapp.reports.base import DEMO_MARK

if TYPE_CHECKING:
    from tnapp.services.commune import CommuneInfo
    from tnapp.services.council import Awardee, DecisionRow, MeetingOverview
    from tnapp.services.workspace import Workspace

OFFSET_KEY = "council.certificate_offset_mm"
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


@dataclass(frozen=True)
class CertificateKind:
    """How a title's sheet reads: "TẶNG" + GIẤY KHEN, "TẶNG DANH HIỆU" + the
    title, or "CÔNG NHẬN" + the title (a Giấy công nhận); then who receives it
    (after ``name_label`` when there is one) and why (``reason``, {year})."""

    verb: str
    heading: str
    reason: str = "Đã có thành tích xuất sắc trong phong trào thi đua năm {year}"
    name_label: str = ""


def certificate_kind(title_code: str, title_name: str) -> CertificateKind | None:
    """Giấy khen of the chairman (LĐ TĐKT 2022, Điều 74) and the title
    Chiến sĩ thi đua cơ sở (Điều 23) get a printed certificate; others None."""
    if title_code.upper().startswith("GK"):
        return CertificateKind("TẶNG", "GIẤY KHEN")
    if title_code.upper() == "CSTDCS":
        return CertificateKind("TẶNG DANH HIỆU", title_name.upper())
    return None


def recognition_kind(title_code: str) -> CertificateKind | None:
    """The Giấy công nhận of «Gia đình văn hóa», «Thôn văn hóa» as the data words it; others None."""
    paper = recognition_paper(title_code)
    return CertificateKind(paper.verb, paper.heading, paper.reason, paper.name_label) if paper else None


def _offset(ws: Workspace) -> tuple[float, float]:
    try:
        value = ws.settings.value(OFFSET_KEY)
    except TNAppError:
        return 0.0, 0.0
    try:
        return float(value.get("x", 0)), float(value.get("y", 0))  # type: ignore[union-attr]
    except (AttributeError, TypeError, ValueError) as exc:
        raise ValidationError(f"Thiết lập «{OFFSET_KEY}» phải có dạng {{\"x\": 0, \"y\": 0}} (mm).",
                              field=OFFSET_KEY) from exc


def certificates_of(decision: DecisionRow) -> list[tuple[Awardee, CertificateKind]]:
    """The awardees of the decision who get a Giấy khen or a CSTĐCS certificate, in its order."""
    return [(a, kind) for a in decision.awardees if (kind := certificate_kind(a.title_code, a.title_name))]


def recognitions_of(decision: DecisionRow) -> list[tuple[Awardee, CertificateKind]]:
    """The awardees of the decision who get a Giấy công nhận, in its order."""
    return [(a, kind) for a in decision.awardees if (kind := recognition_kind(a.title_code))]


def write_certificates(ws: Workspace, meeting_id: int, path: str | os.PathLike) -> Path:
    """One landscape A4 page per awardee whose title has a certificate, in
    the decision's order. PDF only; needs the drafted decision (its number and
    date are printed once recorded, blanks before)."""
    return _write_sheets(ws, meeting_id, path, "Giấy khen", certificates_of,
                         "Quyết định không có Giấy khen hay danh hiệu Chiến sĩ thi đua cơ sở nào để in.")


def write_recognitions(ws: Workspace, meeting_id: int, path: str | os.PathLike) -> Path:
    """The Giấy công nhận «Gia đình văn hóa», «Thôn văn hóa» of the decision, one landscape A4 page each,
    signed by the commune chairman whose decision lists them."""
    return _write_sheets(ws, meeting_id, path, "Giấy công nhận", recognitions_of,
                         "Quyết định không có danh hiệu «Gia đình văn hóa», «Thôn văn hóa» nào để in Giấy công nhận.")


def _write_sheets(ws: Workspace, meeting_id: int, path: str | os.PathLike, what: str,
                  pick: Callable[[DecisionRow], list[tuple[Awardee, CertificateKind]]], none: str) -> Path:
    target = Path(path).expanduser()
    if target.suffix.lower() != ".pdf":
        raise ValidationError(f"{what} chỉ in ra PDF; hãy đặt tên tệp kết thúc bằng .pdf («{target.name}»).",
                              field="path")
    decision = ws.council.decision(meeting_id)
    if decision is None:
        raise ValidationError("Chưa có quyết định khen thưởng cho phiên họp này; hãy lập dự thảo quyết định trước.")
    chosen = pick(decision)
    if not chosen:
        raise ValidationError(none)
    commune = ws.commune.current()
    year = ws.council.get_meeting(meeting_id).year
    dx, dy = _offset(ws)

    def write(stream: BinaryIO) -> None:
        pdf = rl_canvas.Canvas(stream, pagesize=landscape(A4), pageCompression=1)
        pdf.setTitle(f"{what} theo Quyết định {decision.number or ''}")
        for awardee, kind in chosen:
            _draw_certificate(pdf, commune, decision, awardee, kind, year, dx * MM, dy * MM)
            pdf.showPage()
        pdf.save()
    return write_atomically(target, write)


def _draw_certificate(pdf: rl_canvas.Canvas, commune: CommuneInfo, decision: DecisionRow, awardee: Awardee,
                      kind: CertificateKind, year: int, dx: float, dy: float) -> None:
    family = pdf_family()
    width, height = landscape(A4)
    centre = width / 2 + dx

    def line(text: str, y_mm: float, size: float, face: str = "", x: float | None = None,
             align: str = "centre", colour: colors.Color = colors.black) -> None:
        pdf.setFont(family + face, size)
        pdf.setFillColor(colour)
        y = height - y_mm * MM + dy
        if align == "centre":
            pdf.drawCentredString(centre if x is None else x + dx, y, nfc(text))
        else:
            pdf.drawString((x or 0) + dx, y, nfc(text))

    red = colors.Color(0.72, 0.07, 0.07)
    line(MOTTO[0], 30, 14, "-Bold")
    line(MOTTO[1], 37, 14, "-Bold")
    pdf.setLineWidth(0.6)
    rule = pdf.stringWidth(MOTTO[1], family + "-Bold", 14)
    pdf.line(centre - rule / 2, height - 39 * MM + dy, centre + rule / 2, height - 39 * MM + dy)
    line(f"CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ {commune.name.upper()}", 54, 16, "-Bold")
    line(kind.verb, 66, 16, "-Bold")
    heading_size = 40 if len(kind.heading) <= 12 else 34
    line(kind.heading, 84, heading_size, "-Bold", colour=red)
    if kind.name_label:  # "Gia đình ông (bà): <chủ hộ>", the household named by its head
        line(f"{kind.name_label}: {awardee.name.removeprefix('Hộ ')}", 104, 24, "-BoldItalic", colour=red)
    else:
        line(awardee.name, 104, 26, "-BoldItalic", colour=red)
    if awardee.job_unit:
        line(awardee.job_unit, 115, 15, "-Italic")
    line(kind.reason.format(year=year), 127, 15, "-Italic")
    number = decision.number or "……/QĐ-UBND"
    day = f"{decision.signed_on:%d/%m/%Y}" if decision.signed_on else "…/…/……"
    left_x = 30 * MM
    line(f"Quyết định số: {number}", 160, 13, x=left_x, align="left")
    line(f"ngày {day}", 167, 13, x=left_x, align="left")
    line("Số sổ vàng: ……………", 174, 13, x=left_x, align="left")
    sign_x = width * 0.72
    place = (date_line(commune.place_name, decision.signed_on) if decision.signed_on
             else blank_date_line(commune.place_name, dt.date.today().year))
    # the place-and-date and the signer sit centred over the right third
    pdf.setFont(family + "-Italic", 14)
    pdf.drawCentredString(sign_x + dx, height - 150 * MM + dy, nfc(place))
    pdf.setFont(family + "-Bold", 14)
    pdf.drawCentredString(sign_x + dx, height - 158 * MM + dy, "CHỦ TỊCH")
    if decision.signer_name:
        pdf.drawCentredString(sign_x + dx, height - 190 * MM + dy, nfc(decision.signer_name))
    if commune.is_demo:
        pdf.setFont(family + "-Italic", 9)
        pdf.setFillColor(colors.grey)
        pdf.drawCentredString(width / 2, 8 * MM, DEMO_MARK)
        pdf.setFillColor(colors.black)


# --- ballots ---------------------------------------------------------------------------------------

def render_ballots(commune: CommuneInfo, overview: MeetingOverview, copies: int, target: Path,
                   headings: dict[str, str] | None = None) -> Path:
    """``copies`` ballots, each on one A4 page and none numbered (a secret ballot carries nothing
    that could tell whose it was); the type shrinks for a long agenda;
    ``headings``: each title's line as the ballot prints it, by title code (its name by default)."""
    family = pdf_family()
    meeting = overview.meeting
    width = A4[0] - 50 * MM
    frame_height = A4[1] - 30 * MM - 4  # top and bottom margins of 15 mm; the frame's own padding

    def para(text: str, style: ParagraphStyle, bold: bool = False, italic: bool = False,
             size: float | None = None) -> Paragraph:
        text = nfc(text).replace("&", "&amp;").replace("<", "&lt;")
        if bold:
            text = f"<b>{text}</b>"
        if italic:
            text = f"<i>{text}</i>"
        if size:
            text = f'<font size="{size}">{text}</font>'
        return Paragraph(text, style)

    def ballot(scale: float) -> list[object]:
        body = ParagraphStyle("ballot", fontName=family, fontSize=13 * scale, leading=16 * scale, alignment=TA_LEFT)
        centre = ParagraphStyle("ballot-centre", parent=body, alignment=TA_CENTER)
        cell = ParagraphStyle("ballot-cell", parent=body, fontSize=12 * scale, leading=14.5 * scale)
        cell_centre = ParagraphStyle("ballot-cell-centre", parent=cell, alignment=TA_CENTER)
        header = Table([[para(f"UBND XÃ {commune.name.upper()}", centre, size=11 * scale),
                         para(MOTTO[0], centre, bold=True, size=11 * scale)],
                        [para("HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG", centre, bold=True, size=11 * scale),
                         para(MOTTO[1], centre, bold=True, size=12 * scale)]],
                       colWidths=[width * 0.46, width * 0.54],
                       style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                         ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        pad = 3 * scale
        rows: list[list[object]] = [[para("STT", cell_centre, bold=True), para("Họ và tên", cell_centre, bold=True),
                                     para("Chức vụ, đơn vị", cell_centre, bold=True),
                                     para("Đồng ý", cell_centre, bold=True),
                                     para("Không đồng ý", cell_centre, bold=True)]]
        group_rows = []
        for group in overview.groups:
            group_rows.append(len(rows))
            heading = (headings or {}).get(group.title_code, group.title_name)
            rows.append([para(f"{heading} (cần {group.threshold.text})", cell, bold=True), "", "", "", ""])
            for slide in group.slides:
                unit = position_and_unit(slide.job_title, slide.unit_name, slide.nominee_name)
                rows.append([para(str(slide.index), cell_centre), para(slide.nominee_name, cell),
                             para(unit, cell), "", ""])
        style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("BOX", (3, 1), (4, -1), 0.6, colors.black),
                 ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
        style += [("SPAN", (0, r), (-1, r)) for r in group_rows]
        style += [("BACKGROUND", (0, r), (-1, r), colors.Color(0.93, 0.93, 0.93)) for r in group_rows]
        col = [width * s for s in (0.09, 0.29, 0.38, 0.12, 0.12)]
        out: list[object] = [header, Spacer(1, 10 * scale),
                             para("PHIẾU BẦU", centre, bold=True, size=16 * scale),
                             para(f"Xét khen thưởng năm {meeting.year}", centre, bold=True),
                             para(f"(Phiên họp Hội đồng ngày {meeting.held_at:%d/%m/%Y})", centre, italic=True),
                             Spacer(1, 6 * scale),
                             para("Đồng ý: đánh dấu X vào ô “Đồng ý”; không đồng ý: đánh dấu X vào ô “Không "
                                  "đồng ý”. Mỗi dòng chỉ đánh dấu một ô; phiếu đánh dấu cả hai ô hoặc bỏ trống "
                                  "dòng đó không hợp lệ cho trường hợp đó. Phiếu kín, không ghi tên người bầu.",
                                  body, italic=True, size=11 * scale),
                             Spacer(1, 6 * scale),
                             Table(rows, colWidths=col, style=TableStyle(style))]
        if commune.is_demo:
            out += [Spacer(1, 6 * scale), para(DEMO_MARK, centre, italic=True, size=9 * scale)]
        return out

    def height(flowables: list[object]) -> float:
        return sum(f.wrap(width, frame_height)[1] for f in flowables)

    # The largest type that keeps the ballot on one page (a very long agenda may still run over).
    scale = next((s for s in (1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6) if height(ballot(s)) <= frame_height),
                 0.6)
    story: list[object] = []
    for copy in range(copies):
        story += ([PageBreak()] if copy else []) + ballot(scale)
    return write_atomically(target, lambda stream: SimpleDocTemplate(
        stream, pagesize=A4, leftMargin=30 * MM, rightMargin=20 * MM, topMargin=15 * MM, bottomMargin=15 * MM,
        title=f"Phiếu bầu năm {meeting.year}").build(story))
