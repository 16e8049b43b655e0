"""Shared fixtures: a data folder, a set-up workspace, an advisor and a valid client."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ADVISOR_DESK_LANG"] = "en"

from app.domain.identity import mod11_2_check_char
from app.domain.kyc import KycInput
from app.domain.roles import Role
from app.i18n import set_language
from app.services import auth, users
from app.services.context import Actor, Workspace
from app.services.setup import SetupRequest, first_run_setup
from app.store import keyvault
from app.store.home import DataHome

ADMIN_PASSWORD = "Kx7-harbour-2026"
ADVISOR_PASSWORD = "Lantern-9-river"


def mainland_id(region: str = "110105", birth: str = "19900307", seq: str = "123") -> str:
    first17 = region + birth + seq
    return first17 + mod11_2_check_char(first17)


def setup_request(**overrides: str) -> SetupRequest:
    values = dict(
        admin_username="admin",
        admin_display_name="系统管理员",
        password=ADMIN_PASSWORD,
        password_repeat=ADMIN_PASSWORD,
        branch_code="BJ001",
        branch_name="北京分行营业部",
        device_name="柜台一号机",
    )
    values.update(overrides)
    return SetupRequest(**values)


def client_input(**overrides: object) -> KycInput:
    data = KycInput(
        name="张三",
        id_number=mainland_id(),
        birth_date="1990-03-07",
        gender="male",
        phone="13800138000",
        annual_income="200000",
        financial_assets="800000",
        investment_experience_years="3",
        consent_sensitive=True,
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


@dataclass(frozen=True)
class FastKdf(keyvault.KdfParams):
    """Argon2id at a test-only cost (1 MiB, one pass) for tests that are not about its cost."""

    memory_kib: int = 1024
    iterations: int = 1
    parallelism: int = 1


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> type[keyvault.KdfParams]:
    """Make new key slots cheap (~1 ms instead of ~120 ms); slots still record their params.

    Request it *before* ``office`` (e.g. ``pytestmark = pytest.mark.usefixtures("fast_kdf")``)
    so the first-run setup already uses it. The KDF's real cost is tested in test_keyvault.
    """
    monkeypatch.setattr(keyvault, "KdfParams", FastKdf)
    return FastKdf


def audit_rows(ws: Workspace) -> list[Any]:
    """Every audit event, oldest first, as raw rows."""
    from sqlalchemy import text

    with ws.db.reading() as session:
        return list(session.execute(text("SELECT * FROM audit_events ORDER BY seq")).all())


@pytest.fixture(autouse=True)
def _english() -> None:
    set_language("en")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataHome:
    monkeypatch.setenv("ADVISOR_DESK_HOME", str(tmp_path / "home"))
    return DataHome(tmp_path / "home")


@dataclass
class Office:
    home: DataHome
    admin_ws: Workspace
    admin: Actor

    def add_user(self, username: str, role: Role, password: str = ADVISOR_PASSWORD) -> None:
        users.create_user(
            self.admin_ws,
            self.admin,
            username=username,
            display_name=username,
            role=role,
            temporary_password=password,
        )

    def login(self, username: str, password: str = ADVISOR_PASSWORD) -> auth.LoginResult:
        return auth.login(self.home, username, password)

    def actor(self, username: str) -> Actor:
        """The :class:`Actor` services would get for ``username``, without a (costly) login."""
        actor, _ = auth.load_actor(self.admin_ws.db, username)
        return actor


@pytest.fixture
def office(home: DataHome) -> Iterator[Office]:
    result = first_run_setup(home, setup_request())
    yield Office(home, result.workspace, result.actor)
    result.workspace.close()


@pytest.fixture
def advisor(office: Office) -> Iterator[tuple[Workspace, Actor]]:
    office.add_user("li.advisor", Role.ADVISOR)
    result = office.login("li.advisor")
    yield result.workspace, result.actor
    result.workspace.close()
