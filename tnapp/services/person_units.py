"""Which unit a person belonged to, and when.

``Person.unit_id`` is where the person is now. When they move, the people
service calls ``record_move``: the stretch in the old unit is closed the day
before the move and a stretch in the new one opens. A person who never moved
has no rows and belongs to their current unit every year. In the year of a
move the person belongs to both units, so either may rate them (the rules
digest says nothing more precise about transfers)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tnapp.models import Person, Unit
from tnapp.models.org import PersonUnitPeriod


@dataclass(frozen=True)
class UnitPeriod:
    unit_id: int
    unit_code: str
    unit_name: str
    from_date: dt.date | None
    to_date: dt.date | None

    def covers(self, year: int) -> bool:
        return (self.from_date is None or self.from_date.year <= year) and (
            self.to_date is None or self.to_date.year >= year)

    @property
    def text(self) -> str:
        """"Văn phòng (01/04/2024 – 31/03/2026)", "Phòng Kinh tế (từ 01/04/2026)"."""
        if self.from_date and self.to_date:
            when = f"{self.from_date:%d/%m/%Y} – {self.to_date:%d/%m/%Y}"
        elif self.to_date:
            when = f"đến {self.to_date:%d/%m/%Y}"
        elif self.from_date:
            when = f"từ {self.from_date:%d/%m/%Y}"
        else:
            return self.unit_name
        return f"{self.unit_name} ({when})"


def record_move(person: Person, new_unit_id: int, on: dt.date) -> None:
    """Note in ``person.unit_periods`` that the person moves to ``new_unit_id`` on ``on``
    (call before changing ``person.unit_id``)."""
    if new_unit_id == person.unit_id:
        return
    current = next((p for p in person.unit_periods if p.to_date is None), None)
    if current is not None and current.from_date is not None and current.from_date >= on:
        current.unit_id = new_unit_id  # moved again the same day: a correction
        return
    if current is None:
        person.unit_periods.append(PersonUnitPeriod(unit_id=person.unit_id, from_date=None,
                                                    to_date=on - dt.timedelta(days=1)))
    else:
        current.to_date = on - dt.timedelta(days=1)
    person.unit_periods.append(PersonUnitPeriod(unit_id=new_unit_id, from_date=on, to_date=None))


def unit_history(session: Session, person: Person) -> list[UnitPeriod]:
    """The person's units, oldest first; one open stretch when they never moved."""
    units = {u.id: u for u in session.scalars(select(Unit))}
    rows = sorted(person.unit_periods, key=lambda p: (p.from_date or dt.date.min, p.id))
    if not rows:
        return [UnitPeriod(person.unit_id, person.unit.code, person.unit.name, None, None)]
    return [UnitPeriod(p.unit_id, units[p.unit_id].code, units[p.unit_id].name, p.from_date, p.to_date)
            for p in rows]


def units_in_year(session: Session, person: Person, year: int) -> list[UnitPeriod]:
    """The units the person belonged to at some time in ``year``."""
    return [p for p in unit_history(session, person) if p.covers(year)]


def past_units(session: Session) -> dict[int, set[int]]:
    """person id → the units they belonged to before (for imports naming an old unit)."""
    found: dict[int, set[int]] = {}
    for person_id, unit_id in session.execute(select(PersonUnitPeriod.person_id, PersonUnitPeriod.unit_id)):
        found.setdefault(person_id, set()).add(unit_id)
    return found
