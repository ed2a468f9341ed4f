"""Receive delivery status webhooks from the haulage carriers.

Carriers sign each callback with HMAC-SHA256 over the raw body.  The header
can carry several signatures while a carrier rotates its shared secret,
e.g. ``X-Carrier-Signature: t=1712345678,v1=ab12...,v1=cd34...``.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()

TOLERANCE_SECONDS = 300


def _carrier_secret(carrier: str) -> bytes:
    value = os.environ.get(f"CARRIER_SECRET_{carrier.upper()}")
    if not value:
        raise HTTPException(status_code=404, detail="unknown carrier")
    return value.encode()


def _parse_signature_header(header: str) -> tuple[int, list[str]]:
    timestamp, signatures = 0, []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t":
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value.lower())
    return timestamp, signatures


def _expected_signature(secret: bytes, timestamp: int, body: bytes) -> str:
    signed = str(timestamp).encode() + b"." + body
    return hmac.new(secret, signed, hashlib.sha256).hexdigest()


@app.post("/webhooks/{carrier}/status")
async def delivery_status(
    carrier: str,
    request: Request,
    x_carrier_signature: str = Header(...),
) -> dict:
    body = await request.body()
    timestamp, candidates = _parse_signature_header(x_carrier_signature)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        raise HTTPException(status_code=400, detail="stale webhook")
    expected = _expected_signature(_carrier_secret(carrier), timestamp, body)
    if expected not in candidates:
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = await request.json()
    return {
        "carrier": carrier,
        "shipment": event.get("reference"),
        "status": event.get("status"),
        "accepted": True,
    }
