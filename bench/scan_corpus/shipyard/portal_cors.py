"""CORS setup for the subcontractor portal API.

The portal SPA is served from a small set of yard-controlled origins and
calls the API with the session cookie, so credentials are allowed only
for those exact origins.
"""
from __future__ import annotations

import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware


def allowed_origins() -> list[str]:
    raw = os.environ.get("PORTAL_ALLOWED_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in raw.split(",") if o.strip()]
    for origin in origins:
        if origin == "*" or not origin.startswith("https://"):
            raise RuntimeError(f"refusing CORS origin {origin!r}")
    return origins


CORS_SETTINGS = {
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PUT", "DELETE"],
    "allow_headers": ["Content-Type", "X-CSRF-Token"],
    "max_age": 600,
}


def install_cors(app: FastAPI) -> None:
    app.add_middleware(CORSMiddleware, allow_origins=allowed_origins(), **CORS_SETTINGS)


def create_app() -> FastAPI:
    from portal.routers import documents, timesheets, work_packages

    app = FastAPI(title="Subcontractor Portal", docs_url=None, redoc_url=None)
    install_cors(app)
    app.include_router(work_packages.router, prefix="/api/work-packages")
    app.include_router(timesheets.router, prefix="/api/timesheets")
    app.include_router(documents.router, prefix="/api/documents")
    return app
