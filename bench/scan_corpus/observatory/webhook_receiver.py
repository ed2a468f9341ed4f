"""Receive notices pushed by the GCN relay and queue them for triage."""
import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, jsonify, request

from triage.queue import enqueue_notice

bp = Blueprint("notices", __name__, url_prefix="/hooks")

MAX_SKEW_SECONDS = 300


def _signing_key() -> bytes:
    return os.environ["NOTICE_RELAY_SECRET"].encode()


def _expected_signature(body: bytes, timestamp: str) -> str:
    mac = hmac.new(_signing_key(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


@bp.post("/notices")
def receive_notice():
    timestamp = request.headers.get("X-Relay-Timestamp", "")
    signature = request.headers.get("X-Relay-Signature", "")
    body = request.get_data(cache=True)

    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(400, "stale or missing timestamp")
    if signature != _expected_signature(body, timestamp):
        abort(401)

    try:
        notice = json.loads(body)
    except ValueError:
        abort(400, "body is not JSON")

    enqueue_notice(notice)
    return jsonify(queued=notice.get("id")), 202
