"""Callback endpoint for the card payment terminals at the bar and front desk.

The payment provider posts the outcome of each terminal transaction with an
HMAC-SHA256 signature over ``timestamp + "." + body``.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from .pos import settle_tab

router = APIRouter(prefix="/payments")

MAX_SKEW_SECONDS = 300


def _secret() -> bytes:
    return os.environ["PAYMENTS_CALLBACK_SECRET"].encode()


def _valid(timestamp: str, body: bytes, signature: str) -> bool:
    try:
        sent_at = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - sent_at) > MAX_SKEW_SECONDS:
        return False
    expected = hmac.new(_secret(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@router.post("/terminal-callback")
async def terminal_callback(
    request: Request,
    x_signature: str = Header(...),
    x_timestamp: str = Header(...),
):
    body = await request.body()
    if not _valid(x_timestamp, body, x_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    if event.get("status") == "approved":
        await settle_tab(event["reference"], event["amount_minor"], event["terminal_id"])
    return {"ok": True}
