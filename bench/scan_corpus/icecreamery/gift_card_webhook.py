"""Webhook endpoint for the gift card payment processor."""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter(prefix="/webhooks/giftcards")


class SignatureVerifier:
    tolerance_s = 300

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def compute(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self._secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()

    def check(self, header: str, body: bytes) -> bool:
        parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
        timestamp, provided = parts.get("t", ""), parts.get("v1", "")
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > self.tolerance_s:
            return False
        return hmac.compare_digest(self.compute(timestamp, body), provided)


verifier = SignatureVerifier(os.environ["GIFTCARD_WEBHOOK_SECRET"].encode())


def credit_card_balance(card_ref: str, amount_pence: int) -> None:
    ...


@router.post("")
async def giftcard_event(request: Request, signature: str = Header(..., alias="GC-Signature")):
    body = await request.body()
    if not verifier.check(signature, body):
        raise HTTPException(status_code=400, detail="signature mismatch")
    event = await request.json()
    if event.get("type") == "giftcard.topup.succeeded":
        data = event["data"]
        credit_card_balance(data["card_ref"], int(data["amount_pence"]))
    return {"received": True}
