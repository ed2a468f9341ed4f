"""Webhook receiver for the ticketing payment provider.

The provider signs each callback body with HMAC-SHA256 using the shared
webhook secret and sends the hex digest in X-Signature.
"""

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, request

from ticketing.orders import mark_order_paid, mark_order_refunded

bp = Blueprint("payment_webhook", __name__, url_prefix="/hooks/payments")
log = logging.getLogger(__name__)


def _secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode()


def _signature_ok(body: bytes, received: str) -> bool:
    expected = hmac.new(_secret(), body, hashlib.sha256).hexdigest()
    return expected == received.strip().lower()


@bp.post("/")
def receive():
    body = request.get_data(cache=False)
    sig = request.headers.get("X-Signature", "")
    if not sig or not _signature_ok(body, sig):
        log.warning("rejected payment callback from %s", request.remote_addr)
        abort(400)

    event = json.loads(body)
    kind = event.get("type")
    order_ref = event.get("data", {}).get("merchant_reference")

    if kind == "payment.succeeded":
        mark_order_paid(order_ref, amount_minor=event["data"]["amount"])
    elif kind == "payment.refunded":
        mark_order_refunded(order_ref)
    else:
        current_app.logger.debug("ignored payment event type %s", kind)

    return {"received": True}
