"""Customer portal JSON API: bookings, service history, invoices."""

import os

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from portal.auth import current_customer
from portal.routes import bookings, invoices, service_history

CORS_SETTINGS = {
    "allow_origin_regex": r"https?://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PATCH", "DELETE"],
    "allow_headers": ["Content-Type", "X-CSRF-Token"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(title="Customer Portal API", docs_url=None, redoc_url=None)
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
    deps = [Depends(current_customer)]
    app.include_router(bookings.router, prefix="/api/bookings", dependencies=deps)
    app.include_router(service_history.router, prefix="/api/service-history", dependencies=deps)
    app.include_router(invoices.router, prefix="/api/invoices", dependencies=deps)

    @app.get("/healthz")
    async def healthz():
        return {"ok": True, "release": os.environ.get("RELEASE_SHA", "dev")}

    return app


app = create_app()
