"""``advisor-desk demo``: a demo database and scripted cases, for newcomers and benchmarks.

In an empty ``ADVISOR_DESK_HOME`` it creates a demo database (user ``demo``, an advisor;
``demo-admin`` for administration; both with the demo password) and marks the folder as a
demo. It never touches a folder that is not marked so. Each scripted case runs every step
— onboarding (KYC, consents), the risk questionnaire (a valid assessment is reused, as the
frequency limits require), matching against the demo catalog, disclosure and signing —
and leaves the sealed, verified PDF pack and a ``case.json`` per case in the output
folder. The GUI opens the same data.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sys
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.documents.scripted_ink import scripted_strokes
from app.domain.identity import mod11_2_check_char
from app.domain.kyc import KycInput, validate_kyc
from app.domain.roles import Role
from app.errors import UserError, ValidationFailed
from app.i18n import translate
from app.resources import resource_path
from app.services import (
    assessments,
    auth,
    cases,
    catalog,
    clients,
    disclosure,
    review,
    signing,
    users,
)
from app.services.context import Actor, Workspace
from app.services.setup import SetupRequest, first_run_setup
from app.store.home import DataHome
from app.store.keyvault import KeyVault

DEMO_PASSWORD = "demo-password"  # noqa: S105 - the contract's documented demo default
DEMO_USER = "demo"
DEMO_ADMIN = "demo-admin"
MARKER = "demo-database.json"


class DemoInputError(Exception):
    """Bad input for the demo: one line naming the field (exit 2)."""


def sample_client() -> KycInput:
    first17 = "31010419650712008"
    return KycInput(
        name="演示客户王建华",
        id_number=first17 + mod11_2_check_char(first17),
        birth_date="1965-07-12",
        gender="male",
        phone="13800138000",
        occupation="工程师",
        annual_income="360000",
        income_3y_avg="340000",
        financial_assets="1200000",
        family_financial_assets="2000000",
        family_financial_net_assets="1800000",
        investment_experience_years="6",
        consent_sensitive=True,
    )


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def client_from_json(path: Path) -> KycInput:
    """The suitability ``client`` object plus name, id_type, id_number, phone, as a form."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise DemoInputError(f"{path}: {exc}") from None
    if not isinstance(data, dict):
        raise DemoInputError(f"{path}: the client must be a JSON object")
    form = KycInput(
        name=_text(data.get("name")),
        id_type=_text(data.get("id_type") or "mainland_id"),
        id_number=_text(data.get("id_number")),
        birth_date=_text(data.get("birth_date")),
        phone=_text(data.get("phone")),
        civil_capacity=_text(data.get("civil_capacity") or "full"),
        investor_class=_text(data.get("investor_class") or "ordinary"),
        investment_experience_years=_text(data.get("investment_experience_years")),
        guardian_consent=bool(data.get("guardian_consent", False)),
        guardian_name=_text(data.get("guardian_name")),
        consent_sensitive=True,
    )
    for name in (
        "annual_income",
        "income_3y_avg",
        "financial_assets",
        "family_financial_assets",
        "family_financial_net_assets",
    ):
        setattr(form, name, _text(data.get(name)))
    record, errors = validate_kyc(form, today=datetime.now(UTC).date())
    if record is None:
        first = errors[0]
        raise DemoInputError(f"{path}: field {first.field}: {first.message}")
    return form


def _is_demo(home: DataHome) -> bool:
    marker = home.root / MARKER
    if not marker.exists() or not home.vault.exists():
        return False
    stored = json.loads(marker.read_text("utf-8")).get("database_id")
    return bool(stored == KeyVault(home.vault).database_id())


def is_demo_folder(home: DataHome) -> bool:
    """Whether ``home`` holds the demo database (``advisor-desk demo`` made it)."""
    return _is_demo(home)


def _create(home: DataHome, password: str) -> None:
    bootstrap = "Boot-" + secrets.token_hex(8) + "-x1"  # replaced just below
    result = first_run_setup(
        home,
        SetupRequest(
            admin_username=DEMO_ADMIN,
            admin_display_name="演示管理员",
            password=bootstrap,
            password_repeat=bootstrap,
            branch_code="DEMO",
            branch_name="演示网点",
            device_name="演示设备",
        ),
    )
    ws = result.workspace
    catalog.import_catalog(
        ws,
        result.actor,
        "demo_catalog.json",
        resource_path("catalog", "demo_catalog.json").read_bytes(),
    )
    users.create_user(
        ws,
        result.actor,
        username=DEMO_USER,
        display_name="演示顾问",
        role=Role.ADVISOR,
        temporary_password=bootstrap,
    )
    # The demo password is documented, so it skips the policy; only demo folders get it.
    for username in (DEMO_ADMIN, DEMO_USER):
        ws.vault.set_password(ws.data_key(), username, password)
    (home.root / MARKER).write_text(
        json.dumps({"database_id": ws.vault.database_id(), "demo": True}), "utf-8"
    )
    ws.close()


def _client_id(ws: Workspace, actor: Actor, form: KycInput) -> str:
    try:
        return clients.create_client(ws, actor, form)
    except ValidationFailed as exc:
        if not any(e.rule == "CLIENT_DUPLICATE_ID" for e in exc.errors):
            raise
    last4 = form.id_number.strip().upper()[-4:]
    rows = clients.search_clients(ws, actor, last4, offset=0, limit=50)
    return next(row.client_id for row in rows if row.name == form.name)


# A balanced answer sheet (score 56, C4): fixed income and equity, 1–5 years.
DEMO_ANSWERS: dict[str, Any] = {
    "1": "A", "2": "C", "3": "B", "4": "B", "5": "B", "6": "B", "7": "C", "8": "B",
    "9": ["B"], "10": "B", "11": "B", "12": ["A", "B"], "13": "C", "14": "B", "15": "B",
    "16": "A", "17": "C", "18": "B", "19": "C", "20": "A",
}  # fmt: skip


def _assessment_id(
    ws: Workspace, actor: Actor, client_id: str, form: KycInput, case_id: str
) -> str | None:
    """The client's valid assessment, or a new one from the scripted answers."""
    if form.investor_class == "professional":
        return None
    latest = assessments.latest_assessment(ws, actor, client_id)
    if latest is not None and latest.valid:
        return latest.assessment_id
    view = assessments.submit_assessment(
        ws,
        actor,
        client_id,
        DEMO_ANSWERS,
        civil_capacity=form.civil_capacity,
        warnings_note="演示：已与客户逐项核实 (demo: confirmed with the client)",
        level_change_confirmed=True,
        case_id=case_id,
    )
    return view.assessment_id


def disclose_and_sign(ws: Workspace, actor: Actor, case_id: str, seed: int) -> signing.SignedCase:
    """The scripted client reads every document, acknowledges every risk, copies the
    sentence, confirms what the decision requires, and both sign."""
    plan = disclosure.disclosure_plan(ws, actor, case_id)
    readings = tuple(
        disclosure.DocumentReading(
            kind=d.kind,
            sha256=d.sha256,
            reading_seconds=45,
            scrolled_to_end=True,
            acknowledged=tuple(r.id for r in d.key_risks),
        )
        for d in plan.documents
    )
    recording = bool(plan.recording_checklist)
    data = disclosure.DisclosureInput(
        readings=readings,
        copy_strokes=scripted_strokes(seed, characters=17, width=960, height=200)
        if plan.copy_required
        else None,
        advisor_attests_copy=plan.copy_required,
        special_warning_confirmed=plan.special_warning is not None,
        elderly_care_attested=plan.elderly_care is not None,
        elderly_client_reconfirmed=plan.elderly_care is not None,
        qualified_commitment_accepted=plan.qualified_commitment is not None,
        recording_reference=f"DEMO-REC-{case_id[:8]}" if recording else "",
        recording_sha256=hashlib.sha256(case_id.encode()).hexdigest() if recording else "",
        recording_checked=tuple(i for i, _ in plan.recording_checklist),
        concentration_explained=plan.concentration is not None,
        premium_explained=plan.premium is not None,
    )
    version = disclosure.record_disclosure(ws, actor, case_id, plan.version, data)
    return signing.sign_case(
        ws,
        actor,
        case_id,
        version,
        scripted_strokes(seed + 1),
        scripted_strokes(seed + 2, characters=2),
    )


def run_case(
    ws: Workspace, actor: Actor, client_id: str, form: KycInput, number: int
) -> tuple[str, cases.MatchView | None]:
    """One scripted case: onboarding review, questionnaire, matching (suitable products only)."""
    case = cases.start_case(ws, actor, client_id)
    case = cases.confirm_onboarding(ws, actor, case.case_id, case.version)
    assessment_id = _assessment_id(ws, actor, client_id, form, case.case_id)
    case = cases.get_case(ws, actor, case.case_id)
    case = cases.use_assessment(ws, actor, case.case_id, case.version, assessment_id)
    preview = cases.evaluate_catalog(ws, actor, case.case_id)
    candidates = [
        p for p, d in preview if d.outcome == "suitable" and not p.type.startswith("insurance")
    ]
    for offset in range(len(candidates)):
        product = candidates[(number - 1 + offset) % len(candidates)]
        amount = max(product.min_amount, Decimal("50000"))
        decisions = cases.evaluate_catalog(ws, actor, case.case_id, amount=amount)
        decision = next(d for p, d in decisions if p.product_id == product.product_id)
        if decision.outcome != "suitable":
            continue
        match = cases.choose_product(
            ws, actor, case.case_id, case.version, product.product_id, amount, channel="branch"
        )
        return case.case_id, match
    return case.case_id, None


def run_demo(out: Path, count: int, client_file: Path | None, password: str) -> int:
    home = DataHome.default()
    form = client_from_json(client_file) if client_file else sample_client()
    if home.vault.exists() or home.database.exists():
        if not _is_demo(home):
            raise UserError(
                translate(
                    "Demo",
                    "{folder} holds a real (non-demo) database; the demo will not touch "
                    "it. Point ADVISOR_DESK_HOME at an empty folder.",
                ).format(folder=home.root)
            )
    else:
        _create(home, password)
    login = auth.login(home, DEMO_USER, password)
    ws, actor = login.workspace, login.actor
    try:
        client_id = _client_id(ws, actor, form)
        detail = clients.get_client(ws, actor, client_id)
        out.mkdir(parents=True, exist_ok=True)
        for number in range(1, count + 1):
            folder = out / f"case-{number:03d}"
            folder.mkdir(exist_ok=True)
            case_id, match = run_case(ws, actor, client_id, form, number)
            signed = disclose_and_sign(ws, actor, case_id, seed=number * 10) if match else None
            pack_file = None
            verified = None
            if signed is not None:
                name, pdf = signing.case_pack(ws, actor, case_id)
                (folder / name).write_bytes(pdf)
                pack_file = name
                verified = signing.verify_case_pack(ws, actor, case_id).valid
                review.submit_case(ws, actor, case_id, cases.get_case(ws, actor, case_id).version)
            summary = {
                "case": number,
                "case_id": case_id,
                "client_id": client_id,
                "client_name": detail.form.name,
                "id_masked": detail.id_masked,
                "steps_completed": ["onboarding", "questionnaire", "matching"]
                + (["disclosure", "signing", "submitted"] if signed else []),
                "state": cases.get_case(ws, actor, case_id).state.value,
                "product": match.product_code if match else None,
                "decision": match.decision if match else None,
                "pack": pack_file,
                "pack_sha256": signed.sha256 if signed else None,
                "pack_verified": verified,
                "signed_at": signed.signed_at.isoformat() if signed else None,
                "data_folder": str(home.root),
                "user": DEMO_USER,
                "written_at": datetime.now(UTC).isoformat(),
            }
            (folder / "case.json").write_text(
                json.dumps(summary, ensure_ascii=False, indent=2), "utf-8"
            )
            print(json.dumps({"case": number, "folder": str(folder)}, ensure_ascii=False))
    finally:
        ws.close()
    return 0


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    print(
        translate(
            "Demo",
            "advisor-desk demo: warning: using the documented demo password "
            "'{password}'; use --password-stdin for another.",
        ).format(password=DEMO_PASSWORD),
        file=sys.stderr,
    )
    return DEMO_PASSWORD
