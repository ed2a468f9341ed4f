"""Card payment provider callbacks for deposits and balance payments.

The provider posts a JSON notification when a customer pays the 30%
deposit on a window order; the body is signed with our notification key.
"""
import hashlib
import hmac as _hmac
import json
import logging
import os
from decimal import Decimal
from hmac import compare_digest as same

from fastapi import APIRouter, HTTPException, Request

from .ledger import record_payment

router = APIRouter()
logger = logging.getLogger("payments.callback")


class NotificationVerifier:
    def __init__(self, key: bytes | None = None):
        self._key = key or os.environ["PAYMENTS_NOTIFICATION_KEY"].encode()

    def digest(self, body: bytes) -> str:
        return _hmac.new(self._key, body, hashlib.sha512).hexdigest()

    def verify(self, body: bytes, signature: str) -> bool:
        return same(self.digest(body), signature.lower())


verifier = NotificationVerifier()


@router.post("/payments/notify")
async def payment_notification(request: Request):
    body = await request.body()
    signature = request.headers.get("X-Notification-Signature", "")
    if not verifier.verify(body, signature):
        logger.warning("Payment notification with invalid signature from %s", request.client.host)
        raise HTTPException(status_code=400, detail="invalid signature")
    event = json.loads(body)
    if event.get("type") != "payment.captured":
        return {"received": True}
    record_payment(
        order_ref=event["metadata"]["order_ref"],
        amount=Decimal(event["amount"]) / 100,
        provider_ref=event["id"],
    )
    logger.info("Deposit captured for order %s", event["metadata"]["order_ref"])
    return {"received": True}
