"""What every leadership report shares: its entry in the catalogue, its
parameters, and the parts of the document that do not change (issuing body,
place and date, signer, recipients, the demo mark)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tnapp.documents.model import Annex, Block, Document, Issuer, Para, Percent, Signature
from tnapp.domain.periods import Period
from tnapp.domain.vocab import DocumentKind, PeriodKind, UnitKind
from tnapp.errors import ValidationError

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace

DEMO_MARK = "DỮ LIỆU MẪU – văn bản minh họa từ dữ liệu mẫu của TNApp, không có giá trị pháp lý."

_QUALIFIER = re.compile(r"\s*\((?:tập thể|hộ gia đình|cá nhân)\)\s*$", re.IGNORECASE)


def printed_name(title_name: str) -> str:
    """A title's name as papers print it: the catalogue's qualifier that tells apart the
    entries of one award for each kind of nominee removed ("Giấy khen của Chủ tịch UBND xã
    (tập thể)" → "Giấy khen của Chủ tịch UBND xã"); screens keep the catalogue's name."""
    return _QUALIFIER.sub("", title_name.strip())


def proposed_name(title_name: str) -> str:
    """A title above the commune as the commune's papers print it: a proposal to who gives it
    ("Bằng khen của Chủ tịch UBND tỉnh" → "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen")."""
    name = printed_name(title_name)
    award, sep, giver = name.partition(" của ")
    return f"Đề nghị {giver} tặng {award}" if sep else f"Đề nghị Chủ tịch UBND tỉnh tặng {name}"


@dataclass(frozen=True)
class ReportParams:
    year: int
    period: str | None = None  # canonical period code, for reports that take one
    on: dt.date | None = None  # the document's date (today by default)

    @property
    def day(self) -> dt.date:
        return self.on or dt.date.today()


@dataclass(frozen=True)
class ReportDef:
    """One report of the catalogue: code name, Vietnamese title, what it
    takes, and how it builds its document from the services."""

    code: str
    title: str
    description: str
    build_document: Callable[[Workspace, ReportParams], Document]
    file_name: str  # a saved copy's name before the year and period ("tiến độ" → tien-do-2026-Q3.pdf)
    # Period kinds the user may choose; empty: the report takes only a year.
    period_kinds: tuple[PeriodKind, ...] = ()
    fixed_period: Callable[[int], str] | None = None  # a period implied by the year (sơ kết: H1)

    @property
    def parameters(self) -> tuple[str, ...]:
        return ("year", "period") if self.period_kinds else ("year",)

    @property
    def parameters_text(self) -> str:
        return "--year NĂM --period KỲ" if self.period_kinds else "--year NĂM"

    def period_choices(self, year: int) -> list[Period]:
        return [p for kind in self.period_kinds for p in Period(year, kind).periods_of_kind_in_year()]

    def default_period(self, year: int, today: dt.date | None = None) -> str | None:
        """The last period of the year that has ended (the first one if none has)."""
        choices = self.period_choices(year)
        if not choices:
            return None
        today = today or dt.date.today()
        ended = [p for p in choices if p.end < today and p.kind is choices[0].kind]
        return (ended[-1] if ended else choices[0]).code

    def resolve(self, year: int, period: str | None, on: dt.date | None = None) -> ReportParams:
        """Checked parameters: the period must be one of the report's kinds and in ``year``."""
        if not 2000 <= year <= 2100:
            raise ValidationError(f"Năm {year} không hợp lệ.", field="year")
        if self.fixed_period is not None:
            return ReportParams(year, self.fixed_period(year), on)
        if not self.period_kinds:
            return ReportParams(year, None, on)
        if not period:
            return ReportParams(year, self.default_period(year, on), on)
        parsed = Period.parse(period if "-" in period or len(period) == 4 else f"{year}-{period}")
        if parsed.kind not in self.period_kinds:
            kinds = ", ".join(k.label.lower() for k in self.period_kinds)
            raise ValidationError(f"Báo cáo «{self.title}» chọn kỳ theo: {kinds}; «{period}» không phù hợp.",
                                  field="period")
        if parsed.year != year:
            raise ValidationError(f"Kỳ {parsed.label} không thuộc năm {year}.", field="period")
        return ReportParams(year, parsed.code, on)


def percent(part: float, whole: float) -> Percent | None:
    """``2/3`` as a table cell (printed ``66,7%``, 0,667 in Excel); None when
    there is nothing to divide. In a sentence: ``percent_text``."""
    return Percent.of(part, whole)


def percent_text(part: float, whole: float) -> str:
    """``2/3`` → ``66,7%`` in a sentence; empty when there is nothing to divide."""
    return str(Percent.of(part, whole) or "")


def chairman_name(ws: Workspace) -> str:
    """The head of the commune's people's committee (the top government unit)."""
    heads = [u.head_name for u in ws.units.list()
             if u.kind is UnitKind.GOVERNMENT and u.parent_id is None and u.head_name]
    return heads[0] if heads else ""


def commune_document(ws: Workspace, params: ReportParams, *, summary: str, body: Sequence[Block],
                     kind: DocumentKind = DocumentKind.REPORT, recipients: Sequence[str] = (),
                     title: str | None = None, annexes: Sequence[Annex] = ()) -> Document:
    """A document of the commune's people's committee, signed by its chairman (its annexes after the signature)."""
    commune = ws.commune.current()
    blocks: list[Block] = []
    if commune.is_demo:  # the demo commune's documents are never mistaken for real ones
        blocks.append(Para.of(DEMO_MARK, italic=True, align="center", indent=False))
    blocks += body
    return Document(kind=kind, issuer=Issuer.commune(commune.name), summary=summary, place=commune.place_name,
                    date=params.day, body=tuple(blocks), title=title,
                    signature=Signature.chairman(chairman_name(ws)),
                    recipients=tuple(recipients) or ("Thường trực Đảng ủy, HĐND xã (để b/c)",
                                                     "Chủ tịch, các Phó Chủ tịch UBND xã",
                                                     "Hội đồng Thi đua – Khen thưởng xã"),
                    annexes=tuple(annexes), meta={"title": summary})
