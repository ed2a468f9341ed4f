"""Verifies delivery-slot confirmation callbacks from the supermarket booking system.

The booking system posts a JSON confirmation and an `X-Booking-Signature`
header holding a base64 HMAC-SHA256 of the body.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()


class BookingCallbackAuth:
    digest = hashlib.sha256

    def __init__(self, shared_key: bytes) -> None:
        self._key = shared_key

    def sign(self, body: bytes) -> bytes:
        return hmac.new(self._key, body, self.digest).digest()

    def verify(self, body: bytes, header_value: str) -> bool:
        try:
            presented = base64.b64decode(header_value, validate=True)
        except ValueError:
            return False
        return hmac.compare_digest(self.sign(body), presented)


auth = BookingCallbackAuth(os.environ["BOOKING_CALLBACK_KEY"].encode())


@app.post("/callbacks/booking")
async def booking_callback(request: Request, x_booking_signature: str = Header(...)) -> dict:
    body = await request.body()
    if not auth.verify(body, x_booking_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    payload = await request.json()
    slot = payload.get("slot", {})
    return {
        "booking_ref": payload.get("booking_ref"),
        "depot": slot.get("depot"),
        "window_start": slot.get("start"),
        "status": "recorded",
    }
