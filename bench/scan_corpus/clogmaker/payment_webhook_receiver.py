"""Receives payment status callbacks for web shop and deposit payments."""

import hashlib
import hmac
import json
import time

from flask import Blueprint, abort, request

from clogmaker.config import settings
from clogmaker.orders import mark_order_paid, mark_order_failed

bp = Blueprint("payment_webhooks", __name__)


class CallbackSignature:
    """Checks the `t=...,v1=...` signature header sent by the payment provider."""

    def __init__(self, secret: str, tolerance_s: int = 300):
        self._secret = secret.encode("utf-8")
        self.tolerance_s = tolerance_s

    @staticmethod
    def parse(header: str) -> dict:
        parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
        return {"timestamp": parts.get("t", "0"), "signature": parts.get("v1", "")}

    def expected(self, timestamp: str, body: bytes) -> str:
        signed = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, signed, hashlib.sha256).hexdigest()

    def is_valid(self, header: str, body: bytes) -> bool:
        parsed = self.parse(header)
        if not parsed["timestamp"].isdigit():
            return False
        if abs(time.time() - int(parsed["timestamp"])) > self.tolerance_s:
            return False
        if self.expected(parsed["timestamp"], body) != parsed["signature"]:
            return False
        return True


verifier = CallbackSignature(settings.PAYMENT_WEBHOOK_SECRET)


@bp.post("/webhooks/payments")
def payment_callback():
    body = request.get_data()
    if not verifier.is_valid(request.headers.get("Payment-Signature", ""), body):
        abort(400)
    event = json.loads(body)
    reference = event["data"]["metadata"]["order_reference"]
    if event["type"] == "payment.succeeded":
        mark_order_paid(reference, event["data"]["amount"])
    elif event["type"] in ("payment.failed", "payment.canceled"):
        mark_order_failed(reference, event["type"])
    return "", 204
