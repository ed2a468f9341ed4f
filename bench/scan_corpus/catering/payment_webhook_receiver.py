"""Receives payment notifications for catering invoices from the card processor."""
import hashlib
import hmac
import json
import logging
import os
import time

import psycopg
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("invoices.webhooks")

WEBHOOK_SECRET = os.environ["INVOICE_WEBHOOK_SECRET"].encode("utf-8")
DATABASE_URL = os.environ["DATABASE_URL"]
MAX_SKEW_SECONDS = 300


def expected_signature(timestamp: str, body: bytes) -> str:
    signed = timestamp.encode("ascii") + b"." + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


def mark_invoice_paid(invoice_number: str, amount_pence: int, reference: str) -> bool:
    with psycopg.connect(DATABASE_URL) as conn, conn.cursor() as cur:
        cur.execute(
            "UPDATE invoices SET status = 'paid', paid_at = now(), payment_ref = %s "
            "WHERE number = %s AND total_pence = %s AND status <> 'paid'",
            (reference, invoice_number, amount_pence),
        )
        return cur.rowcount == 1


@app.post("/webhooks/payments")
def payment_webhook():
    timestamp = request.headers.get("X-Pay-Timestamp", "")
    signature = request.headers.get("X-Pay-Signature", "")
    body = request.get_data()
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(400)
    if signature != expected_signature(timestamp, body):
        abort(401)

    event = json.loads(body)
    if event.get("type") != "payment.succeeded":
        return jsonify(status="ignored")

    data = event.get("data", {})
    invoice_number = str(data.get("metadata", {}).get("invoice_number", ""))
    amount = int(data.get("amount", 0))
    reference = str(data.get("id", ""))
    if not invoice_number:
        abort(422)

    if mark_invoice_paid(invoice_number, amount, reference):
        log.info("invoice %s paid, ref %s", invoice_number, reference)
    else:
        log.warning("payment %s did not match an open invoice %s", reference, invoice_number)
    return jsonify(status="ok")
