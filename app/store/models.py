"""The client database schema (SQLAlchemy 2.0 typed models).

Synced rows carry a client-generated UUIDv7 ``id``, ``created_at``/``updated_at`` (UTC),
``version`` (optimistic locking) and ``origin_device_id``; deletes are tombstones
(``deleted_at``). Tables in :data:`IMMUTABLE_TABLES` are protected by triggers created in
the migrations: an UPDATE or DELETE on them fails.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.store.model_base import IMMUTABLE_TABLES, NAMING_CONVENTION, Base, Synced
from app.store.types import Money, UTCDateTime

__all__ = ["IMMUTABLE_TABLES", "NAMING_CONVENTION", "Base", "Synced"]


class Branch(Synced, Base):
    __tablename__ = "branches"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class Device(Synced, Base):
    __tablename__ = "devices"

    name: Mapped[str] = mapped_column(String(100))
    branch_id: Mapped[str] = mapped_column(ForeignKey("branches.id"))
    is_this_device: Mapped[bool] = mapped_column(Boolean, default=False)


class User(Synced, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    branch_id: Mapped[str] = mapped_column(ForeignKey("branches.id"))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)


class Client(Synced, Base):
    __tablename__ = "clients"
    __table_args__ = (
        # Covering indexes: a substring search scans one of these, never the table rows,
        # and pages come out already in (name, id) order.
        Index(
            "ix_clients_search_by_owner",
            "owner_user_id",
            "name_search",
            "id",
            "phone",
            "id_last4",
            "deleted_at",
        ),
        Index(
            "ix_clients_search_by_branch",
            "branch_id",
            "name_search",
            "id",
            "phone",
            "id_last4",
            "deleted_at",
        ),
        Index(None, "id_last4"),
        Index(None, "phone"),
    )

    owner_user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    branch_id: Mapped[str] = mapped_column(ForeignKey("branches.id"))
    kind: Mapped[str] = mapped_column(String(16), default="person")
    name: Mapped[str] = mapped_column(String(200))
    name_search: Mapped[str] = mapped_column(String(200))
    id_type: Mapped[str] = mapped_column(String(40))
    id_number: Mapped[str] = mapped_column(String(40))
    id_last4: Mapped[str] = mapped_column(String(4))
    birth_date: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[str] = mapped_column(String(16), default="unknown")
    nationality: Mapped[str] = mapped_column(String(3), default="CHN")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    occupation: Mapped[str] = mapped_column(String(100), default="")
    employer: Mapped[str] = mapped_column(String(200), default="")
    annual_income: Mapped[Decimal | None] = mapped_column(Money())
    income_3y_avg: Mapped[Decimal | None] = mapped_column(Money())
    financial_assets: Mapped[Decimal | None] = mapped_column(Money())
    family_financial_assets: Mapped[Decimal | None] = mapped_column(Money())
    family_financial_net_assets: Mapped[Decimal | None] = mapped_column(Money())
    investment_experience_years: Mapped[int | None] = mapped_column(Integer)
    civil_capacity: Mapped[str] = mapped_column(String(16), default="full")
    investor_class: Mapped[str] = mapped_column(String(16), default="ordinary")
    guardian_name: Mapped[str] = mapped_column(String(200), default="")
    guardian_consent: Mapped[bool] = mapped_column(Boolean, default=False)


class Consent(Synced, Base):
    """A PIPL consent decision (grant or withdrawal); immutable, newest wins."""

    __tablename__ = "consents"
    __table_args__ = (Index(None, "client_id", "kind", "recorded_at"),)

    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"))
    kind: Mapped[str] = mapped_column(String(32))
    granted: Mapped[bool] = mapped_column(Boolean)
    notice_version: Mapped[str] = mapped_column(String(32))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(ForeignKey("users.id"))


class Setting(Base):
    """Business settings that belong to the data, not to one Windows account."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AuditEvent(Base):
    """One link of the hash chain; never updated or deleted."""

    __tablename__ = "audit_events"
    __table_args__ = (Index(None, "entity_id"), {"sqlite_autoincrement": True})

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    payload_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class OutboxOp(Base):
    """A change waiting to be pushed to head office, in device order (``seq``)."""

    __tablename__ = "outbox"
    __table_args__ = (Index(None, "sent_at", "seq"), {"sqlite_autoincrement": True})

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(16))
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class Product(Synced, Base):
    """A product of the catalog; ratings change only through a recorded rating change."""

    __tablename__ = "products"
    __table_args__ = (Index(None, "status", "type"),)

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    type: Mapped[str] = mapped_column(String(40))
    regime: Mapped[str | None] = mapped_column(String(8))
    issuer: Mapped[str] = mapped_column(String(200))
    risk_issuer: Mapped[str] = mapped_column(String(2))
    risk_distributor: Mapped[str] = mapped_column(String(2))
    term_days: Mapped[int | None] = mapped_column(Integer)
    open_ended: Mapped[bool] = mapped_column(Boolean, default=False)
    lockup_days: Mapped[int | None] = mapped_column(Integer)
    variety: Mapped[str] = mapped_column(String(20))
    min_amount: Mapped[Decimal] = mapped_column(Money())
    insurance_life: Mapped[bool] = mapped_column(Boolean, default=False)
    documents: Mapped[str] = mapped_column(Text, default="[]")
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="active")
    catalog_version: Mapped[str] = mapped_column(String(40), default="")


class Assessment(Synced, Base):
    """A submitted risk assessment; immutable, the newest one counts."""

    __tablename__ = "assessments"
    __table_args__ = (
        Index(None, "client_id", "assessed_at"),
        # The assessments expiring soon are a short range of this one (the KPI dashboard).
        Index(None, "expires_at", "client_id", "assessed_at"),
    )

    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"))
    case_id: Mapped[str | None] = mapped_column(String(36))
    questionnaire_id: Mapped[str] = mapped_column(String(64))
    questionnaire_version: Mapped[str] = mapped_column(String(32))
    questionnaire_hash: Mapped[str] = mapped_column(String(64))
    answers: Mapped[str] = mapped_column(Text)
    answers_hash: Mapped[str] = mapped_column(String(64))
    civil_capacity: Mapped[str | None] = mapped_column(String(16))
    score: Mapped[int] = mapped_column(Integer)
    level: Mapped[str] = mapped_column(String(2))
    lowest_category: Mapped[bool] = mapped_column(Boolean)
    horizon: Mapped[str] = mapped_column(String(8))
    varieties: Mapped[str] = mapped_column(Text)
    warnings: Mapped[str] = mapped_column(Text, default="[]")
    warnings_note: Mapped[str] = mapped_column(Text, default="")
    previous_level: Mapped[str | None] = mapped_column(String(2))
    level_change_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    assessed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    assessed_by: Mapped[str] = mapped_column(ForeignKey("users.id"))


class SalesCase(Synced, Base):
    """One sales case; its steps' data autosave into ``draft`` until it is matched."""

    __tablename__ = "cases"
    __table_args__ = (
        Index(None, "advisor_user_id", "state"),
        Index(None, "client_id"),
        Index(None, "product_id", "state"),
        # Covering the queue's filters, so a filter walks index entries, not table rows.
        Index(
            "ix_cases_review_queue",
            "branch_id",
            "state",
            "submitted_at",
            "id",
            "review_flags",
            "outcome",
            "advisor_user_id",
            "client_id",
            "product_id",
        ),
        # The KPI dashboard. In time order (a drill-down's order; the cases whose return
        # visit falls due, covered); per advisor, covering the figures of the cases signed,
        # and of those started, in a period, so a recompute reads no case rows.
        Index(
            "ix_cases_branch_signed",
            "branch_id",
            "signed_at",
            "deleted_at",
            "state",
            "review_flags",
            "cooling_off_until",
            "advisor_user_id",
            "id",
        ),
        Index("ix_cases_branch_created", "branch_id", "created_at"),
        Index(
            "ix_cases_kpi_signed",
            "branch_id",
            "advisor_user_id",
            "signed_at",
            "deleted_at",
            "state",
            "outcome",
            "own_initiative",
            "review_flags",
            "amount",
        ),
        Index(
            "ix_cases_kpi_matched",
            "branch_id",
            "advisor_user_id",
            "matched_at",
            "deleted_at",
            "state",
            "outcome",
            "signed_at",
        ),
        Index(
            "ix_cases_kpi_started",
            "branch_id",
            "advisor_user_id",
            "created_at",
            "deleted_at",
            "supersedes_id",
            "signed_at",
        ),
        Index(None, "supersedes_id"),
    )

    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"))
    advisor_user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    branch_id: Mapped[str] = mapped_column(ForeignKey("branches.id"))
    state: Mapped[str] = mapped_column(String(16))
    step: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(8))
    assessment_id: Mapped[str | None] = mapped_column(ForeignKey("assessments.id"))
    product_id: Mapped[str | None] = mapped_column(ForeignKey("products.id"))
    amount: Mapped[Decimal | None] = mapped_column(Money())
    match_id: Mapped[str | None] = mapped_column(String(36))
    draft: Mapped[str] = mapped_column(Text, default="{}")
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cooling_off_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    free_look_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    pack_sha256: Mapped[str | None] = mapped_column(String(64))
    # Review: the decision's outcome (set at matching), the flags a supervisor must see
    # (bit set of app.domain.review.Flag, fixed at signing), when it was submitted, and the
    # returned case this one supersedes (a return reopens the sale as a new version).
    # ``own_initiative`` copies the match's: a ``warn`` sale at the client's own initiative.
    outcome: Mapped[str | None] = mapped_column(String(16))
    own_initiative: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    matched_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # the match's time
    review_flags: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    supersedes_id: Mapped[str | None] = mapped_column(String(36))


class CaseFlag(Base):
    """One review flag of a submitted case, kept in step with the case's state.

    Derived data (rebuilt from ``cases.review_flags``) so the review queue can filter by a
    flag through an index at a million cases.
    """

    __tablename__ = "case_flags"
    __table_args__ = (Index("ix_case_flags_queue", "branch_id", "state", "flag", "submitted_at"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    flag: Mapped[int] = mapped_column(Integer, primary_key=True)
    branch_id: Mapped[str] = mapped_column(String(36))
    state: Mapped[str] = mapped_column(String(16))
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CaseReview(Synced, Base):
    """A supervisor's co-sign, approval, return or rejection of a case; immutable."""

    __tablename__ = "case_reviews"
    __table_args__ = (Index(None, "case_id"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[str] = mapped_column(String(16))
    comment: Mapped[str] = mapped_column(Text, default="")
    strokes: Mapped[str] = mapped_column(Text, default="")
    strokes_sha256: Mapped[str] = mapped_column(String(64), default="")
    pack_sha256: Mapped[str] = mapped_column(String(64), default="")
    decided_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SalesTarget(Synced, Base):
    """An advisor's sales target for one month (supervisors set them)."""

    __tablename__ = "sales_targets"
    __table_args__ = (Index(None, "advisor_user_id", "period", unique=True),)

    advisor_user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    branch_id: Mapped[str] = mapped_column(ForeignKey("branches.id"))
    period: Mapped[str] = mapped_column(String(7))
    amount: Mapped[Decimal] = mapped_column(Money())


class CaseMatch(Synced, Base):
    """The matching decision of a case with a snapshot of its inputs; immutable."""

    __tablename__ = "case_matches"
    __table_args__ = (Index(None, "case_id"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"))
    client_facts: Mapped[str] = mapped_column(Text)
    product_facts: Mapped[str] = mapped_column(Text)
    sale_facts: Mapped[str] = mapped_column(Text)
    decision: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(16))
    rulepack: Mapped[str] = mapped_column(String(32))
    rulepack_hash: Mapped[str] = mapped_column(String(64))
    own_initiative: Mapped[bool] = mapped_column(Boolean, default=False)
    matched_at: Mapped[datetime] = mapped_column(UTCDateTime())
    matched_by: Mapped[str] = mapped_column(ForeignKey("users.id"))


class RatingNotice(Synced, Base):
    """A client to notify after a product's rating changed (CSRC-2016 Art. 21)."""

    __tablename__ = "rating_notices"
    __table_args__ = (Index(None, "notified_at", "created_at"),)

    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"))
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"))
    old_risk: Mapped[str] = mapped_column(String(2))
    new_risk: Mapped[str] = mapped_column(String(2))
    outcome: Mapped[str] = mapped_column(String(16))
    reasons: Mapped[str] = mapped_column(Text)
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class DisclosureRecord(Synced, Base):
    """One document as the client saw it: the rendered text, its hash, reading and ticks."""

    __tablename__ = "disclosure_records"
    __table_args__ = (Index(None, "case_id"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    template_version: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    key_risks: Mapped[str] = mapped_column(Text, default="[]")
    acknowledged_risks: Mapped[str] = mapped_column(Text, default="[]")
    reading_seconds: Mapped[int] = mapped_column(Integer)
    scrolled_to_end: Mapped[bool] = mapped_column(Boolean)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(ForeignKey("users.id"))


class CaseAttestation(Synced, Base):
    """A confirmation made during disclosure (hand-copied sentence, warnings, recording…)."""

    __tablename__ = "case_attestations"
    __table_args__ = (Index(None, "case_id"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(ForeignKey("users.id"))


class Signature(Synced, Base):
    """A handwritten signature as strokes (x, y, pressure, t); immutable."""

    __tablename__ = "signatures"
    __table_args__ = (Index(None, "case_id"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    role: Mapped[str] = mapped_column(String(16))
    signer_name: Mapped[str] = mapped_column(String(200))
    strokes: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CaseDocument(Synced, Base):
    """A sealed PDF, stored in the encrypted database with its SHA-256; immutable."""

    __tablename__ = "case_documents"
    __table_args__ = (Index(None, "case_id"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sealed_by: Mapped[str] = mapped_column(String(64))


class DeviceCredential(Base):
    """This device's signing key and certificate (local, or issued by head office later)."""

    __tablename__ = "device_credentials"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    key_pem: Mapped[str] = mapped_column(Text)
    cert_pem: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(64))
    issuer: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


# The after-sale and sync tables live in their own modules; importing them here registers
# them on the one metadata and keeps ``from app.store.models import X`` working.
from app.store.after_sale_models import (  # noqa: E402
    CalendarDay,
    CaseCancellation,
    Complaint,
    ComplaintEvent,
    ReturnVisit,
    Survey,
    VisitFollowUp,
)
from app.store.sync_models import (  # noqa: E402
    SyncConflict,
    SyncDeferred,
    SyncRejection,
    SyncResource,
    SyncState,
    SyncVersion,
)

__all__ += [
    "CalendarDay",
    "CaseCancellation",
    "Complaint",
    "ComplaintEvent",
    "ReturnVisit",
    "Survey",
    "SyncConflict",
    "SyncDeferred",
    "SyncRejection",
    "SyncResource",
    "SyncState",
    "SyncVersion",
    "VisitFollowUp",
]
