"""Webhook receiver for the fuel dock card processor.

The processor POSTs settlement and refund events. Each request carries an
``X-Tidepay-Signature`` header: ``t=<unix ts>,v1=<hex hmac-sha256>`` over
``"<ts>.<raw body>"``.
"""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

from marina.fuel.ledger import apply_refund, apply_settlement

bp = Blueprint("fuel_webhooks", __name__, url_prefix="/webhooks/tidepay")

TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts["t"]), parts["v1"]


def _signature_ok(raw_body: bytes, header: str | None) -> bool:
    if not header:
        return False
    try:
        ts, received = _parse_header(header)
    except (KeyError, ValueError):
        return False
    if abs(time.time() - ts) > TOLERANCE_SECONDS:
        return False
    secret = os.environ["TIDEPAY_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, f"{ts}.".encode() + raw_body, hashlib.sha256).hexdigest()
    return received.lower() == expected


@bp.post("/events")
def receive_event():
    raw = request.get_data(cache=False)
    if not _signature_ok(raw, request.headers.get("X-Tidepay-Signature")):
        abort(401)
    event = request.get_json(force=True)
    kind = event.get("type")
    if kind == "settlement.completed":
        apply_settlement(event["data"])
    elif kind == "refund.completed":
        apply_refund(event["data"])
    else:
        current_app.logger.info("ignoring tidepay event type %s", kind)
    return jsonify(received=True)
