"""One official document in the Nghị định 30/2020 format, independent of any
renderer: the PDF (reportlab) and Word (python-docx) renderers, and the Excel
export of its tables, all read this model.

Text is kept as plain Unicode (NFC); renderers escape and style it. Table
cells keep their raw values – numbers, ``Percent``, ``Money``, dates – so
the Excel version holds numbers and dates (``tnapp.documents.xlsx``); they
are formatted the Vietnamese way only when printed (``layout.cell_text``):
never put ``format_number(x)`` in a cell, put ``x``.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

from tnapp.domain.formatting import blank_date_line, date_line, document_number, format_money, format_number
from tnapp.domain.vocab import DocumentKind

Align = Literal["left", "center", "right", "justify"]


@dataclass(frozen=True)
class Percent:
    """A share as a table cell: printed "74,8%", a number (0,748) with a %
    format in Excel. ``of(part, whole)`` is None when there is nothing to divide."""

    share: float
    decimals: int = 1

    @classmethod
    def of(cls, part: float, whole: float, decimals: int = 1) -> Percent | None:
        return cls(part / whole, decimals) if whole else None

    def __str__(self) -> str:
        return f"{format_number(round(100 * self.share, self.decimals))}%"


@dataclass(frozen=True)
class Money:
    """An amount in đồng as a table cell: printed "2.340.000 đ", a number in Excel."""

    amount: int

    def __str__(self) -> str:
        return format_money(self.amount)


Cell = str | int | float | Percent | Money | dt.date | None


def nfc(text: str) -> str:
    """Composed Vietnamese (NFC), whatever the source sent; line breaks kept."""
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class Issuer:
    """Tên cơ quan ban hành (NĐ 30/2020, Phụ lục I, mục II.2): the parent
    (cơ quan chủ quản, regular caps) and the issuing body (bold caps)."""

    parent: str  # "ỦY BAN NHÂN DÂN"
    body: str  # "XÃ THƯỢNG NINH"
    abbreviation: str = "UBND"  # in the number's symbol: "TTr-UBND"

    @classmethod
    def commune(cls, commune_name: str) -> Issuer:
        return cls("ỦY BAN NHÂN DÂN", f"XÃ {nfc(commune_name).upper()}")


def default_symbol(kind: DocumentKind, council: bool = False) -> str:
    """Ký hiệu (NĐ 30/2020, Phụ lục I, mục II.3): kind abbreviation, hyphen,
    issuer abbreviation. Minutes of the council carry the council's own."""
    if council and kind is DocumentKind.MINUTES:
        return f"{kind.value}-HĐTĐKT"
    return f"{kind.value}-UBND"


def unit_symbol(kind: DocumentKind, abbreviation: str | None) -> str:
    """Ký hiệu of a paper a unit issues from its own register (NĐ 30/2020, Phụ lục III): "TTr-TrTHCS";
    without the unit's abbreviation, room to write it in by hand."""
    return f"{kind.value}-{abbreviation or chr(0xA0) * 8}"


# --- body blocks -------------------------------------------------------------------

@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Heading:
    """A section heading: level 1 "I. …" (bold), 2 "1. …" (bold), 3 (bold italic)."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Para:
    runs: tuple[Run, ...]
    align: Align = "justify"
    indent: bool = True  # first-line indent

    @classmethod
    def of(cls, text: str, *, bold: bool = False, italic: bool = False, align: Align = "justify",
           indent: bool = True) -> Para:
        return cls((Run(text, bold, italic),), align, indent)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Items:
    """Numbered ("1.", "2.") or dashed ("-") items."""

    items: tuple[str, ...]
    numbered: bool = True

    def marker(self, index: int) -> str:
        return f"{index + 1}." if self.numbered else "-"


@dataclass(frozen=True)
class Column:
    header: str
    width: float = 1.0  # relative share of the table's width
    align: Align = "left"
    text: bool = False  # codes, years as labels: digits that are not amounts, text in Excel


@dataclass(frozen=True)
class Table:
    """A bordered table whose header row repeats on every page; cell text
    wraps inside its column. ``landscape`` puts it in a landscape section."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    caption: str | None = None
    sheet: str | None = None  # Excel sheet name (the caption's start otherwise)
    landscape: bool = False
    total_rows: int = 0  # the last rows are totals, set in bold
    bold_rows: frozenset[int] = frozenset()  # group rows ("A. KINH TẾ"), set in bold
    numbering: tuple[str, ...] = ()  # a statistics form's column numbering (A, B, 1, 2…): part of the header


    def is_bold(self, index: int) -> bool:
        return index in self.bold_rows or index >= len(self.rows) - self.total_rows

    def __post_init__(self) -> None:
        if self.numbering and len(self.numbering) != len(self.columns):
            raise ValueError(f"numbering {self.numbering!r} has {len(self.numbering)} cells for {len(self.columns)} columns")
        for row in self.rows:
            if len(row) != len(self.columns):
                raise ValueError(f"row {row!r} has {len(row)} cells for {len(self.columns)} columns")

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class BarChart:
    """A simple vertical bar chart; the Word renderer shows it as a picture
    (reportlab's rasteriser, else drawn with Pillow in the same layout),
    and as a table of its data only when neither can draw it."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    category_label: str = "Nội dung"
    value_label: str = ""  # the unit of the values ("lượt", "đơn vị")
    sheet: str | None = None


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Para | Items | Table | BarChart | PageBreak


# --- signature and document ---------------------------------------------------------

@dataclass(frozen=True)
class Signature:
    """Quyền hạn, chức vụ và họ tên người ký (NĐ 30/2020, Phụ lục I, mục II.7).
    Build it with ``issued_by``: who issues the paper decides the block."""

    lines: tuple[str, ...]
    name: str

    @classmethod
    def issued_by(cls, name: str, *, collective: str | None = None, head: str = "CHỦ TỊCH",
                  deputy: str | None = None) -> Signature:
        """The one rule (NĐ 30/2020, Phụ lục I, mục II.7):

        - the head's own paper (a decision of the Chủ tịch UBND xã in his own
          authority): ``CHỦ TỊCH``, no "TM.";
        - a paper of a collective body (Ủy ban nhân dân, Hội đồng): ``TM.
          <collective>`` above the head's title;
        - a deputy signing for the head (``deputy``: "PHÓ CHỦ TỊCH"): ``KT.
          CHỦ TỊCH`` above the deputy's title, under "TM." when the paper is
          the collective body's."""
        lines = (f"TM. {collective}",) if collective else ()
        lines += (f"KT. {head}", deputy) if deputy else (head,)
        return cls(lines, name)

    @classmethod
    def chairman(cls, name: str, body: str = "ỦY BAN NHÂN DÂN") -> Signature:
        """The chairman signing a paper of the collective ``body`` (a Tờ trình, a report of UBND)."""
        return cls.issued_by(name, collective=body)


@dataclass(frozen=True)
class Annex:
    """A list or appendix sent with the document, printed after the signature
    from a new page (NĐ 30/2020, Phụ lục I, phần phụ lục văn bản):
    its name in bold capitals, centred ("DANH SÁCH KHEN THƯỞNG"), the line
    that ties it to the document in italics ("(Kèm theo Quyết định số …
    ngày … của …)"), then its own blocks."""

    title: str
    note: str = ""
    body: tuple[Block, ...] = ()


@dataclass(frozen=True)
class Document:
    kind: DocumentKind
    issuer: Issuer
    summary: str  # trích yếu nội dung
    place: str  # địa danh of the date line
    date: dt.date | None  # None: a draft, the day left blank
    body: tuple[Block, ...] = ()
    number: int | None = None  # from the register; None until reserved
    symbol: str | None = None
    title: str | None = None  # defaults to the kind's name in capitals
    signature: Signature | None = None  # the main signer, on the right
    co_signers: tuple[Signature, ...] = ()  # signing on the same row, left of the main signer (biên bản: thư ký)
    recipients: tuple[str, ...] = ()  # "Nơi nhận", without the dash and semicolon; none: no "Nơi nhận"
    annexes: tuple[Annex, ...] = ()  # after the signature, each from a new page
    form: str | None = None  # the official form it follows ("Mẫu số 02"), printed top right above the motto
    numbered: bool = True  # False: a paper without a register number (a nominee's own report)
    meta: dict[str, str] = field(default_factory=dict, compare=False)  # PDF/DOCX properties

    @property
    def symbol_text(self) -> str:
        return self.symbol or default_symbol(self.kind)

    @property
    def number_line(self) -> str:
        """Số, ký hiệu (NĐ 30/2020, Phụ lục I, mục II.3): ``Số: 12/TTr-UBND``; none for an unnumbered paper."""
        if not self.numbered:
            return ""
        return f"Số: {document_number(self.number, self.symbol_text)}"

    @property
    def date_text(self) -> str:
        """Địa danh và thời gian (NĐ 30/2020, Phụ lục I, mục II.4)."""
        if self.date is None:
            return blank_date_line(self.place, dt.date.today().year)
        return date_line(self.place, self.date)

    @property
    def title_text(self) -> str | None:
        """Tên loại văn bản (NĐ 30/2020, Phụ lục I, mục II.5a); a công văn has none."""
        if self.kind is DocumentKind.OFFICIAL_LETTER:
            return None
        return nfc(self.title or self.kind.label).upper()

    @property
    def signers(self) -> tuple[Signature, ...]:
        """Left to right: the co-signers, then the main signer."""
        return self.co_signers + ((self.signature,) if self.signature else ())

    @property
    def has_closing(self) -> bool:
        """A signature block or a "Nơi nhận" follows the body."""
        return bool(self.signers or self.recipients)

    @property
    def is_letter(self) -> bool:
        """A công văn: its summary "V/v …" goes under the number (mục II.5b)."""
        return self.kind is DocumentKind.OFFICIAL_LETTER

    def tables(self) -> Iterator[Table | BarChart]:
        """The tables and charts, in order: what the Excel version holds."""
        for block in (*self.body, *(b for annex in self.annexes for b in annex.body)):
            if isinstance(block, (Table, BarChart)):
                yield block

    def with_body(self, body: Sequence[Block]) -> Document:
        from dataclasses import replace
        return replace(self, body=tuple(body))
