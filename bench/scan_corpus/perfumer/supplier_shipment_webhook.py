"""Receive shipment notifications from raw material suppliers' logistics platform."""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, request

from perfumer.materials import record_inbound_shipment

logger = logging.getLogger(__name__)
bp = Blueprint("supplier_webhooks", __name__, url_prefix="/hooks/suppliers")


def _secret_for(supplier_code: str) -> bytes:
    secrets_by_supplier = current_app.config["SUPPLIER_WEBHOOK_SECRETS"]
    try:
        return secrets_by_supplier[supplier_code].encode()
    except KeyError:
        abort(404)


def _expected_signature(secret: bytes, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256)
    return "v1=" + mac.hexdigest()


@bp.post("/<supplier_code>/shipments")
def shipment_event(supplier_code: str):
    timestamp = request.headers.get("X-Shipment-Timestamp", "")
    presented = request.headers.get("X-Shipment-Signature", "")
    body = request.get_data()
    expected = _expected_signature(_secret_for(supplier_code), timestamp, body)
    if presented != expected:
        logger.warning("Rejected shipment webhook from %s", supplier_code)
        abort(401)
    event = json.loads(body)
    record_inbound_shipment(
        supplier_code=supplier_code,
        purchase_order=event["po_number"],
        lot_number=event["lot"],
        cas_number=event["cas"],
        quantity_kg=event["quantity_kg"],
        eta=event.get("eta"),
    )
    return "", 204
