"""The Word renderer (python-docx). Sizes, margins and texts come from
``layout``, as for the PDF; this module only turns the model into Word XML.

The font is named Times New Roman for every script (ascii, hAnsi, eastAsia,
cs), so Word shows Vietnamese in it, or substitutes a metric twin.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import BinaryIO

from docx import Document as new_word_document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree

from tnapp import __version__
from tnapp.documents import charts, layout
from tnapp.documents.layout import MM
from tnapp.documents.model import (
    Annex, BarChart, Block, Document, Heading, Items, PageBreak, Para, Run, Signature, Table, nfc,
)
from tnapp.fonts import TIMES_FAMILY

_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
# What may follow <w:pBdr> inside <w:pPr> (schema order matters to Word).
_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
               "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
               "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
               "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
               "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_TBLPR_ORDER = ("w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
                "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
                "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")


def _table_property(table: object, element: object) -> None:
    """Add to <w:tblPr> in schema order (Word refuses elements out of order)."""
    tag = element.tag.split("}")[1]
    later = _TBLPR_ORDER[_TBLPR_ORDER.index(f"w:{tag}") + 1:]
    table._tbl.tblPr.insert_element_before(element, *later)


def _set_fonts(rpr: object, name: str = TIMES_FAMILY) -> None:
    """Name the font for all four scripts and drop theme fonts, which would win."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "vi-VN")


def _style(container: object, size: float, align: str, bold: bool, italic: bool, indent_pt: float,
           before: float, after: float, keep: bool = False) -> str:
    """The id of a paragraph style per distinct look, made once per document: paragraphs
    then carry one style reference instead of their own formatting (faster to
    write, smaller files, and the look is named in Word)."""
    part = container.part
    styles = part.__dict__.setdefault("_tnapp_styles", {})
    key = (size, align, bold, italic, round(indent_pt, 2), before, after, keep)
    style = styles.get(key)
    if style is None:
        style = part.styles.add_style(f"TNApp {len(styles) + 1}", WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = part.styles["Normal"]
        style.quick_style = False
        style.font.size = Pt(size)
        style.font.bold, style.font.italic = bold, italic
        fmt = style.paragraph_format
        fmt.alignment = _ALIGN[align]
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        fmt.line_spacing = 1.0
        fmt.first_line_indent = Pt(indent_pt) if indent_pt else None
        fmt.widow_control = True
        fmt.keep_with_next = keep or None
        styles[key] = style = style.style_id
    return style


def _new_paragraph(container: object, reuse: bool) -> object:
    """An empty <w:p> at the end of a document body or a table cell."""
    if reuse:
        return container.paragraphs[0]._p
    cell = getattr(container, "_tc", None)
    if cell is not None:
        return etree.SubElement(cell, qn("w:p"))
    body = container.element.body
    paragraph = OxmlElement("w:p")
    if body.sectPr is not None:
        body.sectPr.addprevious(paragraph)
    else:
        body.append(paragraph)
    return paragraph


def _paragraph(container: object, runs: Iterable[Run], size: float, align: str = "center", *,
               indent_pt: float = 0.0, after: float = 0.0, before: float = 0.0, reuse: bool = False,
               keep: bool = False) -> object:
    """One paragraph, written as XML directly (python-docx's object layer is the
    slow part of a long document): a style reference, then the runs; the first
    run's face is the style's, other runs override bold/italic. ``reuse``
    fills a table cell's empty first paragraph; ``keep``: on the page of the next one."""
    runs = [Run(nfc(r.text), r.bold, r.italic) for r in runs]
    bold, italic = (runs[0].bold, runs[0].italic) if runs else (False, False)
    style = _style(container, size, align, bold, italic, indent_pt, before, after, keep)
    p = _new_paragraph(container, reuse)
    etree.SubElement(etree.SubElement(p, qn("w:pPr")), qn("w:pStyle")).set(qn("w:val"), style)
    for run in runs:
        r = etree.SubElement(p, qn("w:r"))
        if run.bold != bold or run.italic != italic:
            faces = etree.SubElement(r, qn("w:rPr"))
            if run.bold != bold:
                etree.SubElement(faces, qn("w:b")).set(qn("w:val"), "1" if run.bold else "0")
            if run.italic != italic:
                etree.SubElement(faces, qn("w:i")).set(qn("w:val"), "1" if run.italic else "0")
        for i, line in enumerate(run.text.split("\n")):
            if i:
                etree.SubElement(r, qn("w:br"))
            text = etree.SubElement(r, qn("w:t"))
            text.set(_XML_SPACE, "preserve")
            text.text = line
    return p


def _text(container: object, text: str, size: float, align: str = "center", *, bold: bool = False,
          italic: bool = False, **kw: object) -> object:
    return _paragraph(container, [Run(text, bold, italic)], size, align, **kw)


def _rule(container: object, length_pt: float, avail_pt: float, before: float = 0.0) -> None:
    """A centred horizontal rule: the top border of an empty paragraph indented
    to the rule's length."""
    p = container.add_paragraph()
    fmt = p.paragraph_format
    side = max((avail_pt - length_pt) / 2, 0)
    fmt.left_indent, fmt.right_indent = Pt(side), Pt(side)
    fmt.space_before, fmt.space_after = Pt(before), Pt(0)
    fmt.line_spacing = Pt(4)
    border = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for key, value in (("w:val", "single"), ("w:sz", str(round(layout.RULE_WIDTH_PT * 8))), ("w:space", "1"),
                       ("w:color", "000000")):
        top.set(qn(key), value)
    border.append(top)
    p._p.get_or_add_pPr().insert_element_before(border, *_AFTER_PBDR)


def _grid(table: object, widths_pt: list[float]) -> None:
    """Fixed column widths, so long text wraps inside its cell and never widens it."""
    table.autofit = False  # <w:tblLayout w:type="fixed"/>
    for column, width in zip(table.columns, widths_pt):
        column.width = Pt(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_pt):
            cell.width = Pt(width)


def _two_columns(word: object, rows: int, left_share: float, width_pt: float) -> tuple[object, list[float]]:
    widths = [width_pt * left_share, width_pt * (1 - left_share)]
    table = word.add_table(rows=rows, cols=2)  # the default table style has no borders
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _grid(table, widths)
    return table, widths


def _header(word: object, doc: Document, width: float) -> None:
    """Ô 1–5 of Phụ lục I, Mẫu 1.1, as in the PDF (see ``pdf._header``)."""
    if doc.form:  # the form's number, top right above the motto
        _text(word, doc.form, layout.SIZE_NUMBER, "right", bold=True)
    table, (left_w, right_w) = _two_columns(word, 2, layout.HEADER_LEFT_SHARE, width)
    top_left, top_right = table.rows[0].cells
    if doc.issuer.body:
        _text(top_left, doc.issuer.parent, layout.SIZE_PARENT, reuse=True)  # mục II.2
        _text(top_left, doc.issuer.body, layout.SIZE_ISSUER, bold=True)
        _rule(top_left, layout.issuer_rule_pt(doc.issuer.body), left_w, before=3)
    _text(top_right, layout.MOTTO_1, layout.SIZE_MOTTO_1, bold=True, reuse=True)  # mục II.1
    _text(top_right, layout.MOTTO_2, layout.SIZE_MOTTO_2, bold=True)
    _rule(top_right, layout.motto_rule_pt(), right_w, before=3)
    low_left, low_right = table.rows[1].cells
    _text(low_left, doc.number_line, layout.SIZE_NUMBER, reuse=True, before=5)  # mục II.3
    if doc.is_letter:  # mục II.5b
        _text(low_left, f"V/v {doc.summary}", layout.SIZE_LETTER_SUMMARY)
    _text(low_right, doc.date_text, layout.SIZE_DATE, italic=True, reuse=True, before=5)  # mục II.4
    if doc.title_text:  # mục II.5a
        _text(word, doc.title_text, layout.SIZE_TITLE, bold=True, before=16)
        _text(word, doc.summary, layout.SIZE_SUMMARY, bold=True)
        _rule(word, layout.summary_rule_pt(), width, before=4)
        _text(word, "", 6, after=6)


def _table(word: object, block: Table, width: float) -> None:
    size = layout.SIZE_TABLE
    if block.caption:  # kept on the page of the table's first rows
        _text(word, block.caption, layout.SIZE_CAPTION, bold=True, after=4, keep=True)
    table = word.add_table(rows=1, cols=len(block.columns))
    table.style = "Table Grid"
    margins = OxmlElement("w:tblCellMar")  # the PDF's cell padding, so column widths agree
    for side in ("left", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), str(round(layout.CELL_PADDING_PT / 2 * 20)))
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    _table_property(table, margins)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    head = table.rows[0]
    for cell, column in zip(head.cells, block.columns):
        _text(cell, column.header, size, bold=True, reuse=True, keep=True)
    heads = [head]
    if block.numbering:  # the form's column numbering repeats with the header
        heads.append(table.add_row())
        for cell, mark in zip(heads[-1].cells, block.numbering):
            _text(cell, mark, size, "center", reuse=True, keep=True)
    for row in heads:
        flag = OxmlElement("w:tblHeader")  # the header rows repeat on every page
        flag.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(flag)
    for r, values in enumerate(block.rows):
        total = block.is_bold(r)
        row = table.add_row()
        etree.SubElement(row._tr.get_or_add_trPr(), qn("w:cantSplit"))  # a row stays on one page
        for cell, value, column in zip(row.cells, values, block.columns):
            align = "left" if column.align == "justify" else column.align
            _text(cell, layout.cell_text(value), size, align, bold=total, reuse=True)
    _grid(table, layout.column_widths_pt(block.columns, width))
    _text(word, "", 6, after=layout.PARAGRAPH_SPACE_PT)


def _chart(word: object, block: BarChart, width: float) -> None:
    picture = charts.png(block, width)
    if picture is None:  # neither reportlab nor Pillow could draw it: the chart's data as a table
        _table(word, layout.chart_as_table(block), width)
        return
    word.add_picture(io.BytesIO(picture), width=Pt(width))
    word.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER


def _block(word: object, block: Block, width: float) -> None:
    indent = layout.FIRST_LINE_INDENT_MM * MM
    gap = layout.PARAGRAPH_SPACE_PT
    if isinstance(block, Heading):
        _text(word, block.text, layout.HEADING_SIZES.get(block.level, layout.SIZE_BODY), "justify", bold=True,
              italic=block.level >= 3, indent_pt=indent, after=gap, keep=True)
    elif isinstance(block, Para):
        _paragraph(word, block.runs, layout.SIZE_BODY, block.align, indent_pt=indent if block.indent else 0.0,
                   after=gap)
    elif isinstance(block, Items):
        for i, item in enumerate(block.items):
            _text(word, f"{block.marker(i)} {item}", layout.SIZE_BODY, "justify", indent_pt=indent, after=gap)
    elif isinstance(block, Table):
        _table(word, block, width)
    elif isinstance(block, BarChart):
        _chart(word, block, width)
    elif isinstance(block, PageBreak):
        word.add_page_break()
    else:
        raise TypeError(f"unknown block {block!r}")


def _unsplittable(table: object) -> None:
    """Each row of ``table`` on one page, and the rows together (every cell's paragraphs keep with the next)."""
    for row in table.rows:
        etree.SubElement(row._tr.get_or_add_trPr(), qn("w:cantSplit"))
    for row in table.rows[:-1]:
        for cell in row.cells:
            for p in cell.paragraphs:
                p.paragraph_format.keep_with_next = True


def _titles(cell: object, signature: Signature) -> None:
    """Mục II.7, as in the PDF (see ``pdf._titles``)."""
    for i, line in enumerate(signature.lines):
        _text(cell, line, layout.SIZE_SIGNATURE, bold=True, reuse=i == 0, before=8 if i == 0 else 0, keep=True)


def _name(cell: object, signature: Signature, reuse: bool = False) -> None:
    _text(cell, signature.name, layout.SIZE_SIGNATURE, bold=True, before=layout.SIGN_SPACE_MM * MM, reuse=reuse)


def _recipients(cell: object, doc: Document) -> None:
    """Ô 9a (mục II.9); nothing when the document has no "Nơi nhận"."""
    if not doc.recipients:
        return
    _text(cell, layout.RECIPIENTS_LABEL, layout.SIZE_RECIPIENTS_LABEL, "left", bold=True, italic=True,
          reuse=True, before=8, keep=True)
    for line in layout.recipient_lines(doc.recipients):
        _text(cell, line, layout.SIZE_RECIPIENTS, "left", keep=True)


def _signature(word: object, doc: Document, width: float) -> None:
    """As in the PDF (see ``pdf._signature``): one signer right with "Nơi nhận" left, or several
    side by side, any "Nơi nhận" in a row under them. The last paragraph before it keeps with it."""
    body = word.element.body
    last = body[-2] if body.sectPr is not None and len(body) > 1 else body[-1]
    if last.tag == qn("w:p"):
        keep = etree.Element(qn("w:keepNext"))
        ppr = last.get_or_add_pPr()
        style = ppr.find(qn("w:pStyle"))
        ppr.insert(0 if style is None else 1, keep)
    signers = doc.signers
    if len(signers) <= 1:
        table, _ = _two_columns(word, 1, layout.SIGN_LEFT_SHARE, width)
        left, right = table.rows[0].cells
        _recipients(left, doc)
        if signers:
            _titles(right, signers[0])
            _name(right, signers[0])
    else:
        # Titles in one row, names in the next (level however the titles wrap), then any "Nơi nhận".
        table = word.add_table(rows=3 if doc.recipients else 2, cols=len(signers))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        _grid(table, [width / len(signers)] * len(signers))
        for titles, name, signer in zip(table.rows[0].cells, table.rows[1].cells, signers):
            _titles(titles, signer)
            _name(name, signer, reuse=True)
        if doc.recipients:
            _recipients(table.rows[2].cells[0].merge(table.rows[2].cells[-1]), doc)
    _unsplittable(table)


def _annex(word: object, annex: Annex, portrait_w: float, landscape_w: float) -> None:
    """From a new portrait page, as in the PDF (see ``pdf._annex``)."""
    _setup_section(word.add_section(WD_SECTION.NEW_PAGE), landscape=False, first=False)
    _text(word, nfc(annex.title).upper(), layout.SIZE_ANNEX_TITLE, bold=True, keep=True)
    if annex.note:
        _text(word, annex.note, layout.SIZE_ANNEX_NOTE, italic=True, keep=True)
    _rule(word, layout.summary_rule_pt(), portrait_w, before=4)
    _text(word, "", 6, after=6, keep=True)
    _flow(word, annex.body, portrait_w, landscape_w, more=False)


def _flow(word: object, blocks: tuple[Block, ...], portrait_w: float, landscape_w: float, more: bool) -> None:
    """The blocks in order; ``more``: something follows them (back in a portrait section)."""
    def wide(i: int) -> bool:
        return 0 <= i < len(blocks) and isinstance(blocks[i], Table) and blocks[i].landscape

    for i, block in enumerate(blocks):
        if wide(i):  # Phụ lục I, Phần I, mục I.2; wide tables in a row: landscape sections, no portrait between
            _setup_section(word.add_section(WD_SECTION.NEW_PAGE), landscape=True, first=False)
            _block(word, block, landscape_w)
            if not wide(i + 1) and (more or i < len(blocks) - 1):
                _setup_section(word.add_section(WD_SECTION.NEW_PAGE), landscape=False, first=False)
        else:
            _block(word, block, portrait_w)


def _page_number_field(paragraph: object) -> None:
    run = paragraph.add_run()
    run.font.size = Pt(layout.SIZE_PAGE_NUMBER)
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _setup_section(section: object, landscape: bool, first: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    long_side, short_side = Mm(layout.PAGE_HEIGHT_MM), Mm(layout.PAGE_WIDTH_MM)
    section.page_width, section.page_height = (long_side, short_side) if landscape else (short_side, long_side)
    section.top_margin, section.bottom_margin = Mm(layout.MARGIN_TOP_MM), Mm(layout.MARGIN_BOTTOM_MM)
    section.left_margin, section.right_margin = Mm(layout.MARGIN_LEFT_MM), Mm(layout.MARGIN_RIGHT_MM)
    section.header_distance = Mm(layout.PAGE_NUMBER_FROM_TOP_MM - 4)
    # Số trang từ trang 2, giữa lề trên (Phần I, mục I.4): the first page's header is empty.
    section.different_first_page_header_footer = first
    if first:
        number = section.header.paragraphs[0]
        number.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_number_field(number)


def _new_word() -> object:
    word = new_word_document()
    defaults = word.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        for rpr in defaults.iter(qn("w:rPr")):
            _set_fonts(rpr)
    for name in ("Normal", "Header", "Table Grid"):
        style = word.styles[name]
        style.font.name = TIMES_FAMILY
        _set_fonts(style.element.get_or_add_rPr())
    word.styles["Normal"].font.size = Pt(layout.SIZE_BODY)
    return word  # Word's automatic hyphenation is off by default: Vietnamese is never split


def render_docx(doc: Document, target: str | BinaryIO) -> None:
    """Write ``doc`` as a Word document to a path or a binary stream."""
    word = _new_word()
    word.core_properties.title = nfc(doc.meta.get("title", doc.summary))
    word.core_properties.author = nfc(doc.meta.get("author", f"{doc.issuer.parent} {doc.issuer.body}"))
    word.core_properties.comments = f"TNApp {__version__}"
    _setup_section(word.sections[0], landscape=False, first=True)
    portrait_w = layout.text_width_mm() * MM
    landscape_w = layout.text_width_mm(landscape=True) * MM
    _header(word, doc, portrait_w)
    _flow(word, doc.body, portrait_w, landscape_w, more=doc.has_closing)
    if doc.has_closing:
        _signature(word, doc, portrait_w)
    for annex in doc.annexes:
        _annex(word, annex, portrait_w, landscape_w)
    word.save(target)
