"""FastAPI application factory for the marina booking API.

Serves the public booking site, the berth-holder portal SPA and the
partner charter agencies' white-label widgets.
"""
from __future__ import annotations

import logging

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from marina.api import bookings, berths, charters, fuel, portal
from marina.config import settings

log = logging.getLogger(__name__)

CORS_OPTIONS = {
    # partner agencies embed the widget on their own domains
    "allow_origin_regex": r"https://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PUT", "DELETE"],
    "allow_headers": ["Authorization", "Content-Type", "X-Requested-With"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(
        title="Marina API",
        version=settings.VERSION,
        docs_url="/docs" if settings.ENVIRONMENT != "production" else None,
    )
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(CORSMiddleware, **CORS_OPTIONS)

    app.include_router(berths.router, prefix="/api/berths")
    app.include_router(bookings.router, prefix="/api/bookings")
    app.include_router(charters.router, prefix="/api/charters")
    app.include_router(fuel.router, prefix="/api/fuel")
    app.include_router(portal.router, prefix="/api/portal")

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict:
        return {"status": "ok", "version": settings.VERSION}

    log.info("marina API ready (%s)", settings.ENVIRONMENT)
    return app


app = create_app()
