"""Word lists and proportions of the demo data: plausible for a county center in Guizhou."""

from __future__ import annotations

# Region codes of resident ID numbers (Guiyang and Zunyi, valid for births from 1997 on);
# the first is the demo center's own county and gets most of the minors.
HOME_REGION = "520121"
REGIONS = ("520121", "520121", "520121", "520121", "520122", "520123", "520181", "520102",
           "520103", "520111", "520112", "520322", "520323", "520330")
COUNTY_OF = {
    "520121": ("贵州省贵阳市开阳县", "开阳"), "520122": ("贵州省贵阳市息烽县", "息烽"),
    "520123": ("贵州省贵阳市修文县", "修文"), "520181": ("贵州省贵阳市清镇市", "清镇"),
    "520102": ("贵州省贵阳市南明区", "南明"), "520103": ("贵州省贵阳市云岩区", "云岩"),
    "520111": ("贵州省贵阳市花溪区", "花溪"), "520112": ("贵州省贵阳市乌当区", "乌当"),
    "520322": ("贵州省遵义市桐梓县", "桐梓"), "520323": ("贵州省遵义市绥阳县", "绥阳"),
    "520330": ("贵州省遵义市习水县", "习水"),
}
TOWNS = ("城关镇", "双流镇", "金中镇", "冯三镇", "楠木渡镇", "龙岗镇", "永温镇", "花梨镇",
         "南江乡", "高寨乡", "米坪乡", "禾丰乡", "宅吉乡", "南龙乡")
VILLAGES = ("幸福", "红旗", "新民", "团结", "光明", "和平", "石头", "大坪", "松林", "水口",
            "坪上", "新寨", "河坝", "杨柳", "平寨", "花园", "马场", "高坡")
MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                   "151", "152", "155", "157", "158", "159", "166", "176", "177", "180",
                   "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199")
LANDLINE_AREA = "0851"

# (code, weight) — guardianship situations of a center's caseload.
GUARDIANSHIP = (("both_away", 30), ("one_away_other_unable", 10), ("divorced_absent", 18),
                ("parent_detained", 6), ("parent_ill", 6), ("unsupported", 4), ("neglect", 16),
                ("domestic_violence", 6), ("other", 4))
# Who the child lives with, given the guardianship situation.
LIVING = {
    "both_away": (("grandparents", 80), ("relatives", 15), ("alone", 5)),
    "one_away_other_unable": (("one_parent", 60), ("grandparents", 40)),
    "divorced_absent": (("one_parent", 50), ("grandparents", 40), ("relatives", 10)),
    "parent_detained": (("one_parent", 40), ("grandparents", 45), ("relatives", 10),
                        ("institution", 5)),
    "parent_ill": (("both_parents", 40), ("one_parent", 40), ("grandparents", 20)),
    "unsupported": (("grandparents", 40), ("relatives", 30), ("institution", 25), ("alone", 5)),
    "neglect": (("both_parents", 40), ("one_parent", 40), ("grandparents", 20)),
    "domestic_violence": (("both_parents", 50), ("one_parent", 40), ("relatives", 10)),
    "other": (("both_parents", 30), ("one_parent", 30), ("grandparents", 30), ("other", 10)),
}
REFERRAL = (("procuratorate", 30), ("court", 15), ("police", 10), ("school", 15),
            ("civil_affairs", 5), ("womens_federation", 6), ("youth_league", 2),
            ("village_committee", 10), ("self", 5), ("other", 2))
INVOLVEMENT = {
    "procuratorate": (("victim", 35), ("non_prosecution", 20),
                      ("conditional_non_prosecution", 20), ("at_risk", 15), ("none", 10)),
    "court": (("sentenced", 25), ("victim", 20), ("none", 40), ("at_risk", 15)),
    "police": (("at_risk", 50), ("victim", 30), ("none", 20)),
}
INVOLVEMENT_OTHER = (("none", 60), ("at_risk", 30), ("victim", 10))
AUTHORITY = {
    "procuratorate": "{county}县人民检察院", "court": "{county}县人民法院",
    "police": "{county}县公安局", "school": "{county}县第二中学", "civil_affairs":
    "{county}县民政局", "womens_federation": "{county}县妇女联合会", "youth_league":
    "共青团{county}县委", "village_committee": "{town}{village}村民委员会",
}
FEEDBACK_TO = {"procuratorate": "{county}县人民检察院第九检察部",
               "court": "{county}县人民法院少年法庭", "police": "{county}县公安局治安大队"}
GOAL_DOMAINS_FOR = {
    "both_away": ("communication", "guardianship_duties", "daily_care", "schooling"),
    "one_away_other_unable": ("guardianship_duties", "daily_care", "communication"),
    "divorced_absent": ("guardianship_duties", "communication", "mental_health"),
    "parent_detained": ("mental_health", "daily_care", "guardianship_duties"),
    "parent_ill": ("daily_care", "guardianship_duties", "mental_health"),
    "unsupported": ("daily_care", "guardianship_duties", "schooling"),
    "neglect": ("guardianship_duties", "parenting_methods", "daily_care"),
    "domestic_violence": ("parenting_methods", "mental_health", "legal_education"),
    "other": ("parenting_methods", "communication"),
}
GOAL_DOMAINS_INVOLVED = ("legal_education", "behaviour", "internet")

GOALS = {
    "guardianship_duties": ("监护人明确并履行日常监护职责",
                            "监护人每周至少与孩子当面或视频沟通三次",
                            "落实委托照护人并签订委托照护协议"),
    "communication": ("每周与孩子视频通话两次以上", "家长学会倾听，每周安排一次亲子谈心",
                      "减少打骂，以商量方式处理分歧"),
    "parenting_methods": ("家长掌握正面管教方法，停止体罚", "建立作息和学习的家庭规则并坚持执行",
                          "家长参加家长课堂不少于四次"),
    "schooling": ("孩子按时到校，每月缺勤不超过一天", "家长每两周与班主任联系一次",
                  "完成课后作业，成绩稳定"),
    "internet": ("手机使用每天不超过一小时", "家长开启未成年人模式并了解孩子常用软件",
                 "不参与网络游戏充值和网络借贷"),
    "legal_education": ("孩子完成法治教育课程", "家长了解《家庭教育促进法》规定的责任",
                        "孩子认识行为后果，遵守考验期规定"),
    "mental_health": ("孩子情绪稳定，能说出自己的困扰", "定期参加心理辅导，每月一次",
                      "家长识别孩子情绪变化并及时求助"),
    "behaviour": ("不与社会闲散人员交往", "夜间不外出，晚上九点前回家", "不再出现打架、逃学行为"),
    "daily_care": ("保证一日三餐和按时就寝", "居住环境安全，消除用火用电隐患",
                   "孩子身体不适时及时就医"),
}
# The interventions that serve a goal of each area: a goal's (and a plan's) interventions are
# drawn from those of its own areas, never a school contact for a safety goal.
INTERVENTIONS_FOR = {
    "guardianship_duties": ("个别家庭指导", "家访", "电话回访", "协助签订委托照护协议"),
    "communication": ("个别家庭指导", "亲子活动", "家长课堂", "电话回访"),
    "parenting_methods": ("家长课堂", "个别家庭指导", "亲子活动", "家访"),
    "schooling": ("联系学校共同跟进", "个别家庭指导", "家访", "制定作息和学习计划"),
    "internet": ("家长课堂", "个别家庭指导", "亲子活动", "制定手机使用约定"),
    "legal_education": ("法治教育课", "个别家庭指导", "家长课堂"),
    "mental_health": ("心理疏导", "个别家庭指导", "亲子活动", "转介心理咨询"),
    "behaviour": ("法治教育课", "个别家庭指导", "联系学校共同跟进", "家访"),
    "daily_care": ("家访", "个别家庭指导", "电话回访", "联系村委会协助照护"),
}
FREQUENCY = ("每两周一次", "每周一次", "每月两次", "每三周一次")
NEEDS = {
    "both_away": "父母长期在外务工，孩子由祖辈照看，亲子沟通少，学习和生活缺少督促。",
    "one_away_other_unable": "一方外出务工，另一方身体或能力原因难以照护孩子。",
    "divorced_absent": "父母离异后互相推诿，孩子无人管教，情绪低落。",
    "parent_detained": "父亲（母亲）服刑，家庭经济困难，孩子心理压力大。",
    "parent_ill": "父母重病，无力照护，孩子承担过多家务，影响学习。",
    "unsupported": "父母双亡或失踪，孩子由亲属临时照看，缺少稳定监护。",
    "neglect": "监护人放任不管，孩子经常夜不归宿、沉迷网络。",
    "domestic_violence": "家庭中存在打骂孩子的情况，孩子恐惧回家。",
    "other": "家庭教育方法不当，亲子关系紧张。",
}
RISK_REASONS = {
    "high": ("曾离家出走，监护人无法联系", "存在家庭暴力，需持续关注人身安全",
             "与社会闲散人员交往密切，有再犯风险", "孩子独自居住，无成年人照看"),
    "medium": ("学习成绩下滑，偶有逃学", "沉迷网络游戏，作息紊乱", "祖辈年老体弱，照护能力有限"),
    "low": ("家庭支持较好，按要求配合指导", "监护人态度积极"),
}
SUMMARIES = {
    "guardianship_duties": "与监护人梳理日常监护职责，明确接送、饮食和作息安排，"
                           "监护人表示愿意配合。",
    "communication": "指导家长与孩子沟通，练习倾听和表达，约定每周固定时间视频通话。",
    "parenting_methods": "讲解正面管教方法，讨论如何用规则代替打骂，家长反思了以往做法。",
    "schooling": "了解孩子近期在校情况，与家长共同制定作息表，约定与班主任保持联系。",
    "internet": "与家长一起设置手机使用规则，开启未成年人模式，讨论网络安全风险。",
    "legal_education": "开展法治教育，讲解《家庭教育促进法》和《未成年人保护法》相关规定。",
    "mental_health": "倾听孩子近况，孩子情绪较上次稳定，教给家长识别情绪变化的方法。",
    "behaviour": "回顾孩子近期行为，肯定进步，约定晚上九点前回家并由家长确认。",
    "daily_care": "检查居住和饮食情况，提醒用火用电安全，指导合理安排三餐和作息。",
}
PRIVATE_NOTES = ("监护人态度有所转变，但仍需督促。", "孩子谈到在校被同学排挤，需联系学校核实。",
                 "祖母身体欠佳，照护能力下降，考虑联系村委会协助。",
                 "家长对指导有抵触情绪，下次由督导陪同。", "家中卫生状况较差，已提醒。",
                 "孩子提到父亲酒后打骂，需重点关注并视情况强制报告。",
                 "父母双方对孩子教育意见不一致。", "家长按约定完成了上次布置的任务。", "")
NEXT_STEPS = ("两周后家访，检查作息表执行情况。", "请家长下次带孩子一同到中心。",
              "联系班主任了解出勤情况。", "安排参加下月家长课堂。", "电话回访，了解手机使用情况。",
              "继续跟进亲子沟通约定。", "与村委会联系落实临时照护。")
NO_SHOW_NOTES = ("家长未按约定到场，电话未接通。", "家长临时外出务工，未能参加。",
                 "监护人称忘记约定时间。")
CANCEL_NOTES = ("家长提前来电取消，另约时间。", "因天气原因取消家访。", "孩子生病，改期。")
CLOSURE_NOTES = {
    "order_fulfilled": "已完成指导令要求的指导时长，监护情况明显改善，已向决定机关反馈。",
    "goals_achieved": "指导目标基本达成，家庭监护能力提升，经评估结案。",
    "non_compliance": "监护人多次无故缺席，经督促仍不履行，已书面反馈决定机关。",
    "transferred": "家庭迁至外县，已将案件转交当地家庭教育指导中心。",
    "moved_away": "全家外出务工，孩子随父母迁居外省，无法继续指导。",
    "other": "监护情况已稳定，经督导同意结案。",
}
HARMS = ("疑似遭受家庭成员殴打，身上有多处淤伤", "疑似遭受性侵害",
         "长期独自居住、无人照料，疑似遭遗弃", "疑似被胁迫参与违法活动")
POLICE = ("城关派出所", "双流派出所", "金中派出所", "龙岗派出所", "花梨派出所")
FOLLOW_UPS = ("派出所已受理并立案调查。", "已协助民政部门安排临时照护。",
              "警方已回访，情况核实中。", "")
JOBS = ("建筑工地务工", "电子厂流水线", "餐馆帮厨", "物流公司装卸", "服装厂缝纫", "外卖配送",
        "装修工", "保安")
CONSENT_SCOPE = "同意中心为开展家庭教育指导保存和使用孩子及家庭的相关信息。"
GRADES = ("学前", "学前", "学前", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级",
          "初一", "初二", "初三", "高一", "高二", "高三")
