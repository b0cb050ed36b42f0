"""ORM models (SQLAlchemy 2, typed). Importing this package registers every table."""

from tnapp.models.accounts import AuditEntry, User
from tnapp.models.awards import Proposal, ProposalNominee
from tnapp.models.base import Audited, Base, Versioned
from tnapp.models.council import (
    AgendaItem, Council, CouncilMember, Decision, Meeting, MeetingAttendance, Tally, VoteCounter,
)
from tnapp.models.documents import DocumentNumber
from tnapp.models.emulation import (
    Attachment, AwardRecord, AwardTitle, Complaint, DisciplineRecord, Exemplar, Initiative, Movement,
    Registration, TaskRating,
)
from tnapp.models.indicators import (
    Indicator, IndicatorRule, IndicatorTarget, ReportValue, UnitReport, ValueFollowUp,
)
from tnapp.models.org import Commune, Household, Person, Unit
from tnapp.models.settings import Setting

__all__ = [
    "AgendaItem", "Attachment", "AuditEntry", "Audited", "AwardRecord", "AwardTitle", "Base", "Commune",
    "Complaint", "Council", "CouncilMember", "Decision", "DisciplineRecord", "DocumentNumber", "Exemplar",
    "Household", "Indicator", "IndicatorRule", "IndicatorTarget", "Initiative", "Meeting", "MeetingAttendance",
    "Movement", "Person", "Proposal", "ProposalNominee", "Registration", "ReportValue", "Setting", "Tally",
    "TaskRating", "Unit", "UnitReport", "User", "ValueFollowUp", "Versioned", "VoteCounter",
]
