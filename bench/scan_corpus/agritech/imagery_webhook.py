"""Webhook the imagery vendor calls when a new cloud-free scene is ready."""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, jsonify, request

from .tasks import schedule_scene_ingest

bp = Blueprint("imagery_webhook", __name__)

_SECRET = os.environ["IMAGERY_WEBHOOK_SECRET"].encode()
MAX_SKEW_S = 300


def _expected_signature(timestamp: str, body: bytes) -> str:
    msg = timestamp.encode() + b"." + body
    return "sha256=" + hmac.new(_SECRET, msg, hashlib.sha256).hexdigest()


@bp.post("/webhooks/imagery")
def scene_ready():
    timestamp = request.headers.get("X-Vendor-Timestamp", "")
    signature = request.headers.get("X-Vendor-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_S:
        abort(401)
    if not hmac.compare_digest(signature, _expected_signature(timestamp, request.get_data())):
        abort(401)

    event = request.get_json(force=True)
    if event.get("type") == "scene.ready":
        schedule_scene_ingest.delay(event["scene_id"], event["aoi_id"], event.get("cloud_cover"))
    return jsonify(received=True)
