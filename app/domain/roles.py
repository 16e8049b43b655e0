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
    CASE_CANCEL = "case.cancel"
    SURVEY_RECORD = "survey.record"
    RETURN_VISIT = "visit.record"
    VISIT_FOLLOW_UP = "visit.follow_up"
    COMPLAINT_INTAKE = "complaint.intake"
    COMPLAINT_HANDLE = "complaint.handle"
    COMPLAINT_APPROVE_EXTENSION = "complaint.approve_extension"
    CALENDAR_MANAGE = "calendar.manage"
    SYNC = "sync.run"  # push and pull with head office, see what is left or refused


GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADVISOR: frozenset(
        {
            Permission.CLIENT_READ,
            Permission.CLIENT_WRITE,
            Permission.CLIENT_REVEAL_ID,
            Permission.CATALOG_READ,
            Permission.ASSESS,
            Permission.CASE_WORK,
            Permission.CASE_CANCEL,
            Permission.SURVEY_RECORD,
            Permission.COMPLAINT_INTAKE,
            Permission.SYNC,
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
            Permission.VISIT_FOLLOW_UP,
            Permission.SURVEY_RECORD,
            Permission.COMPLAINT_INTAKE,
            Permission.COMPLAINT_HANDLE,
            Permission.COMPLAINT_APPROVE_EXTENSION,
            Permission.SYNC,
        }
    ),
    Role.SERVICE: frozenset(
        {
            Permission.CLIENT_READ,
            Permission.CATALOG_READ,
            Permission.CASE_CANCEL,
            Permission.SURVEY_RECORD,
            Permission.RETURN_VISIT,
            Permission.COMPLAINT_INTAKE,
            Permission.COMPLAINT_HANDLE,
            Permission.SYNC,
        }
    ),
    Role.ADMIN: frozenset(
        {
            Permission.USER_MANAGE,
            Permission.SETTINGS_MANAGE,
            Permission.AUDIT_VERIFY,
            Permission.CATALOG_READ,
            Permission.CATALOG_MANAGE,
            Permission.DEVICE_READ,
            Permission.COMPLAINT_INTAKE,
            Permission.CALENDAR_MANAGE,
            Permission.SYNC,
        }
    ),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in GRANTS[role]
