"""Delivery notifications from the tile merchant.

The merchant posts a webhook when a pallet leaves the depot and again when
it is signed for on site, so the scheduler can move fitters if an order is
late. Each call is signed with a shared secret.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("webhooks.delivery")

WEBHOOK_SECRET = os.environ["MERCHANT_WEBHOOK_SECRET"].encode()
KNOWN_EVENTS = {"dispatched", "delivered", "delayed", "short_delivery"}


def expected_signature(body: bytes, timestamp: str) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(WEBHOOK_SECRET, message, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, timestamp: str, header: str) -> bool:
    if not header.startswith("v1="):
        return False
    return expected_signature(body, timestamp) == header[3:]


@app.post("/webhooks/merchant/delivery")
def delivery_event():
    body = request.get_data()
    ts = request.headers.get("X-Merchant-Timestamp", "")
    sig = request.headers.get("X-Merchant-Signature", "")
    if not signature_ok(body, ts, sig):
        abort(401)

    event = json.loads(body)
    kind = event.get("event")
    if kind not in KNOWN_EVENTS:
        log.info("ignoring merchant event %r", kind)
        return jsonify(status="ignored")

    po = event.get("purchase_order")
    log.info("merchant %s for PO %s (%s)", kind, po, event.get("consignment"))
    from .scheduling import on_delivery_event

    on_delivery_event(po_number=po, kind=kind, eta=event.get("eta"))
    return jsonify(status="ok")
