"""What a supervisor reads in a case before deciding: one tab per part of the record.

Everything shown comes from :class:`~app.services.review_record.CaseRecord` (plain data);
the sealed PDF and the verification results arrive later from background operations.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.documents.templates import recording_checklist
from app.services.review_record import CaseRecord
from app.store.audit import ChainReport
from ui import labels
from ui.i18n import translate
from ui.labels import chain_problem_label
from ui.pages.review_parts import (
    BAD_STYLE,
    OK_STYLE,
    FormSection,
    PackSection,
    ink_label,
    local_time,
    money_text,
    record_table,
    scrolling,
    set_rows,
    yes_no,
)


def _choice(choices: list[tuple[str, str]], facts: Mapping[str, Any], key: str) -> str:
    code = facts.get(key)
    return dict(choices).get(str(code), str(code)) if code else "—"


def attestation_label(kind: str) -> str:
    names = {
        "copy_sentence": translate("ReviewDetail", "Hand-copied sentence"),
        "special_warning": translate("ReviewDetail", "Special risk warning"),
        "investment_confirmation": translate("ReviewDetail", "Investment confirmation"),
        "own_initiative": translate("ReviewDetail", "Purchase on the client's own initiative"),
        "elderly_care": translate("ReviewDetail", "Elderly special care"),
        "qualified_commitment": translate("ReviewDetail", "Qualified investor commitment"),
        "concentration_notice": translate("ReviewDetail", "Concentration explained"),
        "premium_notice": translate("ReviewDetail", "Premium affordability explained"),
        "recording": translate("ReviewDetail", "Audio and video recording (双录)"),
    }
    return names.get(kind, kind)


def action_label(action: str) -> str:
    names = {
        "case.start": translate("ReviewDetail", "Case started"),
        "case.profiled": translate("ReviewDetail", "Onboarding confirmed"),
        "assessment.submit": translate("ReviewDetail", "Risk assessment submitted"),
        "case.assessed": translate("ReviewDetail", "Assessment used for the case"),
        "case.match": translate("ReviewDetail", "Product matched"),
        "case.disclose": translate("ReviewDetail", "Disclosure recorded"),
        "case.sign": translate("ReviewDetail", "Signed and sealed"),
        "case.submit": translate("ReviewDetail", "Submitted for review"),
        "case.cosign": translate("ReviewDetail", "Co-signed by the supervisor"),
        "case.approve": translate("ReviewDetail", "Approved"),
        "case.return": translate("ReviewDetail", "Returned to the advisor"),
        "case.reject": translate("ReviewDetail", "Rejected"),
    }
    return names.get(action, action)


def entity_label(entity: str) -> str:
    return {
        "case": translate("ReviewDetail", "Case"),
        "assessment": translate("ReviewDetail", "Risk assessment"),
    }.get(entity, entity)


def role_of_signer(role: str) -> str:
    return {
        "client": translate("ReviewDetail", "Client"),
        "advisor": translate("ReviewDetail", "Advisor"),
    }.get(role, role)


class ReviewSections(QTabWidget):
    """The record's tabs: summary, disclosure, signatures, sealed PDF, decisions and trail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review.sections")
        self.setAccessibleName(translate("ReviewDetail", "Case record"))
        self.client = FormSection(translate("ReviewDetail", "Client and sale"))
        self.assessment = FormSection(translate("ReviewDetail", "Risk assessment"))
        self.matching = FormSection(translate("ReviewDetail", "Matching decision"))
        self.documents = FormSection(translate("ReviewDetail", "Documents shown"))
        self.attestations = FormSection(translate("ReviewDetail", "Attestations"))
        self.signatures = FormSection(translate("ReviewDetail", "Signatures"))
        self.pack = PackSection(self)
        self.reviews = FormSection(translate("ReviewDetail", "Decisions so far"))
        self.trail_box = QGroupBox(translate("ReviewDetail", "Audit trail of the case"))
        self.trail = record_table(
            "review.trail",
            translate("ReviewDetail", "Audit trail"),
            [
                translate("ReviewDetail", "Time"),
                translate("ReviewDetail", "By"),
                translate("ReviewDetail", "Action"),
                translate("ReviewDetail", "Record"),
            ],
        )
        self.chain_status = QLabel()
        self.chain_status.setObjectName("review.chain_status")
        self.chain_status.setAccessibleName(translate("ReviewDetail", "Audit chain verification"))
        self.chain_status.setWordWrap(True)
        self.chain_status.setTextFormat(Qt.TextFormat.PlainText)
        trail_column = QVBoxLayout(self.trail_box)
        trail_column.addWidget(self.chain_status)
        trail_column.addWidget(self.trail, 1)
        self.addTab(
            scrolling(self.client, self.assessment, self.matching),
            translate("ReviewDetail", "Summary"),
        )
        self.addTab(
            scrolling(self.documents, self.attestations), translate("ReviewDetail", "Disclosure")
        )
        self.addTab(scrolling(self.signatures), translate("ReviewDetail", "Signatures"))
        self.addTab(self.pack, translate("ReviewDetail", "Sealed PDF"))
        history = QWidget()
        history_column = QVBoxLayout(history)
        history_column.addWidget(self.reviews)
        history_column.addWidget(self.trail_box, 1)
        self.addTab(history, translate("ReviewDetail", "Decisions and audit trail"))

    def clear(self) -> None:
        for section in (self.client, self.assessment, self.matching):
            section.clear()
        for part in (self.documents, self.attestations, self.signatures, self.reviews):
            part.clear()
        self.trail.setRowCount(0)
        self.pack.clear()

    def show_record(self, record: CaseRecord) -> None:
        self._show_summary(record)
        self.documents.clear()
        if not record.documents:
            self.documents.add(translate("ReviewDetail", "None recorded"), "")
        for d in record.documents:
            self.documents.add(
                d.title,
                translate(
                    "ReviewDetail",
                    "Version {version} · read for {seconds} s · to the end: {end} · "
                    "risks acknowledged {acknowledged} / {total}",
                ).format(
                    version=d.template_version,
                    seconds=d.reading_seconds,
                    end=yes_no(d.scrolled_to_end),
                    acknowledged=d.risks_acknowledged,
                    total=d.risks_total,
                ),
            )
            self.documents.add(translate("ReviewDetail", "SHA-256"), d.sha256, mono=True)
        self._show_attestations(record)
        self.signatures.clear()
        for s in record.signatures:
            self.signatures.add(
                role_of_signer(s.role),
                translate("ReviewDetail", "{name}, signed at {time}").format(
                    name=s.signer_name, time=local_time(s.signed_at)
                ),
            )
            self.signatures.add(translate("ReviewDetail", "SHA-256"), s.sha256, mono=True)
            self.signatures.add(
                "", ink_label(s.strokes, translate("ReviewDetail", "Signature ink"))
            )
        self.pack.show_file(record)
        self.reviews.clear()
        if not record.reviews:
            self.reviews.add(translate("ReviewDetail", "None yet"), "")
        for review in record.reviews:
            self.reviews.add(
                labels.decision_label(review.kind),
                translate("ReviewDetail", "{name} at {time}").format(
                    name=review.decided_by, time=local_time(review.decided_at)
                ),
            )
            if review.comment:
                self.reviews.add("", review.comment)
            if review.strokes:
                self.reviews.add(
                    "", ink_label(review.strokes, translate("ReviewDetail", "Co-sign ink"))
                )
        set_rows(
            self.trail,
            [
                [local_time(t.at), t.actor, action_label(t.action), entity_label(t.entity)]
                for t in record.trail
            ],
        )

    def _show_summary(self, record: CaseRecord) -> None:
        facts, sale = record.client_facts, record.sale_facts
        self.client.fill(
            [
                (
                    translate("ReviewDetail", "Client"),
                    f"{record.client_name} ({record.client_id_masked})",
                ),
                (translate("ReviewDetail", "Birth date"), record.birth_date or "—"),
                (
                    translate("ReviewDetail", "Civil capacity"),
                    _choice(labels.civil_capacity_choices(), facts, "civil_capacity"),
                ),
                (
                    translate("ReviewDetail", "Investor class"),
                    _choice(labels.investor_class_choices(), facts, "investor_class"),
                ),
                (
                    translate("ReviewDetail", "Financial assets (yuan)"),
                    money_text(facts.get("financial_assets")),
                ),
                (
                    translate("ReviewDetail", "Annual income (yuan)"),
                    money_text(facts.get("annual_income")),
                ),
                (
                    translate("ReviewDetail", "Investment experience (years)"),
                    str(facts.get("investment_experience_years", "—")),
                ),
                (
                    translate("ReviewDetail", "Amount (yuan)"),
                    money_text(sale.get("amount", record.amount)),
                ),
                (
                    translate("ReviewDetail", "Annual premium (yuan)"),
                    money_text(sale.get("annual_premium")),
                ),
                (
                    translate("ReviewDetail", "Channel"),
                    dict(labels.channel_choices()).get(record.channel, "—"),
                ),
            ]
        )
        a = record.assessment
        if not a:
            self.assessment.fill(
                [
                    (
                        translate("ReviewDetail", "Assessment"),
                        translate("ReviewDetail", "None recorded"),
                    )
                ]
            )
        else:
            self.assessment.fill(
                [
                    (translate("ReviewDetail", "Risk level"), labels.level_label(str(a["level"]))),
                    (translate("ReviewDetail", "Score"), str(a["score"])),
                    (translate("ReviewDetail", "Lowest category"), yes_no(a["lowest_category"])),
                    (
                        translate("ReviewDetail", "Investment horizon"),
                        labels.horizon_label(str(a["horizon"])),
                    ),
                    (
                        translate("ReviewDetail", "Intended varieties"),
                        "、".join(labels.variety_label(v) for v in a["varieties"]) or "—",
                    ),
                    (translate("ReviewDetail", "Assessed at"), local_time(a["assessed_at"])),
                    (translate("ReviewDetail", "Valid until"), local_time(a["expires_at"])),
                    (translate("ReviewDetail", "Questionnaire"), str(a["questionnaire"])),
                ]
            )
            self.assessment.add(
                translate("ReviewDetail", "Questionnaire hash"),
                str(a["questionnaire_hash"]),
                mono=True,
            )
            self.assessment.add(
                translate("ReviewDetail", "Answers hash"), str(a["answers_hash"]), mono=True
            )
        m = record.match
        if not m:
            self.matching.fill(
                [
                    (
                        translate("ReviewDetail", "Matching"),
                        translate("ReviewDetail", "None recorded"),
                    )
                ]
            )
            return
        reasons = "\n".join(f"• {r.get('message', '')} ({r.get('code', '')})" for r in m["reasons"])
        self.matching.fill(
            [
                (translate("ReviewDetail", "Outcome"), labels.outcome_label(str(m["outcome"]))),
                (
                    translate("ReviewDetail", "Effective product risk"),
                    labels.rating_label(str(m["effective_risk"])),
                ),
                (translate("ReviewDetail", "Client's own initiative"), yes_no(m["own_initiative"])),
                (
                    translate("ReviewDetail", "Reasons"),
                    reasons or translate("ReviewDetail", "None: every rule passed"),
                ),
                (
                    translate("ReviewDetail", "Requires"),
                    "\n".join(f"• {labels.requirement_label(c)}" for c in m["requires"]) or "—",
                ),
                (translate("ReviewDetail", "Rule pack"), str(m["rulepack"])),
                (translate("ReviewDetail", "Matched at"), local_time(m["matched_at"])),
            ]
        )
        self.matching.add(
            translate("ReviewDetail", "Rule pack hash"), str(m["rulepack_hash"]), mono=True
        )

    def _show_attestations(self, record: CaseRecord) -> None:
        self.attestations.clear()
        if not record.attestations:
            self.attestations.add(translate("ReviewDetail", "None recorded"), "")
        points = dict(recording_checklist())
        for a in record.attestations:
            detail = a.detail
            lines = [
                translate("ReviewDetail", "Recorded at {time}").format(
                    time=local_time(a.recorded_at)
                )
            ]
            for key in ("sentence", "text"):
                if detail.get(key):
                    lines.append(str(detail[key]))
            if a.kind == "recording":
                lines.append(
                    translate("ReviewDetail", "Reference: {ref}").format(
                        ref=detail.get("reference", "")
                    )
                )
                lines.append(
                    translate("ReviewDetail", "SHA-256: {digest}").format(
                        digest=detail.get("sha256", "")
                    )
                )
                lines.extend(f"✓ {points.get(p, p)}" for p in detail.get("checklist", []))
            if "advisor_attests" in detail:
                lines.append(
                    translate("ReviewDetail", "Advisor attests: {v}").format(
                        v=yes_no(detail["advisor_attests"])
                    )
                )
            if "client_reconfirmed" in detail:
                lines.append(
                    translate("ReviewDetail", "Client reconfirmed: {v}").format(
                        v=yes_no(detail["client_reconfirmed"])
                    )
                )
            self.attestations.add(attestation_label(a.kind), "\n".join(lines))
            if isinstance(detail.get("strokes"), dict):
                self.attestations.add(
                    "", ink_label(detail["strokes"], translate("ReviewDetail", "Hand-copied ink"))
                )

    def show_chain(self, report: ChainReport) -> None:
        if report.ok:
            self.chain_status.setText(
                translate(
                    "ReviewDetail", "Chain intact — {n} events verified from genesis."
                ).format(n=report.events)
            )
            self.chain_status.setStyleSheet(OK_STYLE)
        else:
            self.chain_status.setText(
                translate("ReviewDetail", "Chain BROKEN at event {seq}: {problem}").format(
                    seq=report.first_broken_seq, problem=chain_problem_label(report.problem)
                )
            )
            self.chain_status.setStyleSheet(BAD_STYLE)

    def show_chain_pending(self) -> None:
        self.chain_status.setText(translate("ReviewDetail", "Verifying the audit chain…"))
        self.chain_status.setStyleSheet("")
