"""Callbacks from the card payment provider for cash-sale customers.

Walk-in customers at the timber yard pay by card link. The provider
notifies us of settled and refunded payments with a signed POST; the
signature is an HMAC-SHA256 of ``timestamp.body`` with our endpoint secret.
"""
import hashlib
import hmac
import time

from flask import Flask, abort, request

from sawyer.sales import mark_invoice_paid, mark_invoice_refunded
from sawyer.settings import PAYMENT_WEBHOOK_SECRET, PAYMENT_TOLERANCE_S

app = Flask(__name__)


def parse_signature_header(value):
    parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return parts.get("t", ""), parts.get("v1", "")


def expected_signature(timestamp, body):
    message = timestamp.encode() + b"." + body
    return hmac.new(PAYMENT_WEBHOOK_SECRET.encode(), message, hashlib.sha256).hexdigest()


def signature_ok(header, body):
    timestamp, provided = parse_signature_header(header)
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > PAYMENT_TOLERANCE_S:
        return False
    return hmac.compare_digest(expected_signature(timestamp, body), provided)


@app.post("/payments/callback")
def payment_callback():
    body = request.get_data()
    if not signature_ok(request.headers.get("Provider-Signature", ""), body):
        abort(400)
    event = request.get_json()
    invoice_ref = event["data"]["metadata"]["invoice"]
    if event["type"] == "payment.settled":
        mark_invoice_paid(invoice_ref, amount_pence=event["data"]["amount"])
    elif event["type"] == "payment.refunded":
        mark_invoice_refunded(invoice_ref, amount_pence=event["data"]["amount_refunded"])
    return {"received": True}
