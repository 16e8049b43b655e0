"""Signing: the client's and the advisor's signatures, the sealed PDF pack, its verification.

:func:`sign_case` checks both signatures, builds the pack of ``RULES.md`` §6 from what the
case stored, seals it with this device's key (PAdES), and stores the PDF, its SHA-256,
the signatures and the cooling-off / free-look deadlines in one transaction. Everything
signed is immutable from then on (database triggers).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents import templates
from app.documents.model import PackData, PackSignature, Recording, ShownDocument, Strokes
from app.documents.pack import build_pack
from app.documents.seal import VerifyResult, seal_pdf, verify_pdf
from app.documents.values import (
    horizon_name,
    level_name,
    outcome_name,
    product_type_name,
    rating_name,
    requirement_name,
    term_name,
    variety_name,
    yuan,
)
from app.domain.case_flow import CaseState, Step, move
from app.domain.identity import mask_id
from app.domain.questionnaire import text_of
from app.domain.roles import Permission
from app.domain.signature import check_signature, strokes_from_json, strokes_to_json
from app.domain.suitability import LOCAL_ZONE
from app.errors import ConcurrentEdit, NotFound, UserError, ValidationFailed
from app.i18n import active_language, translate
from app.rulebook import questionnaire, rulebook
from app.services.cases import load_case, recheck_match
from app.services.clients import mask_phone
from app.services.context import Actor, Workspace, audited, require
from app.services.device_keys import ensure_credentials, known_certificates
from app.services.facts import client_facts_from_json
from app.services.review_flags import compute_flags
from app.store.audit import enqueue
from app.store.ids import new_id
from app.store.models import (
    Assessment,
    AuditEvent,
    Branch,
    CaseAttestation,
    CaseDocument,
    CaseMatch,
    Client,
    Device,
    DisclosureRecord,
    Product,
    SalesCase,
    Signature,
    User,
)
from app.store.serialize import row_dict

PACK_KIND = "suitability_pack"


@dataclass(frozen=True)
class SigningSummary:
    """Exactly what is being signed, line by line, as the signing screen shows it."""

    case_id: str
    version: int
    client_name: str
    advisor_name: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class SignedCase:
    case_id: str
    document_id: str
    file_name: str
    sha256: str
    signed_at: datetime
    cooling_off_until: datetime | None
    free_look_until: datetime | None


def _local(moment: datetime) -> str:
    return moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M:%S")


@dataclass
class _Loaded:
    case: SalesCase
    client: Client
    product: Product
    match: CaseMatch
    assessment: Assessment | None
    advisor: User
    branch: Branch | None
    device: Device | None
    records: list[DisclosureRecord]
    attestations: dict[str, dict[str, Any]]
    chain_head: str


def _load(session: Session, actor: Actor, case_id: str) -> _Loaded:
    case = load_case(session, actor, case_id)
    if case.match_id is None or case.product_id is None:
        raise UserError(translate("Signing", "This case has no matched product to sign."))
    client = session.get(Client, case.client_id)
    product = session.get(Product, case.product_id)
    match = session.get(CaseMatch, case.match_id)
    advisor = session.get(User, case.advisor_user_id)
    assert client and product and match and advisor
    records = list(
        session.scalars(
            select(DisclosureRecord)
            .where(DisclosureRecord.case_id == case.id)
            .order_by(DisclosureRecord.recorded_at, DisclosureRecord.id)
        )
    )
    attestations = {
        a.kind: json.loads(a.payload)
        for a in session.scalars(select(CaseAttestation).where(CaseAttestation.case_id == case.id))
    }
    head = session.scalars(select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
    return _Loaded(
        case=case,
        client=client,
        product=product,
        match=match,
        assessment=session.get(Assessment, case.assessment_id) if case.assessment_id else None,
        advisor=advisor,
        branch=session.get(Branch, case.branch_id),
        device=session.get(Device, case.origin_device_id),
        records=records,
        attestations=attestations,
        chain_head=head or "",
    )


def signing_summary(ws: Workspace, actor: Actor, case_id: str) -> SigningSummary:
    require(actor, Permission.CLIENT_READ)
    with ws.db.reading() as session:
        data = _load(session, actor, case_id)
    decision = json.loads(data.match.decision)
    lines = [
        translate("Signing", "Client: {name}").format(name=data.client.name),
        translate("Signing", "Product: {code} {name}").format(
            code=data.product.code, name=data.product.name
        ),
        translate("Signing", "Amount: {amount}").format(amount=yuan(data.case.amount)),
        translate("Signing", "Risk: product {risk}, client {level}").format(
            risk=rating_name(decision["effective_risk"]),
            level=level_name(data.assessment.level) if data.assessment else level_name("C5"),
        ),
        translate("Signing", "Suitability: {outcome}").format(
            outcome=outcome_name(data.match.outcome)
        ),
    ]
    lines += [
        translate("Signing", "Read: {title} (version {version}, {seconds} s)").format(
            title=r.title, version=r.template_version, seconds=r.reading_seconds
        )
        for r in data.records
    ]
    lines += [
        translate("Signing", "Requirement met: {what}").format(what=requirement_name(code))
        for code in decision["requires"]
    ]
    return SigningSummary(
        data.case.id, data.case.version, data.client.name, data.advisor.display_name, tuple(lines)
    )


def _pack_data(
    data: _Loaded,
    signatures: tuple[PackSignature, ...],
    device_name: str,
    fingerprint: str,
    now: datetime,
) -> PackData:
    client, product, match, assessment = data.client, data.product, data.match, data.assessment
    decision = json.loads(match.decision)
    # The financial facts as the decision saw them (the match's snapshot), not as edited since.
    facts = client_facts_from_json(json.loads(match.client_facts))
    client_rows = (
        (translate("Documents", "Name"), client.name),
        (translate("Documents", "ID number"), mask_id(client.id_number)),
        (
            translate("Documents", "Birth date"),
            client.birth_date.isoformat() if client.birth_date else "—",
        ),
        (translate("Documents", "Mobile"), mask_phone(client.phone)),
        (translate("Documents", "Occupation"), client.occupation or "—"),
        (translate("Documents", "Annual income"), yuan(facts.annual_income)),
        (translate("Documents", "Financial assets"), yuan(facts.financial_assets)),
        (
            translate("Documents", "Investment experience"),
            translate("Documents", "{n} years").format(n=facts.investment_experience_years)
            if facts.investment_experience_years is not None
            else "—",
        ),
        (
            translate("Documents", "Investor class"),
            translate("Documents", "Professional investor")
            if client.investor_class == "professional"
            else translate("Documents", "Ordinary investor"),
        ),
    )
    q = questionnaire(assessment.questionnaire_id) if assessment else questionnaire()
    if assessment is not None:
        answers = json.loads(assessment.answers)
        answer_rows = []
        # The wording printed must be the one the client answered; a questionnaire that
        # changed since then shows the answers by number and letter only.
        same_text = q.content_hash == assessment.questionnaire_hash
        for question in q.questions:
            chosen = answers.get(str(question.number))
            letters = chosen if isinstance(chosen, list) else [chosen]
            if not same_text:
                answer_rows.append((str(question.number), "、".join(str(x) for x in letters)))
                continue
            texts = [
                f"{o.letter}. {text_of(o.text)}" for o in question.options if o.letter in letters
            ]
            answer_rows.append((f"{question.number}. {text_of(question.text)}", "；".join(texts)))
        assessment_rows: tuple[tuple[str, str], ...] = (
            (translate("Documents", "Score"), str(assessment.score)),
            (translate("Documents", "Risk tolerance"), level_name(assessment.level)),
            (translate("Documents", "Investment horizon"), horizon_name(assessment.horizon)),
            (
                translate("Documents", "Intended varieties"),
                "、".join(variety_name(v) for v in json.loads(assessment.varieties)),
            ),
            (translate("Documents", "Assessed at"), _local(assessment.assessed_at)),
            (translate("Documents", "Valid until"), _local(assessment.expires_at)),
            (
                translate("Documents", "Notice"),
                templates.fixed_text(
                    "assessment_notice",
                    {
                        "client_name": client.name,
                        "client_level": level_name(assessment.level),
                        "assessed_at": _local(assessment.assessed_at),
                        "valid_until": _local(assessment.expires_at),
                    },
                ),
            ),
        )
    else:
        answer_rows = []
        assessment_rows = (
            (
                translate("Documents", "Risk tolerance"),
                translate("Documents", "Professional investor: no questionnaire, matched as C5"),
            ),
        )
    days = product.lockup_days if product.open_ended else product.term_days
    product_rows = (
        (translate("Documents", "Product"), f"{product.code} {product.name}"),
        (translate("Documents", "Type"), product_type_name(product.type)),
        (translate("Documents", "Issuer"), product.issuer),
        (
            translate("Documents", "Risk rating"),
            translate(
                "Documents", "issuer {issuer}, distributor {distributor}; sold as {risk}"
            ).format(
                issuer=product.risk_issuer,
                distributor=product.risk_distributor,
                risk=rating_name(decision["effective_risk"]),
            ),
        ),
        (translate("Documents", "Term"), term_name(days, product.open_ended)),
        (translate("Documents", "Variety"), variety_name(product.variety)),
        (translate("Documents", "Amount"), yuan(data.case.amount)),
        (translate("Documents", "Rules applied"), f"{match.rulepack} ({match.rulepack_hash[:12]})"),
    )
    documents = tuple(
        ShownDocument(
            kind=r.kind,
            title=r.title,
            version=r.template_version,
            sha256=r.sha256,
            text=r.text,
            key_risks=tuple(text for _id, text in json.loads(r.key_risks)),
            reading_seconds=r.reading_seconds,
        )
        for r in data.records
    )
    copy = data.attestations.get("copy_sentence")
    recording = data.attestations.get("recording")
    evidence = [
        (translate("Documents", "Case"), data.case.id),
        (translate("Documents", "Generated"), _local(now)),
        (translate("Documents", "Device"), f"{device_name} ({data.case.origin_device_id})"),
        (translate("Documents", "Seal certificate (SHA-256)"), fingerprint),
        (
            translate("Documents", "Questionnaire"),
            f"{assessment.questionnaire_id} {assessment.questionnaire_version} "
            f"{assessment.questionnaire_hash}"
            if assessment
            else "—",
        ),
    ]
    if assessment is not None:
        evidence.append((translate("Documents", "Answers (SHA-256)"), assessment.answers_hash))
    evidence += [
        (translate("Documents", "Rule pack"), f"{match.rulepack} {match.rulepack_hash}"),
        (translate("Documents", "Matched at"), _local(match.matched_at)),
        (
            translate("Documents", "Match reasons"),
            "；".join(r["code"] for r in decision["reasons"]) or translate("Documents", "none"),
        ),
    ]
    evidence += [
        (
            translate("Documents", "Document {kind}").format(kind=r.kind),
            f"{r.template_version} {r.sha256}",
        )
        for r in data.records
    ]
    evidence += [
        (translate("Documents", "Signed by {name}").format(name=s.signer_name), _local(s.signed_at))
        for s in signatures
    ]
    evidence.append((translate("Documents", "Audit chain head"), data.chain_head))
    return PackData(
        case_id=data.case.id,
        language=active_language(),
        generated_at=now,
        institution=data.branch.name if data.branch else "",
        device_name=device_name,
        advisor_name=data.advisor.display_name,
        client_rows=client_rows,
        client_name=client.name,
        assessment_rows=assessment_rows,
        assessment_answers=tuple(answer_rows),
        product_rows=product_rows,
        product_code=product.code,
        outcome=match.outcome,
        outcome_text=templates.fixed_text(
            "suitability_opinion",
            {
                "client_name": client.name,
                "client_level": level_name(assessment.level) if assessment else level_name("C5"),
                "product_name": product.name,
                "risk_rating": rating_name(decision["effective_risk"]),
                "outcome_text": outcome_name(match.outcome),
            },
        ),
        reasons=tuple(r["message"] for r in decision["reasons"]),
        requirements=tuple(requirement_name(c) for c in decision["requires"]),
        documents=documents,
        copy_sentence=templates.copy_sentence(),
        copy_strokes=strokes_from_json(copy["strokes"]) if copy else None,
        signatures=signatures,
        special_warning=(data.attestations.get("special_warning") or {}).get("text"),
        investment_confirmation=(data.attestations.get("investment_confirmation") or {}).get(
            "text"
        ),
        qualified_commitment=(data.attestations.get("qualified_commitment") or {}).get("text")
        or None,
        elderly_care=(data.attestations.get("elderly_care") or {}).get("text"),
        recording=Recording(
            reference=recording["reference"],
            sha256=recording["sha256"],
            checklist=tuple(text for _i, text in templates.recording_checklist()),
        )
        if recording
        else None,
        evidence_rows=tuple(evidence),
    )


def safe_file_name(text: str) -> str:
    """A file name that every file system accepts (no separators, no control characters)."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", text).strip(" .")
    return cleaned[:120] or "document"


def sign_case(
    ws: Workspace,
    actor: Actor,
    case_id: str,
    expected_version: int,
    client_strokes: Strokes,
    advisor_strokes: Strokes,
) -> SignedCase:
    """Both signatures → the sealed pack, stored with its hash; the case becomes signed."""
    require(actor, Permission.CASE_WORK)
    errors = check_signature(client_strokes, field="client_pad") + check_signature(
        advisor_strokes, field="advisor_pad"
    )
    if errors:
        raise ValidationFailed(errors)
    now = ws.now()
    with ws.db.writing() as session:
        data = _load(session, actor, case_id)
        case = data.case
        if case.version != expected_version:
            raise ConcurrentEdit(
                translate(
                    "Cases",
                    "This case was saved elsewhere meanwhile; reopen it to continue from there.",
                )
            )
        if CaseState(case.state) is not CaseState.DISCLOSED:
            raise UserError(translate("Signing", "Finish the disclosure step before signing."))
        recheck_match(session, case, now)
        creds = ensure_credentials(session, ws)
        signatures = (
            PackSignature("client", data.client.name, now, client_strokes),
            PackSignature("advisor", data.advisor.display_name, now, advisor_strokes),
        )
        device_name = data.device.name if data.device else ws.device_id
        pdf = build_pack(_pack_data(data, signatures, device_name, creds.fingerprint_sha256, now))
        sealed = seal_pdf(
            pdf,
            creds,
            reason=translate("Signing", "Suitability records of case {case}").format(case=case.id),
            location=data.branch.name if data.branch else "",
            signed_at=now,
        )
        digest = hashlib.sha256(sealed).hexdigest()
        file_name = safe_file_name(
            f"{data.client.name}-{data.product.code}-{now.astimezone(LOCAL_ZONE):%Y%m%d}-{case.id[:8]}.pdf"
        )
        document = CaseDocument(
            id=new_id(),
            case_id=case.id,
            kind=PACK_KIND,
            file_name=file_name,
            sha256=digest,
            size=len(sealed),
            content=sealed,
            sealed_by=creds.fingerprint_sha256,
            created_at=now,
            updated_at=now,
            origin_device_id=ws.device_id,
        )
        session.add(document)
        rows: list[Signature] = []
        for signature in signatures:
            strokes_json = json.dumps(strokes_to_json(signature.strokes), sort_keys=True)
            row = Signature(
                id=new_id(),
                case_id=case.id,
                role=signature.role,
                signer_name=signature.signer_name,
                strokes=strokes_json,
                sha256=hashlib.sha256(strokes_json.encode("utf-8")).hexdigest(),
                signed_at=now,
                created_at=now,
                updated_at=now,
                origin_device_id=ws.device_id,
            )
            rows.append(row)
            session.add(row)
        requires = json.loads(data.match.decision)["requires"]
        overlay = rulebook().overlay_for(rulebook().packs[data.match.rulepack], data.product.type)
        case.state = move(CaseState(case.state), CaseState.SIGNED).value
        case.step = Step.DONE.value
        case.signed_at = now
        case.pack_sha256 = digest
        if "COOLING_OFF" in requires and overlay is not None and overlay.cooling_off_hours:
            case.cooling_off_until = now + timedelta(hours=overlay.cooling_off_hours)
        if "FREE_LOOK" in requires and overlay is not None and overlay.free_look_days:
            case.free_look_until = now + timedelta(days=overlay.free_look_days)
        # Last: its queries autoflush the signed row, which the trigger freezes from then on.
        case.review_flags = int(compute_flags(session, case, now))
        case.updated_at = now
        session.flush()
        audited(
            session,
            ws,
            actor,
            "case.sign",
            "case",
            case.id,
            {"pack_sha256": digest, "signatures": [r.sha256 for r in rows]},
            outbox=row_dict(case),
        )
        for row in rows:
            enqueue(
                session,
                entity="signature",
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
        return SignedCase(
            case.id,
            document.id,
            file_name,
            digest,
            now,
            case.cooling_off_until,
            case.free_look_until,
        )


def case_pack(ws: Workspace, actor: Actor, case_id: str) -> tuple[str, bytes]:
    """The sealed pack of a signed case: ``(file name, PDF bytes)``."""
    require(actor, Permission.CLIENT_READ)
    with ws.db.reading() as session:
        load_case(session, actor, case_id)
        document = session.scalars(
            select(CaseDocument)
            .where(CaseDocument.case_id == case_id, CaseDocument.kind == PACK_KIND)
            .order_by(CaseDocument.created_at.desc())
        ).first()
        if document is None:
            raise NotFound(translate("Signing", "This case has no signed pack yet."))
        return document.file_name, bytes(document.content)


def verify_case_pack(ws: Workspace, actor: Actor, case_id: str) -> VerifyResult:
    """Check the stored pack's seal — by one of this institution's device certificates —
    and that it is the one whose hash the case recorded."""
    _name, pdf = case_pack(ws, actor, case_id)
    with ws.db.reading() as session:
        case = load_case(session, actor, case_id)
        expected = case.pack_sha256
        trusted = known_certificates(session)
    result = verify_pdf(pdf, trusted_certs=trusted)
    if expected and hashlib.sha256(pdf).hexdigest() != expected:
        raise UserError(
            translate("Signing", "The stored pack does not match the hash recorded at signing.")
        )
    return result


def verify_document(ws: Workspace, pdf: bytes) -> VerifyResult:
    """Check any PDF's seal, and whether it was made by one of this institution's devices
    (``trusted``); a seal by an unknown certificate proves integrity, not origin."""
    with ws.db.reading() as session:
        trusted = known_certificates(session)
    return verify_pdf(pdf, trusted_certs=trusted)
