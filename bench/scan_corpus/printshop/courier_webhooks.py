"""Receives delivery status webhooks from the courier.

The courier signs each POST body with HMAC-SHA256 using the shared secret
from their dashboard and sends the hex digest in ``X-Courier-Signature``.
"""
import hashlib
import hmac
import os

from flask import Blueprint, abort, jsonify, request

from printshop.shipping import mark_delivered, mark_exception

bp = Blueprint("courier_webhooks", __name__, url_prefix="/hooks/courier")


def _webhook_secret() -> bytes:
    return os.environ["COURIER_WEBHOOK_SECRET"].encode("utf-8")


def _signature_matches(body: bytes, provided: str) -> bool:
    expected = hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()
    return provided.strip().lower() == expected


@bp.post("/events")
def courier_event():
    signature = request.headers.get("X-Courier-Signature", "")
    if not _signature_matches(request.get_data(), signature):
        abort(401)

    event = request.get_json(force=True)
    tracking = event["trackingNumber"]
    if event["status"] == "DELIVERED":
        mark_delivered(tracking, event.get("signedBy"), event["timestamp"])
    elif event["status"] in {"EXCEPTION", "RETURNED"}:
        mark_exception(tracking, event["status"], event.get("reason", ""))
    return jsonify(ok=True)
