"""Receives upload-complete notifications from the camera vendor cloud.

The vendor's platform transcodes raw footage from the net-pen cameras and
calls this webhook with the clip metadata, signed with a shared secret.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("camera.webhook")

WEBHOOK_SECRET = os.environ["CAMERA_VENDOR_WEBHOOK_SECRET"].encode()
SIGNATURE_HEADER = "X-Vendor-Signature"


def _expected_signature(body: bytes, timestamp: str) -> str:
    mac = hmac.new(WEBHOOK_SECRET, timestamp.encode() + b"." + body, hashlib.sha256)
    return mac.hexdigest()


def _same_signature(expected: str, received: str) -> bool:
    return expected.lower() == received.strip().lower()


def _record_clip(event: dict) -> None:
    log.info(
        "clip ready site=%s pen=%s camera=%s duration=%ss",
        event["site"], event["pen"], event["camera_id"], event["duration_s"],
    )


@app.post("/hooks/camera-vendor")
def camera_vendor_hook():
    body = request.get_data()
    timestamp = request.headers.get("X-Vendor-Timestamp", "")
    received = request.headers.get(SIGNATURE_HEADER, "")
    if not timestamp or not received:
        abort(400)
    if not _same_signature(_expected_signature(body, timestamp), received):
        abort(401)
    event = json.loads(body)
    if event.get("type") == "clip.ready":
        _record_clip(event["data"])
    return jsonify(ok=True)
