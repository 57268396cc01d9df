"""Validation derived from the declarations; runs on every write path.

:func:`coerce` turns what a form, a script or a spreadsheet cell holds into the
declared Python type (``"12.03.2025"`` → ``date``, ``"3"`` → ``3``, a label →
its code) or says why it can't. :func:`clean` checks a whole record: every field,
required fields, bounds, then the record type's cross-field rules.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
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


_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y", "%Y/%m/%d", "%d.%m.%y")
_TRUE = {"true", "yes", "y", "1", "x", "bəli", "beli", "hə", "da", "да", "✓"}
_FALSE = {"false", "no", "n", "0", "xeyr", "yox", "net", "нет", ""}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(spec: FieldSpec, value: Any) -> str | None:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a phone typed into Excel comes back as 994501234567.0
    if not isinstance(value, str | int | float | Decimal):
        raise Invalid(f"expected text, got {type(value).__name__}")
    text = str(value)
    if _CONTROL.search(text):
        raise Invalid("contains control characters")
    text = text.strip() if spec.kind is not Kind.NOTE else text.strip("\n ")
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
        text = value.strip().replace(" ", "").replace("\u00a0", "")
        try:
            number = Decimal(text.replace(",", "."))
        except InvalidOperation:
            raise Invalid(f"{value!r} is not a number") from None
        if number != number.to_integral_value():
            raise Invalid(f"{value!r} is not a whole number")
        return int(number)
    raise Invalid(f"expected a whole number, got {type(value).__name__}")


def _decimal(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise Invalid("expected a number, got true/false")
    if isinstance(value, float) and not math.isfinite(value):
        raise Invalid("is not a finite number")
    if isinstance(value, int | float | Decimal):
        return Decimal(str(value))
    if isinstance(value, str):
        text = value.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
        text = text.removesuffix("AZN").removesuffix("₼")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise Invalid(f"{value!r} is not a number") from None
        if not number.is_finite():
            raise Invalid(f"{value!r} is not a finite number")
        return number
    raise Invalid(f"expected a number, got {type(value).__name__}")


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
    text = str(value).strip()
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
        result = float(_decimal(value))
    elif kind is Kind.MONEY:
        result = _decimal(value)
        if result != result.quantize(Decimal("0.01")):
            raise Invalid(f"{value!r} has more than two decimals")
        result = result.quantize(Decimal("0.01"))
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


def clean(rtype: RecordType, values: Mapping[str, Any]) -> dict[str, Any]:
    """Validate a whole record's content; returns the cleaned values of every field.

    Unknown keys are refused (a typo must not silently drop data). Raises
    :class:`ValidationError` listing every problem, not only the first.
    """
    names = set(rtype.field_names())
    errors = [FieldError(k, "is not a field of this record type") for k in values if k not in names]
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
