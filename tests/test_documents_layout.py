"""The engine's closing parts: several signers side by side, lists annexed
after the signature, "Nơi nhận" only when the document has one, and captions
and signatures never left alone at the foot of a page (PDF read back with
pypdf, Word with python-docx)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from openpyxl import load_workbook
from pypdf import PdfReader

from tnapp.documents.model import Annex, Column, Document, Heading, Issuer, Para, Signature, Table
from tnapp.documents.output import save
from tnapp.documents.pdf import render_pdf
from tnapp.domain.vocab import DocumentKind

SECRETARY, CHAIR = "Trần Văn Ân", "Nguyễn Thị Hương"


def doc(body=(Para.of("Biên bản được thông qua tại cuộc họp."),), **kw) -> Document:
    return Document(DocumentKind.MINUTES, Issuer.commune("Thượng Ninh"), "Họp Hội đồng xét khen thưởng", "Thượng Ninh",
                    dt.date(2026, 11, 26), number=4, body=tuple(body), **kw)


def minutes(**kw) -> Document:
    return doc(signature=Signature(("CHỦ TỌA", "CHỦ TỊCH HỘI ĐỒNG"), CHAIR),
               co_signers=(Signature(("THƯ KÝ",), SECRETARY),), **kw)


def pages(document: Document) -> list[str]:
    buffer = io.BytesIO()
    render_pdf(document, buffer)
    return [p.extract_text() for p in PdfReader(buffer).pages]


def positions(document: Document) -> dict[str, tuple[int, float, float]]:
    """First line starting with each text: (page index, x, y)."""
    buffer = io.BytesIO()
    render_pdf(document, buffer)
    found: dict[str, tuple[int, float, float]] = {}
    for n, page in enumerate(PdfReader(buffer).pages):
        def visit(text, cm, tm, font, size, n=n):
            if text.strip():
                found.setdefault(text.strip(), (n, cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]))
        page.extract_text(visitor_text=visit)
    return found


def at(found: dict[str, tuple[int, float, float]], start: str) -> tuple[int, float, float]:
    return next(v for k, v in found.items() if k.startswith(start))


def word(document: Document, tmp_path: Path) -> docx.Document:
    return docx.Document(str(save(document, tmp_path / "v.docx")))


def test_two_signers_side_by_side_secretary_left_chair_right(tmp_path: Path) -> None:
    found = positions(minutes())
    secretary, chair = at(found, "THƯ KÝ"), at(found, "CHỦ TỌA")
    assert secretary[0] == chair[0] and abs(secretary[2] - chair[2]) < 2  # one row
    assert secretary[1] < chair[1]  # the secretary on the left
    for title, name in ((secretary, SECRETARY), (chair, CHAIR)):
        signed = at(found, name)
        assert signed[2] < title[2] - 60  # room to sign under the title
    assert abs(at(found, SECRETARY)[2] - at(found, CHAIR)[2]) < 2  # names level although titles differ
    text = "\n".join(pages(minutes()))
    assert text.index("THƯ KÝ") < text.index("CHỦ TỌA") and "Nơi nhận" not in text
    sign = word(minutes(), tmp_path).tables[-1]
    titles = [[p.text for p in c.paragraphs] for c in sign.rows[0].cells]
    assert titles == [["THƯ KÝ"], ["CHỦ TỌA", "CHỦ TỊCH HỘI ĐỒNG"]]
    assert [c.text for c in sign.rows[1].cells] == [SECRETARY, CHAIR]


def test_several_signers_keep_recipients_under_them_when_given(tmp_path: Path) -> None:
    signed = minutes(recipients=("UBND xã",))
    found = positions(signed)
    assert at(found, "Nơi nhận:")[2] < at(found, SECRETARY)[2] and at(found, "- Lưu: VT.")
    rows = word(signed, tmp_path).tables[-1].rows
    assert [p.text for p in rows[2].cells[0].paragraphs] == ["Nơi nhận:", "- UBND xã;", "- Lưu: VT."]


def test_no_recipients_no_noi_nhan(tmp_path: Path) -> None:
    plain = doc(signature=Signature.chairman("Lê Đức Tuấn"))
    text = "\n".join(pages(plain))
    assert "Lê Đức Tuấn" in text and "Nơi nhận" not in text and "Lưu: VT" not in text
    cells = [c.text for t in word(plain, tmp_path).tables for r in t.rows for c in r.cells]
    assert not any("Nơi nhận" in c for c in cells) and any("Lê Đức Tuấn" in c for c in cells)
    sent = doc(signature=Signature.chairman("Lê Đức Tuấn"), recipients=("Như trên",))
    assert "- Như trên;\n- Lưu: VT." in pages(sent)[-1]


def decision(rows: int = 60) -> Document:
    listing = Table((Column("STT", 0.5, "center"), Column("Họ và tên", 2.0), Column("Số tiền", 1.0, "right")),
                    tuple((i, f"Người được khen {i}", 710_000) for i in range(1, rows + 1)), sheet="Danh sách")
    return Document(DocumentKind.DECISION, Issuer.commune("Thượng Ninh"), "Về việc khen thưởng năm 2026",
                    "Thượng Ninh", dt.date(2026, 12, 22), number=1,
                    body=(Para.of("Điều 1. Khen thưởng (có danh sách kèm theo)."), Para.of("Điều 3. Thi hành.")),
                    signature=Signature.chairman("Lê Đức Tuấn"), recipients=("Như Điều 3",),
                    annexes=(Annex("Danh sách khen thưởng", "(Kèm theo Quyết định số 01/QĐ-UBND ngày 22/12/2026)",
                                   (listing,)),))


def test_annex_comes_after_the_signature_on_its_own_pages(tmp_path: Path) -> None:
    text = pages(decision())
    signed = next(n for n, t in enumerate(text) if "Lê Đức Tuấn" in t)
    annex = next(n for n, t in enumerate(text) if "DANH SÁCH KHEN THƯỞNG" in t)
    assert signed < annex and "Nơi nhận:" in text[signed] and "Điều 3" in text[signed]
    assert "(Kèm theo Quyết định số 01/QĐ-UBND ngày 22/12/2026)" in " ".join(text[annex].split("\n"))
    assert not any("Người được khen" in t for t in text[:annex]) and "Người được khen 60" in text[-1]
    assert len(text) > annex + 1 and "Họ và tên" in text[-1]  # the list goes on, its header repeated
    body = [child for child in word(decision(5), tmp_path).element.body]
    texts = ["".join(t.text or "" for t in el.iter(qn("w:t"))) for el in body]
    signature = next(i for i, t in enumerate(texts) if "Lê Đức Tuấn" in t)
    title = texts.index("DANH SÁCH KHEN THƯỞNG")
    listing = next(i for i, t in enumerate(texts) if "Người được khen 1" in t)
    assert signature < title < listing
    breaks = [i for i, el in enumerate(body[:-1]) if el.find(f".//{qn('w:sectPr')}") is not None]
    assert any(signature < i < title for i in breaks)  # a new section: the annex starts a page
    book = load_workbook(save(decision(3), tmp_path / "qd.xlsx"))
    sheet = book["Danh sách"]  # the annex's table is the Excel version's sheet
    assert book.sheetnames == ["Danh sách"] and [c.value for c in sheet[sheet.max_row]] == [3, "Người được khen 3",
                                                                                             710_000]


def filler(lines: int) -> tuple[Para, ...]:
    return tuple(Para.of(f"Đoạn văn số {i}.") for i in range(lines))


CAPTIONED = Table((Column("STT", 0.5, "center"), Column("Họ và tên", 2.0)),
                  tuple((i, f"Cán bộ {i}") for i in range(1, 16)), caption="Bảng kết quả bình xét")


@pytest.mark.parametrize("lines", range(22, 34))
def test_a_caption_never_ends_a_page_without_its_table(lines: int) -> None:
    text = pages(doc((*filler(lines), CAPTIONED, Para.of("Hết."))))
    page = next(n for n, t in enumerate(text) if "Bảng kết quả bình xét" in t)
    assert "Cán bộ 1" in text[page], f"{lines} dòng: chú thích bảng đứng riêng cuối trang {page + 1}"


@pytest.mark.parametrize("lines", range(16, 30))
def test_the_signature_never_stands_alone_on_a_page(lines: int) -> None:
    text = pages(doc((*filler(lines), Para.of("Đoạn kết thúc văn bản.")), signature=Signature.chairman("Lê Đức Tuấn")))
    page = next(n for n, t in enumerate(text) if "Lê Đức Tuấn" in t)
    assert "Đoạn kết thúc văn bản." in text[page] and "TM. ỦY BAN NHÂN DÂN" in text[page]


@pytest.mark.parametrize("lines", range(4, 40, 3))
def test_a_paper_ending_with_its_table_keeps_the_tables_end_with_the_signature(lines: int) -> None:
    """A form (a statistics form, a list) ends with its table: the signature goes where the table ends,
    else takes the table's last row with it; the table is never pushed whole onto a later page."""
    table = Table((Column("STT", 0.5, "center"), Column("Họ và tên", 2.0)),
                  tuple((i, f"Cán bộ {i}") for i in range(1, lines + 1)))
    text = pages(doc((Para.of("Danh sách như sau."), table), signature=Signature.chairman("Lê Đức Tuấn")))
    page = next(n for n, t in enumerate(text) if "Lê Đức Tuấn" in t)
    assert f"Cán bộ {lines}" in text[page] and "TM. ỦY BAN NHÂN DÂN" in text[page], f"{lines} dòng"
    assert "Cán bộ 1\n" in text[0] or text[0].rstrip().endswith("Cán bộ 1"), f"{lines} dòng: bảng không bắt đầu ở trang 1"
    assert len(text) == page + 1


def test_word_keeps_caption_heading_and_signature_with_what_follows(tmp_path: Path) -> None:
    document = word(doc((Heading("I. KẾT QUẢ"), CAPTIONED, Para.of("Đoạn kết thúc văn bản.")),
                        signature=Signature.chairman("Lê Đức Tuấn")), tmp_path)

    def keeps(paragraph) -> bool:
        own = paragraph.paragraph_format.keep_with_next
        return bool(paragraph.style.paragraph_format.keep_with_next if own is None else own)

    by_text = {p.text: p for p in document.paragraphs}
    assert keeps(by_text["I. KẾT QUẢ"]) and keeps(by_text["Bảng kết quả bình xét"])
    assert keeps(by_text["Đoạn kết thúc văn bản."])
    sign = document.tables[-1]
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in sign.rows)


def test_who_issues_decides_the_signature_block() -> None:
    """NĐ 30/2020, Phụ lục I, mục II.7: "TM." only for a collective body, "KT." for a deputy."""
    assert Signature.issued_by("Lê Đức Tuấn").lines == ("CHỦ TỊCH",)  # the chairman's own decision
    assert Signature.issued_by("Nguyễn Thị Thanh", deputy="PHÓ CHỦ TỊCH").lines == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert Signature.issued_by("Lê Đức Tuấn", collective="HỘI ĐỒNG").lines == ("TM. HỘI ĐỒNG", "CHỦ TỊCH")
    assert Signature.chairman("Lê Đức Tuấn").lines == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")  # a Tờ trình of UBND
    assert Signature.issued_by("Nguyễn Thị Thanh", collective="ỦY BAN NHÂN DÂN", deputy="PHÓ CHỦ TỊCH").lines == (
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
