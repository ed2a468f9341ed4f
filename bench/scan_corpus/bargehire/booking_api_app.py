"""FastAPI application serving the public booking API.

The booking widget on the marketing site and the partner marina sites call
this API from the browser with the customer's session cookie, so CORS is
limited to our own and our partners' origins.
"""
from __future__ import annotations

import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware

from bargehire.api import availability, bookings, quotes

_DEFAULT_ORIGINS = (
    "https://www.bargehire.example",
    "https://book.bargehire.example",
)


def allowed_origins() -> list[str]:
    extra = os.environ.get("PARTNER_WIDGET_ORIGINS", "")
    partner_origins = [o.strip() for o in extra.split(",") if o.strip().startswith("https://")]
    return [*_DEFAULT_ORIGINS, *partner_origins]


def create_app() -> FastAPI:
    app = FastAPI(title="Bargehire booking API", docs_url=None, redoc_url=None)
    app.add_middleware(
        TrustedHostMiddleware,
        allowed_hosts=["api.bargehire.example", "*.bargehire.internal"],
    )
    app.add_middleware(
        CORSMiddleware,
        allow_origins=allowed_origins(),
        allow_credentials=True,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["Content-Type", "X-CSRF-Token"],
        max_age=600,
    )
    app.include_router(availability.router, prefix="/v1/availability")
    app.include_router(quotes.router, prefix="/v1/quotes")
    app.include_router(bookings.router, prefix="/v1/bookings")

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict:
        return {"ok": True}

    return app


app = create_app()
