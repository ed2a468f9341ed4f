"""Receives order webhooks from the garden-centre marketplace.

The marketplace signs every delivery with HMAC-SHA256 over the raw body and
sends the hex digest in the X-Retailer-Signature header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, jsonify, request

from .orders import OrderLine, create_wholesale_order

log = logging.getLogger(__name__)
bp = Blueprint("retailer_webhooks", __name__)

ACCEPTED_EVENTS = {"order.created", "order.cancelled"}


def _expected_signature(body: bytes) -> str:
    secret = current_app.config["MARKETPLACE_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/webhooks/marketplace")
def marketplace_webhook():
    body = request.get_data()
    presented = request.headers.get("X-Retailer-Signature", "")
    if presented != _expected_signature(body):
        log.warning("rejected marketplace webhook from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    if kind not in ACCEPTED_EVENTS:
        return jsonify(status="ignored"), 202

    payload = event["data"]
    if kind == "order.cancelled":
        current_app.extensions["orders"].cancel(payload["order_ref"])
        return jsonify(status="cancelled")

    lines = [
        OrderLine(sku=item["sku"], bags=int(item["quantity"]))
        for item in payload["items"]
        if item["sku"].startswith("CB-")
    ]
    order = create_wholesale_order(
        retailer_ref=payload["retailer_id"],
        order_ref=payload["order_ref"],
        lines=lines,
        deliver_by=payload.get("deliver_by"),
    )
    log.info("created order %s with %d lines", order.id, len(lines))
    return jsonify(status="accepted", order_id=order.id), 201
