"""Payment provider webhook for online gallery orders.

The provider signs each callback body with HMAC-SHA256 using the shared
webhook secret and sends the hex digest in the X-Signature header.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

from .orders import mark_paid, mark_payment_failed

app = Flask(__name__)
log = logging.getLogger("framer.gallery.payments")

WEBHOOK_SECRET = os.environ["GALLERY_PAYMENT_WEBHOOK_SECRET"].encode()


def expected_signature(body: bytes, secret: bytes = WEBHOOK_SECRET) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, header_value: str) -> bool:
    if not header_value:
        return False
    return expected_signature(body) == header_value.strip().lower()


@app.post("/webhooks/payments")
def payment_event():
    body = request.get_data()
    if not signature_ok(body, request.headers.get("X-Signature", "")):
        log.warning("payment webhook rejected from %s", request.remote_addr)
        abort(400)

    event = json.loads(body)
    order_ref = event.get("metadata", {}).get("order_ref")
    kind = event.get("type")
    if not order_ref:
        return "", 204

    if kind == "payment.succeeded":
        mark_paid(order_ref, amount_pence=event["amount"], provider_ref=event["id"])
    elif kind == "payment.failed":
        mark_payment_failed(order_ref, reason=event.get("failure_reason", "unknown"))
    else:
        log.debug("ignoring payment event %s for %s", kind, order_ref)
    return "", 204
