"""Prize money (NĐ 152/2025/NĐ-CP, Điều 50): multiplier × the base salary in
force on the decision date, rounded up to 10.000 đ."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tnapp.domain.permissions import Actor
from tnapp.domain.prize import prize_amount
from tnapp.domain.vocab import Role
from tnapp.errors import NotFoundError
from tnapp.services.prize import prize_quote
from tnapp.services.workspace import Workspace


def test_rounded_up_to_the_next_ten_thousand() -> None:
    assert prize_amount(0.3, 2_340_000, 10_000) == 710_000  # 702.000 → 710.000
    assert prize_amount(Decimal("0.8"), 2_340_000, 10_000) == 1_880_000  # 1.872.000 → 1.880.000
    assert prize_amount("1.5", 2_340_000, 10_000) == 3_510_000  # exact: stays


def test_an_exact_product_stays_exact() -> None:
    assert prize_amount(0.1, 1_800_000, 10_000) == 180_000  # not 190.000 from a float's tail
    assert prize_amount(0.3, 1_800_000, 10_000) == 540_000
    assert prize_amount(1.0, 2_340_000, 10_000) == 2_340_000
    assert prize_amount(0.3, 2_340_000, 1) == 702_000  # no rounding step: the đồng amount


def test_quote_uses_the_seeded_settings_with_their_basis(ws: Workspace) -> None:
    with ws.read() as session:
        quote = prize_quote(session, "LDTT", dt.date(2026, 12, 20))
    assert (quote.multiplier, quote.base_salary, quote.amount) == (0.3, 2_340_000, 710_000)
    assert "Điều 50" in quote.basis and "73/2024" in quote.basis
    assert quote.unconfirmed  # the rounding step is an unconfirmed setting
    with ws.read() as session:
        assert prize_quote(session, "CSTDCS", dt.date(2026, 12, 20)).amount == 2_340_000


def test_every_seeded_title_has_a_multiplier_and_the_unconfirmed_ones_say_so(ws: Workspace) -> None:
    titles = {t.code for t in ws.proposals.titles().values()}
    assert {"LDTT", "CSTDCS", "TTLDTT", "GK", "GK_TT", "GK_HGD", "GDVH", "TVH", "TTLDXS", "BKT", "BKT_TT",
            "CSTDT"} <= titles
    settings = {s.key: s for s in ws.settings.list() if s.key.startswith("prize_multiplier.")}
    for code in titles:
        with ws.read() as session:
            assert prize_quote(session, code, dt.date(2026, 12, 20)).amount > 0, code
    for code in ("GK", "GK_TT", "GK_HGD", "GDVH", "BKT", "CSTDT"):
        assert settings[f"prize_multiplier.{code}"].unconfirmed, code
        assert settings[f"prize_multiplier.{code}"].basis, code


def test_the_base_salary_in_force_on_the_decision_date(ws: Workspace) -> None:
    admin = Workspace.open(ws.url, Actor("quan-tri", Role.ADMIN))
    try:  # a multiplier already in force in 2023, so that only the base salary changes
        admin.settings.set("prize_multiplier.LDTT", 0.3, dt.date(2023, 1, 1), basis="NĐ 98/2023/NĐ-CP")
    finally:
        admin.close()
    with ws.read() as session:
        before = prize_quote(session, "LDTT", dt.date(2024, 6, 30))
        after = prize_quote(session, "LDTT", dt.date(2024, 7, 1))
    assert (before.base_salary, before.amount) == (1_800_000, 540_000)  # NĐ 24/2023
    assert (after.base_salary, after.amount) == (2_340_000, 710_000)  # NĐ 73/2024
    assert "24/2023" in before.basis and "73/2024" in after.basis


def test_a_missing_multiplier_is_a_clear_message(ws: Workspace) -> None:
    with ws.read() as session, pytest.raises(NotFoundError, match=r"prize_multiplier\.KHONGCO") as caught:
        prize_quote(session, "KHONGCO", dt.date(2026, 12, 20))
    assert "Chưa có hệ số tiền thưởng cho danh hiệu KHONGCO" in str(caught.value)
    assert "20/12/2026" in str(caught.value)
    with ws.read() as session, pytest.raises(NotFoundError, match="LDTT"):
        prize_quote(session, "LDTT", dt.date(2025, 6, 30))  # before NĐ 152's multipliers
