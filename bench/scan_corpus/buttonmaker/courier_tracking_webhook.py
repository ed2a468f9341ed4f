"""Tracking-event webhooks from the parcel courier for outbound button shipments."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from fastapi import APIRouter, HTTPException, Request

from buttonworks.shipping import ShipmentRepository

router = APIRouter()
repo = ShipmentRepository()

SIGNING_KEY = os.environ["COURIER_WEBHOOK_KEY"].encode()
MAX_SKEW = 300


def _verify(raw: bytes, timestamp: str, signature: str) -> bool:
    try:
        ts = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - ts) > MAX_SKEW:
        return False
    message = timestamp.encode() + b"." + raw
    expected = hmac.new(SIGNING_KEY, message, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@router.post("/webhooks/courier")
async def courier_event(request: Request):
    raw = await request.body()
    if not _verify(raw,
                   request.headers.get("X-Courier-Timestamp", ""),
                   request.headers.get("X-Courier-Signature", "")):
        raise HTTPException(status_code=401)
    event = json.loads(raw)
    shipment = repo.by_tracking(event["tracking_number"])
    if shipment is None:
        return {"ignored": True}
    if event["type"] == "delivered":
        repo.mark_delivered(shipment.id, event["occurred_at"])
    elif event["type"] == "exception":
        repo.flag_exception(shipment.id, event.get("reason", "unspecified"))
    else:
        repo.append_event(shipment.id, event["type"], event["occurred_at"])
    return {"ok": True}
