"""Letters in the desktop: the register, issuing with a preview, printing, batches, statistics."""

from familyedu.ui.letters.batch import BatchDialog
from familyedu.ui.letters.issue_dialog import IssueLetterDialog, StatisticsDialog
from familyedu.ui.letters.model import LetterRegisterModel
from familyedu.ui.letters.preview import PdfPane, PreviewDialog, print_document
from familyedu.ui.letters.view import LettersView

__all__ = [
    "BatchDialog",
    "IssueLetterDialog",
    "LetterRegisterModel",
    "LettersView",
    "PdfPane",
    "PreviewDialog",
    "StatisticsDialog",
    "print_document",
]
