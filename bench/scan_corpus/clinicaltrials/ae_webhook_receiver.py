"""Webhook receiver for adverse-event notifications from the safety system.

Requests carry X-Timestamp and X-Signature headers; the signature is
``v1=<hex HMAC-SHA256 of "<timestamp>." + body>``.
"""
import hashlib
import hmac
import json
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter(prefix="/hooks/safety")

TOLERANCE_SECONDS = 300
SERIOUS_TYPES = {"sae.created", "sae.updated", "susar.flagged"}


def _signing_secret() -> bytes:
    return os.environ["SAFETY_WEBHOOK_SECRET"].encode()


def _signature_ok(timestamp: int, body: bytes, presented: str) -> bool:
    mac = hmac.new(_signing_secret(), f"{timestamp}.".encode() + body, hashlib.sha256)
    expected = "v1=" + mac.hexdigest()
    return hmac.compare_digest(expected.encode(), presented.encode())


@router.post("/ae-events", status_code=202)
async def ae_event(
    request: Request,
    x_timestamp: str = Header(...),
    x_signature: str = Header(...),
):
    body = await request.body()
    try:
        ts = int(x_timestamp)
    except ValueError:
        raise HTTPException(status_code=400, detail="bad timestamp")
    if abs(time.time() - ts) > TOLERANCE_SECONDS:
        raise HTTPException(status_code=401, detail="stale request")
    if not _signature_ok(ts, body, x_signature):
        raise HTTPException(status_code=401, detail="bad signature")

    event = json.loads(body)
    priority = "expedited" if event.get("type") in SERIOUS_TYPES else "routine"
    await request.app.state.ae_queue.put({"priority": priority, "event": event})
    return {"status": "accepted", "priority": priority}
