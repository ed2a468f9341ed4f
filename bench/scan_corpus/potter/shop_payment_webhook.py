"""Receive payment events from the card processor for online shop orders."""
import hashlib
import hmac
import json
import time

from fastapi import APIRouter, Header, HTTPException, Request

from potter.config import settings
from potter.orders import mark_order_paid, mark_order_refunded

router = APIRouter(prefix="/webhooks")

TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, list[str]]:
    timestamp = 0
    signatures: list[str] = []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t":
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


def _expected_signature(timestamp: int, payload: bytes) -> str:
    signed = f"{timestamp}.".encode() + payload
    return hmac.new(
        settings.PAYMENT_WEBHOOK_SECRET.encode(), signed, hashlib.sha256
    ).hexdigest()


@router.post("/payments")
async def payment_event(request: Request, processor_signature: str = Header(...)):
    payload = await request.body()
    timestamp, candidates = _parse_signature_header(processor_signature)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        raise HTTPException(status_code=400, detail="stale event")
    expected = _expected_signature(timestamp, payload)
    if expected not in candidates:
        raise HTTPException(status_code=400, detail="bad signature")

    event = json.loads(payload)
    order_ref = event["data"]["object"]["metadata"]["order_ref"]
    if event["type"] == "charge.succeeded":
        await mark_order_paid(order_ref, event["data"]["object"]["id"])
    elif event["type"] == "charge.refunded":
        await mark_order_refunded(order_ref)
    return {"received": True}
