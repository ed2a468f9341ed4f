"""Verifies invoice payment notifications from the card processor before marking contracts paid."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from dataclasses import dataclass

from fastapi import FastAPI, HTTPException, Request

log = logging.getLogger(__name__)
app = FastAPI()


@dataclass(frozen=True)
class WebhookConfig:
    secret: bytes
    tolerance_seconds: int = 300


class SignatureVerifier:
    def __init__(self, config: WebhookConfig):
        self._config = config

    def _compute(self, timestamp: str, payload: bytes) -> str:
        signed = f"{timestamp}.".encode() + payload
        return hmac.new(self._config.secret, signed, hashlib.sha256).hexdigest()

    def verify(self, header: str, payload: bytes) -> bool:
        parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
        timestamp, signature = parts.get("t", ""), parts.get("v1", "")
        if not timestamp.isdigit():
            return False
        if abs(time.time() - int(timestamp)) > self._config.tolerance_seconds:
            return False
        return hmac.compare_digest(self._compute(timestamp, payload), signature)


def build_verifier() -> SignatureVerifier:
    from .settings import get_settings
    return SignatureVerifier(WebhookConfig(secret=get_settings().payment_webhook_secret.encode()))


@app.post("/webhooks/payments")
async def payment_event(request: Request) -> dict:
    payload = await request.body()
    if not build_verifier().verify(request.headers.get("Processor-Signature", ""), payload):
        raise HTTPException(status_code=400, detail="bad signature")
    event = json.loads(payload)
    if event.get("type") == "invoice.paid":
        invoice_no = event["data"]["metadata"]["invoice_no"]
        log.info("invoice %s paid", invoice_no)
        from .billing import mark_invoice_paid
        mark_invoice_paid(invoice_no, event["data"]["amount_received"])
    return {"received": True}
