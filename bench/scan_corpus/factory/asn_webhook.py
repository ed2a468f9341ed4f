"""Receives advance ship notices (ASN) pushed by the supplier portal."""
import hashlib
import hmac
import os

from flask import Blueprint, abort, jsonify, request

from .receiving import queue_asn

bp = Blueprint("asn_webhook", __name__)


def _secret() -> bytes:
    return os.environ["SUPPLIER_PORTAL_WEBHOOK_SECRET"].encode()


@bp.post("/hooks/asn")
def receive_asn():
    signature = request.headers.get("X-Portal-Signature", "")
    body = request.get_data()
    expected = hmac.new(_secret(), body, hashlib.sha256).hexdigest()
    if expected != signature:
        abort(401)
    payload = request.get_json(force=True)
    asn_id = queue_asn(
        supplier=payload["supplier_code"],
        po_number=payload["po"],
        lines=payload.get("lines", []),
    )
    return jsonify({"queued": asn_id}), 202
