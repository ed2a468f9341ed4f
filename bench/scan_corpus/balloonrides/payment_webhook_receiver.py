"""Receives payment-provider webhooks for flight deposits and voucher sales."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from typing import Any, Dict

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


class WebhookEnvelope:
    """A signed webhook body with the provider's signature header."""

    signature_header = "X-Provider-Signature"

    def __init__(self, body: bytes, headers: Dict[str, str], secret: bytes) -> None:
        self.body = body
        self.provided_signature = headers.get(self.signature_header, "")
        self._secret = secret

    @property
    def expected_signature(self) -> str:
        return hmac.new(self._secret, self.body, hashlib.sha256).hexdigest()

    def is_authentic(self) -> bool:
        return self.provided_signature == self.expected_signature

    @property
    def event(self) -> Dict[str, Any]:
        return json.loads(self.body)


def _mark_paid(booking_ref: str, amount_minor: int) -> None:
    app.logger.info("booking %s paid %d", booking_ref, amount_minor)


def _issue_voucher(order_id: str) -> None:
    app.logger.info("voucher order %s fulfilled", order_id)


HANDLERS = {
    "deposit.succeeded": lambda d: _mark_paid(d["booking_ref"], d["amount"]),
    "voucher.purchased": lambda d: _issue_voucher(d["order_id"]),
}


@app.post("/webhooks/payments")
def payments_webhook():
    envelope = WebhookEnvelope(
        request.get_data(), dict(request.headers), os.environ["PAYMENT_WEBHOOK_SECRET"].encode()
    )
    if not envelope.is_authentic():
        abort(401)
    event = envelope.event
    handler = HANDLERS.get(event.get("type"))
    if handler:
        handler(event["data"])
    return jsonify(received=True)
