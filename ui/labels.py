"""Translated display names for the codes the core stores."""

from __future__ import annotations

from ui.i18n import translate


def id_type_choices() -> list[tuple[str, str]]:
    return [
        ("mainland_id", translate("Labels", "Resident ID card")),
        ("passport", translate("Labels", "Passport")),
        ("hk_macao_permit", translate("Labels", "Mainland travel permit (HK/Macao)")),
        ("taiwan_permit", translate("Labels", "Mainland travel permit (Taiwan)")),
        ("hk_macao_taiwan_residence", translate("Labels", "Residence permit (HK/Macao/Taiwan)")),
        ("foreign_permanent_residence", translate("Labels", "Foreigner's permanent residence ID")),
    ]


def id_type_label(code: str) -> str:
    return dict(id_type_choices()).get(code, code)


def gender_choices() -> list[tuple[str, str]]:
    return [
        ("unknown", translate("Labels", "Not stated")),
        ("female", translate("Labels", "Female")),
        ("male", translate("Labels", "Male")),
    ]


def civil_capacity_choices() -> list[tuple[str, str]]:
    return [
        ("full", translate("Labels", "Full civil capacity")),
        ("limited", translate("Labels", "Limited civil capacity")),
        ("none", translate("Labels", "No civil capacity")),
    ]


def investor_class_choices() -> list[tuple[str, str]]:
    return [
        ("ordinary", translate("Labels", "Ordinary investor")),
        ("professional", translate("Labels", "Professional investor")),
    ]


def role_choices() -> list[tuple[str, str]]:
    return [
        ("advisor", translate("Labels", "Advisor")),
        ("supervisor", translate("Labels", "Supervisor")),
        ("service", translate("Labels", "Service staff")),
        ("admin", translate("Labels", "Administrator")),
    ]


def role_label(code: str) -> str:
    return dict(role_choices()).get(code, code)
