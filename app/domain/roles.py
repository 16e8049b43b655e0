"""Roles and what each may do. Services check these; the UI only hides what is denied."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADVISOR = "advisor"
    SUPERVISOR = "supervisor"
    SERVICE = "service"
    ADMIN = "admin"


class Permission(StrEnum):
    CLIENT_READ = "client.read"
    CLIENT_WRITE = "client.write"
    CLIENT_REVEAL_ID = "client.reveal_id"
    USER_MANAGE = "user.manage"
    SETTINGS_MANAGE = "settings.manage"
    AUDIT_VERIFY = "audit.verify"
    CATALOG_READ = "catalog.read"
    CATALOG_MANAGE = "catalog.manage"
    ASSESS = "assessment.take"
    CASE_WORK = "case.work"
    CASE_REVIEW = "case.review"
    KPI_READ = "kpi.read"
    TARGET_MANAGE = "kpi.targets"
    DEVICE_READ = "device.read"


GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADVISOR: frozenset(
        {
            Permission.CLIENT_READ,
            Permission.CLIENT_WRITE,
            Permission.CLIENT_REVEAL_ID,
            Permission.CATALOG_READ,
            Permission.ASSESS,
            Permission.CASE_WORK,
        }
    ),
    Role.SUPERVISOR: frozenset(
        {
            Permission.CLIENT_READ,
            Permission.CLIENT_REVEAL_ID,
            Permission.AUDIT_VERIFY,
            Permission.CATALOG_READ,
            Permission.CASE_REVIEW,
            Permission.KPI_READ,
            Permission.TARGET_MANAGE,
        }
    ),
    Role.SERVICE: frozenset({Permission.CLIENT_READ, Permission.CATALOG_READ}),
    Role.ADMIN: frozenset(
        {
            Permission.USER_MANAGE,
            Permission.SETTINGS_MANAGE,
            Permission.AUDIT_VERIFY,
            Permission.CATALOG_READ,
            Permission.CATALOG_MANAGE,
            Permission.DEVICE_READ,
        }
    ),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in GRANTS[role]
