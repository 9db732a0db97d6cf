"""What each document prints: frozen, JSON-round-trippable inputs with labels already translated.

These types deliberately have no field for private session notes, ID numbers or addresses of
minors: what is not in the input cannot leak into a letter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from familyedu.reports.serial import Snapshot
from familyedu.reports.small_counts import STATES
from familyedu.reports.text import LANGUAGES

PROGRESS_LEVELS = range(5)  # 0 not started … 4 achieved; words come from the wording
NOTICE_STAGES = ("reminder", "non_compliance")


@dataclass(frozen=True)
class CenterInfo(Snapshot):
    """The issuing center, as printed in the letterhead and signature block."""

    name: str
    address: str = ""
    phone: str = ""
    logo: bytes | None = None  # PNG or JPEG bytes


@dataclass(frozen=True)
class LetterHeader(Snapshot):
    """Reference, date and addressee of one document."""

    reference: str  # e.g. X家指〔2026〕12号
    issued_on: date
    language: str  # "zh_CN" or "en"
    sealed: bool = False  # sealed record: every page carries a confidentiality mark
    recipient: str = ""  # addressee line without the trailing colon, e.g. 张建国家长
    copy_to: str = ""  # 抄送 line, empty for none

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}, not {self.language!r}")


@dataclass(frozen=True)
class GoalLine(Snapshot):
    """A goal and how far it has come (0 not started … 4 achieved)."""

    domain: str
    description: str
    progress: int

    def __post_init__(self) -> None:
        if self.progress not in PROGRESS_LEVELS:
            raise ValueError(f"progress must be 0–4, not {self.progress}")


@dataclass(frozen=True)
class PlanGoal(Snapshot):
    """A goal as written into a plan."""

    domain: str
    description: str
    target_date: date | None = None


@dataclass(frozen=True)
class SessionLine(Snapshot):
    """One row of the session table of a report."""

    held_on: date
    mode: str  # label, e.g. 中心面谈
    duration_minutes: int
    attendance: str  # label, e.g. 出席 / 缺席 / 取消 / 改期


@dataclass(frozen=True)
class SharedSummary(Snapshot):
    """What a session worked on, in the words the counselor marked as shareable."""

    held_on: date
    mode: str
    summary: str


@dataclass(frozen=True)
class Appointment(Snapshot):
    """The next meeting, as told to the family."""

    on: date
    time: str = ""  # "14:30"
    mode: str = ""
    place: str = ""


@dataclass(frozen=True)
class CountLine(Snapshot):
    """One category and its count in de-identified statistics."""

    label: str
    count: int
    # How the count is printed (familyedu.reports.small_counts): "" the number, "small"
    # (1–4) and "complement" hidden behind a mark, "withheld" not broken down at all.
    suppressed: str = ""

    def __post_init__(self) -> None:
        if self.suppressed not in STATES:
            raise ValueError(f"suppressed must be one of {STATES}, not {self.suppressed!r}")


@dataclass(frozen=True)
class GuardianLetterData(Snapshot):
    """家庭教育指导情况告知书: progress letter to the guardians."""

    header: LetterHeader
    center: CenterInfo
    minor_name: str
    guardian_names: tuple[str, ...]
    period_start: date
    period_end: date
    sessions_held: int
    sessions_missed: int
    hours_done: float
    worked_on: tuple[SharedSummary, ...] = ()
    goals: tuple[GoalLine, ...] = ()
    next_steps: tuple[str, ...] = ()
    next_appointment: Appointment | None = None
    counselor_name: str = ""
    counselor_phone: str = ""


@dataclass(frozen=True)
class AuthorityReportData(Snapshot):
    """指导情况反馈函: feedback to the court, procuratorate or police that issued an order."""

    header: LetterHeader
    center: CenterInfo
    order_type: str  # label, e.g. 家庭教育指导令
    order_number: str  # the authority's document number
    order_issued_on: date | None
    minor_name: str
    guardian_names: tuple[str, ...]
    period_start: date
    period_end: date
    sessions_required: int | None
    hours_required: float | None
    deadline: date | None
    sessions_done: int
    sessions_missed: int
    hours_done: float
    goals: tuple[GoalLine, ...] = ()
    assessment: str = ""
    sessions: tuple[SessionLine, ...] = ()
    counselor_name: str = ""
    supervisor_name: str = ""


@dataclass(frozen=True)
class PlanDocumentData(Snapshot):
    """家庭教育指导计划书: the guidance plan, for signature by all parties."""

    header: LetterHeader
    center: CenterInfo
    minor_name: str
    guardian_names: tuple[str, ...]
    counselor_name: str
    supervisor_name: str
    needs: tuple[str, ...]
    goals: tuple[PlanGoal, ...]
    interventions: tuple[str, ...]
    frequency: str
    start_on: date
    review_on: date
    end_on: date | None = None
    revision: int = 1
    # The layout rules the plan was issued under, so a reprint rebuilds what was printed:
    # 1 (a snapshot without it) printed a blank frequency as it was ("指导频次：。"); from 2 it
    # reads as not specified ("指导频次：待定").
    layout_edition: int = 1  # new plans: PLAN_LAYOUT_EDITION


# The plan layout's current edition; raise it with a layout change that alters how existing
# data prints, and keep the old way for the editions before it.
PLAN_LAYOUT_EDITION = 2


@dataclass(frozen=True)
class CompletionData(Snapshot):
    """结案报告: closing report of a case."""

    header: LetterHeader
    center: CenterInfo
    minor_name: str
    guardian_names: tuple[str, ...]
    period_start: date
    period_end: date
    closure_reason: str  # label, e.g. 目标达成
    sessions_done: int
    sessions_missed: int
    hours_done: float
    order_type: str = ""  # empty for a voluntary case
    order_number: str = ""
    hours_required: float | None = None
    goals: tuple[GoalLine, ...] = ()
    outcome: str = ""
    recommendations: tuple[str, ...] = ()
    counselor_name: str = ""
    supervisor_name: str = ""
    sessions_required: int | None = None  # added later: old snapshots lack it


@dataclass(frozen=True)
class NoticeData(Snapshot):
    """督促履行通知书: reminder (stage "reminder") or non-compliance notice to guardians."""

    header: LetterHeader
    center: CenterInfo
    stage: str
    minor_name: str
    guardian_names: tuple[str, ...]
    order_type: str
    order_number: str
    hours_required: float | None
    hours_done: float
    sessions_missed: int
    missed_dates: tuple[date, ...]
    deadline: date | None
    respond_by: date
    counselor_name: str = ""
    counselor_phone: str = ""
    # Added later (old snapshots lack them): orders may count sessions instead of hours.
    sessions_required: int | None = None
    sessions_done: int = 0

    def __post_init__(self) -> None:
        if self.stage not in NOTICE_STAGES:
            raise ValueError(f"stage must be one of {NOTICE_STAGES}, not {self.stage!r}")


@dataclass(frozen=True)
class StatisticsData(Snapshot):
    """De-identified statistics for a period: counts and labels only, never a name."""

    header: LetterHeader
    center: CenterInfo
    period_start: date
    period_end: date
    cases_open: int
    cases_new: int
    cases_closed: int
    sessions_held: int
    sessions_missed: int
    hours_done: float
    orders_due: int
    orders_on_time: int
    orders_late: int
    orders_open: int
    by_situation: tuple[CountLine, ...] = ()
    by_involvement: tuple[CountLine, ...] = ()
    by_referral: tuple[CountLine, ...] = ()
    by_mode: tuple[CountLine, ...] = ()
    # "id:first 16 hex of the hash" of the audit chain's last entry on the day of issue:
    # printed small, so a paper copy anchors the trail too (docs/SECURITY.md).
    audit_head: str = ""
    # How orders_on_time, orders_late and orders_open are printed (states of
    # familyedu.reports.small_counts); empty when all three are printed as numbers.
    orders_suppressed: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.orders_suppressed and (len(self.orders_suppressed) != 3
                                       or not set(self.orders_suppressed) <= set(STATES)):
            raise ValueError(f"orders_suppressed must be three of {STATES}")


DocumentData = (
    GuardianLetterData | AuthorityReportData | PlanDocumentData | CompletionData | NoticeData
    | StatisticsData
)
