"""Webhook receiver for copper sheet supplier order events.

The mill posts shipment and invoice events; each body is signed with a
shared secret agreed when the supplier was onboarded.
"""
import hashlib
import hmac
import json

from flask import Blueprint, abort, current_app, request

from coppersmith.purchasing import apply_supplier_event

bp = Blueprint("supplier_hooks", __name__, url_prefix="/hooks/suppliers")


def _secret_for(supplier_code: str) -> bytes:
    secrets_map = current_app.config["SUPPLIER_WEBHOOK_SECRETS"]
    try:
        return secrets_map[supplier_code].encode()
    except KeyError:
        abort(404)


def _expected_signature(secret: bytes, body: bytes) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/<supplier_code>")
def receive(supplier_code: str):
    body = request.get_data()
    provided = request.headers.get("X-Mill-Signature", "")
    expected = _expected_signature(_secret_for(supplier_code), body)
    if provided != expected:
        abort(401)
    event = json.loads(body)
    if event.get("type") not in {"shipment.dispatched", "invoice.issued", "po.confirmed"}:
        return {"ignored": True}, 202
    apply_supplier_event(supplier_code, event)
    return {"received": event.get("id")}, 200
