"""Webhook receiver for steel mill dispatch notices.

The mill posts a JSON notice whenever a heat of plates ships; the body is
signed with HMAC-SHA256 using the shared secret agreed in the supply
contract, and the hex digest is sent in ``X-Mill-Signature``.
"""
import hashlib
import hmac
import os

from flask import Blueprint, abort, jsonify, request

from yard.inventory import register_incoming_plates

bp = Blueprint("mill_webhook", __name__, url_prefix="/hooks/mill")


def _secret() -> bytes:
    return os.environ["MILL_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(_secret(), body, hashlib.sha256).hexdigest()


@bp.post("/dispatch")
def dispatch_notice():
    body = request.get_data()
    sent = request.headers.get("X-Mill-Signature", "")
    if _expected_signature(body) != sent.lower():
        abort(401)
    notice = request.get_json(force=True)
    plates = [
        {
            "heat_no": p["heat"],
            "grade": p["grade"],  # AH36, DH36, EH36 ...
            "thickness_mm": float(p["t"]),
            "length_mm": int(p["l"]),
            "width_mm": int(p["w"]),
            "mill_cert": p.get("cert_no"),
        }
        for p in notice.get("plates", [])
    ]
    count = register_incoming_plates(notice["dispatch_no"], plates)
    return jsonify({"registered": count}), 202
