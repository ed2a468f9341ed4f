"""Verifies booking webhooks pushed by the third-party session booking platform."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from functools import cached_property

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


@dataclass
class SignedDelivery:
    body: bytes
    timestamp: str
    provided_signature: str
    secret: bytes

    @cached_property
    def expected_signature(self) -> str:
        message = self.timestamp.encode() + b"." + self.body
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()

    def is_authentic(self) -> bool:
        return self.expected_signature == self.provided_signature.lower()


class WebhookSecrets:
    @staticmethod
    def for_site(site: str) -> bytes:
        return os.environ[f"BOOKING_WEBHOOK_SECRET_{site.upper()}"].encode()


def apply_booking_event(site: str, event: dict) -> None:
    kind = event.get("type")
    if kind == "booking.created":
        print(f"[{site}] new booking {event['booking_id']} for slot {event['slot']}")
    elif kind == "booking.cancelled":
        print(f"[{site}] cancelled booking {event['booking_id']}")


@app.post("/webhooks/bookings/{site}")
async def booking_webhook(site: str, request: Request) -> dict:
    delivery = SignedDelivery(
        body=await request.body(),
        timestamp=request.headers.get("X-Booking-Timestamp", ""),
        provided_signature=request.headers.get("X-Booking-Signature", ""),
        secret=WebhookSecrets.for_site(site),
    )
    if not delivery.is_authentic():
        raise HTTPException(status_code=401, detail="signature mismatch")
    apply_booking_event(site, json.loads(delivery.body))
    return {"status": "accepted"}
