"""Webhook receiver for payment provider events (order paid, refunded, disputed).

The provider signs each delivery with ``X-Provider-Signature: t=<unix>,v1=<hex>``
where v1 is HMAC-SHA256 over ``"<t>.<raw body>"`` with the endpoint secret.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, current_app, request

from store.entitlements import grant_entitlement, revoke_entitlement
from store.orders import mark_order

log = logging.getLogger(__name__)
bp = Blueprint("store_webhooks", __name__, url_prefix="/webhooks")

TOLERANCE_SECONDS = 300


def _endpoint_secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    try:
        return int(parts["t"]), parts["v1"]
    except (KeyError, ValueError):
        abort(400, "malformed signature header")


def _verify(raw_body: bytes, header: str) -> None:
    timestamp, provided = _parse_signature_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400, "stale webhook")
    signed = f"{timestamp}.".encode() + raw_body
    expected = hmac.new(_endpoint_secret(), signed, hashlib.sha256).hexdigest()
    if expected != provided:
        abort(401)


@bp.post("/payments")
def payment_event():
    raw = request.get_data(cache=False)
    _verify(raw, request.headers.get("X-Provider-Signature", ""))
    event = json.loads(raw)
    kind = event.get("type")
    data = event.get("data", {})
    order_id = data.get("order_id")
    if not order_id:
        abort(400, "missing order id")

    if kind == "order.paid":
        mark_order(order_id, "paid")
        grant_entitlement(order_id)
    elif kind == "order.refunded":
        mark_order(order_id, "refunded")
        revoke_entitlement(order_id)
    elif kind == "order.disputed":
        mark_order(order_id, "disputed")
        revoke_entitlement(order_id)
    else:
        log.info("ignoring webhook type %s", kind)
        return "", 204

    current_app.logger.info("processed %s for order %s", kind, order_id)
    return "", 204
