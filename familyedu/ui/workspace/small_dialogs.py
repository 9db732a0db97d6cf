"""The workspace's small dialogs: consent, its withdrawal, and closing a case."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from familyedu.models.enums import ClosureOutcome
from familyedu.services import Services
from familyedu.services.casework.dto import CaseView, ConsentView, MinorView
from familyedu.ui import labels
from familyedu.ui.forms import DateField
from familyedu.ui.forms.form_dialog import FormDialog
from familyedu.ui.forms.widgets import enum_combo, text_area


class ConsentDialog(FormDialog):
    """A guardian's consent to guidance (needed for a child under 14)."""

    def __init__(self, services: Services, minor: MinorView,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record consent"), parent)
        self.services = services
        self.minor = minor
        self.given_by = QComboBox(self)
        self.given_by.setEditable(True)
        for guardian in minor.guardians:
            self.given_by.addItem(guardian.name, guardian.id)
        self.given_on = DateField(self, optional=False, default=services.ctx.now)
        self.given_on.set_value(services.ctx.today())
        self.scope = QLineEdit(self)
        self.scope.setPlaceholderText(self.tr("e.g. guidance sessions and home visits"))
        self.add_row("given_by", self.given_by)
        self.add_row("given_on", self.given_on)
        self.add_row("scope", self.scope)
        self.fields.load({"given_by": self.given_by.currentText(),
                          "given_on": services.ctx.today(), "scope": ""})

    def submit(self) -> Any:
        name = self.given_by.currentText().strip()
        index = self.given_by.findText(name)
        guardian_id = self.given_by.itemData(index) if index >= 0 else None
        return self.services.minors.record_consent(
            self.minor.id, given_by=name, given_on=self.given_on.date_value(),
            scope=self.scope.text(), guardian_id=guardian_id)


class WithdrawConsentDialog(FormDialog):
    def __init__(self, services: Services, consent: ConsentView,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Withdraw consent"), parent, intro=self.tr(
            "Consent given by %1 on %2 is withdrawn.").replace("%1", consent.given_by)
            .replace("%2", consent.given_on.isoformat()))
        self.services = services
        self.consent = consent
        self.withdrawn_on = DateField(self, optional=False, default=services.ctx.now)
        self.withdrawn_on.set_value(services.ctx.today())
        self.reason = text_area(self, 2)
        self.add_row("withdrawn_on", self.withdrawn_on)
        self.add_row("withdrawal_reason", self.reason)
        self.fields.load({"withdrawn_on": services.ctx.today(), "withdrawal_reason": ""})

    def submit(self) -> Any:
        day = self.withdrawn_on.date_value()
        assert day is not None  # a required date field always holds one
        self.services.minors.withdraw_consent(self.consent.id, on=day,
                                              reason=self.reason.toPlainText())
        return True


class CloseCaseDialog(FormDialog):
    def __init__(self, services: Services, case: CaseView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Close case %1").replace("%1", case.case_number), parent)
        self.services = services
        self.case = case
        default = (ClosureOutcome.ORDER_FULFILLED if case.progress.complete
                   and case.progress.due_on else ClosureOutcome.GOALS_ACHIEVED)
        self.outcome = enum_combo(ClosureOutcome, labels.closure_outcome, self)
        self.closed_on = DateField(self, optional=False, default=services.ctx.now)
        self.note = text_area(self, 3)
        self.add_row("closure_outcome", self.outcome)
        self.add_row("closed_on", self.closed_on)
        self.add_row("closure_note", self.note)
        self.fields.load({"closure_outcome": default.value, "closed_on": services.ctx.today(),
                          "closure_note": ""})

    def submit(self) -> Any:
        day: date | None = self.closed_on.date_value()
        self.services.cases.close(self.case.id, self.case.version,
                                  outcome=ClosureOutcome(self.outcome.currentData()),
                                  closed_on=day, note=self.note.toPlainText())
        return True
