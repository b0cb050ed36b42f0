"""The commune's figures in the Bộ Nội vụ statistics forms of emulation and
commendation: the forms' data (tnapp/domain/stat_forms.py) counted over the
movements the commune launched and the award history.

    ws.stat_forms.forms()                # every form file, oldest first
    ws.stat_forms.compute("0603", 2026)  # the form in force for 2026, counted
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from tnapp.domain.stat_forms import Fact, StatForm, StatResult, count, form_in_force, load_forms
from tnapp.domain.text import fold
from tnapp.errors import ValidationError
from tnapp.i18n import _
from tnapp.models import AwardRecord, Movement
from tnapp.paths import resources_dir
from tnapp.services.base import Service
from tnapp.services.emulation_excel import nominee_info, nominee_options

FORM_KEYS = ("0601", "0602", "0603", "0604", "0605")


def forms_dir() -> Path:
    return resources_dir() / "stat_forms"


class StatFormService(Service):
    folder: Path | None = None  # another folder of form files (tests)

    @cached_property
    def _forms(self) -> list[StatForm]:
        return load_forms(self.folder or forms_dir())

    def forms(self) -> list[StatForm]:
        return list(self._forms)

    def form_for(self, form: str, year: int) -> StatForm:
        return form_in_force(self._forms, form, year)

    def compute(self, form: str, year: int) -> StatResult:
        """The form of ``year``, counted; refused for a form the commune does not issue (no paper of the
        commune may carry a form it neither reports nor signs)."""
        chosen = self.form_for(form, year)
        if not chosen.commune_issues:
            raise ValidationError(_(
                "Biểu số {code} do {issuers} lập, ký và gửi. Ủy ban nhân dân xã không lập biểu này, nên TNApp "
                "không in nó thành văn bản của xã.", code=chosen.code, issuers=chosen.issuers_text()), field="form")
        if chosen.facts == "movements":
            facts, names = self._movement_facts(chosen, year)
        elif chosen.facts == "awards":
            facts, names = self._award_facts(chosen, year)
        else:
            facts, names = [], []
        return count(chosen, facts, year, names)

    def preparer_name(self) -> str:
        """The người lập biểu: the signed-in user's full name; "" (a line to fill in by hand) for the
        command line's operator or an account whose name is only its user name."""
        user = self.ws.accounts.current()
        name = " ".join(user.full_name.split()) if user is not None else ""
        return "" if user is None or fold(name) == fold(user.username) else name

    def _movement_facts(self, form: StatForm, year: int) -> tuple[list[Fact], list[str]]:
        """The movements of the year: each launched by the commune for its own bodies
        (cấp chủ trì and phạm vi «Cơ quan, tổ chức, đơn vị»)."""
        with self.ws.read() as session:
            movements = session.scalars(select(Movement).where(Movement.year == year).order_by(Movement.code)).all()
            facts = [{"launcher": "unit", "scope": "unit", "kind": m.kind.value,
                      "duration": form.duration(m.start_date, m.end_date)} for m in movements]
            names = [f"{m.code} – {m.name}" for m in movements]
        return facts, names

    def _award_facts(self, form: StatForm, year: int) -> tuple[list[Fact], list[str]]:
        """The awards of the year in the award history, with the title's level and the form's group of it."""
        with self.ws.read() as session:
            records = session.scalars(
                select(AwardRecord).where(AwardRecord.year == year)
                .options(selectinload(AwardRecord.title), *nominee_options(AwardRecord))
                .order_by(AwardRecord.id)).all()
            facts, names = [], []
            for r in records:
                title, who = r.title, nominee_info(r)
                unit_kind = r.collective.kind.value if r.collective is not None else ""
                facts.append({"level": title.level.value, "nominee": who.type.value, "unit_kind": unit_kind,
                              "title_code": title.code,
                              "title_group": form.title_group(title.level.value, title.code, title.name)})
                names.append(f"{title.name} – {who.name}")
        return facts, names
