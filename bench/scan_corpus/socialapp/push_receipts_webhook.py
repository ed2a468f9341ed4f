"""Delivery receipts from the push provider (delivered / opened / bounced)."""

import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from notifications.receipts import record_receipt

router = APIRouter()

TOLERANCE_SECONDS = 300


def _secret() -> bytes:
    return os.environ["PUSH_RECEIPTS_SIGNING_SECRET"].encode()


def _verify(body: bytes, timestamp: str, signature: str) -> None:
    try:
        ts = int(timestamp)
    except ValueError:
        raise HTTPException(400, "invalid timestamp")
    if abs(time.time() - ts) > TOLERANCE_SECONDS:
        raise HTTPException(401, "stale request")
    expected = hmac.new(_secret(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature.removeprefix("v1=")):
        raise HTTPException(401, "signature mismatch")


@router.post("/webhooks/push-receipts", status_code=204)
async def push_receipts(
    request: Request,
    x_push_timestamp: str = Header(...),
    x_push_signature: str = Header(...),
):
    body = await request.body()
    _verify(body, x_push_timestamp, x_push_signature)
    event = await request.json()
    if event.get("type") == "ping":
        return
    for receipt in event.get("receipts", []):
        await record_receipt(
            notification_id=receipt["notification_id"],
            status=receipt["status"],
            occurred_at=receipt["ts"],
        )
