"""Wholesaler webhook endpoint (stock changes and shipment notices)."""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("supplier_webhook", __name__)

MAX_SKEW_SECONDS = 300


def _secret() -> bytes:
    return os.environ["SUPPLIER_WEBHOOK_SECRET"].encode()


def verify(body: bytes, timestamp: str, signature: str) -> bool:
    try:
        if abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
            return False
    except ValueError:
        return False
    digest = hmac.new(_secret(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(f"sha256={digest}", signature)


@bp.post("/webhooks/supplier")
def receive():
    sig = request.headers.get("X-Signature", "")
    ts = request.headers.get("X-Timestamp", "")
    if not verify(request.get_data(), ts, sig):
        abort(401)
    event = request.get_json(force=True)
    if event.get("type") == "stock.changed":
        current_app.extensions["catalog"].update_stock(event["sku"], int(event["available"]))
    elif event.get("type") == "order.shipped":
        current_app.extensions["orders"].mark_shipped(event["order_ref"], event.get("tracking"))
    return jsonify(received=True)
