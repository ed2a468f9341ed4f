"""Webhook receiver for order events from the delivery marketplace."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from fastapi import APIRouter, Header, HTTPException, Request

log = logging.getLogger(__name__)
router = APIRouter(prefix="/webhooks/marketplace")

STATUS_MAP = {
    "order.created": "received",
    "order.accepted": "accepted",
    "courier.arrived": "awaiting_pickup",
    "order.picked_up": "out_for_delivery",
    "order.delivered": "completed",
    "order.cancelled": "cancelled",
}


def _signing_secret() -> bytes:
    return os.environ["MARKETPLACE_WEBHOOK_SECRET"].encode()


@router.post("/events")
async def marketplace_event(request: Request, x_marketplace_signature: str = Header(...)):
    body = await request.body()
    expected = hmac.new(_signing_secret(), body, hashlib.sha256).hexdigest()
    if x_marketplace_signature != expected:
        raise HTTPException(status_code=401, detail="invalid signature")

    event = json.loads(body)
    new_status = STATUS_MAP.get(event.get("type"))
    if new_status is None:
        log.info("ignoring marketplace event type %s", event.get("type"))
        return {"ok": True}

    orders = request.app.state.orders
    await orders.update_status(
        external_id=event["order"]["id"],
        status=new_status,
        source="marketplace",
    )
    return {"ok": True}
