"""CORS configuration for the FastAPI scheduling service.

Two audiences:
* our own web apps, which call with the session cookie -> explicit origin list
  with credentials;
* the public clinician directory used by the embeddable booking widget on
  partner sites -> any origin, but never with credentials.
"""
from __future__ import annotations

import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .directory import router as directory_router
from .scheduling import router as scheduling_router


def _first_party_origins() -> list[str]:
    raw = os.environ.get("SCHEDULING_ALLOWED_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in raw.split(",") if o.strip()]
    if any(o == "*" for o in origins):
        raise RuntimeError("wildcard origin not allowed for credentialed API")
    return origins


def create_app() -> FastAPI:
    app = FastAPI(title="scheduling")
    app.add_middleware(
        CORSMiddleware,
        allow_origins=_first_party_origins(),
        allow_credentials=True,
        allow_methods=["GET", "POST", "PATCH", "DELETE"],
        allow_headers=["Content-Type", "X-CSRF-Token"],
        max_age=600,
    )
    app.include_router(scheduling_router, prefix="/v1")

    directory = FastAPI(title="public-directory")
    directory.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_credentials=False,
        allow_methods=["GET"],
    )
    directory.include_router(directory_router)
    app.mount("/public", directory)
    return app
