"""Booking API consumed by the boutique's marketing site and the bridal-fair kiosk app."""
from __future__ import annotations

import os
from datetime import date

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel


class CorsPolicy:
    origins = [
        o.strip()
        for o in os.environ.get(
            "BOOKING_ALLOWED_ORIGINS",
            "https://www.bridal-atelier.co.uk,https://fair.bridal-atelier.co.uk",
        ).split(",")
        if o.strip() and o.strip() != "*"
    ]
    settings = {
        "allow_credentials": True,
        "allow_methods": ["GET", "POST", "DELETE"],
        "allow_headers": ["Content-Type", "X-CSRF-Token"],
        "max_age": 600,
    }


app = FastAPI(title="Fitting bookings")
app.add_middleware(CORSMiddleware, allow_origins=CorsPolicy.origins, **CorsPolicy.settings)


class BookingRequest(BaseModel):
    bride_name: str
    email: str
    preferred_date: date
    appointment_type: str = "first consultation"
    party_size: int = 2


@app.get("/slots")
def open_slots(day: date, request: Request):
    diary = request.app.state.diary
    return {"day": day.isoformat(), "slots": [s.isoformat() for s in diary.free_slots(day)]}


@app.post("/bookings", status_code=201)
def create_booking(body: BookingRequest, request: Request):
    diary = request.app.state.diary
    if body.party_size > 5:
        return {"error": "party size limited to five guests"}
    booking_id = diary.book(
        name=body.bride_name,
        email=body.email,
        day=body.preferred_date,
        kind=body.appointment_type,
    )
    return {"booking_id": booking_id}
