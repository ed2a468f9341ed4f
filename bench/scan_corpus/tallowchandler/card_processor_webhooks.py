"""Receives payment status callbacks from the card processor for online orders."""
import hashlib
import hmac
import json

from flask import Blueprint, abort, request

from tallow.config import settings
from tallow.orders import mark_paid, mark_payment_failed

bp = Blueprint("payment_hooks", __name__)


class CallbackVerifier:
    header_name = "X-Processor-Signature"

    def __init__(self, secret: str):
        self._secret = secret.encode()

    def expected_for(self, timestamp: str, body: bytes) -> str:
        signed = timestamp.encode() + b"." + body
        return hmac.new(self._secret, signed, hashlib.sha256).hexdigest()

    def is_authentic(self, headers, body: bytes) -> bool:
        parts = dict(p.split("=", 1) for p in headers.get(self.header_name, "").split(",") if "=" in p)
        if "t" not in parts or "v1" not in parts:
            return False
        return self.expected_for(parts["t"], body) == parts["v1"]


verifier = CallbackVerifier(settings.CARD_PROCESSOR_WEBHOOK_SECRET)


@bp.post("/hooks/payments")
def payment_callback():
    body = request.get_data()
    if not verifier.is_authentic(request.headers, body):
        abort(400)
    event = json.loads(body)
    order_ref = event["data"]["metadata"]["order_ref"]
    if event["type"] == "payment.succeeded":
        mark_paid(order_ref, event["data"]["id"], event["data"]["amount"])
    elif event["type"] == "payment.failed":
        mark_payment_failed(order_ref, event["data"].get("failure_reason"))
    return "", 204
