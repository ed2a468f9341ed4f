"""Webhook endpoint for chargeback / dispute notifications from the card processor.

Signature header format: ``t=<unix_ts>,v1=<hex hmac-sha256 of "<ts>.<body>">``.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from disputes.service import open_case, update_case

router = APIRouter()
TOLERANCE_SECONDS = 300
_SECRET = os.environ["DISPUTE_WEBHOOK_SECRET"].encode()


def _parse_header(value: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return int(parts["t"]), parts["v1"]


@router.post("/webhooks/disputes")
async def disputes_webhook(request: Request, x_signature: str = Header(...)):
    try:
        ts, provided = _parse_header(x_signature)
    except (KeyError, ValueError):
        raise HTTPException(400, "malformed signature header") from None

    if abs(time.time() - ts) > TOLERANCE_SECONDS:
        raise HTTPException(401, "stale webhook")

    body = await request.body()
    expected = hmac.new(_SECRET, f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, provided):
        raise HTTPException(401, "signature mismatch")

    event = await request.json()
    if event["type"] == "dispute.opened":
        open_case(event["data"])
    elif event["type"] in {"dispute.updated", "dispute.closed"}:
        update_case(event["data"])
    return {"received": True}
