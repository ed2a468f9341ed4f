"""Receives subscription events for the paid garden waste collection service."""
import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from waste.subscriptions import activate_subscription, cancel_subscription

router = APIRouter()

TOLERANCE_SECONDS = 300


def _secret() -> bytes:
    return os.environ["GARDEN_WASTE_WEBHOOK_SECRET"].encode()


def _valid(body: bytes, timestamp: str, signature: str) -> bool:
    try:
        sent_at = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - sent_at) > TOLERANCE_SECONDS:
        return False
    signed = timestamp.encode() + b"." + body
    expected = hmac.new(_secret(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@router.post("/webhooks/garden-waste")
async def garden_waste_event(
    request: Request,
    x_signature: str = Header(...),
    x_timestamp: str = Header(...),
):
    body = await request.body()
    if not _valid(body, x_timestamp, x_signature):
        raise HTTPException(status_code=401, detail="invalid signature")

    event = await request.json()
    kind = event.get("type")
    if kind == "subscription.created":
        activate_subscription(event["data"]["uprn"], event["data"]["bins"])
    elif kind == "subscription.cancelled":
        cancel_subscription(event["data"]["uprn"])
    return {"received": True}
