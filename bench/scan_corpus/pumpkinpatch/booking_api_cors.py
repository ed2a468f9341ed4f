"""Public booking API used by the farm's website and partner sites."""
from __future__ import annotations

import os
from datetime import date

from fastapi import FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI(title="Hollow Lane bookings")

ALLOWED_ORIGINS = [
    "https://www.hollowlanepumpkins.co.uk",
    "https://tickets.hollowlanepumpkins.co.uk",
]
ALLOWED_ORIGINS += [o for o in os.environ.get("EXTRA_CORS_ORIGINS", "").split(",") if o.startswith("https://")]

app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
    max_age=600,
)

_capacity: dict[tuple[str, str], int] = {}
_bookings: dict[str, list[dict]] = {}


@app.get("/slots/{day}")
def slots(day: date) -> dict:
    return {
        "day": day.isoformat(),
        "slots": [
            {"start": start, "remaining": remaining}
            for (d, start), remaining in sorted(_capacity.items())
            if d == day.isoformat()
        ],
    }


@app.get("/me/bookings")
def my_bookings(request: Request) -> list[dict]:
    visitor = request.cookies.get("pp_visitor")
    if not visitor:
        raise HTTPException(status_code=401)
    return _bookings.get(visitor, [])


@app.delete("/me/bookings/{reference}")
def cancel_booking(reference: str, request: Request) -> dict:
    visitor = request.cookies.get("pp_visitor")
    if not visitor:
        raise HTTPException(status_code=401)
    remaining = [b for b in _bookings.get(visitor, []) if b["reference"] != reference]
    if len(remaining) == len(_bookings.get(visitor, [])):
        raise HTTPException(status_code=404)
    _bookings[visitor] = remaining
    return {"cancelled": reference}
