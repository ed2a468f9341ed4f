"""Verify and accept order webhooks from the farm-shop ordering platform.

The platform signs `timestamp.body` with HMAC-SHA256 and sends
`t=<unix>,v1=<hex>` in the X-Platform-Signature header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time

from flask import Blueprint, abort, current_app, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("platform_webhooks", __name__)

TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def signature_is_valid(body: bytes, header: str, secret: bytes) -> bool:
    try:
        timestamp, presented = _parse_header(header)
    except ValueError:
        return False
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = str(timestamp).encode() + b"." + body
    expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, presented)


@bp.post("/webhooks/platform")
def platform_webhook():
    body = request.get_data()
    secret = current_app.config["PLATFORM_WEBHOOK_SECRET"].encode()
    if not signature_is_valid(body, request.headers.get("X-Platform-Signature", ""), secret):
        log.warning("rejected platform webhook from %s", request.remote_addr)
        abort(401)
    event = json.loads(body)
    if event.get("type") != "order.placed":
        return jsonify(status="ignored"), 202
    data = event["data"]
    orders = current_app.extensions["orders"]
    order = orders.create(
        retailer_ref=data["shop_id"],
        order_ref=data["order_id"],
        lines=[(i["sku"], int(i["qty"])) for i in data["items"]],
    )
    log.info("platform order %s stored as %s", data["order_id"], order.id)
    return jsonify(status="accepted", order_id=order.id), 201
