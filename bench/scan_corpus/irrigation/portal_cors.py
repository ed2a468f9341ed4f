"""CORS setup for the portal API, shared by the public and dealer deployments."""

from __future__ import annotations

import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware


def allowed_origins() -> list[str]:
    """Origins come from deployment config, e.g.
    ``PORTAL_CORS_ORIGINS=https://app.example-irrigation.com,https://dealers.example-irrigation.com``.
    """
    raw = os.environ.get("PORTAL_CORS_ORIGINS", "")
    origins = [o.strip().rstrip("/") for o in raw.split(",") if o.strip()]
    for origin in origins:
        if origin == "*" or not origin.startswith("https://"):
            raise RuntimeError(f"refusing CORS origin {origin!r}")
    return origins


def install_cors(app: FastAPI) -> None:
    app.add_middleware(
        CORSMiddleware,
        allow_origins=allowed_origins(),
        allow_credentials=True,
        allow_methods=["GET", "POST", "PUT", "DELETE"],
        allow_headers=["Authorization", "Content-Type", "X-Farm-Id"],
        max_age=600,
    )
