"""The demo commune's emulation records, from ``db/seed/demo``: movements
(the plan's yearly movement 2026 and a thematic one), ratings 2023–2025,
initiatives, award history with its pending matters, exemplars and
complaints. Called by ``SeedService`` inside the demo's one transaction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tnapp.domain.emulation_rules import complaint_due
from tnapp.domain.vocab import (
    ComplaintState, DisciplineForm, EffectScope, ExemplarKind, InitiativeKind, MatterKind, MovementKind,
    MovementStage, RatingLevel, RegistrationState,
)
from tnapp.errors import TNAppError
from tnapp.i18n import _
from tnapp.models import (
    AwardRecord, AwardTitle, Commune, Complaint, DisciplineRecord, Exemplar, Household, Indicator, Initiative,
    Movement, Person, Registration, TaskRating, Unit,
)
from tnapp.services.seed_files import load_seed_file, seed_date

FILES = ("movements.json", "ratings.json", "initiatives.json", "awards.json", "exemplars.json", "complaints.json")


class _Refs:
    """Finds the demo's units, people, households and titles named in the files."""

    def __init__(self, session: Session, file: str) -> None:
        self.file = file
        self.units = {u.code: u for u in session.scalars(select(Unit))}
        self.people = {(p.full_name, p.birth_year, p.unit_id): p for p in session.scalars(select(Person))}
        self.households = {(h.village_id, h.code): h for h in session.scalars(select(Household))}
        self.titles = {t.code: t for t in session.scalars(select(AwardTitle))}
        self.indicators = {i.code: i for i in session.scalars(select(Indicator))}

    def _missing(self, what: str) -> TNAppError:
        return TNAppError(_("Tệp dữ liệu mẫu «{file}»: không có {what}.", file=self.file, what=what))

    def unit(self, code: str) -> Unit:
        if code not in self.units:
            raise self._missing(f"đơn vị «{code}»")
        return self.units[code]

    def person(self, name: str, birth_year: int, unit: str) -> Person:
        key = (name, birth_year, self.unit(unit).id)
        if key not in self.people:
            raise self._missing(f"người «{name}» ({birth_year}, {unit})")
        return self.people[key]

    def nominee(self, item: dict) -> dict[str, int | None]:
        """The NomineeRef columns of an item naming a person, a collective or a household."""
        columns: dict[str, int | None] = {"person_id": None, "collective_id": None, "household_id": None}
        if "person" in item:
            columns["person_id"] = self.person(item["person"], item["birth_year"], item["unit"]).id
        elif "collective" in item:
            columns["collective_id"] = self.unit(item["collective"]).id
        else:
            key = (self.unit(item["village"]).id, item["household"])
            if key not in self.households:
                raise self._missing(f"hộ «{item['household']}»")
            columns["household_id"] = self.households[key].id
        return columns

    def title(self, code: str) -> AwardTitle:
        if code not in self.titles:
            raise self._missing(f"danh hiệu «{code}»")
        return self.titles[code]


def load_demo_emulation(session: Session, folder: Path) -> dict[str, int]:
    """Add the demo's emulation records; returns how many of each."""
    data = {name: load_seed_file(folder, name) for name in FILES}
    commune_id = session.scalar(select(Commune.id))
    counts: dict[str, int] = {}

    refs = _Refs(session, "movements.json")
    for item in data["movements.json"]:
        session.add(Movement(
            commune_id=commune_id, code=item["code"], name=item["name"], kind=MovementKind(item["kind"]),
            year=item["year"], slogan=item.get("slogan"), launch_doc_number=item.get("launch_doc_number"),
            launch_date=seed_date(item.get("launch_date")), start_date=seed_date(item.get("start_date")),
            end_date=seed_date(item.get("end_date")), stage=MovementStage(item["stage"]), content=item.get("content"),
            indicators=[refs.indicators[c] for c in item["indicators"]], units=[refs.unit(c) for c in item["units"]]))
    session.flush()
    movements = {m.code: m.id for m in session.scalars(select(Movement))}
    for item in data["movements.json"]:
        for reg in item.get("registrations", []):
            sent = dt.datetime.fromisoformat(reg["sent_at"]) if reg.get("sent_at") else None
            state = RegistrationState(reg["state"])
            session.add(Registration(
                year=item["year"], unit_id=refs.unit(reg["unit"]).id, movement_id=movements[item["code"]],
                title_id=refs.title(reg["title"]).id, state=state, sent_at=sent, reject_reason=reg.get("reject_reason"),
                decided_at=sent + dt.timedelta(days=5) if sent and state.value in ("approved", "rejected") else None,
                **refs.nominee(reg)))
    counts["movements"] = len(data["movements.json"])

    refs.file = "awards.json"
    awards = data["awards.json"]
    for item in awards["pending_matters"]:
        session.add(DisciplineRecord(
            matter=MatterKind(item["matter"]), form=DisciplineForm(item["form"]) if item.get("form") else None,
            opened_on=seed_date(item["opened_on"]), resolved_on=seed_date(item.get("resolved_on")),
            decision_number=item.get("decision_number"), note=item.get("note"), **refs.nominee(item)))
    for item in awards["awards"]:
        session.add(AwardRecord(
            title_id=refs.title(item["title"]).id, year=item["year"], decision_number=item.get("decision_number"),
            decision_date=seed_date(item.get("decision_date")), issuer=item.get("issuer"), amount=item.get("amount"),
            note=item.get("note"), **refs.nominee(item)))
    counts["awards"] = len(awards["awards"])

    refs.file = "ratings.json"
    for item in data["ratings.json"]:
        columns = refs.nominee(item)
        rated_in = refs.unit(item["unit"]).id if "person" in item else None
        session.add(TaskRating(year=item["year"], level=RatingLevel(item["level"]) if "level" in item else None,
                               points=item.get("points"), rated_in_unit_id=rated_in, note=item.get("note"),
                               work_confirmed=item.get("work_confirmed"), confirmed_by=item.get("confirmed_by"),
                               **columns))
    counts["ratings"] = len(data["ratings.json"])

    refs.file = "initiatives.json"
    for item in data["initiatives.json"]:
        session.add(Initiative(
            kind=InitiativeKind(item["kind"]), title=item["title"], year=item["year"],
            unit_id=refs.unit(item["unit"]).id if item.get("unit") else None,
            recognised_by=item.get("recognised_by"), recognised_on=seed_date(item.get("recognised_on")),
            scope=EffectScope(item["scope"]), decision_number=item.get("decision_number"),
            authors=[refs.person(*author) for author in item["authors"]]))
    counts["initiatives"] = len(data["initiatives.json"])

    refs.file = "exemplars.json"
    for item in data["exemplars.json"]:
        session.add(Exemplar(kind=ExemplarKind(item["kind"]), title=item["title"], year=item["year"],
                             happened_on=seed_date(item.get("happened_on")), story=item.get("story"),
                             **refs.nominee(item)))
    counts["exemplars"] = len(data["exemplars.json"])

    for item in data["complaints.json"]:
        received = seed_date(item["received_on"])
        session.add(Complaint(received_on=received, sender=item["sender"], subject=item["subject"],
                              handler=item.get("handler"), due_on=complaint_due(received),
                              state=ComplaintState(item["state"]), resolved_on=seed_date(item.get("resolved_on")),
                              result=item.get("result")))
    counts["complaints"] = len(data["complaints.json"])
    session.flush()
    return counts
