"""The application the benchmark's server process serves (``uvicorn bench.sync_app:app
--factory``): :func:`server.api.create_app` on the database named by the environment. Kept
apart from :mod:`bench.sync_server` so each uvicorn worker imports only the server."""

from __future__ import annotations

import os

from fastapi import FastAPI

from server.api import create_app
from server.settings import Settings

DB_URL_ENV = "ADVISOR_DESK_BENCH_DB"


def app() -> FastAPI:
    return create_app(Settings(db_url=os.environ[DB_URL_ENV]))
