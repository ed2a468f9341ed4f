"""Verifies callbacks from the coaching-course booking platform.

The external booking platform sells beginners' courses on the club's behalf
and notifies us when a place is booked or refunded. Each callback carries an
HMAC-SHA256 signature of the raw body in the ``X-Booking-Signature`` header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from dataclasses import dataclass

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WebhookSettings:
    secret: bytes

    @classmethod
    def from_env(cls) -> "WebhookSettings":
        return cls(secret=os.environ["BOOKING_PLATFORM_WEBHOOK_SECRET"].encode("utf-8"))


class SignatureVerifier:
    def __init__(self, settings: WebhookSettings) -> None:
        self._secret = settings.secret

    def sign(self, body: bytes) -> str:
        return hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    def is_valid(self, body: bytes, signature: str) -> bool:
        return hmac.compare_digest(self.sign(body), signature.strip().lower())


verifier = SignatureVerifier(WebhookSettings.from_env())


def _record_course_booking(event: dict) -> None:
    log.info(
        "Course %s: place %s for %s",
        event["course_id"],
        event["action"],
        event["attendee"]["first_name"],
    )


@app.post("/webhooks/course-bookings")
async def course_booking_callback(
    request: Request,
    x_booking_signature: str = Header(...),
):
    body = await request.body()
    if not verifier.is_valid(body, x_booking_signature):
        raise HTTPException(status_code=401, detail="Bad signature")
    event = json.loads(body)
    if event.get("action") not in {"booked", "refunded", "transferred"}:
        raise HTTPException(status_code=422, detail="Unknown action")
    _record_course_booking(event)
    return {"ok": True}
