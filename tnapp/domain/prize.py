"""Prize money (tiền thưởng) for an award: the title's multiplier × the base
salary (lương cơ sở) in force, rounded up (NĐ 152/2025/NĐ-CP, Điều 50; the
rounding step is a setting, from the earlier decrees)."""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal


def prize_amount(multiplier: Decimal | float | str, base_salary: int, rounding_step: int) -> int:
    """``multiplier`` × ``base_salary`` in đồng, rounded *up* to a multiple of
    ``rounding_step`` (10.000 đ by default): 0,3 × 2.340.000 = 702.000 → 710.000.
    Decimal arithmetic, so an exact product stays exact: 0,1 × 1.800.000 is
    180.000, not 180.000,00000000003 rounded up to 190.000."""
    exact = Decimal(str(multiplier)) * Decimal(base_salary)
    if rounding_step <= 1:
        return int(exact.to_integral_value(rounding=ROUND_CEILING))
    steps = (exact / Decimal(rounding_step)).to_integral_value(rounding=ROUND_CEILING)
    return int(steps) * rounding_step
