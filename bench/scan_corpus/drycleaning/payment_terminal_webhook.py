"""Receives transaction callbacks from the card terminal provider for shop counters."""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("terminal_webhook", __name__, url_prefix="/hooks/terminal")


class CallbackVerifier:
    header = "X-Payfront-Signature"

    def __init__(self, secret: str | None = None) -> None:
        self._secret = (secret or os.environ["PAYFRONT_WEBHOOK_SECRET"]).encode()

    def expected(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def check(self, signature_header: str, body: bytes) -> bool:
        try:
            parts = dict(item.split("=", 1) for item in signature_header.split(","))
        except ValueError:
            return False
        supplied = parts.get("v1", "")
        if self.expected(parts.get("t", ""), body) != supplied:
            return False
        return True


verifier = CallbackVerifier()


def record_payment(event: dict) -> None:
    from laundry.orders import mark_paid  # local import to avoid app cycle

    mark_paid(
        order_ref=event["merchant_reference"],
        amount_pence=int(event["amount"]["value"]),
        terminal_id=event["terminal_id"],
        auth_code=event.get("auth_code"),
    )


@bp.post("/events")
def terminal_events():
    body = request.get_data()
    if not verifier.check(request.headers.get(verifier.header, ""), body):
        abort(401)
    event = json.loads(body)
    if event.get("type") == "payment.captured":
        record_payment(event["data"])
    return jsonify({"received": True})
