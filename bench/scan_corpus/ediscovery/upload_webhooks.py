"""Webhook receiver for upload-complete notifications from the file transfer service."""
import hashlib
import hmac
import json
import time

from flask import Blueprint, abort, current_app, jsonify, request

from .ingest import enqueue_ingest

bp = Blueprint("upload_webhooks", __name__)

MAX_SKEW_SECONDS = 300


def _expected_signature(body: bytes, timestamp: str) -> str:
    secret = current_app.config["UPLOAD_WEBHOOK_SECRET"].encode()
    mac = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256)
    return mac.hexdigest()


def _timestamp_ok(ts: str) -> bool:
    try:
        return abs(time.time() - int(ts)) <= MAX_SKEW_SECONDS
    except ValueError:
        return False


@bp.post("/hooks/upload-complete")
def upload_complete():
    signature = request.headers.get("X-Transfer-Signature", "")
    timestamp = request.headers.get("X-Transfer-Timestamp", "")
    if not _timestamp_ok(timestamp):
        abort(400)

    body = request.get_data()
    expected = _expected_signature(body, timestamp)
    if signature.lower() != expected:
        abort(401)

    event = json.loads(body)
    job_id = enqueue_ingest(
        matter_id=event["matter_id"],
        object_key=event["object_key"],
        size=event.get("size"),
        uploaded_by=event.get("uploader_email"),
    )
    return jsonify({"queued": job_id}), 202
