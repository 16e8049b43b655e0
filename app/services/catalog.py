"""The product catalog: listing, importing (all or nothing) and rating changes.

A rating change re-runs matching for every case whose client holds the product and
records the clients to notify (CSRC-2016 Art. 21).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.case_flow import HOLDING_STATES
from app.domain.catalog import (
    CatalogFileError,
    ProductSpec,
    RowError,
    product_id_for,
    read_catalog_file,
    validate_rows,
)
from app.domain.roles import Permission, Role, allows
from app.domain.rulepack import PRODUCT_RATINGS, level_number
from app.domain.suitability import ProductFacts, evaluate
from app.errors import ConcurrentEdit, FieldError, NotFound, UserError, ValidationFailed
from app.i18n import translate
from app.rulebook import rulebook
from app.services.context import Actor, Workspace, audited, require
from app.services.facts import client_facts_from_json, sale_facts_from_json
from app.store.audit import enqueue
from app.store.ids import new_id
from app.store.models import CaseMatch, Client, Product, RatingNotice, SalesCase
from app.store.serialize import row_dict


class CatalogImportFailed(UserError):
    """Nothing was imported: every problem of the file, by row and field."""

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        shown = "\n".join(str(e) for e in errors[:20])
        more = len(errors) - 20
        if more > 0:
            shown += "\n" + translate("Catalog", "… and {n} more problems.").format(n=more)
        super().__init__(
            translate("Catalog", "Nothing was imported; fix these problems first:") + "\n" + shown
        )


@dataclass(frozen=True)
class ImportReport:
    added: int
    updated: int
    unchanged: int
    catalog_version: str


@dataclass(frozen=True)
class ProductView:
    product_id: str
    code: str
    name: str
    name_en: str
    type: str
    regime: str | None
    issuer: str
    risk_issuer: str
    risk_distributor: str
    effective_risk: str
    term_days: int | None
    open_ended: bool
    lockup_days: int | None
    variety: str
    min_amount: Decimal
    insurance_life: bool
    documents: tuple[str, ...]
    description: str
    status: str
    version: int

    @property
    def facts(self) -> ProductFacts:
        return ProductFacts(
            code=self.code,
            type=self.type,
            risk_issuer=self.risk_issuer,
            risk_distributor=self.risk_distributor,
            variety=self.variety,
            regime=self.regime,
            term_days=self.term_days,
            open_ended=self.open_ended,
            lockup_days=self.lockup_days,
            min_amount=self.min_amount,
            insurance_life=self.insurance_life,
        )

    @property
    def holding_days(self) -> int | None:
        return self.lockup_days if self.open_ended else self.term_days


@dataclass(frozen=True)
class NoticeView:
    client_id: str
    case_id: str
    old_risk: str
    new_risk: str
    outcome: str
    reasons: tuple[str, ...]
    client_name: str = ""
    notice_id: str = ""


def view_of(product: Product) -> ProductView:
    return ProductView(
        product_id=product.id,
        code=product.code,
        name=product.name,
        name_en=product.name_en,
        type=product.type,
        regime=product.regime,
        issuer=product.issuer,
        risk_issuer=product.risk_issuer,
        risk_distributor=product.risk_distributor,
        effective_risk=max(product.risk_issuer, product.risk_distributor, key=level_number),
        term_days=product.term_days,
        open_ended=product.open_ended,
        lockup_days=product.lockup_days,
        variety=product.variety,
        min_amount=product.min_amount,
        insurance_life=product.insurance_life,
        documents=tuple(json.loads(product.documents)),
        description=product.description,
        status=product.status,
        version=product.version,
    )


def list_products(
    ws: Workspace, actor: Actor, *, include_inactive: bool = False
) -> list[ProductView]:
    """The catalog ordered by code (active products only unless asked)."""
    require(actor, Permission.CATALOG_READ)
    stmt = select(Product).where(Product.deleted_at.is_(None)).order_by(Product.code)
    if not include_inactive:
        stmt = stmt.where(Product.status == "active")
    with ws.db.reading() as session:
        return [view_of(p) for p in session.scalars(stmt)]


def get_product(ws: Workspace, actor: Actor, product_id: str) -> ProductView:
    require(actor, Permission.CATALOG_READ)
    with ws.db.reading() as session:
        product = session.get(Product, product_id)
        if product is None:
            raise NotFound(translate("Catalog", "This product is not in the catalog."))
        return view_of(product)


def _apply(product: Product, spec: ProductSpec, version: str) -> None:
    product.code = spec.code
    product.name = spec.name
    product.name_en = spec.name_en
    product.type = spec.type
    product.regime = spec.regime
    product.issuer = spec.issuer
    product.term_days = spec.term_days
    product.open_ended = spec.open_ended
    product.lockup_days = spec.lockup_days
    product.variety = spec.variety
    product.min_amount = spec.min_amount
    product.insurance_life = spec.insurance_life
    product.documents = json.dumps(list(spec.documents))
    product.description = spec.description
    product.status = spec.status
    product.catalog_version = version


def _same(product: Product, spec: ProductSpec) -> bool:
    fields = (
        "name",
        "name_en",
        "type",
        "regime",
        "issuer",
        "risk_issuer",
        "risk_distributor",
        "term_days",
        "open_ended",
        "lockup_days",
        "variety",
        "min_amount",
        "insurance_life",
        "description",
        "status",
    )
    return all(getattr(product, f) == getattr(spec, f) for f in fields) and json.loads(
        product.documents
    ) == list(spec.documents)


def import_catalog(ws: Workspace, actor: Actor, file_name: str, content: bytes) -> ImportReport:
    """Import a JSON or CSV catalog: validated as a whole; nothing stored if anything fails.

    Existing products (by code) are updated; a changed rating goes through
    :func:`change_rating` so holders are re-matched and listed for notification.
    """
    require(actor, Permission.CATALOG_MANAGE)
    try:
        version, rows = read_catalog_file(file_name, content)
    except CatalogFileError as exc:
        raise UserError(str(exc)) from None
    first_row = 2 if file_name.lower().endswith(".csv") else 1
    specs, errors = validate_rows(rows, first_row=first_row)
    if errors:
        raise CatalogImportFailed(errors)
    if not specs:
        raise UserError(translate("Catalog", "The file holds no products."))
    added = updated = unchanged = 0
    now = ws.now()
    with ws.db.writing() as session:
        existing = {p.code: p for p in session.scalars(select(Product))}
        new_rows: list[dict[str, Any]] = []
        changed_rows: list[dict[str, Any]] = []
        rerated: list[str] = []
        for spec in specs:
            product = existing.get(spec.code)
            if product is None:
                product = Product(
                    id=product_id_for(spec.code),
                    risk_issuer=spec.risk_issuer,
                    risk_distributor=spec.risk_distributor,
                    created_at=now,
                    updated_at=now,
                    version=1,
                    origin_device_id=ws.device_id,
                )
                _apply(product, spec, version)
                new_rows.append(row_dict(product))
                session.add(product)
                added += 1
                continue
            if _same(product, spec):
                unchanged += 1
                continue
            rating_changed = (product.risk_issuer, product.risk_distributor) != (
                spec.risk_issuer,
                spec.risk_distributor,
            )
            _apply(product, spec, version)
            product.updated_at = now
            if rating_changed:
                rerated.append(product.code)
                _rerate(session, ws, actor, product, spec.risk_issuer, spec.risk_distributor)
            session.flush()
            changed_rows.append(row_dict(product))
            updated += 1
        session.flush()
        # One event for the whole import; every new or changed product gets its outbox row.
        audited(
            session,
            ws,
            actor,
            "catalog.import",
            "catalog",
            None,
            {
                "file": file_name,
                "version": version,
                "added": added,
                "updated": [row["code"] for row in changed_rows],
                "rerated": rerated,
            },
        )
        for row in new_rows + changed_rows:
            enqueue(
                session, entity="product", entity_id=row["id"], op="upsert", payload=row, at=now
            )
    return ImportReport(added, updated, unchanged, version)


def _rerate(
    session: Session,
    ws: Workspace,
    actor: Actor,
    product: Product,
    risk_issuer: str,
    risk_distributor: str,
) -> list[NoticeView]:
    old_risk = max(product.risk_issuer, product.risk_distributor, key=level_number)
    product.risk_issuer, product.risk_distributor = risk_issuer, risk_distributor
    new_view = view_of(product)
    holders = session.scalars(
        select(SalesCase).where(
            SalesCase.product_id == product.id,
            SalesCase.state.in_([s.value for s in HOLDING_STATES]),
            SalesCase.deleted_at.is_(None),
        )
    ).all()
    notices: list[NoticeView] = []
    now = ws.now()
    for case in holders:
        match = session.get(CaseMatch, case.match_id) if case.match_id else None
        if match is None:
            continue
        client = client_facts_from_json(json.loads(match.client_facts))
        sale = sale_facts_from_json(json.loads(match.sale_facts))
        # Re-run with the facts the client was matched on, at the time of the match: only
        # the product's rating differs.
        decision = evaluate(client, new_view.facts, sale, at=match.matched_at, rulebook=rulebook())
        if decision.outcome == "suitable" and level_number(new_view.effective_risk) <= level_number(
            old_risk
        ):
            continue
        reasons = tuple(r.message for r in decision.reasons)
        notice_id = new_id()
        session.add(
            RatingNotice(
                id=notice_id,
                product_id=product.id,
                case_id=case.id,
                client_id=case.client_id,
                old_risk=old_risk,
                new_risk=new_view.effective_risk,
                outcome=decision.outcome,
                reasons=json.dumps([r.as_json() for r in decision.reasons], ensure_ascii=False),
                notified_at=None,
                created_at=now,
                updated_at=now,
                origin_device_id=ws.device_id,
            )
        )
        notices.append(
            NoticeView(
                case.client_id,
                case.id,
                old_risk,
                new_view.effective_risk,
                decision.outcome,
                reasons,
                _client_name(session, case.client_id),
                notice_id,
            )
        )
    return notices


def rerate_holders(
    session: Session,
    ws: Workspace,
    actor: Actor,
    product: Product,
    risk_issuer: str,
    risk_distributor: str,
) -> None:
    """A rating that arrived from head office: re-match the holders and list the clients to
    tell, as a local rating change does (in the caller's transaction)."""
    _rerate(session, ws, actor, product, risk_issuer, risk_distributor)


def change_rating(
    ws: Workspace,
    actor: Actor,
    product_id: str,
    expected_version: int,
    risk_issuer: str,
    risk_distributor: str,
) -> list[NoticeView]:
    """Record a new rating; returns the holders whose match no longer holds as it did."""
    require(actor, Permission.CATALOG_MANAGE)
    errors = [
        FieldError(name, "CHOICE_INVALID", translate("Catalog", "Choose a rating from R1 to R5."))
        for name, value in (("risk_issuer", risk_issuer), ("risk_distributor", risk_distributor))
        if value not in PRODUCT_RATINGS
    ]
    if errors:
        raise ValidationFailed(errors)
    with ws.db.writing() as session:
        product = session.get(Product, product_id)
        if product is None:
            raise NotFound(translate("Catalog", "This product is not in the catalog."))
        if product.version != expected_version:
            raise ConcurrentEdit(
                translate("Catalog", "The product changed meanwhile; reload it and try again.")
            )
        old = (product.risk_issuer, product.risk_distributor)
        notices = _rerate(session, ws, actor, product, risk_issuer, risk_distributor)
        if not allows(actor.role, Permission.CLIENT_READ):
            # An administrator learns how many clients are affected, not who they are.
            notices = [replace(n, client_name="", reasons=()) for n in notices]
        product.updated_at = ws.now()
        session.flush()
        audited(
            session,
            ws,
            actor,
            "product.rating_change",
            "product",
            product.id,
            {
                "old": old,
                "new": [risk_issuer, risk_distributor],
                "notices": [n.case_id for n in notices],
            },
            outbox=row_dict(product),
        )
        return notices


def _client_name(session: Session, client_id: str) -> str:
    client = session.get(Client, client_id)
    return client.name if client is not None else ""


def pending_notices(ws: Workspace, actor: Actor) -> list[NoticeView]:
    """Clients still to be told about a rating change (an advisor sees their own cases)."""
    require(actor, Permission.CLIENT_READ)
    stmt = (
        select(RatingNotice, Client.name)
        .join(SalesCase, SalesCase.id == RatingNotice.case_id)
        .join(Client, Client.id == RatingNotice.client_id)
        .where(RatingNotice.notified_at.is_(None))
        .order_by(RatingNotice.created_at)
    )
    if actor.role is Role.ADVISOR:
        stmt = stmt.where(SalesCase.advisor_user_id == actor.user_id)
    elif actor.role is not Role.ADMIN:
        stmt = stmt.where(SalesCase.branch_id == actor.branch_id)
    with ws.db.reading() as session:
        return [
            NoticeView(
                r.client_id,
                r.case_id,
                r.old_risk,
                r.new_risk,
                r.outcome,
                tuple(x["message"] for x in json.loads(r.reasons)),
                name,
                r.id,
            )
            for r, name in session.execute(stmt).all()
        ]


def mark_notified(ws: Workspace, actor: Actor, notice_id: str) -> None:
    """Record that the client was told about the rating change (by the case's advisor)."""
    require(actor, Permission.CASE_WORK)
    with ws.db.writing() as session:
        row = session.scalars(
            select(RatingNotice)
            .join(SalesCase, SalesCase.id == RatingNotice.case_id)
            .where(RatingNotice.id == notice_id, SalesCase.advisor_user_id == actor.user_id)
        ).first()
        if row is None:
            raise NotFound(translate("Catalog", "This notice does not exist or is not yours."))
        if row.notified_at is not None:
            return
        now = ws.now()
        row.notified_at = now
        row.updated_at = now
        session.flush()
        audited(
            session,
            ws,
            actor,
            "rating_notice.notified",
            "rating_notice",
            row.id,
            {"case_id": row.case_id},
            outbox=row_dict(row),
        )
