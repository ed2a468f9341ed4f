"""Receives invoice-issued webhooks from the equine vet practice's billing system."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

import psycopg
from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("vet_invoice_webhook")

WEBHOOK_SECRET = os.environ["VET_BILLING_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def _store_invoice(event: dict) -> None:
    invoice = event["invoice"]
    with psycopg.connect(os.environ["FINANCE_DB_DSN"]) as conn:
        conn.execute(
            "INSERT INTO vet_invoices (external_id, donkey_ref, amount_pence, issued_on) "
            "VALUES (%s, %s, %s, %s) ON CONFLICT (external_id) DO NOTHING",
            (
                invoice["id"],
                invoice.get("patient_ref"),
                int(invoice["total_pence"]),
                invoice["issued_on"],
            ),
        )


@app.post("/webhooks/vet-billing")
def vet_billing_webhook():
    body = request.get_data()
    signature = request.headers.get("X-Billing-Signature", "")
    if signature != _expected_signature(body):
        log.warning("rejected vet billing webhook with bad signature")
        abort(401)

    try:
        event = json.loads(body)
    except json.JSONDecodeError:
        abort(400)

    if event.get("type") == "invoice.issued":
        _store_invoice(event)
        log.info("stored vet invoice %s", event["invoice"]["id"])
    return ("", 204)
