"""The legal bases papers cite, as dated data (``resources/legal/``).

Pure: no database, no Qt. ``documents.json`` lists each legal document (kind,
number, date, issuer, short title, in force from/to, whether its details were
checked against the official text); ``citations.json`` lists, per kind of
paper, the documents it cites in the order they are printed. A paper cites
only the documents in force on its own date, so a law replaced by a newer one
(Luật Tổ chức chính quyền địa phương of 19/02/2025, replaced from 01/7/2025)
drops out by itself and the next change of law is a change of data.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from tnapp.domain.formatting import date_words
from tnapp.errors import ValidationError
from tnapp.i18n import _
from tnapp.paths import resources_dir

# The kinds of paper that cite legal bases (keys of citations.json).
COMMUNE_AWARD_DECISION = "commune_award_decision"
COUNCIL_MINUTES = "council_minutes"
BALLOT_COUNT_RECORD = "ballot_count_record"
PROPOSAL_TO_PROVINCE = "proposal_to_province"
PROPOSAL_TO_COMMUNE = "proposal_to_commune"


@dataclass(frozen=True)
class LegalDocument:
    id: str
    kind: str  # Luật, Nghị định, Thông tư, Quyết định …
    number: str | None  # "152/2025/NĐ-CP"; None where not known
    date: dt.date | None  # ngày ban hành
    issuer: str  # Quốc hội, Chính phủ, UBND tỉnh …
    title: str  # short title (trích yếu) as cited after the number and issuer
    in_force_from: dt.date | None  # None: in force before anything the app handles
    in_force_to: dt.date | None  # last day in force; None: still in force
    confirmed: bool  # number, date and title checked against the official text
    note: str  # what could not be checked
    scope: str = "national"  # national, province, commune

    @property
    def identified(self) -> bool:
        """Whether a paper can cite it: a law by its date, anything else by its number and date
        (a "Căn cứ Quyết định … ban hành Quy chế …" without them is an unfinished line a signer sends back)."""
        return self.date is not None and (self.kind == "Luật" or bool(self.number))

    def in_force_on(self, day: dt.date) -> bool:
        return ((self.in_force_from is None or self.in_force_from <= day)
                and (self.in_force_to is None or day <= self.in_force_to))


@dataclass(frozen=True)
class Catalogue:
    documents: Mapping[str, LegalDocument]
    papers: Mapping[str, tuple[str, ...]]  # paper kind → document ids, in print order


def _date(raw: Any, where: str) -> dt.date | None:
    if raw is None:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except (TypeError, ValueError):
        raise ValidationError(_("{where}: ngày «{raw}» không hợp lệ (viết YYYY-MM-DD).",
                                where=where, raw=raw)) from None


def _document(data: Mapping[str, Any], source: str) -> LegalDocument:
    where = f"{source}, văn bản «{data.get('id', '?')}»"
    try:
        doc = LegalDocument(
            id=data["id"], kind=data["kind"], number=data.get("number"), date=_date(data.get("date"), where),
            issuer=data.get("issuer") or "", title=data["title"],
            in_force_from=_date(data.get("in_force_from"), where), in_force_to=_date(data.get("in_force_to"), where),
            confirmed=bool(data["confirmed"]), note=data.get("note") or "", scope=data.get("scope", "national"))
    except KeyError as exc:
        raise ValidationError(_("{where}: thiếu trường {exc}.", where=where, exc=exc)) from None
    if doc.in_force_from and doc.in_force_to and doc.in_force_to < doc.in_force_from:
        raise ValidationError(_("{where}: hết hiệu lực trước ngày có hiệu lực.", where=where))
    if not doc.confirmed and not doc.note:
        raise ValidationError(_("{where}: văn bản chưa xác nhận phải ghi rõ điều chưa đối chiếu (note).", where=where))
    return doc


def parse_catalogue(documents: Mapping[str, Any], citations: Mapping[str, Any], source: str = "") -> Catalogue:
    docs: dict[str, LegalDocument] = {}
    for raw in documents["documents"]:
        doc = _document(raw, source)
        if doc.id in docs:
            raise ValidationError(_("{source}: văn bản «{id}» khai báo hai lần.", source=source, id=doc.id))
        docs[doc.id] = doc
    papers: dict[str, tuple[str, ...]] = {}
    for kind, ids in citations["papers"].items():
        unknown = [i for i in ids if i not in docs]
        if unknown:
            raise ValidationError(_("{source}: giấy tờ «{kind}» viện dẫn văn bản không có trong danh mục: {unknown}.",
                                    source=source, kind=kind, unknown=', '.join(unknown)))
        papers[kind] = tuple(ids)
    return Catalogue(docs, papers)


def legal_dir() -> Path:
    return resources_dir() / "legal"


@cache
def load_catalogue() -> Catalogue:
    folder = legal_dir()
    documents = json.loads((folder / "documents.json").read_text(encoding="utf-8"))
    citations = json.loads((folder / "citations.json").read_text(encoding="utf-8"))
    return parse_catalogue(documents, citations, str(folder))


def bases_for(paper_kind: str, on: dt.date) -> list[LegalDocument]:
    """The documents a paper of ``paper_kind`` dated ``on`` cites, in print order:
    only those in force that day and known by number and date (the others are named on
    screen by ``unconfirmed``, never printed half-cited)."""
    return [doc for doc in _meant_for(paper_kind, on) if doc.identified]


def _meant_for(paper_kind: str, on: dt.date) -> list[LegalDocument]:
    """The documents the catalogue gives a paper of ``paper_kind``, in force on ``on``."""
    catalogue = load_catalogue()
    try:
        ids = catalogue.papers[paper_kind]
    except KeyError:
        raise ValidationError(_("Chưa khai báo căn cứ pháp lý cho loại giấy tờ «{paper_kind}».",
                                paper_kind=paper_kind)) from None
    return [doc for doc in (catalogue.documents[i] for i in ids) if doc.in_force_on(on)]


def unconfirmed(paper_kind: str, on: dt.date) -> list[LegalDocument]:
    """The documents meant for the paper whose details were not checked, or that it leaves out
    for want of a number and date (for the on-screen checklist)."""
    return [doc for doc in _meant_for(paper_kind, on) if not doc.confirmed]


def citation(doc: LegalDocument) -> str:
    """How every paper names the document: a law by its name and date
    ("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"), anything else by
    number, date and issuer ("Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm
    2025 của Chính phủ quy định …"). Parts not known are left out."""
    when = f" {date_words(doc.date)}" if doc.date else ""
    if doc.kind == "Luật":
        return f"{doc.kind} {doc.title}{when}"
    number = f" số {doc.number}" if doc.number else ""
    issuer = f" của {doc.issuer}" if doc.issuer else ""
    return f"{doc.kind}{number}{when}{issuer} {doc.title}"


__all__ = ("BALLOT_COUNT_RECORD", "COMMUNE_AWARD_DECISION", "COUNCIL_MINUTES", "PROPOSAL_TO_COMMUNE",
           "PROPOSAL_TO_PROVINCE", "Catalogue", "LegalDocument", "bases_for", "citation", "load_catalogue",
           "parse_catalogue", "unconfirmed")
