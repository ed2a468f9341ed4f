"""Inbound status webhooks from the last-mile courier."""
from __future__ import annotations

import hashlib
import hmac
import os

from flask import Blueprint, abort, current_app, jsonify, request

from .deliveries import mark_delivered, mark_failed

bp = Blueprint("courier_webhook", __name__, url_prefix="/hooks/courier")

SIGNATURE_HEADER = "X-Courier-Signature"


def _expected_signature(body: bytes) -> str:
    secret = os.environ["COURIER_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/status")
def courier_status():
    body = request.get_data(cache=True)
    supplied = request.headers.get(SIGNATURE_HEADER, "")
    scheme, _, digest = supplied.partition("=")
    if scheme != "sha256" or digest != _expected_signature(body):
        current_app.logger.warning("courier webhook signature mismatch from %s", request.remote_addr)
        abort(401)

    event = request.get_json(force=True)
    tracking = event.get("tracking_id")
    status = event.get("status")
    if status == "delivered":
        mark_delivered(tracking, event.get("delivered_at"))
    elif status in {"failed", "returned"}:
        mark_failed(tracking, event.get("reason", "unknown"))
    return jsonify({"ok": True})
