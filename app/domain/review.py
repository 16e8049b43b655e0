"""What a supervisor must look at in a signed case, and which decisions are open.

Flags are fixed when the case is signed (RULES §5): a ``warn`` outcome, elderly special
care, a recording that is missing or incomplete, an assessment that had expired by the
signing time, a lowest-category client, and affordability notices.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import IntFlag, StrEnum


class Flag(IntFlag):
    WARN = 1
    ELDERLY_CARE = 2
    RECORDING = 4
    ASSESSMENT_EXPIRED = 8
    LOWEST_CATEGORY = 16
    AFFORDABILITY = 32


ALL_FLAGS: tuple[Flag, ...] = tuple(Flag)

# Cases with one of these flags need a supervisor's co-sign before approval.
COSIGN_FLAGS = Flag.WARN | Flag.ELDERLY_CARE

AFFORDABILITY_CODES = frozenset(
    {"AFFORDABILITY_EXCEEDED", "CONCENTRATION_NOTICE", "PREMIUM_AFFORDABILITY_NOTICE"}
)


class Decision(StrEnum):
    COSIGN = "cosign"
    APPROVE = "approve"
    RETURN = "return"
    REJECT = "reject"


@dataclass(frozen=True)
class SignedFacts:
    """What the flags are computed from, read from the case's immutable records."""

    outcome: str
    reason_codes: tuple[str, ...]
    requires: tuple[str, ...]
    lowest_category: bool
    assessment_expires_at: datetime | None
    signed_at: datetime
    recording_points: tuple[str, ...] = ()
    recording_covered: tuple[str, ...] | None = None
    recording_reference: str = ""
    recording_sha256: str = ""


def flags_for(facts: SignedFacts) -> Flag:
    """The review flags of a signed case."""
    flags = Flag(0)
    if facts.outcome == "warn":
        flags |= Flag.WARN
    if "ELDERLY_SPECIAL_CARE" in facts.requires:
        flags |= Flag.ELDERLY_CARE
    if _recording_needed(facts) and not _recording_complete(facts):
        flags |= Flag.RECORDING
    if facts.assessment_expires_at is not None and facts.assessment_expires_at <= facts.signed_at:
        flags |= Flag.ASSESSMENT_EXPIRED
    if facts.lowest_category or "LOWEST_CATEGORY" in facts.reason_codes:
        flags |= Flag.LOWEST_CATEGORY
    if AFFORDABILITY_CODES & (set(facts.reason_codes) | set(facts.requires)):
        flags |= Flag.AFFORDABILITY
    return flags


def _recording_needed(facts: SignedFacts) -> bool:
    return "DUAL_RECORDING" in facts.requires or "SPECIAL_WARNING_SIGNED" in facts.requires


def _recording_complete(facts: SignedFacts) -> bool:
    if facts.recording_covered is None:
        return False
    if len(facts.recording_sha256) != 64 or not facts.recording_reference.strip():
        return False
    return set(facts.recording_points) <= set(facts.recording_covered)


def flag_list(bits: int) -> tuple[Flag, ...]:
    """The flags of a stored bit set, in a fixed order."""
    return tuple(f for f in ALL_FLAGS if bits & f)


def needs_cosign(bits: int) -> bool:
    return bool(bits & COSIGN_FLAGS)


def open_decisions(bits: int, decisions: Iterable[Decision]) -> frozenset[Decision]:
    """What a supervisor may still do on a submitted case given the decisions so far.

    Co-signing comes first where the flags need it; return and reject are always open;
    approval waits for the co-sign.
    """
    done = set(decisions)
    allowed = {Decision.RETURN, Decision.REJECT}
    cosign_needed = needs_cosign(bits)
    if cosign_needed and Decision.COSIGN not in done:
        allowed.add(Decision.COSIGN)
    if not cosign_needed or Decision.COSIGN in done:
        allowed.add(Decision.APPROVE)
    return frozenset(allowed)
