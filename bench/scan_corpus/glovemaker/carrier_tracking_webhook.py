"""Receive shipment status events from the freight carrier.

When a pallet of trade orders is collected, in transit or delivered, the
carrier posts a signed JSON event which updates the order's dispatch status.
"""
import hashlib
import hmac
import json
import os
import time

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

WEBHOOK_SECRET = os.environ["CARRIER_WEBHOOK_SECRET"].encode("utf-8")
MAX_SKEW_SECONDS = 300
STATUS_MAP = {
    "PICKED_UP": "collected",
    "IN_TRANSIT": "in_transit",
    "OUT_FOR_DELIVERY": "out_for_delivery",
    "DELIVERED": "delivered",
    "EXCEPTION": "carrier_exception",
}


def _expected_signature(body: bytes, timestamp: str) -> str:
    mac = hmac.new(WEBHOOK_SECRET, timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return mac.hexdigest()


def _verify(req) -> None:
    timestamp = req.headers.get("X-Carrier-Timestamp", "")
    signature = req.headers.get("X-Carrier-Signature", "")
    if not timestamp.isdigit() or not signature:
        abort(400)
    if abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(401)
    if _expected_signature(req.get_data(), timestamp) != signature.lower():
        abort(401)


@app.post("/webhooks/carrier")
def carrier_event():
    _verify(request)
    event = json.loads(request.get_data())
    status = STATUS_MAP.get(event.get("status"))
    if status is None:
        return jsonify({"ignored": True}), 200
    db = app.extensions["orders_db"]
    with db:
        db.execute(
            "UPDATE shipments SET status = ?, updated_at = ? WHERE tracking_no = ?",
            (status, event.get("occurred_at"), event.get("tracking_number")),
        )
    return jsonify({"ok": True}), 200
