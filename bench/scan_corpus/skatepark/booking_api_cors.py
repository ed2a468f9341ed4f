"""FastAPI app serving the session-booking widget embedded on the park's websites."""
from __future__ import annotations

import os
from datetime import date

from fastapi import Cookie, Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

from .bookings import BookingService, get_booking_service
from .sessions import resolve_member

ALLOWED_ORIGINS = [
    "https://rampworks.example",
    "https://book.rampworks.example",
    "https://events.rampworks.example",
]
if os.environ.get("BOOKING_API_ENV") == "staging":
    ALLOWED_ORIGINS.append("https://staging.rampworks.example")

app = FastAPI(title="Rampworks booking API")
app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
    max_age=600,
)


class BookingRequest(BaseModel):
    session_id: int


def current_member(rw_member_session: str | None = Cookie(default=None)) -> int:
    member_id = resolve_member(rw_member_session)
    if member_id is None:
        raise HTTPException(status_code=401, detail="not signed in")
    return member_id


@app.get("/sessions")
def list_sessions(day: date, discipline: str | None = None,
                  service: BookingService = Depends(get_booking_service)):
    return service.sessions_on(day, discipline)


@app.post("/bookings", status_code=201)
def create_booking(body: BookingRequest, member_id: int = Depends(current_member),
                   service: BookingService = Depends(get_booking_service)):
    try:
        return service.book(member_id, body.session_id)
    except ValueError as exc:
        raise HTTPException(status_code=409, detail=str(exc))


@app.delete("/bookings/{booking_id}", status_code=204)
def cancel_booking(booking_id: int, member_id: int = Depends(current_member),
                   service: BookingService = Depends(get_booking_service)):
    if not service.cancel(member_id, booking_id):
        raise HTTPException(status_code=404, detail="booking not found")
