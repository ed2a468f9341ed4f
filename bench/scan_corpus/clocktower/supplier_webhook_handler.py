"""Webhook endpoint for order status updates from parts suppliers.

Suppliers sign each callback with HMAC-SHA256 over the timestamp and body,
using the shared secret agreed when their account was opened.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("supplier_hooks", __name__, url_prefix="/hooks/suppliers")
log = logging.getLogger("clocktower.suppliers.hooks")

MAX_SKEW_SECONDS = 300


def _secret_for(supplier_code: str) -> bytes | None:
    value = os.environ.get(f"SUPPLIER_{supplier_code.upper()}_WEBHOOK_SECRET")
    return value.encode("utf-8") if value else None


def _signature_ok(secret: bytes, timestamp: str, body: bytes, presented: str) -> bool:
    message = timestamp.encode("ascii") + b"." + body
    expected = hmac.new(secret, message, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, presented)


@bp.post("/<supplier_code>/orders")
def order_update(supplier_code: str):
    secret = _secret_for(supplier_code)
    if secret is None:
        abort(404)
    timestamp = request.headers.get("X-Supplier-Timestamp", "")
    signature = request.headers.get("X-Supplier-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(401)
    body = request.get_data(cache=False)
    if not _signature_ok(secret, timestamp, body, signature):
        log.warning("rejected unsigned update claiming to be from %s", supplier_code)
        abort(401)
    update = json.loads(body)
    orders = current_app.extensions["parts_orders"]
    orders.set_status(
        supplier=supplier_code,
        supplier_ref=str(update["reference"]),
        status=str(update["status"]),
        tracking=update.get("tracking"),
    )
    return jsonify({"ok": True})
