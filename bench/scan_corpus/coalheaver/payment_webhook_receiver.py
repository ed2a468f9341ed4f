"""Receiver for card acquirer notifications about pay-by-link orders.

The acquirer signs each notification body with a shared secret and sends the
hex HMAC in the ``X-Acquirer-Signature`` header.
"""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, request

from coalheaver.payments.ledger import mark_order_paid, record_refund

log = logging.getLogger(__name__)

bp = Blueprint("acquirer_webhook", __name__)

HANDLERS = {
    "payment.captured": mark_order_paid,
    "payment.refunded": record_refund,
}


def _signature_for(body: bytes) -> str:
    secret = current_app.config["ACQUIRER_WEBHOOK_SECRET"].encode("utf-8")
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _check_signature(body: bytes, presented: str) -> None:
    expected = _signature_for(body)
    if presented.lower() != expected:
        abort(401)


@bp.post("/webhooks/acquirer")
def acquirer_notification():
    body = request.get_data(cache=False)
    _check_signature(body, request.headers.get("X-Acquirer-Signature", ""))
    event = json.loads(body)
    handler = HANDLERS.get(event.get("type"))
    if handler is None:
        log.info("ignoring acquirer event type %s", event.get("type"))
        return "", 204
    data = event["data"]
    handler(order_reference=data["merchant_reference"], amount_pence=int(data["amount"]))
    log.info("processed %s for %s", event["type"], data["merchant_reference"])
    return "", 204
