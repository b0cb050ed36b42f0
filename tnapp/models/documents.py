"""The document register (sổ văn bản): numbers per kind and year, never reused."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tnapp.domain.formatting import document_number
from tnapp.domain.vocab import DocumentKind, NumberState
from tnapp.models.base import Audited, Base, Versioned


class DocumentNumber(Audited, Versioned, Base):
    """One number of the register. The unique key (commune, year, kind,
    symbol, seq) is what makes two PCs on one database unable to take the same
    number; the symbol is in it because each issuing body has its own series
    (the council's minutes ``BB-HĐTĐKT`` apart from the committee's ``BB-UBND``)."""

    __tablename__ = "document_number"
    __table_args__ = (
        UniqueConstraint("commune_id", "year", "kind", "symbol", "seq"),
        CheckConstraint("seq >= 1", name="seq_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commune_id: Mapped[int] = mapped_column(ForeignKey("commune.id", ondelete="RESTRICT"))
    year: Mapped[int]
    kind: Mapped[DocumentKind]
    seq: Mapped[int]
    symbol: Mapped[str] = mapped_column(String(40))  # "TTr-UBND"
    summary: Mapped[str] = mapped_column(String(400))  # trích yếu
    issued_on: Mapped[dt.date | None]
    state: Mapped[NumberState] = mapped_column(default=NumberState.RESERVED)
    reserved_at: Mapped[dt.datetime]
    reserved_by: Mapped[str] = mapped_column(String(64))

    @property
    def display_number(self) -> str:
        """As printed after ``Số:`` (``12/TTr-UBND``, ``05/QĐ-UBND``)."""
        return document_number(self.seq, self.symbol)

    @property
    def audit_label(self) -> str:
        return self.display_number
