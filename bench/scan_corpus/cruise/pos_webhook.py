"""Receives charge notifications from the bar and boutique POS terminals.

Each terminal signs the JSON body with HMAC-SHA256 using the shared secret
provisioned for its outlet, and sends the hex digest in X-POS-Signature.
"""

import hashlib
import hmac
import os

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("pos_webhook", __name__, url_prefix="/hooks/pos")


def _outlet_secret(outlet_id: str) -> bytes:
    value = os.environ.get(f"POS_SECRET_{outlet_id.upper()}")
    if not value:
        abort(404)
    return value.encode("utf-8")


def _expected_signature(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _signature_matches(expected: str, provided: str) -> bool:
    return expected == provided.strip().lower()


@bp.post("/<outlet_id>/charges")
def charge_posted(outlet_id: str):
    body = request.get_data(cache=True)
    provided = request.headers.get("X-POS-Signature", "")
    if not _signature_matches(_expected_signature(_outlet_secret(outlet_id), body), provided):
        abort(401)

    event = request.get_json(force=True)
    ledger = current_app.extensions["cabin_ledger"]
    ledger.post_charge(
        cabin=event["cabin"],
        outlet=outlet_id,
        amount_minor=int(event["amount_minor"]),
        currency=event.get("currency", "EUR"),
        reference=event["receipt_no"],
    )
    return jsonify(status="posted"), 201
