"""Advisors' monthly sales targets (RULES §9: the denominator of sales against target)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    select,
)

from app.domain.kpis import (
    Period,
    is_month_key,
)
from app.domain.money import DEFAULT_MAXIMUM
from app.domain.roles import Permission, Role
from app.errors import FieldError, NotFound, ValidationFailed
from app.i18n import translate
from app.services.context import Actor, Workspace, audited, require
from app.services.kpi_sales import CENT
from app.store.ids import new_id
from app.store.models import (
    SalesTarget,
    User,
)
from app.store.serialize import row_dict


@dataclass(frozen=True)
class TargetView:
    target_id: str
    advisor_id: str
    advisor_name: str
    period: str
    amount: Decimal
    version: int
    updated_at: datetime


def _amount_problems(amount: Decimal) -> list[FieldError]:
    def error(rule: str, message: str) -> list[FieldError]:
        return [FieldError("amount", rule, message)]

    if not isinstance(amount, Decimal) or not amount.is_finite():
        return error("MONEY_FORMAT", translate("Kpis", "Enter the target as an amount of yuan."))
    if amount < 0:
        return error("MONEY_NEGATIVE", translate("Kpis", "A target cannot be negative."))
    if amount != amount.quantize(CENT):
        return error("MONEY_PRECISION", translate("Kpis", "At most 2 decimal places (fen)."))
    if amount > DEFAULT_MAXIMUM:
        return error("MONEY_TOO_LARGE", translate("Kpis", "This target is too large."))
    return []


def set_target(
    ws: Workspace, actor: Actor, advisor_user_id: str, period: str, amount: Decimal
) -> TargetView:
    """Set an advisor's sales target for one month (``YYYY-MM``); replaces an earlier one."""
    require(actor, Permission.TARGET_MANAGE)
    errors = _amount_problems(amount)
    if not is_month_key(period):
        message = translate("Kpis", "Choose a month as YYYY-MM, e.g. 2026-03.")
        errors.insert(0, FieldError("period", "PERIOD_FORMAT", message))
    if errors:
        raise ValidationFailed(errors)
    amount = amount.quantize(CENT)
    now = ws.now()
    with ws.db.writing() as session:
        advisor = session.get(User, advisor_user_id)
        if (
            advisor is None
            or advisor.branch_id != actor.branch_id
            or advisor.role != Role.ADVISOR.value
            or advisor.disabled
        ):
            raise NotFound(
                translate("Kpis", "This advisor is not an active advisor of your branch.")
            )
        target = session.scalars(
            select(SalesTarget).where(
                SalesTarget.advisor_user_id == advisor.id, SalesTarget.period == period
            )
        ).one_or_none()
        previous: Decimal | None = None
        if target is None:
            target = SalesTarget(
                id=new_id(),
                advisor_user_id=advisor.id,
                branch_id=actor.branch_id,
                period=period,
                amount=amount,
                created_at=now,
                updated_at=now,
                origin_device_id=ws.device_id,
            )
            session.add(target)
        else:
            previous = target.amount if target.deleted_at is None else None
            target.amount = amount
            target.branch_id = actor.branch_id
            target.deleted_at = None
            target.updated_at = now
        session.flush()
        audited(
            session,
            ws,
            actor,
            "kpi.set_target",
            "sales_target",
            target.id,
            {
                "advisor_user_id": advisor.id,
                "period": period,
                "amount": amount,
                "previous": previous,
            },
            outbox=row_dict(target),
        )
        return _target_view(target, advisor.display_name)


def list_targets(ws: Workspace, actor: Actor, period: Period | None = None) -> list[TargetView]:
    """The branch's monthly targets (those in ``period``'s months if given), by month, name."""
    require(actor, Permission.KPI_READ)
    stmt = (
        select(SalesTarget, User.display_name)
        .join(User, User.id == SalesTarget.advisor_user_id)
        .where(SalesTarget.branch_id == actor.branch_id, SalesTarget.deleted_at.is_(None))
        .order_by(SalesTarget.period, User.display_name, SalesTarget.advisor_user_id)
    )
    if period is not None:
        stmt = stmt.where(SalesTarget.period.in_(period.months()))
    with ws.db.reading() as session:
        return [_target_view(target, name) for target, name in session.execute(stmt)]


def _target_view(target: SalesTarget, advisor_name: str) -> TargetView:
    return TargetView(
        target_id=target.id,
        advisor_id=target.advisor_user_id,
        advisor_name=advisor_name,
        period=target.period,
        amount=target.amount,
        version=target.version,
        updated_at=target.updated_at,
    )
