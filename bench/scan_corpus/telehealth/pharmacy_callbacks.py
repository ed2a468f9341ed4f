"""Status callbacks from the mail-order pharmacy partner (shipped, delayed,
returned).  Each request carries ``X-Partner-Timestamp`` and
``X-Partner-Signature: v1=<hex hmac-sha256(timestamp + "." + body)>``.
"""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, jsonify, request

from .fulfilment import apply_shipment_update

bp = Blueprint("pharmacy_callbacks", __name__, url_prefix="/callbacks/pharmacy")

MAX_SKEW_S = 300
SIGNATURE_SCHEME = "v1"


def _secrets() -> list[bytes]:
    return [s.encode() for s in os.environ.get("PHARMACY_CALLBACK_SECRETS", "").split(",") if s]


def _verify(body: bytes, timestamp: str, header: str) -> bool:
    scheme, _, provided = header.partition("=")
    if scheme != SIGNATURE_SCHEME or not provided:
        return False
    try:
        if abs(time.time() - int(timestamp)) > MAX_SKEW_S:
            return False
    except ValueError:
        return False
    signed = timestamp.encode() + b"." + body
    ok = False
    for secret in _secrets():
        expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
        ok |= hmac.compare_digest(expected, provided.strip().lower())
    return ok


@bp.post("/status")
def shipment_status():
    body = request.get_data(cache=False)
    if not _verify(body, request.headers.get("X-Partner-Timestamp", ""), request.headers.get("X-Partner-Signature", "")):
        abort(401)
    event = request.get_json(force=True)
    if event.get("event") == "test.ping":
        return jsonify(ok=True)
    apply_shipment_update(
        rx_number=event["rxNumber"],
        status=event["status"],
        tracking=event.get("trackingNumber"),
    )
    return jsonify(ok=True)
