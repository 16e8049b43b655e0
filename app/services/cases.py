"""Sales cases up to matching: start, autosave, onboarding review, assessment, matching.

Each step moves the case through the state machine of :mod:`app.domain.case_flow`.
Until matched, what the advisor typed autosaves into the case's draft; matching
snapshots the facts and the decision into an immutable :class:`CaseMatch`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.domain.case_flow import (
    EDITABLE_STATES,
    OPEN_STATES,
    CaseState,
    Step,
    move,
    resume_step,
)
from app.domain.roles import Permission, Role
from app.domain.rulepack import CHANNELS
from app.domain.suitability import PROHIBITED, SUITABLE, WARN, Decision, SaleFacts, evaluate
from app.errors import ConcurrentEdit, FieldError, NotFound, UserError, ValidationFailed
from app.i18n import translate
from app.rulebook import rulebook
from app.services import assessments
from app.services.catalog import ProductView, view_of
from app.services.clients import load_visible_client
from app.services.context import Actor, Workspace, audited, require
from app.services.facts import client_facts, sale_facts_from_json, to_json
from app.store.audit import enqueue
from app.store.ids import new_id
from app.store.models import Assessment, CaseMatch, Client, Product, SalesCase
from app.store.serialize import row_dict


@dataclass(frozen=True)
class CaseView:
    case_id: str
    version: int
    client_id: str
    client_name: str
    state: CaseState
    step: Step
    channel: str
    assessment_id: str | None
    product_id: str | None
    amount: Decimal | None
    draft: dict[str, Any]
    investor_class: str
    updated_at: datetime
    signed_at: datetime | None = None
    pack_sha256: str | None = None
    cooling_off_until: datetime | None = None
    free_look_until: datetime | None = None


@dataclass(frozen=True)
class CaseSummary:
    case_id: str
    client_id: str
    client_name: str
    state: CaseState
    step: Step
    updated_at: datetime
    product_code: str | None = None


@dataclass(frozen=True)
class MatchView:
    match_id: str
    case_id: str
    product_code: str
    outcome: str
    decision: dict[str, Any]
    own_initiative: bool
    matched_at: datetime


def _visible(stmt: Select[Any], actor: Actor) -> Select[Any]:
    stmt = stmt.where(SalesCase.deleted_at.is_(None))
    if actor.role is Role.ADVISOR:
        return stmt.where(SalesCase.advisor_user_id == actor.user_id)
    return stmt.where(SalesCase.branch_id == actor.branch_id)


def load_case(session: Session, actor: Actor, case_id: str) -> SalesCase:
    """The case row if ``actor`` may see it; else :class:`NotFound`."""
    case: SalesCase | None = session.scalars(
        _visible(select(SalesCase), actor).where(SalesCase.id == case_id)
    ).first()
    if case is None:
        raise NotFound(translate("Cases", "This case does not exist or is not yours."))
    return case


def _editable(case: SalesCase, expected_version: int) -> None:
    if case.version != expected_version:
        raise ConcurrentEdit(
            translate(
                "Cases",
                "This case was saved elsewhere meanwhile; reopen it to continue from there.",
            )
        )
    if CaseState(case.state) not in EDITABLE_STATES:
        raise UserError(
            translate("Cases", "This case is already matched; its earlier steps cannot change.")
        )


def _view(session: Session, case: SalesCase) -> CaseView:
    client = session.get(Client, case.client_id)
    assert client is not None
    state = CaseState(case.state)
    return CaseView(
        case_id=case.id,
        version=case.version,
        client_id=case.client_id,
        client_name=client.name,
        state=state,
        step=resume_step(state, case.step),
        channel=case.channel,
        assessment_id=case.assessment_id,
        product_id=case.product_id,
        amount=case.amount,
        draft=json.loads(case.draft),
        investor_class=client.investor_class,
        updated_at=case.updated_at,
        signed_at=case.signed_at,
        pack_sha256=case.pack_sha256,
        cooling_off_until=case.cooling_off_until,
        free_look_until=case.free_look_until,
    )


def _save(
    session: Session,
    ws: Workspace,
    actor: Actor,
    case: SalesCase,
    action: str,
    payload: dict[str, Any],
) -> None:
    case.updated_at = ws.now()
    session.flush()
    audited(session, ws, actor, action, "case", case.id, payload, outbox=row_dict(case))


def start_case(ws: Workspace, actor: Actor, client_id: str, channel: str = "branch") -> CaseView:
    """A new draft case for ``client_id``, at the onboarding review."""
    require(actor, Permission.CASE_WORK)
    if channel not in CHANNELS:
        raise ValidationFailed(
            [FieldError("channel", "CHOICE_INVALID", translate("Cases", "Choose a sales channel."))]
        )
    now = ws.now()
    with ws.db.writing() as session:
        client = load_visible_client(session, actor, client_id)
        case = SalesCase(
            id=new_id(),
            client_id=client.id,
            advisor_user_id=actor.user_id,
            branch_id=actor.branch_id,
            state=CaseState.DRAFT.value,
            step=Step.ONBOARDING.value,
            channel=channel,
            draft="{}",
            created_at=now,
            updated_at=now,
            origin_device_id=ws.device_id,
        )
        session.add(case)
        _save(session, ws, actor, case, "case.start", {"client_id": client_id, "channel": channel})
        return _view(session, case)


def get_case(ws: Workspace, actor: Actor, case_id: str) -> CaseView:
    require(actor, Permission.CLIENT_READ)
    with ws.db.reading() as session:
        return _view(session, load_case(session, actor, case_id))


def open_cases(ws: Workspace, actor: Actor, client_id: str | None = None) -> list[CaseSummary]:
    """Cases still in progress (newest first), optionally for one client."""
    return _cases(ws, actor, client_id, states=OPEN_STATES)


def cases_to_submit(ws: Workspace, actor: Actor) -> list[CaseSummary]:
    """Signed cases not yet handed to the supervisor (newest first)."""
    require(actor, Permission.CASE_WORK)
    return _cases(ws, actor, None, states=frozenset({CaseState.SIGNED}))


def client_cases(ws: Workspace, actor: Actor, client_id: str) -> list[CaseSummary]:
    """Every case of a client, in progress or finished (newest first)."""
    return _cases(ws, actor, client_id, states=None)


def _cases(
    ws: Workspace, actor: Actor, client_id: str | None, *, states: frozenset[CaseState] | None
) -> list[CaseSummary]:
    require(actor, Permission.CLIENT_READ)
    stmt = (
        _visible(select(SalesCase), actor)
        .add_columns(Client.name, Product.code)
        .join(Client, Client.id == SalesCase.client_id)
        .outerjoin(Product, Product.id == SalesCase.product_id)
        .order_by(SalesCase.updated_at.desc())
    )
    if states is not None:
        stmt = stmt.where(SalesCase.state.in_([s.value for s in states]))
    if client_id is not None:
        stmt = stmt.where(SalesCase.client_id == client_id)
    with ws.db.reading() as session:
        return [
            CaseSummary(
                case.id,
                case.client_id,
                name,
                CaseState(case.state),
                resume_step(CaseState(case.state), case.step),
                case.updated_at,
                code,
            )
            for case, name, code in session.execute(stmt.limit(200)).all()
        ]


def save_draft(
    ws: Workspace,
    actor: Actor,
    case_id: str,
    expected_version: int,
    step: Step,
    section: str,
    data: dict[str, Any],
) -> int:
    """Autosave what a step holds (``draft[section] = data``); returns the new version."""
    require(actor, Permission.CASE_WORK)
    with ws.db.writing() as session:
        case = load_case(session, actor, case_id)
        # Stale, or past matching: what was matched on is history, and the later steps
        # record themselves (nothing of theirs is a draft).
        _editable(case, expected_version)
        draft = json.loads(case.draft)
        if draft.get(section) == data and case.step == step.value:
            return case.version
        draft[section] = data
        case.draft = json.dumps(draft, ensure_ascii=False, sort_keys=True)
        case.step = step.value
        _save(session, ws, actor, case, "case.autosave", {"step": step.value, "section": section})
        return case.version


def confirm_onboarding(
    ws: Workspace, actor: Actor, case_id: str, expected_version: int
) -> CaseView:
    """The client's data was reviewed (and saved): on to the questionnaire."""
    require(actor, Permission.CASE_WORK)
    with ws.db.writing() as session:
        case = load_case(session, actor, case_id)
        _editable(case, expected_version)
        load_visible_client(session, actor, case.client_id)
        case.state = move(CaseState(case.state), CaseState.PROFILED).value
        case.step = Step.QUESTIONNAIRE.value
        _save(session, ws, actor, case, "case.profiled", {})
        return _view(session, case)


def use_assessment(
    ws: Workspace, actor: Actor, case_id: str, expected_version: int, assessment_id: str | None
) -> CaseView:
    """Base the case on ``assessment_id`` (the client's newest, still valid), or — for a
    professional investor — on none (they may skip the questionnaire)."""
    require(actor, Permission.CASE_WORK)
    with ws.db.writing() as session:
        case = load_case(session, actor, case_id)
        _editable(case, expected_version)
        client = load_visible_client(session, actor, case.client_id)
        if assessment_id is None:
            if client.investor_class != "professional":
                raise UserError(
                    translate(
                        "Cases",
                        "Only a professional investor may skip the risk questionnaire.",
                    )
                )
        else:
            latest = assessments.latest_row(session, case.client_id)
            if latest is None or latest.id != assessment_id:
                raise UserError(
                    translate("Cases", "Only the client's newest assessment can be used.")
                )
            if not assessments.view_of(latest, ws.now()).valid:
                raise UserError(
                    translate(
                        "Cases", "This assessment has expired; the client must be reassessed."
                    )
                )
        if CaseState(case.state) is CaseState.DRAFT:
            case.state = move(CaseState.DRAFT, CaseState.PROFILED).value
        case.state = move(CaseState(case.state), CaseState.ASSESSED).value
        case.assessment_id = assessment_id
        case.step = Step.MATCHING.value
        _save(session, ws, actor, case, "case.assessed", {"assessment_id": assessment_id})
        return _view(session, case)


def _facts_for(session: Session, case: SalesCase) -> tuple[Client, Assessment | None]:
    client = session.get(Client, case.client_id)
    assert client is not None
    assessment = session.get(Assessment, case.assessment_id) if case.assessment_id else None
    return client, assessment


def evaluate_catalog(
    ws: Workspace,
    actor: Actor,
    case_id: str,
    *,
    amount: Decimal | None = None,
    channel: str | None = None,
    annual_premium: Decimal | None = None,
) -> list[tuple[ProductView, Decision]]:
    """Every active product with its decision for this case's client.

    Without an amount the rules about the amount wait (they run when one is entered).
    """
    require(actor, Permission.CATALOG_READ)
    require(actor, Permission.CLIENT_READ)  # the decisions reveal the client's facts
    with ws.db.reading() as session:
        case = load_case(session, actor, case_id)
        client, assessment = _facts_for(session, case)
        facts = client_facts(client, assessment)
        products = session.scalars(
            select(Product)
            .where(Product.status == "active", Product.deleted_at.is_(None))
            .order_by(Product.code)
        ).all()
        sale = SaleFacts(
            amount=amount,
            channel=channel or case.channel,
            annual_premium=annual_premium,
            amount_pending=amount is None,
        )
        book, now = rulebook(), ws.now()
        views = [view_of(p) for p in products]
    return [(v, evaluate(facts, v.facts, sale, at=now, rulebook=book)) for v in views]


def _whole_fen(value: Decimal, *, minimum_exclusive: bool) -> bool:
    """A finite amount with at most two decimals, above zero (or at least zero)."""
    if not value.is_finite() or value < 0 or (minimum_exclusive and value == 0):
        return False
    return value * 100 == (value * 100).to_integral_value()


def choose_product(
    ws: Workspace,
    actor: Actor,
    case_id: str,
    expected_version: int,
    product_id: str,
    amount: Decimal,
    *,
    channel: str,
    own_initiative: bool = False,
    annual_premium: Decimal | None = None,
) -> MatchView:
    """Match the case to ``product_id`` for ``amount``: the decision is re-run and stored.

    A prohibited product cannot be chosen; a ``warn`` product only when the client asked
    for it on their own initiative (the advisor may not recommend it).
    """
    require(actor, Permission.CASE_WORK)
    problems: list[FieldError] = []
    if not _whole_fen(amount, minimum_exclusive=True):
        problems.append(
            FieldError(
                "amount",
                "AMOUNT_INVALID",
                translate("Cases", "Enter an amount above zero, with at most two decimals."),
            )
        )
    if annual_premium is not None and not _whole_fen(annual_premium, minimum_exclusive=False):
        problems.append(
            FieldError(
                "annual_premium",
                "AMOUNT_INVALID",
                translate("Cases", "Enter the annual premium in yuan, with at most two decimals."),
            )
        )
    if channel not in CHANNELS:
        problems.append(
            FieldError("channel", "CHOICE_INVALID", translate("Cases", "Choose a sales channel."))
        )
    if problems:
        raise ValidationFailed(problems)
    now = ws.now()
    with ws.db.writing() as session:
        case = load_case(session, actor, case_id)
        _editable(case, expected_version)
        if CaseState(case.state) is not CaseState.ASSESSED:
            raise UserError(
                translate("Cases", "Finish the risk assessment step before matching a product.")
            )
        product = session.get(Product, product_id)
        if product is None or product.status != "active":
            raise NotFound(translate("Catalog", "This product is not in the catalog."))
        client, assessment = _facts_for(session, case)
        if assessment is not None:
            latest = assessments.latest_row(session, case.client_id)
            if latest is not None and latest.id != assessment.id:
                raise UserError(
                    translate(
                        "Cases",
                        "The client was reassessed after this case took its assessment; go "
                        "back to the questionnaire step and use the newest one.",
                    )
                )
        facts = client_facts(client, assessment)
        view = view_of(product)
        sale = SaleFacts(amount=amount, channel=channel, annual_premium=annual_premium)
        book = rulebook()
        decision = evaluate(facts, view.facts, sale, at=now, rulebook=book)
        if decision.outcome == PROHIBITED:
            raise UserError(
                translate("Cases", "{code} may not be sold to this client:").format(code=view.code)
                + "\n"
                + "\n".join("• " + r.message for r in decision.reasons)
            )
        if decision.outcome == WARN and not own_initiative:
            raise ValidationFailed(
                [
                    FieldError(
                        "own_initiative",
                        "INITIATIVE_REQUIRED",
                        translate(
                            "Cases",
                            "This product does not match the client. It may be sold only if the "
                            "client asked for it on their own initiative; record that first.",
                        ),
                    )
                ]
            )
        pack = book.packs[decision.rulepack]
        match = CaseMatch(
            id=new_id(),
            case_id=case.id,
            product_id=product.id,
            client_facts=json.dumps(to_json(facts), sort_keys=True),
            product_facts=json.dumps(
                {**view.facts.__dict__, "min_amount": str(view.min_amount), "name": view.name},
                sort_keys=True,
                ensure_ascii=False,
            ),
            sale_facts=json.dumps(to_json(sale), sort_keys=True),
            decision=json.dumps(decision.as_json(), sort_keys=True, ensure_ascii=False),
            outcome=decision.outcome,
            rulepack=pack.name,
            rulepack_hash=pack.content_hash,
            own_initiative=own_initiative and decision.outcome == WARN,
            matched_at=now,
            matched_by=actor.user_id,
            created_at=now,
            updated_at=now,
            origin_device_id=ws.device_id,
        )
        session.add(match)
        case.state = move(CaseState(case.state), CaseState.MATCHED).value
        case.step = Step.DISCLOSURE.value
        case.product_id = product.id
        case.amount = amount
        case.channel = channel
        case.match_id = match.id
        case.outcome = decision.outcome
        case.own_initiative = match.own_initiative
        case.matched_at = match.matched_at
        case.updated_at = now
        session.flush()
        # One service call, one audit event; the match and the case each get an outbox row.
        audited(
            session,
            ws,
            actor,
            "case.match",
            "case",
            case.id,
            {
                "match_id": match.id,
                "product": view.code,
                "outcome": decision.outcome,
                "own_initiative": match.own_initiative,
            },
            outbox=row_dict(case),
        )
        enqueue(
            session,
            entity="case_match",
            entity_id=match.id,
            op="upsert",
            payload=row_dict(match),
            at=now,
        )
        return MatchView(
            match.id,
            case.id,
            view.code,
            decision.outcome,
            decision.as_json(),
            match.own_initiative,
            now,
        )


def get_match(ws: Workspace, actor: Actor, case_id: str) -> MatchView | None:
    require(actor, Permission.CLIENT_READ)
    with ws.db.reading() as session:
        case = load_case(session, actor, case_id)
        if case.match_id is None:
            return None
        match = session.get(CaseMatch, case.match_id)
        assert match is not None
        product = session.get(Product, match.product_id)
        assert product is not None
        return MatchView(
            match.id,
            case.id,
            product.code,
            match.outcome,
            json.loads(match.decision),
            match.own_initiative,
            match.matched_at,
        )


_SEVERITY = {SUITABLE: 0, WARN: 1, PROHIBITED: 2}


def recheck_match(session: Session, case: SalesCase, now: datetime) -> None:
    """Refuse to go on if the sale would no longer be decided as it was matched.

    Before the disclosure is recorded and before signing, the decision is re-run on the
    live client, product and assessment: a product withdrawn or re-rated, a client whose
    facts changed, an assessment that expired — the case must be matched again.
    """
    match = session.get(CaseMatch, case.match_id) if case.match_id else None
    product = session.get(Product, case.product_id) if case.product_id else None
    if match is None or product is None:
        raise UserError(translate("Cases", "This case has no matched product."))
    if product.status != "active" or product.deleted_at is not None:
        raise UserError(
            translate(
                "Cases",
                "{code} is no longer offered; start a new case to choose another product.",
            ).format(code=product.code)
        )
    client, assessment = _facts_for(session, case)
    sale = sale_facts_from_json(json.loads(match.sale_facts))
    decision = evaluate(
        client_facts(client, assessment), view_of(product).facts, sale, at=now, rulebook=rulebook()
    )
    before = json.loads(match.decision)
    if _SEVERITY[decision.outcome] > _SEVERITY[match.outcome] or set(decision.requires) - set(
        before["requires"]
    ):
        reasons = "\n".join("• " + r.message for r in decision.reasons)
        raise UserError(
            translate(
                "Cases",
                "Since this case was matched, the decision for {code} has changed ({outcome}); "
                "start a new case so the client is matched on current facts.",
            ).format(code=product.code, outcome=decision.outcome)
            + ("\n" + reasons if reasons else "")
        )
