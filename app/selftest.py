"""``advisor-desk --selftest``: the whole stack, headless, in a temporary data folder.

Opens a temporary encrypted database, migrates, validates the rule packs, imports the demo
catalog, creates a user and a client, runs a case through the questionnaire, matching,
disclosure and signing to a sealed PDF, verifies the seal (and that a changed byte is
caught), verifies the audit chain and proves that a wrong password or key opens nothing.
One line per step; exit 0 when every step passes.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from app.demo import disclose_and_sign, run_case
from app.documents.scripted_ink import scripted_strokes
from app.documents.seal import verify_pdf
from app.domain.identity import mod11_2_check_char
from app.domain.kyc import KycInput
from app.domain.review import Decision
from app.domain.roles import Role
from app.i18n import translate
from app.resources import resource_path
from app.rulebook import load_all
from app.services import (
    auth,
    cases,
    catalog,
    clients,
    complaint_intake,
    complaints,
    review,
    review_decisions,
    review_record,
    signing,
    users,
)
from app.services.context import Actor, Workspace
from app.services.review import QueueQuery
from app.services.setup import SetupRequest, first_run_setup
from app.store.audit import verify_chain
from app.store.engine import DatabaseUnreadable, raw_connect
from app.store.home import DataHome
from app.store.keyvault import KeyVault, WrongSecret
from app.store.migrate import current_revision, head_revision

# Passwords of a throwaway database in a temporary folder, removed when the test ends.
ADMIN_PASSWORD = "Harbour-light-42"  # noqa: S105
ADVISOR_PASSWORD = "River-stone-42"  # noqa: S105


class Selftest:
    def __init__(self, folder: Path) -> None:
        self.home = DataHome(folder)
        self.workspace: Workspace | None = None
        self.actor: Actor | None = None
        self.client_id: str | None = None
        self.form: KycInput | None = None
        self.case_id: str | None = None
        self.pack = b""

    def _open(self) -> tuple[Workspace, Actor]:
        assert self.workspace is not None and self.actor is not None
        return self.workspace, self.actor

    def setup(self) -> str:
        result = first_run_setup(
            self.home,
            SetupRequest(
                admin_username="admin",
                admin_display_name="Selftest admin",
                password=ADMIN_PASSWORD,
                password_repeat=ADMIN_PASSWORD,
                branch_code="ST",
                branch_name="Selftest branch",
                device_name="selftest",
            ),
        )
        self.workspace, self.actor = result.workspace, result.actor
        return f"encrypted database created in {self.home.root}"

    def migrate(self) -> str:
        ws, _ = self._open()
        revision = current_revision(ws.db.engine)
        assert revision == head_revision(), revision
        return f"schema at {revision}"

    def create_user(self) -> str:
        ws, admin = self._open()
        users.create_user(
            ws,
            admin,
            username="advisor",
            display_name="Selftest advisor",
            role=Role.ADVISOR,
            temporary_password=ADVISOR_PASSWORD,
        )
        users.create_user(
            ws,
            admin,
            username="supervisor",
            display_name="Selftest supervisor",
            role=Role.SUPERVISOR,
            temporary_password=ADVISOR_PASSWORD,
        )
        report = catalog.import_catalog(
            ws,
            admin,
            "demo_catalog.json",
            resource_path("catalog", "demo_catalog.json").read_bytes(),
        )
        ws.close()
        return f"advisor and supervisor created, {report.added} demo products imported"

    def rules(self) -> str:
        book = load_all()
        return "rule packs valid: " + ", ".join(sorted(book.packs))

    def case_to_matching(self) -> str:
        ws, actor = self._open()
        assert self.client_id is not None and self.form is not None
        case_id, match = run_case(ws, actor, self.client_id, self.form, 1)
        assert match is not None, "no suitable product for the selftest client"
        case = cases.get_case(ws, actor, case_id)
        assert case.state.value == "matched", case.state
        self.case_id = case_id
        return f"case matched to {match.product_code} ({match.outcome})"

    def sign_and_seal(self) -> str:
        ws, actor = self._open()
        assert self.case_id is not None
        signed = disclose_and_sign(ws, actor, self.case_id, seed=7)
        self.pack = signing.case_pack(ws, actor, self.case_id)[1]
        size = f"{len(self.pack):,}"
        return f"disclosed, signed, sealed pack of {size} bytes (SHA-256 {signed.sha256[:16]}…)"

    def verify_pack(self) -> str:
        result = verify_pdf(self.pack)
        assert result.valid and result.intact, result.problem
        tampered = bytearray(self.pack)
        middle = len(tampered) // 3
        tampered[middle] = tampered[middle] ^ 0x01
        assert not verify_pdf(bytes(tampered)).valid, "a changed byte went unnoticed"
        return f"seal valid (signer {result.signer}); a changed byte is detected"

    def review_and_after_sale(self) -> str:
        ws, advisor = self._open()
        assert self.case_id is not None and self.client_id is not None
        version = cases.get_case(ws, advisor, self.case_id).version
        review.submit_case(ws, advisor, self.case_id, version)
        supervisor, _ = auth.load_actor(ws.db, "supervisor")
        queue = review.review_queue(ws, supervisor, QueueQuery())
        assert [row.case_id for row in queue.rows] == [self.case_id], queue
        record = review_record.case_record(ws, supervisor, self.case_id)
        if Decision.COSIGN in record.open_decisions:
            review_decisions.cosign(ws, supervisor, self.case_id, scripted_strokes(3))
        review_decisions.approve(ws, supervisor, self.case_id)
        complaint_id = complaint_intake.intake(
            ws, advisor, self.client_id, self.case_id, "counter", "service", "Selftest complaint"
        )
        detail = complaints.get_complaint(ws, supervisor, complaint_id)
        days = (detail.base_decide_by - detail.received_at).days
        assert 14 <= days <= 30, detail.base_decide_by
        return f"case submitted and approved; complaint due {detail.base_decide_by:%Y-%m-%d}"

    def login_and_client(self) -> str:
        login = auth.login(self.home, "advisor", ADVISOR_PASSWORD)
        self.workspace, self.actor = login.workspace, login.actor
        first17 = "11010519800101001"
        data = KycInput(
            name="Selftest client",
            id_number=first17 + mod11_2_check_char(first17),
            birth_date="1980-01-01",
            phone="13800138000",
            consent_sensitive=True,
        )
        data.financial_assets = "800000"
        data.annual_income = "200000"
        data.investment_experience_years = "3"
        client_id = clients.create_client(login.workspace, login.actor, data)
        self.client_id, self.form = client_id, data
        found = clients.search_clients(login.workspace, login.actor, "selftest", offset=0, limit=10)
        assert [row.client_id for row in found] == [client_id]
        return "client created and found"

    def audit_chain(self) -> str:
        ws, _ = self._open()
        with ws.db.reading() as session:
            report = verify_chain(session)
        ws.close()
        assert report.ok, report
        return f"{report.events} events verified from genesis"

    def wrong_password(self) -> str:
        try:
            KeyVault(self.home.vault).unlock("advisor", "not-the-password-1")
        except WrongSecret:
            pass
        else:
            raise AssertionError("a wrong password unwrapped the key")
        try:
            raw_connect(self.home.database, bytes(32)).close()
        except DatabaseUnreadable:
            pass
        else:
            raise AssertionError("the database opened with a wrong key")
        return "wrong password and wrong key both refused"

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("setup", self.setup),
            ("migrate", self.migrate),
            ("rule packs", self.rules),
            ("create user", self.create_user),
            ("login and client", self.login_and_client),
            ("questionnaire and matching", self.case_to_matching),
            ("disclosure and signing", self.sign_and_seal),
            ("verify pack", self.verify_pack),
            ("review and after-sale", self.review_and_after_sale),
            ("audit chain", self.audit_chain),
            ("wrong password", self.wrong_password),
        ]


def _step(name: str, fn: Callable[[], str]) -> bool:
    try:
        detail = fn()
    except Exception as exc:  # a selftest reports every failure as a line
        print(f"FAIL {name}: {type(exc).__name__}: {exc}")
        traceback.print_exc(file=sys.stderr)
        return False
    print(f"ok   {name}: {detail}" if detail else f"ok   {name}")
    return True


def run_selftest() -> int:
    folder = Path(tempfile.mkdtemp(prefix="advisor-desk-selftest-"))
    test = Selftest(folder)
    try:
        ok = all(_step(name, fn) for name, fn in test.steps())
    finally:
        if test.workspace is not None:
            test.workspace.close()
        shutil.rmtree(folder, ignore_errors=True)
    print(translate("Cli", "selftest passed") if ok else translate("Cli", "selftest FAILED"))
    return 0 if ok else 1
