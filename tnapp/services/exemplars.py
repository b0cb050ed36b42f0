"""Điển hình tiên tiến, người tốt việc tốt, mô hình mới: who, what, when, the
story and its photos (kept in the database as attachments with their
SHA-256), and one click to a news item for the commune's web page and social
pages: a folder with an HTML page (UTF-8, the photos beside it) and a plain
text for a social post."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tnapp.domain.emulation_rules import Nominee, NomineeType
from tnapp.domain.formatting import format_date
from tnapp.domain.permissions import Permission
from tnapp.domain.text import fold, nfc
from tnapp.domain.vocab import ExemplarKind
from tnapp.errors import NotFoundError, TNAppError, ValidationError
from tnapp.i18n import _
from tnapp.models import Attachment, Exemplar
from tnapp.services.attachments import AttachmentRow, attachment_row, owned, read_upload, store_attachment
from tnapp.services.base import Service
from tnapp.services.emulation_excel import (
    NOMINEE_COLUMNS, NOMINEE_WIDTHS, UNIT_CODE, ImportPreview, Lookups, NomineeInfo, RowReader, build_preview,
    export_table, import_reason, iter_rows, load_nominee, nominee_info, nominee_options, save_items,
    validation_problem,
)

OWNER = "exemplar"
SHEET = "Điển hình"
YEAR, KIND, TITLE, DATE, STORY, PHOTOS = "Năm", "Loại", "Tiêu đề", "Ngày", "Câu chuyện", "Số ảnh"
COLUMNS = (YEAR, KIND, TITLE, *NOMINEE_COLUMNS, DATE, STORY, PHOTOS)  # «Số ảnh» is not imported
REQUIRED = (YEAR, KIND, TITLE, UNIT_CODE)
MAX_PHOTO_BYTES = 10 * 1024 * 1024
# Image kinds accepted, by their first bytes (the extension alone proves nothing).
_SIGNATURES = ((b"\xff\xd8\xff", "image/jpeg", ".jpg"), (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
               (b"GIF87a", "image/gif", ".gif"), (b"GIF89a", "image/gif", ".gif"))


@dataclass(frozen=True)
class ExemplarInput:
    nominee: Nominee
    kind: ExemplarKind
    title: str
    year: int
    happened_on: dt.date | None = None
    story: str | None = None


PhotoRow = AttachmentRow  # an exemplar's photo


@dataclass(frozen=True)
class ExemplarRow:
    id: int
    nominee: NomineeInfo
    kind: ExemplarKind
    title: str
    year: int
    happened_on: dt.date | None
    story: str | None
    photos: int
    version: int


def image_type(data: bytes) -> tuple[str, str] | None:
    """(media type, extension) of a JPEG, PNG, GIF or WebP image; None otherwise."""
    for magic, media, ext in _SIGNATURES:
        if data.startswith(magic):
            return media, ext
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp", ".webp"
    return None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60] or "tin"


class ExemplarService(Service):
    def list(self, year: int | None = None, kind: ExemplarKind | None = None, unit_id: int | None = None,
             search: str | None = None) -> list[ExemplarRow]:
        with self.ws.read() as session:
            query = select(Exemplar).options(*nominee_options(Exemplar))
            if year is not None:
                query = query.where(Exemplar.year == year)
            if kind is not None:
                query = query.where(Exemplar.kind == kind)
            photos = dict(session.execute(select(Attachment.owner_id, func.count()).where(
                Attachment.owner_type == OWNER).group_by(Attachment.owner_id)).all())
            rows = [self._row(e, photos.get(e.id, 0)) for e in session.scalars(query)]
        if unit_id is not None:
            rows = [r for r in rows if r.nominee.unit_id == unit_id]
        if search and search.strip():
            needle = fold(search)
            rows = [r for r in rows if needle in fold(f"{r.title} {r.nominee.name} {r.nominee.unit_name} {r.story or ''}")]
        return sorted(rows, key=lambda r: (-r.year, r.happened_on or dt.date.min, r.id), reverse=False)

    def get(self, exemplar_id: int) -> ExemplarRow:
        with self.ws.read() as session:
            record = self._load(session, exemplar_id)
            count = session.scalar(select(func.count()).where(Attachment.owner_type == OWNER,
                                                              Attachment.owner_id == exemplar_id))
            return self._row(record, count or 0)

    def create(self, data: ExemplarInput) -> ExemplarRow:
        data = self._clean(data)
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            load_nominee(session, data.nominee)
            record = Exemplar()
            self._apply(record, data)
            session.add(record)
            session.flush()
            record_id = record.id
        return self.get(record_id)

    def update(self, exemplar_id: int, data: ExemplarInput, expected_version: int | None = None) -> ExemplarRow:
        data = self._clean(data)
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            record = self._load(session, exemplar_id)
            self.ws.check_version(record, expected_version)
            load_nominee(session, data.nominee)
            self._apply(record, data)
        return self.get(exemplar_id)

    def delete(self, exemplar_id: int, expected_version: int | None = None) -> None:
        """The exemplar and its photos."""
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            record = self._load(session, exemplar_id)
            self.ws.check_version(record, expected_version)
            for photo in session.scalars(select(Attachment).where(Attachment.owner_type == OWNER,
                                                                  Attachment.owner_id == exemplar_id)):
                session.delete(photo)
            session.delete(record)

    # --- photos -----------------------------------------------------------------------------

    def photos(self, exemplar_id: int) -> list[PhotoRow]:
        with self.ws.read() as session:
            return [attachment_row(a) for a in session.scalars(owned(OWNER, exemplar_id))]

    def photo_data(self, photo_id: int) -> bytes:
        """The image bytes of one photo (for thumbnails)."""
        with self.ws.read() as session:
            data = session.scalar(select(Attachment.data).where(Attachment.id == photo_id,
                                                                Attachment.owner_type == OWNER))
        if data is None:
            raise NotFoundError(_("Không tìm thấy ảnh #{photo_id} (có thể đã bị xóa).", photo_id=photo_id))
        return data

    def add_photo(self, exemplar_id: int, path: Path) -> PhotoRow:
        """Keep an image (JPEG, PNG, GIF, WebP; at most 10 MB) with the exemplar."""
        path = Path(path)
        data = read_upload(path, MAX_PHOTO_BYTES, "Ảnh", "Hãy thu nhỏ ảnh rồi thêm lại.", field="photos")
        kind = image_type(data)
        if kind is None:
            raise ValidationError(_("Tệp «{path}» không phải ảnh (chỉ nhận JPEG, PNG, GIF, WebP).", path=path.name),
                                  field="photos")
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            self._load(session, exemplar_id)
            return store_attachment(session, OWNER, exemplar_id, path.name, kind[0], data, "Ảnh", field="photos")

    def remove_photo(self, photo_id: int) -> None:
        """Remove one photo (through the ORM, so the audit trail records it)."""
        with self.ws.write(Permission.EDIT_EMULATION) as session:
            photo = session.get(Attachment, photo_id)
            if photo is None or photo.owner_type != OWNER:
                raise NotFoundError(_("Không tìm thấy ảnh #{photo_id} (có thể đã bị xóa).", photo_id=photo_id))
            session.delete(photo)

    # --- news item -----------------------------------------------------------------------------

    def make_news(self, exemplar_id: int, folder: Path) -> Path:
        """A news item in a new folder under ``folder``: ``index.html`` (UTF-8),
        the photos beside it, and ``bai-dang.txt`` for social pages. Returns the folder."""
        row = self.get(exemplar_id)
        with self.ws.read() as session:
            photos = [(a.filename, a.media_type, a.data) for a in session.scalars(
                select(Attachment).where(Attachment.owner_type == OWNER, Attachment.owner_id == exemplar_id)
                .order_by(Attachment.id))]
        commune = self.ws.commune.current()
        target = Path(folder) / f"tin-{row.year}-{_slug(row.title)}"
        lead = f"{row.kind.label}: {row.nominee.name}" + (
            f" ({row.nominee.unit_name})" if row.nominee.type is NomineeType.PERSON else "")
        when = format_date(row.happened_on) if row.happened_on else str(row.year)
        paragraphs = [p.strip() for p in (row.story or "").split("\n") if p.strip()]
        try:
            target.mkdir(parents=True, exist_ok=True)
            names = []
            for i, (filename, media, data) in enumerate(photos, start=1):
                ext = Path(filename).suffix.lower() or (image_type(data) or ("", ".jpg"))[1]
                name = f"anh-{i:02d}{ext}"
                (target / name).write_bytes(data)
                names.append(name)
            page = ["<!DOCTYPE html>", '<html lang="vi">', "<head>", '<meta charset="utf-8">',
                    f"<title>{html.escape(row.title)}</title>", "</head>", "<body>", "<article>",
                    f"<h1>{html.escape(row.title)}</h1>",
                    f"<p><em>{html.escape(lead)} – {html.escape(when)}</em></p>"]
            page += [f"<p>{html.escape(p)}</p>" for p in paragraphs]
            page += [f'<figure><img src="{n}" alt="{html.escape(row.title)}" style="max-width:100%"></figure>'
                     for n in names]
            page += [f"<p><small>UBND xã {html.escape(commune.name)}</small></p>", "</article>", "</body>", "</html>"]
            (target / "index.html").write_text("\n".join(page) + "\n", encoding="utf-8")
            text = [row.title.upper(), "", f"{lead} – {when}", "", *[p + "\n" for p in paragraphs],
                    f"#ThiDuaYeuNuoc #{_slug(commune.name).replace('-', '').title()}"]
            (target / "bai-dang.txt").write_text("\n".join(text).strip() + "\n", encoding="utf-8")
        except OSError as exc:
            raise TNAppError(_("Không ghi được bản tin vào «{target}»: {value}.",
                               target=target, value=exc.strerror or exc)) from exc
        return target

    # --- Excel (without photos) -------------------------------------------------------------------

    def export_excel(self, path: Path, rows: list[ExemplarRow] | None = None) -> Path:
        rows = self.list() if rows is None else rows
        return export_table(path, SHEET, COLUMNS, [
            (r.year, r.kind.label, r.title, *r.nominee.cells(), r.happened_on, r.story, r.photos) for r in rows],
            (7, 18, 40, *NOMINEE_WIDTHS, 12, 60, 8))

    def preview_import(self, path: Path) -> ImportPreview[ExemplarInput]:
        """Rows matched on nominee + year + title; photos are added in the app, not imported."""
        preview: ImportPreview[ExemplarInput] = ImportPreview(path, "điển hình")
        with self.ws.read() as session:
            lk = Lookups.load(session)
            existing = {(Nominee.of(e), e.year, fold(e.title)): (e.id, (e.kind, e.title, e.happened_on, e.story))
                        for e in session.scalars(select(Exemplar))}

            def parse(reader: RowReader):
                year = reader.integer(YEAR, required=True, low=2000, high=2100)
                kind = reader.member(ExemplarKind, KIND)
                title = reader.text(TITLE, required=True)
                found = reader.nominee(lk)
                happened, story = reader.date(DATE), reader.text(STORY, keep_lines=True)
                if year is None or kind is None or title is None or found is None or not reader.ok:
                    return None
                nominee, unit = found
                try:
                    data = self._clean(ExemplarInput(nominee, kind, title, year, happened, story))
                except ValidationError as exc:
                    validation_problem(reader, exc, {"title": TITLE, "year": YEAR})
                    return None
                return (nominee, year, fold(data.title)), data, f"{data.title} – {reader.text('Họ và tên') or unit.name}"

            return build_preview(preview, iter_rows(path, SHEET, COLUMNS, REQUIRED, preview.problems), parse,
                                 existing, lambda d: (d.kind, d.title, d.happened_on, d.story))

    def apply_import(self, preview: ImportPreview[ExemplarInput]) -> int:
        preview.check_applicable()
        with self.ws.write(Permission.EDIT_EMULATION, reason=import_reason(preview)) as session:
            return save_items(session, preview, Exemplar, self._load, self._apply)

    # --- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _clean(data: ExemplarInput) -> ExemplarInput:
        title = nfc(data.title)
        if not title:
            raise ValidationError(_("Tiêu đề không được để trống."), field="title")
        if not 2000 <= data.year <= 2100:
            raise ValidationError(_("Năm {year} không hợp lệ.", year=data.year), field="year")
        story = "\n".join(nfc(line) for line in (data.story or "").splitlines()).strip() or None
        return ExemplarInput(data.nominee, ExemplarKind(data.kind), title, data.year, data.happened_on, story)

    @staticmethod
    def _apply(record: Exemplar, data: ExemplarInput) -> None:
        record.kind, record.title, record.year = data.kind, data.title, data.year
        record.happened_on, record.story = data.happened_on, data.story
        for column, value in data.nominee.columns.items():
            setattr(record, column, value)

    @staticmethod
    def _load(session: Session, exemplar_id: int) -> Exemplar:
        record = session.get(Exemplar, exemplar_id)
        if record is None:
            raise NotFoundError(_("Không tìm thấy điển hình #{exemplar_id} (có thể đã bị xóa).",
                                  exemplar_id=exemplar_id))
        return record

    @staticmethod
    def _row(e: Exemplar, photos: int) -> ExemplarRow:
        return ExemplarRow(e.id, nominee_info(e), e.kind, e.title, e.year, e.happened_on, e.story, photos, e.version)
