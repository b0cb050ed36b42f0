"""What the eligibility engine answers: a verdict per nominee, title and year,
with each criterion met / not met / unknown, the facts used and the legal basis.

The rules themselves are data (rule sets in ``resources/rules/``); this module
holds the shapes of the answer that the services, the wizard, the review, the
CLI and the dossier share.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tnapp.domain.emulation_rules import Nominee
from tnapp.domain.labels import LabelledEnum
from tnapp.domain.labels import QT_TRANSLATE_NOOP as _N


class Outcome(LabelledEnum):
    """How one criterion came out."""

    MET = "met", _N("Outcome", "Đạt")
    NOT_MET = "not_met", _N("Outcome", "Không đạt")
    UNKNOWN = "unknown", _N("Outcome", "Chưa đủ thông tin")


class VerdictKind(LabelledEnum):
    """The verdict on a nominee for a title: eligible only when every blocking
    criterion is met; not eligible when one is not met; unknown otherwise."""

    ELIGIBLE = "eligible", _N("VerdictKind", "Đủ điều kiện")
    NOT_ELIGIBLE = "not_eligible", _N("VerdictKind", "Không đủ điều kiện")
    UNKNOWN = "unknown", _N("VerdictKind", "Chưa đủ thông tin để kết luận")


@dataclass(frozen=True)
class CriterionResult:
    code: str            # the criterion's id within its rule set, e.g. "rating_at_least_good"
    text: str            # what it requires, in Vietnamese, as the user reads it
    outcome: Outcome
    basis: str           # e.g. "Luật TĐKT 2022, Điều 24, khoản 1"
    facts: dict[str, Any] = field(default_factory=dict)  # JSON-able facts it used
    blocking: bool = True  # False: a warning only (shown, never blocks)
    explanation: str = ""  # why it came out so: one Vietnamese sentence naming the facts
    # The unconfirmed figures it rests on, each a sentence with its meaning, value and basis.
    unconfirmed: tuple[str, ...] = ()
    parts: tuple[CriterionResult, ...] = ()  # the routes of an any_of / all_of

    @property
    def own_unconfirmed(self) -> tuple[str, ...]:
        """The unconfirmed figures to show beside this criterion: those its routes do not show."""
        below = {u for p in self.parts for u in p.unconfirmed}
        return tuple(u for u in self.unconfirmed if u not in below)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text, "outcome": self.outcome.value, "basis": self.basis,
                "facts": self.facts, "blocking": self.blocking, "explanation": self.explanation,
                "unconfirmed": list(self.unconfirmed), "parts": [p.to_json() for p in self.parts]}

    @classmethod
    def from_json(cls, c: dict[str, Any]) -> CriterionResult:
        return cls(code=c["code"], text=c["text"], outcome=Outcome(c["outcome"]), basis=c["basis"],
                   facts=c.get("facts", {}), blocking=c.get("blocking", True),
                   explanation=c.get("explanation", ""), unconfirmed=tuple(c.get("unconfirmed", ())),
                   parts=tuple(cls.from_json(p) for p in c.get("parts", ())))


def criterion_lines(c: CriterionResult, indent: str = "") -> list[str]:
    """One criterion as a person reads it, in plain lines (the CLI, a checklist): what it
    asks and how it came out, why, its basis, the unconfirmed figures it rests on, and
    each route of an any_of / all_of below it. The GUI shows the same sentences."""
    mark = {Outcome.MET: "✔", Outcome.NOT_MET: "✘", Outcome.UNKNOWN: "?"}[c.outcome]
    warning = "" if c.blocking else " (cảnh báo, không bắt buộc)"
    lines = [f"{indent}{mark} {c.text}{warning} — {c.outcome.label}", f"{indent}  {c.explanation}",
             f"{indent}  Căn cứ: {c.basis}"]
    lines += [f"{indent}  Dựa trên con số chưa xác nhận: {u}" for u in c.own_unconfirmed]
    for part in c.parts:
        lines += criterion_lines(part, indent + "    ")
    return lines


@dataclass(frozen=True)
class Verdict:
    nominee: Nominee
    nominee_name: str
    title_code: str
    year: int
    rule_set: str        # the rule set's id, e.g. "2025-07-01-nd152"
    rule_set_basis: str
    verdict: VerdictKind
    criteria: tuple[CriterionResult, ...]
    title_name: str = ""     # e.g. "Chiến sĩ thi đua cơ sở"
    rule_set_name: str = ""  # e.g. "Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP"

    @property
    def title(self) -> str:
        """The title as a person reads it: its name (the code only when no name is known)."""
        return self.title_name or self.title_code

    @property
    def failures(self) -> tuple[CriterionResult, ...]:
        return tuple(c for c in self.criteria if c.blocking and c.outcome is Outcome.NOT_MET)

    @property
    def unknowns(self) -> tuple[CriterionResult, ...]:
        return tuple(c for c in self.criteria if c.blocking and c.outcome is Outcome.UNKNOWN)

    @property
    def warnings(self) -> tuple[CriterionResult, ...]:
        return tuple(c for c in self.criteria if not c.blocking and c.outcome is not Outcome.MET)

    def to_json(self) -> dict[str, Any]:
        """The verdict as stored in ``ProposalNominee.eligibility`` and printed by the CLI."""
        return {
            "nominee": {"type": self.nominee.type.value, "id": self.nominee.id, "name": self.nominee_name},
            "title": self.title_code, "title_name": self.title_name, "year": self.year,
            "rule_set": self.rule_set, "rule_set_name": self.rule_set_name, "rule_set_basis": self.rule_set_basis,
            "verdict": self.verdict.value,
            "criteria": [c.to_json() for c in self.criteria],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Verdict:
        nominee = data["nominee"]
        return cls(
            nominee=Nominee(nominee["type"], nominee["id"]), nominee_name=nominee.get("name", ""),
            title_code=data["title"], year=data["year"], rule_set=data["rule_set"],
            rule_set_basis=data.get("rule_set_basis", ""), verdict=VerdictKind(data["verdict"]),
            criteria=tuple(CriterionResult.from_json(c) for c in data["criteria"]),
            title_name=data.get("title_name", ""), rule_set_name=data.get("rule_set_name", ""),
        )
