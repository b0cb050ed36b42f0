"""Numbers and dates the Vietnamese way (vi_VN): ``1.234,5`` and ``26/11/2026``.

One place for the format, so the GUI, the CLI's text output, the documents
and the Excel exports agree.
"""

from __future__ import annotations

import datetime as dt
import re

from tnapp.errors import ValidationError
from tnapp.i18n import _


def format_number(value: float | int | None, decimals: int | None = None) -> str:
    """``1234.5`` → ``1.234,5``. ``decimals=None`` shows as many as needed (up to 4)."""
    if value is None:
        return ""
    if decimals is None:
        text = f"{value:,.4f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"
    else:
        text = f"{value:,.{decimals}f}"
    # Swap the separators: thousands "," → ".", decimal "." → ",".
    return text.translate(str.maketrans({",": ".", ".": ","}))


def format_money(amount: int | None) -> str:
    """``2340000`` → ``2.340.000 đ``."""
    return "" if amount is None else f"{format_number(int(amount))} đ"


def format_date(value: dt.date | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y")


def format_datetime(value: dt.datetime | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y %H:%M")


# A grouped number never starts with 0, so "0.125" and "-0.500" are decimals.
_GROUPED_COMMA_DECIMAL = re.compile(r"^[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$")  # 1.234,5  1.234.567
_GROUPED_POINT_DECIMAL = re.compile(r"^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$")  # 1,234.5 (English)
_PLAIN = re.compile(r"^[+-]?\d+([.,]\d+)?$")  # 1234.5  1234,5  0.125


def parse_number(text: str, field: str = "giá trị") -> float:
    """The one rule for reading a number typed or imported as text.

    * vi_VN first: ``1.234,5`` and ``1.234.567`` are grouped by points, the
      comma is the decimal separator (``12,5``, ``0,125``);
    * a point where the grouping cannot apply is a decimal point: ``12.5``,
      ``1234.5``, ``0.125`` and ``-0.500`` (a group never starts with 0), so a
      number copied from an English program or a calculator is not misread;
    * ``1,234.5`` and ``1,234,567`` (English grouping) are read as such;
    * ambiguous, decided the vi_VN way: ``1.234`` is one thousand two hundred
      thirty-four (a point followed by exactly three digits, not starting
      with 0, is grouping) and ``1,234`` is one point two three four.

    Spaces (also non-breaking) are ignored; anything else is refused with a
    message naming ``field``.
    """
    raw = "".join(text.split()).replace("\u2212", "-")
    if _GROUPED_COMMA_DECIMAL.match(raw):
        return float(raw.replace(".", "").replace(",", "."))
    if _GROUPED_POINT_DECIMAL.match(raw) and not _PLAIN.match(raw):
        return float(raw.replace(",", ""))
    if _PLAIN.match(raw):
        return float(raw.replace(",", "."))
    raise ValidationError(_("«{text}» không phải là số hợp lệ ở {field} (ví dụ: 1.234,5 hoặc 1234.5).",
                            text=text, field=field),
                          field=field)


def point_reading(text: str) -> str | None:
    """How ``parse_number`` reads the point in ``text``: ``"thousands"`` (``1.300``,
    ``1.234,5``), ``"decimal"`` (``0.125``, ``12.5``, ``1,234.5``), None when it has no point
    or is no number. The preview says it, so a user sees which way a dotted figure went."""
    raw = "".join(text.split()).replace("\u2212", "-")
    if "." not in raw:
        return None
    if _GROUPED_COMMA_DECIMAL.match(raw):
        return "thousands"
    if _GROUPED_POINT_DECIMAL.match(raw) or _PLAIN.match(raw):
        return "decimal"
    return None


def parse_date(text: str, field: str = "ngày") -> dt.date:
    """``26/11/2026`` (also ``26-11-2026`` and ISO ``2026-11-26``)."""
    raw = text.strip()
    for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise ValidationError(_("«{text}» không phải là ngày hợp lệ ở {field} (viết ngày/tháng/năm, ví dụ 26/11/2026).",
                            text=text, field=field),
                          field=field)


def date_words(day: dt.date) -> str:
    """A date in words as documents write it (NĐ 30/2020, Phụ lục I):
    ``ngày 26 tháng 11 năm 2026``; days below 10 and months below 3 take a
    leading zero (``ngày 05 tháng 02 năm 2025``)."""
    day_text = f"{day.day:02d}" if day.day < 10 else str(day.day)
    month_text = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day_text} tháng {month_text} năm {day.year}"


def date_line(place: str, day: dt.date) -> str:
    """The place-and-date line of an official document:
    ``Thượng Ninh, ngày 26 tháng 11 năm 2026``."""
    return f"{place}, {date_words(day)}"


def blank_date_line(place: str, year: int) -> str:
    """The place-and-date line of a draft not signed yet: day and month left
    for the signing, ``Thượng Ninh, ngày      tháng      năm 2026``."""
    return f"{place}, ngày      tháng      năm {year}"


_DECISION_NUMBER = re.compile(r"^\d+(?:/\d{4})?/[0-9A-Za-zĐđ]+(?:-[0-9A-Za-zĐđ]+)*$")


def is_document_number(text: str) -> bool:
    """Whether ``text`` (NFC, trimmed) is written as a document's number: digits,
    "/", the symbol — ``1234/QĐ-UBND``, ``12/2025/QĐ-UBND`` — the form
    ``document_number`` prints."""
    return bool(_DECISION_NUMBER.match(text))


def document_number(seq: int | None, symbol: str) -> str:
    """``12/TTr-UBND``; numbers below 10 take a leading zero (NĐ 30/2020,
    Phụ lục I, mục II.3); an unnumbered draft leaves room to write it in."""
    if seq is None:  # non-breaking spaces: the blank survives every renderer
        return f"{chr(0xA0) * 8}/{symbol}"
    return f"{seq:02d}/{symbol}"
