"""The after-sale rows of the 1,000,000-case branch: return visits (only for sales that
need one), satisfaction surveys and complaints, queued per batch of cases."""

from __future__ import annotations

import json
import random
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from app.rulebook import after_sale_rules
from bench.branch_shape import DAY, HOUR, SEED, _Ids, _iso, _iso_ts

if TYPE_CHECKING:
    from bench.branch_data import Builder


IN_FORCE = frozenset({"signed", "submitted", "approved"})  # what gets a visit, a survey
SERVICE_USERS = 3
VISIT_ANSWERS = json.dumps(
    {point.id: True for point in after_sale_rules().visit_checklist}, separators=(",", ":")
)
SCORES = (5,) * 45 + (4,) * 30 + (3,) * 15 + (2,) * 6 + (1,) * 4
COMPLAINT_CATEGORIES = ("mis_selling", "disclosure", "fees", "product", "service", "other")


class AfterSale:
    """Return visits, surveys and complaints of the sales, rows queued per batch of cases."""

    def __init__(self, builder: Builder, conn: Any) -> None:
        self.rng = random.Random(SEED + 2)
        self.ids = _Ids(random.Random(SEED + 3))
        self.conn, self.device, self.branch = conn, builder.device_id, builder.branch_id
        self.now = builder.now.timestamp()
        self.counts = {"return_visits": 0, "surveys": 0, "complaints": 0}
        self.visits: list[tuple[Any, ...]] = []
        self.surveys: list[tuple[Any, ...]] = []
        self.complaints: list[tuple[Any, ...]] = []
        made = _iso(builder.start - timedelta(days=30))
        self.service: list[str] = []
        for n in range(1, SERVICE_USERS + 1):
            user_id = self.ids.at(builder.start - timedelta(days=30))
            self.service.append(user_id)
            conn.execute(
                "INSERT INTO users (id, created_at, updated_at, version, origin_device_id, "
                "username, display_name, role, branch_id, disabled) "
                "VALUES (?, ?, ?, 1, ?, ?, ?, 'service', ?, 0)",
                (user_id, made, made, self.device, f"service{n:02d}", f"回访专员{n}", self.branch),
            )

    def sale(
        self,
        case_id: str,
        client_id: str,
        advisor: str,
        state: str,
        signed: float,
        start: float,
        *,
        visit: bool,
    ) -> None:
        """What follows one signed case (``start``: when contact may begin; ``visit``: it
        needs a return visit — private products, ``warn`` and special-care sales)."""
        rng = self.rng
        if state in IN_FORCE:
            if visit:
                self._visit(case_id, start)
            if rng.random() < 0.12:
                at = start + rng.uniform(1, 20) * DAY
                if at < self.now:
                    score = None if rng.random() < 0.15 else SCORES[int(rng.random() * 100)]
                    self._survey(at, client_id, case_id, None, score)
        if rng.random() < 0.003:
            self._complaint(client_id, case_id, advisor, signed + rng.uniform(3, 150) * DAY)
        if rng.random() < 0.001:  # about the bank, no case in particular
            self._complaint(client_id, None, None, signed + rng.uniform(1, 300) * DAY)

    def _visit(self, case_id: str, start: float) -> None:
        rng = self.rng
        at = start + rng.uniform(0.05, 1.5) * DAY
        if rng.random() < 0.05:  # nobody answered the first call
            self._visit_row(case_id, "unreachable", at)
            at += rng.uniform(0.5, 3) * DAY
        draw = rng.random()
        if draw < 0.02:
            return  # never visited
        at += rng.uniform(6, 20) * DAY if draw < 0.09 else rng.uniform(0, 4) * DAY
        self._visit_row(case_id, "problem" if rng.random() < 0.03 else "confirmed", at)

    def _visit_row(self, case_id: str, outcome: str, at: float) -> None:
        if at >= self.now:
            return
        stamp = _iso_ts(at)
        problem = outcome == "problem"
        self.visits.append(
            (
                self.ids.at(at),
                stamp,
                stamp,
                self.device,
                case_id,
                outcome,
                "{}" if outcome == "unreachable" else VISIT_ANSWERS,
                "客户对费用有疑问" if problem else "",
                "supervisor" if problem else "",
                stamp,
                self.service[int(self.rng.random() * SERVICE_USERS)],
            )
        )

    def _survey(
        self,
        at: float,
        client_id: str,
        case_id: str | None,
        complaint_id: str | None,
        score: int | None,
    ) -> None:
        stamp = _iso_ts(at)
        kind = "after_signing" if case_id else "after_complaint"
        recorder = self.service[int(self.rng.random() * SERVICE_USERS)]
        row = (self.ids.at(at), stamp, stamp, self.device, kind, client_id, case_id)
        self.surveys.append((*row, complaint_id, score, stamp, recorder))

    def _complaint(
        self, client_id: str, case_id: str | None, subject: str | None, received: float
    ) -> None:
        rng = self.rng
        if received >= self.now:
            return
        handler = self.service[int(rng.random() * SERVICE_USERS)]
        acknowledged = received + rng.uniform(1, 20) * HOUR
        late = rng.random() < 0.12  # past the 15 days (extended, or just late)
        decided = received + (rng.uniform(15, 40) if late else rng.uniform(2, 13)) * DAY
        closed = decided + rng.uniform(0, 3) * DAY
        done = closed < self.now and rng.random() < 0.95
        complaint_id = self.ids.at(received)
        stamp = _iso_ts(received)
        self.complaints.append(
            (
                complaint_id,
                stamp,
                stamp,
                self.device,
                client_id,
                case_id,
                subject,
                self.branch,
                rng.choice(("counter", "phone", "letter", "online")),
                rng.choice(COMPLAINT_CATEGORIES),
                stamp,
                handler,
                handler,
                _iso_ts(min(acknowledged, self.now)),
                _iso_ts(received + 15 * DAY),
                "已向客户说明处理结果" if done else "",
                _iso_ts(decided) if done else None,
                "phone" if done else "",
                _iso_ts(closed) if done else None,
                "closed" if done else "assigned",
            )
        )
        if done and rng.random() < 0.5:
            at = closed + rng.uniform(1, 5) * DAY
            if at < self.now:
                # Less content after a complaint than after a sale.
                score = None if rng.random() < 0.2 else max(1, SCORES[int(rng.random() * 100)] - 1)
                self._survey(at, client_id, None, complaint_id, score)

    def flush(self) -> None:
        """Insert what was queued (after the batch's cases: the rows refer to them)."""
        self.conn.executemany(
            "INSERT INTO complaints (id, created_at, updated_at, version, origin_device_id, "
            "client_id, case_id, subject_user_id, branch_id, channel, category, description, "
            "received_at, received_by, handler_user_id, acknowledged_at, extension_level, "
            "decide_by, resolution, root_cause, decided_at, informed_channel, closed_at, status) "
            "VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, '客户投诉', ?, ?, ?, ?, 0, ?, ?, '', ?, ?, "
            "?, ?)",
            self.complaints,
        )
        self.conn.executemany(
            "INSERT INTO return_visits (id, created_at, updated_at, version, origin_device_id, "
            "case_id, outcome, answers, notes, escalation, complaint_id, visited_at, "
            "visited_by) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
            self.visits,
        )
        self.conn.executemany(
            "INSERT INTO surveys (id, created_at, updated_at, version, origin_device_id, kind, "
            "client_id, case_id, complaint_id, score, comment, recorded_at, recorded_by) "
            "VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, '', ?, ?)",
            self.surveys,
        )
        for name, rows in (
            ("complaints", self.complaints),
            ("return_visits", self.visits),
            ("surveys", self.surveys),
        ):
            self.counts[name] += len(rows)
            rows.clear()
