"""Names people read on the sync screens: kinds of record, client fields, refusal reasons."""

from __future__ import annotations

import json
from typing import Any

from ui.i18n import translate


def entity_label(entity: str) -> str:
    names = {
        "assessment": translate("SyncLabels", "Risk assessment"),
        "branch": translate("SyncLabels", "Branch"),
        "calendar_day": translate("SyncLabels", "Calendar day"),
        "case": translate("SyncLabels", "Sales case"),
        "case_attestation": translate("SyncLabels", "Attestation"),
        "case_cancellation": translate("SyncLabels", "Cancellation"),
        "case_document": translate("SyncLabels", "Signed document"),
        "case_match": translate("SyncLabels", "Suitability match"),
        "case_review": translate("SyncLabels", "Supervisor's decision"),
        "client": translate("SyncLabels", "Client"),
        "complaint": translate("SyncLabels", "Complaint"),
        "complaint_event": translate("SyncLabels", "Complaint step"),
        "consent": translate("SyncLabels", "Consent"),
        "device": translate("SyncLabels", "Device"),
        "disclosure_record": translate("SyncLabels", "Disclosure record"),
        "product": translate("SyncLabels", "Product"),
        "rating_notice": translate("SyncLabels", "Rating-change notice"),
        "return_visit": translate("SyncLabels", "Return visit"),
        "sales_target": translate("SyncLabels", "Sales target"),
        "signature": translate("SyncLabels", "Signature"),
        "survey": translate("SyncLabels", "Satisfaction survey"),
        "user": translate("SyncLabels", "User"),
        "visit_follow_up": translate("SyncLabels", "Return-visit follow-up"),
    }
    return names.get(entity, entity)


def field_label(entity: str, field: str) -> str:
    """A field's name as its form shows it (the client form's own labels)."""
    if entity != "client":
        return field
    names = {
        "name": translate("ClientForm", "Name"),
        "id_number": translate("ClientForm", "ID number"),
        "phone": translate("ClientForm", "Mobile"),
        "email": translate("ClientForm", "Email"),
        "address": translate("ClientForm", "Address"),
        "occupation": translate("ClientForm", "Occupation"),
        "employer": translate("ClientForm", "Employer"),
        "annual_income": translate("ClientForm", "Annual income (yuan)"),
        "income_3y_avg": translate("ClientForm", "Average annual income, last 3 years (yuan)"),
        "financial_assets": translate("ClientForm", "Financial assets (yuan)"),
        "family_financial_assets": translate("ClientForm", "Family financial assets (yuan)"),
        "family_financial_net_assets": translate(
            "ClientForm", "Family financial net assets (yuan)"
        ),
        "investment_experience_years": translate("ClientForm", "Years of investment experience"),
        "guardian_name": translate("ClientForm", "Guardian"),
        "guardian_consent": translate("ClientForm", "The guardian consents"),
    }
    return names.get(field, field)


def value_text(value: Any) -> str:
    """A conflict's value (JSON, as it travels) as text to read and edit."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("SyncLabels", "yes") if value else translate("SyncLabels", "no")
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def reason_label(reason: str) -> str:
    """Why head office refused a change, for the "needs attention" list."""
    known = {
        "signed record changed": translate(
            "SyncLabels",
            "A signed record was sent again with different content; head office keeps the "
            "first one.",
        ),
        "op_id reused with different content": translate(
            "SyncLabels", "The same change was sent twice with different content."
        ),
        "payload_sha256 does not match the payload": translate(
            "SyncLabels", "The change was damaged on the way."
        ),
        "published by head office only": translate(
            "SyncLabels", "Only head office changes this kind of record."
        ),
        "missing_blob": translate(
            "SyncLabels", "The PDF this record refers to did not reach head office."
        ),
        "unknown record: upsert it first": translate(
            "SyncLabels", "Head office does not have the record this change edits."
        ),
        "record deleted": translate("SyncLabels", "Head office deleted this record."),
    }
    if reason.startswith(("unknown entity", "unknown op")):
        return translate(
            "SyncLabels", "Head office does not know this kind of change (update head office)."
        )
    return known.get(reason, reason)
