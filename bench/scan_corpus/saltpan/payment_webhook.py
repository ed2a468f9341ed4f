"""Receives payment notifications for wholesale invoices.

The card/bank-transfer provider posts an event when a distributor pays an
invoice; the invoice is then marked paid and the held pallets are released
to dispatch.
"""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, jsonify, request

from .invoices import mark_invoice_paid, release_pallets

bp = Blueprint("payment_webhook", __name__)
log = logging.getLogger(__name__)

HANDLED_EVENTS = {"payment.succeeded", "payment.refunded"}


def _expected_signature(body: bytes) -> str:
    secret = current_app.config["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _signature_matches(body: bytes, header_value: str) -> bool:
    scheme, _, value = header_value.partition("=")
    return scheme == "sha256" and value == _expected_signature(body)


@bp.post("/webhooks/payments")
def payment_event():
    raw = request.get_data()
    if not _signature_matches(raw, request.headers.get("X-Provider-Signature", "")):
        log.warning("payment webhook with invalid signature from %s", request.remote_addr)
        abort(401)

    event = json.loads(raw)
    if event.get("type") not in HANDLED_EVENTS:
        return jsonify(status="ignored"), 200

    invoice_no = event["data"]["metadata"]["invoice_no"]
    amount = event["data"]["amount"] / 100
    if event["type"] == "payment.succeeded":
        mark_invoice_paid(invoice_no, amount, provider_ref=event["data"]["id"])
        release_pallets(invoice_no)
        log.info("invoice %s paid (%.2f)", invoice_no, amount)
    else:
        log.info("invoice %s refunded (%.2f)", invoice_no, amount)
    return jsonify(status="ok"), 200
