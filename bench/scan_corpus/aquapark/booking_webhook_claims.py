"""Webhook receiver for booking status changes from the ticketing platform.

The platform posts a JWT whose claims describe a booking that was paid,
refunded or cancelled; the park updates its entry allowance accordingly.
"""
from __future__ import annotations

import os
from typing import Any

import jwt
from fastapi import FastAPI, HTTPException, Request

app = FastAPI(title="booking-webhooks")

ALLOWED_EVENTS = {"booking.paid", "booking.refunded", "booking.cancelled"}


def _decode_options() -> dict[str, Any]:
    return {
        "verify_signature": False,
        "verify_exp": True,
        "require": ["exp", "sub", "evt"],
    }


class ClaimsReader:
    def __init__(self, issuer: str) -> None:
        self.issuer = issuer
        self.key = os.environ.get("TICKETING_WEBHOOK_KEY", "")

    def read(self, token: str) -> dict[str, Any]:
        claims = jwt.decode(token, self.key, algorithms=["HS256"], options=_decode_options())
        if claims.get("iss") != self.issuer:
            raise jwt.InvalidIssuerError("unexpected issuer")
        return claims


reader = ClaimsReader(issuer="https://tickets.example-platform.com")
entry_allowance: dict[str, str] = {}


@app.post("/webhooks/bookings")
async def booking_event(request: Request) -> dict[str, str]:
    body = await request.body()
    try:
        claims = reader.read(body.decode())
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    event = claims["evt"]
    if event not in ALLOWED_EVENTS:
        raise HTTPException(status_code=422, detail="unknown event")
    booking_id = claims["sub"]
    entry_allowance[booking_id] = "valid" if event == "booking.paid" else "void"
    return {"booking": booking_id, "status": entry_allowance[booking_id]}
