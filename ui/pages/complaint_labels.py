"""How complaints read on screen: codes as words, times in Beijing, urgency as colour."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtGui import QColor

from app.domain.complaint_clock import Urgency
from app.domain.work_calendar import LOCAL_ZONE
from app.i18n import active_language
from app.rulebook import after_sale_rules
from app.services.complaints import EventView
from ui.i18n import translate

OVERDUE_STYLE = "color: #b3261e; font-weight: 600;"
DUE_TODAY_STYLE = "color: #7a5900; font-weight: 600;"
DONE_STYLE = "color: #1b6e20;"


def local_time(moment: datetime | None) -> str:
    return moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M") if moment else "—"


def local_day(moment: datetime) -> str:
    return moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d")


def channel_label(code: str) -> str:
    language = active_language()
    found = next((c for c in after_sale_rules().channels if c.id == code), None)
    return found.text(language) if found else code


def category_label(code: str) -> str:
    language = active_language()
    found = next((c for c in after_sale_rules().categories if c.id == code), None)
    return found.text(language) if found else code


def status_label(code: str) -> str:
    names = {
        "received": translate("Complaints", "Received"),
        "acknowledged": translate("Complaints", "Acknowledged"),
        "assigned": translate("Complaints", "Assigned"),
        "decided": translate("Complaints", "Decided, client not yet told"),
        "informed": translate("Complaints", "Client informed"),
        "closed": translate("Complaints", "Closed"),
    }
    return names.get(code, code)


def urgency_label(urgency: Urgency) -> str:
    names = {
        Urgency.OVERDUE: translate("Complaints", "overdue"),
        Urgency.DUE_TODAY: translate("Complaints", "due today"),
        Urgency.OPEN: translate("Complaints", "open"),
        Urgency.DONE: translate("Complaints", "done"),
    }
    return names[urgency]


def urgency_style(urgency: Urgency) -> str:
    return {
        Urgency.OVERDUE: OVERDUE_STYLE,
        Urgency.DUE_TODAY: DUE_TODAY_STYLE,
        Urgency.DONE: DONE_STYLE,
    }.get(urgency, "")


def event_text(event: EventView) -> str:
    d: dict[str, Any] = event.detail
    if event.kind == "intake":
        what = translate("Complaints", "Taken in ({channel}, {category})").format(
            channel=channel_label(str(d.get("channel", ""))),
            category=category_label(str(d.get("category", ""))),
        )
    elif event.kind == "acknowledge":
        what = (
            translate("Complaints", "Receipt acknowledged (late)")
            if d.get("late")
            else translate("Complaints", "Receipt acknowledged")
        )
    elif event.kind == "assign":
        what = translate("Complaints", "Assigned to {name}").format(
            name=d.get("handler_name") or "?"
        )
    elif event.kind == "extend":
        decide_by = d.get("decide_by")
        what = translate("Complaints", "Extension {level}, decide by {day}: {reason}").format(
            level=d.get("level", "?"),
            day=local_day(datetime.fromisoformat(decide_by)) if decide_by else "?",
            reason=d.get("reason", ""),
        )
    elif event.kind == "decide":
        what = translate("Complaints", "Decision recorded")
    elif event.kind == "inform":
        what = translate("Complaints", "Client told the decision ({channel})").format(
            channel=channel_label(str(d.get("channel", "")))
        )
    elif event.kind == "close":
        what = translate("Complaints", "Closed")
    else:
        what = event.kind
    return f"{local_time(event.recorded_at)}  ·  {event.recorded_by}  ·  {what}"


# Rows of the list: (background, text) per urgency.
URGENCY_COLOURS = {
    Urgency.OVERDUE: (QColor("#fde7e4"), QColor("#8c1d18")),
    Urgency.DUE_TODAY: (QColor("#fff3c4"), QColor("#5f4b00")),
}
