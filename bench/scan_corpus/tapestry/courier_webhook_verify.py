"""Handles status callbacks from the fine-art shipping company (crate collected, delivered)."""

from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from .shipments import record_shipment_event

router = APIRouter(prefix="/webhooks/courier")

TOLERANCE_S = 300


def _secret() -> bytes:
    return os.environ["COURIER_WEBHOOK_SECRET"].encode("utf-8")


def signature_for(timestamp: str, body: bytes, secret: bytes) -> str:
    return hmac.new(secret, f"{timestamp}.".encode("ascii") + body, hashlib.sha256).hexdigest()


def verify(timestamp: str, body: bytes, provided: str, secret: bytes) -> bool:
    try:
        sent_at = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - sent_at) > TOLERANCE_S:
        return False
    expected = signature_for(timestamp, body, secret)
    return hmac.compare_digest(expected, provided)


@router.post("/events")
async def courier_event(
    request: Request,
    x_courier_timestamp: str = Header(...),
    x_courier_signature: str = Header(...),
):
    body = await request.body()
    if not verify(x_courier_timestamp, body, x_courier_signature, _secret()):
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    if event.get("status") == "unchanged":
        return {"ok": True}
    record_shipment_event(
        crate_id=event["crate_reference"],
        status=event["status"],
        occurred_at=event["occurred_at"],
        handler=event.get("driver_name"),
    )
    return {"ok": True}
