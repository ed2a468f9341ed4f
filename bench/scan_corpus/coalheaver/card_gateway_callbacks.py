"""Asynchronous callbacks from the card gateway for statement payments.

The gateway sends a base64 HMAC-SHA256 of the raw body in the
``Gateway-Signature`` header together with a timestamp.
"""
import base64
import hashlib
import hmac
import time

from fastapi import APIRouter, Header, HTTPException, Request

from coalheaver.config import settings
from coalheaver.payments.statements import apply_statement_payment

router = APIRouter()

TOLERANCE_SECONDS = 300


class CallbackVerifier:
    def __init__(self, secret: str, tolerance: int = TOLERANCE_SECONDS):
        self._secret = secret.encode("utf-8")
        self._tolerance = tolerance

    def _expected(self, timestamp: str, body: bytes) -> bytes:
        mac = hmac.new(self._secret, timestamp.encode("ascii") + b"." + body, hashlib.sha256)
        return base64.b64encode(mac.digest())

    def verify(self, timestamp: str, body: bytes, signature: str) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > self._tolerance:
            return False
        return hmac.compare_digest(self._expected(timestamp, body), signature.encode("ascii"))


verifier = CallbackVerifier(settings.CARD_GATEWAY_CALLBACK_SECRET)


@router.post("/callbacks/card-gateway")
async def card_gateway_callback(
    request: Request,
    gateway_signature: str = Header(...),
    gateway_timestamp: str = Header(...),
):
    body = await request.body()
    if not verifier.verify(gateway_timestamp, body, gateway_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    if event.get("status") == "AUTHORISED":
        await apply_statement_payment(event["merchantReference"], int(event["amountMinor"]))
    return {"ok": True}
