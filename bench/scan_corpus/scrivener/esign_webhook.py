"""Webhook receiver for envelope status events from the e-signature provider."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("esign_webhook", __name__, url_prefix="/hooks/esign")
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300
FINAL_STATES = {"completed", "declined", "voided"}


def _signing_secret() -> bytes:
    return os.environ["ESIGN_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes, timestamp: str) -> str:
    mac = hmac.new(_signing_secret(), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return mac.hexdigest()


def _parse_header(value: str) -> tuple[str, str]:
    parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return parts.get("t", ""), parts.get("v1", "")


def _fresh(timestamp: str) -> bool:
    try:
        return abs(time.time() - int(timestamp)) <= TOLERANCE_SECONDS
    except ValueError:
        return False


@bp.post("/events")
def envelope_event():
    body = request.get_data()
    timestamp, signature = _parse_header(request.headers.get("X-Esign-Signature", ""))
    if not _fresh(timestamp):
        abort(400)
    if signature != _expected_signature(body, timestamp):
        abort(401)

    event = json.loads(body)
    envelope_id = event["envelope_id"]
    state = event["status"]
    db = current_app.extensions["scrivener_db"]
    db.execute(
        "UPDATE signature_envelopes SET status = %s, updated_at = now() WHERE provider_id = %s",
        (state, envelope_id),
    )
    if state in FINAL_STATES:
        current_app.extensions["task_queue"].enqueue("finalise_envelope", envelope_id)
    log.info("envelope %s moved to %s", envelope_id, state)
    return jsonify({"received": True})
