"""Booking API used by the bridal appointment widget on the shop and partner sites."""
from __future__ import annotations

import os
from datetime import datetime

from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, EmailStr


class CorsPolicy:
    origins: tuple[str, ...] = (
        "https://shop.brimstoneandbow.co.uk",
        "https://www.brimstoneandbow.co.uk",
    )
    extra_env = "BRIDAL_WIDGET_EXTRA_ORIGINS"

    @classmethod
    def allowed(cls) -> list[str]:
        extra = [o.strip() for o in os.environ.get(cls.extra_env, "").split(",") if o.strip()]
        return [*cls.origins, *extra]

    @classmethod
    def middleware_kwargs(cls) -> dict:
        return {
            "allow_origins": cls.allowed(),
            "allow_credentials": True,
            "allow_methods": ["GET", "POST", "DELETE"],
            "allow_headers": ["Content-Type", "X-CSRF-Token"],
        }


class FittingRequest(BaseModel):
    name: str
    email: EmailStr
    wedding_date: datetime
    preferred_slot: datetime
    notes: str = ""


app = FastAPI(title="Bridal bookings")
app.add_middleware(CORSMiddleware, **CorsPolicy.middleware_kwargs())
BOOKINGS: dict[str, FittingRequest] = {}


@app.post("/bridal/fittings", status_code=201)
def request_fitting(body: FittingRequest):
    if body.preferred_slot >= body.wedding_date:
        raise HTTPException(status_code=422, detail="fitting must be before the wedding")
    key = f"{body.email}:{body.preferred_slot:%Y%m%d%H%M}"
    if key in BOOKINGS:
        raise HTTPException(status_code=409, detail="slot already requested")
    BOOKINGS[key] = body
    return {"reference": key, "status": "pending"}


@app.get("/bridal/slots")
def open_slots(day: str):
    taken = {b.preferred_slot.hour for b in BOOKINGS.values() if f"{b.preferred_slot:%Y-%m-%d}" == day}
    return {"day": day, "hours": [h for h in range(10, 17) if h not in taken]}
