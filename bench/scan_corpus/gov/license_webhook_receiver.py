"""Webhook endpoint for status changes from the professional-licensing board.

The board signs each request as ``t=<unix ts>,v1=<hex hmac-sha256>`` over
``"<ts>.<body>"`` using our shared secret.
"""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, jsonify, request

from .licenses import update_license_status

bp = Blueprint("licensing_webhook", __name__)
TOLERANCE_S = 300


def _parse_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


@bp.post("/webhooks/licensing-board")
def licensing_board():
    try:
        ts, received = _parse_header(request.headers.get("X-Board-Signature", ""))
    except ValueError:
        abort(400)
    if abs(time.time() - ts) > TOLERANCE_S:
        abort(401)

    secret = os.environ["LICENSING_BOARD_WEBHOOK_SECRET"].encode()
    body = request.get_data()
    expected = hmac.new(secret, f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, received):
        abort(401)

    event = request.get_json(force=True)
    if event.get("event") == "license.status_changed":
        update_license_status(event["license_number"], event["new_status"], event.get("reason"))
    return jsonify(received=True)
