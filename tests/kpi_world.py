"""A small branch with hand-computed KPIs (RULES §9), inserted directly as rows.

Two advisors (李明 "A" and 赵丽 "B") with cases around the edges of March 2026 in
Asia/Shanghai (the month is 2026-02-28T16:00Z – 2026-03-31T16:00Z), a returned case and
its new version, a deleted case, cancelled/rejected/returned sales, clients with
assessments about to expire, complaints (one about nobody in particular), satisfaction
surveys, return visits, and another branch whose data must never show. The expected
figures below were worked out by hand from the tables :data:`CASES`, :data:`COMPLAINTS`,
:data:`SURVEYS` and :data:`VISITS`, with the shipped 2026 calendar (no holiday in March;
15–23 February off, Saturday 28 February worked; 4–6 April off).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from app.domain.complaint_clock import ComplaintClock, deadlines, decided_within_base_period
from app.domain.kpis import (
    CaseFacts,
    ClientFacts,
    ComplaintFacts,
    Period,
    PeriodKind,
    SurveyFacts,
    TargetFacts,
)
from app.domain.roles import Role
from app.rulebook import after_sale_rules, shipped_calendar
from app.services.context import Actor, Workspace
from app.services.return_visits import VISIT_FLAGS, VISITED_STATES, visit_deadline, visit_start
from app.store.ids import new_id
from app.store.models import (
    Assessment,
    Branch,
    CaseMatch,
    Client,
    Complaint,
    Product,
    ReturnVisit,
    SalesCase,
    SalesTarget,
    Survey,
    User,
)
from tests.conftest import mainland_id

D = Decimal

NOW = datetime(2026, 3, 20, 4, 0, tzinfo=UTC)
MARCH = Period(PeriodKind.MONTH, 2026, 3)
Q1 = Period(PeriodKind.QUARTER, 2026, 1)


def utc(
    month: int, day: int, hour: int = 2, minute: int = 0, second: int = 0, year: int = 2026
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


# Clients: label -> (owner, deleted, newest-last list of assessment expiries).
CLIENTS: dict[str, tuple[str, bool, tuple[datetime, ...]]] = {
    "cA1": ("A", False, (utc(4, 1),)),  # expires in 12 days: counted
    "cA2": ("A", False, (utc(3, 25), utc(3, 1, year=2027))),  # renewed: not counted
    "cA3": ("A", False, (utc(3, 19),)),  # already expired
    "cA4": ("A", False, ()),  # never assessed
    "cA5": ("A", True, (utc(4, 1),)),  # deleted client
    "cA6": ("A", False, (utc(4, 19, 4, 0, 0),)),  # exactly now + 30 days: counted
    "cA7": ("A", False, (utc(4, 19, 4, 0, 1),)),  # one second later: not counted
    "cA8": ("A", False, (utc(3, 20, 4, 0, 0),)),  # expires exactly now: already expired
    "cB1": ("B", False, (utc(3, 20, 5),)),  # expires in an hour: counted
    "cB2": ("B", False, ()),
    "cC1": ("C", False, (utc(4, 1),)),  # other branch
}
CLIENT_NAMES = {
    "cA1": "张伟",
    "cA2": "王芳",
    "cA3": "刘洋",
    "cA4": "陈静",
    "cA5": "杨磊",
    "cA6": "黄敏",
    "cA7": "周杰",
    "cA8": "吴霞",
    "cB1": "欧阳婧雯",
    "cB2": "徐强",
    "cC1": "孙丽",
}


@dataclass(frozen=True)
class CaseSpec:
    advisor: str
    client: str
    state: str
    started: datetime
    signed: datetime | None = None
    amount: str | None = None
    outcome: str | None = None
    own_initiative: bool = False
    flags: int = 0
    supersedes: str | None = None
    deleted: bool = False
    cooling_off_hours: int | None = None  # a private product's cooling-off after signing


S = "suitable"
CASES: dict[str, CaseSpec] = {
    # a1: cooling-off to 6 March 10:00 local: its return visit is due by the end of 13 March.
    "a1": CaseSpec("A", "cA1", "approved", utc(3, 2), utc(3, 5), "100000.00", S,
                   cooling_off_hours=24),
    # a2 (warn, special care): visit due by the end of 17 March (signed on the 10th).
    "a2": CaseSpec("A", "cA2", "submitted", utc(3, 3), utc(3, 10), "50000.00", "warn", True, 3),
    # a3: cancelled in its cooling-off: no visit is due.
    "a3": CaseSpec("A", "cA3", "cancelled", utc(3, 4), utc(3, 12), "30000.00", S,
                   cooling_off_hours=24),
    "a4": CaseSpec("A", "cA4", "matched", utc(3, 6), None, "60000.00", S),
    # Started and signed on 1 March local time (still 28 February in UTC).
    "a5": CaseSpec("A", "cA6", "signed", utc(2, 28, 16, 30), utc(2, 28, 17), "25000.00", S,
                   flags=2),
    # Signed at 23:59:59 on 28 February local time: February. Its cooling-off ends on
    # 1 March (a Sunday): the visit is due by the end of 6 March, like a5's.
    "a6": CaseSpec("A", "cA1", "approved", utc(2, 10), utc(2, 28, 15, 59, 59), "99999.99", S,
                   cooling_off_hours=24),
    # Signed in March, then returned; a8 is its new version.
    "a7": CaseSpec("A", "cA2", "returned", utc(2, 20), utc(3, 2), "40000.00", S),
    "a8": CaseSpec("A", "cA2", "submitted", utc(3, 8), utc(3, 15), "40000.00", S, supersedes="a7"),
    "a9": CaseSpec("A", "cA3", "approved", utc(3, 9), utc(3, 11), "10000.00", S, deleted=True),
    "a10": CaseSpec("A", "cA7", "draft", utc(3, 31, 16)),  # 1 April local time
    # Started at exactly 00:00 on 1 March local time.
    "b1": CaseSpec("B", "cB1", "approved", utc(2, 28, 16), utc(3, 3), "200000.00", "warn", True, 1),
    "b2": CaseSpec("B", "cB2", "draft", utc(3, 5)),
    "b3": CaseSpec("B", "cB2", "expired", utc(3, 5, 3)),
    "b4": CaseSpec("B", "cB1", "rejected", utc(3, 7), utc(3, 20, 3), "80000.00", S),
    # A 30-day cooling-off (the longest a rule pack allows) to 19 February, a holiday: the
    # visit is due by the end of Saturday 28 February (a worked day) — February, not March.
    "b5": CaseSpec("B", "cB2", "approved", utc(1, 15), utc(1, 20), "70000.00", S,
                   cooling_off_hours=24 * 30),
    # Signed at 00:00 on 1 April local time: April (but started in March: converted).
    "b6": CaseSpec("B", "cB1", "submitted", utc(3, 25), utc(3, 31, 16), "30000.00", S),
    # Signed at 23:59:59 on 31 March local time: March.
    "b7": CaseSpec("B", "cB1", "approved", utc(3, 26), utc(3, 31, 15, 59, 59), "10000.00", S,
                   flags=2),
    "c1": CaseSpec("C", "cC1", "approved", utc(3, 3), utc(3, 4), "500000.00", "warn", True, 3),
}  # fmt: skip

# Complaints: label -> (client, linked case, received, decided (customer informed), and
# whether deleted). The advisor complained about is the linked case's; the base deadline is
# 15 days after the day received, moved off a rest day to the next working day.
COMPLAINTS: dict[str, tuple[str, str | None, datetime, datetime | None, bool]] = {
    "k1": ("cA1", "a1", utc(3, 2), utc(3, 10), False),  # due by the end of 17 March: in time
    "k2": ("cA2", "a2", utc(3, 5), utc(3, 25), False),  # due by the end of 20 March: late
    # No case linked: nobody's but the branch's. 21 March is a Saturday: due on the 23rd.
    "k3": ("cA3", None, utc(3, 6), utc(3, 22, 10), False),
    "k4": ("cB1", "b1", utc(3, 10), None, False),  # not decided yet
    "k5": ("cB2", "b5", utc(2, 27), utc(3, 5), False),  # received in February
    # Received at 00:00 on 1 March local time; decided at the last instant of the 16th.
    "k6": ("cA1", "a1", utc(2, 28, 16), datetime(2026, 3, 16, 15, 59, 59, 999999, UTC), False),
    "k7": ("cA2", "a2", utc(3, 3), utc(3, 4), True),  # deleted
    "k8": ("cC1", "c1", utc(3, 4), utc(3, 6), False),  # the other branch
    "k10": ("cB1", "b7", utc(3, 31, 15, 59, 59), None, False),  # 23:59:59 on 31 March local
    "k11": ("cA1", "a1", utc(3, 31, 16), None, False),  # 1 April local time
}
# Satisfaction surveys: label -> (case or complaint label, recorded, score (None:
# declined), deleted). A survey after a complaint is about the advisor complained about.
SURVEYS: dict[str, tuple[str, datetime, int | None, bool]] = {
    "s1": ("a1", utc(3, 8), 5, False),
    "s2": ("a2", utc(3, 12), 3, False),
    "s3": ("a8", utc(3, 16), None, False),  # declined
    "s4": ("k1", utc(3, 11), 2, False),  # after complaint k1: about A
    "s5": ("k3", utc(3, 23), 4, False),  # after complaint k3: about nobody, the branch's
    "s6": ("b1", utc(2, 28, 15, 59, 59), 1, False),  # 23:59:59 on 28 February local time
    "s7": ("b7", utc(3, 31, 15, 59, 59), 4, False),  # 23:59:59 on 31 March local time
    "s8": ("b4", utc(3, 21), 1, True),  # deleted
    "s9": ("c1", utc(3, 9), 1, False),  # the other branch
    "s10": ("a9", utc(3, 12), 1, False),  # its case was deleted
}
# Return visits: (case, outcome, visited at, deleted).
VISITS: tuple[tuple[str, str, datetime, bool], ...] = (
    ("a1", "unreachable", utc(3, 9), False),
    ("a1", "confirmed", datetime(2026, 3, 13, 15, 59, 59, 999999, UTC), False),  # the deadline
    ("a2", "problem", utc(3, 16), False),  # a problem found is a visit done
    ("a5", "confirmed", utc(3, 9), False),  # due by the end of 6 March: late
    ("a6", "unreachable", utc(3, 3), False),
    ("a6", "confirmed", utc(3, 4), True),  # deleted: a6 was never visited
    ("b1", "confirmed", utc(3, 5), False),  # due by the end of 10 March
    ("b5", "confirmed", utc(2, 28, 15), False),  # in time, in February
    ("c1", "confirmed", utc(3, 5), False),  # the other branch
)

# Monthly targets: (advisor, month, amount).
TARGETS = (
    ("A", "2026-02", "250000.00"),
    ("A", "2026-03", "300000.00"),
    ("B", "2026-02", "50000.00"),
    ("B", "2026-04", "100000.00"),
    ("C", "2026-03", "999999.00"),
)

NAMES = {"A": "李明", "B": "赵丽", "D": "孙无", "X": "钱多"}  # D: no data; X: disabled


@dataclass
class KpiWorld:
    ws: Workspace
    supervisor: Actor
    other_supervisor: Actor
    users: dict[str, str] = field(default_factory=dict)  # label -> user id
    cases: dict[str, str] = field(default_factory=dict)  # label -> case id
    clients: dict[str, str] = field(default_factory=dict)  # label -> client id
    complaints: dict[str, str] = field(default_factory=dict)  # label -> complaint id
    surveys: dict[str, str] = field(default_factory=dict)  # label -> survey id

    def label_of(self, record_id: str) -> str:
        for labels in (self.cases, self.clients, self.complaints, self.surveys):
            for label, value in labels.items():
                if value == record_id:
                    return label
        raise KeyError(record_id)

    def labels(self, ids: Iterable[str]) -> set[str]:
        return {self.label_of(i) for i in ids}

    def actor(self, role: Role, label: str = "A") -> Actor:
        """An actor of ``role`` in the branch (services only look at role and branch)."""
        return Actor(self.users[label], label, NAMES.get(label, label), role, self.branch_id)

    @property
    def branch_id(self) -> str:
        return self.supervisor.branch_id

    # -- the same data as domain inputs --------------------------------------------------
    def case_facts(self, branch: str = "AB") -> list[CaseFacts]:
        return [
            CaseFacts(
                case_id=self.cases[label],
                advisor_id=self.users[spec.advisor],
                state=spec.state,
                started_at=spec.started,
                signed_at=spec.signed,
                amount=D(spec.amount) if spec.amount else None,
                outcome=spec.outcome,
                own_initiative=spec.own_initiative,
                review_flags=spec.flags,
                first_version=spec.supersedes is None,
                matched_at=spec.started if spec.outcome is not None else None,
                visit_due_by=visit_due_by(spec),
                visited_at=min(
                    (
                        at
                        for case, outcome, at, deleted in VISITS
                        if case == label and outcome != "unreachable" and not deleted
                    ),
                    default=None,
                ),
            )
            for label, spec in CASES.items()
            if not spec.deleted and spec.advisor in branch
        ]

    def complaint_facts(self, branch: str = "AB") -> list[ComplaintFacts]:
        rules, calendar = after_sale_rules().complaints, shipped_calendar()
        facts = []
        for label, (client, case, received, decided, deleted) in COMPLAINTS.items():
            if deleted or CLIENTS[client][0] not in branch:
                continue
            clock = ComplaintClock(received, decided_at=decided)
            facts.append(
                ComplaintFacts(
                    complaint_id=self.complaints[label],
                    advisor_id=self.users[CASES[case].advisor] if case else None,
                    received_at=received,
                    decided_in_time=decided_within_base_period(clock, rules, calendar),
                )
            )
        return facts

    def survey_facts(self, branch: str = "AB") -> list[SurveyFacts]:
        facts = []
        for label, (about, recorded, score, deleted) in SURVEYS.items():
            if about in COMPLAINTS:
                case = COMPLAINTS[about][1]
                advisor = CASES[case].advisor if case else None
                owner = CLIENTS[COMPLAINTS[about][0]][0]
            else:
                advisor = owner = CASES[about].advisor
                deleted = deleted or CASES[about].deleted
            if deleted or owner not in branch:
                continue
            advisor_id = self.users[advisor] if advisor else None
            facts.append(SurveyFacts(self.surveys[label], advisor_id, recorded, score))
        return facts

    def client_facts(self, branch: str = "AB") -> list[ClientFacts]:
        return [
            ClientFacts(self.clients[label], self.users[owner], expiries[-1] if expiries else None)
            for label, (owner, deleted, expiries) in CLIENTS.items()
            if not deleted and owner in branch
        ]

    def target_facts(self, branch: str = "AB") -> list[TargetFacts]:
        return [
            TargetFacts(self.users[who], month, D(amount))
            for who, month, amount in TARGETS
            if who in branch
        ]

    def names(self) -> dict[str, str]:
        """Display names of the branch's active advisors (who gets a row)."""
        return {self.users[k]: NAMES[k] for k in ("A", "B", "D")}


def build(ws: Workspace, admin: Actor) -> KpiWorld:
    """Insert the world into ``ws`` (set up by the office fixture) and pin its clock."""
    ws.clock = lambda: NOW
    branch = admin.branch_id

    def synced() -> dict[str, object]:
        return synced_fields(ws)

    with ws.db.writing() as session:
        other = Branch(code="SH002", name="上海分行", **synced())
        session.add(other)
        users: dict[str, str] = {}

        def user(label: str, name: str, role: Role, branch_id: str, disabled: bool = False) -> None:
            row = User(
                username=f"user.{label.lower()}",
                display_name=name,
                role=role.value,
                branch_id=branch_id,
                disabled=disabled,
                **synced(),
            )
            session.add(row)
            users[label] = str(row.id)

        user("A", NAMES["A"], Role.ADVISOR, branch)
        user("B", NAMES["B"], Role.ADVISOR, branch)
        user("D", NAMES["D"], Role.ADVISOR, branch)
        user("X", NAMES["X"], Role.ADVISOR, branch, disabled=True)
        user("S", "王主管", Role.SUPERVISOR, branch)
        user("C", "钱顾问", Role.ADVISOR, str(other.id))
        user("T", "沪主管", Role.SUPERVISOR, str(other.id))
        session.flush()
        product = Product(
            code="WM0001",
            name="稳享90天",
            type="bank_wm",
            issuer="某银行理财子公司",
            risk_issuer="R2",
            risk_distributor="R2",
            term_days=90,
            variety="fixed_income",
            min_amount=D("10000.00"),
            **synced(),
        )
        session.add(product)
        clients: dict[str, str] = {}
        for n, (label, (owner, deleted, expiries)) in enumerate(CLIENTS.items()):
            number = mainland_id(birth=f"19{50 + n:02d}0307", seq=f"{100 + n:03d}")
            client = Client(
                owner_user_id=users[owner],
                branch_id=str(other.id) if owner == "C" else branch,
                name=CLIENT_NAMES[label],
                name_search=CLIENT_NAMES[label].casefold(),
                id_type="mainland_id",
                id_number=number,
                id_last4=number[-4:],
                birth_date=date(1950 + n, 3, 7),
                **synced(),
            )
            if deleted:
                client.deleted_at = utc(3, 1)
            session.add(client)
            session.flush()
            clients[label] = str(client.id)
            for expires_at in expiries:
                session.add(assessment_row(str(client.id), users[owner], expires_at, synced()))
        cases: dict[str, str] = {}
        for label, spec in CASES.items():
            case_id = new_id()
            cases[label] = case_id
            match_id = new_id() if spec.outcome is not None else None
            row = SalesCase(
                id=case_id,
                created_at=spec.started,
                updated_at=spec.signed or spec.started,
                origin_device_id=ws.device_id,
                client_id=clients[spec.client],
                advisor_user_id=users[spec.advisor],
                branch_id=str(other.id) if spec.advisor == "C" else branch,
                state=spec.state,
                step="done" if spec.signed else "onboarding",
                channel="branch",
                product_id=product.id if spec.amount else None,
                amount=D(spec.amount) if spec.amount else None,
                signed_at=spec.signed,
                cooling_off_until=cooling_off_until(spec),
                outcome=spec.outcome,
                own_initiative=spec.own_initiative,
                matched_at=spec.started if match_id is not None else None,
                review_flags=spec.flags,
                supersedes_id=cases[spec.supersedes] if spec.supersedes else None,
                deleted_at=utc(3, 19) if spec.deleted else None,
                match_id=match_id,
            )
            session.add(row)
            session.flush()  # the match refers to the case
            if match_id is not None:
                fields = synced()
                fields["id"] = match_id
                match = CaseMatch(
                    case_id=case_id,
                    product_id=product.id,
                    client_facts="{}",
                    product_facts="{}",
                    sale_facts="{}",
                    decision="{}",
                    outcome=spec.outcome,
                    rulepack="default",
                    rulepack_hash="0" * 64,
                    own_initiative=spec.own_initiative,
                    matched_at=spec.started,
                    matched_by=users[spec.advisor],
                    **fields,
                )
                session.add(match)
        complaints: dict[str, str] = {}
        rules, calendar = after_sale_rules().complaints, shipped_calendar()
        for label, (client_label, case_label, received, decided, deleted) in COMPLAINTS.items():
            fields = synced()
            complaints[label] = str(fields["id"])
            subject = CASES[case_label].advisor if case_label else None
            extended = label == "k2"  # extended to 30 days: still late for the KPI
            clock = ComplaintClock(received, extension_level=int(extended))
            session.add(
                Complaint(
                    client_id=clients[client_label],
                    case_id=cases[case_label] if case_label else None,
                    subject_user_id=users[subject] if subject else None,
                    branch_id=str(other.id) if client_label == "cC1" else branch,
                    channel="phone",
                    category="service",
                    description="投诉",
                    received_at=received,
                    received_by=users["S"],
                    acknowledged_at=received,
                    extension_level=int(extended),
                    decide_by=deadlines(clock, rules, calendar).decide_by,
                    decided_at=decided,
                    informed_channel="phone" if decided else "",
                    closed_at=decided,
                    status="closed" if decided else "acknowledged",
                    deleted_at=utc(3, 19) if deleted else None,
                    **fields,
                )
            )
        session.flush()
        surveys: dict[str, str] = {}
        for label, (about, recorded, score, deleted) in SURVEYS.items():
            fields = synced()
            surveys[label] = str(fields["id"])
            if about in COMPLAINTS:
                client_label = COMPLAINTS[about][0]
                links = {"case_id": None, "complaint_id": complaints[about]}
            else:
                client_label = CASES[about].client
                links = {"case_id": cases[about], "complaint_id": None}
            session.add(
                Survey(
                    kind="after_complaint" if about in COMPLAINTS else "after_signing",
                    client_id=clients[client_label],
                    score=score,
                    recorded_at=recorded,
                    recorded_by=users["S"],
                    deleted_at=utc(3, 22) if deleted else None,
                    **links,
                    **fields,
                )
            )
        for case_label, outcome, visited, deleted in VISITS:
            session.add(
                ReturnVisit(
                    case_id=cases[case_label],
                    outcome=outcome,
                    visited_at=visited,
                    visited_by=users["S"],
                    deleted_at=utc(3, 19) if deleted else None,
                    **synced(),
                )
            )
        for who, month, amount in TARGETS:
            session.add(
                SalesTarget(
                    advisor_user_id=users[who],
                    branch_id=str(other.id) if who == "C" else branch,
                    period=month,
                    amount=D(amount),
                    **synced(),
                )
            )
    supervisor = Actor(users["S"], "user.s", "王主管", Role.SUPERVISOR, branch)
    other_supervisor = Actor(users["T"], "user.t", "沪主管", Role.SUPERVISOR, str(other.id))
    return KpiWorld(ws, supervisor, other_supervisor, users, cases, clients, complaints, surveys)


def cooling_off_until(spec: CaseSpec) -> datetime | None:
    if spec.signed is None or spec.cooling_off_hours is None:
        return None
    return spec.signed + timedelta(hours=spec.cooling_off_hours)


def visit_due_by(spec: CaseSpec) -> datetime | None:
    """The return visit's deadline, for a case that needs one (as the visit queue says)."""
    cooling_off = cooling_off_until(spec)
    if spec.signed is None or spec.state not in {s.value for s in VISITED_STATES}:
        return None
    if cooling_off is None and not spec.flags & VISIT_FLAGS:
        return None
    start = visit_start(cooling_off, spec.signed)
    return visit_deadline(start, shipped_calendar(), after_sale_rules().visit_due_working_days)


def synced_fields(ws: Workspace) -> dict[str, object]:
    """The columns every synced row needs (a fresh id)."""
    made = datetime(2025, 1, 2, tzinfo=UTC)
    return {
        "id": new_id(),
        "created_at": made,
        "updated_at": made,
        "origin_device_id": ws.device_id,
    }


def assessment_row(
    client_id: str, advisor_id: str, expires_at: datetime, synced: dict[str, object]
) -> Assessment:
    assessed_at = expires_at.replace(year=expires_at.year - 1)
    return Assessment(
        client_id=client_id,
        questionnaire_id="securities-20",
        questionnaire_version="1",
        questionnaire_hash="0" * 64,
        answers="{}",
        answers_hash="0" * 64,
        score=50,
        level="C3",
        lowest_category=False,
        horizon="1-5y",
        varieties='["fixed_income"]',
        assessed_at=assessed_at,
        expires_at=expires_at,
        assessed_by=advisor_id,
        **synced,
    )
