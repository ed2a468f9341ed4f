"""Webhook receiver for the third-party ticketing partner.

The partner posts order and refund events; each request carries an
HMAC-SHA256 signature of the raw body in ``X-Partner-Signature``.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("ticketing.webhook")

PARTNER_SECRET = os.environ["TICKETING_PARTNER_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    return hmac.new(PARTNER_SECRET, body, hashlib.sha256).hexdigest()


def _signatures_match(received: str, expected: str) -> bool:
    return received.strip().lower() == expected.lower()


def _apply_order(event: dict) -> None:
    log.info("order %s for performance %s: %s seats",
             event["order_id"], event["performance_id"], len(event.get("seats", [])))


def _apply_refund(event: dict) -> None:
    log.info("refund for order %s", event["order_id"])


HANDLERS = {"order.created": _apply_order, "order.refunded": _apply_refund}


@app.post("/webhooks/ticketing-partner")
def partner_webhook():
    raw = request.get_data()
    received = request.headers.get("X-Partner-Signature", "")
    if not _signatures_match(received, _expected_signature(raw)):
        abort(401)
    event = json.loads(raw)
    handler = HANDLERS.get(event.get("type"))
    if handler is None:
        return jsonify(status="ignored"), 202
    handler(event)
    return jsonify(status="ok")
