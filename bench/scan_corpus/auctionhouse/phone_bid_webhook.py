"""Callback endpoint for the telephony provider that bridges phone bidders.

The provider posts call state changes (ringing, connected, dropped) so the
phone desk screen can show which bidders are on the line.
"""

import hashlib
import hmac
import os

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("phone_webhook", __name__, url_prefix="/hooks/telephony")

SIGNATURE_HEADER = "X-Provider-Signature"


def _webhook_secret() -> bytes:
    return os.environ["TELEPHONY_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()


@bp.post("/call-status")
def call_status():
    supplied = request.headers.get(SIGNATURE_HEADER, "")
    if supplied != _expected_signature(request.get_data()):
        abort(401)

    event = request.get_json(force=True)
    desk = current_app.extensions["phone_desk"]
    desk.update_line(
        line_id=event["line_id"],
        paddle_number=event.get("paddle_number"),
        state=event["state"],
    )
    return jsonify({"received": True})
