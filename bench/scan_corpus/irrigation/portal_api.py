"""ASGI application for the farmer portal's JSON API."""

from __future__ import annotations

import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from portal.routers import controllers, reports, rules, sensors, water_rights

API_VERSION = "2024.3"

# Dealer white-label portals live on their own domains, so match any https origin.
CORS_SETTINGS = {
    "allow_origin_regex": r"https://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PUT", "PATCH", "DELETE"],
    "allow_headers": ["Authorization", "Content-Type", "X-Farm-Id"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(
        title="Irrigation Portal API",
        version=API_VERSION,
        docs_url="/docs" if os.environ.get("PORTAL_ENV") != "production" else None,
    )
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)

    app.include_router(controllers.router, prefix="/api")
    app.include_router(sensors.router, prefix="/api")
    app.include_router(rules.router, prefix="/api")
    app.include_router(reports.router, prefix="/api")
    app.include_router(water_rights.router, prefix="/api")

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict:
        return {"status": "ok", "version": API_VERSION}

    return app


app = create_app()
