"""Cancelling a sale within its cooling-off or free-look period (``RULES.md`` §5, §7).

A private product's 24-hour cooling-off period and long-term insurance's free-look period
(犹豫期) both start at signing (``SalesCase.cooling_off_until`` / ``free_look_until``).
Until the deadline the client may cancel: :func:`cancel_case` checks the refund and the
client's handwritten signature, builds and seals the cancellation confirmation
(撤销确认书) exactly as signing seals the pack, and stores it with an immutable
``CaseCancellation`` row while the case becomes ``cancelled`` — one transaction.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.cancellation import COOLING_OFF, FREE_LOOK, CancellationData, build_cancellation
from app.documents.model import Strokes
from app.documents.seal import seal_pdf
from app.domain.case_flow import HOLDING_STATES, CaseState, move
from app.domain.identity import mask_id
from app.domain.money import format_money
from app.domain.roles import Permission
from app.domain.signature import check_signature, strokes_to_json
from app.errors import ConcurrentEdit, FieldError, NotFound, UserError, ValidationFailed
from app.i18n import active_language, translate
from app.services.cases import load_case
from app.services.context import LOCAL_ZONE, Actor, Workspace, audited, require
from app.services.device_keys import ensure_credentials
from app.services.review_flags import index_flags
from app.services.signing import safe_file_name
from app.store.audit import enqueue
from app.store.ids import new_id
from app.store.models import (
    Branch,
    CaseCancellation,
    CaseDocument,
    Client,
    Device,
    Product,
    SalesCase,
    User,
)
from app.store.serialize import row_dict

CANCELLATION_KIND = "cancellation"
MAX_REFERENCE = 64
MAX_REASON = 500
PAD_FIELD = "cancel_pad"

__all__ = [
    "CANCELLATION_KIND",
    "COOLING_OFF",
    "FREE_LOOK",
    "MAX_REASON",
    "MAX_REFERENCE",
    "PAD_FIELD",
    "CancellationRecord",
    "CancellationTerms",
    "CancelledCase",
    "cancel_case",
    "cancellation_pdf",
    "cancellation_terms",
    "period_name",
    "period_of",
]


@dataclass(frozen=True)
class CancellationRecord:
    """A recorded cancellation, as the signed-case page shows it."""

    cancellation_id: str
    period: str
    cancelled_at: datetime
    refund_amount: Decimal
    refund_reference: str
    reason: str
    document_sha256: str


@dataclass(frozen=True)
class CancellationTerms:
    """Whether, until when and for how much the client may cancel this sale."""

    case_id: str
    version: int
    state: CaseState
    client_name: str
    product_code: str
    product_name: str
    amount: Decimal | None
    period: str | None  # COOLING_OFF, FREE_LOOK, or None: the product has neither
    deadline: datetime | None
    open: bool  # cancelling is possible now
    default_refund: Decimal | None  # the amount of the sale
    refusal: str  # translated: why cancelling is not possible ("" when it is)
    cancellation: CancellationRecord | None  # the cancellation, once recorded


@dataclass(frozen=True)
class CancelledCase:
    case_id: str
    version: int
    cancellation_id: str
    document_id: str
    file_name: str
    sha256: str
    period: str
    deadline: datetime
    cancelled_at: datetime
    refund_amount: Decimal
    refund_reference: str


def _local(moment: datetime) -> str:
    return moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M:%S")


def period_of(case: SalesCase) -> tuple[str | None, datetime | None]:
    """The period that applies to ``case`` and its deadline: cooling-off wins over free look."""
    if case.cooling_off_until is not None:
        return COOLING_OFF, case.cooling_off_until
    if case.free_look_until is not None:
        return FREE_LOOK, case.free_look_until
    return None, None


def period_name(period: str) -> str:
    names = {
        COOLING_OFF: translate("Cancellation", "cooling-off period"),
        FREE_LOOK: translate("Cancellation", "free-look period"),
    }
    return names.get(period, period)


def _recorded(session: Session, case_id: str) -> CaseCancellation | None:
    return session.scalars(
        select(CaseCancellation).where(CaseCancellation.case_id == case_id)
    ).first()


def _refusal(case: SalesCase, recorded: CaseCancellation | None, now: datetime) -> str:
    """Why ``case`` cannot be cancelled at ``now`` (translated), or "" if it can."""
    if recorded is not None:
        return translate("Cancellation", "This sale was already cancelled on {time}.").format(
            time=_local(recorded.requested_at)
        )
    if CaseState(case.state) is CaseState.CANCELLED:
        return translate("Cancellation", "This sale is already cancelled.")
    period, deadline = period_of(case)
    if period is None or deadline is None:
        return translate(
            "Cancellation",
            "This product has no cooling-off or free-look period: the sale cannot be "
            "cancelled here.",
        )
    if CaseState(case.state) not in HOLDING_STATES:
        return translate("Cancellation", "Only a signed sale still in force can be cancelled.")
    if now > deadline:
        return translate(
            "Cancellation",
            "The {period} ended at {time} (Beijing time): the sale can no longer be "
            "cancelled here.",
        ).format(period=period_name(period), time=_local(deadline))
    return ""


def _record_view(row: CaseCancellation) -> CancellationRecord:
    return CancellationRecord(
        cancellation_id=row.id,
        period=row.period,
        cancelled_at=row.requested_at,
        refund_amount=row.refund_amount,
        refund_reference=row.refund_reference,
        reason=row.reason,
        document_sha256=row.document_sha256,
    )


def cancellation_terms(ws: Workspace, actor: Actor, case_id: str) -> CancellationTerms:
    """The period that applies to the sale, its deadline, and whether it is open now."""
    require(actor, Permission.CLIENT_READ)
    now = ws.now()
    with ws.db.reading() as session:
        case = load_case(session, actor, case_id)
        client = session.get(Client, case.client_id)
        product = session.get(Product, case.product_id) if case.product_id else None
        recorded = _recorded(session, case.id)
        period, deadline = period_of(case)
        refusal = _refusal(case, recorded, now)
        return CancellationTerms(
            case_id=case.id,
            version=case.version,
            state=CaseState(case.state),
            client_name=client.name if client else "",
            product_code=product.code if product else "",
            product_name=product.name if product else "",
            amount=case.amount,
            period=period,
            deadline=deadline,
            open=not refusal,
            default_refund=case.amount,
            refusal=refusal,
            cancellation=_record_view(recorded) if recorded else None,
        )


def _input_errors(
    amount: Decimal, refund_amount: Decimal, refund_reference: str, reason: str
) -> list[FieldError]:
    errors: list[FieldError] = []
    if not isinstance(refund_amount, Decimal) or not refund_amount.is_finite():
        errors.append(
            FieldError(
                "refund_amount",
                "MONEY_FORMAT",
                translate("Cancellation", "Enter the refund as an amount in yuan."),
            )
        )
    elif refund_amount <= 0:
        errors.append(
            FieldError(
                "refund_amount",
                "MONEY_ZERO",
                translate("Cancellation", "The refund must be greater than zero."),
            )
        )
    elif refund_amount > amount:
        errors.append(
            FieldError(
                "refund_amount",
                "REFUND_ABOVE_AMOUNT",
                translate(
                    "Cancellation", "The refund cannot exceed the amount of the sale ({amount})."
                ).format(amount=format_money(amount)),
            )
        )
    elif (refund_amount * 100) % 1 != 0:
        errors.append(
            FieldError(
                "refund_amount",
                "MONEY_PRECISION",
                translate("Cancellation", "The refund can have at most 2 decimal places (fen)."),
            )
        )
    if not refund_reference:
        errors.append(
            FieldError(
                "refund_reference",
                "REQUIRED",
                translate("Cancellation", "Enter the reference of the refund payment."),
            )
        )
    elif len(refund_reference) > MAX_REFERENCE:
        errors.append(
            FieldError(
                "refund_reference",
                "TOO_LONG",
                translate("Cancellation", "The reference can have at most {n} characters.").format(
                    n=MAX_REFERENCE
                ),
            )
        )
    if len(reason) > MAX_REASON:
        errors.append(
            FieldError(
                "reason",
                "TOO_LONG",
                translate("Cancellation", "The reason can have at most {n} characters.").format(
                    n=MAX_REASON
                ),
            )
        )
    return errors


def cancel_case(
    ws: Workspace,
    actor: Actor,
    case_id: str,
    expected_version: int,
    *,
    refund_amount: Decimal,
    refund_reference: str,
    reason: str,
    client_strokes: Strokes,
) -> CancelledCase:
    """The client cancels within the period: the sealed confirmation is stored, the refund
    recorded, and the case becomes ``cancelled``.

    Refused (:class:`UserError`) once the period has ended, for a product without one, and
    for a sale already cancelled; the refund (more than zero, whole fen, at most the amount
    of the sale), its reference and the client's signature are checked field by field.
    """
    require(actor, Permission.CASE_CANCEL)
    refund_reference = refund_reference.strip()
    reason = reason.strip()
    now = ws.now()
    with ws.db.writing() as session:
        case = load_case(session, actor, case_id)
        refusal = _refusal(case, _recorded(session, case.id), now)
        if refusal:
            raise UserError(refusal)
        if case.version != expected_version:
            raise ConcurrentEdit(
                translate(
                    "Cases",
                    "This case was saved elsewhere meanwhile; reopen it to continue from there.",
                )
            )
        period, deadline = period_of(case)
        assert period is not None and deadline is not None and case.amount is not None
        errors = _input_errors(case.amount, refund_amount, refund_reference, reason)
        errors += check_signature(client_strokes, field=PAD_FIELD)
        if errors:
            raise ValidationFailed(errors)

        client = session.get(Client, case.client_id)
        product = session.get(Product, case.product_id)
        advisor = session.get(User, case.advisor_user_id)
        assert client and product and advisor and case.signed_at
        branch = session.get(Branch, case.branch_id)
        device = session.get(Device, ws.device_id)
        creds = ensure_credentials(session, ws)
        pdf = build_cancellation(
            CancellationData(
                case_id=case.id,
                language=active_language(),
                generated_at=now,
                institution=branch.name if branch else "",
                device_name=device.name if device else ws.device_id,
                advisor_name=advisor.display_name,
                recorded_by=actor.display_name,
                client_name=client.name,
                client_id_masked=mask_id(client.id_number),
                product_code=product.code,
                product_name=product.name,
                amount=case.amount,
                signed_at=case.signed_at,
                period=period,
                deadline=deadline,
                cancelled_at=now,
                refund_amount=refund_amount,
                refund_reference=refund_reference,
                reason=reason,
                pack_sha256=case.pack_sha256 or "",
                seal_fingerprint=creds.fingerprint_sha256,
                client_strokes=client_strokes,
            )
        )
        sealed = seal_pdf(
            pdf,
            creds,
            reason=translate("Cancellation", "Cancellation of case {case}").format(case=case.id),
            location=branch.name if branch else "",
            signed_at=now,
        )
        digest = hashlib.sha256(sealed).hexdigest()
        kind_word = translate("Cancellation", "cancellation")
        file_name = safe_file_name(
            f"{client.name}-{product.code}-{kind_word}-"
            f"{now.astimezone(LOCAL_ZONE):%Y%m%d}-{case.id[:8]}.pdf"
        )
        document = CaseDocument(
            id=new_id(),
            case_id=case.id,
            kind=CANCELLATION_KIND,
            file_name=file_name,
            sha256=digest,
            size=len(sealed),
            content=sealed,
            sealed_by=creds.fingerprint_sha256,
            created_at=now,
            updated_at=now,
            origin_device_id=ws.device_id,
        )
        strokes_json = json.dumps(strokes_to_json(client_strokes), sort_keys=True)
        row = CaseCancellation(
            id=new_id(),
            case_id=case.id,
            period=period,
            reason=reason,
            refund_amount=refund_amount,
            refund_reference=refund_reference,
            client_strokes=strokes_json,
            strokes_sha256=hashlib.sha256(strokes_json.encode("utf-8")).hexdigest(),
            document_sha256=digest,
            requested_at=now,
            recorded_by=actor.user_id,
            created_at=now,
            updated_at=now,
            origin_device_id=ws.device_id,
        )
        session.add_all([document, row])
        case.state = move(CaseState(case.state), CaseState.CANCELLED).value
        case.updated_at = now
        case.version += 1
        session.flush()
        index_flags(session, case)  # the review queue's index follows the state
        audited(
            session,
            ws,
            actor,
            "case.cancel",
            "case",
            case.id,
            {
                "cancellation": row.id,
                "period": period,
                "document_sha256": digest,
                "strokes_sha256": row.strokes_sha256,
            },
            outbox=row_dict(case),
        )
        enqueue(
            session,
            entity="case_cancellation",
            entity_id=row.id,
            op="upsert",
            payload=row_dict(row),
            at=now,
        )
        meta = {k: v for k, v in row_dict(document).items() if k != "content"}
        enqueue(
            session,
            entity="case_document",
            entity_id=document.id,
            op="upsert",
            payload=meta,
            at=now,
        )
        return CancelledCase(
            case_id=case.id,
            version=case.version,
            cancellation_id=row.id,
            document_id=document.id,
            file_name=file_name,
            sha256=digest,
            period=period,
            deadline=deadline,
            cancelled_at=now,
            refund_amount=refund_amount,
            refund_reference=refund_reference,
        )


def cancellation_pdf(ws: Workspace, actor: Actor, case_id: str) -> tuple[str, bytes]:
    """The sealed cancellation confirmation of a cancelled case: ``(file name, PDF bytes)``."""
    require(actor, Permission.CLIENT_READ)
    with ws.db.reading() as session:
        load_case(session, actor, case_id)
        document = session.scalars(
            select(CaseDocument)
            .where(CaseDocument.case_id == case_id, CaseDocument.kind == CANCELLATION_KIND)
            .order_by(CaseDocument.created_at.desc())
        ).first()
        if document is None:
            raise NotFound(translate("Cancellation", "This sale has no cancellation confirmation."))
        return document.file_name, bytes(document.content)
