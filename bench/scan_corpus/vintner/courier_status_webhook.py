"""Delivery status callbacks from the courier for club and trade shipments."""

import hashlib
import hmac
import os

from fastapi import APIRouter, Header, HTTPException, Request

from vintner.shipping.tracking import record_delivery_status

router = APIRouter()

TRACKED_EVENTS = ("collected", "in_transit", "out_for_delivery", "delivered", "failed_attempt")


def _signing_key() -> bytes:
    return os.environ["COURIER_WEBHOOK_KEY"].encode("utf-8")


@router.post("/webhooks/courier/status")
async def courier_status(request: Request, x_courier_signature: str = Header(...)):
    body = await request.body()
    expected = hmac.new(_signing_key(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_courier_signature):
        raise HTTPException(status_code=401, detail="Bad signature")

    payload = await request.json()
    event = payload.get("event")
    if event == "test_ping":
        return {"ok": True}
    if event not in TRACKED_EVENTS:
        raise HTTPException(status_code=422, detail=f"Unsupported event {event}")

    await record_delivery_status(
        tracking_number=payload["tracking_number"],
        status=event,
        occurred_at=payload["timestamp"],
        note=payload.get("driver_note", ""),
    )
    return {"ok": True}
