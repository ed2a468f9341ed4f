"""Receives payment notifications from the card processor and marks invoices paid."""

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
log = logging.getLogger(__name__)

engine = create_engine(os.environ["SWEEP_DATABASE_URL"], pool_pre_ping=True)
WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes, timestamp: str) -> str:
    signed = timestamp.encode("ascii") + b"." + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


@app.post("/webhooks/payments")
def payment_webhook():
    timestamp = request.headers.get("X-Pay-Timestamp", "")
    signature = request.headers.get("X-Pay-Signature", "")
    body = request.get_data()

    if not timestamp or not signature:
        abort(400)
    if signature != _expected_signature(body, timestamp):
        log.warning("Rejected payment webhook with bad signature")
        abort(401)

    event = json.loads(body)
    if event.get("type") != "payment.succeeded":
        return {"ignored": event.get("type")}, 200

    invoice_number = event["data"]["metadata"]["invoice_number"]
    amount_pence = int(event["data"]["amount"])
    with engine.begin() as conn:
        updated = conn.execute(
            text(
                "UPDATE invoices SET status = 'paid', paid_pence = :amount, paid_at = now() "
                "WHERE number = :number AND status <> 'paid'"
            ),
            {"amount": amount_pence, "number": invoice_number},
        )
    log.info("Invoice %s marked paid (%d rows)", invoice_number, updated.rowcount)
    return {"ok": True}, 200
