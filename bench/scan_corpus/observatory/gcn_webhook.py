"""Webhook endpoint for gravitational-wave and GRB notices from the relay."""
import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, jsonify, request

from triage.queue import enqueue_notice

bp = Blueprint("gcn_hooks", __name__, url_prefix="/hooks/gcn")

SIGNATURE_HEADER = "X-Relay-Signature"
TIMESTAMP_HEADER = "X-Relay-Timestamp"
TOLERANCE_S = 300


def _relay_secret() -> bytes:
    return os.environ["NOTICE_RELAY_SECRET"].encode()


def _sign(timestamp: str, body: bytes) -> str:
    return "sha256=" + hmac.new(_relay_secret(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def _verified(timestamp: str, signature: str, body: bytes) -> bool:
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_S:
        return False
    return hmac.compare_digest(signature.encode(), _sign(timestamp, body).encode())


@bp.post("/")
def receive():
    body = request.get_data(cache=True)
    timestamp = request.headers.get(TIMESTAMP_HEADER, "")
    signature = request.headers.get(SIGNATURE_HEADER, "")
    if not _verified(timestamp, signature, body):
        abort(401)

    try:
        notice = json.loads(body)
    except ValueError:
        abort(400, "body is not JSON")
    if notice.get("type") not in {"LVK_PRELIMINARY", "LVK_INITIAL", "SWIFT_BAT_GRB", "FERMI_GBM"}:
        return jsonify(ignored=True), 200

    enqueue_notice(notice)
    return jsonify(queued=notice.get("id")), 202
