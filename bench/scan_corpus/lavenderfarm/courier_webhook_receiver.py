"""Delivery status callbacks from the courier that ships farm shop parcels."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from datetime import datetime

from fastapi import FastAPI, Header, HTTPException, Request

log = logging.getLogger(__name__)
app = FastAPI()

STATUS_MAP = {
    "COLLECTED": "shipped",
    "OUT_FOR_DELIVERY": "out_for_delivery",
    "DELIVERED": "delivered",
    "FAILED_ATTEMPT": "delivery_failed",
}


def _secret() -> bytes:
    return os.environ["COURIER_WEBHOOK_SECRET"].encode("utf-8")


def signature_valid(body: bytes, presented: str) -> bool:
    expected = hmac.new(_secret(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, presented.strip().lower())


async def _update_order(order_ref: str, status: str, at: datetime) -> None:
    from shop.orders import OrderRepository

    await OrderRepository.default_async().set_fulfilment_status(order_ref, status, at)


@app.post("/webhooks/courier")
async def courier_callback(request: Request, x_courier_signature: str = Header(default="")):
    body = await request.body()
    if not signature_valid(body, x_courier_signature):
        raise HTTPException(status_code=401, detail="invalid signature")

    event = json.loads(body)
    courier_status = event.get("status")
    if courier_status not in STATUS_MAP:
        log.info("ignoring courier status %s", courier_status)
        return {"ok": True}

    order_ref = event["reference"]
    at = datetime.fromisoformat(event["event_time"])
    await _update_order(order_ref, STATUS_MAP[courier_status], at)
    log.info("order %s is now %s", order_ref, STATUS_MAP[courier_status])
    return {"ok": True}
