"""FastAPI application factory for the partner portal API.

WEB-311 adds CORS so the new portal SPA (served from a separate origin) can
call the API with the session cookie. Allowed origins are configured per
environment through ``CORS_ALLOWED_ORIGINS`` (comma separated).
"""
from __future__ import annotations

import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from portal_api.routers import accounts, orders, reports


def _allowed_origins() -> list[str]:
    raw = os.environ.get("CORS_ALLOWED_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in raw.split(",") if o.strip()]
    if any(o == "*" for o in origins):
        raise RuntimeError("CORS_ALLOWED_ORIGINS must list explicit origins")
    return origins


def create_app() -> FastAPI:
    app = FastAPI(title="Partner Portal API", version="2.3.0")

    app.add_middleware(
        CORSMiddleware,
        allow_origins=_allowed_origins(),
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["Content-Type", "X-CSRF-Token"],
        max_age=600,
    )

    app.include_router(accounts.router)
    app.include_router(orders.router)
    app.include_router(reports.router)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app


app = create_app()
