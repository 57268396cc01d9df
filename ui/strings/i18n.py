"""Languages: installing Qt translators, translating declared labels, dates, numbers.

Qt keeps only a C++ pointer to an installed ``QTranslator``; if Python drops its
reference the translator is garbage-collected and the text silently falls back
to English. ``_INSTALLED`` holds them for as long as they are installed.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTranslator

from fieldkit.declare import ChoiceList, FieldSpec, Kind
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


# --- numbers: one format on every screen (forms, lists, reports, counts) ----------

UNGROUPED_UP_TO = 9999  # a field that never exceeds this (a year, a headcount) reads 1984


def grouped(spec: FieldSpec) -> bool:
    """Whether a field's numbers carry the language's group separator (1.500,00
    in Azerbaijani): money and large quantities do, years and headcounts do not,
    decided by the declared maximum."""
    return spec.kind is Kind.MONEY or spec.maximum is None or spec.maximum > UNGROUPED_UP_TO


def format_number(
    value: int | float | Decimal, decimals: int | None = None, *, group: bool = True
) -> str:
    """A number in the current language's format: 3.488.213 and 1.500,00 in
    Azerbaijani, 3 488 213 and 1 500,00 in Russian, 3,488,213 in English.
    *decimals* fixes the digits after the point (money: 2); whole numbers have none."""
    locale = QLocale()
    if not group:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, int) and decimals is None:
        return locale.toString(value)
    if decimals is None:
        return locale.toString(float(value), "g", 15)
    return locale.toString(float(value), "f", decimals)


def format_field_number(spec: FieldSpec, value: int | float | Decimal) -> str:
    """A declared number field's value, as its form shows it."""
    decimals = 2 if spec.kind is Kind.MONEY else None
    return format_number(value, decimals, group=grouped(spec))
