"""Invented sample inputs for previews of edited wording, the docs/samples PDFs and tests."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from familyedu.models.enums import LetterKind
from familyedu.reports import data as d
from familyedu.reports.small_counts import suppress_small_counts
from familyedu.reports.text import ZH

_ZH_MODES = ("中心面谈", "家访", "电话", "家长课堂", "校访", "视频")
_EN_MODES = ("At the center", "Home visit", "Phone", "Parenting class", "School visit", "Video")


def _center(language: str) -> d.CenterInfo:
    if language == ZH:
        return d.CenterInfo("青山县家庭教育指导中心", "青山县人民路88号", "电话：0000-12345678")
    return d.CenterInfo("Qingshan County Family Education Guidance Center",
                        "88 Renmin Road, Qingshan County", "Tel. 0000-12345678")


def _header(language: str, recipient: str, number: int, sealed: bool = False) -> d.LetterHeader:
    reference = f"青家指〔2026〕{number}号" if language == ZH else f"QJZ [2026] No. {number}"
    return d.LetterHeader(reference, date(2026, 11, 27), language, sealed, recipient)


def _goals(language: str) -> tuple[d.GoalLine, ...]:
    if language == ZH:
        return (
            d.GoalLine("亲子沟通", "每周至少三次与孩子进行15分钟以上的谈心，不打断、不指责。", 3),
            d.GoalLine("就学", "督促孩子按时到校，本学期无故缺课不超过1天。", 2),
            d.GoalLine("网络使用与安全", "与孩子共同约定手机使用时间，并安装未成年人模式。", 4),
            d.GoalLine("监护职责", "外出务工期间落实委托照护人，每周与孩子视频通话。", 1),
        )
    return (
        d.GoalLine("Communication", "Talk with the child for 15 minutes at least three times a "
                   "week, without interrupting or blaming.", 3),
        d.GoalLine("Schooling", "Child attends school on time; at most one unexcused absence "
                   "this term.", 2),
        d.GoalLine("Online safety", "Agree screen-time rules together and switch on the "
                   "minors' mode.", 4),
        d.GoalLine("Guardianship", "Arrange a named carer while away for work; video call "
                   "weekly.", 1),
    )


def _sessions(language: str, count: int) -> tuple[d.SessionLine, ...]:
    modes = _ZH_MODES if language == ZH else _EN_MODES
    present, absent = ("出席", "缺席") if language == ZH else ("Attended", "No-show")
    start = date(2026, 3, 2)
    return tuple(
        d.SessionLine(start + timedelta(days=7 * i), modes[i % len(modes)], 60 + 30 * (i % 3),
                      absent if i % 7 == 5 else present)
        for i in range(count)
    )


def guardian(language: str = ZH) -> d.GuardianLetterData:
    zh = language == ZH
    summaries = (
        ("讨论了孩子近期的作息，约定晚上十点前放下手机。",
         "学习如何倾听孩子：先听完，再回应。") if zh else
        ("We talked about bedtime and agreed phones go away at ten.", "Class: how to listen.")
    )
    return d.GuardianLetterData(
        header=_header(language, "张建国、李梅家长" if zh else "Mr Zhang and Ms Li", 12),
        center=_center(language),
        minor_name="张小明" if zh else "Zhang Xiaoming",
        guardian_names=("张建国", "李梅") if zh else ("Zhang Jianguo", "Li Mei"),
        period_start=date(2026, 9, 1), period_end=date(2026, 11, 20),
        sessions_held=8, sessions_missed=1, hours_done=10.5,
        worked_on=(d.SharedSummary(date(2026, 10, 9), _ZH_MODES[0] if zh else _EN_MODES[0],
                                   summaries[0]),
                   d.SharedSummary(date(2026, 10, 23), _ZH_MODES[3] if zh else _EN_MODES[3],
                                   summaries[1])),
        goals=_goals(language),
        next_steps=(("继续每周谈心，并记录谈心内容。", "与班主任沟通孩子在校表现。") if zh else
                    ("Keep up the weekly talks and note them down.",
                     "Talk with the class teacher about school.")),
        next_appointment=d.Appointment(date(2026, 12, 4), "14:30",
                                       _ZH_MODES[0] if zh else _EN_MODES[0],
                                       "中心二楼203室" if zh else "Room 203"),
        counselor_name="王丽华" if zh else "Wang Lihua",
        counselor_phone="0000-12345679",
    )


def authority(language: str = ZH, sessions: int = 14) -> d.AuthorityReportData:
    zh = language == ZH
    assessment = ("监护人能够按时参加指导，亲子沟通明显改善，对孩子的网络使用已建立规则；"
                  "但父亲外出务工期间的委托照护尚未完全落实，建议继续指导。") if zh else (
        "The guardians attend reliably and communication has clearly improved; rules for "
        "internet use are in place. A carer for the father's absences is not yet arranged.")
    return d.AuthorityReportData(
        header=_header(language, "青山县人民检察院" if zh else "Qingshan County Procuratorate",
                       13),
        center=_center(language),
        order_type="督促监护令" if zh else "guardianship supervision order",
        order_number="青检未督〔2026〕7号" if zh else "QJW [2026] 7",
        order_issued_on=date(2026, 2, 20), minor_name="张小明" if zh else "Zhang Xiaoming",
        guardian_names=("张建国", "李梅") if zh else ("Zhang Jianguo", "Li Mei"),
        period_start=date(2026, 3, 1), period_end=date(2026, 11, 20),
        sessions_required=16, hours_required=20.0, deadline=date(2026, 12, 31),
        sessions_done=12, sessions_missed=2, hours_done=15.5, goals=_goals(language),
        assessment=assessment, sessions=_sessions(language, sessions),
        counselor_name="王丽华" if zh else "Wang Lihua",
        supervisor_name="陈志强" if zh else "Chen Zhiqiang",
    )


def plan(language: str = ZH) -> d.PlanDocumentData:
    zh = language == ZH
    goals = tuple(d.PlanGoal(g.domain, g.description, date(2027, 1, 31) if i % 2 else None)
                  for i, g in enumerate(_goals(language)))
    return d.PlanDocumentData(
        header=_header(language, "", 14),
        center=_center(language),
        minor_name="张小明" if zh else "Zhang Xiaoming",
        guardian_names=("张建国", "李梅") if zh else ("Zhang Jianguo", "Li Mei"),
        counselor_name="王丽华" if zh else "Wang Lihua",
        supervisor_name="陈志强" if zh else "Chen Zhiqiang",
        needs=(("父亲长期外出务工，母亲独自照护，亲子沟通少。", "孩子沉迷手机游戏，上学常迟到。")
               if zh else ("Father works away; mother cares alone.",
                           "Child plays phone games late and is often late for school.")),
        goals=goals,
        interventions=(("中心面谈：每两周一次，每次60分钟。", "家访：每月一次，了解家庭环境。",
                        "家长课堂：参加“如何倾听孩子”系列课程。") if zh else
                       ("Center sessions every two weeks.", "Monthly home visit.",
                        "Parenting class series.")),
        frequency="每两周一次" if zh else "every two weeks",
        start_on=date(2026, 3, 1), review_on=date(2026, 6, 1), end_on=date(2026, 12, 31),
        layout_edition=d.PLAN_LAYOUT_EDITION,
    )


def completion(language: str = ZH) -> d.CompletionData:
    zh = language == ZH
    return d.CompletionData(
        header=_header(language, "青山县人民检察院" if zh else "Qingshan County Procuratorate",
                       15),
        center=_center(language), minor_name="张小明" if zh else "Zhang Xiaoming",
        guardian_names=("张建国", "李梅") if zh else ("Zhang Jianguo", "Li Mei"),
        period_start=date(2026, 3, 1), period_end=date(2026, 11, 20),
        closure_reason="目标达成" if zh else "goals achieved",
        sessions_done=16, sessions_missed=2, hours_done=20.5,
        order_type="督促监护令" if zh else "guardianship supervision order",
        order_number="青检未督〔2026〕7号" if zh else "QJW [2026] 7", hours_required=20.0,
        goals=_goals(language),
        outcome=("家庭沟通方式明显改善，孩子按时上学，网络使用规则得到遵守。" if zh else
                 "Communication at home has improved; the child attends school on time."),
        recommendations=(("建议学校继续关注孩子在校表现。",) if zh else
                         ("The school should keep an eye on attendance.",)),
        counselor_name="王丽华" if zh else "Wang Lihua",
        supervisor_name="陈志强" if zh else "Chen Zhiqiang",
    )


def notice(language: str = ZH, stage: str = "reminder") -> d.NoticeData:
    zh = language == ZH
    return d.NoticeData(
        header=_header(language, "张建国" if zh else "Mr Zhang Jianguo", 16),
        center=_center(language), stage=stage, minor_name="张小明" if zh else "Zhang Xiaoming",
        guardian_names=("张建国",) if zh else ("Zhang Jianguo",),
        order_type="家庭教育指导令" if zh else "family education guidance order",
        order_number="（2026）青0102民初123号" if zh else "(2026) Q0102 No. 123",
        hours_required=20.0, hours_done=6.0, sessions_missed=2,
        missed_dates=(date(2026, 10, 16), date(2026, 11, 6)), deadline=date(2026, 12, 31),
        respond_by=date(2026, 12, 5), counselor_name="王丽华" if zh else "Wang Lihua",
        counselor_phone="0000-12345679",
    )


def statistics(language: str = ZH) -> d.StatisticsData:
    zh = language == ZH

    def lines(*pairs: tuple[str, str, int]) -> tuple[d.CountLine, ...]:
        return tuple(d.CountLine(z if zh else e, n) for z, e, n in pairs)

    return d.StatisticsData(
        header=_header(language, "青山县妇女联合会" if zh else "Qingshan County Women's "
                       "Federation", 17),
        center=_center(language), period_start=date(2026, 1, 1), period_end=date(2026, 6, 30),
        cases_open=143, cases_new=58, cases_closed=41, sessions_held=612, sessions_missed=47,
        hours_done=705.5, orders_due=36, orders_on_time=29, orders_late=4, orders_open=3,
        # As the service prints them: 4 and 3 are small counts (a preview shows the marks).
        orders_suppressed=suppress_small_counts([29, 4, 3]).states,
        by_situation=lines(("父母双方外出务工/留守", "Both parents away", 52),
                           ("父母离异/分居，监护缺位", "Divorced or separated", 31),
                           ("监护人不履行职责/监护不当", "Neglect of duties", 38),
                           ("其他", "Other", 22)),
        by_involvement=lines(("被害人", "Victim", 27), ("罪错未成年人", "Offence", 44),
                             ("不良行为", "At risk", 39), ("无", "None", 33)),
        by_referral=lines(("人民检察院", "Procuratorate", 61), ("人民法院", "Court", 18),
                          ("学校", "School", 29), ("自行求助", "Self-referral", 35)),
        by_mode=lines(("中心面谈", "At the center", 301), ("家访", "Home visit", 122),
                      ("电话", "Phone", 97), ("家长课堂", "Parenting class", 92)),
    )


SAMPLES: dict[LetterKind, Any] = {
    LetterKind.GUARDIAN: guardian, LetterKind.AUTHORITY: authority, LetterKind.PLAN: plan,
    LetterKind.COMPLETION: completion, LetterKind.NOTICE: notice,
    LetterKind.STATISTICS: statistics,
}


def sample_data(kind: LetterKind, language: str = ZH) -> Any:
    """Invented input of a kind, for previewing a center's edited wording."""
    return SAMPLES[kind](language)
