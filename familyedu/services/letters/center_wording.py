"""The center's own wording of each letter: read, try out on sample data, save, reset.

Supervisors and administrators edit it; every letter issued afterwards is worded with it
(the register keeps the text each letter was issued with, so reprints do not change).
"""

from __future__ import annotations

import hashlib

from familyedu.models import LetterKind, LetterTemplate, Role
from familyedu.reports import build_document
from familyedu.reports.samples import sample_data
from familyedu.reports.wording_spec import COMMON_PLACEHOLDERS, KIND_PLACEHOLDERS, keys_for
from familyedu.services.core.audit import Action
from familyedu.services.letters.issuing import DocumentService, choice
from familyedu.services.letters.labels import LANGUAGES
from familyedu.services.letters.wording import check_wording, own_template, wording_text_in_force


class WordingService(DocumentService):
    """The wording of the center's letters (TOML templates), and its sample preview."""

    def placeholders(self, kind: LetterKind) -> list[tuple[str, tuple[str, ...]]]:
        """The placeholders a wording of `kind` may use, by name, each with the keys it is
        limited to (none: any text of the letter), what the wording editor lists."""
        anywhere = COMMON_PLACEHOLDERS | KIND_PLACEHOLDERS[kind]
        names: dict[str, list[str]] = {name: [] for name in anywhere}
        for key, spec in keys_for(kind).items():
            for name in spec.extra - anywhere:
                names.setdefault(name, []).append(key)
        return [(name, tuple(keys)) for name, keys in sorted(names.items())]

    def wording_text(self, kind: LetterKind, language: str) -> str:
        """The center's wording of a letter (TOML), or the shipped default.

        Raises:
            ValidationError: the language is not one of the letters'.
        """
        choice("language", language, LANGUAGES)
        with self.read() as s:
            return wording_text_in_force(s, self.actor.center_id, kind, language)

    def preview_wording(self, kind: LetterKind, language: str, text: str) -> bytes:
        """A letter of `kind` in `text` (perhaps unsaved), filled with invented sample data:
        what the wording editor shows.

        Raises:
            ValidationError: the language is unknown, or the template is bad (on
                "template", naming the placeholder at fault).
        """
        choice("language", language, LANGUAGES)
        wording = check_wording(text, kind, language)
        return build_document(kind, sample_data(kind, language), wording,
                              fonts=self.font_set())

    def save_wording(self, kind: LetterKind, language: str, text: str) -> None:
        """Store the center's own wording (supervisors and administrators).

        Raises:
            PermissionDenied: a counselor may not change the wording.
            ValidationError: the language is unknown, or the template is bad (on
                "template", naming the placeholder at fault).
        """
        self.require_role("edit_wording", Role.SUPERVISOR, Role.ADMIN)
        choice("language", language, LANGUAGES)
        check_wording(text, kind, language)
        with self.write() as s:
            row = own_template(s, self.actor.center_id, kind, language)
            if row is None:
                row = LetterTemplate(center_id=self.actor.center_id, kind=kind,
                                     language=language, body=text)
                s.add(row)
            else:
                row.body = text
                row.updated_at = self.ctx.now()
            s.flush()
            self.audit(s, Action.UPDATE, entity_type="letter_template", entity_id=row.id,
                       details={"kind": str(kind), "language": language,
                                "sha256": hashlib.sha256(text.encode()).hexdigest()})

    def reset_wording(self, kind: LetterKind, language: str) -> None:
        """Go back to the shipped wording.

        Raises:
            PermissionDenied: a counselor may not change the wording.
        """
        self.require_role("edit_wording", Role.SUPERVISOR, Role.ADMIN)
        with self.write() as s:
            row = own_template(s, self.actor.center_id, kind, language)
            if row is not None:
                self.audit(s, Action.DELETE, entity_type="letter_template", entity_id=row.id,
                           details={"kind": str(kind), "language": language})
                s.delete(row)
