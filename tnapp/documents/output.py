"""Saving a document: PDF, Word or Excel by the file's extension, always
through a temporary file renamed at the end (``write_atomically``, which every
file TNApp writes goes through), so a failed save leaves no half file and never
damages an existing one."""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from tnapp.documents.model import BarChart, Document
from tnapp.errors import TNAppError
from tnapp.i18n import N_, _

FORMATS = {".pdf": "PDF", ".docx": "Word", ".xlsx": "Excel"}


def _writer(suffix: str) -> Callable[[Document, BinaryIO], None]:
    if suffix == ".pdf":
        from tnapp.documents.pdf import render_pdf
        return render_pdf
    if suffix == ".docx":
        from tnapp.documents.docx import render_docx
        return render_docx
    if suffix == ".xlsx":
        return write_excel
    raise TNAppError(_("Không hỗ trợ định dạng «{suffix}»: hãy đặt tên tệp kết thúc bằng .pdf, .docx hoặc .xlsx.",
                       suffix=suffix or _("(không có đuôi)")))


def save(doc: Document, path: str | os.PathLike) -> Path:
    """Write ``doc`` to ``path`` in the format its extension names."""
    target = Path(path).expanduser()
    writer = _writer(target.suffix.lower())
    return write_atomically(target, lambda stream: writer(doc, stream))


def write_atomically(target: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Every file TNApp saves goes through here: ``write`` fills a temporary file in the target's own
    folder (so the rename never crosses a disk), which is flushed to the disk (fsync) and then
    renamed over ``target`` (``os.replace``, atomic). A failure at any point leaves the old file as it
    was and no temporary file behind."""
    if not target.parent.is_dir():
        raise TNAppError(_("Không ghi được tệp «{target}»: thư mục «{parent}» không tồn tại hoặc không phải là "
                           "thư mục. Hãy chọn một thư mục có sẵn.", target=target, parent=target.parent))
    if target.is_dir():
        raise TNAppError(_("Không ghi được tệp «{target}»: đó là một thư mục. Hãy đặt tên tệp.", target=target))
    # A name of our own (not mkstemp's private 0600 file): the saved file gets the usual permissions.
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        with partial.open("xb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, target)
    except OSError as exc:
        _discard(partial)
        raise TNAppError(_("Không ghi được tệp «{target}»: {reason}.", target=target, reason=_why(exc))) from exc
    except BaseException:
        _discard(partial)
        raise
    return target


_REASONS = {
    errno.EACCES: N_("không có quyền ghi vào thư mục này, hoặc tệp đang mở trong chương trình khác"),
    errno.EPERM: N_("không có quyền ghi vào thư mục này"),
    errno.EROFS: N_("ổ đĩa hoặc thư mục chỉ đọc"),
    errno.ENOSPC: N_("ổ đĩa đã đầy"),
    errno.EISDIR: N_("đó là một thư mục"),
    errno.ENOENT: N_("thư mục không tồn tại"),
}


def _why(exc: OSError) -> str:
    return _(_REASONS[exc.errno]) if exc.errno in _REASONS else exc.strerror or str(exc)


def _discard(partial: Path) -> None:
    try:
        partial.unlink(missing_ok=True)
    except OSError:
        pass


def write_excel(doc: Document, stream: BinaryIO) -> None:
    """The document's tables (and charts' data), one sheet each, with the
    same values as the printed tables – numbers, percents and dates as such
    (``tnapp.documents.xlsx``), each sheet ready to print."""
    from tnapp.documents.layout import chart_as_table
    from tnapp.documents.xlsx import new_book, write_table

    book = new_book()
    used: set[str] = set()
    for i, block in enumerate(doc.tables(), start=1):
        table = chart_as_table(block) if isinstance(block, BarChart) else block
        sheet = book.create_sheet(_sheet_name(table.sheet or table.caption or f"Bảng {i}", used))
        total_from = len(table.rows) - table.total_rows
        # A paper on an official form (a statistics form) names its form, what it is and its
        # issuer above each sheet's table: the sheet is sent or merged on its own.
        issuer = f"{doc.issuer.parent} {doc.issuer.body}".strip()
        heading = (" – ".join(filter(None, (doc.form, doc.summary, issuer, table.caption))) if doc.form
                   else table.caption)
        write_table(sheet, table.headers, table.rows, title=heading,
                    align=[c.align for c in table.columns], text_columns={c.header for c in table.columns if c.text},
                    bold_rows={*table.bold_rows, *range(total_from, len(table.rows))}, numbering=table.numbering,
                    landscape=True if table.landscape else None)
    if not book.worksheets:
        write_table(book.create_sheet("Văn bản"), ("Nội dung",), [("Văn bản này không có bảng số liệu.",)],
                    title=doc.summary)
    book.save(stream)


def _sheet_name(wanted: str, used: set[str]) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\, unique."""
    base = "".join("-" if ch in "[]:*?/\\" else ch for ch in wanted).strip()[:31] or "Bảng"
    name, n = base, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name
