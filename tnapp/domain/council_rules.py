"""The council's voting rules: quorum, checking a tally, the threshold of a
title, a second round. Pure: the figures come from the settings
(``council.quorum``, ``council.threshold.<CODE>`` with ``council.threshold.default``
as fallback, ``council.second_round_allowed``), each with its basis and an
"unconfirmed" flag shown to the user.

Shares are compared as exact fractions, never floats: 80 % of 10 members is 8
and 8 votes pass. A setting written as a decimal (0.6667 for two thirds) is
read as the simplest fraction within 1/10 000 of it (``limit_denominator``),
so 6 of 9 members present meet a "2/3" quorum typed as 0.6667.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from typing import Any

from tnapp.domain.vocab import AwardLevel
from tnapp.errors import ValidationError
from tnapp.i18n import N_, _, label

MAX_ROUNDS = 2  # a second round at most, where the rules allow one


class ThresholdBase(StrEnum):
    ALL_MEMBERS = "all_members"  # share of ALL council members (CSTĐCS)
    PRESENT = "present"  # share of the members present


BASE_LABELS = {
    ThresholdBase.ALL_MEMBERS: N_("tổng số thành viên Hội đồng"),
    ThresholdBase.PRESENT: N_("số thành viên có mặt"),
}


def exact_share(value: float | str | Fraction) -> Fraction:
    """A share from the settings as an exact fraction (0.8 → 4/5, 0.6667 → 2/3)."""
    share = Fraction(str(value)).limit_denominator(100)
    if not 0 < share <= 1:
        raise ValidationError(_("Tỷ lệ {value} không hợp lệ: phải lớn hơn 0 và không quá 1.",
                                value=value), field="share")
    return share


def percent_text(share: Fraction) -> str:
    """``4/5`` → ``80 %``, ``2/3`` → ``2/3``: a share as printed in the minutes."""
    percent = share * 100
    if percent.denominator == 1:
        return f"{percent.numerator} %"
    return f"{share.numerator}/{share.denominator}"


# --- who decides ----------------------------------------------------------------------

CHAIRMAN_AUTHORITY_BASIS = "Nghị định 129/2025/NĐ-CP, Điều 59"


def commune_chairman_may_decide(level: AwardLevel) -> bool:
    """What the Chủ tịch UBND xã may decide (NĐ 129/2025/NĐ-CP, Điều 59): the
    titles and forms of the commune level (``award_titles.level``: LĐTT,
    CSTĐCS, TTLĐTT, Giấy khen, GĐVH, TVH). A title above the commune that the
    council passed is proposed to the province, which decides and pays it."""
    return AwardLevel(level) is AwardLevel.COMMUNE


def above_commune_message(what: str, level: AwardLevel) -> str:
    """Why ``what`` (an item naming its nominee and title) cannot go into a commune decision."""
    return (_("{what}: danh hiệu, hình thức khen thưởng {label} vượt thẩm quyền của Chủ tịch UBND xã "
              "({CHAIRMAN_AUTHORITY_BASIS}); không đưa vào quyết định của xã mà lập Tờ trình đề nghị cấp trên.",
              what=what, label=label(AwardLevel(level)).lower(), CHAIRMAN_AUTHORITY_BASIS=CHAIRMAN_AUTHORITY_BASIS))


# --- quorum ----------------------------------------------------------------------------

@dataclass(frozen=True)
class QuorumCheck:
    members_total: int
    present: int
    share: Fraction
    required: int  # the fewest members present that meet the quorum
    met: bool
    basis: str
    unconfirmed: bool

    @property
    def text(self) -> str:
        state = _("đủ") if self.met else _("không đủ")
        return (_("Có mặt {present}/{members_total} thành viên, cần ít nhất {required} ({share} tổng số): {state} "
                  "số lượng để họp.",
                  present=self.present, members_total=self.members_total, required=self.required,
                  share=percent_text(self.share), state=state))


def check_quorum(members_total: int, present: int, share: Fraction, basis: str = "",
                 unconfirmed: bool = False) -> QuorumCheck:
    """Present ≥ ``share`` of all members (Quy chế hoạt động của Hội đồng; the
    figure is a setting, default 2/3 — unconfirmed). Written opinions of absent
    members do not make them present."""
    required = -(-share.numerator * members_total // share.denominator)  # ceil(share × total)
    met = members_total > 0 and present >= required
    return QuorumCheck(members_total, present, share, required, met, basis, unconfirmed)


# --- tallies -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Counts:
    agree: int
    disagree: int
    invalid: int = 0
    written_agree: int = 0  # written opinions of members absent with an opinion
    written_disagree: int = 0

    @property
    def ballots(self) -> int:
        return self.agree + self.disagree + self.invalid

    @property
    def written(self) -> int:
        return self.written_agree + self.written_disagree


def tally_problems(counts: Counts, members_total: int, present: int,
                   absent_with_opinion: int) -> list[tuple[str, str]]:
    """Why these counts cannot be recorded, as (field, message) pairs (empty
    when they can). Secret ballot: one ballot per member present, so never
    more ballots than members present, and never none (a round with no
    ballot was not held); one written opinion from each member absent with a
    written opinion, no more and no fewer (absent members' written opinions
    are counted and recorded in the minutes)."""
    problems = []
    for name, label in (("agree", _("Số phiếu đồng ý")), ("disagree", _("Số phiếu không đồng ý")),
                        ("invalid", _("Số phiếu không hợp lệ")), ("written_agree", _("Số ý kiến đồng ý bằng văn bản")),
                        ("written_disagree", _("Số ý kiến không đồng ý bằng văn bản"))):
        if getattr(counts, name) < 0:
            problems.append((name, _("{label} không được âm.", label=label)))
    if problems:
        return problems
    if present > members_total:
        problems.append(("agree", _("Số thành viên có mặt ({present}) nhiều hơn tổng số thành viên "
                                    "({members_total}).", present=present, members_total=members_total)))
    if counts.ballots > present:
        problems.append(("agree", _("Tổng số phiếu ({agree} đồng ý + {disagree} không đồng ý + {invalid} không "
                                    "hợp lệ = {ballots}) nhiều hơn số thành viên có mặt ({present}).",
                                    agree=counts.agree, disagree=counts.disagree, invalid=counts.invalid,
                                    ballots=counts.ballots, present=present)))
    if counts.ballots == 0:
        problems.append(("agree", _("Chưa có phiếu bầu nào (đồng ý, không đồng ý, không hợp lệ đều bằng 0); ý "
                                    "kiến bằng văn bản không thay cho phiếu của thành viên có mặt.")))
    if counts.written > absent_with_opinion:
        problems.append(("written_agree", _("Có {written} ý kiến bằng văn bản nhưng chỉ {absent_with_opinion} "
                                            "thành viên vắng mặt có ý kiến bằng văn bản.",
                                            written=counts.written, absent_with_opinion=absent_with_opinion)))
    elif counts.written < absent_with_opinion:
        problems.append(("written_agree", _("{absent_with_opinion} thành viên vắng mặt đã gửi ý kiến bằng văn bản "
                                            "nhưng mới ghi {written}; hãy ghi ý kiến đồng ý hoặc không đồng ý "
                                            "của từng người.",
                                            absent_with_opinion=absent_with_opinion, written=counts.written)))
    return problems


# --- thresholds ----------------------------------------------------------------------------

@dataclass(frozen=True)
class ThresholdRule:
    """The threshold of one title: ``share`` of all members or of those present,
    "at least" or, when ``strict``, "more than" (quá nửa)."""

    share: Fraction
    base: ThresholdBase
    strict: bool
    count_written: bool  # written opinions of absent members count as votes
    basis: str
    unconfirmed: bool
    setting_key: str = ""

    @classmethod
    def from_setting(cls, value: dict[str, Any], basis: str | None, unconfirmed: bool,
                     setting_key: str = "") -> ThresholdRule:
        """From a ``council.threshold.*`` value: ``{"share": 0.8, "base": "all_members",
        "strict": false, "count_written": true}``. Written opinions count by
        default for the all-members base, where the absent are part of the
        base (NĐ 98/2023, Điều 30.7), and not for the present base."""
        try:
            base = ThresholdBase(value.get("base", ThresholdBase.PRESENT))
        except ValueError as exc:
            raise ValidationError(_("Thiết lập «{setting_key}»: cơ sở tính «{value}» không hợp lệ (all_members hoặc "
                                    "present).",
                                    setting_key=setting_key, value=value.get('base')), field="base") from exc
        count_written = value.get("count_written", base is ThresholdBase.ALL_MEMBERS)
        return cls(exact_share(value.get("share", 0.5)), base, bool(value.get("strict", False)),
                   bool(count_written), basis or "", unconfirmed, setting_key)

    @property
    def text(self) -> str:
        """``≥ 80 % tổng số thành viên Hội đồng`` / ``quá nửa số thành viên có mặt``."""
        if self.strict and self.share == Fraction(1, 2):
            return _("quá nửa {base}", base=_(BASE_LABELS[self.base]))
        return _("{sign} {share} {base}", sign=">" if self.strict else "≥", share=percent_text(self.share),
                 base=_(BASE_LABELS[self.base]))


@dataclass(frozen=True)
class TallyOutcome:
    votes_for: int  # agree ballots, plus written agreements when they count
    base_count: int  # all members or those present
    needed: int  # the fewest votes that pass
    approved: bool
    explanation: str


def apply_threshold(counts: Counts, rule: ThresholdRule, members_total: int, present: int) -> TallyOutcome:
    """Approved or not, in exact arithmetic: 8 of 10 at ≥ 80 % passes, 5 of 10
    at "quá nửa" does not."""
    base_count = members_total if rule.base is ThresholdBase.ALL_MEMBERS else present
    votes = counts.agree + (counts.written_agree if rule.count_written else 0)
    limit = rule.share * base_count
    needed = (limit.numerator // limit.denominator) + 1 if rule.strict else -(-limit.numerator // limit.denominator)
    approved = base_count > 0 and votes >= needed
    written = _(" (gồm {n} ý kiến bằng văn bản)",
                n=counts.written_agree) if rule.count_written and counts.written_agree \
        else ""
    explanation = (_("{votes}{written}/{base_count} {base} đồng ý; cần {text} = ít nhất {needed}: {value}.",
                     votes=votes, written=written, base_count=base_count, base=_(BASE_LABELS[rule.base]),
                     text=rule.text, needed=needed, value=_("đạt") if approved else _("không đạt")))
    return TallyOutcome(votes, base_count, needed, approved, explanation)


def next_round_problem(rounds_approved: list[bool], second_round_allowed: bool) -> str | None:
    """Why another round cannot be held for an item whose earlier rounds came
    out ``rounds_approved`` (None: round ``len(rounds_approved) + 1`` may be
    recorded). A second round only when the rules allow it, only after a
    first round that did not approve, and never a third."""
    if not rounds_approved:
        return None
    if rounds_approved[-1]:
        return _("đã được thông qua ở vòng {count}; không bỏ phiếu lại.", count=len(rounds_approved))
    if not second_round_allowed:
        return (_("Kết quả bỏ phiếu đã được ghi; quy chế (thiết lập «council.second_round_allowed») không cho bỏ "
                  "phiếu vòng 2."))
    if len(rounds_approved) >= MAX_ROUNDS:
        return _("Đã bỏ phiếu {MAX_ROUNDS} vòng; không có vòng {count}.",
                 MAX_ROUNDS=MAX_ROUNDS, count=len(rounds_approved) + 1)
    return None
