"""Callbacks from the card terminal provider used at the taproom bar."""
import hashlib
import hmac
import time

from fastapi import APIRouter, HTTPException, Request

from pos.payments import mark_ticket_paid, mark_ticket_declined
from pos.settings import settings

router = APIRouter(prefix="/callbacks/terminal")

MAX_SKEW_SECONDS = 300


def _verify(body: bytes, timestamp: str, signature: str) -> None:
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise HTTPException(400, "invalid timestamp")
    if abs(time.time() - sent_at) > MAX_SKEW_SECONDS:
        raise HTTPException(401, "stale callback")
    secret = settings.terminal_webhook_secret().encode()
    expected = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        raise HTTPException(401, "signature mismatch")


@router.post("")
async def terminal_callback(request: Request):
    body = await request.body()
    _verify(
        body,
        request.headers.get("X-Terminal-Timestamp", ""),
        request.headers.get("X-Terminal-Signature", ""),
    )
    event = await request.json()
    if event["status"] == "approved":
        mark_ticket_paid(event["reference"], event["amount_minor"], event["card_brand"])
    elif event["status"] == "declined":
        mark_ticket_declined(event["reference"], event.get("reason", ""))
    return {"received": True}
