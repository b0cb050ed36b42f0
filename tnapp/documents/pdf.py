"""The PDF renderer (reportlab platypus). Sizes, margins and texts come from
``layout``; this module only turns the document model into flowables."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate, CondPageBreak, Flowable, Frame, HRFlowable, KeepTogether, NextPageTemplate, PageTemplate,
    Paragraph, Spacer,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

from tnapp import __version__
from tnapp.documents import charts, layout
from tnapp.documents.layout import MM
from tnapp.documents.model import (
    Annex, BarChart, Block, Document, Heading, Items, PageBreak, Para, Run, Signature, Table, nfc,
)

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


@lru_cache(maxsize=64)
def _style(size: float, align: str = "left", bold: bool = False, italic: bool = False, indent: float = 0.0,
           space_after: float = 0.0, left: float = 0.0) -> ParagraphStyle:
    family = layout.pdf_family()
    face = family + ("-BoldItalic" if bold and italic else "-Bold" if bold else "-Italic" if italic else "")
    return ParagraphStyle(
        f"tn-{size}-{align}-{bold}-{italic}-{indent}-{space_after}-{left}", fontName=face, fontSize=size,
        leading=size * layout.LINE_SPACING, alignment=_ALIGN[align], firstLineIndent=indent,
        leftIndent=left, spaceAfter=space_after, splitLongWords=1, allowWidows=0, allowOrphans=0)


def _para(text: str, size: float, align: str = "center", **kw: object) -> Paragraph:
    """One paragraph of plain text; line breaks in ``text`` are kept."""
    return _paragraph((Run(text),), _style(size, align, **kw))


_SPACES = re.compile(r"[ \t\r\f\v]+")  # not U+00A0: a non-breaking blank stays
_MARKUP = {(False, False): "x", (True, False): "<b>x</b>", (False, True): "<i>x</i>", (True, True): "<b><i>x</i></b>"}


@lru_cache(maxsize=512)
def _template(style: ParagraphStyle, bold: bool, italic: bool) -> object:
    """The parser's fragment for one face of ``style``, parsed once and cloned per run."""
    return Paragraph(_MARKUP[bold, italic], style).frags[0]


def _paragraph(runs: Iterable[Run], style: ParagraphStyle) -> Paragraph:
    """A paragraph built from ready fragments: plain text never goes through
    reportlab's markup parser (the slowest step of a long document)."""
    runs = [Run(nfc(r.text), r.bold, r.italic) for r in runs]
    if any("\n" in r.text for r in runs):  # explicit line breaks: let the parser place them
        markup = "".join(_face(escape(r.text).replace("\n", "<br/>"), r) for r in runs)
        return Paragraph(markup, style)
    frags = [_template(style, r.bold, r.italic).clone(text=_SPACES.sub(" ", r.text)) for r in runs if r.text]
    if frags:
        frags[0].text = frags[0].text.lstrip(" ")
        frags[-1].text = frags[-1].text.rstrip(" ")
    return Paragraph("".join(f.text for f in frags), style, frags=frags or None)


def _face(text: str, run: Run) -> str:
    if run.bold:
        text = f"<b>{text}</b>"
    return f"<i>{text}</i>" if run.italic else text


def _rule(length_pt: float, before: float = 2.0, after: float = 0.0) -> HRFlowable:
    return HRFlowable(width=length_pt, thickness=layout.RULE_WIDTH_PT, color=colors.black, hAlign="CENTER",
                      spaceBefore=before, spaceAfter=after)


_PLAIN = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])


def _header(doc: Document, width: float) -> list[Flowable]:
    """Ô 1–5 of Phụ lục I, Mẫu 1.1: body left, motto right, number and date
    below them on one line, then the kind's name and the summary."""
    left_w = width * layout.HEADER_LEFT_SHARE
    issuer = [_para(doc.issuer.parent, layout.SIZE_PARENT),  # mục II.2: in hoa, đứng
              _para(doc.issuer.body, layout.SIZE_ISSUER, bold=True),  # mục II.2: in hoa, đứng, đậm
              _rule(layout.issuer_rule_pt(doc.issuer.body))] if doc.issuer.body else []
    motto = [_para(layout.MOTTO_1, layout.SIZE_MOTTO_1, bold=True),  # mục II.1
             _para(layout.MOTTO_2, layout.SIZE_MOTTO_2, bold=True),
             _rule(layout.motto_rule_pt())]
    number = [Spacer(1, 5), _para(doc.number_line, layout.SIZE_NUMBER)]  # mục II.3
    if doc.is_letter:  # mục II.5b: "V/v …" under the number
        number.append(_para(f"V/v {doc.summary}", layout.SIZE_LETTER_SUMMARY))
    date = [Spacer(1, 5), _para(doc.date_text, layout.SIZE_DATE, italic=True)]  # mục II.4
    table = RLTable([[issuer, motto], [number, date]], colWidths=[left_w, width - left_w], style=_PLAIN)
    out: list[Flowable] = [table, Spacer(1, 16)]
    if doc.form:  # the form's number, top right above the motto, as the form prints it
        out.insert(0, _para(doc.form, layout.SIZE_NUMBER, "right", bold=True))
    if doc.title_text:  # mục II.5a: tên loại in hoa đậm; trích yếu đậm; đường kẻ dưới
        out += [_para(doc.title_text, layout.SIZE_TITLE, bold=True),
                _para(doc.summary, layout.SIZE_SUMMARY, bold=True),
                _rule(layout.summary_rule_pt(), before=3, after=12)]
    else:
        out.append(Spacer(1, 6))
    return out


def _table(block: Table, width: float) -> list[Flowable]:
    size, leading = layout.SIZE_TABLE, layout.SIZE_TABLE * layout.LINE_SPACING
    family = layout.pdf_family()
    widths = layout.column_widths_pt(block.columns, width)
    room = [w - layout.CELL_PADDING_PT - 1 for w in widths]
    aligns = ["left" if c.align == "justify" else c.align for c in block.columns]
    head = [[_para(c.header, size, "center", bold=True) for c in block.columns]]
    if block.numbering:  # the form's column numbering repeats with the header
        head.append([_para(n, size, "center") for n in block.numbering])
    top = len(head)  # the first body row
    body_rows = []
    for r, row in enumerate(block.rows):
        bold = block.is_bold(r)
        face = f"{family}-Bold" if bold else family
        cells: list[object] = []
        for c, value in enumerate(row):
            text = nfc(layout.cell_text(value))
            # A short one-line cell is drawn as plain text (much faster); anything
            # that might not fit becomes a paragraph that wraps inside the column.
            if "\n" not in text and stringWidth(text, face, size) <= room[c]:
                cells.append(text)
            else:
                cells.append(_para(text, size, aligns[c], bold=bold))
        body_rows.append(cells)
    style = TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, top - 1), "MIDDLE"), ("VALIGN", (0, top), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), layout.CELL_PADDING_PT / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), layout.CELL_PADDING_PT / 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("FONT", (0, top), (-1, -1), family, size, leading),
        *(("ALIGN", (c, top), (c, -1), align.upper()) for c, align in enumerate(aligns)),
        *(("FONT", (0, r + top), (-1, r + top), f"{family}-Bold", size, leading)
          for r in range(len(block.rows)) if block.is_bold(r)),
    ])
    # The header row repeats on every page; a row taller than a page splits inside.
    table = RLTable(head + body_rows, colWidths=widths, repeatRows=top, splitInRow=1, style=style,
                    spaceBefore=2, spaceAfter=layout.PARAGRAPH_SPACE_PT * 2)
    if not block.caption:
        return [table]
    caption = _para(block.caption, layout.SIZE_CAPTION, "center", bold=True, space_after=4)
    # The caption never ends a page alone: it moves on with the table's header and first row.
    first = RLTable(head + body_rows[:1], colWidths=widths, style=style).wrap(width, 10_000)[1]
    return [CondPageBreak(caption.wrap(width, 10_000)[1] + 4 + first + 4), caption, table]


def _block(block: Block, width: float) -> list[Flowable]:
    indent = layout.FIRST_LINE_INDENT_MM * MM
    gap = layout.PARAGRAPH_SPACE_PT
    if isinstance(block, Heading):  # never the last line of a page
        return [CondPageBreak(layout.KEEP_HEADING_MM * MM),
                _para(block.text, layout.HEADING_SIZES.get(block.level, layout.SIZE_BODY), "justify", bold=True,
                      italic=block.level >= 3, indent=indent, space_after=gap)]
    if isinstance(block, Para):
        return [_paragraph(block.runs, _style(layout.SIZE_BODY, block.align,
                                              indent=indent if block.indent else 0.0, space_after=gap))]
    if isinstance(block, Items):
        return [_para(f"{block.marker(i)} {item}", layout.SIZE_BODY, "justify", indent=indent, space_after=gap)
                for i, item in enumerate(block.items)]
    if isinstance(block, Table):
        return _table(block, width)
    if isinstance(block, BarChart):
        return [Spacer(1, 4), charts.drawing(block, width), Spacer(1, gap * 2)]
    if isinstance(block, PageBreak):
        return [RLPageBreak()]
    raise TypeError(f"unknown block {block!r}")


def _titles(signature: Signature) -> list[Flowable]:
    """Mục II.7: quyền hạn, chức vụ in hoa, đậm."""
    return [_para(line, layout.SIZE_SIGNATURE, bold=True) for line in signature.lines]


def _name(signature: Signature) -> Paragraph:
    """Mục II.7: họ tên in thường, đậm, under the room to sign."""
    return _para(signature.name, layout.SIZE_SIGNATURE, bold=True)


def _recipients(doc: Document) -> list[Flowable]:
    """Ô 9a (mục II.9): "Nơi nhận:" nghiêng đậm 12, các dòng 11; nothing when the document has none."""
    if not doc.recipients:
        return []
    return [_para(layout.RECIPIENTS_LABEL, layout.SIZE_RECIPIENTS_LABEL, "left", bold=True, italic=True),
            *(_para(line, layout.SIZE_RECIPIENTS, "left") for line in layout.recipient_lines(doc.recipients))]


def _signature(doc: Document, width: float) -> list[Flowable]:
    """One signer: ô 7 right, ô 9a (nơi nhận) left. Several (a biên bản's thư ký and chủ tọa):
    side by side across the page, the main signer right, any "Nơi nhận" under them."""
    signers = doc.signers
    if len(signers) <= 1:
        left_w = width * layout.SIGN_LEFT_SHARE
        right = [*_titles(signers[0]), Spacer(1, layout.SIGN_SPACE_MM * MM), _name(signers[0])] if signers else []
        return [RLTable([[_recipients(doc), right]], colWidths=[left_w, width - left_w], style=_PLAIN)]
    # Titles in one row, names in the next: the names stay level however the titles wrap.
    row = RLTable([[_titles(s) for s in signers], [_name(s) for s in signers]],
                  colWidths=[width / len(signers)] * len(signers), style=_PLAIN)
    row.setStyle([("TOPPADDING", (0, 1), (-1, 1), layout.SIGN_SPACE_MM * MM)])
    out: list[Flowable] = [row]
    if doc.recipients:
        out += [Spacer(1, 10), RLTable([[_recipients(doc)]], colWidths=[width], style=_PLAIN)]
    return out


def _annex(annex: Annex, portrait_w: float, landscape_w: float) -> list[Flowable]:
    """From a new portrait page: the annex's name, the "Kèm theo …" line, a short rule, its blocks."""
    out: list[Flowable] = [NextPageTemplate("portrait"), RLPageBreak(),
                           _para(nfc(annex.title).upper(), layout.SIZE_ANNEX_TITLE, bold=True)]
    if annex.note:
        out.append(_para(annex.note, layout.SIZE_ANNEX_NOTE, italic=True))
    out.append(_rule(layout.summary_rule_pt(), before=3, after=12))
    return out + _flow(annex.body, portrait_w, landscape_w, more=False)


class _Template(BaseDocTemplate):
    def __init__(self, target: object, doc: Document) -> None:
        super().__init__(target, pagesize=A4, leftMargin=layout.MARGIN_LEFT_MM * MM,
                         rightMargin=layout.MARGIN_RIGHT_MM * MM, topMargin=layout.MARGIN_TOP_MM * MM,
                         bottomMargin=layout.MARGIN_BOTTOM_MM * MM, title=nfc(doc.meta.get("title", doc.summary)),
                         author=nfc(doc.meta.get("author", f"{doc.issuer.parent} {doc.issuer.body}")),
                         creator=f"TNApp {__version__}", lang="vi-VN")
        self.addPageTemplates([self._page("portrait", A4), self._page("landscape", landscape(A4))])

    def _page(self, name: str, size: tuple[float, float]) -> PageTemplate:
        left, right = layout.MARGIN_LEFT_MM * MM, layout.MARGIN_RIGHT_MM * MM
        top, bottom = layout.MARGIN_TOP_MM * MM, layout.MARGIN_BOTTOM_MM * MM
        frame = Frame(left, bottom, size[0] - left - right, size[1] - top - bottom, id=name,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        return PageTemplate(id=name, frames=[frame], pagesize=size, onPage=_page_number)


def _page_number(canvas: object, doc: BaseDocTemplate) -> None:
    """Số trang: từ trang 2, giữa lề trên (Phần I, mục I.4)."""
    page = canvas.getPageNumber()
    if page < 2:
        return
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFont(layout.pdf_family(), layout.SIZE_PAGE_NUMBER)
    canvas.drawCentredString(layout.MARGIN_LEFT_MM * MM + (width - (layout.MARGIN_LEFT_MM
                             + layout.MARGIN_RIGHT_MM) * MM) / 2,
                             height - layout.PAGE_NUMBER_FROM_TOP_MM * MM, str(page))
    canvas.restoreState()


def _flow(blocks: tuple[Block, ...], portrait_w: float, landscape_w: float, more: bool) -> list[Flowable]:
    """The blocks in order; ``more``: something follows them (back on a portrait page)."""
    def wide(i: int) -> bool:
        return 0 <= i < len(blocks) and isinstance(blocks[i], Table) and blocks[i].landscape

    out: list[Flowable] = []
    for i, block in enumerate(blocks):
        if wide(i):
            # A wide table gets its own landscape pages (Phụ lục I, Phần I, mục I.2); wide tables in a
            # row share one landscape section, each from a new page (no portrait page between them).
            if not wide(i - 1):
                out.append(NextPageTemplate("landscape"))
            out.append(RLPageBreak())
            out += _block(block, landscape_w)
            if not wide(i + 1):
                out.append(NextPageTemplate("portrait"))
                if more or i < len(blocks) - 1:
                    out.append(RLPageBreak())
        else:
            out += _block(block, portrait_w)
    return out


class _TableThenSignature(Flowable):
    """A table that ends the body, then the signature: the signature never stands alone on a page.
    It goes where the table ends when it fits there; else the table's last row goes over with it."""

    def __init__(self, table: RLTable, tail: list[Flowable]) -> None:
        super().__init__()
        self.table, self.tail = table, tail

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return aW, 0xFFFFFF  # always laid out through split()

    @staticmethod
    def _height(f: Flowable, aW: float, aH: float) -> float:
        return f.getSpaceBefore() + f.wrap(aW, aH)[1] + f.getSpaceAfter()

    def split(self, aW: float, aH: float) -> list[Flowable]:
        height = self._height(self.table, aW, aH)
        if height + sum(self._height(f, aW, aH) for f in self.tail) <= aH:
            return [self.table, *self.tail]
        if height > aH:  # the table runs over this page anyway: the signature goes on with its rest
            parts = self.table.split(aW, aH)
            return [parts[0], _TableThenSignature(parts[1], self.tail)] if len(parts) == 2 else []  # []: next page
        parts = self.table.split(aW, self.table.wrap(aW, aH)[1] - 1)  # it fits, the signature does not: its
        # last row moves
        if len(parts) != 2:
            return [self.table, *self.tail]
        return [parts[0], RLPageBreak(), KeepTogether([parts[1], *self.tail])]


def story(doc: Document) -> list[Flowable]:
    portrait_w = layout.text_width_mm() * MM
    landscape_w = layout.text_width_mm(landscape=True) * MM
    out = _header(doc, portrait_w)
    out += _flow(doc.body, portrait_w, landscape_w, more=doc.has_closing)
    if doc.has_closing:
        # The signature never stands alone on a page: it keeps the last paragraph with it.
        closing = [Spacer(1, 10), *_signature(doc, portrait_w)]
        if isinstance(out[-1], RLTable):  # a form ending with its table: only the table's end keeps with it
            out.append(_TableThenSignature(out.pop(), closing))
        else:
            last = [out.pop()] if isinstance(out[-1], Paragraph) else []
            if last and len(out) >= 2 and isinstance(out[-2], CondPageBreak):  # and the heading just above it
                last = [out.pop(-2), out.pop(), *last]
            out.append(KeepTogether([*last, *closing]))
    for annex in doc.annexes:
        out += _annex(annex, portrait_w, landscape_w)
    return out


def render_pdf(doc: Document, target: str | BinaryIO) -> None:
    """Write ``doc`` as PDF to a path or a binary stream."""
    _Template(target, doc).build(story(doc))
