"""Crane and hoist booking API used by the site logistics web app."""
import os
from datetime import date

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

from .auth import current_user
from .bookings import BookingConflict, create_booking, list_bookings

app = FastAPI(title="Crane schedule")

ALLOWED_ORIGINS = [
    o.strip()
    for o in os.environ.get("CRANE_API_ALLOWED_ORIGINS", "https://logistics.hartwell-build.co.uk").split(",")
    if o.strip()
]

app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
)


class BookingRequest(BaseModel):
    crane_id: str
    day: date
    start_slot: int
    slots: int
    lift_description: str
    appointed_person: str


@app.get("/sites/{site_code}/bookings")
async def get_bookings(site_code: str, day: date, user=Depends(current_user)):
    if site_code not in user.sites:
        raise HTTPException(status_code=404)
    return await list_bookings(site_code, day)


@app.post("/sites/{site_code}/bookings", status_code=201)
async def book(site_code: str, req: BookingRequest, user=Depends(current_user)):
    if site_code not in user.sites:
        raise HTTPException(status_code=404)
    try:
        return await create_booking(site_code, req.model_dump(), booked_by=user.id)
    except BookingConflict as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc
