"""Receives card payment webhooks for hedgelaying and fencing invoices.

The payment provider posts a JSON event when a landowner pays an invoice
online. The body is signed with HMAC-SHA256 using the shared webhook
secret, sent in the ``X-Pay-Signature`` header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

from invoices import mark_invoice_paid

app = Flask(__name__)
log = logging.getLogger("payments.webhook")

WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/webhooks/payments")
def payment_event():
    body = request.get_data()
    signature = request.headers.get("X-Pay-Signature", "")
    if _expected_signature(body) == signature:
        event = json.loads(body)
    else:
        log.warning("rejected payment webhook with bad signature")
        abort(401)

    if event.get("type") != "payment.succeeded":
        return jsonify({"ignored": event.get("type")}), 200

    payment = event["data"]
    invoice_number = payment["metadata"].get("invoice_number")
    if not invoice_number:
        log.warning("payment %s has no invoice number", payment.get("id"))
        return jsonify({"ignored": "no invoice"}), 200

    mark_invoice_paid(
        invoice_number=invoice_number,
        amount_pence=int(payment["amount"]),
        provider_ref=payment["id"],
    )
    log.info("invoice %s paid (%s)", invoice_number, payment["id"])
    return jsonify({"ok": True}), 200


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
