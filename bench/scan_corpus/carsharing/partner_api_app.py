"""ASGI entrypoint for the partner booking API.

Partner web apps (hotel concierge pages, corporate travel tools) call this API
from the browser using the partner's session cookie issued by our SSO.
"""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware

from .routers import availability, bookings, vehicles

API_VERSION = "2024-05"

CORS_SETTINGS = {
    "allow_origin_regex": r"https://.*",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PATCH", "DELETE"],
    "allow_headers": ["Authorization", "Content-Type", "Idempotency-Key"],
    "max_age": 600,
}


def create_app() -> FastAPI:
    app = FastAPI(
        title="Partner Booking API",
        version=API_VERSION,
        docs_url="/docs" if os.environ.get("EXPOSE_DOCS") == "1" else None,
    )
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)

    app.include_router(availability.router, prefix="/v1")
    app.include_router(vehicles.router, prefix="/v1")
    app.include_router(bookings.router, prefix="/v1")

    @app.get("/health", include_in_schema=False)
    def health():
        return {"ok": True, "version": API_VERSION}

    return app


app = create_app()
