"""Disclosure: what the client must see, read, acknowledge and copy before signing.

:func:`disclosure_plan` says what a matched case needs — the four documents rendered from
their templates with the product's data, the hand-copied sentence, and whatever the
decision requires (special warning, elderly care, qualified-investor commitment,
recording, concentration or premium explanations). :func:`record_disclosure` checks
that everything was done and stores it immutably; the case becomes ``disclosed``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from app.documents import templates
from app.documents.model import Strokes
from app.documents.templates import RenderedDocument
from app.documents.values import (
    level_name,
    product_type_name,
    rating_name,
    term_name,
    variety_name,
    yuan,
)
from app.domain.case_flow import CaseState, Step, move
from app.domain.roles import Permission
from app.domain.signature import check_handwriting, strokes_to_json
from app.errors import ConcurrentEdit, FieldError, UserError, ValidationFailed
from app.i18n import active_language, translate
from app.rulebook import rulebook
from app.services.cases import load_case, recheck_match
from app.services.context import Actor, Workspace, audited, require
from app.store.audit import enqueue
from app.store.ids import new_id
from app.store.models import (
    Assessment,
    Branch,
    CaseAttestation,
    CaseMatch,
    Client,
    DisclosureRecord,
    Product,
    SalesCase,
)
from app.store.serialize import row_dict


@dataclass(frozen=True)
class DisclosurePlan:
    case_id: str
    version: int
    client_name: str
    product_code: str
    product_name: str
    outcome: str
    requires: tuple[str, ...]
    documents: tuple[RenderedDocument, ...]
    copy_sentence: str
    copy_required: bool
    own_initiative: str | None = None
    special_warning: str | None = None
    investment_confirmation: str | None = None
    elderly_care: str | None = None
    qualified_commitment: str | None = None
    recording_checklist: tuple[tuple[str, str], ...] = ()
    concentration: str | None = None
    premium: str | None = None
    deadline_notice: str | None = None


@dataclass(frozen=True)
class DocumentReading:
    kind: str
    sha256: str
    reading_seconds: int
    scrolled_to_end: bool
    acknowledged: tuple[str, ...] = ()


@dataclass(frozen=True)
class DisclosureInput:
    readings: tuple[DocumentReading, ...]
    copy_strokes: Strokes | None = None
    advisor_attests_copy: bool = False
    special_warning_confirmed: bool = False
    elderly_care_attested: bool = False
    elderly_client_reconfirmed: bool = False
    qualified_commitment_accepted: bool = False
    recording_reference: str = ""
    recording_sha256: str = ""
    recording_checked: tuple[str, ...] = field(default=())
    concentration_explained: bool = False
    premium_explained: bool = False


def _regulation(pack_name: str) -> str:
    """The regulation's title in the display language (falls back to the pack's name)."""
    pack = rulebook().packs.get(pack_name)
    if pack is None:
        return pack_name
    language = active_language()
    return pack.title.get(language) or pack.title.get("zh_CN") or pack_name


def _values(
    session: Session,
    case: SalesCase,
    product: Product,
    client: Client,
    assessment: Assessment | None,
    match: CaseMatch,
) -> dict[str, str]:
    branch = session.get(Branch, case.branch_id)
    decision = json.loads(match.decision)
    requires = decision["requires"]
    if "COOLING_OFF" in requires:
        deadline = templates.fixed_text("cooling_off_private")
    elif "FREE_LOOK" in requires:
        deadline = templates.fixed_text("free_look_insurance")
    else:
        deadline = ""
    days = product.lockup_days if product.open_ended else product.term_days
    return {
        "product_name": product.name,
        "product_code": product.code,
        "product_type": product_type_name(product.type),
        "issuer": product.issuer,
        "risk_rating": rating_name(decision["effective_risk"]),
        "term": term_name(days, product.open_ended),
        "variety": variety_name(product.variety),
        "min_amount": yuan(product.min_amount),
        "regime_rule": _regulation(match.rulepack),
        "cooling_off": deadline,
        "client_name": client.name,
        "client_level": level_name(assessment.level) if assessment else level_name("C5"),
        "distributor": branch.name if branch else "",
    }


def _context(
    session: Session, actor: Actor, case_id: str
) -> tuple[SalesCase, Client, Product, Assessment | None, CaseMatch]:
    case = load_case(session, actor, case_id)
    if case.match_id is None or case.product_id is None:
        raise UserError(translate("Disclosure", "Match a product before the disclosure step."))
    client = session.get(Client, case.client_id)
    product = session.get(Product, case.product_id)
    match = session.get(CaseMatch, case.match_id)
    assert client is not None and product is not None and match is not None
    assessment = session.get(Assessment, case.assessment_id) if case.assessment_id else None
    return case, client, product, assessment, match


def plan_for(session: Session, actor: Actor, case_id: str) -> DisclosurePlan:
    case, client, product, assessment, match = _context(session, actor, case_id)
    values = _values(session, case, product, client, assessment, match)
    decision = json.loads(match.decision)
    requires = tuple(decision["requires"])
    warn = match.outcome == "warn"
    private = "COOLING_OFF" in requires
    # RULES §5: 双录 where required, and the special warning of a warn sale is recorded too.
    recorded = "DUAL_RECORDING" in requires or "SPECIAL_WARNING_SIGNED" in requires
    return DisclosurePlan(
        case_id=case.id,
        version=case.version,
        client_name=client.name,
        product_code=product.code,
        product_name=product.name,
        outcome=match.outcome,
        requires=requires,
        documents=tuple(
            templates.render_document(kind, values)
            for kind in templates.DOCUMENT_KINDS  # all four for every product (RULES §6)
        ),
        copy_sentence=templates.copy_sentence(),
        copy_required=client.kind == "person",
        own_initiative=templates.fixed_text("own_initiative", values) if warn else None,
        special_warning=templates.fixed_text("special_warning", values) if warn else None,
        investment_confirmation=(
            templates.fixed_text("investment_confirmation", values) if warn else None
        ),
        elderly_care=(
            templates.fixed_text("elderly_care", values)
            if "ELDERLY_SPECIAL_CARE" in requires
            else None
        ),
        qualified_commitment=(
            templates.fixed_text("qualified_commitment", values) if private else None
        ),
        recording_checklist=tuple(templates.recording_checklist()) if recorded else (),
        concentration=(
            templates.fixed_text("advisor_attest_concentration", values)
            if "CONCENTRATION_NOTICE" in requires
            else None
        ),
        premium=(
            templates.fixed_text("advisor_attest_premium", values)
            if "PREMIUM_AFFORDABILITY_NOTICE" in requires
            else None
        ),
        deadline_notice=values["cooling_off"] or None,
    )


def disclosure_plan(ws: Workspace, actor: Actor, case_id: str) -> DisclosurePlan:
    """What the disclosure step of a matched case must show and collect."""
    require(actor, Permission.CLIENT_READ)
    with ws.db.reading() as session:
        return plan_for(session, actor, case_id)


def _error(field_name: str, rule: str, message: str) -> FieldError:
    return FieldError(field_name, rule, message)


def check_input(plan: DisclosurePlan, data: DisclosureInput) -> list[FieldError]:
    """Every missing step, each on its own field (``disclosure.<…>`` names in the UI)."""
    errors: list[FieldError] = []
    readings = {r.kind: r for r in data.readings}
    for document in plan.documents:
        reading = readings.get(document.kind)
        name = f"document_{document.kind}"
        if reading is None or not reading.scrolled_to_end:
            errors.append(
                _error(
                    name,
                    "DOCUMENT_NOT_READ",
                    translate("Disclosure", "{title}: the client must read it to the end.").format(
                        title=document.title
                    ),
                )
            )
            continue
        if reading.sha256 != document.sha256:
            errors.append(
                _error(
                    name,
                    "DOCUMENT_CHANGED",
                    translate(
                        "Disclosure", "{title} changed since it was shown; show it again."
                    ).format(title=document.title),
                )
            )
        missing = [r.id for r in document.key_risks if r.id not in reading.acknowledged]
        if missing:
            errors.append(
                _error(
                    name,
                    "RISK_NOT_ACKNOWLEDGED",
                    translate(
                        "Disclosure",
                        "{title}: each key risk must be acknowledged separately ({n} left).",
                    ).format(title=document.title, n=len(missing)),
                )
            )
    if plan.copy_required:
        if data.copy_strokes is None:
            errors.append(
                _error(
                    "copy_pad",
                    "COPY_MISSING",
                    translate("Disclosure", "The client must copy the sentence by hand."),
                )
            )
        else:
            errors += check_handwriting(data.copy_strokes, field="copy_pad")
        if not data.advisor_attests_copy:
            errors.append(
                _error(
                    "copy_attested",
                    "COPY_NOT_ATTESTED",
                    translate(
                        "Disclosure",
                        "Confirm that the client copied the whole sentence themselves.",
                    ),
                )
            )
    d = data
    flags: tuple[tuple[str | None, bool, str, str], ...] = (
        (
            plan.special_warning,
            d.special_warning_confirmed,
            "special_warning_confirmed",
            translate(
                "Disclosure",
                "The client must confirm the special risk warning and the investment confirmation.",
            ),
        ),
        (
            plan.elderly_care,
            d.elderly_care_attested,
            "elderly_care_attested",
            translate(
                "Disclosure", "Attest that you gave the elderly client the extra explanation."
            ),
        ),
        (
            plan.elderly_care,
            d.elderly_client_reconfirmed,
            "elderly_client_reconfirmed",
            translate(
                "Disclosure", "The client must confirm the purchase again after the explanation."
            ),
        ),
        (
            plan.qualified_commitment,
            d.qualified_commitment_accepted,
            "qualified_commitment_accepted",
            translate("Disclosure", "The client must make the qualified-investor commitment."),
        ),
        (
            plan.concentration,
            d.concentration_explained,
            "concentration_explained",
            translate(
                "Disclosure", "Attest that you explained the concentration of the client's assets."
            ),
        ),
        (
            plan.premium,
            d.premium_explained,
            "premium_explained",
            translate("Disclosure", "Attest that you explained whether the premium is affordable."),
        ),
    )
    for needed, done, name, message in flags:
        if needed and not done:
            errors.append(_error(name, "CONFIRMATION_MISSING", message))
    if plan.recording_checklist:
        missing_points = [i for i, _ in plan.recording_checklist if i not in data.recording_checked]
        if missing_points:
            errors.append(
                _error(
                    "recording_checklist",
                    "RECORDING_INCOMPLETE",
                    translate(
                        "Disclosure", "The recording must cover every point ({n} not ticked)."
                    ).format(n=len(missing_points)),
                )
            )
        if not data.recording_reference.strip():
            errors.append(
                _error(
                    "recording_reference",
                    "RECORDING_REFERENCE",
                    translate("Disclosure", "Enter the recording's reference."),
                )
            )
        digest = data.recording_sha256.strip().lower()
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            errors.append(
                _error(
                    "recording_sha256",
                    "RECORDING_HASH",
                    translate(
                        "Disclosure", "The recording's SHA-256 is 64 hexadecimal characters."
                    ),
                )
            )
    return errors


def _attest(
    session: Session, ws: Workspace, actor: Actor, case_id: str, kind: str, payload: dict[str, Any]
) -> None:
    now = ws.now()
    session.add(
        CaseAttestation(
            id=new_id(),
            case_id=case_id,
            kind=kind,
            payload=json.dumps(payload, ensure_ascii=False, sort_keys=True),
            recorded_at=now,
            recorded_by=actor.user_id,
            created_at=now,
            updated_at=now,
            origin_device_id=ws.device_id,
        )
    )


def record_disclosure(
    ws: Workspace, actor: Actor, case_id: str, expected_version: int, data: DisclosureInput
) -> int:
    """Store what was shown, read, acknowledged, copied and attested; returns the version."""
    require(actor, Permission.CASE_WORK)
    now = ws.now()
    with ws.db.writing() as session:
        plan = plan_for(session, actor, case_id)
        case = load_case(session, actor, case_id)
        if case.version != expected_version:
            raise ConcurrentEdit(
                translate(
                    "Cases",
                    "This case was saved elsewhere meanwhile; reopen it to continue from there.",
                )
            )
        if CaseState(case.state) is not CaseState.MATCHED:
            raise UserError(translate("Disclosure", "This case is not waiting for disclosure."))
        recheck_match(session, case, now)
        errors = check_input(plan, data)
        if errors:
            raise ValidationFailed(errors)
        readings = {r.kind: r for r in data.readings}
        for document in plan.documents:
            reading = readings[document.kind]
            session.add(
                DisclosureRecord(
                    id=new_id(),
                    case_id=case.id,
                    kind=document.kind,
                    title=document.title,
                    template_version=document.version,
                    sha256=document.sha256,
                    text=document.text,
                    key_risks=json.dumps(
                        [[k.id, k.text] for k in document.key_risks], ensure_ascii=False
                    ),
                    acknowledged_risks=json.dumps(sorted(reading.acknowledged)),
                    reading_seconds=max(0, reading.reading_seconds),
                    scrolled_to_end=reading.scrolled_to_end,
                    recorded_at=now,
                    recorded_by=actor.user_id,
                    created_at=now,
                    updated_at=now,
                    origin_device_id=ws.device_id,
                )
            )
        if plan.copy_required and data.copy_strokes is not None:
            _attest(session, ws, actor, case.id, "copy_sentence", {
                "sentence": plan.copy_sentence,
                "strokes": strokes_to_json(data.copy_strokes),
                "advisor_attests": True,
            })  # fmt: skip
        d = data
        warned = d.special_warning_confirmed
        for kind, text, done in (
            ("special_warning", plan.special_warning, warned),
            ("investment_confirmation", plan.investment_confirmation, warned),
            ("own_initiative", plan.own_initiative, warned),
            ("elderly_care", plan.elderly_care, d.elderly_care_attested),
            ("qualified_commitment", plan.qualified_commitment, d.qualified_commitment_accepted),
            ("concentration_notice", plan.concentration, d.concentration_explained),
            ("premium_notice", plan.premium, d.premium_explained),
        ):
            if text and done:
                payload: dict[str, Any] = {"text": text}
                if kind == "elderly_care":
                    payload["advisor_attests"] = d.elderly_care_attested
                    payload["client_reconfirmed"] = d.elderly_client_reconfirmed
                _attest(session, ws, actor, case.id, kind, payload)
        if plan.recording_checklist:
            _attest(session, ws, actor, case.id, "recording", {
                "reference": data.recording_reference.strip(),
                "sha256": data.recording_sha256.strip().lower(),
                "checklist": [i for i, _ in plan.recording_checklist],
            })  # fmt: skip
        case.state = move(CaseState(case.state), CaseState.DISCLOSED).value
        case.step = Step.SIGNING.value
        case.updated_at = now
        # Collected before the flush: afterwards ``session.new`` is empty.
        stored = sorted(
            (r for r in session.new if isinstance(r, DisclosureRecord | CaseAttestation)),
            key=lambda r: r.id,
        )
        session.flush()
        for row in stored:
            enqueue(
                session,
                entity="disclosure_record"
                if isinstance(row, DisclosureRecord)
                else "case_attestation",
                entity_id=row.id,
                op="upsert",
                payload=row_dict(row),
                at=now,
            )
        audited(
            session,
            ws,
            actor,
            "case.disclose",
            "case",
            case.id,
            {
                "documents": [[d.kind, d.sha256] for d in plan.documents],
                "requires": list(plan.requires),
            },
            outbox=row_dict(case),
        )
        return case.version
