"""Which papers of a council meeting can be made now and, for each that cannot,
why: what `tnapp council-docs` and the meeting's papers tab show (screen and
command text, in the interface's language; the papers themselves are built in
``tnapp.reports``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tnapp.domain.council_rules import commune_chairman_may_decide
from tnapp.domain.vocab import MeetingState
from tnapp.i18n import N_, _
from tnapp.services.council import ItemResult

if TYPE_CHECKING:
    from tnapp.services.workspace import Workspace


@dataclass(frozen=True)
class PaperPlan:
    """One paper of the meeting: written now (``reason`` None) or not, and why."""

    key: str  # ballots, count, minutes, decision, certificates, recognitions
    name: str  # as the office calls it
    files: tuple[str, ...]  # the file names it is written to
    reason: str | None = None  # why it is not written now
    number: str | None = None  # its number in the register ("02/BB-HĐTĐKT"), once taken
    note: str | None = None  # what the office should know about the paper written (a draft, no number yet)

    @property
    def written(self) -> bool:
        return self.reason is None

    @property
    def line(self) -> str:
        """One plain line for the command and the screen, in the interface's language."""
        name = _(self.name)
        label = _("{name} số {number}", name=name, number=self.number) if self.number else name
        if self.reason:
            return f"{label}: {self.reason}"
        return label + (f" ({self.note})" if self.note else "")


def paper_plan(ws: Workspace, meeting_id: int) -> list[PaperPlan]:
    """Which papers of the meeting can be made now and, for each that cannot, why."""
    overview = ws.council.overview(meeting_id)
    meeting = overview.meeting
    year = meeting.year
    results = ws.council.results(meeting_id)
    voted = any(o.round for o in results)
    decision = ws.council.decision(meeting_id)
    closed = meeting.state is MeetingState.CLOSED
    no_vote = _("chưa có kết quả biểu quyết nào.") if overview.groups else _("phiên họp chưa có chương trình.")
    unnumbered = None if closed else _("chưa có số: số của Hội đồng được lấy khi kết thúc phiên họp")
    plans = [PaperPlan("ballots", N_("Phiếu bầu"), (f"phieu-bau-{year}.pdf",),
                       None if overview.groups else _("phiên họp chưa có chương trình."))]
    count_reason = no_vote if not voted else (None if ws.council.counters(meeting_id) else
                                              _("chưa ghi Ban kiểm phiếu của phiên họp (Ban kiểm phiếu ký biên bản)."))
    plans.append(PaperPlan("count", N_("Biên bản kiểm phiếu"), (f"bien-ban-kiem-phieu-{year}.pdf",), count_reason,
                           meeting.count_number.text if meeting.count_number else None, unnumbered))
    plans.append(PaperPlan("minutes", N_("Biên bản họp Hội đồng"),
                           (f"bien-ban-hop-hoi-dong-{year}.pdf", f"bien-ban-hop-hoi-dong-{year}.docx"),
                           None if voted else no_vote,
                           meeting.minutes_number.text if meeting.minutes_number else None, unnumbered))
    passed = [o for o in results if o.result == ItemResult.APPROVED]
    commune = [o for o in passed
               if commune_chairman_may_decide(ws.award_history.title_by_code(o.title_code).level)]
    if decision is not None:
        decision_reason = None
    elif not closed:
        decision_reason = _("phiên họp chưa kết thúc; quyết định lập sau khi Hội đồng họp xong.")
    elif not commune:
        decision_reason = _("Hội đồng không thông qua đề nghị cấp xã nào; không có gì để Chủ tịch UBND xã quyết định.")
    else:
        decision_reason = _("chưa lập dự thảo quyết định (trang Phiên họp → Văn bản và quyết định → «Dự thảo quyết định…»).")
    draft = decision is not None and decision.signed_on is None
    plans.append(PaperPlan("decision", N_("Quyết định khen thưởng"),
                           (f"quyet-dinh-khen-thuong-{year}.pdf", f"quyet-dinh-khen-thuong-{year}.docx"),
                           decision_reason, decision.number if decision else None,
                           _("dự thảo, chưa ký; ngày ký để trống") if draft else None))
    from tnapp.reports.certificates import certificate_kind, certificates_of, recognition_kind, recognitions_of
    for key, name, file, of, fits in (
            ("certificates", N_("Giấy khen, giấy chứng nhận Chiến sĩ thi đua cơ sở"), f"giay-chung-nhan-{year}.pdf",
             certificates_of, lambda o: certificate_kind(o.title_code, o.title)),
            ("recognitions", N_("Giấy công nhận «Gia đình văn hóa», «Thôn văn hóa»"), f"giay-cong-nhan-{year}.pdf",
             recognitions_of, lambda o: recognition_kind(o.title_code))):
        proposed = [o for o in results if fits(o)]
        if decision is not None and of(decision):
            reason = None
        elif not proposed:
            reason = _("không có đề nghị nào cho các danh hiệu, hình thức này.")
        elif not any(o in passed for o in proposed):
            reason = (_("Hội đồng chưa thông qua đề nghị nào cho các danh hiệu, hình thức này.") if not closed else
                      _("Hội đồng không thông qua đề nghị nào cho các danh hiệu, hình thức này."))
        else:
            reason = _("in theo quyết định khen thưởng; chưa lập dự thảo quyết định.")
        plans.append(PaperPlan(key, name, (file,), reason,
                               note=_("theo dự thảo quyết định; số, ngày quyết định để trống") if draft and not reason
                               else None))
    return plans


__all__ = ["PaperPlan", "paper_plan"]
