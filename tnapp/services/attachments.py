"""Files kept with a record in the database (``Attachment``: owner_type and
owner_id, the bytes and their SHA-256): exemplar photos, a proposal's
supporting documents. One way to read, check and store them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tnapp.domain.text import nfc
from tnapp.errors import TNAppError, ValidationError
from tnapp.i18n import _
from tnapp.models import Attachment
from tnapp.models.base import utcnow


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    filename: str
    media_type: str
    size: int
    sha256: str


def read_upload(path: Path, max_bytes: int, what: str, advice: str, field: str) -> bytes:
    """The file's bytes; refused (naming ``what`` and the file) when larger than ``max_bytes``."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ValidationError(_("{what} «{path}» nặng {size:.1f} MB, quá giới hạn {max_bytes} MB. {advice}",
                                    what=what, path=path.name, size=size / 1024 / 1024,
                                    max_bytes=max_bytes // (1024 * 1024), advice=advice), field=field)
        return path.read_bytes()
    except OSError as exc:
        raise TNAppError(_("Không đọc được tệp «{path}»: {value}.", path=path, value=exc.strerror or exc)) from exc


def store_attachment(session: Session, owner_type: str, owner_id: int, filename: str, media_type: str,
                     data: bytes, what: str, field: str) -> AttachmentRow:
    """Keep ``data`` with its owner, refusing a second copy of the same content."""
    digest = hashlib.sha256(data).hexdigest()
    twin = session.scalar(select(Attachment.filename).where(
        Attachment.owner_type == owner_type, Attachment.owner_id == owner_id, Attachment.sha256 == digest))
    if twin is not None:
        raise ValidationError(_("{what} «{filename}» đã có (trùng nội dung với «{twin}»).",
                                what=what, filename=filename, twin=twin), field=field)
    row = Attachment(owner_type=owner_type, owner_id=owner_id, filename=nfc(filename), media_type=media_type,
                     sha256=digest, size=len(data), data=data, created_at=utcnow())
    session.add(row)
    session.flush()
    return attachment_row(row)


def attachment_row(a: Attachment) -> AttachmentRow:
    return AttachmentRow(a.id, a.filename, a.media_type, a.size, a.sha256)


def owned(owner_type: str, owner_id: int):
    """The query of an owner's attachments, in the order they were added."""
    return select(Attachment).where(Attachment.owner_type == owner_type,
                                    Attachment.owner_id == owner_id).order_by(Attachment.id)
