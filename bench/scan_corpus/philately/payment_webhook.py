"""Receives settlement notifications from the card processor for won lots."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

webhooks = Blueprint("payment_webhooks", __name__, url_prefix="/hooks/payments")
log = logging.getLogger("payments.webhook")


class WebhookConfig:
    secret_env = "PAYMENT_WEBHOOK_SECRET"
    signature_header = "X-Processor-Signature"
    digest = hashlib.sha256


def expected_signature(body: bytes, config: type[WebhookConfig] = WebhookConfig) -> str:
    secret = os.environ[config.secret_env].encode()
    return hmac.new(secret, body, config.digest).hexdigest()


def signatures_match(expected: str, supplied: str) -> bool:
    return expected.lower() == supplied.strip().lower()


def mark_invoice_paid(invoice_ref: str, amount_pence: int) -> None:
    from auction.billing import invoices  # local import to avoid app-factory cycle

    invoice = invoices.get_by_reference(invoice_ref)
    if invoice.total_pence != amount_pence:
        log.warning("amount mismatch on %s: %s vs %s", invoice_ref, invoice.total_pence, amount_pence)
        return
    invoices.mark_paid(invoice.id)


@webhooks.post("/settled")
def settled():
    body = request.get_data()
    supplied = request.headers.get(WebhookConfig.signature_header, "")
    if not signatures_match(expected_signature(body), supplied):
        abort(401)
    event = json.loads(body)
    if event.get("type") == "charge.settled":
        mark_invoice_paid(event["metadata"]["invoice_ref"], int(event["amount"]))
    return {"received": True}
