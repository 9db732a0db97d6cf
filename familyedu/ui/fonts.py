"""Bundled CJK fonts: registered with Qt and used as the fallback for Chinese everywhere."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from familyedu.resources import resource_path

log = logging.getLogger(__name__)

# Families a desktop may already have, tried after the bundled ones so Chinese still shows.
SYSTEM_CJK = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
              "WenQuanYi Micro Hei", "SimSun", "Droid Sans Fallback")


def _has_chinese(family: str) -> bool:
    return QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)


def _ui_rank(family: str) -> int:
    """Sans (Hei) faces read best on screen; Song/Ming next; per-character fallbacks last."""
    name = family.lower()
    if any(word in name for word in ("hei", "sans", "gothic", "yahei")):
        return 0
    if "subset" in name or "hanamin" in name:
        return 2
    return 1


def _is_ui_face(family: str) -> bool:
    # Monospaced and Traditional-Chinese regional faces of a collection are not for the UI.
    name = family.lower()
    return not any(word in name for word in (" mono", " tw", " hk", " mbe"))


def register_bundled_fonts(directory: Path | None = None) -> list[str]:
    """Add every font file in `directory` (the bundled fonts) to Qt; return the families that
    write Chinese."""
    directory = directory or resource_path("fonts")
    if not directory.is_dir():
        return []
    chinese: list[str] = []
    files = sorted(p for p in directory.iterdir()
                   if p.suffix.lower() in (".ttf", ".ttc", ".otf", ".otc"))
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font %s could not be loaded", path.name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if _has_chinese(family) and family not in chinese:
                chinese.append(family)
    return chinese


def install_fonts(app: QApplication, directory: Path | None = None) -> list[str]:
    """Register the bundled fonts and make the Chinese ones the app font's fallbacks.

    The system UI font stays first (Latin text looks native); Chinese characters it lacks come
    from the bundled font, so they render the same on every machine. Returns the fallback list.
    """
    bundled = sorted((f for f in register_bundled_fonts(directory) if _is_ui_face(f)),
                     key=_ui_rank)
    known = set(QFontDatabase.families())
    fallbacks = bundled + [f for f in SYSTEM_CJK if f in known and f not in bundled]
    if not fallbacks:
        log.info("no font with Chinese glyphs found")
        return []
    font = QFont(app.font())
    # The resolved family, not an alias like "Sans Serif" that a family list cannot use.
    primary = QFontInfo(font).family()
    families = [primary, *[f for f in fallbacks if f != primary]]
    font.setFamilies(families)
    app.setFont(font)
    return fallbacks
