"""What the About dialog and the bundle's licence folder state: version, fonts, libraries."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from familyedu import __version__

# The distributions a familyedu installation (or bundle) runs on, in the order shown.
BUNDLED_DISTRIBUTIONS = (
    "PySide6-Essentials", "PySide6-Addons", "shiboken6", "SQLAlchemy", "alembic", "Mako",
    "MarkupSafe", "reportlab", "pillow", "pypdf", "sqlcipher3", "psycopg", "psycopg-binary",
    "argon2-cffi", "argon2-cffi-bindings", "cffi", "cryptography", "pypinyin",
    "python-stdnum", "openpyxl", "et_xmlfile", "Faker", "platformdirs", "typing_extensions",
)

# The bundled fonts (familyedu/resources/fonts/README.md has the details and sources).
FONTS = (
    ("AR PL UMing CN", "Arphic Public License", "uming.COPYRIGHT.txt"),
    ("WenQuanYi Micro Hei", "Apache-2.0", "wqy-microhei.COPYRIGHT.txt"),
    ("DejaVu Serif", "Bitstream Vera licence, public domain", "DejaVu.COPYRIGHT.txt"),
    ("Hanazono Mincho A (subset)", "Hanazono Font License", "HanaMinA-subset.COPYRIGHT.txt"),
)

# Compiled into a library rather than a distribution of its own.
EMBEDDED = (("SQLCipher", "BSD-3-Clause (Zetetic LLC)"), ("Qt", "LGPL-3.0-only"))


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


def version() -> str:
    return __version__


# Distributions whose metadata names no licence.
_UNDECLARED = {"sqlcipher3": "Zlib"}


def _licence(meta: metadata.PackageMetadata) -> str:
    known = _UNDECLARED.get(str(meta["Name"]).lower())
    if known:
        return known
    fields = meta.json
    expression = fields.get("license_expression")
    if expression:
        return str(expression)
    declared = str(fields.get("license") or "").strip()
    # Some projects put the whole licence text in this field; a name is short.
    if declared and "\n" not in declared and len(declared) <= 60:
        return declared
    classifiers = [c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the licence file"


def library_licences() -> list[Library]:
    """Name, version and licence of each library installed with this familyedu."""
    found: list[Library] = []
    for name in BUNDLED_DISTRIBUTIONS:
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue  # an optional part not installed here (e.g. the PostgreSQL driver)
        found.append(Library(str(meta["Name"]), str(meta["Version"]), _licence(meta)))
    return found


def bundle_licences_dir() -> Path | None:
    """The `licences` folder beside the executables of an offline bundle, else None."""
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent / "licences"
    return folder if folder.is_dir() else None
