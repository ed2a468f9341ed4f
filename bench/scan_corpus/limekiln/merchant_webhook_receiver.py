"""Receives order-status webhooks from the merchant platform."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("merchant.webhooks")

WEBHOOK_SECRET = os.environ["MERCHANT_WEBHOOK_SECRET"].encode()
SIGNATURE_HEADER = "X-Merchant-Signature"


def _expected_signature(body: bytes, timestamp: str) -> str:
    mac = hmac.new(WEBHOOK_SECRET, timestamp.encode() + b"." + body, hashlib.sha256)
    return mac.hexdigest()


def _apply_event(event: dict) -> None:
    kind = event.get("type")
    if kind == "order.dispatched":
        log.info("order %s dispatched by merchant", event["order_ref"])
    elif kind == "order.cancelled":
        log.info("order %s cancelled by merchant", event["order_ref"])
    else:
        log.debug("ignoring merchant event type %s", kind)


@app.post("/hooks/merchant")
def merchant_hook():
    timestamp = request.headers.get("X-Merchant-Timestamp", "")
    signature = request.headers.get(SIGNATURE_HEADER, "")
    if not timestamp or not signature:
        abort(400)
    body = request.get_data()
    expected = _expected_signature(body, timestamp)
    if signature != expected:
        log.warning("rejected merchant webhook with bad signature")
        abort(401)
    try:
        event = json.loads(body)
    except ValueError:
        abort(400)
    _apply_event(event)
    return "", 204
