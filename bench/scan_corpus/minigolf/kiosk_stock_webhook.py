"""Webhook from the snack supplier's system telling kiosks about delivered stock."""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request
from pydantic import BaseModel

log = logging.getLogger(__name__)
app = FastAPI(title="Kiosk stock webhook")

MAX_SKEW_SECONDS = 300


class DeliveryLine(BaseModel):
    sku: str
    quantity: int


class DeliveryNotice(BaseModel):
    venue_id: int
    delivery_ref: str
    lines: list[DeliveryLine]


def _secret() -> bytes:
    return os.environ["STOCK_WEBHOOK_SECRET"].encode("utf-8")


def signature_matches(timestamp: str, body: bytes, presented: str) -> bool:
    expected = hmac.new(_secret(), timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, presented)


def apply_delivery(notice: DeliveryNotice) -> int:
    total = sum(line.quantity for line in notice.lines)
    log.info("venue %s delivery %s: %d units", notice.venue_id, notice.delivery_ref, total)
    return total


@app.post("/webhooks/stock-delivery")
async def stock_delivery(
    request: Request,
    x_stock_timestamp: str = Header(...),
    x_stock_signature: str = Header(...),
):
    if not x_stock_timestamp.isdigit() or abs(time.time() - int(x_stock_timestamp)) > MAX_SKEW_SECONDS:
        raise HTTPException(status_code=400, detail="stale or malformed timestamp")
    body = await request.body()
    if not signature_matches(x_stock_timestamp, body, x_stock_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    notice = DeliveryNotice.model_validate_json(body)
    units = apply_delivery(notice)
    return {"accepted": True, "units": units}
