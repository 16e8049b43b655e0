"""The device's sync against the real head-office server, on SQLite and on PostgreSQL.

Each test gets a fresh server database (the server tests' templates) and a uvicorn server on
a free loopback port in a thread; devices are real data folders set up as at first run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.server.conftest import Templates
from tests.sync.harness import Desk, HeadOfficeServer, make_desk, serve

pytestmark = pytest.mark.usefixtures("fast_kdf")


@pytest.fixture(scope="session")
def sync_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    made = Templates(tmp_path_factory.mktemp("sync-server-template"))
    yield made
    for url in made.made.values():
        made.drop(url)


@pytest.fixture(params=("sqlite", "postgresql"))
def backend(request: pytest.FixtureRequest, sync_templates: Templates) -> str:
    name: str = request.param
    sync_templates.skip_unless_available(name)
    return name


@pytest.fixture
def head_office(
    backend: str, sync_templates: Templates, tmp_path: Path
) -> Iterator[HeadOfficeServer]:
    url = sync_templates.fresh(backend, tmp_path)
    try:
        with serve(url) as server:
            yield server
    finally:
        sync_templates.drop(url)


@pytest.fixture
def new_desk(tmp_path: Path) -> Iterator[Callable[[str], Desk]]:
    """Set up devices (each its own data folder, as at first run); closed afterwards."""
    made: list[Desk] = []

    def make(name: str = "a") -> Desk:
        desk = make_desk(tmp_path / f"desk-{name}", device_name=f"柜台{name}")
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.close()
