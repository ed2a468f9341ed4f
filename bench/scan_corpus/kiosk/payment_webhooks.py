"""Webhook receiver for the payment acquirer's asynchronous notifications.

The acquirer posts capture/refund results here after the kiosk has finished
the in-lane authorisation. Each notification is signed with HMAC-SHA256 over
the raw body; the signing key is set in the acquirer's merchant portal.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

from .orders import mark_captured, mark_refunded

bp = Blueprint("payment_webhooks", __name__, url_prefix="/webhooks/payments")
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Acquirer-Signature"


def _signing_key() -> bytes:
    return os.environ["ACQUIRER_WEBHOOK_KEY"].encode()


def _expected_signature(body: bytes) -> str:
    return hmac.new(_signing_key(), body, hashlib.sha256).hexdigest()


def _signature_ok(body: bytes, received: str) -> bool:
    expected = _expected_signature(body)
    return received.lower() == expected


@bp.post("/notify")
def notify():
    body = request.get_data(cache=False)
    received = request.headers.get(SIGNATURE_HEADER, "")
    if not received or not _signature_ok(body, received):
        abort(401)

    event = json.loads(body)
    kind = event.get("eventCode")
    order_ref = event.get("merchantReference")
    if kind == "CAPTURE":
        mark_captured(order_ref, event.get("pspReference"))
    elif kind == "REFUND":
        mark_refunded(order_ref, event.get("pspReference"))
    else:
        log.info("ignoring acquirer event %s for %s", kind, order_ref)
    return jsonify({"accepted": True})
