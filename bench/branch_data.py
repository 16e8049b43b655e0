"""One branch with 1,000,000 sales cases, shared by the benchmarks that need a big branch.

~50 advisors, ~200,000 clients (1 % deleted) with their assessments, and 1,000,000 cases
started over the 24 months before "now" in a realistic mix of states: abandoned drafts and
expired cases, cases in progress, signed sales under review, approved ones, returns (most
of them followed by a superseding new version), rejections and cancellations. Signed cases
carry an outcome (mostly suitable, some ``warn`` at the client's own initiative), review
flags (elderly special care, recording, affordability…) and a match; submitted ones are in
``case_flags`` as the review queue indexes them.

After the sale (:class:`_AfterSale`, its own random stream: the cases are the same with or
without it): every sale still in force has a 24-hour cooling-off and so a return visit —
made on time mostly, late or never sometimes, after an unanswered call now and then — by
one of a few ``service`` users; about one sale in eight a satisfaction survey; and a few
in a thousand a complaint (with a survey after about half of those closed), plus some
complaints about no case in particular.

:func:`branch_database` builds it once per run, in a child process (so the generator's
memory never counts in the benchmark's resident set), into the run's temporary folder, and
then signs a supervisor in. Rows go in with ``executemany`` on a raw SQLCipher connection,
cases and matches in time order (as a branch accumulates them), with the secondary
indexes dropped during the load and rebuilt afterwards from their own DDL.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import json
import math
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.domain.review import Flag
from app.domain.roles import Role
from app.domain.suitability_facts import assessment_expires_at
from app.services import auth, users
from app.services.context import Actor
from app.store.engine import raw_connect
from app.store.models import Client
from bench import dataset
from bench.branch_shape import (
    ADVISORS,
    BATCH,
    CASES,
    CHANNELS,
    CLIENTS,
    DAY,
    DECIDED_STATES,
    FLAG_SHARES,
    GIVEN,
    HOUR,
    INDEXED_TABLES,
    LEVEL_TOPS,
    MATCHED_STATES,
    MONTHS,
    PRODUCTS,
    SEED,
    SIGNED_STATES,
    STATE_MIX,
    STEP_OF,
    SUBMITTED_STATES,
    SUPERVISOR,
    SUPERVISOR_PASSWORD,
    SURNAMES,
    WARN,
    _db_value,
    _Ids,
    _insert_dicts,
    _iso,
    _iso_ts,
)
from bench.common import Office

# -- the build (runs in the child process) -------------------------------------------------


class Builder:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.rng = random.Random(SEED)
        self.ids = _Ids(random.Random(SEED + 1))
        self.now = datetime.now(UTC).replace(microsecond=0)
        self.start = self.now - timedelta(days=MONTHS * 365 / 12)
        self.cases, self.client_count = CASES, CLIENTS
        self.counts: dict[str, int] = {}
        self.timing: dict[str, float] = {}

    def run(self) -> dict[str, Any]:
        began = time.perf_counter()
        office = Office.create(self.root)
        ws, admin = office.admin_ws, office.admin
        users.create_user(
            ws,
            admin,
            username=SUPERVISOR,
            display_name="王主管",
            role=Role.SUPERVISOR,
            temporary_password=SUPERVISOR_PASSWORD,
        )
        self.branch_id = admin.branch_id
        self.device_id = ws.device_id
        advisor, _ = auth.load_actor(ws.db, "li.advisor")
        path, key = ws.db.path, ws.data_key()
        office.close()
        self.timing["setup_ms"] = (time.perf_counter() - began) * 1000
        conn = raw_connect(path, key)
        try:
            # A throwaway folder, loaded by this connection alone: no journal while loading
            # (reads through a huge WAL are what makes a bulk load crawl), WAL again after.
            conn.execute("PRAGMA journal_mode = OFF").fetchall()
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("PRAGMA cache_size = -262144")
            indexes = self._drop_indexes(conn)
            self._timed("users_products_ms", conn, lambda: self._users_and_products(conn, advisor))
            self._timed("clients_ms", conn, lambda: self._clients(conn))
            self._timed("cases_ms", conn, lambda: self._cases(conn))
            step = time.perf_counter()
            for sql in indexes:
                conn.execute(sql)
            conn.execute("ANALYZE")
            self.timing["indexes_ms"] = (time.perf_counter() - step) * 1000
            conn.execute("PRAGMA journal_mode = WAL").fetchall()
        finally:
            conn.close()
        self.timing["total_ms"] = (time.perf_counter() - began) * 1000
        return {
            "now": self.now.isoformat(),
            "counts": self.counts,
            "build": {k: round(v, 1) for k, v in self.timing.items()},
        }

    def _timed(self, name: str, conn: Any, load: Any) -> None:
        step = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        load()
        conn.execute("COMMIT")
        self.timing[name] = (time.perf_counter() - step) * 1000

    def _drop_indexes(self, conn: Any) -> list[str]:
        """Drop the secondary indexes of the big tables; their DDL to rebuild them with."""
        marks = ",".join("?" * len(INDEXED_TABLES))
        found = conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks})",
            INDEXED_TABLES,
        ).fetchall()
        for name, _sql in found:
            conn.execute(f'DROP INDEX "{name}"')
        return [sql for _name, sql in found]

    # -- people and products -----------------------------------------------------------
    def _users_and_products(self, conn: Any, first: Actor) -> None:
        rng = self.rng
        made = self.start - timedelta(days=30)
        self.advisors = [first.user_id]
        rows: list[dict[str, Any]] = []
        for n in range(1, ADVISORS):
            user_id = self.ids.at(made)
            self.advisors.append(user_id)
            rows.append(
                {
                    **self._synced(user_id, made),
                    "username": f"advisor{n:02d}",
                    "display_name": rng.choice(SURNAMES) + rng.choice(GIVEN) + "顾问",
                    "role": "advisor",
                    "branch_id": self.branch_id,
                    "disabled": False,
                }
            )
        _insert_dicts(conn, "users", rows)
        self.products: list[tuple[str, str]] = []
        # One product in ten is a private trust (24 h cooling-off, a return visit after it);
        # the rest are public bank wealth-management products.
        self.private_products: set[str] = set()
        products: list[dict[str, Any]] = []
        for n in range(PRODUCTS):
            product_id = self.ids.at(made)
            private = n % 10 == 0
            code = f"TR{n:04d}" if private else f"WM{n:04d}"
            if private:
                self.private_products.add(product_id)
            self.products.append((product_id, code))
            risk = f"R{1 + n % 5}"
            products.append(
                {
                    **self._synced(product_id, made),
                    "code": code,
                    "name": f"稳享{n}号理财",
                    "name_en": f"Steady {n}",
                    "type": "trust" if private else "bank_wm",
                    "regime": None,
                    "issuer": "某银行理财子公司",
                    "risk_issuer": risk,
                    "risk_distributor": risk,
                    "term_days": rng.choice((91, 182, 365, 730)),
                    "open_ended": False,
                    "lockup_days": None,
                    "variety": "fixed_income",
                    "min_amount": Decimal(10000),
                    "insurance_life": False,
                    "documents": "[]",
                    "description": "",
                    "status": "active",
                    "catalog_version": "bench",
                }
            )
        _insert_dicts(conn, "products", products)
        self.counts["advisors"] = len(self.advisors)
        self.counts["products"] = PRODUCTS

    def _synced(self, row_id: str, at: datetime) -> dict[str, Any]:
        return {
            "id": row_id,
            "created_at": at,
            "updated_at": at,
            "version": 1,
            "origin_device_id": self.device_id,
            "deleted_at": None,
        }

    # -- clients and their assessments -------------------------------------------------
    def _clients(self, conn: Any) -> None:
        rng = self.rng
        owner = Actor(self.advisors[0], "li.advisor", "李顾问", Role.ADVISOR, self.branch_id)
        generator = dataset.Generator(_Stub(self.device_id), owner)  # type: ignore[arg-type]
        columns = [c.name for c in Client.__table__.columns]
        client_sql = (
            f"INSERT INTO clients ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        )
        assessment_sql = (
            "INSERT INTO assessments (id, created_at, updated_at, version, origin_device_id, "
            "client_id, case_id, questionnaire_id, questionnaire_version, questionnaire_hash, "
            "answers, answers_hash, civil_capacity, score, level, lowest_category, horizon, "
            "varieties, warnings, warnings_note, previous_level, level_change_confirmed, "
            "assessed_at, expires_at, assessed_by) "
            "VALUES (?, ?, ?, 1, ?, ?, NULL, 'securities-20', '2024.1', ?, ?, ?, 'full', ?, ?, "
            "0, ?, ?, '[]', '', NULL, 0, ?, ?, ?)"
        )
        self.clients: list[tuple[str, str]] = []  # (client id, owner) of live clients
        assessments = 0
        span = (self.now - self.start).total_seconds()
        for batch in generator.batches(self.client_count, BATCH):
            client_rows = []
            assessment_rows = []
            for row in batch:
                advisor = rng.choice(self.advisors)
                created = self.start - timedelta(days=180) + timedelta(seconds=rng.random() * span)
                row["owner_user_id"] = advisor
                row["created_at"] = created
                row["updated_at"] = created
                row["id"] = self.ids.at(created)
                client_rows.append(tuple(_db_value(c, row[c]) for c in columns))
                if row["deleted_at"] is None:
                    self.clients.append((row["id"], advisor))
                taken = 0 if rng.random() < 0.05 else (2 if rng.random() < 0.15 else 1)
                at = created + timedelta(hours=1)
                for _ in range(taken):
                    if at >= self.now:
                        break
                    assessment_rows.append(self._assessment(row["id"], advisor, at))
                    at += timedelta(days=rng.uniform(200, 500))
            conn.executemany(client_sql, client_rows)
            conn.executemany(assessment_sql, assessment_rows)
            assessments += len(assessment_rows)
        self.counts["clients"] = self.client_count
        self.counts["assessments"] = assessments

    def _assessment(self, client_id: str, advisor: str, at: datetime) -> tuple[Any, ...]:
        rng = self.rng
        answers: dict[str, object] = {str(q): rng.choice("ABCD") for q in range(1, 21)}
        answers["9"] = ["B", "C"]
        text = json.dumps(answers, separators=(",", ":"))
        score = rng.randint(15, 95)
        level = next(lv for lv, top in LEVEL_TOPS if score <= top)
        expires = assessment_expires_at(at, 12)
        stamp = _iso(at)
        return (
            self.ids.at(at),
            stamp,
            stamp,
            self.device_id,
            client_id,
            f"{rng.getrandbits(256):064x}",
            text,
            f"{rng.getrandbits(256):064x}",
            score,
            level,
            rng.choice(("0-1y", "1-5y", "any")),
            '["fixed_income","equity"]',
            stamp,
            _iso(expires),
            advisor,
        )

    # -- cases ---------------------------------------------------------------------------
    def _case_times(self) -> Iterator[float]:
        """Start instants (POSIX seconds), ascending over the 24 months."""
        rng = self.rng
        first, last = self.start.timestamp(), self.now.timestamp()
        yield from sorted(rng.uniform(first, last) for _ in range(self.cases))

    def _cases(self, conn: Any) -> None:
        rng = self.rng
        states = [s for s, _ in STATE_MIX]
        cumulative = list(itertools.accumulate(w for _, w in STATE_MIX))
        case_sql = (
            "INSERT INTO cases (id, created_at, updated_at, version, origin_device_id, "
            "deleted_at, client_id, advisor_user_id, branch_id, state, step, channel, "
            "assessment_id, product_id, amount, match_id, draft, signed_at, cooling_off_until, "
            "free_look_until, pack_sha256, outcome, own_initiative, matched_at, review_flags, "
            "submitted_at, decided_at, supersedes_id) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, "
            "NULL, ?, ?, ?, '{}', ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        match_sql = (
            "INSERT INTO case_matches (id, created_at, updated_at, version, origin_device_id, "
            "case_id, product_id, client_facts, product_facts, sale_facts, decision, outcome, "
            "rulepack, rulepack_hash, own_initiative, matched_at, matched_by) "
            "VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 'default-2026', ?, ?, ?, ?)"
        )
        flag_sql = (
            "INSERT INTO case_flags (case_id, flag, branch_id, state, submitted_at) "
            "VALUES (?, ?, ?, ?, ?)"
        )
        rulepack_hash = f"{rng.getrandbits(256):064x}"
        flag_shares = [(int(f), share) for f, share in FLAG_SHARES]
        all_flags = [int(f) for f in Flag]
        device, branch = self.device_id, self.branch_id
        now = self.now.timestamp()
        recent = now - 14 * DAY
        low, high = math.log(10_000), math.log(5_000_000)
        # A returned case is mostly followed by a new version started a few days later.
        pending: list[tuple[float, str, str, str]] = []  # a heap by start time
        made = matches = flags = deleted = versions = 0
        cases: list[tuple[Any, ...]] = []
        match_rows: list[tuple[Any, ...]] = []
        flag_rows: list[tuple[Any, ...]] = []
        clients = self.clients

        from bench.branch_after_sale import AfterSale  # it builds on this module

        after = AfterSale(self, conn)

        def flush() -> None:
            conn.executemany(case_sql, cases)
            conn.executemany(match_sql, match_rows)
            conn.executemany(flag_sql, flag_rows)
            after.flush()
            cases.clear()
            match_rows.clear()
            flag_rows.clear()

        times = self._case_times()
        upcoming = next(times, now)
        while made < self.cases:
            supersedes = None
            if pending and pending[0][0] <= upcoming:
                started, supersedes, client_id, advisor = heapq.heappop(pending)
                versions += 1
            else:
                started = upcoming
                upcoming = next(times, now)
                client_id, advisor = clients[int(rng.random() * len(clients))]
            state = states[bisect.bisect(cumulative, rng.random() * cumulative[-1])]
            if started > recent:  # young cases are still moving through the flow
                if state in DECIDED_STATES and rng.random() < 0.7:
                    state = "submitted"
                elif state == "expired":
                    state = "draft"
            case_id = self.ids.at(started)
            product_id = self.products[int(rng.random() * PRODUCTS)][0]
            private_sale = product_id in self.private_products
            amount = int(round(math.exp(rng.uniform(low, high)), -3)) * 100  # fen
            signed = submitted = decided = None
            outcome = None
            own = False
            bits = 0
            match_id = None
            matched_s = None
            if state in MATCHED_STATES:
                if state in SIGNED_STATES:
                    outcome = "warn" if rng.random() < 0.065 else "suitable"
                else:
                    draw = rng.random()
                    outcome = "suitable" if draw < 0.85 else "warn" if draw < 0.9 else "prohibited"
                own = outcome == "warn" or rng.random() < 0.01
                matched_at = started + rng.uniform(600, 5400)
                matched_s = _iso_ts(matched_at)
                match_id = self.ids.at(matched_at)
                match_rows.append(
                    self._match(
                        match_id,
                        case_id,
                        product_id,
                        outcome,
                        own,
                        matched_at,
                        advisor,
                        rulepack_hash,
                        amount // 100,
                    )
                )
                matches += 1
            if state in SIGNED_STATES:
                signed = min(started + rng.uniform(1, 72) * HOUR, now)
                if outcome == "warn":
                    bits |= WARN
                for flag, share in flag_shares:
                    if rng.random() < share:
                        bits |= flag
                if state in SUBMITTED_STATES or (state == "cancelled" and rng.random() < 0.6):
                    submitted = min(signed + rng.uniform(5, 600) * 60, now)
                if state in DECIDED_STATES and submitted is not None:
                    decided = min(submitted + rng.uniform(2, 120) * HOUR, now)
            started_s = _iso_ts(started)
            signed_s = None if signed is None else _iso_ts(signed)
            submitted_s = None if submitted is None else _iso_ts(submitted)
            decided_s = None if decided is None else _iso_ts(decided)
            updated_s = decided_s or submitted_s or signed_s or started_s
            gone = state in ("draft", "expired") and rng.random() < 0.002
            deleted += gone
            cases.append(
                (
                    case_id,
                    started_s,
                    updated_s,
                    device,
                    updated_s if gone else None,
                    client_id,
                    advisor,
                    branch,
                    state,
                    STEP_OF.get(state, "done"),
                    CHANNELS[int(rng.random() * len(CHANNELS))],
                    product_id if state in MATCHED_STATES or state == "assessed" else None,
                    amount if state not in ("draft", "profiled") else None,
                    match_id,
                    signed_s,
                    None if signed is None or not private_sale else _iso_ts(signed + DAY),
                    None if signed is None else f"{rng.getrandbits(256):064x}",
                    outcome,
                    int(own),  # as the match records it
                    matched_s,
                    bits,
                    submitted_s,
                    decided_s,
                    supersedes,
                )
            )
            if submitted_s is not None and bits:
                for flag in all_flags:
                    if bits & flag:
                        flag_rows.append((case_id, flag, branch, state, submitted_s))
                        flags += 1
            if signed is not None:
                visit = private_sale or bool(bits & (WARN | int(Flag.ELDERLY_CARE)))
                start = signed + DAY if private_sale else signed
                after.sale(case_id, client_id, advisor, state, signed, start, visit=visit)
            if state == "returned" and decided is not None and rng.random() < 0.8:
                again = decided + rng.uniform(0.5, 5) * DAY
                if again < now:
                    heapq.heappush(pending, (again, case_id, client_id, advisor))
            made += 1
            if len(cases) >= BATCH:
                flush()
        flush()
        self.counts.update(
            cases=made,
            case_matches=matches,
            case_flags=flags,
            deleted_cases=deleted,
            new_versions=versions,
            **after.counts,
        )

    def _match(
        self,
        match_id: str,
        case_id: str,
        product_id: str,
        outcome: str,
        own: bool,
        at: float,
        advisor: str,
        rulepack_hash: str,
        amount: int,
    ) -> tuple[Any, ...]:
        draw = self.rng.random
        level = f"C{1 + int(draw() * 5)}"
        born = f"19{40 + int(draw() * 60)}-0{1 + int(draw() * 9)}-1{int(draw() * 10)}"
        assets, income = (1 + int(draw() * 900)) * 10000, (5 + int(draw() * 196)) * 10000
        client_facts = (
            f'{{"kind":"person","birth_date":"{born}","civil_capacity":"full",'
            f'"investor_class":"ordinary","risk_level":"{level}","lowest_category":false,'
            f'"assessed_at":"{_iso_ts(at - 30 * DAY)}","horizon":"1-5y",'
            f'"varieties":["fixed_income","equity"],"financial_assets":"{assets}",'
            f'"annual_income":"{income}","income_3y_avg":null,"family_financial_assets":null,'
            f'"family_financial_net_assets":null,'
            f'"investment_experience_years":{int(draw() * 21)},"guardian_consent":null}}'
        )
        product_facts = (
            f'{{"code":"WM{int(draw() * PRODUCTS):04d}","type":"bank_wm","risk_issuer":"R3",'
            f'"risk_distributor":"R3","variety":"fixed_income","regime":null,"term_days":365,'
            f'"open_ended":false,"lockup_days":null,"min_amount":"10000","insurance_life":false}}'
        )
        sale_facts = f'{{"amount":"{amount}","channel":"branch","annual_premium":null}}'
        reasons = (
            '[{"code":"RISK_ABOVE_LEVEL","dimension":"risk"}]' if outcome != "suitable" else "[]"
        )
        decision = (
            f'{{"outcome":"{outcome}","effective_risk":"R3","reasons":{reasons},'
            f'"requires":["DUAL_RECORDING"]}}'
        )
        stamp = _iso_ts(at)
        return (
            match_id,
            stamp,
            stamp,
            self.device_id,
            case_id,
            product_id,
            client_facts,
            product_facts,
            sale_facts,
            decision,
            outcome,
            rulepack_hash,
            int(own),
            stamp,
            advisor,
        )


@dataclass
class _Stub:
    """What :class:`bench.dataset.Generator` reads from a workspace."""

    device_id: str


def main(argv: list[str]) -> int:
    """``python -m bench.branch_data FOLDER [CASES CLIENTS]`` (smaller sizes for trials)."""
    root = Path(argv[0])
    builder = Builder(root)
    if len(argv) == 3:
        builder.cases, builder.client_count = int(argv[1]), int(argv[2])
    report = builder.run()
    sys.stdout.write(json.dumps(report) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
