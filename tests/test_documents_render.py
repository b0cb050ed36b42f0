"""The document engine: one model rendered to PDF (text and positions read
back with pypdf) and to Word (read back with python-docx), in the NĐ 30/2020
format."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from openpyxl import load_workbook
from pypdf import PdfReader

from tnapp.documents import layout
from tnapp.documents.model import (
    BarChart, Column, Document, Heading, Issuer, Items, Para, Series, Signature, Table,
)
from tnapp.documents.output import save
from tnapp.documents.pdf import render_pdf
from tnapp.domain.formatting import document_number
from tnapp.domain.vocab import DocumentKind
from tnapp.errors import TNAppError
from tnapp.fonts import document_font

NFD = "NFD"
PEOPLE = ("Nguyễn Thị Hương", "Trịnh Văn Nam", "Lê Đức Tuấn", "Phạm Thị Hằng", "Đỗ Văn Thành")
LONG_WORD = "Đề_nghị_khen_thưởng_" * 30  # no space to break at: must still wrap in its cell


def sample(rows: int = 70, number: int | None = 12, decompose: bool = False) -> Document:
    def t(text: str) -> str:  # the text as a keyboard might send it (decomposed)
        return unicodedata.normalize(NFD, text) if decompose else text

    table_rows = tuple((i, t(PEOPLE[i % len(PEOPLE)]), t("Chủ tịch Hội Liên hiệp Phụ nữ xã"), 1234.5 * i)
                       for i in range(1, rows + 1)) + (("", t(LONG_WORD), "", None),)
    return Document(
        DocumentKind.SUBMISSION, Issuer.commune("Thượng Ninh"),
        t("Về việc đề nghị khen thưởng danh hiệu Lao động tiên tiến năm 2026"), "Thượng Ninh",
        dt.date(2026, 11, 26), number=number,
        body=(Heading("I. KẾT QUẢ"), Para.of(t("Thực hiện Luật Thi đua, khen thưởng số 06/2022/QH15. ") * 5),
              Items(("Một là tuyên truyền", "Hai là đổi mới")),
              Table((Column("STT", 0.6, "center"), Column("Họ và tên", 2.5), Column("Chức vụ", 3),
                     Column("Số tiền", 1.2, "right")), table_rows, caption="Danh sách đề nghị"),
              BarChart("Số lượt khen thưởng", ("2025", "2026"), (Series("Cá nhân", (10, 12)),)),
              Table((Column("Năm", 1),) + tuple(Column(f"Chỉ tiêu {i}", 1, "right") for i in range(12)),
                    (("2026",) + tuple(float(i) for i in range(12)),), caption="Bảng ngang", landscape=True),
              Para.of("Đoạn cuối.")),
        signature=Signature.issued_by(t("Nguyễn Văn Thành"), collective="ỦY BAN NHÂN DÂN", deputy="PHÓ CHỦ TỊCH"),
        recipients=("Chủ tịch UBND xã", "Hội đồng TĐKT xã"))


def pdf_bytes(doc: Document) -> bytes:
    buffer = io.BytesIO()
    render_pdf(doc, buffer)
    return buffer.getvalue()


def fragments(page) -> list[tuple[str, float, float, str]]:
    """(text, x, y, font) of each line of text on the page, in page coordinates."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((text.strip(), cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3],
                          (font or {}).get("/BaseFont", "")))
    page.extract_text(visitor_text=visit)
    return found


def find(frags, text):
    return next(f for f in frags if f[0].startswith(text))


def test_pdf_header_blocks_follow_the_decree() -> None:
    reader = PdfReader(io.BytesIO(pdf_bytes(sample())))
    first = fragments(reader.pages[0])
    parent, body = find(first, "ỦY BAN NHÂN DÂN"), find(first, "XÃ THƯỢNG NINH")
    motto1, motto2 = find(first, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), find(first, "Độc lập - Tự do - Hạnh phúc")
    number, date = find(first, "Số: 12/TTr-UBND"), find(first, "Thượng Ninh, ngày 26 tháng 11 năm 2026")
    width = float(reader.pages[0].mediabox.width)
    # Two columns: issuing body left, motto right; the number under the body, the date under the motto.
    assert parent[1] < width / 2 < motto1[1] + 150 and motto2[1] > body[1] and date[1] > number[1]
    assert parent[2] > body[2] > number[2] and motto1[2] > motto2[2] > date[2]
    assert abs(number[2] - date[2]) < 3  # one line
    assert "Bold" not in parent[3] and "Bold" in body[3] and "Bold" in motto1[3] and "Bold" in motto2[3]
    assert "Italic" in date[3]
    title, summary = find(first, "TỜ TRÌNH"), find(first, "Về việc đề nghị khen thưởng")
    assert "Bold" in title[3] and "Bold" in summary[3] and title[2] > summary[2]
    text = reader.pages[0].extract_text()
    assert text.startswith("ỦY BAN NHÂN DÂN")  # no page number on page 1


def test_pdf_pages_numbers_tables_and_signature() -> None:
    reader = PdfReader(io.BytesIO(pdf_bytes(sample())))
    pages = [p.extract_text() for p in reader.pages]
    assert len(pages) >= 4
    for n, text in enumerate(pages[1:], start=2):  # page numbers from page 2, at the top
        assert text.split("\n", 1)[0].strip() == str(n)
    table_pages = [t for t in pages if "Nguyễn Thị Hương" in t or "Trịnh Văn Nam" in t]
    assert len(table_pages) >= 2 and all("Họ và tên" in t for t in table_pages)  # header repeats
    landscape = [p for p in reader.pages if float(p.mediabox.width) > float(p.mediabox.height)]
    assert len(landscape) == 1 and "Bảng ngang" in landscape[0].extract_text()
    last = pages[-1]
    for line in ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Thành", "Nơi nhận:",
                 "- Chủ tịch UBND xã;", "- Lưu: VT."):
        assert line in last
    sign = fragments(reader.pages[-1])
    assert "Bold" in find(sign, "Nguyễn Văn Thành")[3] and "BoldItalic" in find(sign, "Nơi nhận:")[3]
    assert find(sign, "Nơi nhận:")[1] < find(sign, "TM. ỦY BAN NHÂN DÂN")[1]


def test_long_cell_text_wraps_inside_the_page() -> None:
    reader = PdfReader(io.BytesIO(pdf_bytes(sample(rows=3))))
    page = reader.pages[0]
    right_edge = float(page.mediabox.width) - layout.MARGIN_RIGHT_MM * layout.MM
    pieces = [f for p in reader.pages for f in fragments(p) if "_" in f[0]]
    assert len(pieces) > 3  # wrapped over several lines
    assert all(x < right_edge for _, x, _, _ in pieces)
    text = "".join("".join(p.extract_text() for p in reader.pages).split())
    assert LONG_WORD in text and "-_" not in text  # nothing lost, no hyphen added


def test_vietnamese_survives_as_nfc_in_pdf_and_docx(tmp_path: Path) -> None:
    doc = sample(rows=5, decompose=True)
    pdf_text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf_bytes(doc))).pages)
    path = save(doc, tmp_path / "tt.docx")
    word = docx.Document(str(path))
    word_text = "\n".join([p.text for p in word.paragraphs]
                          + [c.text for t in word.tables for r in t.rows for c in r.cells])
    for wanted in (*PEOPLE, "Về việc đề nghị khen thưởng danh hiệu Lao động tiên tiến năm 2026",
                   "Nguyễn Văn Thành", "Chủ tịch Hội Liên hiệp Phụ nữ xã"):
        nfc = unicodedata.normalize("NFC", wanted)
        assert nfc in pdf_text and nfc in word_text


def face(paragraph, attr: str) -> bool:
    """Bold/italic as Word shows it: the run's own, else the paragraph style's."""
    own = getattr(paragraph.runs[0].font, attr)
    return bool(getattr(paragraph.style.font, attr) if own is None else own)


def test_docx_has_the_same_blocks_sections_and_fonts(tmp_path: Path) -> None:
    word = docx.Document(str(save(sample(), tmp_path / "tt.docx")))
    header = word.tables[0]
    left, right = header.rows[0].cells[0].text, header.rows[0].cells[1].text
    assert left.split("\n")[:2] == ["ỦY BAN NHÂN DÂN", "XÃ THƯỢNG NINH"]
    assert right.split("\n")[:2] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert header.rows[1].cells[0].text == "Số: 12/TTr-UBND"
    date = header.rows[1].cells[1].paragraphs[0]
    assert date.text == "Thượng Ninh, ngày 26 tháng 11 năm 2026" and face(date, "italic")
    assert face(header.rows[0].cells[0].paragraphs[1], "bold")
    texts = [p.text for p in word.paragraphs]
    assert "TỜ TRÌNH" in texts and "Về việc đề nghị khen thưởng danh hiệu Lao động tiên tiến năm 2026" in texts
    people = word.tables[1]
    assert people.rows[0].cells[1].text == "Họ và tên" and people.rows[1].cells[1].text == PEOPLE[1]
    assert people.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # header repeats
    sign = word.tables[-1].rows[0].cells
    assert sign[0].paragraphs[0].text == "Nơi nhận:" and face(sign[0].paragraphs[0], "italic")
    assert [p.text for p in sign[1].paragraphs] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                                                    "Nguyễn Văn Thành"]
    first, wide, back = word.sections
    assert first.different_first_page_header_footer and "PAGE" in first.header._element.xml
    assert wide.orientation == WD_ORIENT.LANDSCAPE and wide.page_width > wide.page_height
    assert back.orientation == WD_ORIENT.PORTRAIT and not back.different_first_page_header_footer
    assert round(first.left_margin.mm) == layout.MARGIN_LEFT_MM and round(first.top_margin.mm) == 20
    fonts = word.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert {fonts.get(qn(a)) for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")} == {"Times New Roman"}


def test_chart_in_word_is_a_picture_or_its_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tnapp.documents import charts
    monkeypatch.setattr(charts, "png", lambda chart, width, dpi=150: None)  # no rasteriser
    word = docx.Document(str(save(sample(rows=2), tmp_path / "c.docx")))
    chart_table = next(t for t in word.tables if t.rows[0].cells[-1].text == "Cá nhân")
    assert [c.text for c in chart_table.rows[2].cells] == ["2026", "12"]


def test_chart_in_word_is_a_picture_when_reportlab_can_rasterise(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    from tnapp.documents import charts
    picture = io.BytesIO()
    Image.new("RGB", (300, 150), "white").save(picture, format="PNG")
    monkeypatch.setattr(charts, "png", lambda chart, width, dpi=150: picture.getvalue())
    word = docx.Document(str(save(sample(rows=2), tmp_path / "p.docx")))
    assert len(word.inline_shapes) == 1
    assert not any(t.rows[0].cells[-1].text == "Cá nhân" for t in word.tables)


def test_unnumbered_draft_and_letter_layout() -> None:
    assert document_number(None, "BC-UBND").endswith("/BC-UBND") and document_number(5, "QĐ-UBND") == "05/QĐ-UBND"
    letter = Document(DocumentKind.OFFICIAL_LETTER, Issuer.commune("Thượng Ninh"), "báo cáo tình hình thi đua",
                      "Thượng Ninh", None, body=(Para.of("Kính gửi: Các đơn vị."),))
    text = PdfReader(io.BytesIO(pdf_bytes(letter))).pages[0].extract_text()
    assert "Số:" in text and "/CV-UBND" in text and "V/v báo cáo tình hình thi đua" in text
    assert "CÔNG VĂN" not in text and "ngày" in text


def test_excel_version_holds_the_same_table_values(tmp_path: Path) -> None:
    book = load_workbook(save(sample(rows=4), tmp_path / "t.xlsx"))
    assert book.sheetnames == ["Danh sách đề nghị", "Số lượt khen thưởng", "Bảng ngang"]
    sheet = book["Danh sách đề nghị"]
    assert [c.value for c in sheet[3]] == ["STT", "Họ và tên", "Chức vụ", "Số tiền"]
    assert [c.value for c in sheet[5]] == [2, PEOPLE[2], "Chủ tịch Hội Liên hiệp Phụ nữ xã", 2469.0]


def test_pdf_uses_the_document_font() -> None:
    data = pdf_bytes(sample(rows=1))
    family = document_font().family.replace(" ", "").encode()
    assert family in data


def test_unwritable_or_unknown_output_is_refused_cleanly(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(TNAppError, match="không tồn tại hoặc không phải là thư mục"):
        save(sample(rows=1), blocker / "out.pdf")
    with pytest.raises(TNAppError, match=r"\.pdf, \.docx hoặc \.xlsx"):
        save(sample(rows=1), tmp_path / "out.odt")
    target = tmp_path / "keep.pdf"
    target.write_bytes(b"old")

    class Boom(Exception):
        pass

    def broken(*args):
        raise Boom

    import tnapp.documents.pdf as pdf_module
    original = pdf_module.render_pdf
    pdf_module.render_pdf = broken
    try:
        with pytest.raises(Boom):
            save(sample(rows=1), target)
    finally:
        pdf_module.render_pdf = original
    assert target.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "keep.pdf"]


def _wide(caption: str) -> Table:
    return Table((Column("Năm", 1),) + tuple(Column(f"Chỉ tiêu {i}", 1, "right") for i in range(12)),
                 (("2026",) + tuple(float(i) for i in range(12)),), caption=caption, landscape=True)


@pytest.mark.parametrize("closing", [True, False])
def test_two_landscape_tables_in_a_row_leave_no_blank_page(closing: bool) -> None:
    doc = Document(DocumentKind.REPORT, Issuer.commune("Thượng Ninh"), "Báo cáo hai biểu ngang", "Thượng Ninh",
                   dt.date(2026, 11, 26), number=3,
                   body=(Para.of("Mở đầu."), _wide("Biểu 1. Ngang"), _wide("Biểu 2. Ngang"),
                         *((Para.of("Đoạn cuối."),) if closing else ())),
                   signature=Signature.chairman("Lê Đức Tuấn") if closing else None)
    pages = PdfReader(io.BytesIO(pdf_bytes(doc))).pages
    shapes = ["L" if float(p.mediabox.width) > float(p.mediabox.height) else "P" for p in pages]
    assert shapes == (["P", "L", "L", "P"] if closing else ["P", "L", "L"])
    texts = [p.extract_text() for p in pages]
    for n, text in enumerate(texts[1:], start=2):  # each page has more than its number
        assert text.split("\n", 1)[1].strip() if "\n" in text else False, f"trang {n} trống"
    assert "Biểu 1" in texts[1] and "Biểu 2" in texts[2] and "Biểu 1" not in texts[2]
