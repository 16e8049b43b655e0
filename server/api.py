"""The FastAPI application: ``create_app(settings)``.

Handlers keep no state between requests: everything is in the database, so any number of
instances can serve one PostgreSQL database. Run :func:`server.startup.prepare` first
(migrations and the CA); ``advisor-desk-server serve`` does.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from server.db import Database
from server.errors import ApiError
from server.routes import router
from server.settings import Settings

log = logging.getLogger(__name__)


async def _api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for error in exc.errors()[:5]:
        where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
        problems.append(f"{where}: {error.get('msg', 'invalid')}")
    return JSONResponse({"error": "bad_request", "message": "; ".join(problems)}, status_code=400)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    code = "not_found" if exc.status_code == 404 else "http_error"
    return JSONResponse({"error": code, "message": str(exc.detail)}, status_code=exc.status_code)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error in %s %s", request.method, request.url.path)
    return JSONResponse({"error": "internal", "message": "Server error."}, status_code=500)


def create_app(settings: Settings) -> FastAPI:
    db = Database(settings.db_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        db.dispose()

    app = FastAPI(title="Advisor Desk head office", version="1", lifespan=lifespan)
    app.state.db = db
    app.state.settings = settings
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
    app.include_router(router)
    return app
