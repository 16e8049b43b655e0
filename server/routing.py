"""Which entities the server accepts, which are signed (immutable), and who receives them.

Entity names are the client's outbox ``entity`` values (singular: ``case``, ``client``…).
Audiences, per change-log row:

- ``all``: every device (catalog products, questionnaires and rule packs, calendar days);
- ``owner``: the devices of the record's advisor (the device that created it, and devices
  that advisor has worked on) and the supervisors of its branch — cases, clients and the
  decisions on a case (reviews, cancellations), so an advisor sees what happened to their case;
- ``branch``: the supervisors of the record's branch — every other record of a case;
- ``none``: kept at head office only (audit events, the device's own set-up rows).

A device never receives a row it caused itself.
"""

from __future__ import annotations

from typing import Final

IMMUTABLE: Final = frozenset(
    {
        "assessment",
        "case_match",
        "disclosure_record",
        "case_attestation",
        "signature",
        "case_document",
        "case_review",
        "case_cancellation",
        "return_visit",
        "visit_follow_up",
        "complaint_event",
        "survey",
        "consent",
        "audit_event",
    }
)
MUTABLE: Final = frozenset(
    {
        "client",
        "case",
        "complaint",
        "user",
        "calendar_day",
        "sales_target",
        "rating_notice",
        "product",
        "branch",
        "device",
    }
)
# Published by head office only (``advisor-desk-server publish-*``); a device cannot push them.
SERVER_ONLY: Final = frozenset({"resource"})

ALL, OWNER, BRANCH, NONE = "all", "owner", "branch", "none"
_AUDIENCE: Final = {
    "product": ALL,
    "resource": ALL,
    "calendar_day": ALL,
    "case": OWNER,
    "client": OWNER,
    "case_review": OWNER,
    "case_cancellation": OWNER,
    "sales_target": OWNER,
    "audit_event": NONE,
    "branch": NONE,
    "device": NONE,
}
# The payload field naming the advisor (a client user id) a record belongs to.
ADVISOR_FIELD: Final = {
    "case": "advisor_user_id",
    "client": "owner_user_id",
    "sales_target": "advisor_user_id",
}
# Advisors working on a device are learnt from these (only when an advisor device sends them).
ADVISOR_LINKING: Final = frozenset({"case", "client"})


def audience(entity: str) -> str:
    return _AUDIENCE.get(entity, BRANCH)


def is_known(entity: str) -> bool:
    return entity in IMMUTABLE or entity in MUTABLE
