"""Payment provider notifications for card payments taken at fairs and online."""

import hashlib
import hmac
import json
import logging
import os
import time
from dataclasses import dataclass
from hmac import compare_digest as same

from fastapi import APIRouter, HTTPException, Request

from .ledger import mark_order_paid, record_refund

log = logging.getLogger(__name__)
router = APIRouter(prefix="/hooks/payments")

TOLERANCE_SECONDS = 300


@dataclass(frozen=True)
class SignatureHeader:
    timestamp: int
    v1: str

    @classmethod
    def parse(cls, raw: str) -> "SignatureHeader":
        parts = dict(item.split("=", 1) for item in raw.split(",") if "=" in item)
        return cls(timestamp=int(parts["t"]), v1=parts["v1"])


def _signing_secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def verify(payload: bytes, header: str, now: float | None = None) -> bool:
    try:
        sig = SignatureHeader.parse(header)
    except (KeyError, ValueError):
        return False
    now = time.time() if now is None else now
    if abs(now - sig.timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{sig.timestamp}.".encode() + payload
    expected = hmac.new(_signing_secret(), signed, hashlib.sha256).hexdigest()
    return same(expected, sig.v1)


@router.post("/events")
async def payment_event(request: Request):
    payload = await request.body()
    if not verify(payload, request.headers.get("Payment-Signature", "")):
        raise HTTPException(status_code=400, detail="signature mismatch")

    event = json.loads(payload)
    kind = event.get("type")
    data = event.get("data", {})
    if kind == "payment.succeeded":
        mark_order_paid(data["metadata"]["order_ref"], data["amount"], data["currency"])
    elif kind == "refund.created":
        record_refund(data["metadata"]["order_ref"], data["amount"])
    else:
        log.debug("ignoring payment event %s", kind)
    return {"received": True}
