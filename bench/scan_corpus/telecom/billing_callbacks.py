"""Payment-status callbacks from the billing gateway.

The gateway signs each callback: ``X-Billing-Signature: sha256=<hex>`` is the
HMAC-SHA256 of ``<timestamp>.<raw body>`` with the shared callback secret.
"""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("billing_callbacks", __name__, url_prefix="/hooks/billing")

MAX_SKEW_S = 300
SIG_PREFIX = "sha256="


def _verify(body: bytes, timestamp: str, header_value: str) -> bool:
    if not header_value.startswith(SIG_PREFIX):
        return False
    try:
        if abs(time.time() - int(timestamp)) > MAX_SKEW_S:
            return False
    except ValueError:
        return False
    secret = os.environ["BILLING_CALLBACK_SECRET"].encode("utf-8")
    expected = hmac.new(secret, timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header_value[len(SIG_PREFIX):])


@bp.post("/payments")
def payment_callback():
    body = request.get_data(cache=True)
    if not _verify(
        body,
        request.headers.get("X-Billing-Timestamp", ""),
        request.headers.get("X-Billing-Signature", ""),
    ):
        abort(401)

    event = request.get_json(force=True)
    if event.get("type") == "payment.succeeded":
        current_app.extensions["dunning"].clear_arrears(event["accountId"], event["amountMinor"])
    elif event.get("type") == "payment.failed":
        current_app.extensions["dunning"].record_failure(event["accountId"], event.get("reason"))
    else:
        return jsonify(status="ignored"), 202
    return jsonify(status="ok")
