"""The dossier of an award proposal (hồ sơ đề nghị khen thưởng, Luật TĐKT
2022, Điều 84): the proposing unit's Tờ trình, a Báo cáo thành tích for each
nominee in the fields of the official individual or collective form (its
number from ``resources/forms``) and the list of nominees with their prize
money — each written as PDF and Word into one folder per proposal. The legal
bases cited come from ``resources/legal`` (``tnapp.domain.legal_bases``)."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from tnapp.documents.model import Block, Column, Document, Heading, Issuer, Items, Para, Run, Signature, Table
from tnapp.domain.emulation_rules import Nominee, NomineeType, nominee_count
from tnapp.domain.legal_bases import PROPOSAL_TO_COMMUNE, bases_for, citation
from tnapp.domain.formatting import document_number, format_date, format_number
from tnapp.domain.proposal_wizard import Draft, DraftNominee
from tnapp.domain.text import fold, position_and_unit
from tnapp.domain.vocab import AwardForm, AwardLevel, DocumentKind, PersonStatus, ProposalState, UnitKind
from tnapp.errors import TNAppError
from tnapp.models import (
    AwardRecord, Exemplar, Household, Initiative, Person, Proposal, Unit,
)
from tnapp.paths import resources_dir
from tnapp.domain.council_rules import commune_chairman_may_decide
from tnapp.reports.base import DEMO_MARK, chairman_name, printed_name
from tnapp.services.emulation_excel import nominee_filter
from tnapp.services.proposals import describe_nominee, submission_number

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace

COUNCIL = "Hội đồng Thi đua – Khen thưởng xã"
PROVINCE_CHAIRMAN = "Chủ tịch Ủy ban nhân dân tỉnh"
NO_DATA = "chưa có số liệu"


@dataclass(frozen=True)
class Profile:
    """What a Báo cáo thành tích says of its nominee, read from the catalogue."""

    draft: DraftNominee
    position: str  # chức vụ / đơn vị as the list prints it
    unit: str  # the person's unit; a collective's own name; a household's village
    parent: str  # the level above the unit (the report's header of a collective)
    lines: tuple[tuple[str, str], ...]  # sơ lược lý lịch / đặc điểm: (label, value); "" leaves a line to fill
    head: str  # who signs the report
    confirmer: str  # the head of the level above who confirms it
    titles: tuple[tuple, ...]  # danh hiệu thi đua: (năm, danh hiệu, số và ngày quyết định, cơ quan)
    commendations: tuple[tuple, ...]  # hình thức khen thưởng: same columns
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
    number: int | None  # the Tờ trình's: the unit's own (None: left to fill by hand), or UBND xã's register's
    symbol: str  # "TTr-TrTHCS" for a unit's Tờ trình, "TTr-UBND" for UBND xã's own
    day: dt.date | None  # the submission day (blank for a draft): the reports' date, what counts as received
    paper_day: dt.date | None  # the Tờ trình's own date: the unit's, as typed (None: to fill by hand)
    commune: str
    place: str
    province: str
    demo: bool
    chairman: str
    profiles: tuple[Profile, ...]
    prizes: tuple[int | None, ...]  # per profile
    indicators: tuple[tuple[tuple, ...], ...]  # per profile: (tên, đơn vị tính, kế hoạch, thực hiện)
    proposer: str  # the proposing unit (recorded in the wizard)
    proposer_head: str
    proposer_title: str  # the head's position ("Chánh Văn phòng"), from the people of the unit
    proposer_parent: str = ""  # the unit's managing body, above its name in the letterhead

    @property
    def above_commune(self) -> bool:
        """A title the Chủ tịch UBND xã cannot give: the papers propose it to the province."""
        return not commune_chairman_may_decide(self.level)

    @property
    def total(self) -> int:
        return sum(p or 0 for p in self.prizes)

    @property
    def number_text(self) -> str:
        return document_number(self.number, self.symbol)


def _decision(number: str | None, day: dt.date | None) -> str:
    return ", ".join(x for x in (number or "", f"ngày {format_date(day)}" if day else "") if x)


def _received(session, n: DraftNominee, year: int, title_code: str, day: dt.date | None) -> tuple[tuple, tuple]:
    """The awards already received up to ``year`` and decided before the report's ``day``:
    the one being proposed never among them."""
    rows = [r for r in session.scalars(select(AwardRecord).where(nominee_filter(AwardRecord, n.nominee),
                                                                 AwardRecord.year <= year)
                                       .order_by(AwardRecord.year, AwardRecord.id))
            if not (r.year == year and r.title.code == title_code)
            and not (day and r.decision_date and r.decision_date > day)]
    line = lambda r: (str(r.year), r.title.name, _decision(r.decision_number, r.decision_date), r.issuer or "")  # noqa: E731
    return (tuple(line(r) for r in rows if r.title.form is AwardForm.TITLE),
            tuple(line(r) for r in rows if r.title.form is not AwardForm.TITLE))


def _profile(session, n: DraftNominee, year: int, title_code: str, commune: str, province: str,
             day: dt.date | None) -> Profile:
    titles, commendations = _received(session, n, year, title_code, day)
    initiatives = tuple(f"{i.kind.label} «{i.title}»" + (f", công nhận: {_decision(i.decision_number, i.recognised_on)}"
                                                         f"{' – ' + i.recognised_by if i.recognised_by else ''}"
                                                         if i.recognised_by or i.decision_number else "")
                        for i in session.scalars(select(Initiative).where(Initiative.id.in_(n.initiative_ids))))
    exemplars = tuple(f"{e.kind.label}: {e.title}" + (f" ({format_date(e.happened_on)})" if e.happened_on else "")
                      for e in session.scalars(select(Exemplar).where(Exemplar.id.in_(n.exemplar_ids))))
    ubnd = f"Ủy ban nhân dân xã {commune}"
    if n.nominee.type is NomineeType.PERSON:
        p = session.get(Person, n.nominee.id)
        position = position_and_unit(p.position, p.unit.name)
        born = f"ngày …… tháng …… năm {p.birth_year}" if p.birth_year else ""
        lines = (("Họ và tên", p.full_name), ("Sinh ngày, tháng, năm", born), ("Giới tính", p.gender.label),
                 ("Quê quán", p.hometown or ""), ("Nơi thường trú", p.residence or ""),
                 ("Đơn vị công tác", p.unit.name), ("Chức vụ (đảng, chính quyền, đoàn thể)", p.position or ""),
                 ("Trình độ chuyên môn, nghiệp vụ", p.qualification or ""),
                 ("Trình độ lý luận chính trị", p.political_theory or ""),
                 ("Học hàm, học vị, danh hiệu, giải thưởng", ""))
        own_head = p.unit.head_name and p.unit.head_name != p.full_name
        confirmer = p.unit.head_name if own_head else ""  # a unit head: confirmed by the commune's chairman
        return Profile(n, position, p.unit.name, p.unit.name if own_head else ubnd, lines, p.full_name,
                       confirmer or "", titles, commendations, initiatives, exemplars)
    if n.nominee.type is NomineeType.COLLECTIVE:
        u = session.get(Unit, n.nominee.id)
        count = session.scalar(select(func.count()).where(Person.unit_id == u.id, Person.status == PersonStatus.ACTIVE))
        parts = ", ".join(c.name for c in u.children)
        lines = (("Trụ sở chính", ""), ("Điện thoại", u.phone or ""),
                 ("Tổng số cán bộ, công chức, viên chức, người lao động", f"{count} người" if count else ""),
                 ("Cơ cấu tổ chức", parts), ("Người đứng đầu", u.head_name or ""),
                 ("Chức năng, nhiệm vụ được giao", ""))
        parent = _managing_body(u, commune, province)
        return Profile(n, u.name, u.name, parent, lines, u.head_name or "", "", titles, commendations,
                       initiatives, exemplars)
    h = session.get(Household, n.nominee.id)
    lines = (("Chủ hộ", h.head_name), ("Địa chỉ", h.address or h.village.name),
             ("Số nhân khẩu", str(h.members) if h.members else ""))
    return Profile(n, h.village.name, h.village.name, h.village.name, lines, h.head_name, h.village.head_name or "",
                   titles, commendations, initiatives, exemplars)


def load(ws: Workspace, proposal_id: int, on: dt.date | None = None) -> Dossier:
    """Everything the documents print, read once; ``on``: the day the papers are
    dated (the submission day by default), up to which awards count as received."""
    commune = ws.commune.current()
    with ws.read() as session:
        proposal = session.get(Proposal, proposal_id)
        if proposal is None:
            raise TNAppError(f"Không tìm thấy đề nghị #{proposal_id} (có thể đã bị xóa).")
        draft = Draft.from_json(proposal.draft)
        number, symbol = submission_number(session, proposal)
        # A proposal made outside the wizard (imported, or by a test) has rows but no draft.
        nominees = draft.active or tuple(replace(describe_nominee(session, Nominee.of(r)),
                                                 achievements=r.achievements or "") for r in proposal.nominees)
        day = on or (proposal.submitted_at.date() if proposal.submitted_at else None)
        profiles = tuple(_profile(session, n, proposal.year, proposal.title.code, commune.name, commune.province,
                                  day) for n in nominees)
        unit = session.get(Unit, proposal.proposing_unit_id) if proposal.proposing_unit_id else None
        head_title = (session.scalar(select(Person.position).where(Person.unit_id == unit.id,
                                                                   Person.full_name == unit.head_name).limit(1))
                      or "") if unit and unit.head_name else ""
        managing_body = _managing_body(unit, commune.name, commune.province) if unit else ""
        stored = {(r.person_id, r.collective_id, r.household_id): r.prize_amount for r in proposal.nominees}
        title = proposal.title
        submitted = proposal.state is not ProposalState.DRAFT
        units = [session.get(Unit, p.draft.nominee.id).code if p.draft.nominee.type is NomineeType.COLLECTIVE
                 else None for p in profiles]
        year = proposal.year
    if not commune_chairman_may_decide(title.level):
        prizes = tuple(None for _ in profiles)  # the province decides and pays its own prize
    elif submitted:
        prizes = tuple(stored.get(tuple(p.draft.nominee.columns.values())) for p in profiles)
    else:
        quote = ws.proposals.prizes(proposal_id).quote
        prizes = tuple(quote.amount if quote else None for _ in profiles)
    indicators = tuple(_figures(ws, year, p.draft.indicator_ids, unit) for p, unit in zip(profiles, units))
    return Dossier(proposal_id, title.code, printed_name(title.name), title.level, year, proposal.state,
                   number, symbol, day, draft.unit_date if unit else day, commune.name,
                   commune.place_name, commune.province, commune.is_demo, chairman_name(ws), profiles, prizes,
                   indicators, unit.name if unit else "", (unit.head_name or "") if unit else "", head_title,
                   managing_body)


# Units the commune's UBND manages when the catalogue names no parent (NĐ 30/2020, Phụ lục I, mục II.2:
# the letterhead names the direct managing body above the issuing unit).
MANAGED_BY_UBND = (UnitKind.GOVERNMENT, UnitKind.SCHOOL, UnitKind.HEALTH, UnitKind.VILLAGE, UnitKind.MILITARY)


def _managing_body(unit: Unit, commune: str, province: str) -> str:
    """The body above ``unit`` in its letterhead: its parent in the catalogue; else UBND xã for the units
    it manages, the province's police for the commune's police; none for the Party, the People's Council,
    the Front and enterprises, which UBND xã does not manage."""
    if unit.parent is not None:
        return unit.parent.name
    if unit.kind is UnitKind.POLICE:
        return f"Công an tỉnh {province}"
    return f"Ủy ban nhân dân xã {commune}" if unit.kind in MANAGED_BY_UBND else ""


def _figures(ws: Workspace, year: int, indicator_ids: tuple[int, ...], unit_code: str | None) -> tuple[tuple, ...]:
    """The linked indicators' plan and result for the year: a collective's own, else the commune's."""
    if not indicator_ids:
        return ()
    figures = {f.indicator_id: f for f in ws.progress.compute(year).indicators}
    if unit_code is not None:  # the unit's own figures where it reports the indicator
        figures.update({f.indicator_id: f for f in ws.progress.compute(year, unit_code=unit_code).indicators
                        if f.actual is not None})
    return tuple((f.name, f.unit_of_measure, NO_DATA if f.target is None else f.target,
                  NO_DATA if f.actual is None else f.actual)
                 for i in indicator_ids if (f := figures.get(i)) is not None)


def _counted(d: Dossier) -> str:
    """"02 cá nhân và 01 tập thể": each kind of nominee counted by its name."""
    return nominee_count(p.draft.nominee.type for p in d.profiles)


def _base(d: Dossier, **kw) -> Document:
    demo = (Para.of(DEMO_MARK, italic=True, align="center", indent=False),) if d.demo else ()
    body = demo + tuple(kw.pop("body"))
    kw.setdefault("issuer", Issuer.commune(d.commune))
    return Document(place=d.place, body=body, meta={"title": kw["summary"]}, **kw)


def _bases(paper_kind: str, day: dt.date | None) -> list[Block]:
    """"Căn cứ …;" of the legal bases the paper kind cites on its date (``resources/legal``)."""
    return [Para.of(f"Căn cứ {citation(doc)};", italic=True)
            for doc in bases_for(paper_kind, day or dt.date.today())]


def submission(d: Dossier) -> Document:
    """Tờ trình đề nghị khen thưởng of the proposing unit to the Chủ tịch UBND xã, through the
    council (which has not met yet: the paper cites the unit's own review, never the council's result)."""
    to = f"Chủ tịch Ủy ban nhân dân xã {d.commune}"
    who = _counted(d)
    proposer = d.proposer or f"Ủy ban nhân dân xã {d.commune}"
    overridden = [p for p in d.profiles if p.draft.overridden]
    # Above the commune the chairman only proposes (NĐ 129/2025, Điều 59); the province decides and pays.
    ask = f"đề nghị {PROVINCE_CHAIRMAN} tặng" if d.above_commune else "tặng"
    body: list[Block] = [
        Para((Run("Kính gửi: ", bold=False), Run(to)), align="center", indent=False),
        Para.of(f"(qua {COUNCIL})", align="center", indent=False),
        *_bases(PROPOSAL_TO_COMMUNE, d.day),
        Para.of(f"Căn cứ kết quả bình xét thi đua năm {d.year} của {proposer},"),
        Para.of(f"{proposer} kính đề nghị {to} xem xét, {ask} {d.title_name} năm {d.year} cho {who} "
                "có thành tích tiêu biểu (có danh sách và báo cáo thành tích kèm theo), cụ thể:"),
        Items(tuple(f"{p.draft.name}" + (f", {p.position}" if p.position and p.position != p.draft.name else "")
                    for p in d.profiles), numbered=True),
    ]
    if not d.above_commune and all(p is not None for p in d.prizes):
        body.append(Para.of(f"Tổng số tiền thưởng theo quy định: {format_number(d.total)} đồng."))
    if overridden:
        body.append(Para.of("Các trường hợp đề nghị khi chưa đủ thông tin hoặc chưa đạt đủ tiêu chuẩn, có giải "
                            "trình: " + "; ".join(f"{p.draft.name} – {p.draft.override_reason.rstrip('.')}"
                                      for p in overridden) + "."))
    body.append(Para.of(f"{proposer} kính trình {to} xem xét, "
                        + ("đề nghị cấp trên khen thưởng./." if d.above_commune else "quyết định./.")))
    return _base(d, kind=DocumentKind.SUBMISSION, summary=f"Về việc đề nghị tặng {d.title_name} năm {d.year}",
                 date=d.paper_day, number=d.number, symbol=d.symbol, body=body, issuer=_issuer(d),
                 signature=_signer(d), recipients=("Như trên", "Lưu: VT"))


def _issuer(d: Dossier) -> Issuer:
    """Who issues the Tờ trình and its list: the proposing unit; UBND xã without one (the province route)."""
    return Issuer(d.proposer_parent.upper(), d.proposer.upper()) if d.proposer else Issuer.commune(d.commune)


def _signer(d: Dossier) -> Signature:
    return (Signature(((d.proposer_title or "Thủ trưởng đơn vị").upper(),), d.proposer_head) if d.proposer
            else Signature.chairman(d.chairman))


@cache
def _forms() -> tuple[dict, ...]:
    path = resources_dir() / "forms" / "achievement_reports.json"
    return tuple(json.loads(path.read_text(encoding="utf-8"))["forms"])


def form_number(person: bool, on: dt.date) -> str | None:
    """The number of the official Báo cáo thành tích form in force on ``on`` (``resources/forms``)."""
    kind = "person" if person else "collective"
    forms = sorted((f for f in _forms() if f["nominee"] == kind and dt.date.fromisoformat(f["effective_from"]) <= on),
                   key=lambda f: f["effective_from"])
    return forms[-1]["form"] if forms else None


def _award_table(rows: tuple[tuple, ...], what: str) -> Block:
    if not rows:
        return Para.of(f"Chưa có {what}.")
    return Table((Column("Năm", 0.7, "center"), Column(what[0].upper() + what[1:], 2.6),
                  Column("Số, ngày quyết định", 2.0), Column("Cơ quan ban hành", 2.2)), rows, sheet=what[:28])


def achievement_report(d: Dossier, p: Profile, indicators: tuple[tuple, ...]) -> Document:
    """Báo cáo thành tích: the nominee's own report in the fields of the official
    individual or collective form — no UBND letterhead, no register number; the
    form's number top right; confirmed by the head of the level above."""
    person = p.draft.nominee.type is NomineeType.PERSON
    household = p.draft.nominee.type is NomineeType.HOUSEHOLD
    achievements = [Para.of(line) for line in (p.draft.achievements or "").splitlines() if line.strip()]
    body: list[Block] = [
        Heading("I. SƠ LƯỢC LÝ LỊCH" if person else "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH"),
        *[Para((Run(f"- {label}: "), Run(value or "." * 60)), indent=False) for label, value in p.lines],
        Heading("II. THÀNH TÍCH ĐẠT ĐƯỢC"),
        # The individual form splits duties from achievements; the collective one has its duties in section I.
        *((Heading("1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận", level=2), Para.of("." * 120, indent=False),
           Heading("2. Thành tích đạt được", level=2)) if person else ()),
        *achievements,
    ]
    if indicators:
        body.append(Table((Column("STT", 0.5, "center"), Column("Chỉ tiêu", 4.0), Column("Đơn vị tính", 1.3, "center"),
                           Column(f"Kế hoạch {d.year}", 1.2, "right"), Column(f"Thực hiện {d.year}", 1.2, "right")),
                          tuple((i, *row) for i, row in enumerate(indicators, start=1)),
                          caption="Kết quả thực hiện các chỉ tiêu", sheet="Chỉ tiêu"))
    if p.initiatives:
        body += [Para.of("Sáng kiến, giải pháp được công nhận:", indent=False), Items(p.initiatives, numbered=False)]
    if p.exemplars:
        body += [Para.of("Gương điển hình, việc tốt:", indent=False), Items(p.exemplars, numbered=False)]
    body += [Heading("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"),
             Heading("1. Danh hiệu thi đua", level=2), _award_table(p.titles, "danh hiệu thi đua"),
             Heading("2. Hình thức khen thưởng", level=2), _award_table(p.commendations, "hình thức khen thưởng")]
    signer = ("NGƯỜI BÁO CÁO THÀNH TÍCH",) if person else ("CHỦ HỘ",) if household else ("THỦ TRƯỞNG ĐƠN VỊ",)
    # A commune title is decided by the Chủ tịch UBND xã: its report is confirmed below him, by the head
    # of the proposing unit (who signs the unit's Tờ trình); only a title above the commune by UBND xã.
    if p.confirmer:
        confirmer = Signature(("XÁC NHẬN CỦA TRƯỞNG THÔN",) if household else ("THỦ TRƯỞNG ĐƠN VỊ", "XÁC NHẬN, ĐỀ NGHỊ"),
                              p.confirmer)
    elif d.above_commune or not d.proposer or p.head == d.proposer_head:  # nobody confirms their own report
        confirmer = Signature(("XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), d.chairman)
    else:
        confirmer = Signature(("THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN", (d.proposer_title or "Thủ trưởng đơn vị").upper()),
                              d.proposer_head)
    # An individual's or a household's own report has no letterhead; a collective's names its level above.
    issuer = Issuer("", "") if person or household else Issuer(p.parent.upper(), p.unit.upper())
    return _base(d, kind=DocumentKind.REPORT, title="BÁO CÁO THÀNH TÍCH",
                 summary=f"Đề nghị tặng {d.title_name} năm {d.year}", issuer=issuer, numbered=False,
                 form=form_number(person, d.day or dt.date.today()), date=d.day, body=body,
                 signature=Signature(signer, p.head), co_signers=(confirmer,))


def nominee_list(d: Dossier, heading: str = "") -> Document:
    """Danh sách đề nghị khen thưởng, sent with the Tờ trình (not a paper of its own: no number of its
    own, no "Nơi nhận"): STT, họ và tên, chức vụ/đơn vị, danh hiệu, số tiền; the total."""
    money = any(p is not None for p in d.prizes)  # the province's own prize is not the commune's to list
    rows = tuple((i, p.draft.name, p.position if p.position != p.draft.name else "", d.title_name,
                  *((prize,) if money else ())) for i, (p, prize) in enumerate(zip(d.profiles, d.prizes), start=1))
    table = Table((Column("STT", 0.5, "center"), Column("Họ và tên / tên tập thể", 2.6),
                   Column("Chức vụ, đơn vị", 2.8), Column("Danh hiệu, hình thức", 2.2),
                   *((Column("Số tiền (đồng)", 1.4, "right"),) if money else ())),
                  rows + (("", "Tổng cộng", _counted(d), "", *((d.total,) if money else ())),),
                  sheet="Danh sách", total_rows=1)
    return _base(d, kind=DocumentKind.SUBMISSION, title="DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", numbered=False,
                 summary=heading or f"Đề nghị tặng {d.title_name} năm {d.year} (kèm theo {_submission_ref(d)})",
                 date=d.paper_day, body=[table], issuer=_issuer(d), signature=_signer(d))


def _submission_ref(d: Dossier) -> str:
    """The Tờ trình the list goes with, as its issuer numbered and dated it; a unit's paper whose
    number is still to be written by hand, by the unit's name."""
    ref = " ".join(x for x in ("Tờ trình", f"số {d.number_text}" if d.number is not None else "",
                               f"ngày {format_date(d.paper_day)}" if d.paper_day else "") if x)
    return f"{ref} của {d.proposer}" if d.proposer else ref


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

