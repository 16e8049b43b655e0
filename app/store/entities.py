"""Outbox entity names (``OutboxOp.entity``, also the head-office protocol's) and their tables.

Signed records (:data:`app.store.models.IMMUTABLE_TABLES`) are stored once and never change;
the others are edited, and an edit travels as the fields it changed with their old values.
"""

from __future__ import annotations

from typing import Final

from app.store import models
from app.store.models import IMMUTABLE_TABLES, Base

ENTITY_MODELS: Final[dict[str, type[Base]]] = {
    "assessment": models.Assessment,
    "case_match": models.CaseMatch,
    "disclosure_record": models.DisclosureRecord,
    "case_attestation": models.CaseAttestation,
    "signature": models.Signature,
    "case_document": models.CaseDocument,
    "case_review": models.CaseReview,
    "case_cancellation": models.CaseCancellation,
    "return_visit": models.ReturnVisit,
    "visit_follow_up": models.VisitFollowUp,
    "complaint_event": models.ComplaintEvent,
    "survey": models.Survey,
    "consent": models.Consent,
    "client": models.Client,
    "case": models.SalesCase,
    "complaint": models.Complaint,
    "user": models.User,
    "calendar_day": models.CalendarDay,
    "sales_target": models.SalesTarget,
    "rating_notice": models.RatingNotice,
    "product": models.Product,
    "branch": models.Branch,
    "device": models.Device,
}
ENTITY_OF_TABLE: Final = {model.__tablename__: name for name, model in ENTITY_MODELS.items()}

# Kept by each device for itself: never sent as a changed field, never taken from a peer.
BOOKKEEPING_FIELDS: Final = frozenset(
    {"id", "version", "created_at", "updated_at", "origin_device_id"}
)
# Derived from other fields on every device (recomputed when a record arrives).
DERIVED_FIELDS: Final[dict[str, frozenset[str]]] = {
    "client": frozenset({"name_search", "id_last4"}),
}


# Replaced whole by the one supervisor who sets them, so they travel as whole rows.
WHOLE_ROW_ENTITIES: Final = frozenset({"sales_target"})


# Each device has its own id for its branch and maps arriving records to it, so a record's
# branch id differs between devices without anyone having changed it.
DEVICE_LOCAL_REFERENCES: Final = frozenset({"branch_id"})


def is_mutable(entity: str) -> bool:
    model = ENTITY_MODELS.get(entity)
    return model is not None and model.__tablename__ not in IMMUTABLE_TABLES


def merges_fields(entity: str) -> bool:
    """Whether an edit of ``entity`` travels as changed fields (``update_fields``)."""
    return is_mutable(entity) and entity not in WHOLE_ROW_ENTITIES


def local_only_fields(entity: str) -> frozenset[str]:
    """Fields of ``entity`` that an edit never sends (bookkeeping and derived ones)."""
    return BOOKKEEPING_FIELDS | DERIVED_FIELDS.get(entity, frozenset())


def conflict_free_fields(entity: str) -> frozenset[str]:
    """Fields whose differences between devices are no one's edit (never a conflict)."""
    return local_only_fields(entity) | DEVICE_LOCAL_REFERENCES
