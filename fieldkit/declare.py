"""The declaration API: one declaration per record type drives everything.

A record type is a SQLModel table class whose content fields are made with
:func:`field`. Each call attaches a :class:`FieldSpec` (kind, label, choices,
bounds, required …) to the column's ``info``; :func:`record_type` registers the
class. From there, the database table (SQLModel), the Qt form, the list columns,
the workbook columns and validation all read :attr:`RecordType.fields` — no other
module lists a record's fields again.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Field

from fieldkit.storage.types import Money

if TYPE_CHECKING:
    from fieldkit.validate import FieldError


class Kind(enum.StrEnum):
    """What a field holds; decides its column type, widget and coercion."""

    TEXT = "text"  # one line
    NOTE = "note"  # several lines
    PHONE = "phone"
    INT = "int"
    FLOAT = "float"
    MONEY = "money"  # exact, two decimals
    DATE = "date"
    BOOL = "bool"
    CHOICE = "choice"  # one code from a choice list
    MULTI = "multi"  # several codes from a choice list, stored "a;b;c"
    REF = "ref"  # a reference to another record


class Personal(enum.StrEnum):
    """What a field says about a person: decides what leaves in a partner's
    (pseudonymised) export, and what erasure purges (DESIGN.md, "Data protection")."""

    # Names or reaches one person (a name, a phone, a reference to a person or a
    # volunteer): a reference becomes a keyed pseudonym, anything else is dropped
    # (a record's own title field shows its pseudonym).
    IDENTIFYING = "identifying"
    # Singles a person out in combination (district, village, birth year, sex,
    # dates, GPS): generalised (dates to the month, numbers to a band of 5, GPS to
    # 0.01°), then coarsened or suppressed until k people share each combination.
    QUASI = "quasi"
    FREE_TEXT = "free_text"  # typed by a person, so may say anything: dropped
    NO = "no"  # says nothing about a person: kept as it is


@dataclass(frozen=True)
class Choice:
    code: str  # stable: stored, exported, never translated
    label: str  # English; translated by the UI


@dataclass(frozen=True)
class ChoiceList:
    name: str
    choices: tuple[Choice, ...]

    @classmethod
    def of(cls, name: str, *pairs: tuple[str, str]) -> ChoiceList:
        return cls(name, tuple(Choice(c, label) for c, label in pairs))

    def codes(self) -> list[str]:
        return [c.code for c in self.choices]

    def label(self, code: str) -> str:
        for c in self.choices:
            if c.code == code:
                return c.label
        return code

    def __iter__(self) -> Iterator[Choice]:
        return iter(self.choices)


@dataclass(frozen=True)
class FieldSpec:
    """Everything known about one content field of a record type."""

    kind: Kind
    label: str
    personal: Personal = Personal.IDENTIFYING  # field() makes every declaration say it
    required: bool = False
    name: str = ""
    choices: ChoiceList | None = None
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    # Kind.FLOAT: decimals kept (coordinates: 6, about 0.1 m). Without it a
    # float keeps the 15 significant digits every spreadsheet program keeps.
    precision: int | None = None
    ref: str | None = None  # target record type name (Kind.REF)
    ref_key: str = "id"  # the target column a reference holds
    searchable: bool = False  # folded into the record's search key
    listed: bool = False  # a column of the record list
    default: Any = None
    help: str = ""
    # The schema revision that declared the field, for fields added after
    # exchange format 1: a format-1 file has no such column, and a revision's
    # format-1 identity (fingerprint) never covered it.
    added: str | None = None


SQL_TYPES: dict[Kind, Callable[[FieldSpec], sa.types.TypeEngine[Any]]] = {
    Kind.TEXT: lambda f: sa.String(f.max_length or 200),
    Kind.NOTE: lambda f: sa.Text(),
    Kind.PHONE: lambda f: sa.String(f.max_length or 40),
    Kind.INT: lambda f: sa.Integer(),
    Kind.FLOAT: lambda f: sa.Float(),
    Kind.MONEY: lambda f: Money(),
    Kind.DATE: lambda f: sa.Date(),
    Kind.BOOL: lambda f: sa.Boolean(),
    Kind.CHOICE: lambda f: sa.String(40),
    Kind.MULTI: lambda f: sa.String(400),
    Kind.REF: lambda f: sa.String(36),
}


def field(
    kind: Kind,
    label: str,
    *,
    personal: Personal,
    required: bool = False,
    choices: ChoiceList | None = None,
    minimum: float | None = None,
    maximum: float | None = None,
    max_length: int | None = None,
    precision: int | None = None,
    ref: str | None = None,
    ref_key: str = "id",
    searchable: bool = False,
    listed: bool = False,
    default: Any = None,
    help: str = "",
    unique: bool = False,
    added: str | None = None,
) -> Any:
    """Declare a content field: returns a SQLModel ``Field`` carrying its spec."""
    spec = FieldSpec(
        kind=kind,
        label=label,
        personal=Personal(personal),
        required=required,
        choices=choices,
        minimum=minimum,
        maximum=maximum,
        max_length=max_length,
        precision=precision,
        ref=ref,
        ref_key=ref_key,
        searchable=searchable,
        listed=listed,
        default=default,
        help=help,
        added=added,
    )
    if added is not None and required:
        raise ValueError(f"{label}: a field added later must be optional (older files lack it)")
    if kind in (Kind.CHOICE, Kind.MULTI) and choices is None:
        raise ValueError(f"{label}: a choice field needs a choice list")
    if kind is Kind.REF and ref is None:
        raise ValueError(f"{label}: a reference needs its target")
    if precision is not None and (kind is not Kind.FLOAT or not 0 <= precision <= 12):
        raise ValueError(f"{label}: a precision (0-12 decimals) is for a float field")
    if personal is Personal.QUASI and kind in (Kind.TEXT, Kind.NOTE, Kind.PHONE):
        # Typed text cannot be generalised: it is free text, or it names someone.
        raise ValueError(f"{label}: typed text is personal=FREE_TEXT or IDENTIFYING, not QUASI")
    if personal is Personal.FREE_TEXT and kind is Kind.REF:
        raise ValueError(f"{label}: a reference is not free text")
    extra: dict[str, Any] = {"unique": True} if unique else {}
    if kind is Kind.REF:
        # The constraint is spelled out so its name comes from the naming convention.
        extra["foreign_key"] = f"{ref}.{ref_key}"
        extra["index"] = True
    return Field(
        default=None,
        title=label,
        sa_type=SQL_TYPES[kind](spec),
        nullable=True,  # "required" is the app's rule; old revisions must still load
        sa_column_kwargs={"info": {"fieldkit": spec}},
        **extra,
    )


Rule = Callable[[dict[str, Any]], "list[FieldError]"]


@dataclass
class RecordType:
    """A registered record type and the API the rest of the app derives from."""

    name: str  # table name; also the workbook sheet key
    label: str
    plural: str
    model: type
    fields: tuple[FieldSpec, ...]
    date_field: str | None = None  # what a date-range filter applies to
    district_field: str | None = None  # where its district is (may be "person_id.district")
    title_fields: tuple[str, ...] = ()  # how one record is named in a list or picker
    rules: tuple[Rule, ...] = ()
    reference: bool = False  # reference data (pushed by HQ) rather than field work
    order: int = 0
    table: sa.Table = dc_field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.table = self.model.__table__  # type: ignore[attr-defined]

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name!r}")

    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    def list_columns(self) -> list[FieldSpec]:
        return [f for f in self.fields if f.listed]

    def searchable(self) -> list[FieldSpec]:
        return [f for f in self.fields if f.searchable]

    def refs(self) -> list[FieldSpec]:
        return [f for f in self.fields if f.kind is Kind.REF]

    def personal(self, level: Personal) -> list[FieldSpec]:
        return [f for f in self.fields if f.personal is level]

    def about_a_person(self) -> bool:
        """Field work whose rows are each one person (a name, a phone, a
        reporter's name of its own, not only a reference to someone): its
        quasi-identifiers are held to k-anonymity in a partner's export."""
        return not self.reference and any(
            f.kind is not Kind.REF for f in self.personal(Personal.IDENTIFYING)
        )


REGISTRY: dict[str, RecordType] = {}


def record_type(
    *,
    label: str,
    plural: str,
    date_field: str | None = None,
    district_field: str | None = None,
    title_fields: Sequence[str] = (),
    rules: Sequence[Rule] = (),
    reference: bool = False,
) -> Callable[[type], type]:
    """Class decorator registering a SQLModel table class as a record type."""

    def register(model: type) -> type:
        table: sa.Table = model.__table__  # type: ignore[attr-defined]
        # One constraint object per table (a shared one cannot attach twice).
        table.append_constraint(sa.CheckConstraint("version >= 1", name="version_positive"))
        specs = tuple(
            replace(col.info["fieldkit"], name=col.name)
            for col in table.columns
            if "fieldkit" in col.info
        )
        REGISTRY[table.name] = RecordType(
            name=table.name,
            label=label,
            plural=plural,
            model=model,
            fields=specs,
            date_field=date_field,
            district_field=district_field,
            title_fields=tuple(title_fields),
            rules=tuple(rules),
            reference=reference,
            order=len(REGISTRY),
        )
        return model

    return register
