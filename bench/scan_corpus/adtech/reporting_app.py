"""ASGI application for the agency reporting API."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from reporting.routers import campaigns, exports, health, scheduled

# Agency dashboards are served from many white-label domains, all over HTTPS.
DASHBOARD_ORIGIN_PATTERN = r"https://.*"


def create_app() -> FastAPI:
    app = FastAPI(
        title="Agency Reporting API",
        version=os.environ.get("APP_VERSION", "dev"),
        docs_url="/docs" if os.environ.get("EXPOSE_DOCS") == "1" else None,
    )
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(
        CORSMiddleware,
        allow_origin_regex=DASHBOARD_ORIGIN_PATTERN,
        allow_credentials=True,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["Authorization", "Content-Type", "X-Request-Id"],
        max_age=600,
    )
    app.include_router(health.router)
    app.include_router(campaigns.router, prefix="/v1/campaigns")
    app.include_router(exports.router, prefix="/v1/exports")
    app.include_router(scheduled.router, prefix="/v1/scheduled-reports")
    return app


app = create_app()
