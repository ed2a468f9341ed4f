"""Verify payment-provider webhooks for lesson packs and rental deposits."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from typing import Dict, Tuple

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
TOLERANCE_S = 300


def _signing_secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode("utf-8")


def _split_header(header: str) -> Tuple[int, str]:
    fields: Dict[str, str] = {}
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        fields[key] = value
    return int(fields.get("t", "0")), fields.get("v1", "")


def signature_valid(header: str, payload: bytes, now: float | None = None) -> bool:
    timestamp, received = _split_header(header)
    if abs((now or time.time()) - timestamp) > TOLERANCE_S:
        return False
    signed = f"{timestamp}.".encode() + payload
    computed = hmac.new(_signing_secret(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(computed, received)


@app.post("/webhooks/payments")
async def payments_webhook(request: Request) -> dict:
    payload = await request.body()
    if not signature_valid(request.headers.get("Payment-Signature", ""), payload):
        raise HTTPException(status_code=400, detail="signature mismatch")
    event = json.loads(payload)
    if event["type"] == "charge.succeeded":
        metadata = event["data"]["object"].get("metadata", {})
        return {"status": "ok", "booking": metadata.get("booking_id")}
    if event["type"] == "charge.refunded":
        return {"status": "ok", "refund": event["data"]["object"]["id"]}
    return {"status": "ignored"}
