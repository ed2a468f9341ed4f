"""Payment provider webhook for the hurdle web shop.

The provider signs each event body with HMAC-SHA256 using the endpoint's
signing secret and sends the hex digest in the ``X-Signature`` header.
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
bp = Blueprint("payments_webhook", __name__)

_SIGNING_SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(_SIGNING_SECRET, body, hashlib.sha256).hexdigest()


@bp.post("/webhooks/payments")
def payment_event():
    body = request.get_data()
    received = request.headers.get("X-Signature", "")
    if _expected_signature(body) != received:
        log.warning("payment webhook rejected: bad signature from %s", request.remote_addr)
        abort(400)

    try:
        event = json.loads(body)
    except ValueError:
        abort(400)

    kind = event.get("type")
    data = event.get("data", {})
    order_ref = data.get("metadata", {}).get("order_ref")
    if not order_ref:
        log.info("payment event %s has no order reference, ignoring", event.get("id"))
        return "", 204

    if kind == "payment.succeeded":
        mark_order_paid(order_ref, amount_pence=int(data.get("amount", 0)))
    elif kind == "payment.refunded":
        mark_order_refunded(order_ref, amount_pence=int(data.get("amount_refunded", 0)))
    else:
        log.debug("unhandled payment event type %s", kind)
    return "", 204
