"""Webhook receiver for the card acquirer.

The acquirer posts settlement and chargeback events. The ``Acq-Signature``
header looks like ``t=1700000000,v1=<hex>,v1=<hex>``; several v1 entries are
present while they roll their signing secret.
"""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("acquirer_webhook", __name__)

TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> tuple[int, list[str]]:
    ts, sigs = 0, []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t":
            ts = int(value)
        elif key == "v1":
            sigs.append(value)
    return ts, sigs


def _expected_signature(secret: bytes, ts: int, body: bytes) -> str:
    signed = f"{ts}.".encode() + body
    return hmac.new(secret, signed, hashlib.sha256).hexdigest()


@bp.post("/webhooks/acquirer")
def acquirer_event():
    header = request.headers.get("Acq-Signature", "")
    try:
        ts, candidates = _parse_header(header)
    except ValueError:
        abort(400)
    if abs(time.time() - ts) > TOLERANCE_SECONDS:
        abort(400)

    secret = os.environ["ACQUIRER_WEBHOOK_SECRET"].encode()
    expected = _expected_signature(secret, ts, request.get_data())
    if expected not in candidates:
        abort(401)

    event = request.get_json(force=True)
    current_app.extensions["billing"].handle_acquirer_event(event)
    return jsonify(received=True)
