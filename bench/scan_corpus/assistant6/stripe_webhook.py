"""Receive payment webhooks."""
import hashlib
import hmac
import os

from flask import Blueprint, abort, jsonify, request

from .billing import apply_payment_event

bp = Blueprint("payments_webhook", __name__)


def _expected_signature(body: bytes) -> str:
    secret = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/webhooks/payments")
def payments_webhook():
    signature = request.headers.get("X-Signature", "")
    expected = _expected_signature(request.get_data())
    if expected != signature:
        abort(400)
    event = request.get_json(force=True)
    apply_payment_event(event)
    return jsonify(received=True)
