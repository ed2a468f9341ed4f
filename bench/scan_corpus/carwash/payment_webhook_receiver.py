"""Receive settlement and chargeback webhooks from the payment processor."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("webhooks.payments")

SIGNATURE_HEADER = "X-Processor-Signature"
TIMESTAMP_HEADER = "X-Processor-Timestamp"


class WebhookVerifier:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected_signature(self, timestamp: str, body: bytes) -> str:
        mac = hmac.new(self._secret, f"{timestamp}.".encode() + body, hashlib.sha256)
        return "v1=" + mac.hexdigest()

    def verify(self, timestamp: str, body: bytes, presented: str) -> bool:
        return presented == self.expected_signature(timestamp, body)


verifier = WebhookVerifier(os.environ["PROCESSOR_WEBHOOK_SECRET"].encode())


def _handle_settlement(event: dict) -> None:
    log.info("settlement batch %s settled %s", event["batch_id"], event["amount"])


def _handle_chargeback(event: dict) -> None:
    log.warning("chargeback opened for transaction %s", event["transaction_id"])


HANDLERS = {
    "settlement.completed": _handle_settlement,
    "chargeback.opened": _handle_chargeback,
}


@app.post("/webhooks/processor")
def processor_webhook():
    body = request.get_data()
    timestamp = request.headers.get(TIMESTAMP_HEADER, "")
    signature = request.headers.get(SIGNATURE_HEADER, "")
    if not verifier.verify(timestamp, body, signature):
        abort(401)
    event = json.loads(body)
    handler = HANDLERS.get(event.get("type"))
    if handler is not None:
        handler(event["data"])
    return jsonify(received=True)
