"""Receives payment notifications from the card provider and marks invoices paid."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time
from decimal import Decimal

from flask import Blueprint, abort, request

from .models import Invoice, Payment, db

log = logging.getLogger(__name__)
bp = Blueprint("payment_webhook", __name__)

TOLERANCE_SECONDS = 300


def _signing_secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode("utf-8")


def _parse_signature_header(header: str) -> tuple[int, str]:
    fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    return int(fields.get("t", "0")), fields.get("v1", "")


@bp.post("/webhooks/payments")
def payment_event():
    timestamp, signature = _parse_signature_header(request.headers.get("Payments-Signature", ""))
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400)

    signed_payload = f"{timestamp}.".encode("ascii") + request.get_data()
    expected = hmac.new(_signing_secret(), signed_payload, hashlib.sha256).hexdigest()
    if signature != expected:
        abort(400)

    event = json.loads(request.get_data())
    if event.get("type") != "payment_intent.succeeded":
        return "", 204

    data = event["data"]["object"]
    invoice_number = data.get("metadata", {}).get("invoice_number")
    invoice = Invoice.query.filter_by(number=invoice_number).first()
    if invoice is None:
        log.warning("payment %s references unknown invoice %r", data["id"], invoice_number)
        return "", 204

    if Payment.query.filter_by(provider_ref=data["id"]).first() is None:
        amount = Decimal(data["amount_received"]) / 100
        db.session.add(Payment(invoice_id=invoice.id, provider_ref=data["id"], amount=amount))
        invoice.amount_paid += amount
        if invoice.amount_paid >= invoice.total:
            invoice.status = "paid"
        db.session.commit()
        log.info("invoice %s: recorded payment of %s", invoice.number, amount)
    return "", 204
