"""FastAPI receiver for card-processor events (autopay results, disputes, refunds)."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request

from .billing import BillingService

log = logging.getLogger("processor.webhook")
app = FastAPI()
billing = BillingService.from_env()

_SIGNING_SECRET = os.environ["PROCESSOR_SIGNING_SECRET"].encode("utf-8")
MAX_SKEW = 300


def _signature_parts(header: str) -> tuple[int, list[str]]:
    timestamp, signatures = 0, []
    for item in header.split(","):
        key, _, value = item.strip().partition("=")
        if key == "t":
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


def signature_valid(body: bytes, header: str, now: float | None = None) -> bool:
    try:
        timestamp, signatures = _signature_parts(header)
    except ValueError:
        return False
    if abs((now or time.time()) - timestamp) > MAX_SKEW:
        return False
    expected = hmac.new(_SIGNING_SECRET, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, candidate) for candidate in signatures)


@app.post("/webhooks/processor")
async def processor_event(request: Request, processor_signature: str = Header("")) -> dict:
    body = await request.body()
    if not signature_valid(body, processor_signature):
        raise HTTPException(status_code=400, detail="invalid signature")
    event = json.loads(body)
    event_type = event.get("type", "")
    obj = event.get("data", {}).get("object", {})
    if event_type == "charge.succeeded":
        billing.apply_payment(obj["metadata"]["rental_id"], obj["amount"], obj["id"])
    elif event_type == "charge.failed":
        billing.autopay_failed(obj["metadata"]["rental_id"], obj.get("failure_code"))
    elif event_type == "charge.dispute.created":
        billing.open_dispute(obj["charge"], obj["amount"], obj.get("reason", ""))
    else:
        log.debug("unhandled processor event %s", event_type)
    return {"ok": True}
