"""Receives subscription lifecycle events from the payment provider."""
import hashlib
import hmac
import json
import logging
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from .subscriptions import cancel_subscription, renew_subscription

router = APIRouter()
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["BILLING_WEBHOOK_SECRET"].encode()
TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, list[str]]:
    timestamp, signatures = 0, []
    for part in header.split(","):
        key, _, value = part.partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


@router.post("/webhooks/billing")
async def billing_webhook(request: Request, billing_signature: str = Header(...)):
    payload = await request.body()
    timestamp, signatures = _parse_signature_header(billing_signature)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        raise HTTPException(status_code=400, detail="stale event")
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()
    if expected not in signatures:
        raise HTTPException(status_code=400, detail="bad signature")
    event = json.loads(payload)
    await dispatch(event)
    return {"received": True}


async def dispatch(event: dict) -> None:
    kind = event.get("type")
    obj = event.get("data", {}).get("object", {})
    if kind == "invoice.paid":
        await renew_subscription(obj["subscription"], obj["period_end"])
    elif kind == "customer.subscription.deleted":
        await cancel_subscription(obj["id"])
    else:
        log.debug("ignoring billing event %s", kind)
