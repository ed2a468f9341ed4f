"""Receives payment notifications for trade invoices from the card acquirer."""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, request

from goldbeater.billing import mark_invoice_paid, mark_invoice_failed

log = logging.getLogger(__name__)

bp = Blueprint("payment_webhooks", __name__, url_prefix="/webhooks")

SIGNATURE_HEADER = "X-Acquirer-Signature"


def expected_signature(body: bytes) -> str:
    secret = current_app.config["ACQUIRER_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, provided: str) -> bool:
    return expected_signature(body) == provided.strip().lower()


@bp.post("/payments")
def payment_event():
    body = request.get_data()
    if not signature_ok(body, request.headers.get(SIGNATURE_HEADER, "")):
        abort(400)
    event = json.loads(body)
    invoice_ref = event["metadata"]["invoice_ref"]
    if event["type"] == "payment.succeeded":
        mark_invoice_paid(invoice_ref, amount_minor=event["amount"], currency=event["currency"])
    elif event["type"] == "payment.failed":
        mark_invoice_failed(invoice_ref, reason=event.get("failure_code", "unknown"))
    else:
        log.debug("ignoring acquirer event type %s", event["type"])
    return {"received": True}
