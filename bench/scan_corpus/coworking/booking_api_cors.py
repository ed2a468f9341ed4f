"""FastAPI application for the booking API consumed by the web and kiosk front ends."""
from __future__ import annotations

import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from booking.routes import desks, rooms, visitors

DEFAULT_ORIGINS = "https://app.deskhub.io,https://kiosk.deskhub.io"


def allowed_origins() -> list[str]:
    raw = os.environ.get("BOOKING_CORS_ORIGINS", DEFAULT_ORIGINS)
    origins = [origin.strip().rstrip("/") for origin in raw.split(",") if origin.strip()]
    if any(origin == "*" for origin in origins):
        raise RuntimeError("wildcard origin cannot be combined with credentialed requests")
    return origins


def create_app() -> FastAPI:
    app = FastAPI(title="booking-api", version="3.4.0")
    app.add_middleware(
        CORSMiddleware,
        allow_origins=allowed_origins(),
        allow_credentials=True,
        allow_methods=["GET", "POST", "PATCH", "DELETE"],
        allow_headers=["Authorization", "Content-Type", "X-Request-Id"],
        max_age=600,
    )
    app.include_router(desks.router, prefix="/v1/desks", tags=["desks"])
    app.include_router(rooms.router, prefix="/v1/rooms", tags=["rooms"])
    app.include_router(visitors.router, prefix="/v1/visitors", tags=["visitors"])

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict:
        return {"status": "ok"}

    return app


app = create_app()
