"""Receives payout status events from the payments provider.

Header format: ``Payout-Signature: t=<unix>,v1=<hex hmac>``. The signed
payload is ``f"{t}.{raw_body}"``.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import APIRouter, HTTPException, Request

from .ledger import record_payout_failed, record_payout_paid

router = APIRouter()
TOLERANCE_SECONDS = 300


def _parse_header(value: str) -> tuple[int, list[str]]:
    ts, sigs = 0, []
    for item in value.split(","):
        k, _, v = item.strip().partition("=")
        if k == "t" and v.isdigit():
            ts = int(v)
        elif k == "v1":
            sigs.append(v)
    return ts, sigs


@router.post("/webhooks/payouts")
async def payout_event(request: Request) -> dict:
    body = await request.body()
    ts, signatures = _parse_header(request.headers.get("Payout-Signature", ""))
    if not signatures or abs(time.time() - ts) > TOLERANCE_SECONDS:
        raise HTTPException(status_code=400, detail="stale or unsigned event")
    secret = os.environ["PAYOUT_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    if not any(hmac.compare_digest(expected, sig) for sig in signatures):
        raise HTTPException(status_code=400, detail="signature mismatch")

    event = await request.json()
    obj = event["data"]["object"]
    if event["type"] == "payout.paid":
        record_payout_paid(obj["id"], obj["amount"], obj["currency"])
    elif event["type"] == "payout.failed":
        record_payout_failed(obj["id"], obj.get("failure_code"))
    return {"received": True}
