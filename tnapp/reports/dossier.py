"""The dossier of an award proposal (hồ sơ đề nghị khen thưởng, Luật TĐKT
2022, Điều 84): the Tờ trình (Mẫu số 01, Phụ lục NĐ 152/2025/NĐ-CP), a
Báo cáo thành tích for each nominee (an individual's: Mẫu số 05; a
collective's or a household's: the collective form of the same appendix) and
the list of nominees with their prize money — each written as PDF and Word
into one folder per proposal."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from tnapp.documents.model import Block, Column, Document, Heading, Issuer, Items, Para, Run, Signature, Table
from tnapp.domain.emulation_rules import NomineeType
from tnapp.domain.formatting import document_number, format_date, format_number
from tnapp.domain.proposal_wizard import Draft, DraftNominee
from tnapp.domain.text import fold
from tnapp.domain.vocab import AwardLevel, DocumentKind, ProposalState
from tnapp.errors import TNAppError
from tnapp.models import (
    AwardRecord, DocumentNumber, Exemplar, Household, Initiative, Person, Proposal, Unit,
)
from tnapp.reports.base import DEMO_MARK, chairman_name
from tnapp.services.emulation_excel import nominee_filter

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace

LAW = "Luật Thi đua, khen thưởng số 06/2022/QH15"
DECREE = "Nghị định số 152/2025/NĐ-CP"
DECREE_TEXT = f"{DECREE} của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng"
COUNCIL = "Hội đồng Thi đua – Khen thưởng xã"
NO_DATA = "chưa có số liệu"


@dataclass(frozen=True)
class Profile:
    """What a Báo cáo thành tích says of its nominee, read from the catalogue."""

    draft: DraftNominee
    position: str  # chức vụ / đơn vị as the list prints it
    lines: tuple[tuple[str, str], ...]  # sơ lược lý lịch / đặc điểm: (label, value)
    head: str  # who signs the report
    confirmer: str  # who confirms it on the left: the person's unit head; "": the commune's chairman
    awards: tuple[tuple, ...]  # (năm, hình thức, số quyết định, cơ quan)
    initiatives: tuple[str, ...]
    exemplars: tuple[str, ...]


@dataclass(frozen=True)
class Dossier:
    proposal_id: int
    title_code: str
    title_name: str
    level: AwardLevel
    year: int
    state: ProposalState
    number: int | None
    symbol: str | None
    day: dt.date | None  # the Tờ trình's date: the submission day; blank for a draft
    commune: str
    place: str
    province: str
    demo: bool
    chairman: str
    profiles: tuple[Profile, ...]
    prizes: tuple[int | None, ...]  # per profile
    indicators: tuple[tuple[tuple, ...], ...]  # per profile: (tên, đơn vị tính, kế hoạch, thực hiện)

    @property
    def total(self) -> int:
        return sum(p or 0 for p in self.prizes)

    @property
    def number_text(self) -> str:
        return document_number(self.number, self.symbol or f"{DocumentKind.SUBMISSION.value}-UBND")


def _profile(session, n: DraftNominee, year: int) -> Profile:
    awards = tuple((str(r.year), r.title.name, r.decision_number or "", r.issuer or "") for r in session.scalars(
        select(AwardRecord).where(nominee_filter(AwardRecord, n.nominee), AwardRecord.year < year + 1)
        .order_by(AwardRecord.year)))
    initiatives = tuple(f"{i.kind.label}: «{i.title}» ({i.recognised_by or 'chưa ghi nơi công nhận'}"
                        f"{', ' + format_date(i.recognised_on) if i.recognised_on else ''})"
                        for i in session.scalars(select(Initiative).where(Initiative.id.in_(n.initiative_ids))))
    exemplars = tuple(f"{e.kind.label}: {e.title}" + (f" ({format_date(e.happened_on)})" if e.happened_on else "")
                      for e in session.scalars(select(Exemplar).where(Exemplar.id.in_(n.exemplar_ids))))
    if n.nominee.type is NomineeType.PERSON:
        p = session.get(Person, n.nominee.id)
        position = ", ".join(x for x in (p.position, p.unit.name) if x)
        lines = (("Họ và tên", p.full_name), ("Năm sinh", str(p.birth_year or "")), ("Giới tính", p.gender.label),
                 ("Chức vụ", p.position or ""), ("Đơn vị công tác", p.unit.name))
        head = p.unit.head_name if p.unit.head_name != p.full_name else None  # a unit head: confirmed by the commune
        return Profile(n, position, lines, p.full_name, head or "", awards, initiatives, exemplars)
    if n.nominee.type is NomineeType.COLLECTIVE:
        u = session.get(Unit, n.nominee.id)
        count = session.scalar(select(func.count()).where(Person.unit_id == u.id))
        lines = (("Tên tập thể", u.name), ("Loại", u.kind.label), ("Người đứng đầu", u.head_name or ""),
                 ("Số thành viên có trong danh mục", str(count)))
        return Profile(n, u.name, lines, u.head_name or "", "", awards, initiatives, exemplars)
    h = session.get(Household, n.nominee.id)
    lines = (("Chủ hộ", h.head_name), ("Địa chỉ", h.address or h.village.name), ("Thôn", h.village.name))
    return Profile(n, h.village.name, lines, h.head_name, "", awards, initiatives, exemplars)


def load(ws: Workspace, proposal_id: int) -> Dossier:
    """Everything the documents print, read once."""
    commune = ws.commune.current()
    with ws.read() as session:
        proposal = session.get(Proposal, proposal_id)
        if proposal is None:
            raise TNAppError(f"Không tìm thấy đề nghị #{proposal_id} (có thể đã bị xóa).")
        draft = Draft.from_json(proposal.draft)
        number = session.get(DocumentNumber, proposal.submission_number_id) if proposal.submission_number_id else None
        profiles = tuple(_profile(session, n, proposal.year) for n in draft.active)
        stored = {(r.person_id, r.collective_id, r.household_id): r.prize_amount for r in proposal.nominees}
        title = proposal.title
        submitted = proposal.state is not ProposalState.DRAFT
        day = proposal.submitted_at.date() if proposal.submitted_at else None
        units = [session.get(Unit, p.draft.nominee.id).code if p.draft.nominee.type is NomineeType.COLLECTIVE
                 else None for p in profiles]
        year = proposal.year
    if submitted:
        prizes = tuple(stored.get(tuple(p.draft.nominee.columns.values())) for p in profiles)
    else:
        quote = ws.proposals.prizes(proposal_id).quote
        prizes = tuple(quote.amount if quote else None for _ in profiles)
    indicators = tuple(_figures(ws, year, p.draft.indicator_ids, unit) for p, unit in zip(profiles, units))
    return Dossier(proposal_id, title.code, title.name, title.level, year, proposal.state,
                   number.seq if number else None, number.symbol if number else None, day, commune.name,
                   commune.place_name, commune.province, commune.is_demo, chairman_name(ws), profiles, prizes,
                   indicators)


def _figures(ws: Workspace, year: int, indicator_ids: tuple[int, ...], unit_code: str | None) -> tuple[tuple, ...]:
    """The linked indicators' plan and result for the year: a collective's own, else the commune's."""
    if not indicator_ids:
        return ()
    figures = {f.indicator_id: f for f in ws.progress.compute(year).indicators}
    if unit_code is not None:  # the unit's own figures where it reports the indicator
        figures.update({f.indicator_id: f for f in ws.progress.compute(year, unit_code=unit_code).indicators
                        if f.actual is not None})
    return tuple((f.name, f.unit_of_measure, format_number(f.target) or NO_DATA, format_number(f.actual) or NO_DATA)
                 for i in indicator_ids if (f := figures.get(i)) is not None)


def _kind_word(d: Dossier) -> str:
    kinds = {p.draft.nominee.type for p in d.profiles}
    words = {NomineeType.PERSON: "cá nhân", NomineeType.COLLECTIVE: "tập thể", NomineeType.HOUSEHOLD: "hộ gia đình"}
    return ", ".join(words[k] for k in (NomineeType.PERSON, NomineeType.COLLECTIVE, NomineeType.HOUSEHOLD)
                     if k in kinds)


def _base(d: Dossier, **kw) -> Document:
    demo = (Para.of(DEMO_MARK, italic=True, align="center", indent=False),) if d.demo else ()
    body = demo + tuple(kw.pop("body"))
    return Document(issuer=Issuer.commune(d.commune), place=d.place, body=body, meta={"title": kw["summary"]}, **kw)


def submission(d: Dossier) -> Document:
    """Tờ trình đề nghị khen thưởng (Mẫu số 01, Phụ lục NĐ 152/2025/NĐ-CP)."""
    up = d.level is not AwardLevel.COMMUNE
    to = f"Chủ tịch Ủy ban nhân dân tỉnh {d.province}" if up else COUNCIL
    deciding = f"Chủ tịch Ủy ban nhân dân tỉnh {d.province}" if up else f"Chủ tịch Ủy ban nhân dân xã {d.commune}"
    who = f"{len(d.profiles)} {_kind_word(d)}"
    overridden = [p for p in d.profiles if p.draft.overridden]
    body: list[Block] = [
        Para.of(f"Kính gửi: {to}", align="center", indent=False),
        Para.of(f"Căn cứ {LAW};"),
        Para.of(f"Căn cứ {DECREE_TEXT};"),
        Para.of(f"Căn cứ kết quả bình xét thi đua năm {d.year} của {COUNCIL} và đề nghị của các cơ quan, "
                "đơn vị, thôn;"),
        Para.of(f"Ủy ban nhân dân xã {d.commune} kính trình {to} xem xét, đề nghị {deciding} "
                f"tặng «{d.title_name}» năm {d.year} cho {who} "
                "có thành tích tiêu biểu (có danh sách và báo cáo thành tích kèm theo), cụ thể:"),
        Items(tuple(f"{p.draft.name}" + (f", {p.position}" if p.position and p.position != p.draft.name else "")
                    for p in d.profiles), numbered=True),
        Para.of(f"Tổng số tiền thưởng theo quy định (Điều 50 {DECREE}): "
                f"{format_number(d.total)} đồng" + ("." if all(p is not None for p in d.prizes) else
                                                   " (chưa có hệ số tiền thưởng cho danh hiệu này).")),
    ]
    if overridden:
        body.append(Para.of("Các trường hợp đề nghị khi chưa đủ thông tin hoặc chưa đạt đủ tiêu chuẩn, có giải "
                            "trình: " + "; ".join(f"{p.draft.name} – {p.draft.override_reason}" for p in overridden)
                            + "."))
    body.append(Para.of(f"Ủy ban nhân dân xã {d.commune} kính trình {to} xem xét, quyết định./."))
    return _base(d, kind=DocumentKind.SUBMISSION, summary=f"Về việc đề nghị tặng «{d.title_name}» năm {d.year}",
                 date=d.day, number=d.number, symbol=d.symbol, body=body,
                 signature=Signature.chairman(d.chairman),
                 recipients=("Như trên", "Lưu: VT"))


def achievement_report(d: Dossier, p: Profile, indicators: tuple[tuple, ...]) -> Document:
    """Báo cáo thành tích: an individual's (Mẫu số 05), a collective's or a household's."""
    person = p.draft.nominee.type is NomineeType.PERSON
    body: list[Block] = [
        Heading("I. SƠ LƯỢC LÝ LỊCH" if person else "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH"),
        *[Para((Run(f"{label}: ", bold=True), Run(value or "…")), indent=False) for label, value in p.lines],
        Heading("II. THÀNH TÍCH ĐẠT ĐƯỢC"),
        *[Para.of(line) for line in (p.draft.achievements or "…").splitlines() if line.strip()],
    ]
    if p.initiatives:
        body += [Heading("Sáng kiến, đề tài", level=2), Items(p.initiatives, numbered=False)]
    if p.exemplars:
        body += [Heading("Điển hình, việc tốt", level=2), Items(p.exemplars, numbered=False)]
    if indicators:
        body.append(Table((Column("STT", 0.5, "center"), Column("Chỉ tiêu", 4.0), Column("Đơn vị tính", 1.3, "center"),
                           Column(f"Kế hoạch {d.year}", 1.2, "right"), Column(f"Thực hiện {d.year}", 1.2, "right")),
                          tuple((i, *row) for i, row in enumerate(indicators, start=1)),
                          caption="Kết quả thực hiện các chỉ tiêu", sheet="Chỉ tiêu"))
    body.append(Heading("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"))
    if p.awards:
        body.append(Table((Column("Năm", 0.7, "center"), Column("Hình thức khen thưởng", 3.0),
                           Column("Số quyết định", 1.6), Column("Cơ quan ban hành", 2.2)), p.awards,
                          sheet="Khen thưởng"))
    else:
        body.append(Para.of("Chưa có hình thức khen thưởng nào được ghi nhận."))
    # Signed side by side: who confirms it on the left, who reports on the right; an
    # attachment to the Tờ trình, not a dispatched document: no "Nơi nhận".
    household = p.draft.nominee.type is NomineeType.HOUSEHOLD
    signer = ("NGƯỜI BÁO CÁO THÀNH TÍCH",) if person else ("CHỦ HỘ",) if household else ("THỦ TRƯỞNG ĐƠN VỊ",)
    confirmer = (Signature(("THỦ TRƯỞNG ĐƠN VỊ", "XÁC NHẬN, ĐỀ NGHỊ"), p.confirmer) if p.confirmer else
                 Signature(("XÁC NHẬN CỦA", "ỦY BAN NHÂN DÂN", f"XÃ {d.commune.upper()}"), d.chairman))
    form = "Mẫu số 05" if person else "mẫu báo cáo thành tích tập thể"
    return _base(d, kind=DocumentKind.REPORT, title="BÁO CÁO THÀNH TÍCH",
                 summary=f"Đề nghị tặng «{d.title_name}» năm {d.year} ({form}, Phụ lục NĐ 152/2025/NĐ-CP)",
                 date=d.day, body=body, signature=Signature(signer, p.head), co_signers=(confirmer,))


def nominee_list(d: Dossier) -> Document:
    """Danh sách đề nghị khen thưởng: STT, họ và tên, chức vụ/đơn vị, danh hiệu, số tiền; the total.
    Sent with the Tờ trình, not on its own: signed, without "Nơi nhận"."""
    rows = tuple((i, p.draft.name, p.position if p.position != p.draft.name else "", d.title_name, prize)
                 for i, (p, prize) in enumerate(zip(d.profiles, d.prizes), start=1))
    table = Table((Column("STT", 0.5, "center"), Column("Họ và tên / tên tập thể", 2.6),
                   Column("Chức vụ, đơn vị", 2.8), Column("Danh hiệu, hình thức", 2.2),
                   Column("Số tiền (đồng)", 1.4, "right")),
                  rows + (("", "Tổng cộng", f"{len(d.profiles)} {_kind_word(d)}", "", d.total),),
                  sheet="Danh sách", total_rows=1)
    day = format_date(d.day) if d.day else "      /      /      "
    return _base(d, kind=DocumentKind.SUBMISSION, title="DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
                 summary=f"Đề nghị tặng «{d.title_name}» năm {d.year} (kèm theo Tờ trình số {d.number_text} "
                         f"ngày {day})",
                 date=d.day, number=d.number, symbol=d.symbol, body=[table],
                 signature=Signature.chairman(d.chairman))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:50] or "x"


def documents(d: Dossier) -> list[tuple[str, Document]]:
    """(file stem, document) of the dossier, in the order the council reads it."""
    out = [("01-to-trinh", submission(d)), ("02-danh-sach", nominee_list(d))]
    out += [(f"{i + 3:02d}-bao-cao-thanh-tich-{_slug(p.draft.name)}", achievement_report(d, p, figures))
            for i, (p, figures) in enumerate(zip(d.profiles, d.indicators))]
    return out


def write_dossier(ws: Workspace, proposal_id: int, out_dir: Path) -> list[Path]:
    from tnapp.documents.output import save
    d = load(ws, proposal_id)
    folder = Path(out_dir) / f"de-nghi-{proposal_id:04d}-{_slug(d.title_code)}-{d.year}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TNAppError(f"Không tạo được thư mục «{folder}»: {exc.strerror or exc}.") from exc
    return [save(doc, folder / f"{stem}{suffix}") for stem, doc in documents(d) for suffix in (".pdf", ".docx")]

