"""Clients: create, edit (with concurrent-change detection), search, reveal ID, consents.

Visibility: an advisor sees their own clients; supervisors and service staff see their
branch's. ID numbers leave this module masked, except through :func:`reveal_id_number`,
which is a permission and an audit event.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from app.domain.identity import id_last4, mask_id
from app.domain.kyc import MONEY_FIELDS, KycInput, KycRecord, validate_kyc
from app.domain.roles import Permission, Role
from app.errors import ConcurrentEdit, FieldError, NotFound, ValidationFailed
from app.i18n import translate
from app.resources import resource_path
from app.services.context import Actor, Workspace, audited, require
from app.store.ids import new_id
from app.store.models import Client, Consent
from app.store.serialize import row_dict

CONSENT_SENSITIVE = "sensitive_pi"
CONSENT_SHARING = "share_with_issuer"


def privacy_notice() -> dict[str, str]:
    """The current PIPL notice: ``version`` plus its text per language."""
    data: dict[str, str] = json.loads(
        resource_path("notices", "privacy_notice.json").read_text("utf-8")
    )
    return data


def mask_phone(phone: str) -> str:
    """``+8613800138000`` → ``138****8000`` (national digits, middle four hidden)."""
    digits = phone.removeprefix("+86")
    if len(digits) < 8:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


@dataclass(frozen=True)
class ClientRow:
    client_id: str
    name: str
    id_type: str
    id_masked: str
    phone_masked: str
    birth_date: date | None
    updated_at: datetime


@dataclass(frozen=True)
class ConsentState:
    granted: bool
    notice_version: str
    recorded_at: datetime


@dataclass(frozen=True)
class ClientDetail:
    """Everything the form shows; the ID number only masked."""

    client_id: str
    version: int
    form: KycInput
    id_masked: str
    consents: dict[str, ConsentState]
    updated_at: datetime


def _visible(stmt: Select[Any], actor: Actor) -> Select[Any]:
    stmt = stmt.where(Client.deleted_at.is_(None))
    if actor.role is Role.ADVISOR:
        return stmt.where(Client.owner_user_id == actor.user_id)
    return stmt.where(Client.branch_id == actor.branch_id)


def load_visible_client(session: Session, actor: Actor, client_id: str) -> Client:
    """The client row if ``actor`` may see it; else :class:`NotFound`."""
    stmt = _visible(select(Client), actor).where(Client.id == client_id)
    client: Client | None = session.scalars(stmt).first()
    if client is None:
        raise NotFound(translate("Clients", "This client does not exist or is not yours."))
    return client


def _duplicate_check(session: Session, record: KycRecord, exclude_id: str | None) -> None:
    stmt = select(Client.id).where(
        Client.id_last4 == id_last4(record.id_number),
        Client.id_type == record.id_type.value,
        Client.id_number == record.id_number,
        Client.deleted_at.is_(None),
    )
    if exclude_id:
        stmt = stmt.where(Client.id != exclude_id)
    if session.scalars(stmt).first():
        raise ValidationFailed(
            [
                FieldError(
                    "id_number",
                    "CLIENT_DUPLICATE_ID",
                    translate("Clients", "A client with this ID number already exists."),
                )
            ]
        )


def _apply(client: Client, record: KycRecord) -> None:
    client.name = record.name
    client.name_search = record.name.casefold()
    client.id_type = record.id_type.value
    client.id_number = record.id_number
    client.id_last4 = id_last4(record.id_number)
    client.birth_date = record.birth_date
    client.gender = record.gender.value
    client.nationality = record.nationality
    client.phone = record.phone
    client.email = record.email
    client.address = record.address
    client.occupation = record.occupation
    client.employer = record.employer
    for name in MONEY_FIELDS:
        setattr(client, name, record.money[name])
    client.investment_experience_years = record.investment_experience_years
    client.civil_capacity = record.civil_capacity.value
    client.investor_class = record.investor_class.value
    client.guardian_name = record.guardian_name
    client.guardian_consent = record.guardian_consent


def _consents(session: Session, client_id: str) -> dict[str, ConsentState]:
    rows = session.scalars(
        select(Consent).where(Consent.client_id == client_id).order_by(Consent.recorded_at)
    ).all()
    return {
        row.kind: ConsentState(row.granted, row.notice_version, row.recorded_at) for row in rows
    }


def _record_consents(
    session: Session, ws: Workspace, actor: Actor, client_id: str, record: KycRecord
) -> list[str]:
    """New consent rows where the decision changed; returns the kinds recorded."""
    current = _consents(session, client_id)
    version = privacy_notice()["version"]
    changed = []
    for kind, granted in (
        (CONSENT_SENSITIVE, record.consent_sensitive),
        (CONSENT_SHARING, record.consent_sharing),
    ):
        state = current.get(kind)
        if state is not None and state.granted == granted:
            continue
        if state is None and not granted:
            continue
        now = ws.now()
        session.add(
            Consent(
                id=new_id(),
                client_id=client_id,
                kind=kind,
                granted=granted,
                notice_version=version,
                recorded_at=now,
                recorded_by=actor.user_id,
                created_at=now,
                updated_at=now,
                origin_device_id=ws.device_id,
            )
        )
        changed.append(kind)
    return changed


def create_client(ws: Workspace, actor: Actor, data: KycInput) -> str:
    """Validate and store a new client owned by ``actor``; returns its id."""
    require(actor, Permission.CLIENT_WRITE)
    record, errors = validate_kyc(data, today=ws.today())
    if record is None:
        raise ValidationFailed(errors)
    now = ws.now()
    with ws.db.writing() as session:
        _duplicate_check(session, record, None)
        client = Client(
            id=new_id(),
            owner_user_id=actor.user_id,
            branch_id=actor.branch_id,
            created_at=now,
            updated_at=now,
            origin_device_id=ws.device_id,
        )
        _apply(client, record)
        session.add(client)
        session.flush()
        kinds = _record_consents(session, ws, actor, client.id, record)
        audited(
            session,
            ws,
            actor,
            "client.create",
            "client",
            client.id,
            {"client": row_dict(client), "consents": kinds},
            outbox=row_dict(client),
        )
        return client.id


def update_client(
    ws: Workspace, actor: Actor, client_id: str, expected_version: int, data: KycInput
) -> int:
    """Save edits made on version ``expected_version``; returns the new version.

    An empty ``id_number`` keeps the stored one (the form never shows it in full).

    Raises :class:`ConcurrentEdit` if someone saved in between (nothing is overwritten).
    """
    require(actor, Permission.CLIENT_WRITE)
    with ws.db.writing() as session:
        client = load_visible_client(session, actor, client_id)
        if not data.id_number.strip():  # the form leaves the number empty to keep it
            data = replace(data, id_number=client.id_number)
        record, errors = validate_kyc(data, today=ws.today(), require_consent=False)
        if record is None:
            raise ValidationFailed(errors)
        if client.version != expected_version:
            raise ConcurrentEdit(
                translate(
                    "Clients",
                    "Someone else saved this client while you were editing it. Your "
                    "changes are kept in the form; reload to see theirs, then apply yours again.",
                )
            )
        _duplicate_check(session, record, client_id)
        _apply(client, record)
        client.updated_at = ws.now()
        kinds = _record_consents(session, ws, actor, client_id, record)
        session.flush()
        audited(
            session,
            ws,
            actor,
            "client.update",
            "client",
            client_id,
            {"client": row_dict(client), "consents": kinds},
            outbox=row_dict(client),
        )
        return client.version


def _money_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


def kyc_input_of(client: Client, consents: dict[str, ConsentState]) -> KycInput:
    """The stored client as the form holds it (the ID number left empty: never shown)."""
    return KycInput(
        name=client.name,
        id_type=client.id_type,
        id_number="",
        birth_date=client.birth_date.isoformat() if client.birth_date else "",
        gender=client.gender,
        nationality=client.nationality,
        phone=client.phone,
        email=client.email,
        address=client.address,
        occupation=client.occupation,
        employer=client.employer,
        investment_experience_years=(
            ""
            if client.investment_experience_years is None
            else str(client.investment_experience_years)
        ),
        civil_capacity=client.civil_capacity,
        investor_class=client.investor_class,
        guardian_name=client.guardian_name,
        guardian_consent=client.guardian_consent,
        consent_sensitive=bool(
            consents.get(CONSENT_SENSITIVE) and consents[CONSENT_SENSITIVE].granted
        ),
        consent_sharing=bool(consents.get(CONSENT_SHARING) and consents[CONSENT_SHARING].granted),
        **{name: _money_text(getattr(client, name)) for name in MONEY_FIELDS},
    )


def get_client(ws: Workspace, actor: Actor, client_id: str) -> ClientDetail:
    require(actor, Permission.CLIENT_READ)
    with ws.db.reading() as session:
        client = load_visible_client(session, actor, client_id)
        consents = _consents(session, client_id)
    form = kyc_input_of(client, consents)
    return ClientDetail(
        client.id, client.version, form, mask_id(client.id_number), consents, client.updated_at
    )


def reveal_id_number(ws: Workspace, actor: Actor, client_id: str) -> str:
    """The full ID number; needs the permission and leaves an audit event."""
    require(actor, Permission.CLIENT_REVEAL_ID)
    with ws.db.writing() as session:
        client = load_visible_client(session, actor, client_id)
        audited(session, ws, actor, "client.reveal_id", "client", client_id, {})
        return client.id_number


def _search(stmt: Select[Any], actor: Actor, query: str) -> Select[Any]:
    stmt = _visible(stmt, actor)
    text = query.strip()
    if not text:
        return stmt
    pattern = (
        "%" + text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    )
    conditions: list[ColumnElement[bool]] = [Client.name_search.like(pattern, escape="\\")]
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits and len(digits) == len(text.replace(" ", "")):
        conditions.append(Client.phone.like(f"%{digits}%"))
    if len(text) == 4:
        conditions.append(Client.id_last4 == text.upper())
    return stmt.where(or_(*conditions))


def search_clients(
    ws: Workspace, actor: Actor, query: str, *, offset: int, limit: int
) -> list[ClientRow]:
    """One page of the clients matching ``query`` (name, phone digits, or ID last 4)."""
    require(actor, Permission.CLIENT_READ)
    stmt = _search(select(Client), actor, query).order_by(Client.name_search, Client.id)
    with ws.db.reading() as session:
        rows = session.execute(
            stmt.with_only_columns(
                Client.id,
                Client.name,
                Client.id_type,
                Client.id_number,
                Client.phone,
                Client.birth_date,
                Client.updated_at,
            )
            .offset(offset)
            .limit(limit)
        ).all()
    return [
        ClientRow(
            r.id,
            r.name,
            r.id_type,
            mask_id(r.id_number),
            mask_phone(r.phone),
            r.birth_date,
            r.updated_at,
        )
        for r in rows
    ]


def count_clients(ws: Workspace, actor: Actor, query: str) -> int:
    require(actor, Permission.CLIENT_READ)
    stmt = _search(select(Client), actor, query).with_only_columns(func.count(Client.id))
    with ws.db.reading() as session:
        return int(session.scalar(stmt) or 0)
