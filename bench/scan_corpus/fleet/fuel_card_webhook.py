"""Webhook receiver for fuel card authorisation and settlement events."""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from fleet.fuel.ledger import record_fuel_event

router = APIRouter(prefix="/hooks/fuel-network")

MAX_SKEW_SECONDS = 300


def _expected_signature(timestamp: str, body: bytes) -> str:
    secret = os.environ["FUEL_WEBHOOK_SECRET"].encode()
    message = timestamp.encode() + b"." + body
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


@router.post("/events", status_code=202)
async def fuel_event(
    request: Request,
    x_fn_timestamp: str = Header(...),
    x_fn_signature: str = Header(...),
):
    if abs(time.time() - int(x_fn_timestamp)) > MAX_SKEW_SECONDS:
        raise HTTPException(status_code=401, detail="stale timestamp")

    body = await request.body()
    if not hmac.compare_digest(_expected_signature(x_fn_timestamp, body), x_fn_signature):
        raise HTTPException(status_code=401, detail="bad signature")

    event = await request.json()
    record_fuel_event(
        card_id=event["cardId"],
        kind=event["type"],
        gallons=event.get("gallons"),
        amount_cents=event.get("amountCents"),
        merchant=event.get("merchant", {}),
    )
    return {"received": True}
