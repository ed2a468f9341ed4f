"""API behind the embeddable booking widget for key-cutting and repair appointments."""
from __future__ import annotations

import os
from datetime import date

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel


class CorsSettings:
    origins_env = "BOOKING_WIDGET_ORIGINS"
    default_origins = (
        "https://www.heelsandkeys.example",
        "https://book.heelsandkeys.example",
    )

    @classmethod
    def allowed_origins(cls) -> list[str]:
        raw = os.environ.get(cls.origins_env, "")
        extra = [o.strip() for o in raw.split(",") if o.strip().startswith("https://")]
        return [*cls.default_origins, *extra]


CORS_OPTIONS = {
    "allow_origins": CorsSettings.allowed_origins(),
    "allow_credentials": True,
    "allow_methods": ["GET", "POST"],
    "allow_headers": ["Content-Type", "X-Requested-With"],
    "max_age": 600,
}


class BookingRequest(BaseModel):
    shop_code: str
    service: str
    day: date
    slot: str
    customer_name: str
    phone: str


app = FastAPI(title="Booking widget")
app.add_middleware(CORSMiddleware, **CORS_OPTIONS)


@app.get("/slots/{shop_code}/{day}")
def free_slots(shop_code: str, day: date) -> dict:
    return {"shop": shop_code, "day": day.isoformat(), "slots": ["09:30", "11:00", "14:15"]}


@app.post("/bookings")
def book(req: BookingRequest, request: Request) -> dict:
    return {"reference": f"{req.shop_code}-{req.day:%m%d}-{req.slot.replace(':', '')}", "status": "held"}
