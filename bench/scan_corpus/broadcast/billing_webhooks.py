"""Webhook receiver for the podcast subscription billing provider."""
import hashlib
import hmac
import json
import logging
import os
import time

from fastapi import APIRouter, HTTPException, Request

router = APIRouter()
log = logging.getLogger(__name__)

TOLERANCE = 300


def _verify(payload: bytes, header: str) -> None:
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    ts, sig = parts.get("t", ""), parts.get("v1", "")
    if not ts.isdigit() or abs(time.time() - int(ts)) > TOLERANCE:
        raise HTTPException(status_code=400, detail="stale webhook")
    secret = os.environ["BILLING_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, sig):
        raise HTTPException(status_code=401, detail="bad signature")


@router.post("/webhooks/billing")
async def billing_webhook(request: Request):
    payload = await request.body()
    _verify(payload, request.headers.get("Billing-Signature", ""))
    event = json.loads(payload)
    kind = event.get("type")
    subs = request.app.state.subscriptions
    if kind == "subscription.created":
        await subs.activate(event["data"]["customer"], event["data"]["plan"])
    elif kind == "subscription.cancelled":
        await subs.cancel(event["data"]["customer"])
    elif kind == "invoice.payment_failed":
        await subs.flag_past_due(event["data"]["customer"])
    else:
        log.debug("ignoring billing event %s", kind)
    return {"received": True}
