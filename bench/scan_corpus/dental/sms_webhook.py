"""Delivery-receipt webhook for the SMS reminder gateway."""
import hashlib
import hmac
import os

from flask import Blueprint, abort, jsonify, request

from reminders.store import mark_delivery

bp = Blueprint("sms_webhook", __name__, url_prefix="/hooks/sms")


def _signing_secret() -> bytes:
    return os.environ["SMS_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes, timestamp: str) -> str:
    mac = hmac.new(_signing_secret(), timestamp.encode() + b"." + body, hashlib.sha256)
    return mac.hexdigest()


@bp.post("/receipts")
def delivery_receipt():
    timestamp = request.headers.get("X-Gateway-Timestamp", "")
    signature = request.headers.get("X-Gateway-Signature", "")
    if signature != _expected_signature(request.get_data(), timestamp):
        abort(401)
    event = request.get_json(force=True)
    mark_delivery(
        message_id=event["messageId"],
        status=event["status"],
        error_code=event.get("errorCode"),
    )
    return jsonify(ok=True)
