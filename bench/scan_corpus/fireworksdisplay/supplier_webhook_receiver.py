"""Receives delivery and stock-allocation webhooks from the fireworks wholesaler."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

log = logging.getLogger(__name__)

app = Flask(__name__)
app.config["WEBHOOK_SECRET"] = os.environ["SUPPLIER_WEBHOOK_SECRET"].encode()

HANDLED_EVENTS = {"delivery.dispatched", "delivery.received", "allocation.changed"}


def _record_event(event: dict) -> None:
    log.info(
        "supplier event %s for order %s",
        event.get("type"),
        event.get("data", {}).get("order_id"),
    )


@app.post("/webhooks/supplier")
def supplier_webhook():
    signature = request.headers.get("X-Supplier-Signature", "")
    body = request.get_data()
    expected = hmac.new(app.config["WEBHOOK_SECRET"], body, hashlib.sha256).hexdigest()
    if signature != expected:
        abort(401)
    try:
        event = json.loads(body)
    except ValueError:
        abort(400)
    if event.get("type") not in HANDLED_EVENTS:
        return jsonify({"status": "ignored"}), 202
    _record_event(event)
    return jsonify({"status": "ok"})


@app.get("/webhooks/supplier/health")
def health():
    return jsonify({"ok": True})
