"""Each server test runs on a fresh database, on SQLite and on the real PostgreSQL.

One migrated database (with its CA) is made per backend per run and copied for every test:
a file copy on SQLite, ``CREATE DATABASE … TEMPLATE`` on PostgreSQL. PostgreSQL comes from
``ADVISOR_DESK_TEST_PG`` (default: the machine's service, database ``test``); its tests are
skipped, saying why, only when it cannot be reached.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import make_url

from server.api import create_app
from server.settings import Settings
from server.startup import prepare
from tests.server.harness import Clock, Server

PG_ADMIN = os.environ.get("ADVISOR_DESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
BACKENDS = ("sqlite", "postgresql")


def pg_url(database: str) -> str:
    url = make_url(PG_ADMIN).set(drivername="postgresql+psycopg", database=database)
    return url.render_as_string(hide_password=False)


def pg_admin(sql: str) -> None:
    with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5) as conn:
        conn.execute(sql)  # type: ignore[arg-type]  # fixed identifiers made here


def _postgres_problem() -> str | None:
    try:
        with psycopg.connect(PG_ADMIN, connect_timeout=5) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        return f"PostgreSQL at {PG_ADMIN} is unreachable: {' '.join(str(exc).split())}"
    return None


class Templates:
    """The migrated template database of each backend, made on first use."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.run = uuid.uuid4().hex[:8]
        self.made: dict[str, str] = {}
        self.pg_problem: str | None = None
        self.pg_checked = False

    def template(self, backend: str) -> str:
        if backend not in self.made:
            if backend == "sqlite":
                url = f"sqlite:///{self.folder / 'template.db'}"
            else:
                name = f"ads_template_{self.run}"
                pg_admin(f"CREATE DATABASE {name}")
                url = pg_url(name)
            prepare(Settings(db_url=url))
            self.made[backend] = url
        return self.made[backend]

    def fresh(self, backend: str, folder: Path) -> str:
        template = self.template(backend)
        if backend == "sqlite":
            target = folder / "server.db"
            shutil.copyfile(make_url(template).database or "", target)
            return f"sqlite:///{target}"
        name = f"ads_test_{self.run}_{uuid.uuid4().hex[:8]}"
        pg_admin(f"CREATE DATABASE {name} TEMPLATE {make_url(template).database}")
        return pg_url(name)

    def empty(self, backend: str, folder: Path) -> str:
        if backend == "sqlite":
            return f"sqlite:///{folder / 'empty.db'}"
        name = f"ads_empty_{self.run}_{uuid.uuid4().hex[:8]}"
        pg_admin(f"CREATE DATABASE {name}")
        return pg_url(name)

    def drop(self, url: str) -> None:
        parsed = make_url(url)
        if parsed.drivername.startswith("postgresql"):
            pg_admin(f"DROP DATABASE IF EXISTS {parsed.database} WITH (FORCE)")

    def skip_unless_available(self, backend: str) -> None:
        if backend != "postgresql":
            return
        if not self.pg_checked:
            self.pg_problem, self.pg_checked = _postgres_problem(), True
            if self.pg_problem:
                print(f"\nskipping PostgreSQL server tests: {self.pg_problem}")
        if self.pg_problem:
            pytest.skip(self.pg_problem)


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    made = Templates(tmp_path_factory.mktemp("server-template"))
    yield made
    for url in made.made.values():
        made.drop(url)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, templates: Templates) -> str:
    name: str = request.param
    templates.skip_unless_available(name)
    return name


@pytest.fixture
def database_url(backend: str, templates: Templates, tmp_path: Path) -> Iterator[str]:
    url = templates.fresh(backend, tmp_path)
    yield url
    templates.drop(url)


@pytest.fixture
def empty_database_url(backend: str, templates: Templates, tmp_path: Path) -> Iterator[str]:
    url = templates.empty(backend, tmp_path)
    yield url
    templates.drop(url)


@pytest.fixture
def server(database_url: str, backend: str) -> Iterator[Server]:
    clock = Clock()
    settings = Settings(db_url=database_url, clock=clock)
    app = create_app(settings)
    with TestClient(app) as http:
        yield Server(settings, clock, app.state.db, http, backend)
