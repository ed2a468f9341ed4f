"""Verifies and applies deposit payment webhooks.

The payment provider signs each event over "<timestamp>.<raw body>" with the
endpoint's signing secret. Verified events confirm or release the booking
slot held for a laser session.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass

from fastapi import APIRouter, Header, HTTPException, Request
from sqlalchemy import text

from clinic.db import engine
from clinic.settings import get_settings

router = APIRouter()


@dataclass(frozen=True)
class SignatureVerifier:
    secret: bytes
    tolerance: int = 300

    def verify(self, header: str, body: bytes) -> None:
        try:
            fields = dict(part.split("=", 1) for part in header.split(","))
            timestamp = int(fields["t"])
            provided = fields["v1"]
        except (KeyError, ValueError):
            raise HTTPException(status_code=400, detail="malformed signature header")
        if abs(time.time() - timestamp) > self.tolerance:
            raise HTTPException(status_code=400, detail="stale event")
        expected = hmac.new(self.secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, provided):
            raise HTTPException(status_code=401, detail="bad signature")


def _verifier() -> SignatureVerifier:
    return SignatureVerifier(secret=get_settings().deposit_webhook_secret.encode("utf-8"))


@router.post("/webhooks/deposit-events", status_code=204)
async def deposit_events(request: Request, payment_signature: str = Header(...)) -> None:
    body = await request.body()
    _verifier().verify(payment_signature, body)
    event = json.loads(body)
    kind = event.get("type")
    obj = event["data"]["object"]
    booking_id = int(obj["metadata"]["booking_id"])
    if kind == "payment_intent.succeeded":
        new_status = "confirmed"
    elif kind == "payment_intent.payment_failed":
        new_status = "slot_released"
    else:
        return None
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE bookings SET status = :s, deposit_ref = :ref "
                "WHERE id = :id AND status = 'pending_deposit'"
            ),
            {"s": new_status, "ref": obj["id"], "id": booking_id},
        )
    return None
