"""The interface language: Vietnamese (the source text) or English.

The choice is kept in QSettings under ``ui/language`` and applies at the next
start. ``resources/i18n/tnapp_en.qm`` holds TNApp's English; ``qt_vi.qm``
gives Qt's own buttons (OK, Cancel, Yes, No…) their Vietnamese text, which
Qt itself does not ship.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from tnapp import i18n as core_i18n
from tnapp.paths import APP_NAME, resources_dir

LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = "vi"
LANGUAGES = ("vi", "en")


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def settings() -> QSettings:
    """TNApp's own settings: an INI file in the user's settings folder
    (%APPDATA%\\TNApp\\TNApp.ini on Windows), easy to inspect or delete."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def saved_language() -> str:
    value = settings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    settings().setValue(LANGUAGE_KEY, language)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the translators for ``language`` (and give the core's
    messages the same language); the caller keeps the returned list alive for as
    long as they are installed."""
    core_i18n.set_language(language if language in core_i18n.LANGUAGES else DEFAULT_LANGUAGE)
    wanted: list[tuple[str, str]] = []
    if language == "en":
        wanted = [(str(i18n_dir()), "tnapp_en"),
                  (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_en")]
    elif language == "vi":
        wanted = [(str(i18n_dir()), "qt_vi")]
    installed = []
    for folder, name in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    core_i18n.set_language(DEFAULT_LANGUAGE)
    for translator in translators:
        app.removeTranslator(translator)


def use_vietnamese_locale() -> None:
    """Numbers and dates in Qt's own widgets follow vi_VN, whatever the language."""
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
