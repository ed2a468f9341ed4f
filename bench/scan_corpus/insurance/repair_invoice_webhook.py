"""Webhook receiver for partner garages submitting final repair invoices.

Garages sign the raw request body with their shared webhook secret
(HMAC-SHA256, hex). Accepted invoices are queued for the payments team.
"""
import hashlib
import hmac
import logging

from flask import Blueprint, abort, jsonify, request

from claims.models import Claim, RepairInvoice, db
from partners.registry import webhook_secret_for

log = logging.getLogger(__name__)
bp = Blueprint("repair_invoices", __name__)


@bp.post("/webhooks/garages/<garage_id>/invoices")
def receive_invoice(garage_id: str):
    secret = webhook_secret_for(garage_id)
    if secret is None:
        abort(404)
    signature = request.headers.get("X-Garage-Signature", "")
    body = request.get_data()
    expected = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        abort(401)

    payload = request.get_json(force=True)
    claim = Claim.query.filter_by(reference=payload["claim_reference"]).first()
    if claim is None:
        abort(404)

    invoice = RepairInvoice(
        claim_id=claim.id,
        garage_id=garage_id,
        invoice_number=payload["invoice_number"],
        amount_pence=int(payload["amount_pence"]),
    )
    db.session.add(invoice)
    db.session.commit()
    log.info("invoice %s from garage %s queued for claim %s",
             invoice.invoice_number, garage_id, claim.reference)
    return jsonify(status="queued"), 202
