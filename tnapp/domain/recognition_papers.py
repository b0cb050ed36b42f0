"""What the recognition paper (Giấy công nhận) of a title says and who signs
it, as dated data (``resources/forms/recognition_papers.json``): the titles
«Gia đình văn hóa» and «Thôn văn hóa» (Nghị định 86/2023/NĐ-CP) are given with
a Giấy công nhận, not a Giấy khen.

Pure: no database, no Qt. Whether the signer may decide the title is the one
rule ``commune_chairman_may_decide``; a fact that could not be checked against
the official text is marked ``confirmed: false`` and shown on screen, never
printed on the paper.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from tnapp.domain import legal_bases
from tnapp.domain.council_rules import commune_chairman_may_decide
from tnapp.domain.vocab import AwardLevel
from tnapp.errors import ValidationError
from tnapp.i18n import _
from tnapp.paths import resources_dir


@dataclass(frozen=True)
class RecognitionPaper:
    title_code: str
    heading: str  # "GIA ĐÌNH VĂN HÓA"
    verb: str  # "CÔNG NHẬN"
    name_label: str  # "Gia đình ông (bà)"; "" for a village, named as it is
    reason: str  # "Đạt danh hiệu “Gia đình văn hóa” năm {year}"
    issuer: str  # "Chủ tịch UBND xã"
    issuer_level: AwardLevel
    basis: str  # why that signer: the legal basis, for the screen
    confirmed: bool
    note: str  # what could not be checked
    decision_cites: str | None = None  # the legal document (catalogue id) a decision holding the title cites too

    def reason_for(self, year: int) -> str:
        return self.reason.format(year=year)


def parse_papers(data: Mapping[str, Any], source: str = "") -> dict[str, RecognitionPaper]:
    papers = {}
    for code, raw in data["papers"].items():
        where = f"{source}, giấy công nhận «{code}»"
        try:
            paper = RecognitionPaper(code, raw["heading"], raw["verb"], raw.get("name_label") or "", raw["reason"],
                                     raw["issuer"], AwardLevel(raw["issuer_level"]), raw["basis"],
                                     bool(raw["confirmed"]), raw.get("note") or "", raw.get("decision_cites"))
        except KeyError as exc:
            raise ValidationError(_("{where}: thiếu trường {field}.", where=where, field=exc)) from None
        except ValueError:
            raise ValidationError(_("{where}: cấp «{level}» không hợp lệ.", where=where, level=raw.get('issuer_level'))) from None
        if not commune_chairman_may_decide(paper.issuer_level):
            raise ValidationError(_("{where}: giấy do {issuer} ký không phải giấy của xã.", where=where, issuer=paper.issuer))
        if paper.decision_cites and paper.decision_cites not in legal_bases.load_catalogue().documents:
            raise ValidationError(_("{where}: văn bản «{cites}» không có trong danh mục văn bản.", where=where,
                                    cites=paper.decision_cites))
        if not paper.confirmed and not paper.note:
            raise ValidationError(_("{where}: điều chưa xác nhận phải ghi rõ (note).", where=where))
        papers[code] = paper
    return papers


@cache
def recognition_papers() -> dict[str, RecognitionPaper]:
    path = resources_dir() / "forms" / "recognition_papers.json"
    return parse_papers(json.loads(path.read_text(encoding="utf-8")), str(path))


def recognition_paper(title_code: str) -> RecognitionPaper | None:
    """The Giấy công nhận of a title, or None when the title has none."""
    return recognition_papers().get(title_code.upper())


def decision_bases(title_codes: Iterable[str], on: dt.date) -> list[legal_bases.LegalDocument]:
    """What a decision dated ``on`` holding these titles cites besides its own
    bases (NĐ 86/2023 for «Gia đình văn hóa», «Thôn văn hóa»), in force that day, once each."""
    ids = dict.fromkeys(p.decision_cites for c in title_codes if (p := recognition_paper(c)) and p.decision_cites)
    documents = legal_bases.load_catalogue().documents
    return [documents[i] for i in ids if i and documents[i].in_force_on(on)]
