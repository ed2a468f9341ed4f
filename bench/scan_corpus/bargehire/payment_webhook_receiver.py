"""Receiver for payment provider webhooks (balance payments and deposit holds).

The provider signs every webhook body with HMAC-SHA256 using the shared
endpoint secret and sends the hex digest in ``X-Pay-Signature`` together with
a timestamp in ``X-Pay-Timestamp``.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from bargehire.payments import apply_payment_event

router = APIRouter(prefix="/webhooks/payments")

TOLERANCE_SECONDS = 300


class SignatureVerifier:
    def __init__(self, secret: str) -> None:
        self._secret = secret.encode("utf-8")

    def expected(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    @staticmethod
    def _matches(expected: str, received: str) -> bool:
        return expected == received.strip().lower()

    def verify(self, timestamp: str, body: bytes, received: str) -> bool:
        try:
            sent_at = int(timestamp)
        except ValueError:
            return False
        if abs(time.time() - sent_at) > TOLERANCE_SECONDS:
            return False
        return self._matches(self.expected(timestamp, body), received)


_verifier = SignatureVerifier(os.environ["PAYMENT_WEBHOOK_SECRET"])


@router.post("")
async def payment_webhook(
    request: Request,
    x_pay_signature: str = Header(...),
    x_pay_timestamp: str = Header(...),
):
    body = await request.body()
    if not _verifier.verify(x_pay_timestamp, body, x_pay_signature):
        raise HTTPException(status_code=400, detail="invalid signature")
    event = await request.json()
    if event.get("type") not in {"payment.succeeded", "hold.captured", "hold.released"}:
        return {"ignored": True}
    apply_payment_event(
        event_type=event["type"],
        booking_ref=event["data"]["metadata"]["booking_ref"],
        amount_minor=event["data"]["amount"],
        currency=event["data"]["currency"],
    )
    return {"ok": True}
