"""How often a client may be assessed and how long an assessment holds (pure).

``RULES.md`` §4 (NFRA-2025 Art. 29): at most ``max_per_day`` assessments a calendar day
and ``max_per_12_months`` in any 12 months; valid ``validity_months`` calendar months.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from app.domain.dates import add_months
from app.domain.rulepack import RulePack
from app.domain.suitability import LOCAL_ZONE, assessment_expires_at

EXPIRING_SOON_DAYS = 30


def next_attempt_at(history: Sequence[datetime], now: datetime, pack: RulePack) -> datetime | None:
    """When the next assessment becomes possible, or ``None`` if it is possible now.

    ``history`` holds the times of the client's earlier submitted assessments.
    """
    local_now = now.astimezone(LOCAL_ZONE)
    today = local_now.date()
    blocked_until: datetime | None = None
    same_day = [t for t in history if t.astimezone(LOCAL_ZONE).date() == today]
    if len(same_day) >= pack.max_per_day:
        tomorrow = datetime.combine(today + timedelta(days=1), datetime.min.time(), LOCAL_ZONE)
        blocked_until = tomorrow
    window = sorted(t for t in history if add_window(t, pack) > now)
    if len(window) >= pack.max_per_12_months:
        # The oldest attempt that still counts must leave the 12-month window first.
        excess = len(window) - pack.max_per_12_months
        frees_at = add_window(window[excess], pack)
        if blocked_until is None or frees_at > blocked_until:
            blocked_until = frees_at
    return blocked_until


def add_window(at: datetime, pack: RulePack) -> datetime:
    """The end of the 12-month counting window that starts at ``at``."""
    local = at.astimezone(LOCAL_ZONE)
    return datetime.combine(add_months(local.date(), 12), local.timetz())


def expires_at(assessed_at: datetime, pack: RulePack) -> datetime:
    return assessment_expires_at(assessed_at, pack.validity_months)


def is_valid(assessed_at: datetime, now: datetime, pack: RulePack) -> bool:
    return now < expires_at(assessed_at, pack)


def expiring_soon(assessed_at: datetime, now: datetime, pack: RulePack) -> bool:
    """Valid now but expiring within :data:`EXPIRING_SOON_DAYS` days."""
    end = expires_at(assessed_at, pack)
    return now < end <= now + timedelta(days=EXPIRING_SOON_DAYS)
