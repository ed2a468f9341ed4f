"""Webhook receiver for card payment notifications from the payment provider."""

import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, request

from billing.invoices import mark_invoice_paid, mark_payment_failed

bp = Blueprint("payment_webhooks", __name__, url_prefix="/webhooks")


def _signing_secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(_signing_secret(), body, hashlib.sha256).hexdigest()


def _signature_ok(body: bytes, header_value: str) -> bool:
    provided = header_value.split("=", 1)[-1].strip()
    return _expected_signature(body) == provided


@bp.post("/payments")
def payment_event():
    body = request.get_data()
    if not _signature_ok(body, request.headers.get("X-Signature", "")):
        abort(401)
    event = json.loads(body)
    invoice_ref = event["data"]["metadata"].get("invoice_ref")
    if event["type"] == "payment.succeeded":
        mark_invoice_paid(invoice_ref, amount_pence=event["data"]["amount"], provider_id=event["data"]["id"])
    elif event["type"] == "payment.failed":
        mark_payment_failed(invoice_ref, reason=event["data"].get("failure_reason", "unknown"))
    return {"received": True}
