"""Callbacks from the payment provider that executes claim payouts.

The provider signs each callback with HMAC-SHA256 over "<timestamp>.<body>".
We reject callbacks older than five minutes to limit replay.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from payouts.service import mark_failed, mark_settled

router = APIRouter(prefix="/callbacks/payments")
TOLERANCE_SECONDS = 300


def _verify(body: bytes, timestamp: str, signature: str) -> None:
    try:
        ts = int(timestamp)
    except ValueError:
        raise HTTPException(status_code=400, detail="invalid timestamp")
    if abs(time.time() - ts) > TOLERANCE_SECONDS:
        raise HTTPException(status_code=400, detail="stale callback")
    secret = os.environ["PAYMENT_CALLBACK_SECRET"].encode()
    expected = hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        raise HTTPException(status_code=401, detail="invalid signature")


@router.post("")
async def payment_callback(
    request: Request,
    x_timestamp: str = Header(...),
    x_signature: str = Header(...),
) -> dict:
    body = await request.body()
    _verify(body, x_timestamp, x_signature)
    event = await request.json()
    if event["type"] == "payout.settled":
        await mark_settled(event["data"]["reference"], settled_at=event["data"]["settledAt"])
    elif event["type"] == "payout.failed":
        await mark_failed(event["data"]["reference"], reason=event["data"].get("failureCode", "unknown"))
    return {"received": True}
