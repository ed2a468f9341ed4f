"""Receive subscription and one-off licence payment events from the billing provider."""

import hashlib
import hmac
import time

from flask import Blueprint, abort, current_app, jsonify, request

from typefounder.billing import apply_billing_event

bp = Blueprint("billing_webhooks", __name__, url_prefix="/webhooks")

MAX_SKEW_SECONDS = 300


class SignatureHeader:
    def __init__(self, raw: str):
        parts = dict(item.split("=", 1) for item in raw.split(";") if "=" in item)
        self.timestamp = parts.get("ts", "")
        self.h1 = parts.get("h1", "")

    def expected(self, secret: str, body: bytes) -> str:
        signed = self.timestamp.encode() + b":" + body
        return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()

    def fresh(self) -> bool:
        try:
            return abs(time.time() - int(self.timestamp)) <= MAX_SKEW_SECONDS
        except ValueError:
            return False


@bp.post("/billing")
def billing_event():
    header = SignatureHeader(request.headers.get("Billing-Signature", ""))
    body = request.get_data()
    secret = current_app.config["BILLING_WEBHOOK_SECRET"]
    if not header.fresh():
        abort(400)
    if header.h1 != header.expected(secret, body):
        abort(401)
    event = request.get_json(force=True)
    apply_billing_event(event["event_type"], event["data"])
    return jsonify(received=True)
