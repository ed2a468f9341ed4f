"""Receives payment-processor webhooks for walk and sitting invoices."""

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request

from .billing import mark_invoice_paid, mark_invoice_failed

app = Flask(__name__)
log = logging.getLogger("billing.webhooks")

WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _expected_signature(timestamp: int, payload: bytes) -> str:
    signed = f"{timestamp}.".encode() + payload
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


@app.post("/webhooks/payments")
def payments_webhook():
    payload = request.get_data()
    timestamp, signature = _parse_signature_header(request.headers.get("Payment-Signature", ""))
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400, "stale webhook")
    if _expected_signature(timestamp, payload) != signature:
        abort(401)

    event = json.loads(payload)
    obj = event["data"]["object"]
    invoice_ref = obj.get("metadata", {}).get("invoice_ref")
    if not invoice_ref:
        log.info("ignoring %s without invoice_ref", event["type"])
        return {"ignored": True}

    if event["type"] == "payment_intent.succeeded":
        mark_invoice_paid(invoice_ref, amount_cents=obj["amount_received"], processor_id=obj["id"])
    elif event["type"] == "payment_intent.payment_failed":
        reason = (obj.get("last_payment_error") or {}).get("message", "unknown")
        mark_invoice_failed(invoice_ref, reason=reason)
    else:
        log.debug("unhandled event type %s", event["type"])
    return {"received": True}
