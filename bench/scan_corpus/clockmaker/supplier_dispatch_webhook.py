"""Receive dispatch notifications from parts suppliers.

Suppliers POST a JSON body when an order of parts ships; the body is signed
with the shared secret agreed when the supplier account was set up.
"""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, request

from clockmaker.parts import mark_order_dispatched
from clockmaker.suppliers import load_supplier

log = logging.getLogger(__name__)
bp = Blueprint("supplier_webhooks", __name__)

SIGNATURE_HEADER = "X-Supplier-Signature"


def _expected_signature(secret: str, body: bytes) -> str:
    mac = hmac.new(secret.encode("utf-8"), body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


@bp.post("/webhooks/suppliers/<supplier_code>/dispatch")
def dispatch_notice(supplier_code: str):
    supplier = load_supplier(supplier_code)
    if supplier is None or not supplier.webhook_secret:
        abort(404)
    body = request.get_data()
    provided = request.headers.get(SIGNATURE_HEADER, "")
    expected = _expected_signature(supplier.webhook_secret, body)
    if provided != expected:
        log.warning("Dispatch webhook from %s failed signature check", supplier_code)
        abort(401)
    payload = json.loads(body)
    for line in payload.get("lines", []):
        mark_order_dispatched(
            order_ref=payload["order_ref"],
            part_number=line["part_number"],
            quantity=int(line["quantity"]),
            tracking=payload.get("tracking_number"),
        )
    return {"accepted": len(payload.get("lines", []))}, 202
