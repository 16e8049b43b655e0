"""Business settings, declared once with their defaults and limits, stored in the database."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.domain.roles import Permission
from app.errors import FieldError, ValidationFailed
from app.i18n import translate
from app.services.context import Actor, Workspace, audited, require
from app.store.models import Setting


@dataclass(frozen=True)
class IntSetting:
    key: str
    default: int
    minimum: int
    maximum: int

    def read(self, session: Session) -> int:
        row = session.get(Setting, self.key)
        return self.default if row is None else int(json.loads(row.value))


IDLE_LOCK_MINUTES = IntSetting("idle_lock_minutes", default=5, minimum=1, maximum=60)
# How often the app syncs with head office in the background while someone is signed in.
SYNC_INTERVAL_MINUTES = IntSetting("sync_interval_minutes", default=5, minimum=1, maximum=240)


def get_int(ws: Workspace, setting: IntSetting) -> int:
    with ws.db.reading() as session:
        return setting.read(session)


def set_int(ws: Workspace, actor: Actor, setting: IntSetting, value: int) -> None:
    require(actor, Permission.SETTINGS_MANAGE)
    if not setting.minimum <= value <= setting.maximum:
        raise ValidationFailed(
            [
                FieldError(
                    setting.key,
                    "SETTING_RANGE",
                    translate("Settings", "Choose a value from {lo} to {hi}.").format(
                        lo=setting.minimum, hi=setting.maximum
                    ),
                )
            ]
        )
    with ws.db.writing() as session:
        row = session.get(Setting, setting.key)
        if row is None:
            row = Setting(key=setting.key, value="", updated_at=ws.now())
            session.add(row)
        row.value = json.dumps(value)
        row.updated_at = ws.now()
        audited(
            session,
            ws,
            actor,
            "settings.update",
            "setting",
            None,
            {"key": setting.key, "value": value},
        )
