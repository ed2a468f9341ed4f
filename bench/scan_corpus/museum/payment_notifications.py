"""Flask blueprint receiving payment notifications for the museum shop."""
import hashlib
import hmac
import time

from flask import Blueprint, abort, current_app, jsonify, request

from .orders import apply_payment_event

bp = Blueprint("payment_notifications", __name__, url_prefix="/hooks")

TOLERANCE_SECONDS = 300


def _verify(body: bytes, timestamp: str, signature: str) -> bool:
    secret = current_app.config["SHOP_WEBHOOK_SECRET"].encode("utf-8")
    message = timestamp.encode("ascii") + b"." + body
    expected = hmac.new(secret, message, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@bp.post("/payments")
def payments():
    timestamp = request.headers.get("X-Shop-Timestamp", "")
    signature = request.headers.get("X-Shop-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        abort(400)
    if not _verify(request.get_data(), timestamp, signature):
        abort(403)

    event = request.get_json(silent=True) or {}
    if event.get("type") == "charge.succeeded":
        apply_payment_event(event["data"]["order_ref"], paid=True)
    elif event.get("type") == "charge.failed":
        apply_payment_event(event["data"]["order_ref"], paid=False)
    return jsonify(received=True)
