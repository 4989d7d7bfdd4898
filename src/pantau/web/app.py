"""The FastAPI application: the JSON API, the web UI, one error shape, strict headers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path

import uvicorn
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from pantau.web import api, pages
from pantau.web.links import Links
from pantau.web.readonly import check_store
from pantau.web.render import CSP, render

API_PREFIX = "/api"


def create_app(db: str | Path) -> FastAPI:
    """The server for one store file, opened read-only per request."""
    check_store(db)
    app = FastAPI(
        title="pantau",
        summary="Stories, events, articles, entities, quotes and search over a pantau store.",
        version="1",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db = str(db)
    app.include_router(api.router, prefix=API_PREFIX)
    app.include_router(pages.router)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.middleware("http")(_headers)
    return app


def _error(
    request: Request, status: int, message: str, headers: Mapping[str, str] | None = None
) -> Response:
    """JSON ``{"error": {"status", "message"}}`` for the API, an HTML page elsewhere."""
    if request.url.path.startswith(API_PREFIX):
        body = {"error": {"status": status, "message": message}}
        return JSONResponse(body, status_code=status, headers=headers)
    html = render("error.html", Links(), status=status, message=message)
    return HTMLResponse(html, status_code=status, headers=headers)


async def _http_error(request: Request, exc: HTTPException) -> Response:
    return _error(request, exc.status_code, str(exc.detail), exc.headers)


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    problems = [
        f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}" for error in exc.errors()
    ]
    return _error(request, 422, "; ".join(problems) or "invalid request")


async def _headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    response = await call_next(request)
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def serve(db: str | Path, host: str, port: int) -> None:
    """Serve one store until interrupted; raises StoreError before listening if unusable."""
    uvicorn.run(create_app(db), host=host, port=port, log_level="info")
