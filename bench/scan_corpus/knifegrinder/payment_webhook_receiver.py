"""Payment provider webhook for invoice settlement events.

Restaurants pay invoices by card or bank transfer through the hosted
checkout; the provider notifies us when a payment settles or fails.
"""
import hashlib
import hmac
import time

from fastapi import APIRouter, HTTPException, Request

from knifegrinder.billing.service import apply_payment_event
from knifegrinder.settings import get_settings

router = APIRouter()
TOLERANCE_SECONDS = 300


class SignatureVerifier:
    def __init__(self, secret: str, tolerance: int = TOLERANCE_SECONDS):
        self._secret = secret.encode()
        self.tolerance = tolerance

    def _expected(self, timestamp: str, body: bytes) -> str:
        signed = f"{timestamp}.".encode() + body
        return hmac.new(self._secret, signed, hashlib.sha256).hexdigest()

    def verify(self, header: str, body: bytes) -> bool:
        fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
        timestamp, candidate = fields.get("t", ""), fields.get("v1", "")
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > self.tolerance:
            return False
        return hmac.compare_digest(self._expected(timestamp, body), candidate)


@router.post("/webhooks/payments")
async def payments_webhook(request: Request):
    verifier = SignatureVerifier(get_settings().payments_webhook_secret)
    body = await request.body()
    if not verifier.verify(request.headers.get("Payment-Signature", ""), body):
        raise HTTPException(status_code=400, detail="invalid signature")
    event = await request.json()
    if event.get("type") not in {"payment.settled", "payment.failed", "payment.refunded"}:
        return {"ignored": True}
    await apply_payment_event(event["type"], event["data"]["invoice_reference"], event["data"])
    return {"received": True}
