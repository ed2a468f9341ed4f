"""FastAPI receiver for taproom event bookings pushed by the ticketing platform."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from pydantic import BaseModel

app = FastAPI()


class WebhookConfig:
    secret_env = "TICKETING_WEBHOOK_SECRET"

    @classmethod
    @lru_cache(maxsize=1)
    def secret(cls) -> bytes:
        return os.environ[cls.secret_env].encode()


class Booking(BaseModel):
    booking_id: str
    event_slug: str
    seats: int
    email: str


async def verified_body(
    request: Request, x_ticketing_signature: str = Header(default="")
) -> bytes:
    body = await request.body()
    mac = hmac.new(WebhookConfig.secret(), body, hashlib.sha256).digest()
    expected = base64.b64encode(mac).decode()
    if not hmac.compare_digest(expected, x_ticketing_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    return body


@app.post("/hooks/ticketing/bookings")
async def booking_created(body: bytes = Depends(verified_body)):
    booking = Booking.model_validate_json(body)
    capacity = app.state.capacity
    if not capacity.reserve(booking.event_slug, booking.seats, booking.booking_id):
        raise HTTPException(status_code=409, detail="event full")
    return {"accepted": booking.booking_id}
