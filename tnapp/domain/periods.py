"""Reporting periods and their codes: ``2026-M03``, ``2026-Q1``, ``2026-H1``, ``2026-9M``, ``2026``.

The one place that turns a period code into dates; every report, import and
dashboard calls it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from tnapp.domain.vocab import PeriodKind
from tnapp.errors import ValidationError
from tnapp.i18n import N_, _

# A period's name, one whole text per month and quarter so each language writes it its own
# way: "Tháng 11/2026" is "November 2026", "Quý III/2026" is "Q3 2026".
MONTH_NAMES = (N_("Tháng 1/{year}"), N_("Tháng 2/{year}"), N_("Tháng 3/{year}"), N_("Tháng 4/{year}"),
               N_("Tháng 5/{year}"), N_("Tháng 6/{year}"), N_("Tháng 7/{year}"), N_("Tháng 8/{year}"),
               N_("Tháng 9/{year}"), N_("Tháng 10/{year}"), N_("Tháng 11/{year}"), N_("Tháng 12/{year}"))
QUARTER_NAMES = (N_("Quý I/{year}"), N_("Quý II/{year}"), N_("Quý III/{year}"), N_("Quý IV/{year}"))
# The same without the year, where the year is shown once (a chart's axis, a table's header).
MONTH_SHORT = (N_("T1"), N_("T2"), N_("T3"), N_("T4"), N_("T5"), N_("T6"), N_("T7"), N_("T8"), N_("T9"),
               N_("T10"), N_("T11"), N_("T12"))
QUARTER_SHORT = (N_("Quý I"), N_("Quý II"), N_("Quý III"), N_("Quý IV"))

_CODE = re.compile(r"^(?P<year>\d{4})(?:-(?:M(?P<month>\d{2})|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<nine>9M)))?$")


@dataclass(frozen=True, order=True)
class Period:
    year: int
    kind: PeriodKind
    index: int = 1  # month 1–12, quarter 1–4, half 1–2; 1 for 9 months and the year

    @classmethod
    def parse(cls, code: str) -> Period:
        match = _CODE.match(code.strip().upper()) if code else None
        if not match:
            raise ValidationError(
                _("Kỳ báo cáo «{code}» không hợp lệ: viết 2026-M03, 2026-Q1, 2026-H1, 2026-9M hoặc 2026.", code=code),
                field="period")
        year = int(match["year"])
        if match["month"]:
            month = int(match["month"])
            if not 1 <= month <= 12:
                raise ValidationError(_("Kỳ báo cáo «{code}»: tháng phải từ 01 đến 12.", code=code), field="period")
            return cls(year, PeriodKind.MONTH, month)
        if match["quarter"]:
            return cls(year, PeriodKind.QUARTER, int(match["quarter"]))
        if match["half"]:
            return cls(year, PeriodKind.HALF_YEAR, int(match["half"]))
        if match["nine"]:
            return cls(year, PeriodKind.NINE_MONTHS)
        return cls(year, PeriodKind.YEAR)

    @property
    def code(self) -> str:
        match self.kind:
            case PeriodKind.MONTH:
                return f"{self.year}-M{self.index:02d}"
            case PeriodKind.QUARTER:
                return f"{self.year}-Q{self.index}"
            case PeriodKind.HALF_YEAR:
                return f"{self.year}-H{self.index}"
            case PeriodKind.NINE_MONTHS:
                return f"{self.year}-9M"
            case _:
                return str(self.year)

    @property
    def first_month(self) -> int:
        return {
            PeriodKind.MONTH: self.index,
            PeriodKind.QUARTER: 3 * self.index - 2,
            PeriodKind.HALF_YEAR: 6 * self.index - 5,
        }.get(self.kind, 1)

    @property
    def last_month(self) -> int:
        return {
            PeriodKind.MONTH: self.index,
            PeriodKind.QUARTER: 3 * self.index,
            PeriodKind.HALF_YEAR: 6 * self.index,
            PeriodKind.NINE_MONTHS: 9,
        }.get(self.kind, 12)

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, self.first_month, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(self.year, self.last_month, calendar.monthrange(self.year, self.last_month)[1])

    @property
    def label(self) -> str:
        """The period's name: ``Tháng 3/2026``, ``Quý I/2026``, ``6 tháng đầu năm 2026``… (in English
        ``March 2026``, ``Q1 2026``, ``First half of 2026``)."""
        match self.kind:
            case PeriodKind.MONTH:
                return _(MONTH_NAMES[self.index - 1], year=self.year)
            case PeriodKind.QUARTER:
                return _(QUARTER_NAMES[self.index - 1], year=self.year)
            case PeriodKind.HALF_YEAR:
                if self.index == 1:
                    return _("6 tháng đầu năm {year}", year=self.year)
                return _("6 tháng cuối năm {year}", year=self.year)
            case PeriodKind.NINE_MONTHS:
                return _("9 tháng năm {year}", year=self.year)
            case _:
                return _("Năm {year}", year=self.year)

    @property
    def short_label(self) -> str:
        """The name without its year: ``T3``, ``Quý I``, ``6 tháng đầu`` (``Mar``, ``Q1``, ``H1``);
        a year is named in full."""
        match self.kind:
            case PeriodKind.MONTH:
                return _(MONTH_SHORT[self.index - 1])
            case PeriodKind.QUARTER:
                return _(QUARTER_SHORT[self.index - 1])
            case PeriodKind.HALF_YEAR:
                return _("6 tháng đầu") if self.index == 1 else _("6 tháng cuối")
            case PeriodKind.NINE_MONTHS:
                return _("9 tháng")
            case _:
                return self.label

    def __str__(self) -> str:
        return self.code

    def deadline(self, days_after_end: int) -> dt.date:
        """The reporting deadline: ``days_after_end`` days after the period ends
        (the number of days per period kind is a setting)."""
        return self.end + dt.timedelta(days=days_after_end)

    def periods_of_kind_in_year(self) -> list[Period]:
        """All periods of this kind in this period's year, in order."""
        count = {PeriodKind.MONTH: 12, PeriodKind.QUARTER: 4, PeriodKind.HALF_YEAR: 2}.get(self.kind, 1)
        return [Period(self.year, self.kind, i) for i in range(1, count + 1)]


def periods_in_year(year: int, kind: PeriodKind) -> list[Period]:
    return Period(year, kind, 1).periods_of_kind_in_year()


def period_due(kind: PeriodKind, today: dt.date, deadline: Callable[[Period], dt.date]) -> Period:
    """The period whose report is due now: the earliest one begun whose deadline
    has not passed (Quý III on 5 October, Quý IV in December, still Quý IV of
    last year on 5 January), else the latest one begun."""
    begun = [p for year in (today.year - 1, today.year) for p in periods_in_year(year, kind) if p.start <= today]
    return next((p for p in begun if deadline(p) >= today), begun[-1])


def due_text(deadline: dt.date, today: dt.date) -> str:
    """``còn 3 ngày`` / ``hôm nay là hạn`` / ``quá hạn 2 ngày``."""
    days = (deadline - today).days
    if days > 0:
        return _("còn {n} ngày", n=days)
    if days == 0:
        return _("hôm nay là hạn")
    return _("quá hạn {n} ngày", n=-days)
