"""Inbound webhooks from the online fundraising platform (gifts and pledges)."""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, jsonify, request

from .donations import record_gift, record_pledge

bp = Blueprint("donor_webhooks", __name__, url_prefix="/hooks/fundraising")

_SIGNING_SECRET = os.environ["FUNDRAISING_WEBHOOK_SECRET"].encode()
TOLERANCE_SECONDS = 300

HANDLERS = {
    "gift.created": record_gift,
    "pledge.created": record_pledge,
}


def _expected_signature(body: bytes, timestamp: str) -> str:
    mac = hmac.new(_SIGNING_SECRET, timestamp.encode() + b"." + body, hashlib.sha256)
    return mac.hexdigest()


def _verify(req) -> None:
    timestamp = req.headers.get("X-Fundraising-Timestamp", "")
    sent = req.headers.get("X-Fundraising-Signature", "")
    if not timestamp.isdigit() or not sent:
        abort(401)
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        abort(401)
    expected = _expected_signature(req.get_data(), timestamp)
    if sent != expected:
        abort(401)


@bp.post("")
def receive():
    _verify(request)
    event = request.get_json(force=True)
    handler = HANDLERS.get(event.get("type"))
    if handler is None:
        return jsonify(status="ignored"), 200
    handler(event["data"])
    return jsonify(status="ok"), 200
