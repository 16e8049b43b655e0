"""Signing in, passwords, locking, recovery, user administration and the permission matrix."""

from __future__ import annotations

import inspect
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType

import pytest

from app.domain.roles import GRANTS, Permission, Role
from app.errors import PermissionDenied, UserError, ValidationFailed
from app.services import auth, clients, devices, users
from app.services.context import Actor, Workspace
from app.services.device_keys import ensure_device_credentials
from app.services.setup import first_run_setup
from app.store.engine import DatabaseClosed
from app.store.home import DataHome
from app.store.keyvault import LOCK_AFTER_FAILURES, AccountLocked, KeyVault, WrongSecret
from tests.conftest import (
    ADMIN_PASSWORD,
    ADVISOR_PASSWORD,
    FastKdf,
    Office,
    audit_rows,
    client_input,
    mainland_id,
    setup_request,
)

pytestmark = pytest.mark.usefixtures("fast_kdf")

NEW_PASSWORD = "Mountain-stream-58"


def slot_state(office: Office, username: str) -> tuple[int, bool, bool] | None:
    slot = KeyVault(office.home.vault).slot(username)
    if slot is None:
        return None
    return slot.failed_attempts, slot.locked, slot.must_change_password


def lock_out(home: DataHome, username: str) -> None:
    """Ten wrong passwords, spaced as the throttle demands (the vault takes the time)."""
    vault = KeyVault(home.vault)
    at = datetime.now(UTC) - timedelta(hours=2)
    for _ in range(LOCK_AFTER_FAILURES):
        try:
            vault.unlock(username, "Wrong-password-1", now=at)
        except WrongSecret as err:
            at += timedelta(seconds=err.retry_delay_s)
        except AccountLocked:
            return
    raise AssertionError("never locked")


def test_fast_kdf_is_in_effect(office: Office) -> None:
    slot = KeyVault(office.home.vault).slot("admin")
    assert slot is not None
    assert slot.kdf == {"memory_kib": 1024, "iterations": 1, "parallelism": 1}


# -- first login and passwords -----------------------------------------------------------


def test_new_user_must_change_the_temporary_password(office: Office) -> None:
    office.add_user("li.advisor", Role.ADVISOR)
    first = office.login("li.advisor")
    assert first.must_change_password
    assert first.actor.role is Role.ADVISOR
    assert first.actor.branch_id == office.admin.branch_id
    auth.change_own_password(
        first.workspace, first.actor, ADVISOR_PASSWORD, NEW_PASSWORD, NEW_PASSWORD
    )
    assert audit_rows(first.workspace)[-1].action == "auth.change_password"
    first.workspace.close()

    assert slot_state(office, "li.advisor") == (0, False, False)
    second = office.login("li.advisor", NEW_PASSWORD)
    assert not second.must_change_password
    second.workspace.close()
    with pytest.raises(auth.LoginRefused):
        office.login("li.advisor", ADVISOR_PASSWORD)


def test_the_first_admin_need_not_change_the_password_chosen_at_setup(office: Office) -> None:
    result = office.login("admin", ADMIN_PASSWORD)
    assert not result.must_change_password
    assert result.actor.role is Role.ADMIN
    result.workspace.close()


def test_change_password_checks_old_and_new(office: Office) -> None:
    ws, admin = office.admin_ws, office.admin
    with pytest.raises(ValidationFailed) as caught:
        auth.change_own_password(ws, admin, ADMIN_PASSWORD, "short", "shorter")
    assert {e.rule for e in caught.value.errors} >= {"PASSWORD_TOO_SHORT", "PASSWORD_MISMATCH"}
    with pytest.raises(auth.LoginRefused):
        auth.change_own_password(ws, admin, "Not-my-password-1", NEW_PASSWORD, NEW_PASSWORD)
    assert slot_state(office, "admin") == (1, False, False)  # a wrong old password counts
    # Nothing changed: the old password still opens.
    office.login("admin", ADMIN_PASSWORD).workspace.close()


def test_wrong_password_is_refused_and_counted(office: Office) -> None:
    office.add_user("li.advisor", Role.ADVISOR)
    with pytest.raises(auth.LoginRefused) as caught:
        office.login("li.advisor", "Wrong-password-1")
    assert not caught.value.locked
    assert slot_state(office, "li.advisor") == (1, False, True)
    with pytest.raises(auth.LoginRefused):
        office.login("nobody.here", ADVISOR_PASSWORD)


# -- disable / enable / reset / unlock ---------------------------------------------------------


def test_disabled_user_cannot_log_in(office: Office) -> None:
    office.add_user("li.advisor", Role.ADVISOR)
    users.set_disabled(office.admin_ws, office.admin, "li.advisor", True)
    assert slot_state(office, "li.advisor") is None  # the key slot is gone
    with pytest.raises(auth.LoginRefused):
        office.login("li.advisor")
    row = next(
        u for u in users.list_users(office.admin_ws, office.admin) if u.username == "li.advisor"
    )
    assert row.disabled

    with pytest.raises(ValidationFailed):
        users.set_disabled(office.admin_ws, office.admin, "li.advisor", False)
    users.set_disabled(
        office.admin_ws, office.admin, "li.advisor", False, temporary_password=NEW_PASSWORD
    )
    again = office.login("li.advisor", NEW_PASSWORD)
    assert again.must_change_password
    again.workspace.close()


def test_a_user_disabled_elsewhere_is_refused_even_with_a_key_slot(office: Office) -> None:
    """E.g. disabled on another device and synced: the database row decides too."""
    from sqlalchemy import update

    from app.store.models import User

    office.add_user("li.advisor", Role.ADVISOR)
    with office.admin_ws.db.writing() as session:
        session.execute(update(User).where(User.username == "li.advisor").values(disabled=True))
    with pytest.raises(auth.LoginRefused):
        office.login("li.advisor")


def test_admin_cannot_disable_themselves(office: Office) -> None:
    with pytest.raises(UserError):
        users.set_disabled(office.admin_ws, office.admin, "admin", True)
    assert slot_state(office, "admin") is not None


def test_reset_password(office: Office) -> None:
    office.add_user("li.advisor", Role.ADVISOR)
    office.login("li.advisor").workspace.close()
    users.reset_password(office.admin_ws, office.admin, "li.advisor", NEW_PASSWORD)
    assert audit_rows(office.admin_ws)[-1].action == "user.reset_password"
    with pytest.raises(auth.LoginRefused):
        office.login("li.advisor", ADVISOR_PASSWORD)
    result = office.login("li.advisor", NEW_PASSWORD)
    assert result.must_change_password
    result.workspace.close()

    users.set_disabled(office.admin_ws, office.admin, "li.advisor", True)
    with pytest.raises(UserError):
        users.reset_password(office.admin_ws, office.admin, "li.advisor", "Another-pass-77")


def test_locked_account_and_admin_unlock(office: Office) -> None:
    office.add_user("li.advisor", Role.ADVISOR)
    lock_out(office.home, "li.advisor")
    with pytest.raises(auth.LoginRefused) as caught:
        office.login("li.advisor")  # even the right password
    assert caught.value.locked
    row = next(
        u for u in users.list_users(office.admin_ws, office.admin) if u.username == "li.advisor"
    )
    assert (row.locked, row.failed_attempts) == (True, LOCK_AFTER_FAILURES)

    users.unlock_account(office.admin_ws, office.admin, "li.advisor")
    assert audit_rows(office.admin_ws)[-1].action == "user.unlock"
    office.login("li.advisor").workspace.close()


# -- lock / unlock the app ---------------------------------------------------------------------


def test_lock_closes_the_database_and_unlock_reopens_it(
    advisor: tuple[Workspace, Actor], office: Office
) -> None:
    ws, actor = advisor
    client_id = clients.create_client(ws, actor, client_input())
    auth.lock(ws, actor)
    assert ws.key is None
    with pytest.raises(DatabaseClosed), ws.db.reading():
        pass
    with pytest.raises(DatabaseClosed):
        clients.get_client(ws, actor, client_id)
    with pytest.raises(DatabaseClosed):
        clients.search_clients(ws, actor, "", offset=0, limit=10)

    with pytest.raises(auth.LoginRefused):
        auth.unlock(ws, actor, "Wrong-password-1")
    assert slot_state(office, actor.username) == (1, False, True)
    with pytest.raises(DatabaseClosed):
        clients.get_client(ws, actor, client_id)

    auth.unlock(ws, actor, ADVISOR_PASSWORD)
    assert clients.get_client(ws, actor, client_id).form.name == "张三"
    assert [e.action for e in audit_rows(ws)[-2:]] == ["auth.lock", "auth.unlock"]
    assert slot_state(office, actor.username) == (0, False, True)


# -- recovery -----------------------------------------------------------------------------------


def test_an_admin_changes_a_role_but_not_their_own_nor_the_last_admins(office: Office) -> None:
    office.add_user("li.advisor", Role.ADVISOR)
    row = users.change_role(office.admin_ws, office.admin, "li.advisor", Role.SUPERVISOR)
    assert row.role is Role.SUPERVISOR
    assert office.actor("li.advisor").role is Role.SUPERVISOR
    assert audit_rows(office.admin_ws)[-1].action == "user.change_role"
    with pytest.raises(UserError, match="own role"):
        users.change_role(office.admin_ws, office.admin, office.admin.username, Role.ADVISOR)
    office.add_user("wang.admin", Role.ADMIN)
    other = office.actor("wang.admin")
    users.set_disabled(office.admin_ws, office.admin, "wang.admin", True)
    with pytest.raises(UserError, match="administrator must remain"):
        users.change_role(office.admin_ws, other, office.admin.username, Role.ADVISOR)


def test_recovery_code_sets_a_new_password(home: DataHome) -> None:
    setup = first_run_setup(home, setup_request())
    setup.workspace.close()
    lock_out(home, "admin")

    with pytest.raises(auth.LoginRefused):
        auth.recover_with_code(
            home, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "admin", NEW_PASSWORD, NEW_PASSWORD
        )
    with pytest.raises(ValidationFailed):
        auth.recover_with_code(home, setup.recovery_code, "admin", NEW_PASSWORD, "Other-pass-99")

    typed = setup.recovery_code.lower().replace("-", " ")
    auth.recover_with_code(home, typed, "admin", NEW_PASSWORD, NEW_PASSWORD)
    result = auth.login(home, "admin", NEW_PASSWORD)  # and the lock is gone
    try:
        assert [e.action for e in audit_rows(result.workspace)[-2:]] == [
            "auth.recover",
            "auth.login",
        ]
    finally:
        result.workspace.close()
    with pytest.raises(auth.LoginRefused):
        auth.login(home, "admin", ADMIN_PASSWORD)


# -- permission matrix ----------------------------------------------------------------------------


@dataclass
class Matrix:
    ws: Workspace
    admin: Actor
    actors: dict[Role, Actor]
    client_id: str
    serial: Iterator[int]

    def fresh_user(self) -> str:
        name = f"target.{next(self.serial)}"
        users.create_user(
            self.ws,
            self.admin,
            username=name,
            display_name=name,
            role=Role.SERVICE,
            temporary_password=ADVISOR_PASSWORD,
        )
        return name

    def fresh_id(self) -> str:
        return mainland_id(seq=f"{next(self.serial):03d}")

    def fresh_client(self) -> tuple[str, str]:
        id_number = self.fresh_id()
        advisor = self.actors[Role.ADVISOR]
        return clients.create_client(self.ws, advisor, client_input(id_number=id_number)), id_number


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Matrix]:
    home = DataHome(Path(tmp_path_factory.mktemp("matrix")) / "home")
    setup = first_run_setup(home, setup_request(), kdf=FastKdf())
    ws = setup.workspace
    actors = {Role.ADMIN: setup.actor}
    for role in (Role.ADVISOR, Role.SUPERVISOR, Role.SERVICE):
        users.create_user(
            ws,
            setup.actor,
            username=f"{role.value}.one",
            display_name=role.value,
            role=role,
            temporary_password=ADVISOR_PASSWORD,
        )
        actors[role] = auth.load_actor(ws.db, f"{role.value}.one")[0]
    client_id = clients.create_client(ws, actors[Role.ADVISOR], client_input())
    yield Matrix(ws, setup.actor, actors, client_id, itertools.count(300))
    ws.close()


Call = Callable[[Matrix, Actor], object]
Prepared = Callable[[Matrix], Callable[[Actor], object]]


def plain(call: Call) -> Prepared:
    return lambda m: lambda actor: call(m, actor)


def on_fresh_user(call: Callable[[Matrix, Actor, str], object]) -> Prepared:
    def prepare(m: Matrix) -> Callable[[Actor], object]:
        name = m.fresh_user()
        return lambda actor: call(m, actor, name)

    return prepare


def on_fresh_client(call: Callable[[Matrix, Actor, str, str], object]) -> Prepared:
    def prepare(m: Matrix) -> Callable[[Actor], object]:
        client_id, id_number = m.fresh_client()
        return lambda actor: call(m, actor, client_id, id_number)

    return prepare


# Every public service function of users and clients: the permission it needs and a valid call.
SERVICE_CALLS: dict[str, tuple[Permission, Prepared]] = {
    "users.list_users": (Permission.USER_MANAGE, plain(lambda m, a: users.list_users(m.ws, a))),
    "users.create_user": (
        Permission.USER_MANAGE,
        plain(
            lambda m, a: users.create_user(
                m.ws,
                a,
                username=f"new.{next(m.serial)}",
                display_name="新同事",
                role=Role.ADVISOR,
                temporary_password=ADVISOR_PASSWORD,
            )
        ),
    ),
    "users.set_disabled": (
        Permission.USER_MANAGE,
        on_fresh_user(lambda m, a, name: users.set_disabled(m.ws, a, name, True)),
    ),
    "users.reset_password": (
        Permission.USER_MANAGE,
        on_fresh_user(lambda m, a, name: users.reset_password(m.ws, a, name, NEW_PASSWORD)),
    ),
    "users.unlock_account": (
        Permission.USER_MANAGE,
        on_fresh_user(lambda m, a, name: users.unlock_account(m.ws, a, name)),
    ),
    "users.change_role": (
        Permission.USER_MANAGE,
        on_fresh_user(lambda m, a, name: users.change_role(m.ws, a, name, Role.SUPERVISOR)),
    ),
    "clients.create_client": (
        Permission.CLIENT_WRITE,
        plain(lambda m, a: clients.create_client(m.ws, a, client_input(id_number=m.fresh_id()))),
    ),
    "clients.update_client": (
        Permission.CLIENT_WRITE,
        on_fresh_client(
            lambda m, a, client_id, id_number: clients.update_client(
                m.ws, a, client_id, 1, client_input(id_number=id_number, occupation="会计")
            )
        ),
    ),
    "clients.get_client": (
        Permission.CLIENT_READ,
        plain(lambda m, a: clients.get_client(m.ws, a, m.client_id)),
    ),
    "clients.search_clients": (
        Permission.CLIENT_READ,
        plain(lambda m, a: clients.search_clients(m.ws, a, "张", offset=0, limit=10)),
    ),
    "clients.count_clients": (
        Permission.CLIENT_READ,
        plain(lambda m, a: clients.count_clients(m.ws, a, "张")),
    ),
    "clients.reveal_id_number": (
        Permission.CLIENT_REVEAL_ID,
        plain(lambda m, a: clients.reveal_id_number(m.ws, a, m.client_id)),
    ),
}


def service_functions(module: ModuleType) -> set[str]:
    """Public functions of ``module`` that act for a signed-in user: ``f(ws, actor, ...)``."""
    short = module.__name__.rsplit(".", 1)[-1]
    return {
        f"{short}.{name}"
        for name, fn in inspect.getmembers(module, inspect.isfunction)
        if fn.__module__ == module.__name__
        and not name.startswith("_")
        and list(inspect.signature(fn).parameters)[:2] == ["ws", "actor"]
    }


def test_the_matrix_covers_every_service_function() -> None:
    assert service_functions(users) | service_functions(clients) == set(SERVICE_CALLS)


@pytest.mark.parametrize("role", list(Role), ids=lambda role: role.value)
@pytest.mark.parametrize("function", sorted(SERVICE_CALLS))
def test_permission_matrix(matrix: Matrix, function: str, role: Role) -> None:
    permission, prepare = SERVICE_CALLS[function]
    call = prepare(matrix)
    actor = matrix.actors[role]
    before = audit_rows(matrix.ws)
    if permission in GRANTS[role]:
        call(actor)  # allowed: no PermissionDenied (nor anything else)
    else:
        with pytest.raises(PermissionDenied):
            call(actor)
        assert audit_rows(matrix.ws) == before  # a refused call leaves no trace but the refusal


def test_the_admin_sees_this_device_and_its_sealing_certificate(office: Office) -> None:
    ensure_device_credentials(office.admin_ws)
    (device,) = devices.list_devices(office.admin_ws, office.admin)
    assert device.is_this_device
    (cert,) = device.certificates
    assert len(cert.fingerprint) == 64 and cert.not_after > cert.not_before
