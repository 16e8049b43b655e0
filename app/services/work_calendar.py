"""The calendar in force: the shipped public holidays with the administrators' changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.roles import Permission
from app.domain.work_calendar import WorkCalendar
from app.errors import FieldError, ValidationFailed
from app.i18n import translate
from app.rulebook import shipped_calendar
from app.services.context import Actor, Workspace, audited, require
from app.store.ids import new_id
from app.store.models import CalendarDay
from app.store.serialize import row_dict

KINDS = ("holiday", "workday", "normal")


@dataclass(frozen=True)
class CalendarChange:
    day: date
    kind: str
    name: str


def calendar_in(session: Session) -> WorkCalendar:
    """The shipped calendar with every change an administrator recorded."""
    shipped = shipped_calendar()
    holidays, workdays = set(shipped.holidays), set(shipped.extra_workdays)
    for row in session.scalars(select(CalendarDay).where(CalendarDay.deleted_at.is_(None))):
        holidays.discard(row.day)
        workdays.discard(row.day)
        if row.kind == "holiday":
            holidays.add(row.day)
        elif row.kind == "workday":
            workdays.add(row.day)
    return WorkCalendar.of(holidays, workdays)


def list_changes(ws: Workspace, actor: Actor) -> list[CalendarChange]:
    require(actor, Permission.CALENDAR_MANAGE)
    with ws.db.reading() as session:
        rows = session.scalars(
            select(CalendarDay).where(CalendarDay.deleted_at.is_(None)).order_by(CalendarDay.day)
        ).all()
    return [CalendarChange(r.day, r.kind, r.name) for r in rows]


def set_day(ws: Workspace, actor: Actor, day: date, kind: str, name: str = "") -> None:
    """Make ``day`` a holiday, a worked day, or (``normal``) follow the weekday rule."""
    require(actor, Permission.CALENDAR_MANAGE)
    if kind not in KINDS:
        raise ValidationFailed(
            [FieldError("kind", "CHOICE_INVALID", translate("Calendar", "Choose the kind of day."))]
        )
    now = ws.now()
    with ws.db.writing() as session:
        row = session.scalars(select(CalendarDay).where(CalendarDay.day == day)).first()
        if row is None:
            row = CalendarDay(
                id=new_id(),
                day=day,
                kind=kind,
                name=name.strip(),
                created_at=now,
                updated_at=now,
                origin_device_id=ws.device_id,
            )
            session.add(row)
        else:
            row.kind, row.name, row.updated_at = kind, name.strip(), now
            row.deleted_at = None
            row.version += 1
        session.flush()
        audited(
            session,
            ws,
            actor,
            "calendar.set_day",
            "calendar_day",
            row.id,
            {"day": day.isoformat(), "kind": kind},
            outbox=row_dict(row),
        )
