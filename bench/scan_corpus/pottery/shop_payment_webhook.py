"""Receive payment events for online shop orders from the card processor."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter()

TOLERANCE_SECONDS = 300


class SignatureHeader:
    """Parses headers of the form `t=1712345678,v1=<hex>`."""

    def __init__(self, raw: str) -> None:
        fields = dict(part.split("=", 1) for part in raw.split(",") if "=" in part)
        self.timestamp = int(fields.get("t", "0"))
        self.signature = fields.get("v1", "")


class WebhookVerifier:
    def __init__(self, secret: str) -> None:
        self._secret = secret.encode("utf-8")

    def expected(self, timestamp: int, body: bytes) -> str:
        signed = f"{timestamp}.".encode() + body
        return hmac.new(self._secret, signed, hashlib.sha256).hexdigest()

    def check(self, header: SignatureHeader, body: bytes) -> bool:
        if abs(time.time() - header.timestamp) > TOLERANCE_SECONDS:
            return False
        return self.expected(header.timestamp, body) == header.signature


verifier = WebhookVerifier(os.environ["PAYMENTS_WEBHOOK_SECRET"])


def _mark_paid(order_ref: str, amount: int) -> None:
    from shop.orders import mark_order_paid  # local import: avoids app import cycle

    mark_order_paid(order_ref, amount_pence=amount)


@router.post("/webhooks/payments")
async def payments_webhook(request: Request, payment_signature: str = Header(...)) -> dict:
    body = await request.body()
    if not verifier.check(SignatureHeader(payment_signature), body):
        raise HTTPException(status_code=400, detail="signature mismatch")
    event = json.loads(body)
    if event.get("type") == "payment_intent.succeeded":
        obj = event["data"]["object"]
        _mark_paid(obj["metadata"]["order_ref"], int(obj["amount_received"]))
    return {"received": True}
