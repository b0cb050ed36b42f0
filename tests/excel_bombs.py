"""Hostile workbooks built at run time from a real TNApp export (the shared
corpus of tests/test_excel_safety.py and bench/excel_bombs_bench.py): each is
small on disk and huge, or wrong, once opened."""

from __future__ import annotations

import zipfile
from itertools import chain
from collections.abc import Callable, Iterator
from pathlib import Path

SHARED = "xl/sharedStrings.xml"
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_BLOCK = 1 << 20


def _rebuild(base: Path, out: Path, parts: dict[str, Callable[[], Iterator[bytes]]]) -> Path:
    """``base`` with ``parts`` replaced or added (streamed, deflated at level 9);
    a shared-strings part is declared in the content types and the workbook's
    relations so that openpyxl reads it."""
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for info in src.infolist():
            if info.filename in parts:
                continue
            data = src.read(info)
            if SHARED in parts and info.filename == "[Content_Types].xml" and b"sharedStrings" not in data:
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            if SHARED in parts and info.filename == "xl/_rels/workbook.xml.rels" and b"sharedStrings" not in data:
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdBomb" Type="http://schemas.openxml'
                                    b'formats.org/officeDocument/2006/relationships/sharedStrings" '
                                    b'Target="sharedStrings.xml"/></Relationships>')
            dst.writestr(info.filename, data)
        for name, chunks in parts.items():
            with dst.open(name, "w", force_zip64=True) as stream:
                for chunk in chunks():
                    stream.write(chunk)
    return out


def _repeat(piece: bytes, count: int) -> Iterator[bytes]:
    per_block = max(1, _BLOCK // len(piece))
    block = piece * per_block
    for _ in range(count // per_block):
        yield block
    yield piece * (count % per_block)


def _shared(base: Path, out: Path, count: int, body: Callable[[], Iterator[bytes]]) -> Path:
    def chunks() -> Iterator[bytes]:
        yield f'<?xml version="1.0" encoding="UTF-8"?><sst {_NS} count="{count}" uniqueCount="{count}">'.encode()
        yield from body()
        yield b"</sst>"
    return _rebuild(base, out, {SHARED: chunks})


def shared_strings(base: Path, out: Path, count: int = 20_000_000) -> Path:
    """``count`` shared texts (~17 bytes each unpacked) in a file of about a megabyte."""
    return _shared(base, out, count, lambda: _repeat(b"<si><t>x</t></si>", count))


def long_cell(base: Path, out: Path, size: int = 300 * 1024 * 1024) -> Path:
    """One shared text of ``size`` characters."""
    return _shared(base, out, 1, lambda: chain([b"<si><t>"], _repeat(b"A", size), [b"</t></si>"]))


def zip_bomb(base: Path, out: Path, size: int = 1024 * 1024 * 1024) -> Path:
    """The styles part padded with ``size`` bytes of XML comments (openpyxl
    reads that part whole, even in read-only mode)."""
    with zipfile.ZipFile(base) as src:
        styles = src.read("xl/styles.xml")
    root = styles.index(b">", styles.index(b"<styleSheet")) + 1

    def chunks() -> Iterator[bytes]:
        yield styles[:root]
        yield from _repeat(b"<!--x-->", size // 8)
        yield styles[root:]
    return _rebuild(base, out, {"xl/styles.xml": chunks})


def many_rows(base: Path, out: Path, header: list[str], row: Callable[[int], list[str]],
              rows: int = 500_000) -> Path:
    """The first sheet replaced by ``header`` and ``rows`` rows of text cells."""
    def cells(number: int, values: list[str]) -> bytes:
        return (f'<row r="{number}">' + "".join(
            f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>' for i, v in enumerate(values))
            + "</row>").encode()

    def chunks() -> Iterator[bytes]:
        yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><sheetData>'.encode()
        yield cells(1, header)
        batch: list[bytes] = []
        for number in range(2, rows + 2):
            batch.append(cells(number, row(number)))
            if len(batch) == 5000:
                yield b"".join(batch)
                batch.clear()
        yield b"".join(batch)
        yield b"</sheetData></worksheet>"
    return _rebuild(base, out, {"xl/worksheets/sheet1.xml": chunks})


def ods_renamed(out: Path) -> Path:
    """A LibreOffice .ods file given an .xlsx name."""
    with zipfile.ZipFile(out, "w") as dst:
        dst.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        dst.writestr("content.xml", "<office:document-content/>")
    return out
