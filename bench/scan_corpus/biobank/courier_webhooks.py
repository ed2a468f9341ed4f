"""Webhook receiver for courier tracking events."""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, jsonify, request

from .shipments import record_tracking_event

bp = Blueprint("courier_webhooks", __name__)
MAX_SKEW_SECONDS = 300


def _expected_signature(timestamp: str, body: bytes) -> str:
    secret = os.environ["COURIER_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


@bp.post("/webhooks/courier")
def courier_event():
    timestamp = request.headers.get("X-Courier-Timestamp", "")
    signature = request.headers.get("X-Courier-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(400)
    body = request.get_data()
    if not hmac.compare_digest(_expected_signature(timestamp, body), signature):
        abort(401)
    event = request.get_json(force=True)
    record_tracking_event(event["consignment"], event["status"], event.get("location"))
    return jsonify({"received": True})
