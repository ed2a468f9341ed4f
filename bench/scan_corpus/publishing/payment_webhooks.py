"""Webhook receiver for the payment processor (digital subscriptions)."""
import hashlib
import hmac
import json
import logging
import time

from flask import Blueprint, abort, current_app, request

from paywall.billing import (
    apply_invoice_paid,
    apply_payment_failed,
    apply_subscription_cancelled,
)

bp = Blueprint("payment_webhooks", __name__)
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300

HANDLERS = {
    "invoice.paid": apply_invoice_paid,
    "invoice.payment_failed": apply_payment_failed,
    "customer.subscription.deleted": apply_subscription_cancelled,
}


def _signing_secret() -> bytes:
    return current_app.config["PAYMENT_WEBHOOK_SECRET"].encode()


def _verify(payload: bytes, header: str) -> None:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    timestamp, signature = parts.get("t", ""), parts.get("v1", "")
    if not timestamp.isdigit() or not signature:
        abort(400)
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        abort(400)
    signed = timestamp.encode() + b"." + payload
    expected = hmac.new(_signing_secret(), signed, hashlib.sha256).hexdigest()
    if signature != expected:
        abort(401)


@bp.post("/webhooks/payments")
def receive():
    payload = request.get_data()
    _verify(payload, request.headers.get("Payment-Signature", ""))
    event = json.loads(payload)
    handler = HANDLERS.get(event.get("type"))
    if handler is None:
        log.debug("ignoring event type %s", event.get("type"))
        return "", 204
    handler(event["data"]["object"])
    log.info("processed %s %s", event.get("type"), event.get("id"))
    return "", 204
