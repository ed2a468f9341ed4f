"""Subcontractor portal API application.

Serves the portal SPA's API: work packages, timesheets and document
uploads. The SPA is hosted per subcontractor on their own subdomains and
calls this API with the portal session cookie.
"""
from __future__ import annotations

import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from portal.routers import documents, timesheets, work_packages

CORS_SETTINGS = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PUT", "DELETE"],
    "allow_headers": ["Content-Type", "X-Requested-With", "X-CSRF-Token"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(
        title="Subcontractor Portal",
        version=os.environ.get("PORTAL_VERSION", "dev"),
        docs_url=None,
        redoc_url=None,
    )
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
    app.include_router(work_packages.router, prefix="/api/work-packages", tags=["work packages"])
    app.include_router(timesheets.router, prefix="/api/timesheets", tags=["timesheets"])
    app.include_router(documents.router, prefix="/api/documents", tags=["documents"])

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict:
        return {"ok": True}

    return app


app = create_app()
