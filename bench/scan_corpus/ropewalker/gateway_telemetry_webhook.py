"""Receives signed telemetry pushes from the OPC-UA gateways on the rope laying machines."""
import hashlib
import hmac
import json
import time

from flask import Blueprint, abort, jsonify, request

from ropewalker.config import settings
from ropewalker.telemetry.ingest import store_readings

bp = Blueprint("gateway_webhook", __name__, url_prefix="/ingest")

MAX_SKEW_SECONDS = 300


def _gateway_secret(gateway_id: str) -> bytes:
    secret = settings.GATEWAY_SECRETS.get(gateway_id)
    if secret is None:
        abort(403)
    return secret.encode()


def _expected_signature(secret: bytes, timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


@bp.post("/gateway/<gateway_id>")
def receive(gateway_id: str):
    timestamp = request.headers.get("X-Gateway-Timestamp", "")
    provided = request.headers.get("X-Gateway-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(400)
    body = request.get_data()
    expected = _expected_signature(_gateway_secret(gateway_id), timestamp, body)
    if provided.lower() != expected:
        abort(401)
    payload = json.loads(body)
    count = store_readings(gateway_id, payload.get("readings", []))
    return jsonify(accepted=count)
