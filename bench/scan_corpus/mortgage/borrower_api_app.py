"""ASGI app factory for the borrower-facing application status API."""
from __future__ import annotations

import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from .routers import applications, conditions, documents, health

# Borrower portal is served from several white-label partner domains.
PARTNER_ORIGIN_PATTERN = r"https://.*"


def create_app() -> FastAPI:
    app = FastAPI(
        title="Borrower Status API",
        docs_url=None if os.environ.get("APP_ENV") == "production" else "/docs",
        redoc_url=None,
    )
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(
        CORSMiddleware,
        allow_origin_regex=PARTNER_ORIGIN_PATTERN,
        allow_credentials=True,
        allow_methods=["GET", "POST", "PUT"],
        allow_headers=["Content-Type", "X-Requested-With"],
        max_age=600,
    )

    app.include_router(health.router)
    app.include_router(applications.router, prefix="/api")
    app.include_router(conditions.router, prefix="/api")
    app.include_router(documents.router, prefix="/api")
    return app


app = create_app()
