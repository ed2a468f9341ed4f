"""Stripe-style webhook endpoint for online ticket and annual pass orders."""

import hashlib
import hmac
import json
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from ticketing.orders import fulfil_order, cancel_order

router = APIRouter()

TOLERANCE_SECONDS = 300


def _parse_sig_header(value: str) -> tuple[int, list[str]]:
    ts, sigs = 0, []
    for part in value.split(","):
        key, _, val = part.partition("=")
        if key == "t":
            ts = int(val)
        elif key == "v1":
            sigs.append(val)
    return ts, sigs


def verify_signature(payload: bytes, header: str, secret: str) -> None:
    ts, sigs = _parse_sig_header(header)
    if not sigs or abs(time.time() - ts) > TOLERANCE_SECONDS:
        raise HTTPException(400, "stale or unsigned event")
    signed = f"{ts}.".encode() + payload
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    if not any(hmac.compare_digest(expected, s) for s in sigs):
        raise HTTPException(400, "signature mismatch")


@router.post("/webhooks/orders")
async def order_events(request: Request, stripe_signature: str = Header(...)):
    payload = await request.body()
    verify_signature(payload, stripe_signature, os.environ["ORDERS_WEBHOOK_SECRET"])
    event = json.loads(payload)
    obj = event["data"]["object"]
    if event["type"] == "checkout.session.completed":
        fulfil_order(obj["client_reference_id"])
    elif event["type"] == "checkout.session.expired":
        cancel_order(obj["client_reference_id"])
    return {"ok": True}
