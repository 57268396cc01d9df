"""The record declarations: the one place a record's fields are listed.

Each class is a SQLModel table (the database), and its :func:`field` calls carry
labels, choices, bounds and required flags (forms, lists, workbooks, validation).
Adding a field is: a line here + an Alembic revision.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from fieldkit import choices as C
from fieldkit import declare
from fieldkit.declare import Kind, RecordType, field, record_type
from fieldkit.declare import Personal as P
from fieldkit.storage.types import UTCDateTime
from fieldkit.validate import FieldError

# Constraint names must be stable for Alembic's batch mode on SQLite; set before
# any table is declared.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Plausible bounds: a GPS point outside Azerbaijan is a typo, not a place.
LAT_MIN, LAT_MAX = 38.3, 41.95
LON_MIN, LON_MAX = 44.7, 50.9
HEADCOUNT_MAX = 2000


class SyncRecord(SQLModel):
    """The sync metadata every synced record carries (DESIGN.md, "Records")."""

    id: str = Field(primary_key=True, sa_type=sa.String(36))
    version: int = Field(default=1, nullable=False)
    created_at: datetime = Field(sa_type=UTCDateTime(), nullable=False)
    updated_at: datetime = Field(sa_type=UTCDateTime(), nullable=False, index=True)
    device_id: str = Field(sa_type=sa.String(36), nullable=False)
    deleted: bool = Field(default=False, nullable=False)
    # The rev of the head whose values stand (fieldkit.revisions.resolve): what an
    # export's row carries and a spreadsheet edit is made from.
    head: str = Field(default="", sa_type=sa.String(64), nullable=False)
    # Folded text of the searchable fields (fieldkit.text.fold); what search queries.
    search_key: str = Field(default="", sa_type=sa.Text(), nullable=False)


SYNC_FIELDS = ("id", "version", "created_at", "updated_at", "device_id", "deleted", "head")


# --- reference data -------------------------------------------------------


@record_type(
    label="District",
    plural="Districts",
    title_fields=("name",),
    reference=True,
)
class District(SyncRecord, table=True):
    """ISO 3166-2:AZ subdivisions, shipped (see fieldkit.districts)."""

    code: str | None = field(
        Kind.TEXT,
        "ISO 3166-2 code",
        personal=P.NO,
        required=True,
        max_length=6,
        unique=True,
        listed=True,
    )
    name: str | None = field(
        Kind.TEXT, "Name", personal=P.NO, required=True, searchable=True, listed=True
    )
    kind: str | None = field(
        Kind.CHOICE, "Kind", personal=P.NO, choices=C.DISTRICT_KIND, listed=True
    )
    parent_code: str | None = field(Kind.TEXT, "Part of", personal=P.NO, max_length=6)


@record_type(
    label="Village",
    plural="Villages",
    district_field="district",
    title_fields=("name",),
    reference=True,
)
class Village(SyncRecord, table=True):
    name: str | None = field(
        Kind.TEXT, "Name", personal=P.NO, required=True, searchable=True, listed=True
    )
    district: str | None = field(
        Kind.REF,
        "District",
        personal=P.NO,
        required=True,
        ref="district",
        ref_key="code",
        listed=True,
    )
    latitude: float | None = field(
        Kind.FLOAT, "Latitude", personal=P.NO, minimum=LAT_MIN, maximum=LAT_MAX
    )
    longitude: float | None = field(
        Kind.FLOAT, "Longitude", personal=P.NO, minimum=LON_MIN, maximum=LON_MAX
    )


@record_type(
    label="Staff member",
    plural="Staff",
    district_field="district",
    title_fields=("full_name",),
    reference=True,
)
class Staff(SyncRecord, table=True):
    full_name: str | None = field(
        Kind.TEXT, "Full name", personal=P.IDENTIFYING, required=True, searchable=True, listed=True
    )
    role: str | None = field(
        Kind.CHOICE, "Role", personal=P.NO, required=True, choices=C.STAFF_ROLE, listed=True
    )
    phone: str | None = field(Kind.PHONE, "Phone", personal=P.IDENTIFYING, searchable=True)
    district: str | None = field(
        Kind.REF, "District", personal=P.QUASI, ref="district", ref_key="code", listed=True
    )


@record_type(
    label="Choice list item",
    plural="Choice list items",
    title_fields=("label",),
    reference=True,
)
class ChoiceItem(SyncRecord, table=True):
    """A choice HQ adds to a list (e.g. a new programme) without a new release."""

    __tablename__ = "choice_item"

    list_name: str | None = field(
        Kind.TEXT, "List", personal=P.NO, required=True, max_length=40, listed=True
    )
    code: str | None = field(
        Kind.TEXT, "Code", personal=P.NO, required=True, max_length=40, listed=True
    )
    label: str | None = field(
        Kind.TEXT, "Label", personal=P.NO, required=True, searchable=True, listed=True
    )
    label_az: str | None = field(Kind.TEXT, "Label (Azerbaijani)", personal=P.NO, searchable=True)
    label_ru: str | None = field(Kind.TEXT, "Label (Russian)", personal=P.NO, searchable=True)
    active: bool | None = field(Kind.BOOL, "Active", personal=P.NO, default=True)


# --- field work -----------------------------------------------------------


def _consent_rule(v: dict[str, Any]) -> list[FieldError]:
    if v.get("consent_given") and not v.get("consent_date"):
        return [FieldError("consent_date", "Give the date consent was given.")]
    if v.get("consent_date") and not v.get("consent_given"):
        return [FieldError("consent_given", "A consent date is set but consent is not ticked.")]
    return []


def _birth_year_rule(v: dict[str, Any]) -> list[FieldError]:
    year = v.get("birth_year")
    if year is not None and year > date.today().year:
        return [FieldError("birth_year", f"Birth year {year} is in the future.")]
    return []


@record_type(
    label="Person / household",
    plural="People / households",
    district_field="district",
    title_fields=("full_name", "birth_year"),
    rules=(_consent_rule, _birth_year_rule),
)
class Person(SyncRecord, table=True):
    full_name: str | None = field(
        Kind.TEXT,
        "Full name",
        personal=P.IDENTIFYING,
        required=True,
        searchable=True,
        listed=True,
        help="Head of household or beneficiary, as on the ID card.",
    )
    sex: str | None = field(
        Kind.CHOICE, "Sex", personal=P.QUASI, required=True, choices=C.SEX, listed=True
    )
    birth_year: int | None = field(
        Kind.INT, "Birth year", personal=P.QUASI, minimum=1900, maximum=2100, listed=True
    )
    phone: str | None = field(Kind.PHONE, "Phone", personal=P.IDENTIFYING, searchable=True)
    district: str | None = field(
        Kind.REF,
        "District",
        personal=P.QUASI,
        required=True,
        ref="district",
        ref_key="code",
        listed=True,
    )
    village_id: str | None = field(
        Kind.REF, "Village", personal=P.QUASI, ref="village", listed=True
    )
    displacement: str | None = field(
        Kind.CHOICE,
        "Displacement status",
        personal=P.NO,
        required=True,
        choices=C.DISPLACEMENT,
        listed=True,
    )
    disability: bool | None = field(Kind.BOOL, "Person with disability", personal=P.NO)
    household_size: int | None = field(
        Kind.INT, "Household size", personal=P.NO, minimum=1, maximum=30
    )
    vulnerability: str | None = field(
        Kind.MULTI, "Vulnerability", personal=P.NO, choices=C.VULNERABILITY, listed=True
    )
    consent_given: bool | None = field(
        Kind.BOOL,
        "Consent given",
        personal=P.NO,
        required=True,
        help="Informed consent to record these data; the next field says what it covers.",
    )
    consent_scope: str | None = field(
        Kind.CHOICE,
        "Consent covers",
        personal=P.NO,
        choices=C.CONSENT_SCOPE,
        default="hq",
        listed=True,
        help="What the person agreed to; read only when consent is given.",
        added="0006",
    )
    consent_date: date | None = field(Kind.DATE, "Consent date", personal=P.QUASI)
    notes: str | None = field(Kind.NOTE, "Notes", personal=P.FREE_TEXT)


def _follow_up_rule(v: dict[str, Any]) -> list[FieldError]:
    due, visited = v.get("follow_up_due"), v.get("visit_date")
    if due and visited and due < visited:
        return [FieldError("follow_up_due", "The follow-up cannot be due before the visit.")]
    return []


def _not_future(name: str) -> Any:
    def rule(v: dict[str, Any]) -> list[FieldError]:
        when = v.get(name)
        if when and when > date.today():
            return [FieldError(name, f"{when.isoformat()} is in the future.")]
        return []

    return rule


@record_type(
    label="Home visit",
    plural="Home visits",
    date_field="visit_date",
    district_field="person_id.district",
    title_fields=("visit_date", "person_id"),
    rules=(_follow_up_rule, _not_future("visit_date")),
)
class HomeVisit(SyncRecord, table=True):
    __tablename__ = "home_visit"

    person_id: str | None = field(
        Kind.REF,
        "Person / household",
        personal=P.IDENTIFYING,
        required=True,
        ref="person",
        listed=True,
    )
    visit_date: date | None = field(
        Kind.DATE, "Visit date", personal=P.QUASI, required=True, listed=True
    )
    visitor_id: str | None = field(
        Kind.REF, "Visitor", personal=P.IDENTIFYING, required=True, ref="staff", listed=True
    )
    purpose: str | None = field(
        Kind.CHOICE, "Purpose", personal=P.NO, required=True, choices=C.VISIT_PURPOSE, listed=True
    )
    needs: str | None = field(Kind.MULTI, "Needs identified", personal=P.NO, choices=C.NEEDS)
    referrals: str | None = field(Kind.MULTI, "Referrals made", personal=P.NO, choices=C.REFERRALS)
    follow_up_due: date | None = field(Kind.DATE, "Follow-up due", personal=P.QUASI, listed=True)
    notes: str | None = field(Kind.NOTE, "Notes", personal=P.FREE_TEXT, searchable=True)


def _attendance_rule(v: dict[str, Any]) -> list[FieldError]:
    total = sum(v.get(k) or 0 for k in ("girls", "boys", "women", "men"))
    errors = []
    if total == 0:
        errors.append(FieldError("girls", "A session needs at least one participant."))
    if (v.get("with_disability") or 0) > total:
        errors.append(
            FieldError("with_disability", "More persons with disabilities than participants.")
        )
    if v.get("hazards_reported") and not v.get("hazard_description"):
        errors.append(FieldError("hazard_description", "Describe the hazard reported."))
    if (v.get("latitude") is None) != (v.get("longitude") is None):
        errors.append(FieldError("longitude", "Give both latitude and longitude, or neither."))
    return errors


@record_type(
    label="Awareness session",
    plural="Awareness sessions",
    date_field="session_date",
    district_field="district",
    title_fields=("session_date", "village_id"),
    rules=(_attendance_rule, _not_future("session_date")),
)
class AwarenessSession(SyncRecord, table=True):
    __tablename__ = "awareness_session"

    session_date: date | None = field(
        Kind.DATE, "Session date", personal=P.QUASI, required=True, listed=True
    )
    district: str | None = field(
        Kind.REF,
        "District",
        personal=P.QUASI,
        required=True,
        ref="district",
        ref_key="code",
        listed=True,
    )
    village_id: str | None = field(
        Kind.REF, "Village", personal=P.QUASI, ref="village", listed=True
    )
    latitude: float | None = field(
        Kind.FLOAT, "Latitude", personal=P.QUASI, minimum=LAT_MIN, maximum=LAT_MAX
    )
    longitude: float | None = field(
        Kind.FLOAT, "Longitude", personal=P.QUASI, minimum=LON_MIN, maximum=LON_MAX
    )
    facilitator_id: str | None = field(
        Kind.REF, "Facilitator", personal=P.IDENTIFYING, required=True, ref="staff", listed=True
    )
    audience: str | None = field(
        Kind.CHOICE, "Audience", personal=P.NO, required=True, choices=C.AUDIENCE, listed=True
    )
    girls: int | None = field(
        Kind.INT,
        "Girls",
        personal=P.NO,
        required=True,
        default=0,
        listed=True,
        minimum=0,
        maximum=HEADCOUNT_MAX,
    )
    boys: int | None = field(
        Kind.INT,
        "Boys",
        personal=P.NO,
        required=True,
        default=0,
        listed=True,
        minimum=0,
        maximum=HEADCOUNT_MAX,
    )
    women: int | None = field(
        Kind.INT,
        "Women",
        personal=P.NO,
        required=True,
        default=0,
        listed=True,
        minimum=0,
        maximum=HEADCOUNT_MAX,
    )
    men: int | None = field(
        Kind.INT,
        "Men",
        personal=P.NO,
        required=True,
        default=0,
        listed=True,
        minimum=0,
        maximum=HEADCOUNT_MAX,
    )
    with_disability: int | None = field(
        Kind.INT,
        "Persons with disabilities",
        personal=P.NO,
        default=0,
        minimum=0,
        maximum=HEADCOUNT_MAX,
    )
    materials: str | None = field(
        Kind.MULTI, "Materials handed out", personal=P.NO, choices=C.MATERIALS
    )
    hazards_reported: bool | None = field(
        Kind.BOOL, "Hazards reported by the community", personal=P.NO
    )
    hazard_description: str | None = field(
        Kind.NOTE,
        "Suspected explosive ordnance: description",
        personal=P.FREE_TEXT,
        searchable=True,
        help="What was seen, and where; passed to the mine-action authority.",
    )
    hazard_location: str | None = field(
        Kind.TEXT, "Hazard location", personal=P.FREE_TEXT, searchable=True
    )
    notes: str | None = field(Kind.NOTE, "Notes", personal=P.FREE_TEXT, searchable=True)


def _delivery_rule(v: dict[str, Any]) -> list[FieldError]:
    errors = []
    status = v.get("status")
    if status in ("delivered", "followed_up") and not v.get("delivery_date"):
        errors.append(FieldError("delivery_date", "A delivered item needs its delivery date."))
    if v.get("follow_up_outcome") and status != "followed_up":
        errors.append(
            FieldError("status", "An outcome is recorded: set the status to followed up.")
        )
    return errors


@record_type(
    label="Livelihood assistance",
    plural="Livelihood assistance",
    date_field="delivery_date",
    district_field="person_id.district",
    title_fields=("assistance_type", "person_id"),
    rules=(_delivery_rule, _not_future("delivery_date")),
)
class LivelihoodAssistance(SyncRecord, table=True):
    __tablename__ = "livelihood_assistance"

    person_id: str | None = field(
        Kind.REF,
        "Person / household",
        personal=P.IDENTIFYING,
        required=True,
        ref="person",
        listed=True,
    )
    assistance_type: str | None = field(
        Kind.CHOICE, "Type", personal=P.NO, required=True, choices=C.ASSISTANCE_TYPE, listed=True
    )
    items: str | None = field(
        Kind.TEXT, "Items", personal=P.FREE_TEXT, searchable=True, listed=True
    )
    quantity: int | None = field(Kind.INT, "Quantity", personal=P.NO, minimum=0, maximum=100000)
    value: Decimal | None = field(
        Kind.MONEY, "Value", personal=P.NO, minimum=0, maximum=1_000_000, listed=True
    )
    currency: str | None = field(
        Kind.CHOICE,
        "Currency",
        personal=P.NO,
        required=True,
        choices=C.CURRENCY,
        default="AZN",
        listed=True,
    )
    programme: str | None = field(Kind.TEXT, "Programme", personal=P.NO, searchable=True)
    status: str | None = field(
        Kind.CHOICE,
        "Status",
        personal=P.NO,
        required=True,
        choices=C.ASSISTANCE_STATUS,
        default="planned",
        listed=True,
    )
    delivery_date: date | None = field(Kind.DATE, "Delivery date", personal=P.QUASI, listed=True)
    follow_up_outcome: str | None = field(
        Kind.CHOICE, "Follow-up outcome", personal=P.NO, choices=C.FOLLOW_UP_OUTCOME
    )
    notes: str | None = field(Kind.NOTE, "Notes", personal=P.FREE_TEXT, searchable=True)


def _merge_rule(v: dict[str, Any]) -> list[FieldError]:
    if v.get("merged_id") and v.get("merged_id") == v.get("survivor_id"):
        return [FieldError("survivor_id", "A person cannot be merged into themselves.")]
    return []


@record_type(
    label="Merged duplicate",
    plural="Merged duplicates",
    title_fields=("merged_id",),
    rules=(_merge_rule,),
    reference=True,  # kept by the app, not a list a volunteer browses
)
class PersonMerge(SyncRecord, table=True):
    """A reviewed duplicate merged into the record that survives.

    Its own sheet in the workbook (rather than a column on person), so a
    workbook from an older fieldkit, which lacks it, still imports unchanged.
    """

    __tablename__ = "person_merge"

    merged_id: str | None = field(
        Kind.REF, "Merged record", personal=P.IDENTIFYING, required=True, ref="person", listed=True
    )
    survivor_id: str | None = field(
        Kind.REF,
        "Surviving record",
        personal=P.IDENTIFYING,
        required=True,
        ref="person",
        listed=True,
    )
    reason: str | None = field(
        Kind.NOTE, "Why they are the same", personal=P.FREE_TEXT, searchable=True
    )


# --- local tables (not synced) ---------------------------------------------


class Revision(SQLModel, table=True):
    """Every distinct revision ever saved or imported, current ones included.

    ``rev`` is its content address and ``parents`` the revs it was made from
    (fieldkit.revisions): what derives from what is decided from these alone.
    ``seq`` is this database's own sequence number — the order revisions
    arrived *here*, which decides "what changed since" (exports, undo); never
    compared across machines. ``version`` and ``updated_at`` are for people.
    """

    __table_args__ = (
        sa.UniqueConstraint("rev", name="uq_revision_rev"),
        # The few erasure revisions, found without reading every revision
        # (each import asks which records are erased; the export for HQ, which
        # people it carries for their erasure).
        sa.Index(
            "ix_revision_erasure",
            "record_type",
            "record_id",
            sqlite_where=sa.text("erasure IS 1"),  # as the queries say it: .is_(True)
            postgresql_where=sa.text("erasure IS true"),
        ),
    )

    seq: int | None = Field(default=None, primary_key=True)
    record_type: str = Field(sa_type=sa.String(40), nullable=False)
    record_id: str = Field(sa_type=sa.String(36), nullable=False, index=True)
    rev: str = Field(sa_type=sa.String(64), nullable=False)
    parents: str = Field(default="[]", sa_type=sa.Text(), nullable=False)  # JSON list of revs
    version: int = Field(nullable=False)
    updated_at: datetime = Field(sa_type=UTCDateTime(), nullable=False)
    device_id: str = Field(sa_type=sa.String(36), nullable=False)
    author: str | None = Field(default=None, sa_type=sa.String(200))  # who saved it
    deleted: bool = Field(default=False, nullable=False)
    content: str = Field(sa_type=sa.Text(), nullable=False)  # canonical JSON
    fingerprint: str = Field(sa_type=sa.String(64), nullable=False)  # SHA-256 of content
    saved_at: datetime = Field(sa_type=UTCDateTime(), nullable=False)
    source: str | None = Field(default=None, sa_type=sa.String(200))  # where it came from
    # It erases a person (fieldkit.erasure): its record's revisions are purged
    # wherever it arrives. Stated by its author, carried by signed files.
    erasure: bool = Field(
        default=False, nullable=False, sa_column_kwargs={"server_default": sa.false()}
    )


class Setting(SQLModel, table=True):
    """This laptop's identity and preferences (device id, volunteer, language …)."""

    key: str = Field(primary_key=True, sa_type=sa.String(60))
    value: str = Field(sa_type=sa.Text(), nullable=False)


class Exchange(SQLModel, table=True):
    """Every export, import and merge this database took part in."""

    id: str = Field(primary_key=True, sa_type=sa.String(36))
    kind: str = Field(sa_type=sa.String(20), nullable=False)  # export | import | merge
    at: datetime = Field(sa_type=UTCDateTime(), nullable=False, index=True)
    path: str = Field(sa_type=sa.Text(), nullable=False)  # the file as the user named it
    profile: str | None = Field(default=None, sa_type=sa.String(20))  # full | pseudonymised
    peer_device: str | None = Field(default=None, sa_type=sa.String(36))  # sender of an import
    peer_name: str | None = Field(default=None, sa_type=sa.String(200))  # volunteer / device name
    since: datetime | None = Field(default=None, sa_type=UTCDateTime())  # shown only
    # The greatest revision.seq when it happened: "changed since" an export, and
    # "saved after" an import, are decided by this, never by a clock.
    high_seq: int | None = Field(default=None)
    counts: str = Field(default="{}", sa_type=sa.Text(), nullable=False)  # JSON summary
    undone_at: datetime | None = Field(default=None, sa_type=UTCDateTime())


class Conflict(SQLModel, table=True):
    """Two revisions of one record that neither derives from: for a person to review."""

    seq: int | None = Field(default=None, primary_key=True)
    record_type: str = Field(sa_type=sa.String(40), nullable=False)
    record_id: str = Field(sa_type=sa.String(36), nullable=False, index=True)
    revision_a: int = Field(foreign_key="revision.seq", nullable=False)
    revision_b: int = Field(foreign_key="revision.seq", nullable=False)
    detected_at: datetime = Field(sa_type=UTCDateTime(), nullable=False)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime())
    resolution: int | None = Field(default=None, foreign_key="revision.seq")


class Draft(SQLModel, table=True):
    """An unsaved form, autosaved so a crash or a closed lid loses nothing."""

    key: str = Field(primary_key=True, sa_type=sa.String(120))  # new:person, edit:person:<id>
    record_type: str = Field(sa_type=sa.String(40), nullable=False)
    record_id: str | None = Field(default=None, sa_type=sa.String(36))
    base_version: int | None = Field(default=None)
    content: str = Field(sa_type=sa.Text(), nullable=False)  # JSON of the form's values
    saved_at: datetime = Field(sa_type=UTCDateTime(), nullable=False)


# --- the catalogue ---------------------------------------------------------
# Here, not in declare.py: the registry is full once this module has run, so
# asking it from here needs no import back into the declarations.


def record_types(*, reference: bool | None = None) -> list[RecordType]:
    """All registered record types in declaration order."""
    types = sorted(declare.REGISTRY.values(), key=lambda r: r.order)
    if reference is None:
        return types
    return [r for r in types if r.reference is reference]


def get(name: str) -> RecordType:
    try:
        return declare.REGISTRY[name]
    except KeyError:
        raise KeyError(f"no record type {name!r}; known: {', '.join(declare.REGISTRY)}") from None
