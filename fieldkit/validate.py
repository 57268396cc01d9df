"""Validation derived from the declarations; runs on every write path.

:func:`coerce` turns what a form, a script or a spreadsheet cell holds into the
declared Python type (``"12.03.2025"`` → ``date``, ``"3"`` → ``3``, a label →
its code) or says why it can't. :func:`clean` checks a whole record: every field,
required fields, bounds, then the record type's cross-field rules.

Every value comes out in its **canonical form**, so that the stored value, its
fingerprint and the cell a workbook shows agree, and a spreadsheet program
re-saving an untouched export changes nothing (DESIGN.md, "Sync: the
contract", point 7):

* text in Unicode NFC with ``\n`` line endings (``\r\n`` and ``\r`` become
  ``\n``) and no blanks at either end: a name pasted in decomposed form is the
  same name;
* a float to its declared ``precision`` (decimals), and never to more than the
  15 significant digits a spreadsheet keeps; ``-0.0`` is ``0.0``;
* a number read from a binary float (a spreadsheet cell) at 15 significant
  digits, so ``0.1 + 0.2`` in a money cell is 0.30;
* a number typed as text only when it reads one way: ``1200``, ``1200.50``,
  ``1200,50``, ``1 200,50``, ``1,200.50``, ``1.200,50``, ``1,200,000``. A single
  ``,`` or ``.`` followed by exactly three digits (``1,200``, ``12.500``) could
  be a thousands separator or a decimal one, and is refused.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Context, Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from fieldkit.declare import FieldSpec, Kind

if TYPE_CHECKING:
    from fieldkit.declare import RecordType


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str
    value: Any = None

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    """A record was refused; ``errors`` says which fields and why."""

    def __init__(self, record_type: str, errors: list[FieldError]) -> None:
        self.record_type = record_type
        self.errors = errors
        shown = "; ".join(str(e) for e in errors[:5])
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        super().__init__(f"{record_type}: {shown}{more}")


class Invalid(ValueError):
    """One value cannot be taken for its field."""


class Ambiguous(Invalid):
    """A number typed as text that reads two ways (``1,200``: 1200 or 1.2)."""

    def __init__(self, value: str, grouped: Decimal, decimal: Decimal) -> None:
        self.value, self.grouped, self.decimal = value, grouped, decimal
        super().__init__(self.explain(f"{decimal.normalize():f}"))

    def explain(self, decimal: str) -> str:
        return (
            f"{self.value!r} is ambiguous: it could be {self.grouped} or {decimal}; "
            f"type {self.grouped} or {decimal}, without a thousands separator"
        )


_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y", "%Y/%m/%d", "%d.%m.%y")
_TRUE = {"true", "yes", "y", "1", "x", "bəli", "beli", "hə", "da", "да", "✓"}
_FALSE = {"false", "no", "n", "0", "xeyr", "yox", "net", "нет", ""}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
CENT = Decimal("0.01")
SIGNIFICANT_DIGITS = 15  # what Excel, LibreOffice and Gnumeric keep of a number
_SIGNIFICANT = Context(prec=SIGNIFICANT_DIGITS, rounding=ROUND_HALF_EVEN)
_WIDE = Context(prec=60, rounding=ROUND_HALF_EVEN)  # room to quantize any bounded value


def canonical_text(text: str) -> str:
    """*text* in Unicode NFC with ``\n`` line endings."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


def _text(spec: FieldSpec, value: Any) -> str | None:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a phone typed into Excel comes back as 994501234567.0
    if not isinstance(value, str | int | float | Decimal):
        raise Invalid(f"expected text, got {type(value).__name__}")
    if isinstance(value, float):
        text = f"{value:.{SIGNIFICANT_DIGITS}g}"
    else:
        text = canonical_text(value) if isinstance(value, str) else str(value)
    if _CONTROL.search(text):
        raise Invalid("contains control characters")
    # Blanks at either end go (Gnumeric drops them on saving); inside, a note
    # keeps its lines and indentation.
    text = text.strip()
    if not text:
        return None
    limit = spec.max_length or (20000 if spec.kind is Kind.NOTE else 200)
    if len(text) > limit:
        raise Invalid(f"is {len(text)} characters long; at most {limit}")
    return text


def _int(spec: FieldSpec, value: Any) -> int:
    if isinstance(value, bool):
        raise Invalid("expected a whole number, got true/false")
    if isinstance(value, int):
        return value
    if isinstance(value, float | Decimal):
        if not math.isfinite(value) or value != int(value):
            raise Invalid(f"{value} is not a whole number")
        return int(value)
    if isinstance(value, str):
        number = number_text(value)
        if number != number.to_integral_value():
            raise Invalid(f"{value!r} is not a whole number")
        return int(number)
    raise Invalid(f"expected a whole number, got {type(value).__name__}")


_SPACES = " \u00a0\u202f\u2009"  # space, no-break, narrow no-break, thin: digit groups
_SPACED = re.compile(rf"[0-9]{{1,3}}(?:[{_SPACES}][0-9]{{3}})+(?:[.,][0-9]+)?")
_ONE_SEPARATOR = re.compile(r"([0-9]*)([.,])([0-9]+)")
_AMBIGUOUS_WHOLE = re.compile(r"[1-9][0-9]{0,2}")  # could be the first group of thousands
# (thousands separator, decimal separator, pattern)
_GROUPED = [
    (group, point, re.compile(rf"[1-9][0-9]{{0,2}}(?:\{group}[0-9]{{3}})+(?:\{point}[0-9]+)?"))
    for group, point in ((",", "."), (".", ","))
]
_EXPONENT = re.compile(r"[0-9]+(?:\.[0-9]+)?[eE][+-]?[0-9]+")


def number_text(value: str) -> Decimal:
    """The number a person typed as text, only when it reads one way; raises
    :class:`Invalid` for anything else, naming an ambiguous form as such."""
    text = value.strip()
    sign = ""
    if text[:1] in ("-", "+", "\u2212"):
        sign, text = ("-" if text[0] != "+" else ""), text[1:].lstrip()
    if text.isascii() and text.isdigit():
        body = text
    elif _SPACED.fullmatch(text):
        body = re.sub(f"[{_SPACES}]", "", text).replace(",", ".")
    elif m := _ONE_SEPARATOR.fullmatch(text):
        whole, _, part = m.groups()
        if len(part) == 3 and _AMBIGUOUS_WHOLE.fullmatch(whole):
            raise Ambiguous(value, Decimal(sign + whole + part), Decimal(f"{sign}{whole}.{part}"))
        body = f"{whole or '0'}.{part}"
    elif _EXPONENT.fullmatch(text):
        body = text
    else:
        for group, point, pattern in _GROUPED:
            if pattern.fullmatch(text):
                body = text.replace(group, "").replace(point, ".")
                break
        else:
            if text.casefold() in ("nan", "inf", "infinity", "∞"):
                raise Invalid(f"{value!r} is not a finite number")
            raise Invalid(f"{value!r} is not a number")
    return Decimal(sign + body)


def _decimal(value: Any, *, money: bool = False) -> Decimal:
    if isinstance(value, bool):
        raise Invalid("expected a number, got true/false")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise Invalid("is not a finite number")
        # A binary float (a spreadsheet cell): the 15 digits a spreadsheet shows.
        return _SIGNIFICANT.create_decimal(repr(value))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise Invalid(f"{value} is not a finite number")
        return value
    if isinstance(value, str):
        text = value.strip()
        if money:
            for unit in ("AZN", "₼", "manat"):
                if text.endswith(unit):
                    text = text.removesuffix(unit).rstrip()
                    break
        return number_text(text)
    raise Invalid(f"expected a number, got {type(value).__name__}")


def _float(spec: FieldSpec, value: Any) -> float:
    number = _SIGNIFICANT.plus(_decimal(value))
    try:
        if spec.precision is not None:
            number = number.quantize(Decimal(1).scaleb(-spec.precision), context=_WIDE)
        result = float(number)
    except InvalidOperation:
        raise Invalid(f"{value!r} is too large") from None
    if math.isinf(result):
        raise Invalid(f"{value!r} is too large")
    return result if result else 0.0  # never -0.0: it would fingerprint apart from 0.0


def _money(value: Any) -> Decimal:
    try:
        number = _decimal(value, money=True)
    except Ambiguous as exc:
        if exc.decimal != exc.decimal.quantize(CENT):
            raise Invalid(
                f"{value!r} has more than two decimals, or is {exc.grouped} with a "
                f"thousands separator: then type {exc.grouped}"
            ) from None
        raise Invalid(exc.explain(str(exc.decimal.quantize(CENT)))) from None
    try:
        cents = number.quantize(CENT, context=_WIDE)
    except InvalidOperation:
        raise Invalid(f"{value!r} is too large") from None
    if cents != number:
        raise Invalid(f"{value!r} has more than two decimals")
    return cents if cents else CENT * 0  # 0.00, never -0.00


def _date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if "T" in text:
            text = text.split("T", 1)[0]
        elif " " in text:
            text = text.split(" ", 1)[0]  # "2025-03-12 00:00:00" from a re-saved sheet
        for fmt in _DATE_FORMATS:
            try:
                return datetime.strptime(text, fmt).date()
            except ValueError:
                continue
        raise Invalid(f"{value!r} is not a date (use YYYY-MM-DD or DD.MM.YYYY)")
    raise Invalid(f"expected a date, got {type(value).__name__}")


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
    raise Invalid(f"{value!r} is not yes/no")


def _choice_code(spec: FieldSpec, value: Any) -> str:
    assert spec.choices is not None
    text = canonical_text(str(value)).strip()
    lowered = text.casefold()
    for choice in spec.choices:
        if text == choice.code or lowered in (choice.code.casefold(), choice.label.casefold()):
            return choice.code
    allowed = ", ".join(spec.choices.codes())
    raise Invalid(f"{text!r} is not one of: {allowed}")


def _multi(spec: FieldSpec, value: Any) -> str | None:
    parts: Iterable[Any]
    if isinstance(value, str):
        parts = [p for p in re.split(r"[;,\n]", value) if p.strip()]
    elif isinstance(value, list | tuple | set | frozenset):
        parts = value
    else:
        raise Invalid(f"expected a list of choices, got {type(value).__name__}")
    codes = {_choice_code(spec, p) for p in parts}
    if not codes:
        return None
    assert spec.choices is not None
    order = spec.choices.codes()
    return ";".join(sorted(codes, key=order.index))


def coerce(spec: FieldSpec, value: Any) -> Any:
    """The declared Python value for *value*, ``None`` for empty; raises :class:`Invalid`."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    kind = spec.kind
    if kind in (Kind.TEXT, Kind.NOTE, Kind.PHONE):
        result: Any = _text(spec, value)
    elif kind is Kind.INT:
        result = _int(spec, value)
    elif kind is Kind.FLOAT:
        result = _float(spec, value)
    elif kind is Kind.MONEY:
        result = _money(value)
    elif kind is Kind.DATE:
        result = _date(value)
    elif kind is Kind.BOOL:
        result = _bool(value)
    elif kind is Kind.CHOICE:
        result = _choice_code(spec, value)
    elif kind is Kind.MULTI:
        result = _multi(spec, value)
    elif kind is Kind.REF:
        result = _text(spec, value)
    else:  # pragma: no cover - every Kind is handled above
        raise AssertionError(kind)
    if isinstance(result, int | float | Decimal) and not isinstance(result, bool):
        if spec.minimum is not None and result < spec.minimum:
            raise Invalid(f"{result} is below the minimum {_num(spec.minimum)}")
        if spec.maximum is not None and result > spec.maximum:
            raise Invalid(f"{result} is above the maximum {_num(spec.maximum)}")
    if kind is Kind.DATE and result.year < 1900:
        raise Invalid(f"{result.isoformat()} is before 1900")
    return result


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def clean(
    rtype: RecordType, values: Mapping[str, Any], *, tombstone: bool = False
) -> dict[str, Any]:
    """Validate a whole record's content; returns the cleaned values of every field.

    Unknown keys are refused (a typo must not silently drop data). Raises
    :class:`ValidationError` listing every problem, not only the first.
    *tombstone*: the content of a deleted record, which may be empty altogether
    (a person erased on request, :mod:`fieldkit.erasure`): nothing is required of it.
    """
    names = set(rtype.field_names())
    errors = [FieldError(k, "is not a field of this record type") for k in values if k not in names]
    if tombstone and not errors and all(_empty(v) for v in values.values()):
        return dict.fromkeys(rtype.field_names())
    cleaned: dict[str, Any] = {}
    for spec in rtype.fields:
        raw = values.get(spec.name)
        try:
            cleaned[spec.name] = coerce(spec, raw)
        except Invalid as exc:
            errors.append(FieldError(spec.name, str(exc), raw))
            cleaned[spec.name] = None
            continue
        if spec.required and cleaned[spec.name] is None:
            errors.append(FieldError(spec.name, "is required", raw))
    if not errors:
        for rule in rtype.rules:
            errors.extend(rule(cleaned))
    if errors:
        raise ValidationError(rtype.name, errors)
    return cleaned


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def unticked(rtype: RecordType, content: Mapping[str, Any]) -> list[FieldError]:
    """Required tick boxes left empty ("Consent given"): a record saved here needs
    them ticked, as the form's * says. Records that arrive from other machines
    are taken as they were saved there (their consent decides where they go)."""
    return [
        FieldError(spec.name, "is required", content.get(spec.name))
        for spec in rtype.fields
        if spec.kind is Kind.BOOL and spec.required and content.get(spec.name) is not True
    ]
