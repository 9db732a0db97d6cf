"""The configurable lists (guardianship situation, referral source, goal domain…)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from familyedu.errors import ValidationError
from familyedu.models import Category, CategoryKind, Role
from familyedu.services.core.audit import Action, EntityType
from familyedu.services.core.base import Service
from familyedu.services.core.dto import CategoryView
from familyedu.services.core.messages import QT_TRANSLATE_NOOP
from familyedu.services.core.validation import clean_text, required_text


def check_category(s: Session, kind: CategoryKind, field: str, code: str | None) -> str:
    """The code if it names an entry of the list (inactive entries stay valid for old records).

    Raises:
        ValidationError: the code is empty or names no entry of the list.
    """
    # Whatever arrives (a bad paste, not even text) is cleaned before it becomes a query
    # parameter: neither driver can send lone surrogates, PostgreSQL no NUL.
    code = clean_text(code) if isinstance(code, str) else ""
    if not code:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "This field is required."))
    # The codes of a list are read once per unit of work (an import checks 10,000 rows).
    codes = s.info.get(("category_codes", kind))
    if codes is None:
        codes = set(s.scalars(select(Category.code).where(Category.kind == kind)))
        s.info[("category_codes", kind)] = codes
    if code not in codes:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "Please choose one of the listed values.")
        )
    return code


class CategoryService(Service):
    """The center's code lists (referral sources, relations, goal domains...)."""

    def entries(self, kind: CategoryKind, *, include_inactive: bool = False) -> list[CategoryView]:
        """A list's entries in their order; the inactive ones only if asked for."""
        with self.read() as s:
            query = select(Category).where(Category.kind == kind)
            if not include_inactive:
                query = query.where(Category.active.is_(True))
            return [
                CategoryView(c.kind.value, c.code, c.label_zh, c.label_en, c.active)
                for c in s.scalars(query.order_by(Category.sort_order, Category.id))
            ]

    def all(self) -> dict[CategoryKind, list[CategoryView]]:
        """Every list with all its entries, inactive ones included."""
        return {kind: self.entries(kind, include_inactive=True) for kind in CategoryKind}

    def save(self, kind: CategoryKind, code: str, label_zh: str, label_en: str,
             *, active: bool = True) -> None:
        """Rename or add an entry. Entries are deactivated, never deleted (records use them)."""
        self.require_role("edit_categories", Role.SUPERVISOR, Role.ADMIN)
        code = required_text("code", code, 40)
        label_zh = required_text("label_zh", label_zh, 100)
        label_en = required_text("label_en", label_en, 100)
        with self.write() as s:
            entry = s.scalar(select(Category).where(Category.kind == kind, Category.code == code))
            if entry is None:
                last = s.scalar(select(Category.sort_order).where(Category.kind == kind)
                                .order_by(Category.sort_order.desc()).limit(1))
                entry = Category(kind=kind, code=code, sort_order=(last or 0) + 1)
                s.add(entry)
            before = {"label_zh": entry.label_zh, "label_en": entry.label_en,
                      "active": entry.active}
            entry.label_zh, entry.label_en, entry.active = label_zh, label_en, active
            self.audit(s, Action.UPDATE, entity_type=EntityType.CATEGORY,
                       details={"kind": kind.value, "code": code, "before": before})
