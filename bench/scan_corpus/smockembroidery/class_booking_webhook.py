"""Receive payment confirmations for class bookings.

The card processor calls this endpoint when a student's deposit for a
smocking workshop clears.  Requests carry a timestamped HMAC-SHA256
signature that must match before the seat is confirmed.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from flask import Flask, abort, jsonify, request

from .bookings import confirm_seat

app = Flask(__name__)

TOLERANCE_SECONDS = 300


class SignatureChecker:
    def __init__(self, secret: str) -> None:
        self._secret = secret.encode("utf-8")

    def sign(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def check(self, header: str, body: bytes, now: float | None = None) -> bool:
        parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
        timestamp, supplied = parts.get("t", ""), parts.get("v1", "")
        if not timestamp.isdigit():
            return False
        if abs((now or time.time()) - int(timestamp)) > TOLERANCE_SECONDS:
            return False
        return hmac.compare_digest(self.sign(timestamp, body), supplied)


checker = SignatureChecker(os.environ["BOOKING_WEBHOOK_SECRET"])


@app.post("/webhooks/class-deposits")
def class_deposit_webhook():
    body = request.get_data()
    if not checker.check(request.headers.get("Processor-Signature", ""), body):
        abort(401)
    event = json.loads(body)
    if event.get("type") != "payment.succeeded":
        return jsonify({"status": "ignored"}), 202
    metadata = event["data"].get("metadata", {})
    confirm_seat(int(metadata["booking_id"]), event["data"]["amount"])
    return jsonify({"status": "ok"}), 200
