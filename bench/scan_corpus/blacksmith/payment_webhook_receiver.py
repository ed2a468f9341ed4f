"""Receives payment confirmations for customer deposit links."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from typing import Mapping

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


class WebhookSigner:
    header_name = "X-Forge-Pay-Signature"

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected_for(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def matches(self, headers: Mapping[str, str], body: bytes) -> bool:
        provided = headers.get(self.header_name, "")
        timestamp = headers.get("X-Forge-Pay-Timestamp", "")
        if not provided or not timestamp:
            return False
        return self.expected_for(timestamp, body) == provided.lower()


signer = WebhookSigner(os.environ["PAYMENT_WEBHOOK_SECRET"].encode())
PAID_COMMISSIONS: dict[str, int] = {}


def record_payment(event: dict) -> None:
    ref = event["metadata"]["commission_ref"]
    PAID_COMMISSIONS[ref] = PAID_COMMISSIONS.get(ref, 0) + int(event["amount_pence"])


@app.post("/webhooks/payments")
def payment_webhook():
    body = request.get_data()
    if not signer.matches(request.headers, body):
        abort(401)
    event = json.loads(body)
    if event.get("type") == "payment.succeeded":
        record_payment(event)
    return jsonify(received=True)


@app.get("/commissions/<ref>/paid")
def paid_total(ref: str):
    return jsonify(ref=ref, paid_pence=PAID_COMMISSIONS.get(ref, 0))
