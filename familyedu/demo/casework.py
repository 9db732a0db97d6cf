"""Demo casework: a case's order, plan revisions, goals, sessions and ratings over time.

Every derived column is computed here by the same rules as the services (sessions.recompute_case,
figures.next_session_due, plans' review dates, goal progress = latest rating).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from familyedu.demo import vocab
from familyedu.demo.people import Family, PeopleMaker, pick, risk
from familyedu.models import Attendance, CaseStatus, ClosureOutcome, OrderType, PlanStatus
from familyedu.models import SessionMode as Mode
from familyedu.services.casework import figures
from familyedu.services.core import search_text

Emit = Callable[[str, dict[str, Any]], None]
NextId = Callable[[str], int]
MODES = ((Mode.CENTER, 35), (Mode.HOME_VISIT, 25), (Mode.PHONE, 12), (Mode.VIDEO, 10),
         (Mode.SCHOOL_VISIT, 8), (Mode.PARENTING_CLASS, 10))
DURATIONS = {Mode.PHONE: (20, 30, 40), Mode.VIDEO: (30, 45, 60),
             Mode.PARENTING_CLASS: (90, 120), Mode.CENTER: (60, 60, 90, 90, 120),
             Mode.HOME_VISIT: (60, 90, 90, 120), Mode.SCHOOL_VISIT: (45, 60, 90)}
OFFENCES = ("non_prosecution", "conditional_non_prosecution", "sentenced")


@dataclass(slots=True)
class Skeleton:
    """What is decided before any detail: dates, referral, order, outcome, who holds it."""

    opened_on: date
    referral: str
    involvement: str
    guardianship: str
    order_type: OrderType
    end_on: date
    closed_on: date | None
    compliant: bool
    counselor_id: int = 0
    case_number: str = ""


def skeleton(rng: random.Random, today: date) -> Skeleton:
    opened = today - timedelta(days=rng.randint(1, 730))
    referral = pick(rng, vocab.REFERRAL)
    involvement = pick(rng, vocab.INVOLVEMENT.get(referral, vocab.INVOLVEMENT_OTHER))
    guardianship = pick(rng, vocab.GUARDIANSHIP)
    order = OrderType.NONE
    if referral == "procuratorate" and rng.random() < 0.85:
        order = OrderType.SUPERVISION_ORDER
    elif referral == "court" and rng.random() < 0.85:
        order = OrderType.GUIDANCE_ORDER
    elif referral == "police" and rng.random() < 0.4:
        order = OrderType.OTHER
    if order is OrderType.NONE:
        end = opened + timedelta(days=rng.randint(100, 300))
    else:
        end = opened + timedelta(days=rng.choice((90, 120, 180, 180)))
    closed = None
    if end + timedelta(days=10) < today and rng.random() < 0.93:
        closed = max(opened + timedelta(days=30),
                     min(today - timedelta(days=1), end + timedelta(days=rng.randint(-20, 20))))
    return Skeleton(opened, referral, involvement, guardianship, order, end, closed,
                    compliant=rng.random() < 0.82)


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(9, 16), rng.choice((0, 30))))


def _interventions(goals: list[dict[str, Any]]) -> list[str]:
    """The interventions that serve the plan's goals (in a stable order, for the seed)."""
    return list(dict.fromkeys(i for g in goals for i in vocab.INTERVENTIONS_FOR[g["domain"]]))


@dataclass
class CaseMaker:
    """Writes one case with everything under it through `emit(table, row)`."""

    rng: random.Random
    people: PeopleMaker
    next_id: NextId
    emit: Emit
    today: date
    center_id: int
    supervisor_id: int
    sealed: int = 0
    # Open cases with guidance given last month, and who prints their progress letter.
    letter_cases: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        this_month = self.today.replace(day=1)
        self._last_month = ((this_month - timedelta(days=1)).replace(day=1), this_month)

    def make(self, sk: Skeleton) -> None:
        rng = self.rng
        family = self.people.family(opened_on=sk.opened_on, today=self.today,
                                    guardianship=sk.guardianship, involvement=sk.involvement)
        level, reason = risk(rng, sk.guardianship, sk.involvement)
        sealed = sk.involvement in OFFENCES and rng.random() < (
            0.4 if sk.involvement == "sentenced" else 0.1)
        self.sealed += sealed
        created = _at(sk.opened_on, rng)
        minor_id = self.next_id("minors")
        minor = family.minor
        self.emit("minors", {
            **minor, "id": minor_id, "center_id": self.center_id,
            "name_pinyin": search_text.pinyin_of(minor["name"]), "risk_level": level,
            "risk_reason": reason, "sealed": sealed, "version": 1, "created_at": created,
            "updated_at": created})
        guardian_ids = []
        for g in family.guardians:
            gid = self.next_id("guardians")
            guardian_ids.append(gid)
            self.emit("guardians", {**g, "id": gid, "minor_id": minor_id, "version": 1,
                                    "name_pinyin": search_text.pinyin_of(g["name"]),
                                    "is_order_subject": sk.order_type is not OrderType.NONE
                                    and g["relation"] in ("father", "mother"),
                                    "created_at": created, "updated_at": created})
        case_id = self.next_id("cases")
        age = (sk.opened_on - minor["date_of_birth"]).days // 365
        if age < 14 and guardian_ids and rng.random() < 0.9:
            self.emit("consents", {
                "id": self.next_id("consents"), "minor_id": minor_id,
                "guardian_id": guardian_ids[0], "given_by": family.guardians[0]["name"],
                "given_on": sk.opened_on, "scope": vocab.CONSENT_SCOPE,
                "recorded_by_id": sk.counselor_id, "withdrawn_on": None,
                "withdrawal_reason": "", "created_at": created, "updated_at": created})
        interval = rng.choice((7, 14, 14) if sk.order_type is not OrderType.NONE
                              else (14, 14, 21, 30))
        plans = self._plans(sk, case_id, family)
        sessions = self._sessions(sk, case_id, interval, guardian_ids, family, plans)
        row = self._case_row(sk, case_id, minor_id, family, interval, sessions, created)
        row["next_review_on"] = self._write_plans(plans)
        self.emit("cases", row)
        for session in sessions:
            self.emit("guidance_sessions", session)
        first, following = self._last_month
        if sk.closed_on is None and any(
                x["attendance"] is Attendance.ATTENDED and first <= x["held_at"].date() < following
                for x in sessions):
            # A counselor never prints a sealed minor's letters: the supervisor does.
            self.letter_cases.append((case_id, self.supervisor_id if sealed
                                      else sk.counselor_id))
        if (sk.involvement == "victim" or sk.guardianship == "domestic_violence") \
                and rng.random() < 0.25:
            day = sk.opened_on + timedelta(days=rng.randint(0, 10))
            day = min(day, self.today)
            self.emit("mandatory_reports", {
                "id": self.next_id("mandatory_reports"), "case_id": case_id,
                "reported_on": day, "suspected_harm": rng.choice(vocab.HARMS),
                "police_station": f"{family.county}县公安局{rng.choice(vocab.POLICE)}",
                "receipt_number": f"{family.county}公(强报)字〔{day.year}〕{rng.randint(1, 999)}号",
                "follow_up": rng.choice(vocab.FOLLOW_UPS), "reported_by_id": sk.counselor_id,
                "version": 1, "created_at": _at(day, rng), "updated_at": _at(day, rng)})

    # -- the case row ---------------------------------------------------------------------

    def _case_row(self, sk: Skeleton, case_id: int, minor_id: int, family: Family,
                  interval: int, sessions: list[dict[str, Any]],
                  created: datetime) -> dict[str, Any]:
        rng = self.rng
        attended = [x for x in sessions if x["attendance"] is Attendance.ATTENDED]
        minutes = sum(x["duration_minutes"] for x in attended)
        hours: float | None = None
        needed: int | None = None
        planned = max(1, (sk.end_on - sk.opened_on).days // interval)
        if sk.order_type in (OrderType.GUIDANCE_ORDER, OrderType.OTHER):
            if sk.closed_on is None:
                hours = max(4, round(planned * 0.85 * 75 / 60 * rng.uniform(0.8, 1.0) / 2) * 2)
            elif sk.compliant:  # the order was met when the case closed
                hours = max(2, int(minutes / 60 * rng.uniform(0.85, 1.0)) // 2 * 2)
            else:
                hours = (int(minutes / 60 * rng.uniform(1.4, 2.0)) // 2 + 2) * 2
        elif sk.order_type is OrderType.SUPERVISION_ORDER:
            if sk.closed_on is None:
                needed = max(3, round(planned * 0.85 * rng.uniform(0.8, 1.0)))
            elif sk.compliant:
                needed = max(1, int(len(attended) * rng.uniform(0.85, 1.0)))
            else:
                needed = int(len(attended) * rng.uniform(1.4, 2.0)) + 2
        is_order = sk.order_type is not OrderType.NONE
        names = {"county": family.county, "town": family.town, "village": family.village}
        authority = vocab.AUTHORITY.get(sk.referral, "").format(**names)
        issued = sk.opened_on - timedelta(days=rng.randint(0, 20)) if is_order else None
        last = max((x["held_at"] for x in attended), default=None)
        latest = sessions[-1] if sessions else None
        booked = latest["next_appointment_at"] if latest else None
        outcome = None
        if sk.closed_on is not None:
            if is_order:
                outcome = (ClosureOutcome.ORDER_FULFILLED if sk.compliant
                           else ClosureOutcome.NON_COMPLIANCE)
            elif sk.compliant:
                outcome = (ClosureOutcome.GOALS_ACHIEVED if rng.random() < 0.85
                           else ClosureOutcome.OTHER)
            else:
                outcome = rng.choice((ClosureOutcome.MOVED_AWAY, ClosureOutcome.TRANSFERRED,
                                      ClosureOutcome.OTHER))
        names_all = [family.minor["name"], *(g["name"] for g in family.guardians)]
        numbers = [family.minor["resident_id"] or "", *(g["phone"] for g in family.guardians)]
        return {
            "id": case_id, "center_id": self.center_id, "case_number": sk.case_number,
            "minor_id": minor_id, "opened_on": sk.opened_on, "closed_on": sk.closed_on,
            "status": CaseStatus.OPEN if sk.closed_on is None else CaseStatus.CLOSED,
            "referral_source": sk.referral, "referring_authority": authority,
            "order_type": sk.order_type,
            "order_document_number": self._document_number(sk, issued, family.county),
            "order_issued_on": issued, "order_hours_required": hours,
            "order_sessions_required": needed, "order_due_on": sk.end_on if is_order else None,
            "feedback_recipient": vocab.FEEDBACK_TO.get(sk.referral, "").format(**names)
            if is_order else "",
            "feedback_interval_days": rng.choice((30, 30, 60)) if is_order else None,
            "session_interval_days": interval, "assigned_counselor_id": sk.counselor_id,
            "closure_outcome": outcome,
            "closure_note": vocab.CLOSURE_NOTES[outcome.value] if outcome else "",
            "minutes_done": minutes, "sessions_attended": len(attended),
            "sessions_missed": sum(1 for x in sessions
                                   if x["attendance"] is Attendance.NO_SHOW),
            "last_session_at": last,
            "next_session_due_on": figures.next_session_due(
                opened_on=sk.opened_on, last_session_on=last.date() if last else None,
                next_appointment=booked.date() if booked else None, interval_days=interval),
            "search_text": search_text.build(case_number=sk.case_number, names=names_all,
                                             numbers=numbers),
            "version": 1, "created_at": created,
            "updated_at": max([created, *(x["updated_at"] for x in sessions)]),
        }

    def _document_number(self, sk: Skeleton, issued: date | None, county: str) -> str:
        if issued is None:
            return ""
        n = self.rng.randint(1, 400)
        if sk.order_type is OrderType.SUPERVISION_ORDER:
            return f"{county}检未督〔{issued.year}〕{n}号"
        if sk.order_type is OrderType.GUIDANCE_ORDER:
            return f"（{issued.year}）黔0121民初{n}号家庭教育指导令"
        return f"{county}公家指〔{issued.year}〕{n}号"

    # -- plans and goals ------------------------------------------------------------------

    def _plans(self, sk: Skeleton, case_id: int, family: Family) -> list[dict[str, Any]]:
        """Plan revisions (rows with a `goals` list); live from `approved_at` on."""
        rng = self.rng
        last_day = sk.closed_on or self.today
        created_day = sk.opened_on + timedelta(days=rng.randint(3, 14))
        if created_day >= last_day:
            return []
        domains = list(vocab.GOAL_DOMAINS_FOR[sk.guardianship])
        chosen = rng.sample(domains, k=min(len(domains), rng.randint(2, 3)))
        if sk.involvement in (*OFFENCES, "at_risk"):
            chosen.append(rng.choice(vocab.GOAL_DOMAINS_INVOLVED))
        goals = [{"domain": d, "description": rng.choice(vocab.GOALS[d]),
                  "interventions": "、".join(rng.sample(vocab.INTERVENTIONS_FOR[d], 2))}
                 for d in dict.fromkeys(chosen)]
        plans: list[dict[str, Any]] = []
        start = created_day
        while True:
            created_at = datetime.combine(start - timedelta(days=1), time(17, 30))
            if not plans:
                created_at = datetime.combine(start, time(8, 0))
            approved = datetime.combine(start + timedelta(days=0 if plans else 2), time(8, 30))
            plan: dict[str, Any] = {
                "id": self.next_id("guidance_plans"), "case_id": case_id,
                "revision": len(plans) + 1, "status": PlanStatus.ACTIVE,
                "needs": vocab.NEEDS[sk.guardianship],
                "interventions": "、".join(rng.sample(_interventions(goals), 3)),
                "frequency": rng.choice(vocab.FREQUENCY), "start_on": start,
                "end_on": max(sk.end_on, start + timedelta(days=90)),
                "review_on": start + timedelta(days=90), "created_by_id": sk.counselor_id,
                "submitted_at": created_at + timedelta(hours=1), "approved_by_id":
                self.supervisor_id, "approved_at": approved,
                "supersedes_id": plans[-1]["id"] if plans else None, "version": 1,
                "created_at": created_at, "updated_at": approved,
                "goals": [{**g, "id": self.next_id("goals"), "position": i,
                           "target_on": start + timedelta(days=90), "progress": 0,
                           "ratings": []} for i, g in enumerate(goals)],
            }
            if plans:  # a revision copies the goals with their progress at that moment
                for new, old in zip(plan["goals"], plans[-1]["goals"], strict=False):
                    new["copied_from"], new["copied_at"] = old, created_at
            if approved.date() > last_day or approved > datetime.combine(self.today, time()):
                if plans:
                    break
                plan["status"] = rng.choice((PlanStatus.DRAFT, PlanStatus.PENDING_APPROVAL))
                plan["approved_by_id"] = plan["approved_at"] = None
                if plan["status"] is PlanStatus.DRAFT:
                    plan["submitted_at"] = None
                plan["updated_at"] = created_at
                plans.append(plan)
                return plans
            if plans:
                plans[-1]["status"] = PlanStatus.SUPERSEDED
            plans.append(plan)
            review = plan["review_on"]
            if review >= last_day or len(plans) >= 3 or rng.random() < 0.4:
                break
            start = review + timedelta(days=rng.randint(0, 7))
            if start >= last_day:
                break
            if rng.random() < 0.3:
                goals = [*goals, {"domain": "communication",
                                  "description": rng.choice(vocab.GOALS["communication"]),
                                  "interventions": "个别家庭指导"}]
                goals = list({g["domain"]: g for g in goals}.values())
        live = plans[-1]
        if sk.closed_on is not None:
            live["status"] = PlanStatus.COMPLETED
        elif live["review_on"] < self.today:
            roll = rng.random()
            if roll < 0.1:
                live["status"] = PlanStatus.UNDER_REVIEW
            elif roll > 0.35:  # reviewed and kept: the next review lies ahead (end_review)
                review = live["review_on"]
                while review <= self.today:
                    review += timedelta(days=90)
                review = min(review, live["end_on"])  # a plan is reviewed by its end at last
                if review > self.today:
                    live["review_on"] = review
                else:  # the plan has run its course: its review is under way
                    live["status"] = PlanStatus.UNDER_REVIEW
        return plans

    @staticmethod
    def _progress(goal: dict[str, Any], before: datetime | None = None) -> int:
        rated = [r for at, r in goal["ratings"] if before is None or at < before]
        return int(rated[-1]) if rated else int(goal["progress"])

    def _write_plans(self, plans: list[dict[str, Any]]) -> date | None:
        """Emit plans and goals; return the case's next review (that of a live plan)."""
        for plan in plans:  # oldest first, so a copied goal's source is settled already
            for goal in plan["goals"]:
                source = goal.pop("copied_from", None)
                if source is not None:
                    goal["progress"] = self._progress(source, goal.pop("copied_at"))
        for plan in plans:
            goals = plan.pop("goals")
            self.emit("guidance_plans", plan)
            for goal in goals:
                progress = self._progress(goal)
                del goal["ratings"]
                self.emit("goals", {**goal, "plan_id": plan["id"], "progress": progress,
                                    "version": 1})
        live = [p for p in plans if p["status"] in (PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW)]
        return live[-1]["review_on"] if live else None

    # -- sessions -------------------------------------------------------------------------

    def _sessions(self, sk: Skeleton, case_id: int, interval: int, guardian_ids: list[int],
                  family: Family, plans: list[dict[str, Any]]) -> list[dict[str, Any]]:
        rng = self.rng
        # Open cases are still worked on (even past an order's deadline) until yesterday.
        end = sk.closed_on or self.today - timedelta(days=1)
        day = sk.opened_on + timedelta(days=rng.randint(2, 10))
        weights = ((Attendance.ATTENDED, 85), (Attendance.NO_SHOW, 7),
                   (Attendance.CANCELLED, 5), (Attendance.RESCHEDULED, 3)) if sk.compliant \
            else ((Attendance.ATTENDED, 50), (Attendance.NO_SHOW, 35),
                  (Attendance.CANCELLED, 10), (Attendance.RESCHEDULED, 5))
        span = max(1, (sk.end_on - sk.opened_on).days)
        home = [gid for gid, g in zip(guardian_ids, family.guardians, strict=True)
                if g["lives_with_minor"]] or guardian_ids[:1]
        rows: list[dict[str, Any]] = []
        while day <= end:
            held = _at(day, rng)
            attendance = pick(rng, weights)
            mode = pick(rng, MODES)
            came = attendance is Attendance.ATTENDED
            row = {
                "id": self.next_id("guidance_sessions"), "case_id": case_id, "held_at": held,
                "duration_minutes": rng.choice(DURATIONS[mode]) if came else 0, "mode": mode,
                "counselor_id": sk.counselor_id, "attendance": attendance,
                "minor_attended": came and mode is not Mode.PHONE and rng.random() < 0.6,
                "private_notes": rng.choice(vocab.PRIVATE_NOTES) if came else rng.choice(
                    vocab.NO_SHOW_NOTES if attendance is Attendance.NO_SHOW
                    else vocab.CANCEL_NOTES),
                "shared_summary": "", "next_steps": rng.choice(vocab.NEXT_STEPS) if came else "",
                "next_appointment_at": None,
                "followed_up": attendance is Attendance.NO_SHOW and (
                    sk.closed_on is not None or (self.today - day).days > 30
                    or rng.random() < 0.5),
                "version": 1, "created_at": held, "updated_at": held,
            }
            if came:
                for gid in rng.sample(home, k=min(len(home), rng.randint(1, 2))):
                    self.emit("session_guardians", {"session_id": row["id"],
                                                    "guardian_id": gid})
                self._rate(row, plans, min(1.0, (day - sk.opened_on).days / span),
                           sk.compliant)
            rows.append(row)
            day += timedelta(days=interval + rng.randint(-3, 3))
        for before, after in itertools.pairwise(rows):
            if rng.random() < 0.8:
                before["next_appointment_at"] = after["held_at"]
        if rows and sk.closed_on is None and rng.random() < 0.6:
            booked = rows[-1]["held_at"] + timedelta(days=interval)
            rows[-1]["next_appointment_at"] = max(booked, datetime.combine(
                self.today + timedelta(days=rng.randint(0, interval)), time(9, 30)))
        return rows

    def _rate(self, row: dict[str, Any], plans: list[dict[str, Any]], share: float,
              compliant: bool) -> None:
        live = [p for p in plans if p["approved_at"] is not None
                and p["approved_at"] <= row["held_at"]]
        if not live:
            return
        goals = live[-1]["goals"]
        rated = self.rng.sample(goals, k=min(len(goals), self.rng.randint(1, 2)))
        for goal in rated:
            level = (1 + 2.6 * share) if compliant else (0.6 + 1.0 * share)
            rating = max(0, min(4, round(level + self.rng.gauss(0, 0.6))))
            goal["ratings"].append((row["held_at"], rating))
            self.emit("session_goal_ratings", {"session_id": row["id"], "goal_id": goal["id"],
                                               "rating": rating})
        row["shared_summary"] = vocab.SUMMARIES[rated[0]["domain"]]
