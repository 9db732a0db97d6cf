"""Log (or edit) a guidance session: fast keyboard entry, Enter moves on, Ctrl+Enter saves."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familyedu.errors import StaleRecord
from familyedu.models.enums import Attendance, CategoryKind, PlanStatus, SessionMode
from familyedu.services import Services
from familyedu.services.casework.dto import CaseView, GoalView, SessionInput, SessionView
from familyedu.ui import formatting, labels, screen_fit
from familyedu.ui.drafts import DraftKeeper, DraftKey
from familyedu.ui.events import AppEvents
from familyedu.ui.forms import DateField, FieldSet, error_label, years_around
from familyedu.ui.forms.fields import field_label
from familyedu.ui.forms.keys import add_save_shortcuts, enter_moves_on
from familyedu.ui.forms.saving import may_close, run_save
from familyedu.ui.forms.stale import resolve_stale
from familyedu.ui.forms.widgets import Vocab, enum_combo, spin, text_area
from familyedu.ui.workspace.session_parts import AttendeesBox, RatingsBox

SESSION_FIELDS = ("held_at", "duration_minutes", "mode", "attendance", "minor_attended",
                  "guardian_ids", "ratings", "private_notes", "shared_summary", "next_steps",
                  "next_appointment_at")
LIVE = (PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW)


def session_values(view: SessionView) -> dict[str, Any]:
    return {name: getattr(view, name) for name in SESSION_FIELDS}


class SessionDialog(QDialog):
    """`session` None: a new session. After saving, `saved` holds the session as stored."""

    def __init__(self, services: Services, events: AppEvents, case: CaseView,
                 session: SessionView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.events = events
        self.case = case
        self.session = session
        self.saved: SessionView | None = None
        self._offered = False
        self.setWindowTitle(self.tr("Edit session") if session else self.tr("Log session"))
        self.fields = FieldSet(self)
        # Made in the order they stand, which is the order Tab takes.
        self._make_fields(Vocab(services))
        top = QHBoxLayout()
        top.addLayout(self._when_and_who(), 1)
        top.addWidget(self._goals_box(), 1)
        notes = self._notes()
        self.general = error_label(self)
        buttons = self._buttons()
        body = QVBoxLayout()
        body.addLayout(top)
        body.addLayout(notes)
        layout = QVBoxLayout(self)
        # The fields scroll on a low screen; the buttons stay in sight below them.
        layout.addWidget(screen_fit.scrolling(body, self), 1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        add_save_shortcuts(self, self.save)

        self.attendance.currentIndexChanged.connect(self._attendance_changed)
        self._load(session)
        self._attendance_changed()
        key = "session" if session is None else f"session_{session.id}"
        self.drafts = DraftKeeper(DraftKey(services.actor.user_id, case.id, key),
                                  self.fields.tracker, self.fields.state, self)
        self.held_at.setFocus()
        screen_fit.fit(self, 940, 720)

    def _make_fields(self, vocab: Vocab) -> None:
        clock, case = self.services.ctx.now, self.case
        self.held_at = DateField(self, optional=False, with_time=True, default=clock,
                                 **years_around(clock, 20, 1))
        self.held_at.set_value(clock())
        self.duration = spin(self, 0, 1440, suffix=self.tr(" min"))
        self.duration.setValue(60)
        self.mode = enum_combo(SessionMode, labels.session_mode, self)
        self.attendance = enum_combo(Attendance, labels.attendance, self)
        self.next_appointment = DateField(self, optional=True, with_time=True, default=clock,
                                          **years_around(clock, 1, 5))
        self.attendees = AttendeesBox(case.minor.guardians, vocab.labels(CategoryKind.RELATION),
                                      case.minor.name, self)
        self.ratings = RatingsBox(self._goals(), vocab.labels(CategoryKind.GOAL_DOMAIN), self)
        self.private_notes = text_area(self, 3)
        self.private_notes.setPlaceholderText(self.tr("Only for the center; never printed."))
        self.shared_summary = text_area(self, 3)
        self.shared_summary.setPlaceholderText(self.tr("May be shared with the family."))
        self.next_steps = text_area(self, 2)

    def _when_and_who(self) -> QVBoxLayout:
        """The left column: when and how the session was held, and who came."""
        f = self.fields
        when = QFormLayout()
        when_rows: tuple[tuple[str, QWidget], ...] = (
            ("held_at", self.held_at), ("duration_minutes", self.duration), ("mode", self.mode),
            ("attendance", self.attendance), ("next_appointment_at", self.next_appointment))
        for name, widget in when_rows:
            when.addRow(field_label(name), f.add(name, widget, field_label(name)))
        who = QGroupBox(field_label("guardian_ids"), self)
        who_layout = QVBoxLayout(who)
        who_layout.addWidget(f.add("guardian_ids", self.attendees, field_label("guardian_ids"),
                                   get=self.attendees.guardian_ids,
                                   put=self.attendees.set_guardian_ids,
                                   signals=[self.attendees.changed]))
        f.add("minor_attended", self.attendees.minor_box, field_label("minor_attended"),
              wrap=False)
        left = QVBoxLayout()
        left.addLayout(when)
        left.addWidget(who)
        left.addStretch(1)
        return left

    def _goals_box(self) -> QGroupBox:
        """The right column: progress on the plan's goals."""
        goals = QGroupBox(field_label("ratings"), self)
        goals_layout = QVBoxLayout(goals)
        goals_layout.addWidget(self.fields.add(
            "ratings", self.ratings, field_label("ratings"), get=self.ratings.ratings,
            put=self.ratings.set_ratings, signals=[self.ratings.changed]))
        goals_layout.addStretch(1)
        return goals

    def _notes(self) -> QFormLayout:
        notes = QFormLayout()
        note_rows: tuple[tuple[str, QWidget], ...] = (
            ("shared_summary", self.shared_summary), ("private_notes", self.private_notes),
            ("next_steps", self.next_steps))
        for name, widget in note_rows:
            notes.addRow(field_label(name), self.fields.add(name, widget, field_label(name)))
        return notes

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save (Ctrl+Enter)"), self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons

    def _load(self, session: SessionView | None) -> None:
        """The session's values; a new one starts now, with last time's attendees."""
        if session is not None:
            self.fields.load(session_values(session))
            if session.private_notes_locked:
                # Kept as they are unless something is typed here (services/casework/sessions.py).
                self.private_notes.setPlaceholderText(self.tr(
                    "These notes are encrypted for a key you do not hold yet; they are kept "
                    "as they are. A supervisor's next sign-in gives you the key."))
            return
        start = {**self.fields.values(),
                 "held_at": self.services.ctx.now().replace(second=0, microsecond=0)}
        # Usually the same people come each time: start from last time's attendees.
        last = max((s for s in self.services.sessions.for_case(self.case.id)
                    if s.attendance is Attendance.ATTENDED),
                   key=lambda s: s.held_at, default=None)
        if last is not None:
            start["guardian_ids"] = list(last.guardian_ids)
            start["minor_attended"] = last.minor_attended
        self.fields.load(start)

    def _goals(self) -> list[GoalView]:
        """The live plan's goals, and any other goal this session already rated."""
        plans = self.services.plans.revisions(self.case.id)
        live = next((p for p in plans if p.status in LIVE), None)
        goals = list(live.goals) if live else []
        rated = {goal_id for goal_id, _r in (self.session.ratings if self.session else ())}
        known = {g.id for g in goals}
        for plan in plans:
            goals.extend(g for g in plan.goals if g.id in rated and g.id not in known)
        return goals

    def _attendance_changed(self) -> None:
        # Duration and ratings count only for a session that took place; kept if switched.
        attended = self.attendance.currentData() == Attendance.ATTENDED.value
        self.duration.setEnabled(attended)
        self.ratings.setEnabled(attended)
        self.attendees.setEnabled(attended)

    # -- keyboard -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A counselor typing a day's sessions: Enter goes to the next field.
        if not enter_moves_on(self, event, self.save):
            super().keyPressEvent(event)

    # -- saving -------------------------------------------------------------------------

    def session_input(self) -> SessionInput:
        v = self.fields.values()
        attended = v["attendance"] == Attendance.ATTENDED.value
        return SessionInput(
            held_at=v["held_at"], duration_minutes=v["duration_minutes"] if attended else 0,
            mode=SessionMode(v["mode"]), attendance=Attendance(v["attendance"]),
            minor_attended=bool(v["minor_attended"]) and attended,
            guardian_ids=tuple(v["guardian_ids"]) if attended else (),
            ratings=tuple(v["ratings"]) if attended else (),
            private_notes=v["private_notes"], shared_summary=v["shared_summary"],
            next_steps=v["next_steps"], next_appointment_at=v["next_appointment_at"])

    def _overlapping(self, data: SessionInput) -> SessionView | None:
        """Another session of this case whose time overlaps the one being saved."""
        if data.held_at is None:
            return None
        start = data.held_at
        end = start + timedelta(minutes=max(1, data.duration_minutes or 0))
        for other in self.services.sessions.for_case(self.case.id):
            if self.session is not None and other.id == self.session.id:
                continue
            other_end = other.held_at + timedelta(minutes=max(1, other.duration_minutes))
            if other.held_at < end and start < other_end:
                return other
        return None

    def save(self) -> bool:
        data = self.session_input()
        session = self.session
        other = self._overlapping(data)
        if other is not None:
            end = other.held_at + timedelta(minutes=other.duration_minutes)
            answer = QMessageBox.question(
                self, self.tr("Overlapping sessions"),
                self.tr("This case already has a session on %1 from %2 to %3, which overlaps "
                        "this one. Save this session anyway?")
                .replace("%1", formatting.long_date(other.held_at.date()))
                .replace("%2", other.held_at.strftime("%H:%M"))
                .replace("%3", end.strftime("%H:%M")),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Save:
                return False

        def call() -> SessionView:
            if session is None:
                return self.services.sessions.log(self.case.id, data)
            return self.services.sessions.update(session.id, session.version, data)

        ok, view = run_save(self, call, sinks=[self.fields.show_errors], general=self.general,
                            on_stale=self._stale)
        if ok:
            self.saved = view
            self.fields.tracker.mark_clean()
            self.drafts.finish()
            self.events.session_logged.emit(self.case.id)
            self.accept()
        return ok

    def _stale(self, exc: StaleRecord) -> None:
        resolve_stale(self, self.fields, exc, reload=self._reload, save_again=self.save)

    def _reload(self) -> None:
        if self.session is None:
            return
        fresh = next((s for s in self.services.sessions.for_case(self.case.id)
                      if s.id == self.session.id), None)
        if fresh is not None:
            self.session = fresh
            self.fields.load(session_values(fresh))

    # -- drafts and closing -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._offered:
            self._offered = True
            QTimer.singleShot(0, lambda: self.drafts.offer_restore(self, self.fields.restore))

    def reject(self) -> None:
        if may_close(self, self.fields.tracker, self.save, on_discard=self.drafts.finish):
            super().reject()
