"""Receives booking events from the third-party lesson marketplace."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
MAX_SKEW_SECONDS = 300


class SignatureChecker:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def matches(self, timestamp: str, body: bytes, provided: str) -> bool:
        if abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
            return False
        return self.expected(timestamp, body) == provided.lower()


checker = SignatureChecker(os.environ["MARKETPLACE_WEBHOOK_SECRET"].encode())


def _parse_header(value: str) -> dict:
    parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return {"t": parts.get("t", "0"), "v1": parts.get("v1", "")}


@app.post("/webhooks/marketplace")
def marketplace_event():
    header = _parse_header(request.headers.get("X-Marketplace-Signature", ""))
    body = request.get_data()
    if not checker.matches(header["t"], body, header["v1"]):
        abort(401)
    event = json.loads(body)
    kind = event.get("type")
    if kind == "booking.created":
        app.logger.info("new booking %s for %s", event["data"]["id"], event["data"]["lesson"])
    elif kind == "booking.cancelled":
        app.logger.info("cancelled booking %s", event["data"]["id"])
    return jsonify(received=True)
