"""The interface language: Qt's own translations, ours, and the language labels read."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from familyedu.resources import resource_path

log = logging.getLogger(__name__)

SUPPORTED = ("zh_CN", "en")
SETTINGS_KEY = "ui/language"
ORGANIZATION = "familyedu"
APPLICATION = "familyedu"


def settings() -> QSettings:
    """The user's settings (window geometry, language override), one place for all screens."""
    return QSettings(ORGANIZATION, APPLICATION)


def normalise(language: str | None) -> str | None:
    """'zh', 'zh_CN', 'zh-Hans-CN' -> 'zh_CN'; 'en_GB' -> 'en'; anything else None."""
    if not language:
        return None
    value = language.replace("-", "_").strip()
    if value.lower().startswith("zh"):
        return "zh_CN"
    if value.lower().startswith("en"):
        return "en"
    return None


def system_language() -> str:
    """Chinese on a Chinese system, English everywhere else."""
    locale = QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN"
    return "en"


def choose_language(override: str | None = None) -> str:
    """Command line override, then the saved choice, then the system locale."""
    return (normalise(override) or normalise(str(settings().value(SETTINGS_KEY, "") or ""))
            or system_language())


def save_language(language: str) -> None:
    """Remember the user's choice; it takes effect at the next start."""
    chosen = normalise(language)
    if chosen:
        settings().setValue(SETTINGS_KEY, chosen)


class Translators:
    """The translators installed on the application (kept alive as long as it runs)."""

    def __init__(self) -> None:
        self.installed: list[QTranslator] = []

    def install(self, app: QCoreApplication, language: str,
                directory: Path | None = None) -> str:
        """Install Qt's and our translations for `language`; returns the language used."""
        directory = directory or resource_path("i18n")
        for old in self.installed:
            app.removeTranslator(old)
        self.installed.clear()
        language = normalise(language) or "en"
        app.setProperty("familyedu_language", language)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China)
                           if language == "zh_CN" else QLocale(QLocale.Language.English,
                                                                QLocale.Country.UnitedKingdom))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Some Qt builds ship qtbase_*.qm, others only the qt_*.qm catalogue.
        for name in (f"qtbase_{language}", f"qt_{language}"):
            qt_translator = QTranslator(app)
            if language != "en" and qt_translator.load(name, qt_dir):
                app.installTranslator(qt_translator)
                self.installed.append(qt_translator)
                break
        ours = QTranslator(app)
        file = directory / f"familyedu_{language}.qm"
        if file.exists() and ours.load(str(file)):
            app.installTranslator(ours)
            self.installed.append(ours)
        elif language != "en":
            # English source text shows; worth a line in the log, not a dialog.
            log.info("no translation file %s", file.name)
        return language
