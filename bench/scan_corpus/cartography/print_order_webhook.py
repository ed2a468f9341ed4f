"""Webhook receiver for the print-on-demand fulfilment partner.

The partner posts order status updates (printed, shipped, delivered) and
signs each body with HMAC-SHA256 using a shared secret.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
log = logging.getLogger("print_webhook")

WEBHOOK_SECRET = os.environ["PRINT_PARTNER_WEBHOOK_SECRET"].encode("utf-8")
engine = create_engine(os.environ["SHOP_DATABASE_URL"], pool_pre_ping=True)

ALLOWED_STATUSES = {"accepted", "printed", "shipped", "delivered", "cancelled"}


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/webhooks/print-partner")
def print_partner_webhook():
    body = request.get_data()
    signature = request.headers.get("X-Partner-Signature", "")
    if signature != _expected_signature(body):
        abort(401)

    try:
        event = json.loads(body)
    except ValueError:
        abort(400)

    status = event.get("status")
    order_ref = event.get("order_reference")
    if status not in ALLOWED_STATUSES or not order_ref:
        abort(422)

    with engine.begin() as conn:
        result = conn.execute(
            text(
                "UPDATE print_orders SET fulfilment_status = :status,"
                " tracking_number = :tracking WHERE reference = :ref"
            ),
            {"status": status, "tracking": event.get("tracking_number"), "ref": order_ref},
        )
    if result.rowcount == 0:
        log.warning("webhook for unknown order %s", order_ref)
        abort(404)

    log.info("order %s moved to %s", order_ref, status)
    return jsonify({"ok": True})
