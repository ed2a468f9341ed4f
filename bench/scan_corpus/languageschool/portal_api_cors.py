"""HTTP middleware configuration for the student portal API.

The single-page portal frontend and the mobile web app call the API from
their own origins with the session cookie attached.
"""
from __future__ import annotations

import os
from typing import List

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

PORTAL_ORIGINS: List[str] = [
    "https://portal.example-lingua.com",
    "https://m.example-lingua.com",
]


def _extra_origins() -> List[str]:
    raw = os.environ.get("PORTAL_EXTRA_ORIGINS", "")
    return [o.strip() for o in raw.split(",") if o.strip().startswith("https://")]


def allowed_origins() -> List[str]:
    return PORTAL_ORIGINS + _extra_origins()


def install_middleware(app: FastAPI) -> FastAPI:
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=allowed_origins(),
        allow_credentials=True,
        allow_methods=["GET", "POST", "PUT", "DELETE"],
        allow_headers=["Content-Type", "X-CSRF-Token"],
        max_age=600,
    )
    return app


def build_api() -> FastAPI:
    app = FastAPI(title="Lingua student portal API", docs_url=None, redoc_url=None)
    install_middleware(app)

    from portal.routes import courses, placement, recordings

    app.include_router(courses.router)
    app.include_router(placement.router)
    app.include_router(recordings.router)
    return app
