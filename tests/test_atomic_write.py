"""Every file TNApp saves (papers, workbooks, the JSON of award records) goes through one
writer: a temporary file in the same folder, flushed to the disk, renamed over the old
file. A folder named as offices name them works; a failure in the middle of the write
leaves the old file exactly as it was and nothing beside it."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import pytest

from tnapp.documents import output
from tnapp.documents.model import Document, Issuer, Para
from tnapp.documents.output import save, write_atomically
from tnapp.documents.xlsx import new_book, save_workbook, write_table
from tnapp.domain.vocab import DocumentKind
from tnapp.errors import TNAppError
from tnapp.services.workspace import Workspace

FOLDER = "Hồ sơ #2 %"
OLD = b"the old file, kept whole"


def _doc() -> Document:
    return Document(kind=DocumentKind.REPORT, issuer=Issuer.commune("Thượng Ninh"), summary="Thử ghi tệp",
                    place="Thượng Ninh", date=dt.date(2026, 12, 6), body=(Para.of("Nội dung."),), numbered=False)


def _book():
    book = new_book()
    write_table(book.create_sheet("Bảng"), ("Tên", "Số"), [("Một", 1)], title="THỬ")
    return book


def _savers(ws: Workspace):
    """Each way TNApp saves a file, as (file name, save to path)."""
    return [("báo cáo.pdf", lambda path: save(_doc(), path)),
            ("báo cáo.docx", lambda path: save(_doc(), path)),
            ("báo cáo.xlsx", lambda path: save(_doc(), path)),
            ("danh sách.xlsx", lambda path: save_workbook(_book(), path)),
            ("khen thưởng.json", lambda path: ws.award_export.export(path, year=2025).path)]


def test_every_saver_writes_into_a_folder_named_with_hash_percent_and_vietnamese(
        sqlite_demo: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / FOLDER
    folder.mkdir()
    for name, write in _savers(sqlite_demo):
        (folder / name).write_bytes(OLD)
        assert write(folder / name) == folder / name
        assert (folder / name).read_bytes() != OLD and (folder / name).stat().st_size > 100, name
    assert sorted(p.name for p in folder.iterdir()) == sorted({n for n, _ in _savers(sqlite_demo)})
    assert oct((folder / "báo cáo.pdf").stat().st_mode & 0o777) != oct(0o600)  # usual permissions, not a temp file's


def test_a_failure_mid_write_leaves_the_old_file_intact_and_nothing_beside_it(
        sqlite_demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / FOLDER
    folder.mkdir()

    def full_disk(fd: int) -> None:  # the bytes are written, then the disk refuses them
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", full_disk)
    for name, write in _savers(sqlite_demo):
        (folder / name).write_bytes(OLD)
        with pytest.raises(TNAppError, match="ổ đĩa đã đầy"):
            write(folder / name)
        assert (folder / name).read_bytes() == OLD, name
    assert sorted(p.name for p in folder.iterdir()) == sorted({n for n, _ in _savers(sqlite_demo)})


def test_a_writer_that_breaks_half_way_leaves_the_old_file(tmp_path: Path) -> None:
    folder = tmp_path / FOLDER
    folder.mkdir()
    target = folder / "tệp.bin"
    target.write_bytes(OLD)

    def half(stream) -> None:
        stream.write(b"half of the new ")
        raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        write_atomically(target, half)
    assert target.read_bytes() == OLD and os.listdir(folder) == ["tệp.bin"]
    with pytest.raises(TNAppError, match="không tồn tại"):
        write_atomically(folder / "không có" / "x.bin", half)
