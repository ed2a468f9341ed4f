"""Receives settlement webhooks from the card processor for online bookings."""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from fastapi import APIRouter, Depends, Header, HTTPException, Request

router = APIRouter(prefix="/webhooks")


class WebhookSigner:
    """Computes the processor's `t=<ts>,v1=<hex>` style signature."""

    def __init__(self, secret: str) -> None:
        self._secret = secret.encode()

    def expected(self, timestamp: str, body: bytes) -> str:
        msg = timestamp.encode() + b"." + body
        return hmac.new(self._secret, msg, hashlib.sha256).hexdigest()

    def matches(self, header_value: str, body: bytes) -> bool:
        parts = dict(item.split("=", 1) for item in header_value.split(",") if "=" in item)
        ts, received = parts.get("t", ""), parts.get("v1", "")
        return received == self.expected(ts, body)


def get_signer() -> WebhookSigner:
    return WebhookSigner(os.environ["PROCESSOR_WEBHOOK_SECRET"])


@router.post("/processor")
async def processor_webhook(
    request: Request,
    signature: str = Header(..., alias="Processor-Signature"),
    signer: WebhookSigner = Depends(get_signer),
):
    body = await request.body()
    if not signer.matches(signature, body):
        raise HTTPException(status_code=400, detail="signature mismatch")
    event = json.loads(body)
    if event.get("type") == "payment.settled":
        booking_ref = event["data"]["reference"]
        request.app.state.bookings.mark_paid(booking_ref, event["data"]["amount"])
    return {"received": True}
