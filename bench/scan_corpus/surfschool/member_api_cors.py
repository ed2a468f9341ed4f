"""CORS setup for the member API consumed by the web booking widget and partner sites."""
from __future__ import annotations

import os
from typing import List

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

FIRST_PARTY_ORIGINS: List[str] = [
    "https://saltlinesurf.com",
    "https://www.saltlinesurf.com",
    "https://book.saltlinesurf.com",
]


def partner_origins() -> List[str]:
    raw = os.environ.get("PARTNER_WIDGET_ORIGINS", "")
    return [o.strip().rstrip("/") for o in raw.split(",") if o.strip().startswith("https://")]


def cors_kwargs() -> dict:
    return {
        "allow_origins": FIRST_PARTY_ORIGINS + partner_origins(),
        "allow_credentials": True,
        "allow_methods": ["GET", "POST", "DELETE"],
        "allow_headers": ["Authorization", "Content-Type", "X-Request-Id"],
        "max_age": 600,
    }


def create_app() -> FastAPI:
    app = FastAPI(title="Saltline member API")
    app.add_middleware(CORSMiddleware, **cors_kwargs())

    @app.get("/lessons/availability")
    def availability(beach: str = "main", day: str = "today") -> dict:
        return {"beach": beach, "day": day, "slots": []}

    @app.post("/bookings")
    def create_booking(payload: dict) -> dict:
        return {"status": "pending", "lesson": payload.get("lesson_id")}

    @app.delete("/bookings/{booking_id}")
    def cancel_booking(booking_id: int) -> dict:
        return {"status": "cancelled", "booking_id": booking_id}

    return app


app = create_app()
