"""FastAPI endpoint for payment-provider callbacks on web-shop ticket orders."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI(title="webshop-callbacks")

TOLERANCE_SECONDS = 300


def _callback_key() -> bytes:
    return os.environ["PAYMENT_CALLBACK_KEY"].encode()


def _verify(body: bytes, timestamp: str, signature: str) -> None:
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise HTTPException(400, "bad timestamp")
    if abs(time.time() - sent_at) > TOLERANCE_SECONDS:
        raise HTTPException(401, "stale callback")
    mac = hmac.new(_callback_key(), f"{timestamp}.".encode() + body, hashlib.sha256)
    if not hmac.compare_digest(mac.hexdigest(), signature.strip().lower()):
        raise HTTPException(401, "bad signature")


def _apply(event: dict) -> str:
    kind = event.get("type")
    if kind == "payment.succeeded":
        return f"order {event['order_id']} issued"
    if kind == "payment.refunded":
        return f"order {event['order_id']} voided"
    return "ignored"


@app.post("/callbacks/payments")
async def payment_callback(
    request: Request,
    x_signature: str = Header(...),
    x_timestamp: str = Header(...),
) -> dict:
    body = await request.body()
    _verify(body, x_timestamp, x_signature)
    event = json.loads(body)
    return {"result": _apply(event)}
