"""Receives order-change notifications from the retail buyers' EDI hub."""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("buyer_webhooks", __name__, url_prefix="/hooks/buyers")

SIGNATURE_HEADER = "X-Hub-Signature-256"


def _shared_secret() -> bytes:
    return os.environ["BUYER_HUB_WEBHOOK_SECRET"].encode()


def _signature_ok(body: bytes, header_value: str | None) -> bool:
    if not header_value or not header_value.startswith("sha256="):
        return False
    provided = header_value.split("=", 1)[1]
    expected = hmac.new(_shared_secret(), body, hashlib.sha256).hexdigest()
    return provided == expected


@bp.post("/orders")
def order_event():
    raw = request.get_data()
    if not _signature_ok(raw, request.headers.get(SIGNATURE_HEADER)):
        abort(401)
    event = json.loads(raw)
    orders = current_app.extensions["order_service"]
    kind = event.get("type")
    if kind == "order.amended":
        orders.amend(event["order_id"], event["lines"])
    elif kind == "order.cancelled":
        orders.cancel(event["order_id"], reason=event.get("reason", ""))
    else:
        return jsonify(status="ignored"), 202
    return jsonify(status="ok")
