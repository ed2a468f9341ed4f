"""Receives payout notifications for member shops from the payment processor."""
import hashlib
import hmac
import json
import time

from flask import Blueprint, abort, jsonify, request

from quilter.config import settings
from quilter.shops import payouts

bp = Blueprint("payout_webhook", __name__)

TOLERANCE_SECONDS = 300


class SignatureHeader:
    def __init__(self, raw: str):
        self.timestamp = 0
        self.signatures: list[str] = []
        for part in raw.split(","):
            key, _, value = part.strip().partition("=")
            if key == "t" and value.isdigit():
                self.timestamp = int(value)
            elif key == "v1":
                self.signatures.append(value)

    def is_fresh(self, now: float) -> bool:
        return abs(now - self.timestamp) <= TOLERANCE_SECONDS

    def matches(self, payload: bytes, secret: str) -> bool:
        signed = f"{self.timestamp}.".encode() + payload
        expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
        return expected in self.signatures


HANDLERS = {
    "payout.paid": payouts.mark_paid,
    "payout.failed": payouts.mark_failed,
    "payout.canceled": payouts.mark_canceled,
}


@bp.route("/webhooks/payouts", methods=["POST"])
def receive_payout_event():
    header = SignatureHeader(request.headers.get("Processor-Signature", ""))
    payload = request.get_data()
    if not header.is_fresh(time.time()):
        abort(400)
    if not header.matches(payload, settings.PAYOUT_WEBHOOK_SECRET):
        abort(401)
    event = json.loads(payload)
    handler = HANDLERS.get(event.get("type"))
    if handler is None:
        return jsonify({"ignored": event.get("type")}), 200
    handler(event["data"]["object"])
    return jsonify({"received": True}), 200
