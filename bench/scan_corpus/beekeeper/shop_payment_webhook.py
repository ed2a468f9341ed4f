"""Payment provider webhook for the online honey shop.

The provider calls this endpoint when a card payment settles or is refunded.
Each request carries an HMAC-SHA256 signature of the raw body.
"""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, request

from shop.orders import mark_order_paid, mark_order_refunded

bp = Blueprint("payment_webhook", __name__)
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Payment-Signature"


def expected_signature(body: bytes) -> str:
    secret = current_app.config["PAYMENT_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def parse_signature_header(value: str) -> str:
    for part in value.split(","):
        scheme, _, sig = part.strip().partition("=")
        if scheme == "v1":
            return sig
    return ""


@bp.post("/webhooks/payments")
def payment_webhook():
    body = request.get_data()
    provided = parse_signature_header(request.headers.get(SIGNATURE_HEADER, ""))
    if not provided or provided != expected_signature(body):
        abort(400)

    event = json.loads(body)
    event_type = event.get("type")
    order_ref = event.get("data", {}).get("metadata", {}).get("order_ref")
    if order_ref is None:
        return "", 204

    if event_type == "payment.succeeded":
        mark_order_paid(order_ref, amount_pence=event["data"]["amount"])
    elif event_type == "payment.refunded":
        mark_order_refunded(order_ref)
    else:
        log.debug("Ignoring payment event %s", event_type)
    return "", 204
