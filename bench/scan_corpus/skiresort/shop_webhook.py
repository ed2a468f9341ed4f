"""Webhook endpoint for the hotel partner channel manager.

The channel manager signs each delivery with HMAC-SHA256 over
``<timestamp>.<body>`` and sends it as ``X-CM-Signature: t=...,v1=...``.
"""
import hashlib
import hmac
import os
import time

from fastapi import APIRouter, HTTPException, Request

from partners.bookings import apply_partner_booking

router = APIRouter(prefix="/webhooks")

TOLERANCE_SECONDS = 300


def _parse_signature(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts["t"]), parts["v1"]


def _expected(secret: bytes, timestamp: int, body: bytes) -> str:
    signed = str(timestamp).encode() + b"." + body
    return hmac.new(secret, signed, hashlib.sha256).hexdigest()


@router.post("/channel-manager")
async def channel_manager(request: Request):
    body = await request.body()
    try:
        timestamp, received = _parse_signature(request.headers.get("X-CM-Signature", ""))
    except (KeyError, ValueError):
        raise HTTPException(status_code=400, detail="malformed signature header")
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        raise HTTPException(status_code=400, detail="stale delivery")

    secret = os.environ["CHANNEL_MANAGER_SECRET"].encode()
    if not hmac.compare_digest(_expected(secret, timestamp, body), received):
        raise HTTPException(status_code=401, detail="signature mismatch")

    payload = await request.json()
    apply_partner_booking(payload)
    return {"status": "accepted"}
