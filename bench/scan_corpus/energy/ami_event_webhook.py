"""Webhook endpoint for last-gasp and power-restore events from the AMI network."""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from .outages import record_last_gasp, record_restore

router = APIRouter()

MAX_SKEW_SECONDS = 300


def _verify(secret: bytes, timestamp: str, body: bytes, signature: str) -> None:
    try:
        ts = int(timestamp)
    except ValueError:
        raise HTTPException(400, "invalid timestamp")
    if abs(time.time() - ts) > MAX_SKEW_SECONDS:
        raise HTTPException(401, "stale request")
    mac = hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, signature):
        raise HTTPException(401, "invalid signature")


@router.post("/ami/events")
async def ami_event(
    request: Request,
    x_ami_timestamp: str = Header(...),
    x_ami_signature: str = Header(...),
):
    body = await request.body()
    _verify(os.environ["AMI_WEBHOOK_SECRET"].encode(), x_ami_timestamp, body, x_ami_signature)

    event = await request.json()
    if event.get("type") == "last_gasp":
        record_last_gasp(event["meterId"], event["occurredAt"])
    elif event.get("type") == "power_restore":
        record_restore(event["meterId"], event["occurredAt"])
    else:
        raise HTTPException(422, "unsupported event type")
    return {"ok": True}
