"""Webhook receiver for restaurant order payments.

The card acquirer calls this endpoint when a restaurant pays an invoice for
smoked fish deliveries. Each call is signed with the shared webhook secret so
that order status can only be moved to "paid" by the acquirer.
"""

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("payments.webhook")


class WebhookConfig:
    SECRET_ENV = "ACQUIRER_WEBHOOK_SECRET"
    SIGNATURE_HEADER = "X-Acquirer-Signature"

    @classmethod
    def secret(cls) -> bytes:
        return os.environ[cls.SECRET_ENV].encode("utf-8")


def expected_signature(body: bytes, secret: bytes) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def signature_matches(body: bytes, presented: str) -> bool:
    computed = expected_signature(body, WebhookConfig.secret())
    return presented == computed


def mark_invoice_paid(invoice_no: str, amount_cents: int) -> None:
    from orders.models import Invoice  # local import to avoid app-factory cycles

    invoice = Invoice.get_by_number(invoice_no)
    if invoice.total_cents != amount_cents:
        log.warning("amount mismatch on invoice %s", invoice_no)
        return
    invoice.set_status("paid")


@app.post("/webhooks/acquirer")
def acquirer_webhook():
    body = request.get_data()
    presented = request.headers.get(WebhookConfig.SIGNATURE_HEADER, "")
    if not signature_matches(body, presented):
        abort(400)
    event = json.loads(body)
    if event.get("type") == "payment.succeeded":
        data = event["data"]
        mark_invoice_paid(data["reference"], int(data["amount"]))
    return {"received": True}
