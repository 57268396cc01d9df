"""Languages: installing Qt translators, translating declared labels, dates.

Qt keeps only a C++ pointer to an installed ``QTranslator``; if Python drops its
reference the translator is garbage-collected and the text silently falls back
to English. ``_INSTALLED`` holds them for as long as they are installed.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTranslator

from fieldkit.declare import ChoiceList, FieldSpec
from fieldkit.storage import paths

LANGUAGES = {"en": "English", "az": "Azərbaycanca", "ru": "Русский"}
LOCALES = {"en": "en_GB", "az": "az_Latn_AZ", "ru": "ru_RU"}
DEFAULT = "en"

_INSTALLED: list[QTranslator] = []
_current = DEFAULT


def install(language: str | None) -> str:
    """Make *language* the app's language; returns the one actually used."""
    global _current
    language = language if language in LANGUAGES else DEFAULT
    app = QCoreApplication.instance()
    for old in _INSTALLED:
        QCoreApplication.removeTranslator(old)
    _INSTALLED.clear()
    QLocale.setDefault(QLocale(LOCALES[language]))
    _current = language
    if language == "en" or app is None:
        return language
    ours = QTranslator()
    if ours.load(str(paths.resource("translations", f"fieldkit_{language}.qm"))):
        _INSTALLED.append(ours)
    qt = QTranslator()  # Qt's own: standard buttons, calendar, context menus
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _INSTALLED.append(qt)
    for translator in _INSTALLED:
        QCoreApplication.installTranslator(translator)
    return language


def current() -> str:
    return _current


def declared(text: str) -> str:
    """A label, record name or choice from the declarations, in the current language."""
    return QCoreApplication.translate("declared", text)


def label(spec: FieldSpec) -> str:
    return declared(spec.label)


def choice(choices: ChoiceList, code: str) -> str:
    return declared(choices.label(code))


def date_format() -> str:
    """The language's short date format, always with a four-digit year."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime()
    return QLocale().toString(local, f"{date_format()} HH:mm")
