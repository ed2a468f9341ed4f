"""Receive alarm webhooks from the SCADA historian and open leak/pressure incidents."""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, jsonify, request

from .incidents import open_incident

bp = Blueprint("historian_webhook", __name__)


def _signing_key() -> bytes:
    return os.environ["HISTORIAN_WEBHOOK_SECRET"].encode("utf-8")


@bp.post("/hooks/historian/alarm")
def historian_alarm():
    body = request.get_data()
    signature = request.headers.get("X-Historian-Signature", "")
    expected = hmac.new(_signing_key(), body, hashlib.sha256).hexdigest()
    if signature != expected:
        abort(401)

    event = json.loads(body)
    if event.get("priority", 0) < 2:
        return jsonify(status="ignored"), 202
    incident_id = open_incident(
        kind=event["alarm_class"],
        tag=event["tag"],
        value=event.get("value"),
        raised_at=event["timestamp"],
    )
    return jsonify(status="created", incident=incident_id), 201
