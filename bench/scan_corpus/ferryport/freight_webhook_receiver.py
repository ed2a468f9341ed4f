"""Receive booking status webhooks from the freight booking platform."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

log = logging.getLogger("freight.webhooks")
app = Flask(__name__)


class WebhookSignature:
    header = "X-Freight-Signature"

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, timestamp: str, body: bytes) -> str:
        mac = hmac.new(self._secret, f"{timestamp}.".encode() + body, hashlib.sha256)
        return "sha256=" + mac.hexdigest()

    def matches(self, timestamp: str, body: bytes, presented: str) -> bool:
        return self.expected(timestamp, body) == presented


class BookingEventHandler:
    def __init__(self, signature: WebhookSignature) -> None:
        self.signature = signature

    def handle(self, event: dict) -> None:
        kind = event.get("type")
        ref = event.get("booking_ref")
        if kind == "booking.confirmed":
            log.info("booking %s confirmed for sailing %s", ref, event.get("sailing_id"))
        elif kind == "booking.cancelled":
            log.info("booking %s cancelled", ref)
        elif kind == "booking.checked_in":
            log.info("booking %s checked in at lane %s", ref, event.get("lane"))
        else:
            log.debug("ignoring event %s", kind)


handler = BookingEventHandler(WebhookSignature(os.environ["FREIGHT_WEBHOOK_SECRET"].encode()))


@app.post("/webhooks/freight")
def freight_webhook():
    body = request.get_data()
    timestamp = request.headers.get("X-Freight-Timestamp", "")
    presented = request.headers.get(WebhookSignature.header, "")
    if not handler.signature.matches(timestamp, body, presented):
        abort(401)
    handler.handle(json.loads(body))
    return "", 204
