"""The dossier UBND xã sends to the province for the titles above the commune
the council passed (Luật TĐKT 2022, Điều 84): the Tờ trình to the Chủ tịch UBND
tỉnh (addressee and route from the dated setting ``province.submission_route``,
legal bases from ``resources/legal``), the list of nominees, each nominee's
Báo cáo thành tích, the extract of the council minutes with the vote result,
and the list of initiatives recognised that the criteria used."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from tnapp.documents.model import Block, Column, Document, Issuer, Items, Para, Run, Signature, Table
from tnapp.domain.emulation_rules import nominee_count
from tnapp.domain.formatting import format_date
from tnapp.domain.legal_bases import PROPOSAL_TO_PROVINCE
from tnapp.domain.vocab import DocumentKind
from tnapp.errors import TNAppError
from tnapp.models import DocumentNumber, Initiative, Proposal
from tnapp.reports.base import DEMO_MARK, chairman_name
from tnapp.reports.council_docs import build_minutes_extract
from tnapp.reports.dossier import (
    COUNCIL, Dossier, _bases, _counted, _slug, achievement_report, load, nominee_list,
)

if TYPE_CHECKING:
    from tnapp.services.council_views import ProvinceItem
    from tnapp.services.workspace import Workspace


def _demo(demo: bool) -> tuple[Block, ...]:
    return (Para.of(DEMO_MARK, italic=True, align="center", indent=False),) if demo else ()


def _passed_dossiers(ws: Workspace, passed: list[ProvinceItem], day: dt.date | None) -> list[Dossier]:
    """Per proposal, its dossier narrowed to the nominees the council passed, dated ``day``."""
    names: dict[int, set[str]] = {}
    for p in passed:
        names.setdefault(p.proposal_id, set()).add(p.nominee)
    out = []
    for proposal_id, chosen in names.items():
        d = load(ws, proposal_id, day)
        keep = [i for i, p in enumerate(d.profiles) if p.draft.name in chosen]
        # Sent by UBND xã (not the unit that proposed to the commune) on its own Tờ trình's day;
        # the province pays its own prize.
        out.append(replace(d, profiles=tuple(d.profiles[i] for i in keep), prizes=tuple(None for _ in keep),
                           indicators=tuple(d.indicators[i] for i in keep), proposer="", paper_day=day))
    return out


def province_submission(ws: Workspace, dossiers: list[Dossier], meeting_day: dt.date, number: DocumentNumber | None,
                        ) -> Document:
    """Tờ trình of UBND xã to the Chủ tịch UBND tỉnh: what the council passed, by title."""
    commune = ws.commune.current()
    day = number.issued_on if number else None
    route = ws.province.route(day)
    to = f"{route.addressee} {commune.province}"
    body: list[Block] = [
        *_demo(commune.is_demo),
        Para((Run("Kính gửi: "), Run(to)), align="center", indent=False),
        Para.of(f"qua {route.via}", align="center", indent=False),
        *_bases(PROPOSAL_TO_PROVINCE, day),
        Para.of(f"Căn cứ kết quả họp xét thi đua, khen thưởng của {COUNCIL} ngày {format_date(meeting_day)},"),
        Para.of(f"Ủy ban nhân dân xã {commune.name} kính trình {to} xem xét, khen thưởng cho "
                f"{nominee_count(p.draft.nominee.type for d in dossiers for p in d.profiles)} có thành tích xuất sắc năm {dossiers[0].year if dossiers else ''}, cụ thể:"),
    ]
    for i, d in enumerate(dossiers, start=1):
        body.append(Para.of(f"{i}. {d.title_name}: {_counted(d)}", indent=False))
        body.append(Items(tuple(p.draft.name + (f", {p.position}" if p.position != p.draft.name else "")
                                for p in d.profiles), numbered=False))
    initiatives = " và danh sách sáng kiến được công nhận" if any(
        p.draft.initiative_ids for d in dossiers for p in d.profiles) else ""
    body += [Para.of("(Có danh sách, báo cáo thành tích, trích biên bản họp Hội đồng Thi đua – Khen thưởng xã"
                     f"{initiatives} kèm theo.)", italic=True),
             Para.of(f"Ủy ban nhân dân xã {commune.name} kính trình {to} xem xét, quyết định./.")]
    return Document(kind=DocumentKind.SUBMISSION, issuer=Issuer.commune(commune.name), place=commune.place_name,
                    summary=f"Về việc đề nghị {route.addressee} tặng thưởng danh hiệu thi đua, hình thức khen "
                            "thưởng cấp tỉnh",
                    date=day, number=number.seq if number else None, symbol=number.symbol if number else None,
                    body=tuple(body), signature=Signature.chairman(chairman_name(ws)),
                    recipients=("Như trên", route.via, "Lưu: VT"), meta={"title": "Tờ trình đề nghị khen thưởng cấp tỉnh"})


def initiatives_list(ws: Workspace, dossiers: list[Dossier], day: dt.date | None) -> Document | None:
    """The initiatives the criteria used, with who recognised them (None when no nominee relied on one)."""
    wanted = [(p.draft.name, i) for d in dossiers for p in d.profiles for i in p.draft.initiative_ids]
    if not wanted:
        return None
    commune = ws.commune.current()
    with ws.read() as session:
        found = {i.id: i for i in session.scalars(select(Initiative).where(
            Initiative.id.in_([i for _, i in wanted])))}
    rows = tuple((n, who, found[i].title, found[i].recognised_by or "",
                  ", ".join(x for x in (found[i].decision_number or "",
                                        format_date(found[i].recognised_on) if found[i].recognised_on else "") if x))
                 for n, (who, i) in enumerate(((w, i) for w, i in wanted if i in found), start=1))
    return Document(kind=DocumentKind.REPORT, issuer=Issuer.commune(commune.name), place=commune.place_name,
                    title="DANH SÁCH SÁNG KIẾN ĐƯỢC CÔNG NHẬN", numbered=False,
                    summary="Kèm theo hồ sơ đề nghị khen thưởng cấp tỉnh", date=day,
                    body=(*_demo(commune.is_demo),
                          Table((Column("STT", 0.5, "center"), Column("Tác giả", 1.8), Column("Sáng kiến", 3.0),
                                 Column("Cơ quan công nhận", 1.8), Column("Số, ngày công nhận", 1.6)), rows,
                                sheet="Sáng kiến")),
                    signature=Signature.chairman(chairman_name(ws)))


def documents(ws: Workspace, meeting_id: int) -> list[tuple[str, Document]]:
    """(file stem, document) of the province dossier, in the order the province reads it."""
    passed = ws.province.passed(meeting_id)
    if not passed:
        raise TNAppError("Phiên họp không có đề nghị khen thưởng cấp trên nào được Hội đồng thông qua.")
    meeting = ws.council.get_meeting(meeting_id)
    with ws.read() as session:
        proposal = session.get(Proposal, passed[0].proposal_id)
        number = session.get(DocumentNumber, proposal.province_number_id) if proposal.province_number_id else None
        if number is not None:
            session.expunge(number)
    day = number.issued_on if number else None
    dossiers = _passed_dossiers(ws, passed, day)
    heading = (f"Kèm theo Tờ trình số {number.display_number} ngày {format_date(day)}" if number and day
               else "Kèm theo Tờ trình đề nghị khen thưởng cấp tỉnh")
    papers = [("to-trinh-tinh", "", province_submission(ws, dossiers, meeting.held_at.date(), number))]
    papers += [("danh-sach", f"-{_slug(d.title_code)}", nominee_list(d, heading)) for d in dossiers]
    papers.append(("trich-bien-ban-hoi-dong", "", build_minutes_extract(ws, meeting_id, passed)))
    initiatives = initiatives_list(ws, dossiers, day)
    if initiatives is not None:
        papers.append(("sang-kien-duoc-cong-nhan", "", initiatives))
    papers += [("bao-cao-thanh-tich", f"-{_slug(d.title_code)}-{_slug(p.draft.name)}", achievement_report(d, p, figures))
               for d in dossiers for p, figures in zip(d.profiles, d.indicators)]
    # The kinds of paper numbered in the file's order with no gap (no "04" looked for when there is no initiative).
    order: dict[str, int] = {}
    return [(f"{order.setdefault(kind, len(order) + 1):02d}-{kind}{rest}", doc) for kind, rest, doc in papers]


def write_province_dossier(ws: Workspace, meeting_id: int, out_dir: Path) -> list[Path]:
    from tnapp.documents.output import save
    meeting = ws.council.get_meeting(meeting_id)
    folder = Path(out_dir) / f"trinh-tinh-{meeting.year}-hop-{meeting.held_at:%Y%m%d}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TNAppError(f"Không tạo được thư mục «{folder}»: {exc.strerror or exc}.") from exc
    return [save(doc, folder / f"{stem}{suffix}") for stem, doc in documents(ws, meeting_id)
            for suffix in (".pdf", ".docx")]
