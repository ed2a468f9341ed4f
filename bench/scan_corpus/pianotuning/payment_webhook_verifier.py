"""Verifies and applies payment notifications for invoice payment links."""
import hashlib
import hmac
import json
import logging
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request

from .invoices import mark_invoice_paid

log = logging.getLogger(__name__)
app = FastAPI()

TOLERANCE_SECONDS = 300


class SignatureVerifier:
    def __init__(self, secret: bytes, tolerance: int = TOLERANCE_SECONDS):
        self._secret = secret
        self.tolerance = tolerance

    @classmethod
    def from_env(cls) -> "SignatureVerifier":
        return cls(os.environ["PAYMENTS_WEBHOOK_SECRET"].encode("utf-8"))

    def _sign(self, timestamp: int, body: bytes) -> str:
        return hmac.new(
            self._secret, f"{timestamp}.".encode("ascii") + body, hashlib.sha256
        ).hexdigest()

    def verify(self, header: str, body: bytes) -> bool:
        fields = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
        try:
            timestamp = int(fields["t"])
        except (KeyError, ValueError):
            return False
        if abs(time.time() - timestamp) > self.tolerance:
            return False
        return hmac.compare_digest(self._sign(timestamp, body), fields.get("v1", ""))


verifier = SignatureVerifier.from_env()


@app.post("/webhooks/payments")
async def payment_webhook(request: Request, payment_signature: str = Header("")):
    body = await request.body()
    if not verifier.verify(payment_signature, body):
        raise HTTPException(status_code=401, detail="bad signature")
    event = json.loads(body)
    if event.get("type") == "payment_intent.succeeded":
        obj = event["data"]["object"]
        invoice_id = int(obj["metadata"]["invoice_id"])
        mark_invoice_paid(invoice_id, amount_cents=obj["amount_received"])
        log.info("invoice %s settled", invoice_id)
    return {"received": True}
