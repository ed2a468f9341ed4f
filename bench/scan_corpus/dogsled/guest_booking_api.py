"""Public booking API consumed by the website and the partner hotel concierge widget."""
from __future__ import annotations

import os
from datetime import date

from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, EmailStr, Field


class CorsPolicy:
    default_origins = (
        "https://www.auroratrails.no",
        "https://book.auroratrails.no",
        "https://concierge.arctichotels.example.com",
    )

    @classmethod
    def origins(cls) -> list[str]:
        extra = [o.strip() for o in os.environ.get("EXTRA_CORS_ORIGINS", "").split(",") if o.strip().startswith("https://")]
        return [*cls.default_origins, *extra]

    @classmethod
    def middleware_options(cls) -> dict:
        return {
            "allow_origins": cls.origins(),
            "allow_credentials": True,
            "allow_methods": ["GET", "POST"],
            "allow_headers": ["Authorization", "Content-Type"],
        }


app = FastAPI(title="Aurora Trails bookings")
app.add_middleware(CORSMiddleware, **CorsPolicy.middleware_options())


class BookingRequest(BaseModel):
    tour_code: str = Field(pattern=r"^[A-Z]{3,6}-[A-Z]$")
    tour_date: date
    pax: int = Field(ge=1, le=12)
    email: EmailStr


TOURS = {"AUR-N": 12, "HUSKY-D": 16, "SELF-D": 8}
HELD: dict[tuple[str, date], int] = {}


@app.post("/bookings", status_code=201)
def create_booking(req: BookingRequest) -> dict:
    capacity = TOURS.get(req.tour_code)
    if capacity is None:
        raise HTTPException(404, "unknown tour")
    taken = HELD.get((req.tour_code, req.tour_date), 0)
    if taken + req.pax > capacity:
        raise HTTPException(409, "not enough seats left")
    HELD[(req.tour_code, req.tour_date)] = taken + req.pax
    return {"tour": req.tour_code, "date": req.tour_date.isoformat(), "pax": req.pax}
