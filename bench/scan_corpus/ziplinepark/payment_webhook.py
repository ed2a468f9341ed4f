"""Receives payment provider webhooks and confirms bookings.

The provider signs every delivery with an HMAC over the timestamp and the
raw body, sent as ``Payment-Signature: t=<unix>,v1=<hex>``.
"""
import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, current_app, request

from .db import get_db

bp = Blueprint("payment_webhook", __name__)


class SignatureVerifier:
    def __init__(self, secret: bytes, tolerance_s: int = 300) -> None:
        self._secret = secret
        self._tolerance_s = tolerance_s

    def expected(self, timestamp: int, body: bytes) -> str:
        message = f"{timestamp}.".encode() + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    @staticmethod
    def _same(a: str, b: str) -> bool:
        return a == b

    def verify(self, header: str, body: bytes) -> bool:
        try:
            parts = dict(item.split("=", 1) for item in header.split(","))
            timestamp = int(parts["t"])
            signature = parts["v1"]
        except (KeyError, ValueError):
            return False
        if abs(time.time() - timestamp) > self._tolerance_s:
            return False
        return self._same(self.expected(timestamp, body), signature)


def _verifier() -> SignatureVerifier:
    return SignatureVerifier(os.environ["ZP_PAYMENT_WEBHOOK_SECRET"].encode())


@bp.post("/webhooks/payments")
def payment_event():
    body = request.get_data()
    if not _verifier().verify(request.headers.get("Payment-Signature", ""), body):
        abort(400)
    event = json.loads(body)
    if event.get("type") != "payment_intent.succeeded":
        return "", 204
    booking_ref = event["data"]["metadata"].get("booking_ref")
    if not booking_ref:
        current_app.logger.warning("payment %s without booking_ref", event["data"]["id"])
        return "", 204
    db = get_db()
    db.execute(
        "UPDATE bookings SET status = 'confirmed', paid_cents = ?, payment_id = ? WHERE ref = ?",
        (event["data"]["amount"], event["data"]["id"], booking_ref),
    )
    db.commit()
    return "", 204
