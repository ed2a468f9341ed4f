"""Receives order webhooks from the dealer network (shops ordering string sets and harps)."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from datetime import datetime, timezone

from fastapi import FastAPI, Header, HTTPException, Request
from pydantic import BaseModel, Field

log = logging.getLogger("harpmaker.dealer_webhooks")

app = FastAPI(title="Dealer webhooks")

WEBHOOK_SECRET = os.environ["DEALER_WEBHOOK_SECRET"].encode("utf-8")
MAX_SKEW_SECONDS = 300


class OrderLine(BaseModel):
    sku: str
    quantity: int = Field(gt=0)


class DealerOrder(BaseModel):
    dealer_id: int
    order_ref: str
    lines: list[OrderLine]


def _expected_signature(timestamp: str, body: bytes) -> str:
    mac = hmac.new(WEBHOOK_SECRET, timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return mac.hexdigest()


def _check_freshness(timestamp: str) -> None:
    try:
        sent = datetime.fromtimestamp(int(timestamp), tz=timezone.utc)
    except ValueError:
        raise HTTPException(status_code=400, detail="bad timestamp")
    skew = abs((datetime.now(timezone.utc) - sent).total_seconds())
    if skew > MAX_SKEW_SECONDS:
        raise HTTPException(status_code=400, detail="stale webhook")


@app.post("/webhooks/dealer-orders")
async def dealer_order_webhook(
    request: Request,
    x_harp_timestamp: str = Header(...),
    x_harp_signature: str = Header(...),
):
    body = await request.body()
    _check_freshness(x_harp_timestamp)
    if _expected_signature(x_harp_timestamp, body) != x_harp_signature:
        raise HTTPException(status_code=401, detail="signature mismatch")
    order = DealerOrder.model_validate(json.loads(body))
    log.info(
        "dealer %s order %s with %d lines", order.dealer_id, order.order_ref, len(order.lines)
    )
    queue = request.app.state.order_queue
    await queue.put(order)
    return {"accepted": order.order_ref}
