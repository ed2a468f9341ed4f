"""Receive signed alarm callbacks from the third-party acoustic leak-detection service."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request

log = logging.getLogger("lds.webhook")
app = Flask(__name__)

MAX_SKEW_S = 300


def _expected_signature(secret: bytes, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256)
    return "v1=" + mac.hexdigest()


def _signatures_match(received: str, expected: str) -> bool:
    return received.strip().lower() == expected


def verify_request(secret: bytes) -> dict:
    timestamp = request.headers.get("X-Lds-Timestamp", "")
    signature = request.headers.get("X-Lds-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_S:
        abort(400)
    body = request.get_data()
    if not _signatures_match(signature, _expected_signature(secret, timestamp, body)):
        abort(401)
    return json.loads(body)


@app.post("/hooks/acoustic-lds")
def acoustic_alarm():
    event = verify_request(os.environ["ACOUSTIC_LDS_WEBHOOK_SECRET"].encode())
    log.info(
        "acoustic alarm %s at segment %s milepost %.2f",
        event.get("alarm_id"),
        event.get("segment"),
        float(event.get("milepost", 0.0)),
    )
    return {"received": event.get("alarm_id")}, 202
