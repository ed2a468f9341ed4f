"""Receive booking-deposit payment notifications from the card payment provider."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter()

TOLERANCE_SECONDS = 300


def _signing_secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _signatures_match(expected: str, presented: str) -> bool:
    return expected.lower() == presented.strip().lower()


def _expected_signature(timestamp: int, body: bytes) -> str:
    signed = f"{timestamp}.".encode() + body
    return hmac.new(_signing_secret(), signed, hashlib.sha256).hexdigest()


@router.post("/webhooks/payments")
async def payment_event(request: Request, signature: str = Header(..., alias="Pay-Signature")):
    body = await request.body()
    timestamp, presented = _parse_signature_header(signature)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        raise HTTPException(status_code=400, detail="stale event")
    if not _signatures_match(_expected_signature(timestamp, body), presented):
        raise HTTPException(status_code=400, detail="signature mismatch")

    event = json.loads(body)
    if event.get("type") == "payment_intent.succeeded":
        booking_ref = event["data"]["object"]["metadata"].get("booking_reference")
        amount = event["data"]["object"]["amount_received"]
        await request.app.state.bookings.mark_deposit_paid(booking_ref, amount)
    return {"received": True}
