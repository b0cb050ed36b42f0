"""The prize money for a title on a given day, from the settings in force that
day: ``prize_multiplier.<CODE>``, ``base_salary`` and ``prize_rounding_step``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from tnapp.domain.prize import prize_amount
from tnapp.errors import NotFoundError
from tnapp.i18n import _
from tnapp.services.settings import setting_in_force


@dataclass(frozen=True)
class PrizeQuote:
    title_code: str
    on_date: dt.date
    multiplier: float
    base_salary: int
    amount: int  # đồng, rounded up
    basis: str   # the multiplier's and the base salary's legal bases
    unconfirmed: bool  # one of the settings used is marked unconfirmed


def prize_quote(session: Session, title_code: str, on_date: dt.date) -> PrizeQuote:
    """The prize for ``title_code`` on ``on_date`` (the decision date)."""
    try:
        multiplier = setting_in_force(session, f"prize_multiplier.{title_code}", on_date)
    except NotFoundError as exc:
        raise NotFoundError(_("Chưa có hệ số tiền thưởng cho danh hiệu {title_code} áp dụng ngày {on_date:%d/%m/%Y} "
                              "(thiết lập «prize_multiplier.{title_code}»).",
                              title_code=title_code, on_date=on_date)) from exc
    salary = setting_in_force(session, "base_salary", on_date)
    step = setting_in_force(session, "prize_rounding_step", on_date)
    return PrizeQuote(
        title_code=title_code, on_date=on_date, multiplier=float(multiplier.value),
        base_salary=int(salary.value), amount=prize_amount(multiplier.value, int(salary.value), int(step.value)),
        basis="; ".join(b for b in (multiplier.basis, salary.basis) if b),
        unconfirmed=multiplier.unconfirmed or salary.unconfirmed or step.unconfirmed)
