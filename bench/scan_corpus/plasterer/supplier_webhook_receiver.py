"""Receives delivery status webhooks from the builders' merchant.

When a plaster or render delivery is dispatched or signed for on site the
merchant posts an event; we update the material order and tell the foreman.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

from .orders import mark_delivered, mark_dispatched
from .notify import notify_foreman

log = logging.getLogger(__name__)
bp = Blueprint("merchant_webhooks", __name__, url_prefix="/hooks/merchant")

WEBHOOK_SECRET = os.environ["MERCHANT_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def _verify(req) -> bool:
    supplied = req.headers.get("X-Merchant-Signature", "")
    return _expected_signature(req.get_data()) == supplied


@bp.post("/delivery")
def delivery_event():
    if not _verify(request):
        abort(401)
    event = json.loads(request.get_data())
    order_ref = event["order_reference"]
    status = event["status"]

    if status == "dispatched":
        mark_dispatched(order_ref, eta=event.get("eta"))
        notify_foreman(order_ref, f"Materials for {order_ref} are on the way, ETA {event.get('eta')}")
    elif status == "delivered":
        mark_delivered(order_ref, signed_by=event.get("signed_by"))
        notify_foreman(order_ref, f"Materials for {order_ref} signed for by {event.get('signed_by')}")
    else:
        log.info("ignoring merchant event %s for %s", status, order_ref)
    return jsonify(ok=True)
