"""Headless subcommands of ``advisor-desk`` (no Qt here).

``--selftest`` opens a temporary encrypted database, migrates, creates a user and a
client, verifies the audit chain and proves that a wrong password opens nothing; one line
per step, exit 0 when all pass.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from app.i18n import translate

SUBCOMMANDS = ("demo", "verify", "questionnaire", "suitability", "sync")


def is_cli_invocation(args: list[str]) -> bool:
    return bool(args) and (
        args[0] in SUBCOMMANDS or args[0] in ("--selftest", "--version", "-h", "--help")
    )


def _step(name: str, fn: Callable[[], str]) -> bool:
    try:
        detail = fn()
    except Exception as exc:
        print(f"FAIL {name}: {type(exc).__name__}: {exc}")
        traceback.print_exc(file=sys.stderr)
        return False
    print(f"ok   {name}: {detail}" if detail else f"ok   {name}")
    return True


def selftest() -> int:
    from app.domain.identity import mod11_2_check_char
    from app.domain.kyc import KycInput
    from app.domain.roles import Role
    from app.services import auth, clients, users
    from app.services.setup import SetupRequest, first_run_setup
    from app.store.audit import verify_chain
    from app.store.engine import DatabaseUnreadable, raw_connect
    from app.store.home import DataHome
    from app.store.keyvault import KeyVault, WrongSecret
    from app.store.migrate import current_revision, head_revision

    folder = Path(tempfile.mkdtemp(prefix="advisor-desk-selftest-"))
    home = DataHome(folder)
    state: dict[str, object] = {}
    admin_password, advisor_password = "Harbour-light-42", "River-stone-42"

    def setup() -> str:
        result = first_run_setup(
            home,
            SetupRequest(
                admin_username="admin",
                admin_display_name="Selftest admin",
                password=admin_password,
                password_repeat=admin_password,
                branch_code="ST",
                branch_name="Selftest branch",
                device_name="selftest",
            ),
        )
        state["admin"] = result
        return f"encrypted database created in {folder}"

    def migrated() -> str:
        from app.services.setup import SetupResult

        result = state["admin"]
        assert isinstance(result, SetupResult)
        revision = current_revision(result.workspace.db.engine)
        assert revision == head_revision(), revision
        return f"schema at {revision}"

    def create_user() -> str:
        from app.services.setup import SetupResult

        result = state["admin"]
        assert isinstance(result, SetupResult)
        users.create_user(
            result.workspace,
            result.actor,
            username="advisor",
            display_name="Selftest advisor",
            role=Role.ADVISOR,
            temporary_password=advisor_password,
        )
        result.workspace.close()
        return "advisor created"

    def login_and_client() -> str:
        login = auth.login(home, "advisor", advisor_password)
        first17 = "11010519800101001"
        data = KycInput(
            name="Selftest client",
            id_number=first17 + mod11_2_check_char(first17),
            birth_date="1980-01-01",
            phone="13800138000",
            consent_sensitive=True,
        )
        client_id = clients.create_client(login.workspace, login.actor, data)
        found = clients.search_clients(login.workspace, login.actor, "selftest", offset=0, limit=10)
        assert [row.client_id for row in found] == [client_id]
        state["login"] = login
        return "client created and found"

    def chain() -> str:
        login = state["login"]
        assert isinstance(login, auth.LoginResult)
        with login.workspace.db.reading() as session:
            report = verify_chain(session)
        login.workspace.close()
        assert report.ok, report
        return f"{report.events} events verified from genesis"

    def wrong_password() -> str:
        vault = KeyVault(home.vault)
        try:
            vault.unlock("advisor", "not-the-password-1")
        except WrongSecret:
            pass
        else:
            raise AssertionError("a wrong password unwrapped the key")
        try:
            raw_connect(home.database, bytes(32)).close()
        except DatabaseUnreadable:
            pass
        else:
            raise AssertionError("the database opened with a wrong key")
        return "wrong password and wrong key both refused"

    steps = [
        ("setup", setup),
        ("migrate", migrated),
        ("create user", create_user),
        ("login and client", login_and_client),
        ("audit chain", chain),
        ("wrong password", wrong_password),
    ]
    try:
        ok = all(_step(name, fn) for name, fn in steps)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(translate("Cli", "selftest passed") if ok else translate("Cli", "selftest FAILED"))
    return 0 if ok else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="advisor-desk",
        description=translate("Cli", "Advisor Desk: suitability-first sales workstation."),
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help=translate("Cli", "run the headless self-test and exit"),
    )
    return parser


def run_cli(args: list[str]) -> int:
    if args and args[0] in SUBCOMMANDS:
        print(
            translate("Cli", "advisor-desk: '{command}' is not available in this version.").format(
                command=args[0]
            ),
            file=sys.stderr,
        )
        return 2
    parsed = build_parser().parse_args(args)
    if parsed.selftest:
        return selftest()
    return 0
