"""Payment processor webhooks for photo package and season pass purchases."""
import hashlib
import hmac
import json
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from .orders import mark_paid, mark_refunded

router = APIRouter()
TOLERANCE_S = 300


def _signing_secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def _verify(payload: bytes, header: str) -> None:
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        ts, received = parts["t"], parts["v1"]
    except (KeyError, ValueError):
        raise HTTPException(400, "malformed signature header")
    if abs(time.time() - int(ts)) > TOLERANCE_S:
        raise HTTPException(400, "stale webhook")
    expected = hmac.new(_signing_secret(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, received):
        raise HTTPException(401, "signature mismatch")


@router.post("/webhooks/payments")
async def payments_webhook(request: Request, signature: str = Header(alias="X-Pay-Signature")):
    body = await request.body()
    _verify(body, signature)
    event = json.loads(body)
    if event["type"] == "charge.succeeded":
        mark_paid(event["data"]["order_ref"], event["data"]["amount"])
    elif event["type"] == "charge.refunded":
        mark_refunded(event["data"]["order_ref"])
    return {"ok": True}
