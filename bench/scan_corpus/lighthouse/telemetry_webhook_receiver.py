"""Receive buoy and beacon telemetry pushed by the satellite modem provider."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from datetime import datetime, timezone

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

PROVIDER_SECRET = os.environ["MODEM_WEBHOOK_SECRET"].encode()
MAX_SKEW_S = 300


class WebhookVerifier:
    def __init__(self, secret: bytes, max_skew: int = MAX_SKEW_S) -> None:
        self.secret = secret
        self.max_skew = max_skew

    def expected(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return "v1=" + hmac.new(self.secret, message, hashlib.sha256).hexdigest()

    def fresh(self, timestamp: str) -> bool:
        try:
            sent = int(timestamp)
        except ValueError:
            return False
        return abs(datetime.now(timezone.utc).timestamp() - sent) <= self.max_skew

    def check(self, timestamp: str, body: bytes, signature: str) -> bool:
        if not self.fresh(timestamp):
            return False
        return self.expected(timestamp, body) == signature


verifier = WebhookVerifier(PROVIDER_SECRET)


@app.post("/webhooks/modem")
def modem_webhook():
    ts = request.headers.get("X-Modem-Timestamp", "")
    sig = request.headers.get("X-Modem-Signature", "")
    body = request.get_data()
    if not verifier.check(ts, body, sig):
        abort(401)
    message = json.loads(body)
    readings = message.get("readings", [])
    for reading in readings:
        app.config["TELEMETRY_QUEUE"].put((message["imei"], reading))
    return jsonify({"queued": len(readings)})
