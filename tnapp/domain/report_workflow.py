"""The life of a unit's report, as a small state machine.

::

    (none) ──save──▶ draft ──submit──▶ submitted ──accept──▶ accepted (locked)
                                          │                      │
                               return (reason)          reopen (reason, ACCEPT_REPORTS)
                                          ▼                      │
                                      returned ◀─────────────────┘
                                          │
                                          └──submit──▶ submitted

Values can be entered while the report is a draft or has been returned; a
submitted or accepted report cannot be edited. The services ask this module
which step is allowed, by whom, and whether it needs a reason; nothing else
decides it.
"""

from __future__ import annotations

from dataclasses import dataclass

from tnapp.domain.labels import QT_TRANSLATE_NOOP as _N
from tnapp.domain.labels import LabelledEnum
from tnapp.domain.permissions import Actor, Permission
from tnapp.domain.vocab import ReportState, Role
from tnapp.errors import PermissionDenied, ValidationError
from tnapp.i18n import _, label


class Transition(LabelledEnum):
    SUBMIT = "submit", _N("Transition", "Gửi báo cáo")
    ACCEPT = "accept", _N("Transition", "Duyệt báo cáo")
    RETURN = "return", _N("Transition", "Trả lại báo cáo")
    REOPEN = "reopen", _N("Transition", "Mở lại báo cáo đã duyệt")


@dataclass(frozen=True)
class Step:
    source: frozenset[ReportState]
    target: ReportState
    permission: Permission
    needs_reason: bool
    own_unit_only: bool  # a unit reporter may do it for their own unit only


STEPS: dict[Transition, Step] = {
    Transition.SUBMIT: Step(frozenset({ReportState.DRAFT, ReportState.RETURNED}), ReportState.SUBMITTED,
                            Permission.ENTER_REPORTS, needs_reason=False, own_unit_only=True),
    Transition.ACCEPT: Step(frozenset({ReportState.SUBMITTED}), ReportState.ACCEPTED,
                            Permission.ACCEPT_REPORTS, needs_reason=False, own_unit_only=False),
    Transition.RETURN: Step(frozenset({ReportState.SUBMITTED}), ReportState.RETURNED,
                            Permission.ACCEPT_REPORTS, needs_reason=True, own_unit_only=False),
    # Reopened reports go back to the unit as "returned", so it sees the reason.
    Transition.REOPEN: Step(frozenset({ReportState.ACCEPTED}), ReportState.RETURNED,
                            Permission.ACCEPT_REPORTS, needs_reason=True, own_unit_only=False),
}

EDITABLE_STATES = frozenset({ReportState.DRAFT, ReportState.RETURNED})


def can_edit(state: ReportState | None) -> bool:
    """Values and narrative may be changed (``None``: no report yet, a draft will be made)."""
    return state is None or state in EDITABLE_STATES


def require_editable(state: ReportState | None, what: str) -> None:
    if not can_edit(state):
        assert state is not None
        raise ValidationError(_("{what} đang ở trạng thái «{state}», không sửa được. {advice}", what=what,
                                state=label(state),
                                advice=_("Báo cáo đã duyệt chỉ sửa được sau khi người có quyền duyệt mở lại.")
                                if state is ReportState.ACCEPTED
                                else _("Hãy chờ văn phòng duyệt hoặc trả lại báo cáo.")))


def may_act_for(actor: Actor, unit_id: int) -> bool:
    """A unit reporter enters, imports and submits for their own unit only."""
    return actor.role is not Role.UNIT_REPORTER or actor.unit_id == unit_id


def require_own_unit(actor: Actor, unit_id: int, unit_name: str) -> None:
    if not may_act_for(actor, unit_id):
        raise PermissionDenied(_("Tài khoản «{username}» chỉ được nhập báo cáo của đơn vị mình, không được nhập cho "
                                 "«{unit_name}».", username=actor.username, unit_name=unit_name))


def available(state: ReportState | None) -> list[Transition]:
    """The steps that may follow ``state`` (before permission checks), for the GUI's buttons."""
    return [t for t, step in STEPS.items() if state in step.source]


def next_state(state: ReportState | None, transition: Transition, reason: str | None = None) -> ReportState:
    """The state after ``transition``, or a ValidationError saying why not."""
    step = STEPS[transition]
    if state not in step.source:
        current = _("chưa có báo cáo") if state is None else _("báo cáo đang «{state}»", state=label(state))
        allowed = ", ".join(f"«{label(s)}»" for s in sorted(step.source, key=list(ReportState).index))
        raise ValidationError(_("Không thể {transition}: {current}; chỉ làm được khi báo cáo đang {allowed}.",
                                transition=label(transition).lower(), current=current, allowed=allowed), field="state")
    if step.needs_reason and not (reason or "").strip():
        raise ValidationError(_("Hãy ghi lý do khi {transition}.", transition=label(transition).lower()),
                              field="reason")
    return step.target
