"""Receive relayed detections from the neighbouring national network.

The partner's alert relay POSTs JSON detections and signs the raw body with
HMAC-SHA256 using a shared secret; the hex digest arrives in X-Relay-Signature.
"""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, current_app, request

bp = Blueprint("relay", __name__, url_prefix="/relay")

REQUIRED_FIELDS = ("event_id", "origin_time", "lat", "lon", "magnitude")


def _expected_signature(body: bytes) -> str:
    secret = os.environ["PARTNER_RELAY_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/detections")
def receive_detection():
    body = request.get_data(cache=False)
    sent = request.headers.get("X-Relay-Signature", "")
    if sent.lower() != _expected_signature(body):
        abort(401)
    detection = json.loads(body)
    missing = [f for f in REQUIRED_FIELDS if f not in detection]
    if missing:
        abort(400, f"missing fields: {', '.join(missing)}")
    current_app.extensions["alert_queue"].put(detection)
    return {"accepted": detection["event_id"]}, 202
