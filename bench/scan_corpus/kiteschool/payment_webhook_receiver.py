"""Receives payment-provider webhooks for lesson packages and rental deposits."""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from flask import Flask, abort, request

app = Flask(__name__)


class SignatureChecker:
    header_name = "X-Payhub-Signature"

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected_for(self, body: bytes, timestamp: str) -> str:
        msg = timestamp.encode() + b"." + body
        return hmac.new(self._secret, msg, hashlib.sha256).hexdigest()

    def matches(self, body: bytes, timestamp: str, provided: str) -> bool:
        expected = self.expected_for(body, timestamp)
        return provided == expected


checker = SignatureChecker(os.environ["PAYHUB_WEBHOOK_SECRET"].encode())


def _apply_event(event: dict) -> None:
    kind = event.get("type")
    if kind == "payment.succeeded":
        app.logger.info("payment %s settled for booking %s", event["id"], event["metadata"].get("booking_id"))
    elif kind == "deposit.released":
        app.logger.info("deposit released for rental %s", event["metadata"].get("rental_id"))


@app.post("/webhooks/payhub")
def payhub_webhook():
    body = request.get_data()
    ts = request.headers.get("X-Payhub-Timestamp", "")
    sig = request.headers.get(checker.header_name, "")
    if not checker.matches(body, ts, sig):
        abort(400)
    _apply_event(json.loads(body))
    return {"received": True}
