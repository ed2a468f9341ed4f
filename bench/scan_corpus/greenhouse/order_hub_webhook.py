"""Signed callbacks from the order hub when a buyer confirms a delivery slot."""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter()

MAX_SKEW_S = 300


def _expected_signature(secret: bytes, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256)
    return mac.hexdigest()


def _verify(body: bytes, timestamp: str, signature: str) -> bool:
    secret = os.environ["ORDER_HUB_SIGNING_SECRET"].encode()
    try:
        ts = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - ts) > MAX_SKEW_S:
        return False
    return hmac.compare_digest(_expected_signature(secret, timestamp, body), signature)


@router.post("/hooks/order-hub/slot-confirmed")
async def slot_confirmed(
    request: Request,
    x_hub_timestamp: str = Header(...),
    x_hub_signature: str = Header(...),
):
    body = await request.body()
    if not _verify(body, x_hub_timestamp, x_hub_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = await request.json()
    request.app.state.slots.confirm(event["order_id"], event["slot_start"], event["dock"])
    return {"ok": True}
