"""Suitability matching, questionnaire scoring and the catalog import, each against a trivial
baseline doing the same loop without the rules.

- ``match_1000_products``: one client against 1,000 generated products with
  :func:`app.domain.suitability.evaluate` (every rule runs: the sale has an amount).
- ``score_answer_sheet``: :func:`check_answers` + :func:`score_answers` on the shipped
  questionnaire, per answer sheet (200 random complete sheets timed together per sample).
- ``catalog_import_5000``: :func:`app.services.catalog.import_catalog` of a 5,000-product
  JSON catalog, each sample into a freshly set-up encrypted data folder.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.domain.catalog import ProductSpec, read_catalog_file, validate_rows
from app.domain.questionnaire import CAPACITY_VALUES, check_answers, score_answers
from app.domain.rulepack import PRODUCT_RATINGS, PRODUCT_TYPES, VARIETIES, level_number
from app.domain.suitability import ClientFacts, Decision, ProductFacts, SaleFacts, evaluate
from app.resources import resource_path
from app.rulebook import questionnaire, rulebook
from app.services.catalog import import_catalog
from app.services.setup import SetupResult, first_run_setup
from app.store.engine import raw_connect
from app.store.home import DataHome
from app.store.ids import new_id
from bench.common import emit, median, rss_mb, setup_request, time_ms
from bench.fixtures import Fixtures

SEED = 20260301
AT = datetime(2026, 3, 1, 2, 0, tzinfo=UTC)

PRODUCTS = 1_000
MATCH_SAMPLES = 50
MATCH_TARGET_MS = 10.0

SHEETS = 200
SCORE_SAMPLES = 50
SCORE_TARGET_MS = 1.0

IMPORT_ROWS = 5_000
IMPORT_SAMPLES = 5
IMPORT_TARGET_MS = 2000.0

TERMS = (7, 30, 91, 182, 365, 548, 730, 1095, 1825, 2555, 3650)
LOCKUPS = (0, 0, 7, 30, 90, 180, 365, 730)
MIN_AMOUNTS = ("1", "10", "100", "1000", "10000", "50000", "300000", "1000000")
OPEN_ENDED_TYPES = ("bank_wm", "public_fund", "private_fund", "securities_am")

# A realistic retail client: 57, full capacity, assessed C3 three months ago, medium horizon.
CLIENT = ClientFacts(
    kind="person",
    birth_date=date(1968, 5, 12),
    civil_capacity="full",
    investor_class="ordinary",
    risk_level="C3",
    lowest_category=False,
    assessed_at=datetime(2025, 12, 3, 6, 30, tzinfo=UTC),
    horizon="1-5y",
    varieties=("fixed_income", "equity"),
    financial_assets=Decimal("1200000"),
    annual_income=Decimal("360000"),
    income_3y_avg=Decimal("320000"),
    family_financial_assets=Decimal("2600000"),
    family_financial_net_assets=Decimal("2100000"),
    investment_experience_years=6,
    guardian_consent=None,
)
SALE = SaleFacts(amount=Decimal("100000"), channel="branch", annual_premium=Decimal("20000"))
BROWSING = SaleFacts(channel="branch", amount_pending=True)  # the catalog screen's case


# -- match_1000_products ------------------------------------------------------------------
def generate_products(count: int, seed: int = SEED) -> list[ProductFacts]:
    """``count`` varied products: every type in turn, random ratings, varieties and terms."""
    rng = random.Random(seed)
    products = []
    for i in range(count):
        product_type = PRODUCT_TYPES[i % len(PRODUCT_TYPES)]
        issuer = rng.choice(PRODUCT_RATINGS)
        # The distributor's own rating is mostly the issuer's, sometimes one level higher.
        bump = 1 if rng.random() < 0.25 and issuer != "R5" else 0
        distributor = PRODUCT_RATINGS[level_number(issuer) - 1 + bump]
        open_ended = product_type in OPEN_ENDED_TYPES and rng.random() < 0.5
        insurance = product_type.startswith("insurance")
        products.append(
            ProductFacts(
                code=f"GP{i:06d}",
                type=product_type,
                risk_issuer=issuer,
                risk_distributor=distributor,
                variety=rng.choice(VARIETIES),
                term_days=None if open_ended else rng.choice(TERMS),
                open_ended=open_ended,
                lockup_days=rng.choice(LOCKUPS) if open_ended else None,
                min_amount=Decimal(rng.choice(MIN_AMOUNTS)),
                insurance_life=insurance and rng.random() < 0.5,
            )
        )
    return products


def run_match(fx: Fixtures) -> None:
    book = rulebook()
    products = generate_products(PRODUCTS)
    client = CLIENT
    level = level_number(client.risk_level or "C1")

    def ours(sale: SaleFacts = SALE) -> list[Decision]:
        return [evaluate(client, p, sale, at=AT, rulebook=book) for p in products]

    def trivial() -> list[bool]:
        return [level_number(p.effective_risk) <= level for p in products]

    decisions = ours()
    if len(decisions) != PRODUCTS:
        raise RuntimeError(f"{len(decisions)} decisions for {PRODUCTS} products")
    outcomes: dict[str, int] = {}
    for decision in decisions:
        outcomes[decision.outcome] = outcomes.get(decision.outcome, 0) + 1
    samples = time_ms(ours, MATCH_SAMPLES, warmup=3)
    baseline = time_ms(trivial, MATCH_SAMPLES, warmup=3)
    browsing = time_ms(lambda: ours(BROWSING), MATCH_SAMPLES, warmup=1)
    emit(
        "match_1000_products",
        samples,
        rss=rss_mb(),
        baseline=baseline,
        target=MATCH_TARGET_MS,
        target_met=median(samples) <= MATCH_TARGET_MS,
        products=PRODUCTS,
        per_product_us=round(median(samples) * 1000 / PRODUCTS, 2),
        outcomes=dict(sorted(outcomes.items())),
        reasons=sum(len(d.reasons) for d in decisions),
        amount_pending_median_ms=round(median(browsing), 2),
        sale="amount 100000, branch, premium 20000 (amount_pending_median_ms: browsing)",
        baseline_method="effective rating vs client level per product",
    )


# -- score_answer_sheet -------------------------------------------------------------------
def generate_sheets(count: int, seed: int = SEED) -> list[tuple[dict[str, Any], str, int | None]]:
    """Random complete sheets as the form sends them, with capacity and age."""
    rng = random.Random(seed)
    q = questionnaire()
    sheets = []
    for _ in range(count):
        raw: dict[str, Any] = {}
        for question in q.questions:
            letters = [o.letter for o in question.options]
            if question.multi:
                raw[str(question.number)] = rng.sample(letters, rng.randint(1, len(letters)))
            else:
                raw[str(question.number)] = rng.choice(letters)
        capacity = rng.choices(CAPACITY_VALUES, weights=(90, 7, 3))[0]
        age = rng.randint(18, 85) if rng.random() < 0.8 else None
        sheets.append((raw, capacity, age))
    return sheets


def run_score(fx: Fixtures) -> None:
    q = questionnaire()
    sheets = generate_sheets(SHEETS)
    table = {
        (question.number, o.letter): o.score for question in q.questions for o in question.options
    }

    def ours() -> list[int]:
        scores = []
        for raw, capacity, age in sheets:
            answers, errors = check_answers(q, raw)
            result, errors = score_answers(q, answers, civil_capacity=capacity, age=age)
            if result is None:
                raise RuntimeError(f"sheet refused: {errors}")
            scores.append(result.score)
        return scores

    def plain() -> list[int]:
        scores = []
        for raw, _capacity, _age in sheets:
            total = 0
            for key, value in raw.items():
                number = int(key)
                if isinstance(value, list):
                    total += max(table[number, letter] for letter in value)
                else:
                    total += table[number, value]
            scores.append(total)
        return scores

    if ours() != plain():
        raise RuntimeError("questionnaire scores differ from the plain sum")

    def per_sheet(call: Callable[[], object]) -> list[float]:
        return [ms / SHEETS for ms in time_ms(call, SCORE_SAMPLES, warmup=2)]

    samples = per_sheet(ours)
    baseline = per_sheet(plain)
    emit(
        "score_answer_sheet",
        samples,
        rss=rss_mb(),
        baseline=baseline,
        target=SCORE_TARGET_MS,
        target_met=median(samples) <= SCORE_TARGET_MS,
        questionnaire=q.id,
        questions=len(q.questions),
        sheets_per_sample=SHEETS,
        per_sheet_us=round(median(samples) * 1000, 1),
        baseline_method="sum of option scores by dict lookup (max for multi-select)",
    )


# -- catalog_import_5000 ------------------------------------------------------------------
def catalog_rows(count: int) -> list[dict[str, Any]]:
    """``count`` valid rows: the demo catalog's rows in turn, each with a new code and name."""
    demo = json.loads(resource_path("catalog", "demo_catalog.json").read_text("utf-8"))
    templates: list[dict[str, Any]] = demo["products"]
    rows = []
    for i in range(count):
        row = dict(templates[i % len(templates)])
        row["code"] = f"{row['code'][:2]}{i:06d}"
        row["name"] = f"{row['name']}（第{i + 1}期）"
        row["documents"] = list(row["documents"])
        rows.append(row)
    return rows


def catalog_bytes(rows: list[dict[str, Any]]) -> bytes:
    document = {"catalog_version": "2026.11-bench", "products": rows}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def _fresh(root: Path, label: str) -> SetupResult:
    """A newly set-up data folder with its admin signed in (not timed)."""
    return first_run_setup(DataHome(root / label), setup_request())


def _product_count(setup: SetupResult) -> int:
    conn = raw_connect(setup.workspace.db.path, setup.workspace.data_key())
    try:
        return int(conn.execute("SELECT count(*) FROM products").fetchone()[0])
    finally:
        conn.close()


def _discard(setup: SetupResult) -> None:
    setup.workspace.close()
    shutil.rmtree(setup.workspace.home.root, ignore_errors=True)


PRODUCT_COLUMNS = (
    "id", "created_at", "updated_at", "version", "origin_device_id", "deleted_at", "code",
    "name", "name_en", "type", "regime", "issuer", "risk_issuer", "risk_distributor",
    "term_days", "open_ended", "lockup_days", "variety", "min_amount", "insurance_life",
    "documents", "description", "status", "catalog_version",
)  # fmt: skip


def raw_rows(specs: list[ProductSpec], device_id: str, version: str) -> list[tuple[Any, ...]]:
    """The values the ORM stores for ``specs`` (ISO UTC text, money in fen, flags 0/1)."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return [
        (
            new_id(),
            stamp,
            stamp,
            1,
            device_id,
            None,
            s.code,
            s.name,
            s.name_en,
            s.type,
            s.regime,
            s.issuer,
            s.risk_issuer,
            s.risk_distributor,
            s.term_days,
            int(s.open_ended),
            s.lockup_days,
            s.variety,
            int(s.min_amount * 100),
            int(s.insurance_life),
            json.dumps(list(s.documents)),
            s.description,
            s.status,
            version,
        )
        for s in specs
    ]


def run_import(fx: Fixtures) -> None:
    rows = catalog_rows(IMPORT_ROWS)
    content = catalog_bytes(rows)
    name = "bench_catalog_5000.json"
    root = fx.root / "catalog-import"

    # Parse + validate alone (pure; the share of the import spent before the database).
    def check() -> None:
        _version, parsed = read_catalog_file(name, content)
        _specs, errors = validate_rows(parsed)
        if errors:
            raise RuntimeError(f"generated catalog invalid: {errors[:3]}")

    validate_ms = time_ms(check, IMPORT_SAMPLES)

    samples: list[float] = []
    for k in range(IMPORT_SAMPLES + 1):  # sample 0 warms up (first session, mappers)
        setup = _fresh(root, f"ours-{k}")
        try:
            before = _product_count(setup)
            start = time.perf_counter()
            report = import_catalog(setup.workspace, setup.actor, name, content)
            elapsed = (time.perf_counter() - start) * 1000
            inserted = _product_count(setup) - before
            if report.added != IMPORT_ROWS or inserted != IMPORT_ROWS:
                raise RuntimeError(f"import added {report.added}, table grew by {inserted}")
        finally:
            _discard(setup)
        if k > 0:
            samples.append(elapsed)

    version, parsed = read_catalog_file(name, content)
    specs, _ = validate_rows(parsed)
    insert_sql = (
        f"INSERT INTO products ({', '.join(PRODUCT_COLUMNS)}) "
        f"VALUES ({', '.join('?' for _ in PRODUCT_COLUMNS)})"
    )
    baseline: list[float] = []
    for k in range(IMPORT_SAMPLES + 1):
        setup = _fresh(root, f"raw-{k}")
        try:
            values = raw_rows(specs, setup.workspace.device_id, version)
            conn = raw_connect(setup.workspace.db.path, setup.workspace.data_key())
            try:
                before = int(conn.execute("SELECT count(*) FROM products").fetchone()[0])
                start = time.perf_counter()
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany(insert_sql, values)
                conn.execute("COMMIT")
                elapsed = (time.perf_counter() - start) * 1000
                after = int(conn.execute("SELECT count(*) FROM products").fetchone()[0])
            finally:
                conn.close()
            if after - before != IMPORT_ROWS:
                raise RuntimeError(f"raw insert added {after - before} rows")
        finally:
            _discard(setup)
        if k > 0:
            baseline.append(elapsed)

    emit(
        "catalog_import_5000",
        samples,
        rss=rss_mb(),
        baseline=baseline,
        target=IMPORT_TARGET_MS,
        target_met=median(samples) <= IMPORT_TARGET_MS,
        rows=IMPORT_ROWS,
        file_kib=round(len(content) / 1024),
        parse_validate_median_ms=round(median(validate_ms), 2),
        warmup=1,
        method="import_catalog into a freshly set-up folder per sample (set-up not timed)",
        baseline_method="DB-API executemany INSERT INTO products, one BEGIN IMMEDIATE",
    )
