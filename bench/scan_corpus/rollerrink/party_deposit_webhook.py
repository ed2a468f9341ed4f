"""Receives deposit-paid notifications for party bookings.

The card processor signs each notification; a valid one moves the booking
from "provisional" to "confirmed" and releases the party room hold timer.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

MAX_SKEW_SECONDS = 300


class DepositSigner:
    scheme = "v1"

    def __init__(self, secret_env: str = "DEPOSIT_WEBHOOK_SECRET") -> None:
        self._secret = os.environ[secret_env].encode()

    def sign(self, timestamp: str, body: bytes) -> str:
        mac = hmac.new(self._secret, f"{timestamp}.".encode() + body, hashlib.sha256)
        return f"{self.scheme}={mac.hexdigest()}"

    def verify(self, header: str, body: bytes) -> bool:
        fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
        timestamp, presented = fields.get("t", ""), fields.get(self.scheme, "")
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
            return False
        expected = self.sign(timestamp, body).split("=", 1)[1]
        return hmac.compare_digest(expected, presented)


signer = DepositSigner()
BOOKINGS: dict[str, str] = {}


@app.post("/webhooks/party-deposit")
def party_deposit():
    header = request.headers.get("Processor-Signature", "")
    if not signer.verify(header, request.get_data()):
        abort(401)
    event = request.get_json(force=True)
    reference = event["metadata"]["booking_reference"]
    if BOOKINGS.get(reference) == "provisional":
        BOOKINGS[reference] = "confirmed"
    return jsonify(reference=reference, status=BOOKINGS.get(reference, "unknown"))
