"""Receiver for subscription billing webhooks (FastAPI)."""

import hashlib
import hmac
import json
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request, Response

from .billing import BillingService

router = APIRouter()

TOLERANCE_SECONDS = 300
HANDLED_EVENTS = {"subscription.created", "subscription.updated", "invoice.payment_failed"}


def _signatures(header: str) -> tuple[int | None, list[str]]:
    timestamp, sigs = None, []
    for part in header.split(","):
        name, _, value = part.strip().partition("=")
        if name == "t" and value.isdigit():
            timestamp = int(value)
        elif name == "v1":
            sigs.append(value)
    return timestamp, sigs


def _is_authentic(payload: bytes, header: str) -> bool:
    timestamp, candidates = _signatures(header)
    if timestamp is None or abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    secret = os.environ["BILLING_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, f"{timestamp}.".encode() + payload, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, candidate) for candidate in candidates)


@router.post("/webhooks/subscriptions", status_code=204)
async def subscription_webhook(request: Request, billing_signature: str = Header("")):
    payload = await request.body()
    if not _is_authentic(payload, billing_signature):
        raise HTTPException(status_code=400, detail="invalid signature")

    event = json.loads(payload)
    if event.get("type") == "invoice.paid":
        await BillingService().mark_paid(event["data"]["object"]["id"])
    elif event.get("type") in HANDLED_EVENTS:
        await BillingService().sync_subscription(event["data"]["object"])
    return Response(status_code=204)
