"""Webhook receiver for the card payment provider used by the shop.

The provider signs each event body with HMAC-SHA256 using the shared webhook
secret and sends the hex digest in the ``X-Signature`` header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from .orders import mark_order_paid, mark_order_refunded

log = logging.getLogger(__name__)
bp = Blueprint("payment_webhook", __name__)


def _webhook_secret() -> bytes:
    secret = os.environ.get("SHOP_WEBHOOK_SECRET")
    if not secret:
        raise RuntimeError("SHOP_WEBHOOK_SECRET is not configured")
    return secret.encode("utf-8")


@bp.post("/shop/webhooks/payments")
def payment_event():
    body = request.get_data()
    signature = request.headers.get("X-Signature", "")
    expected = hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()
    if signature != expected:
        log.warning("rejected payment webhook with bad signature")
        abort(400)

    event = json.loads(body)
    kind = event.get("type")
    order_ref = event.get("data", {}).get("order_reference")
    if not order_ref:
        abort(422)

    if kind == "payment.succeeded":
        mark_order_paid(order_ref, amount_pence=int(event["data"]["amount"]))
    elif kind == "payment.refunded":
        mark_order_refunded(order_ref)
    else:
        log.info("ignoring payment event type %s", kind)
    return "", 204
