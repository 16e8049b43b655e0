"""Tables of the after-sale work: calendar changes, cancellations, return visits,
complaints and surveys (schema 0006)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.model_base import Base, Synced
from app.store.types import Money, UTCDateTime


class CalendarDay(Synced, Base):
    """An administrator's change to the shipped calendar: a holiday, a worked weekend, or
    (``normal``) a shipped exception undone."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100), default="")


class CaseCancellation(Synced, Base):
    """A client's cancellation within cooling-off or free-look, with the refund; immutable."""

    __tablename__ = "case_cancellations"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), unique=True)
    period: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    refund_amount: Mapped[Decimal] = mapped_column(Money())
    refund_reference: Mapped[str] = mapped_column(String(64))
    client_strokes: Mapped[str] = mapped_column(Text)
    strokes_sha256: Mapped[str] = mapped_column(String(64))
    document_sha256: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(ForeignKey("users.id"))


class ReturnVisit(Synced, Base):
    """One return-visit call (回访) of a case, with the client's answers; immutable."""

    __tablename__ = "return_visits"
    __table_args__ = (Index(None, "case_id"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    outcome: Mapped[str] = mapped_column(String(16))
    answers: Mapped[str] = mapped_column(Text, default="{}")
    notes: Mapped[str] = mapped_column(Text, default="")
    escalation: Mapped[str] = mapped_column(String(16), default="")
    complaint_id: Mapped[str | None] = mapped_column(String(36))
    visited_at: Mapped[datetime] = mapped_column(UTCDateTime())
    visited_by: Mapped[str] = mapped_column(ForeignKey("users.id"))


class VisitFollowUp(Synced, Base):
    """A supervisor's follow-up of a problem a return visit escalated to them; immutable."""

    __tablename__ = "visit_follow_ups"

    visit_id: Mapped[str] = mapped_column(ForeignKey("return_visits.id"), unique=True)
    note: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(ForeignKey("users.id"))


class Complaint(Synced, Base):
    """A client's complaint and where it stands; every step is also a ComplaintEvent."""

    __tablename__ = "complaints"
    __table_args__ = (
        Index(None, "branch_id", "status", "decide_by"),
        Index(None, "client_id"),
        Index(None, "case_id"),
    )

    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"))
    subject_user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    branch_id: Mapped[str] = mapped_column(ForeignKey("branches.id"))
    channel: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    handler_user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    extension_level: Mapped[int] = mapped_column(Integer, default=0)
    decide_by: Mapped[datetime] = mapped_column(UTCDateTime())
    resolution: Mapped[str] = mapped_column(Text, default="")
    root_cause: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    informed_channel: Mapped[str] = mapped_column(String(16), default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(16))


class ComplaintEvent(Synced, Base):
    """One step of a complaint (intake, acknowledgement, extension, decision…); immutable."""

    __tablename__ = "complaint_events"
    __table_args__ = (Index(None, "complaint_id"),)

    complaint_id: Mapped[str] = mapped_column(ForeignKey("complaints.id"))
    kind: Mapped[str] = mapped_column(String(24))
    detail: Mapped[str] = mapped_column(Text, default="{}")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(ForeignKey("users.id"))


class Survey(Synced, Base):
    """A satisfaction survey after signing or after a complaint; immutable."""

    __tablename__ = "surveys"
    __table_args__ = (Index(None, "case_id"), Index(None, "complaint_id"))

    kind: Mapped[str] = mapped_column(String(16))
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"))
    complaint_id: Mapped[str | None] = mapped_column(ForeignKey("complaints.id"))
    score: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
