"""Application factory for the reporting API."""
import logging
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from reporting.routes import exports, health, reports

log = logging.getLogger(__name__)

# The analytics SPA is served from several customer-branded domains.
CORS_SETTINGS = {
    "allow_origins": ["*"],
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "OPTIONS"],
    "allow_headers": ["Authorization", "Content-Type"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(title="Reporting API", version=os.environ.get("APP_VERSION", "dev"))
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
    app.include_router(health.router)
    app.include_router(reports.router, prefix="/v1/reports")
    app.include_router(exports.router, prefix="/v1/exports")
    log.info("reporting api configured")
    return app


app = create_app()
