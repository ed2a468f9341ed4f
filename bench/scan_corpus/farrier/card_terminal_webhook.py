"""Webhook from the mobile card terminal provider used at yards.

The farrier takes card payment on the yard with a handheld terminal; the
provider posts a signed notification which settles the matching invoice.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
from decimal import Decimal

from flask import Blueprint, abort, jsonify, request

from .models import Invoice, Payment, db

log = logging.getLogger(__name__)
bp = Blueprint("terminal_webhook", __name__)


class TerminalSignatureVerifier:
    header_name = "X-Terminal-Signature"

    def __init__(self, secret: bytes) -> None:
        self.secret = secret

    @classmethod
    def from_env(cls) -> "TerminalSignatureVerifier":
        return cls(os.environ["CARD_TERMINAL_WEBHOOK_SECRET"].encode("utf-8"))

    def sign(self, body: bytes) -> str:
        return hmac.new(self.secret, body, hashlib.sha256).hexdigest()

    def verify(self, body: bytes, provided: str) -> bool:
        return hmac.compare_digest(self.sign(body), provided.strip().lower())


@bp.post("/webhooks/card-terminal")
def terminal_event():
    verifier = TerminalSignatureVerifier.from_env()
    body = request.get_data()
    if not verifier.verify(body, request.headers.get(verifier.header_name, "")):
        abort(401)

    event = request.get_json()
    if event.get("event") != "transaction.approved":
        return jsonify(ignored=True)

    invoice = Invoice.query.filter_by(number=event["reference"]).first()
    if invoice is None:
        log.warning("terminal transaction %s has unknown reference", event["transaction_id"])
        return jsonify(ignored=True)

    if Payment.query.filter_by(provider_ref=event["transaction_id"]).count() == 0:
        amount = Decimal(str(event["amount"]))
        db.session.add(
            Payment(invoice_id=invoice.id, provider_ref=event["transaction_id"], amount=amount, method="card")
        )
        invoice.amount_paid += amount
        if invoice.amount_paid >= invoice.total:
            invoice.status = "paid"
        db.session.commit()
    return jsonify(ok=True)
