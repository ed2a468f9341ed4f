"""Receives delivery updates from the freight courier.

Finished memorials are palletised and sent to the cemetery by a courier;
its webhook tells us when a pallet is collected, delivered or damaged.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os

from fastapi import APIRouter, Header, HTTPException, Request

log = logging.getLogger(__name__)

router = APIRouter(prefix="/webhooks/courier")

STATUS_MAP = {
    "COLLECTED": "in_transit",
    "DELIVERED": "delivered",
    "DAMAGED": "needs_inspection",
}


def _secret() -> bytes:
    return os.environ["COURIER_WEBHOOK_SECRET"].encode()


def signature_ok(body: bytes, received: str) -> bool:
    expected = hmac.new(_secret(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received)


@router.post("/events")
async def courier_event(request: Request, x_courier_signature: str = Header(default="")):
    body = await request.body()
    if not signature_ok(body, x_courier_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    status = event.get("status")
    if status not in STATUS_MAP:
        return {"ignored": True}
    consignment = event["consignment_ref"]
    deliveries = request.app.state.deliveries
    await deliveries.set_status(consignment, STATUS_MAP[status])
    if status == "DAMAGED":
        await deliveries.notify_workshop(consignment, event.get("notes", ""))
    log.info("consignment %s -> %s", consignment, STATUS_MAP[status])
    return {"ok": True}
