"""Receives geofence and ignition events pushed by the telematics provider."""
import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from .ingest import record_event

router = APIRouter()
WEBHOOK_SECRET = os.environ["TELEMATICS_WEBHOOK_SECRET"].encode()
MAX_SKEW_SECONDS = 300
ACCEPTED_TYPES = {"geofence.enter", "geofence.exit", "ignition.on", "ignition.off"}


def _sign(timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(WEBHOOK_SECRET, message, hashlib.sha256).hexdigest()


@router.post("/hooks/telematics")
async def telematics_event(
    request: Request,
    x_signature: str = Header(...),
    x_timestamp: str = Header(...),
):
    try:
        sent_at = int(x_timestamp)
    except ValueError:
        raise HTTPException(400, "invalid timestamp")
    if abs(time.time() - sent_at) > MAX_SKEW_SECONDS:
        raise HTTPException(401, "stale request")

    body = await request.body()
    if not hmac.compare_digest(_sign(x_timestamp, body), x_signature):
        raise HTTPException(401, "signature mismatch")

    event = await request.json()
    if event.get("type") not in ACCEPTED_TYPES:
        return {"ignored": True}
    if event.get("type") == "ignition.off" and event.get("odometer_km") is None:
        raise HTTPException(422, "odometer required")
    await record_event(event)
    return {"ok": True}
